// Content boundaries of indirect speech: where a reported clause starts and ends inside its sentence
// (a leading `that`, final punctuation, narration after the clause), and the adverbials a cue skips.
import type { Span } from '../doc.js';
import { CUE_FORMS, POST_CUE_ADVERBIAL } from './rules.js';
import { isNounPhrase } from './speaker-phrases.js';

export const hasCueWord = (s: string): boolean => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => CUE_FORMS.has(w));

/** Content without surrounding spaces, a leading "that", a final full stop or a trailing comma. `before`: the
 *  content stands before its cue (`CONTENT, the mayor said`), so a participle or a last relative clause inside it
 *  is the speaker's too, not the article's narration after the cue. */
export function trimClause(masked: string, base: number, span: Span, before = false): Span | null {
  let s = span.start - base, e = span.end - base;
  while (s < e && /[\s,:;—–-]/.test(masked[s])) s++;
  // a leading complementiser goes; a sentence's own first word ("That criticism was …") stays
  if (s > 0 && /^that\s/i.test(masked.slice(s, e))) s += 5;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  // an unmatched closing parenthesis belongs to the sentence around the content: `(According to X, ….)`
  if (e > s && masked[e - 1] === ')' && !masked.slice(s, e).includes('(')) e--;
  if (e > s && /[.;,:!?]/.test(masked[e - 1]) && !/(?<![A-Za-z.])(?:[A-Za-z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|a\.m|p\.m)\.$/.test(masked.slice(s, e))) e--;
  while (e > s && /[\s,]/.test(masked[e - 1])) e--;
  // participial narration after the content is left out
  // (a reporting participle after the content starts a statement of its own: `…, adding that …`)
  const narr = /,\s+(?:making|prompting|leaving|bringing|raising|marking|sending|forcing|causing|pushing|putting|ending|capping|adding|saying|noting|arguing|insisting|explaining|claiming|acknowledging|asserting|stating|suggesting|accusing|telling|urging|predicting|recalling|declaring|promising|vowing|conceding|warning)\b/i.exec(masked.slice(s, e));
  if (narr && !before) e = s + narr.index;
  // `… they were not; 46 percent said …`: a semicolon before another attribution ends the content
  const semi = /;\s/.exec(masked.slice(s, e));
  if (semi && hasCueWord(masked.slice(s + semi.index, e))) e = s + semi.index;
  const end = before ? null : CLAUSE_END.exec(masked.slice(s, e));
  // (`The senator, running against Ruiz, leads …`: before a participle set off inside the subject there is no predicate yet)
  if (end && masked.slice(s, s + end.index).trim().split(/\s+/).length >= MIN_CONTENT_WORDS && !(/^,\s+\p{Ll}{3,}ing\b/u.test(end[0]) && isNounPhrase(masked.slice(s, s + end.index)))) e = s + end.index;
  // `…, which forced her to cancel`, `…, while others …`: a trailing non-restrictive clause is narration
  for (const re of before ? [SECOND_PREDICATE] : [NARRATION_TAIL, SECOND_PREDICATE, DASH_NARRATION]) {
    const tail = re.exec(masked.slice(s, e));
    // a reporting verb there starts a statement of its own (split later), so it is not cut here
    if (tail && re === SECOND_PREDICATE && /ed\s+that\s$/.test(tail[0]) && CUE_FORMS.has(tail[0].trim().split(/\s+/).slice(-2)[0])) continue;
    if (tail && masked.slice(s, s + tail.index).trim().split(/\s+/).length >= MIN_CONTENT_WORDS) e = s + tail.index;
  }
  return e > s ? { start: base + s, end: base + e } : null;
}

// (only a last clause: `X, which agreed to buy data, had not paid` keeps its relative clause)
// (the lookbehinds keep runs of spaces linear)
const NARRATION_TAIL = /(?:,\s+(?:which|while|whereas|referring to|citing)|(?<![\s,]),?\s+compared (?:with|to))\s[^,]*$/i;
/** `… nearly $4 million — a record for the county`, `… — while others …`: a last dash before an appositive or a
 *  `while` clause is the article's narration (a dash pair around an aside, `- an old complaint -`, is not last). */
const DASH_NARRATION = /(?<=\S)\s+(?:[—–]|--?)\s+(?:a|an|while|whereas)\s(?:(?!\s-{1,2}\s)[^—–])*$/;
/** Where the reported clause visibly ends and the article's own narration resumes: a comma then
 *  `who`, `although`, `though`, `with X …ing`, or any participle (`…, calling the plan …`; not
 *  `willing to`, an adjective), and a
 *  dash before `and`/`but` (`… a mock debate — and thinks …`). The first such boundary wins. */
const CLAUSE_END = /,\s+(?:(?:who|whom|although|though|even though)\b|with\s+(?:\S+\s+){1,4}?\p{Ll}+ing\b|(?!including\b|according\b|notwithstanding\b|something\b|nothing\b|anything\b|everything\b|during\b)\p{Ll}{3,}ing\b(?!\s+to\b))|\s+[—–]\s+(?:and|but)\s/u;
/** `…, but lamented that …`, `…, but he said …`, `…, and she criticized …`, `…, however …`: the speaker's next
 *  predicate or a new attribution ends the content. */
const SECOND_PREDICATE = /(?<![\s,])(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}{3,}ed\s+that\s|(?:he|she|they|I)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|noted|argued|insisted)\b)|,\s+(?:another|others|some|many)\s+(?:say|says|said)\b|,\s+according to\s|,\s+(?:and|but)\s+(?:he|she|they)\s+(?:\p{Ll}+ly\s+)?\p{Ll}{3,}ed\s|,\s+however\s/u;
/** Content is not cut shorter than this many words. */
export const MIN_CONTENT_WORDS = 3;

export function trimmed(base: number, s: number, e: number, masked: string): Span | null {
  while (s < e && /\s/.test(masked[s])) s++;
  while (e > s && /[\s,]/.test(masked[e - 1])) e--;
  return e > s ? { start: base + s, end: base + e } : null;
}

export function skipAdverbials(after: string): number {
  let n = 0;
  for (let guard = 0; guard < 4; guard++) {
    const m = POST_CUE_ADVERBIAL.exec(after.slice(n));
    if (!m || m[0].length === 0) break;
    n += m[0].length;
  }
  return n;
}
