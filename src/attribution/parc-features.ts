// What the PARC tagger sees of a paragraph: its tokens, and per token a list of hashed features (the
// word and its neighbours, stem, reporting-verb lemma, shape, quotation depth, sentence edges).
// Shared by tagging (parc-tagger.ts) and training (tools/train-parc.ts), so both see the same thing.
import type { Span } from '../doc.js';
import { fnv, mix } from '../entities/03-features.js';
import type { QuoteSpan } from './01-quote-marks.js';
import { CUE_FORMS } from './rules.js';
import { firstIndex } from './search.js';

/** Token labels: outside, then begin / inside of a cue, a content and a source span. */
export const LABELS = ['O', 'B-CUE', 'I-CUE', 'B-CON', 'I-CON', 'B-SRC', 'I-SRC'] as const;
export const N_LABELS = LABELS.length;
export const O = 0, B_CUE = 1, I_CUE = 2, B_CON = 3, I_CON = 4, B_SRC = 5, I_SRC = 6;
/** The role of a label (0 none, 1 cue, 2 content, 3 source) and whether it begins a span. */
export const roleOf = (label: number): number => (label + 1) >> 1;
export const begins = (label: number): boolean => label % 2 === 1;

export interface ParcToken extends Span { lower: string }

const TOKEN = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*|\S/gu;

export function tokenize(text: string, span: Span): ParcToken[] {
  const out: ParcToken[] = [], slice = text.slice(span.start, span.end);
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) {
    out.push({ start: span.start + m.index, end: span.start + m.index + m[0].length, lower: m[0].toLowerCase() });
  }
  return out;
}

/** A crude stem: the verb and noun endings off, so that "endorsing" shares weights with "endorsed". */
export const stem = (w: string): string => (w.length > 5 ? w.replace(/(?:ies|ied|ying|ing|ed|es|s|e)$/, '') : w);

const shape = (s: string): string => s.replace(/\p{Lu}+/gu, 'X').replace(/\p{Ll}+/gu, 'x').replace(/\p{N}+/gu, 'd').slice(0, 4);

/** How many quotations hold each token: a difference array over token indices (linear in tokens and
 *  quotations, where a check of every quotation per token was quadratic on a quote soup). */
function quoteDepths(tokens: readonly ParcToken[], quotes: readonly QuoteSpan[]): number[] {
  const delta = new Int32Array(tokens.length + 1);
  // the first token starting at or after `at` (tokens are sorted and disjoint)
  const from = (at: number): number => firstIndex(tokens.length, (i) => tokens[i].start < at);
  for (const q of quotes) {
    const a = from(q.open + 1);
    let b = from(q.close); // tokens before b start before the close; the last may still run past it
    while (b > a && tokens[b - 1].end > q.close) b--;
    if (a < b) { delta[a]++; delta[b]--; }
  }
  const out: number[] = [];
  for (let i = 0, d = 0; i < tokens.length; i++) { d += delta[i]; out.push(d); }
  return out;
}

/** FNV-1a continued over `s`: more(fnv(a), b) === fnv(a + b), so a feature's hash is built without
 *  building its string (string building was most of the tagger's feature time). */
function more(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h;
}
/** Memoised per word (bounded, so a long crawl cannot grow it without end). */
function memo(f: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) { if (cache.size >= MEMO_MAX) cache.clear(); v = f(s); cache.set(s, v); }
    return v;
  };
}
const MEMO_MAX = 50_000;
const stemOf = memo(stem), shapeOf = memo(shape), lemOf = (w: string): string => CUE_FORMS.get(w) ?? '-';
const H = Object.fromEntries(['w=', 'w-1=', 'w+1=', 'w-2=', 'w+2=', 'w-1w=', 'ww+1=', 'suf=', 'shape=', 'qw=0|', 'qw=1|', 's=', 's-1s=', 'ss+1=',
  'lem=', 'lem-1=', 'lem+1=', 'pw='].map((k) => [k, fnv(k)])) as Record<string, number>;
const BIAS = fnv('b'), DEPTH = [0, 1, 2].map((d) => fnv(`q=${d}`)), POS = [0, 1, 2, 3, 4, 5].map((n) => fnv(`pos=${n}`));
const FIRST = [fnv('first=false'), fnv('first=true')], ENDS = [fnv('ends=false'), fnv('ends=true')];

