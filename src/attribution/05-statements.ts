// Statements from frames and quotations: direct quotes (around or after a cue, interrupted by it,
// quote-only sentences and paragraphs, multi-paragraph quotes), indirect and mixed speech, partial
// quotes after called/described/accused, agentless passives and transcript lines.
import type { Span } from '../doc.js';
import type { QuoteKind } from '../types.js';
import type { QuoteSpan } from './01-quote-marks.js';
import type { Sentence } from './02-sentences.js';
import type { Cue } from './03-cues.js';
import { findFrames, maskQuotes, type Frame } from './04-frames.js';
import { CUE_FORMS, PARTIAL_LEMMAS, TERM_INTRO } from './rules.js';
import { isNounPhrase, subjectOf } from './speaker-phrases.js';
import { firstIndex } from './search.js';

export interface RawStatement {
  kind: QuoteKind;
  content: Span;
  cue: Span | null;
  lemma: string | null;
  speaker: Span | null;
  /** the speaker is the previous statement's (quote-only paragraph, second part, continuation) */
  sameAs: RawStatement | null;
  passive: boolean;
  object: Span | null;
  paragraph: number;
  confidence: number;
  nested?: boolean;
}

const TRANSCRIPT = /^((?:[\p{Lu}][\p{Lu}.'’-]*)(?:\s+[\p{Lu}][\p{Lu}.'’-]*){0,4}):\s+\S/u;

/** Sentences between two checks of the time budget. */
const BUDGET_CHECK_EVERY = 64;

