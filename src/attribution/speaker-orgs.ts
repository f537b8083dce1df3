// Where a speaker phrase names someone other than its head: the employer of a spokesperson or of staff,
// the author of a message, the organization after a possessive, and the words that name no one.
import type { Span } from '../doc.js';
import type { EntityTypeAt } from './06-speakers.js';
import type { NameRun } from './names.js';

/** Capitalised words that are generic, not an organization's name ("State officials", "Federal officials"). */
export const GENERIC_CAPS = /^(?:state|city|county|federal|local|town|village|school|district|government|administration|university|college|campus|hospital|company|agency|department|court|senior|top|other|former|some|many|several|two|three|the)$/i;

/** A name after the core is in apposition when only a comma and titles come between. */
export const APPOSED = /,[^\S\n]*(?:(?:including|especially|notably|\p{Lu}[\p{L}]*\.?)[^\S\n]+)*$/u;
/** "the union that represents …, Local 4417": the run of a `that` clause up to its comma names no speaker. */
export function thatClause(phrase: string, at: number): Span {
  const m = /(?<![\s,])\s+that\s/i.exec(phrase);
  if (!m) return { start: -1, end: -1 };
  const comma = phrase.indexOf(',', m.index);
  return { start: at + m.index, end: at + (comma < 0 ? phrase.length : comma) };
}
/** Written messages whose author, when given, is the source ("a post by …", "a statement from …"). */
export const AUTHORED_HEADS = /^(?:post|posts|tweet|tweets|statement|statements|letter|email|e-mail|message|release)$/i;
/** The author right after the head: "by Lindqvarn", "from the Fenmarch Canal Authority". */
export function authorOf(text: string, raw: NameRun[], coreEnd: number, typeAt: EntityTypeAt): Span | null {
  const by = /^[^\S\n]+(?:(?:posted|issued|released|sent|published)[^\S\n]+)?(?:by|from)[^\S\n]+(?:the[^\S\n]+)?/i.exec(text.slice(coreEnd, coreEnd + 40));
  if (!by) return null;
  const r = raw.find((x) => x.start === coreEnd + by[0].length);
  if (!r || (r.words.length === 1 && /^(?:GPE|LOC|EVENT)$/.test(typeAt(r.start, r.end) ?? ''))) return null;
  return { start: r.start, end: r.end };
}
/** Possessives that make an unnamed phrase a re-reference: "her lawyers", "Ardwyn’s lawyers". */
export const POSSESSIVE = { test: (s: string) => /^(?:his|her|their)\s/i.test(s) || /^\p{Lu}[\p{L}.-]*['’]s\s+\p{Ll}[\p{L}-]*$/u.test(s) };
/** Where a document's name stops: its origin ("from", "by", "of") stays, other modifiers go. */
export const DOC_NAME_CUT = /,|\s(?:who|whom|whose|which|that|familiar|obtained|dated|signed|released|posted|sent|filed|published|briefed|close|cited|commissioned|conducted|prepared|issued|made|with|for|at|in|on|to|under|because|after|about|says|said|shows|showed|found|finds)\s|(?<=\p{Ll})\s(?:he|she|they|we)\s/iu;
/** "the County’s Bureau of Ferries": the organization after a possessive is the one speaking. */
export function possessedOrg(text: string, runs: NameRun[]): NameRun | null {
  for (let i = 0; i + 1 < runs.length; i++) {
    const a = runs[i], b = runs[i + 1];
    if (b.kind === 'org' && /^['’]s[^\S\n]+$/.test(text.slice(a.end, b.start))) return b;
  }
  return null;
}
/** People who speak for the organization that employs them (teachers or nurses from a school speak for themselves). */
export const AGENT_HEADS = /^(?:officials|lawyers|attorneys|forecasters|representatives|executives|administrators|economists|managers)$/i;
/** Heads that name a court's bench. */
export const COURT_PANEL = /^(?:judges|justices|panel)$/i;
/** Staff "at", "from", "with" or "of" a named organization: the run after the preposition (and its kind words). */
export function staffAt(text: string, raw: NameRun[], coreEnd: number, typeAt: EntityTypeAt): NameRun | null {
  for (const r of raw) {
    if (r.start <= coreEnd) continue;
    const t = typeAt(r.start, r.end);
    if (!/^(?:[^\S\n]*,)?[^\S\n]+(?:at|from|with|of)[^\S\n]+(?:the[^\S\n]+)?(?:[\p{Ll}-]+[^\S\n]+){0,3}$/u.test(text.slice(coreEnd, r.start))) return null;
    return t === 'GPE' || t === 'LOC' || t === 'PERSON' || r.titled || (r.words.length === 1 && GENERIC_CAPS.test(r.words[0])) ? null : r;
  }
  return null;
}
/** The organization of a spokesperson: a run right before the head, or after "for", "of", "at". */
export function spokesOrg(text: string, raw: NameRun[], at: number, core: string, head: string, typeAt: EntityTypeAt): NameRun | null {
  const headAt = at + core.length - head.length;
  for (const r of raw) {
    if (r.titled || (r.words.length === 1 && GENERIC_CAPS.test(r.words[0]))) continue;
    // right before the head it is the employer whatever the tagger guessed ("A Quillfern spokesperson")
    if (r.end <= headAt && /^[^\S\n]+$/.test(text.slice(r.end, headAt))) return r;
    if (typeAt(r.start, r.end) !== 'PERSON' && r.start > headAt && /^[^\S\n]+(?:for|of|at|with)[^\S\n]+(?:the[^\S\n]+)?$/i.test(text.slice(at + core.length, r.start))) return r;
  }
  return null;
}