/** Static feature hashes of every token of a paragraph: tokens[i] gets out[i]. Each is the FNV-1a of
 *  a string such as `w=said`, `w-1w=he|said`, `lem=say`, `q=1` (see the names in H). */
export function paragraphFeatures(
  text: string, tokens: readonly ParcToken[], sentenceStarts: ReadonlySet<number>, quotes: readonly QuoteSpan[],
): number[][] {
  const depth = quoteDepths(tokens, quotes);
  const word = (i: number): string => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i].lower);
  let sentIndex = 0;
  return tokens.map((t, i) => {
    if (sentenceStarts.has(t.start)) sentIndex = 0; else sentIndex++;
    const w = t.lower, prev = word(i - 1), next = word(i + 1), st = stemOf(w), stPrev = stemOf(prev);
    const ends = i + 1 === tokens.length || sentenceStarts.has(tokens[i + 1].start);
    return [
      BIAS, more(H['w='], w), more(H['w-1='], prev), more(H['w+1='], next), more(H['w-2='], word(i - 2)), more(H['w+2='], word(i + 2)),
      more(more(more(H['w-1w='], prev), '|'), w), more(more(more(H['ww+1='], w), '|'), next), more(H['suf='], w.slice(-3)),
      more(H['shape='], shapeOf(text.slice(t.start, t.end))),
      DEPTH[Math.min(depth[i], 2)], more(Math.min(depth[i], 1) ? H['qw=1|'] : H['qw=0|'], w),
      more(H['s='], st), more(more(more(H['s-1s='], stPrev), '|'), st), more(more(more(H['ss+1='], st), '|'), next), more(H['lem='], lemOf(w)),
      more(H['lem-1='], lemOf(prev)), more(H['lem+1='], lemOf(next)),
      FIRST[sentIndex === 0 ? 1 : 0], POS[Math.min(sentIndex, 5)], ENDS[ends ? 1 : 0],
    ];
  });
}

/** The hash of a word's previous-label × word feature (`pw=said`), once per token. */
export const wordPairHash = (lower: string): number => more(H['pw='], lower);

/** Hashes of the features that depend on earlier decisions: the last two labels and what the sentence has had. */
export function dynamicFeatures(prev: number, prev2: number, seen: number, pairHash: number): number[] {
  return [mix(D_PREV, prev), mix(mix(D_PREV2, prev), prev2), mix(D_SEEN, seen), mix(pairHash, prev)];
}
const D_PREV = fnv('p'), D_PREV2 = fnv('pp'), D_SEEN = fnv('seen');

/** A bit per role the sentence has had so far (cue 1, content 2, source 4). */
export const seenAfter = (seen: number, label: number): number => (label ? seen | (1 << (roleOf(label) - 1)) : seen);

/** The quotations overlapping each paragraph (paragraphs sorted and disjoint): each quotation finds its
 *  paragraphs by binary search, where a filter of all quotations per paragraph was quadratic. */
function quotesByParagraph(paragraphs: readonly Span[], quotes: readonly QuoteSpan[]): QuoteSpan[][] {
  const out: QuoteSpan[][] = paragraphs.map(() => []);
  const first = (at: number): number => firstIndex(paragraphs.length, (i) => paragraphs[i].end <= at); // the first paragraph ending after `at`
  for (const q of quotes) for (let k = first(q.open); k < paragraphs.length && paragraphs[k].start < q.close; k++) out[k].push(q);
  return out;
}

/** One paragraph ready for the tagger. */
export interface TaggerInput { tokens: ParcToken[]; feats: number[][]; sentenceStarts: Set<number> }

/** The tagger's inputs for every paragraph of a text. It does not see the rules' statements: a model
 *  stacked on them matched PolNeAR dev less often (content R 63.1 against 67.1) and would need
 *  retraining whenever a rule changes. */
export function taggerInputs(
  text: string, paragraphs: readonly Span[], sentences: readonly Span[], quotes: readonly QuoteSpan[],
): TaggerInput[] {
  const sentenceStarts = new Set<number>();
  for (const s of sentences) { let at = s.start; while (at < s.end && /\s/.test(text[at])) at++; sentenceStarts.add(at); }
  const inParagraph = quotesByParagraph(paragraphs, quotes);
  return paragraphs.map((p, n) => {
    const tokens = tokenize(text, p);
    return { tokens, feats: paragraphFeatures(text, tokens, sentenceStarts, inParagraph[n]), sentenceStarts };
  });
}
