// Tokens as typed-array columns. A token is a word (letters/digits, with inner apostrophes,
// hyphens, periods of abbreviations and digit separators) or one punctuation character.
import type { Span, Tokens } from '../doc.js';

export const F = {
  WORD: 1, CAP: 2, ALLCAP: 4, DIGIT: 8, PUNCT: 16, QUOTE: 32, SENT_START: 64, PARA_START: 128,
} as const;

const WORD = /[\p{L}\p{N}\p{M}]+(?:(?:['’.\-\u2011,](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
const QUOTE_CHARS = new Set(['"', '“', '”', '‘', '’', "'", '«', '»', '„', '‹', '›']);
/** Words whose trailing period is part of the word: initials, dotted acronyms, titles, months, states. */
const ABBREV_DOT = new RegExp('^(?:\\p{L}|(?:\\p{L}\\.)+\\p{L}?|' + [
  'Mr', 'Mrs', 'Ms', 'Messrs', 'Dr', 'Prof', 'Rev', 'Hon', 'Gen', 'Lt', 'Col', 'Maj', 'Capt', 'Cpt', 'Sgt', 'Cpl', 'Pvt',
  'Adm', 'Cmdr', 'Cdr', 'Brig', 'Sen', 'Rep', 'Gov', 'Pres', 'Supt', 'Atty', 'Amb', 'Jr', 'Sr', 'St', 'Mt', 'Ft', 'Ave',
  'Blvd', 'Rd', 'Inc', 'Corp', 'Co', 'Ltd', 'Bros', 'No', 'Nos', 'vs', 'etc', 'approx', 'Jan', 'Feb', 'Mar', 'Apr', 'Jun',
  'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec', 'Ala', 'Ariz', 'Ark', 'Calif', 'Colo', 'Conn', 'Del', 'Fla', 'Ga',
  'Ill', 'Ind', 'Kan', 'Kans', 'Ky', 'La', 'Md', 'Mass', 'Mich', 'Minn', 'Miss', 'Mo', 'Mont', 'Neb', 'Nev', 'Okla',
  'Ore', 'Pa', 'Penn', 'Tenn', 'Tex', 'Va', 'Vt', 'Wash', 'Wis', 'Wyo',
].join('|') + ')\\.$', 'u');

/** Tokens per article: a 20,000-word feature, ~5x a long article (~120k chars of prose). Past it the rest
 *  of the body is not tokenized, so later stages see a bounded prefix (the text stage warns). */
export const MAX_TOKENS = 25_000;

export function tokenize(text: string, paragraphs: readonly Span[], maxTokens = MAX_TOKENS): Tokens {
  const starts: number[] = [], ends: number[] = [], flags: number[] = [], paraOf: number[] = [];
  for (let p = 0; p < paragraphs.length && starts.length < maxTokens; p++) {
    const { start, end } = paragraphs[p];
    const slice = text.slice(start, end);
    WORD.lastIndex = 0;
    let first = true;
    for (let m = WORD.exec(slice); m && starts.length < maxTokens; m = WORD.exec(slice)) {
      let s = start + m.index, e = s + m[0].length;
      let tok = m[0];
      // a trailing period belongs to the word only when the word is an abbreviation
      if (tok.length > 1 && tok.endsWith('.') && !ABBREV_DOT.test(tok)) {
        pushToken(text, s, e - 1, tok.slice(0, -1), p, first, starts, ends, flags, paraOf);
        first = false;
        s = e - 1; tok = '.';
      }
      pushToken(text, s, e, tok, p, first, starts, ends, flags, paraOf);
      first = false;
    }
  }
  const n = starts.length;
  const tokens: Tokens = {
    count: n,
    start: Uint32Array.from(starts), end: Uint32Array.from(ends), flags: Uint16Array.from(flags),
    sentence: new Uint32Array(n), paragraph: Uint32Array.from(paraOf),
  };
  return tokens;
}

function pushToken(
  _text: string, s: number, e: number, tok: string, para: number, first: boolean,
  starts: number[], ends: number[], flags: number[], paraOf: number[],
): void {
  starts.push(s); ends.push(e); paraOf.push(para);
  flags.push(flagsOf(tok) | (first ? F.PARA_START : 0));
}

export function flagsOf(tok: string): number {
  const c = tok.codePointAt(0) ?? 0;
  const ch = String.fromCodePoint(c);
  if (/[\p{L}\p{N}]/u.test(ch)) {
    let f: number = F.WORD;
    if (/\p{Lu}/u.test(ch)) f |= F.CAP;
    if (tok.length > 1 && /^[\p{Lu}\p{N}.&-]+$/u.test(tok) && /\p{Lu}/u.test(tok)) f |= F.ALLCAP;
    if (/\p{N}/u.test(tok)) f |= F.DIGIT;
    return f;
  }
  return F.PUNCT | (QUOTE_CHARS.has(tok) ? F.QUOTE : 0);
}
