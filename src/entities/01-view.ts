// A read-only view of the text stage's token columns for this stage: token strings and sentence
// ranges. Hyphenated words are split here ("Ukraine-Russia" → Ukraine - Russia) so that names
// inside compounds can be tagged, and possessives lose their 's ("Gabon's" → Gabon 's) so that the
// name has the features and gazetteer entry of its bare form; the text stage's tokens stay as they are.
import type { Doc } from '../doc.js';
import { F, flagsOf } from '../text/tokenize.js';

export interface TokenView {
  readonly text: string;
  readonly n: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly flags: Uint16Array;
  readonly words: readonly string[];
  /** sentence of each token, and each sentence's first and last+1 token */
  readonly sentOf: Uint32Array;
  readonly sentStart: Uint32Array;
  readonly sentEnd: Uint32Array;
}

const HYPHENS = /[-\u2010\u2011]/;
/** A possessive ending split off a word of at least two letters, or of a letter and digits ("Gabon's", "Africa’s", "G7’s"; not "1990's"). */
const POSSESSIVE = /(?<=\p{L}\p{L}|\p{L}\p{N}+|\p{N}\p{L})['’]s$/u;
const INNER_HYPHEN = /(?<=[\p{L}\p{N}])[-\u2010\u2011](?=[\p{L}\p{N}])/gu;

export function viewOf(doc: Doc): TokenView {
  const t = doc.tokens;
  if (!t) throw new Error('entities: no tokens (the text stage must run first)');
  const starts: number[] = [], ends: number[] = [], flags: number[] = [], sents: number[] = [], words: string[] = [];
  const push = (s: number, e: number, w: string, f: number, sent: number) => { starts.push(s); ends.push(e); words.push(w); flags.push(f); sents.push(sent); };
  for (let i = 0; i < t.count; i++) {
    const s = t.start[i], sent = t.sentence[i];
    let e = t.end[i], w = doc.text.slice(s, e), f = t.flags[i];
    const poss = POSSESSIVE.test(w);
    if (poss) { e -= 2; w = w.slice(0, -2); f = flagsOf(w) | (f & (F.SENT_START | F.PARA_START)); }
    split(s, e, w, f, sent);
    if (poss) push(e, e + 2, doc.text.slice(e, e + 2), F.WORD, sent);
  }
  function split(s: number, e: number, w: string, f: number, sent: number): void {
    if (!HYPHENS.test(w) || w.length < 3) { push(s, e, w, f, sent); return; }
    const keep = f & (F.SENT_START | F.PARA_START);
    let from = 0, first = true;
    INNER_HYPHEN.lastIndex = 0;
    for (let m = INNER_HYPHEN.exec(w); m; m = INNER_HYPHEN.exec(w)) {
      const part = w.slice(from, m.index);
      push(s + from, s + m.index, part, flagsOf(part) | (first ? keep : 0), sent);
      push(s + m.index, s + m.index + 1, m[0], flagsOf(m[0]), sent);
      from = m.index + 1; first = false;
    }
    const rest = w.slice(from);
    push(s + from, e, rest, flagsOf(rest) | (first ? keep : 0), sent);
  }
  const n = starts.length;
  const sentOf = Uint32Array.from(sents);
  const nSent = n ? sentOf[n - 1] + 1 : 0;
  const sentStart = new Uint32Array(nSent), sentEnd = new Uint32Array(nSent);
  for (let i = n - 1; i >= 0; i--) sentStart[sentOf[i]] = i;
  for (let i = 0; i < n; i++) sentEnd[sentOf[i]] = i + 1;
  return {
    text: doc.text, n, start: Uint32Array.from(starts), end: Uint32Array.from(ends), flags: Uint16Array.from(flags),
    words, sentOf, sentStart, sentEnd,
  };
}

export const isCap = (v: TokenView, i: number): boolean => (v.flags[i] & F.CAP) !== 0;
export const isAllCap = (v: TokenView, i: number): boolean => (v.flags[i] & F.ALLCAP) !== 0;
export const isSentFirst = (v: TokenView, i: number): boolean => v.sentStart[v.sentOf[i]] === i;

/** The token sits in a web address (years in article URLs are not dates; slugs are not names). The
 *  whitespace-free runs are read once per view: scanning each token's run again made a long run
 *  (a page of tags with no spaces) quadratic. */
export function inUrl(v: TokenView, i: number): boolean {
  let marks = urlTokens.get(v);
  if (!marks) urlTokens.set(v, (marks = markUrlTokens(v)));
  return marks[i] === 1;
}
const urlTokens = new WeakMap<TokenView, Uint8Array>();
const isUrlRun = (run: string): boolean => run.includes('://') || run.includes('www.') || run.indexOf('/') !== run.lastIndexOf('/');

function markUrlTokens(v: TokenView): Uint8Array {
  const marks = new Uint8Array(v.n);
  let i = 0;
  for (const m of v.text.matchAll(/\S+/g)) {
    if (i >= v.n) break;
    const a = m.index!, b = a + m[0].length;
    const url = isUrlRun(m[0]);
    for (; i < v.n && v.start[i] < b; i++) if (url && v.start[i] >= a) marks[i] = 1;
  }
  return marks;
}