export function findStatements(
  text: string, sentences: readonly Sentence[], quotes: readonly QuoteSpan[], expired: () => boolean = () => false,
): RawStatement[] {
  const out: RawStatement[] = [];
  // by open, with each paragraph's extent: per-sentence lookups, not scans (quadratic on a page of
  // thousands of one-mark paragraphs)
  const top = quotes.filter((q) => q.depth === 0).sort((a, b) => a.open - b.open);
  const paras = paragraphExtents(sentences);
  let lastDirect: RawStatement | null = null;
  let lastInParagraph: RawStatement | null = null;
  let lastParagraph = -1;
  let prevParagraphLast: RawStatement | null = null;
  let transcriptParagraph = -1;
  // `He said:` closing a paragraph: the next paragraph's quotation is his
  let colonFrame: { frame: Frame; paragraph: number } | null = null;
  // a quote-only sentence nobody has claimed yet: `“…” Okafor said.` may follow as a sentence of its own
  let orphan: { quotes: QuoteSpan[]; paragraph: number } | null = null;
  for (let n = 0; n < sentences.length; n++) {
    const s = sentences[n];
    // past the article's time budget, what was found so far is returned (the pipeline warns)
    if (n % BUDGET_CHECK_EVERY === BUDGET_CHECK_EVERY - 1 && expired()) break;
    if (s.paragraph !== lastParagraph) {
      // only the paragraph right before can lend its speaker to a quote-only paragraph
      prevParagraphLast = s.paragraph === lastParagraph + 1 ? lastInParagraph : null;
      lastInParagraph = null;
      lastDirect = null;
      lastParagraph = s.paragraph;
    }
    const inS: QuoteSpan[] = [];
    for (let k = firstOpenAt(top, s.start); k < top.length && top[k].open < s.end; k++) inS.push(top[k]);
    if (s.paragraph === transcriptParagraph) continue;
    const transcript = s.start === paras.get(s.paragraph)!.start ? TRANSCRIPT.exec(text.slice(s.start, s.end)) : null;
    if (transcript) {
      // a transcript line `NAME: words`: the whole paragraph is the label's direct speech
      const colon = s.start + transcript[1].length;
      const st = make('direct', trimSpan(text, colon + 1, Math.max(s.end, paras.get(s.paragraph)!.end)), { start: colon, end: colon + 1 }, ':', { start: s.start, end: colon }, s.paragraph, 0.8);
      out.push(st); lastInParagraph = st;
      transcriptParagraph = s.paragraph;
      continue;
    }
    const masked = maskQuotes(text, s, inS);
    if (/^[\s\uE000.,!?;:—–-]*$/.test(masked) && inS.length) {
      // a sentence that is only a quotation: second part of an interrupted quote, or a quote-only
      // paragraph / continuation whose speaker is the previous paragraph's
      const prev: RawStatement | null = lastDirect ?? (lastInParagraph === null ? prevParagraphLast : null);
      if (!prev && colonFrame && colonFrame.paragraph === s.paragraph - 1) {
        const f = colonFrame.frame;
        for (const q of inS) { const st = make('direct', inner(text, q), f.cue, f.cue.lemma, f.speaker, s.paragraph, 0.7); out.push(st); lastDirect = lastInParagraph = st; }
        colonFrame = null;
        continue;
      }
      orphan = prev ? null : { quotes: inS, paragraph: s.paragraph };
      if (prev) for (const q of inS) {
        const st = make('direct', inner(text, q), lastDirect ? prev.cue : null, lastDirect ? prev.lemma : null, lastDirect ? prev.speaker : null, s.paragraph, 0.75);
        st.sameAs = prev;
        out.push(st); lastInParagraph = st; lastDirect = lastDirect ? st : null;
      }
      continue;
    }
    const frames = findFrames(text, s, masked);
    const last = frames[frames.length - 1];
    if (orphan?.paragraph === s.paragraph && frames.length === 1 && last.shape === 'content-first' && last.speaker && !last.content && !inS.length && !masked.slice(0, last.speaker.start - s.start).trim()) {
      for (const q of orphan.quotes) out.push(lastDirect = lastInParagraph = make('direct', inner(text, q), last.cue, last.cue.lemma, last.speaker, s.paragraph, 0.6));
    }
    orphan = null;
    if (last?.speaker && !last.content && s.end === paras.get(s.paragraph)!.end && /^\s*:\s*$/.test(text.slice(last.cue.end, s.end))) colonFrame = { frame: last, paragraph: s.paragraph };
    else if (s.end === paras.get(s.paragraph)!.end && !inS.length && /:\s*$/.test(masked)) {
      // `The operator released the following statement:` closing a paragraph: its subject speaks the next paragraph's quotation
      const subject = mainSubject(text, masked.replace(/:\s*$/, ''), s.start), colon = s.start + masked.lastIndexOf(':');
      if (subject) colonFrame = { frame: { cue: { start: colon, end: colon + 1, word: { start: colon, end: colon + 1 }, lemma: ':' }, speaker: subject, content: null, shape: 'speaker-first', object: null }, paragraph: s.paragraph };
    }
    const used = new Set<QuoteSpan>();
    for (const f of frames) {
      // a quotation belongs to the first frame that carries it (`“…,” said X, who noted that …`)
      const direct = quotesOf(f, inS, masked, s).filter((q) => !used.has(q));
      for (const q of direct) {
        used.add(q);
        const st = make('direct', inner(text, q), f.cue, f.cue.lemma, f.speaker, s.paragraph, f.speaker ? 0.9 : 0.6);
        st.object = f.object;
        out.push(st); lastDirect = st; lastInParagraph = st;
      }
      if (PARTIAL_LEMMAS.has(f.cue.lemma) && !f.content) {
        for (const q of inS) {
          if (used.has(q) || q.open < f.cue.end) continue;
          used.add(q);
          const st = make('partial', partialInner(text, q), f.cue, f.cue.lemma, f.speaker, s.paragraph, 0.7);
          st.passive = f.shape === 'passive';
          out.push(st); lastInParagraph = st;
        }
      }
      // a source's own question (`Ruiz asked whether …`) and request (`Ruiz asked the court to halt …`, a
      // directive) are reported; other `asked` frames are not statements
      if (f.content && (f.cue.lemma !== 'ask' || (f.speaker && f.shape === 'speaker-first' && ASKED_FOR.test(text.slice(f.content.start, f.content.end))))) {
        // `said X, but added that Y`: a second reporting verb with its own clause is a second statement
        const listener = f.cue.lemma === 'ask' ? ASKED_LISTENER.exec(text.slice(f.content.start, f.content.end)) : null;
        const reported = listener ? { start: f.content.start + listener[0].length, end: f.content.end } : f.content;
        for (const part of splitCoordinated(text, reported, f.cue)) {
          const content = part.content;
          const inside = inS.filter((q) => q.open >= content.start && q.close <= content.end + 1);
          const own = inside.filter((q) => !isTermQuote(text, q));
          for (const q of inside) used.add(q);
          const whollyQuoted = inside.length === 1 && inside[0].open <= content.start && inside[0].close >= content.end;
          let kind: QuoteKind = own.length ? 'mixed' : 'indirect';
          let span = own.length ? extendThroughClose(text, content, own) : content;
          if (whollyQuoted) { kind = 'direct'; span = inner(text, inside[0]); }
          if (f.shape === 'passive' && PARTIAL_LEMMAS.has(f.cue.lemma) && own.length) { kind = 'partial'; span = partialInner(text, own[0]); }
          if (PARTIAL_LEMMAS.has(part.lemma) && part.lemma !== f.cue.lemma) {
            // `… and accused the department of “fearmongering.”`: the quoted words are a partial quote
            for (const q of own) out.push(lastInParagraph = make('partial', partialInner(text, q), part.cue, part.lemma, f.speaker, s.paragraph, 0.7));
            continue;
          }
          const st = make(kind, span, part.cue, part.lemma, f.speaker, s.paragraph, f.speaker || f.shape === 'passive' ? 0.8 : 0.5);
          st.passive = f.shape === 'passive';
          st.object = f.object;
          out.push(st); lastInParagraph = st;
          if (kind === 'direct') lastDirect = st;
        }
      }
    }
    // `More from Ana Ruiz: “…”`, `- Ruiz: “…”`: a name and a colon before a quotation label its speaker
    for (const q of inS) {
      if (used.has(q)) continue;
      const label = NAME_COLON.exec(masked.slice(0, q.open - s.start));
      if (!label || LABEL_WORDS.test(label[1])) {
        // `The harbour master leaned in and growled: “…”`: a clause ending in a colon introduces the quotation that ends the sentence
        const intro = /^([^\uE000]*\S):\s*$/.exec(masked.slice(0, q.open - s.start));
        const subject = intro && /^[\s.!?]*$/.test(masked.slice(q.close - s.start + 1)) ? mainSubject(text, intro[1], s.start) : null;
        if (!intro || !subject) continue;
        used.add(q);
        const colon = s.start + intro[1].length;
        out.push(lastDirect = lastInParagraph = make('direct', inner(text, q), { start: colon, end: colon + 1 }, ':', subject, s.paragraph, 0.6));
        continue;
      }
      const at = s.start + label.index + label[0].indexOf(label[1]), colon = at + label[1].length;
      used.add(q);
      const st = make('direct', inner(text, q), { start: colon, end: colon + 1 }, ':', { start: at, end: colon }, s.paragraph, 0.7);
      out.push(st); lastDirect = st; lastInParagraph = st;
    }
  }
  return out;
}

