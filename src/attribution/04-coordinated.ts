// A second attribution coordinated inside another frame's content (`X said A, but Y denied that B`): the
// guidelines make it a statement of its own, and the first statement's content ends before it.
import type { Cue } from './03-cues.js';
import type { Frame } from './04-frames.js';
import { MIN_CONTENT_WORDS, trimmed } from './04-bounds.js';
import { FINITE_VERB, isNounPhrase } from './speaker-phrases.js';

/** `…, but the union insisted`, `…, and two-thirds of stallholders said`, `…; he claimed`: a coordinator (or a bare comma
 *  or semicolon before a pronoun), then a short subject right before a cue inside another frame's content. */
const COORDINATED_SUBJECT = /(?:(?:,\s*|(?<![\s,])\s+)(?:and|but|while|whereas|yet)\s+|[,;]\s+(?=(?:he|she|they|we|I)\s+$))((?:[\p{L}\d’'.-]+\s+){0,4}?[\p{L}\d’'.-]+)\s+$/u;
/** How far before the cue the coordinator and subject are looked for: five words and a coordinator fit well within it. */
const WINDOW_CHARS = 120;
/** Words that open a relative or subordinate clause, never a coordinated subject. */
const NOT_SUBJECT = /^(?:that|which|who|whom|whose|what|when|where|if|as|because|so|then|also|the|a|an|to)$/i;

/** A second attribution coordinated inside a frame's content: its frame, and the host's content cut before it. */
export function coordinatedAttribution(masked: string, base: number, host: Frame, cue: Cue, frameOf: () => Frame | null): Frame | null {
  if (host.shape !== 'speaker-first' || !host.content || host.content.start < host.cue.end) return null;
  // (only a window before the cue is read: an end-anchored pattern over the whole content, once per cue, is quadratic)
  const from = Math.max(host.content.start, cue.start - WINDOW_CHARS);
  const m = COORDINATED_SUBJECT.exec(masked.slice(from - base, cue.start - base));
  if (!m || NOT_SUBJECT.test(m[1]) || !isNounPhrase(m[1], true) || FINITE_VERB.test(m[1])) return null;
  const f = frameOf();
  const cut = from + m.index;
  if (!f?.content || !f.speaker || f.shape !== 'speaker-first' || f.speaker.start < cut) return null;
  const kept = trimmed(base, host.content.start - base, cut - base, masked);
  if (!kept || masked.slice(kept.start - base, kept.end - base).split(/\s+/).length < MIN_CONTENT_WORDS) return null;
  host.content = kept;
  return f;
}