/** The main clause's subject, past an opening subordinate clause (`When the ferry sank, the operator released …`), when it reads as a noun phrase. */
function mainSubject(text: string, masked: string, base: number): Span | null {
  const sub = /^\s*(?:when|while|after|before|as|if|since|because|although|though|once)\b[^,\uE000]*,\s*/i.exec(masked);
  const from = sub ? sub[0].length : 0;
  const subject = subjectOf(masked.slice(from), base + from);
  return subject && isNounPhrase(text.slice(subject.start, subject.end), true) ? subject : null;
}

/** A capitalised name right before a colon and a quotation, at the sentence start or after `from`, a dash or a comma. */
const NAME_COLON = /(?:^|\bfrom\s+|[-—–,]\s+)((?:\p{Lu}[\p{L}’'.-]*\s+){0,3}\p{Lu}[\p{L}’'.-]*):\s*$/u;
/** Capitalised labels that are not speakers (`Update: “…”`). */
const LABEL_WORDS = /^(?:update|updated|note|watch|related|read|editor|editor's note|source|sources|photo|video|correction|quote|question|answer|q|a|headline|title|subject|warning|breaking|exclusive|also|plus|bottom line|more|the|this|that|here|there|it|he|she|they|we|i|but|and|so|today|yesterday)$/i;

/** What a source's `asked` reports: a question, or a listener and an infinitive. */
const ASKED_FOR = /^(?:(?:[^\s,;:]+\s+){0,4}?(?:whether|why|how|what)\s|(?:[^\s,;:]+\s+){1,8}?to\s+\p{Ll})/u;
/** The listener before an asked question (`asked Ruiz whether …`) is not part of the question. */
const ASKED_LISTENER = /^(?:[^\s,;:]+\s+){1,4}?(?=(?:whether|why|how|what)\s)/u;

const SECOND_VERBS = 'added|noted|said|agreed|warned|argued|insisted|acknowledged|stressed|conceded|explained|cautioned|predicted|suggested|emphasized|promised|vowed|urged|recommended|denied|confirmed|accused|called|described|criticized|blamed'
  + '|lamented|recounted|mused|reasoned|affirmed|speculated|clarified|confessed|complained|maintained|contended|asserted';
// `said X, but added that Y`; `who said X, tweeted that Y` (a comma alone needs `that`)
// (`… and added, “…”`: a comma or colon may follow the second verb)
const SECOND_CUE = new RegExp(`(?:(?:,|(?<![\\s,]))\\s+(?:and|but)\\s+(?:also\\s+|later\\s+)?(${SECOND_VERBS})(?:\\s+that|[,:])?|,\\s+(?:also\\s+|later\\s+)?(${SECOND_VERBS}|tweeted|wrote|told reporters)\\s+that)\\s+(?=\\S)`, 'gi');

/** A frame's content, split where a coordinated reporting verb starts a new statement. */
function splitCoordinated(text: string, content: Span, cue: Cue): { content: Span; cue: Span; lemma: string }[] {
  const slice = text.slice(content.start, content.end);
  const parts: { content: Span; cue: Span; lemma: string }[] = [];
  let from = content.start, curCue: Span = cue, lemma = cue.lemma;
  SECOND_CUE.lastIndex = 0;
  for (let m = SECOND_CUE.exec(slice); m; m = SECOND_CUE.exec(slice)) {
    const at = content.start + m.index;
    if (at - from < 3) continue;
    parts.push({ content: { start: from, end: at }, cue: curCue, lemma });
    const verb = (m[1] ?? m[2]).replace(/ reporters$/, '');
    const verbAt = content.start + m.index + m[0].lastIndexOf(m[1] ?? m[2]);
    curCue = { start: verbAt, end: verbAt + verb.length };
    lemma = CUE_FORMS.get(verb.toLowerCase()) ?? verb.toLowerCase();
    from = content.start + m.index + m[0].length;
  }
  parts.push({ content: { start: from, end: content.end }, cue: curCue, lemma });
  return parts.filter((p) => p.content.end > p.content.start);
}

/** Text order; at the same start an outer statement before the one nested in it. */
export const byPosition = (a: RawStatement, b: RawStatement): number => a.content.start - b.content.start || (a.nested ? 1 : 0) - (b.nested ? 1 : 0);

export function make(kind: QuoteKind, content: Span, cue: Span | null, lemma: string | null, speaker: Span | null, paragraph: number, confidence: number): RawStatement {
  return { kind, content, cue: cue ? { start: cue.start, end: cue.end } : null, lemma, speaker, sameAs: null, passive: false, object: null, paragraph, confidence };
}

/** Quotations a frame carries as direct speech: before an end/inverted cue, or as the cue's complement. */
export function quotesOf(f: Frame, inS: readonly QuoteSpan[], masked: string, s: Sentence): QuoteSpan[] {
  const out: QuoteSpan[] = [];
  for (const q of inS) {
    if (f.content && q.open >= f.content.start && q.close <= f.content.end + 1) continue;
    if (PARTIAL_LEMMAS.has(f.cue.lemma) && q.open > f.cue.end && !isClauseQuote(masked, s, q)) continue;
    if (!isClauseQuote(masked, s, q)) continue;
    out.push(q);
  }
  return out;
}

/** A quotation that stands as a clause: at the sentence start, or after a cue's comma/colon. */
function isClauseQuote(masked: string, s: Sentence, q: QuoteSpan): boolean {
  const before = masked.slice(0, q.open - s.start).replace(/(?<!\s)\s+$/, '');
  if (before === '' || /[,:\uE000]$/.test(before)) return true;
  return /\b(?:said|says|say|told|tells|added|adds|wrote|writes|asked|replied|recalled|declared|warned|insisted|explained|continued|noted)$/i.test(before);
}

function isTermQuote(text: string, q: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, q.open - 40), q.open);
  return TERM_INTRO.test(before);
}

export const inner = (text: string, q: QuoteSpan): Span => trimSpan(text, q.start, q.end);

/** A partial quote's words, without punctuation American style puts before the closing mark. */
function partialInner(text: string, q: QuoteSpan): Span {
  const s = trimSpan(text, q.start, q.end);
  let e = s.end;
  while (e > s.start && /[,.;:]/.test(text[e - 1])) e--;
  return { start: s.start, end: e };
}

/** Mixed content runs through the closing mark of a final quoted fragment. */
function extendThroughClose(text: string, content: Span, own: readonly QuoteSpan[]): Span {
  const last = own[own.length - 1];
  return last.close > content.end ? { start: content.start, end: last.close } : content;
}

function trimSpan(text: string, s: number, e: number): Span {
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

/** Each paragraph's first sentence start and last sentence end, in one pass. */
function paragraphExtents(sentences: readonly Sentence[]): Map<number, Span> {
  const out = new Map<number, Span>();
  for (const x of sentences) {
    const p = out.get(x.paragraph);
    if (!p) out.set(x.paragraph, { start: x.start, end: x.end });
    else p.end = Math.max(p.end, x.end);
  }
  return out;
}

/** The first index in quotes (by open) whose open is at or after `at`. */
function firstOpenAt(quotes: readonly QuoteSpan[], at: number): number {
  return firstIndex(quotes.length, (i) => quotes[i].open < at);
}
