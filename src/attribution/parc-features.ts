// What the PARC tagger sees of a paragraph: its tokens, and per token a list of hashed features (the
// word and its neighbours, stem, reporting-verb lemma, shape, quotation depth, sentence edges).
// Shared by tagging (parc-tagger.ts) and training (tools/train-parc.ts), so both see the same thing.
import type { Span } from '../doc.js';
import { fnv, mix } from '../entities/03-features.js';
import type { QuoteSpan } from './01-quote-marks.js';
import { CUE_FORMS } from './rules.js';

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
  const from = (at: number): number => {
    let lo = 0, hi = tokens.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tokens[mid].start < at) lo = mid + 1; else hi = mid; }
    return lo;
  };
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

/** Static feature hashes of every token of a paragraph: tokens[i] gets out[i]. */
export function paragraphFeatures(
  text: string, tokens: readonly ParcToken[], sentenceStarts: ReadonlySet<number>, quotes: readonly QuoteSpan[],
): number[][] {
  const depth = quoteDepths(tokens, quotes);
  const word = (i: number): string => (i < 0 ? '<s>' : i >= tokens.length ? '</s>' : tokens[i].lower);
  const st = (i: number): string => stem(word(i));
  let sentIndex = 0;
  return tokens.map((t, i) => {
    if (sentenceStarts.has(t.start)) sentIndex = 0; else sentIndex++;
    const w = t.lower, raw = text.slice(t.start, t.end);
    const f: string[] = [
      'b', `w=${w}`, `w-1=${word(i - 1)}`, `w+1=${word(i + 1)}`, `w-2=${word(i - 2)}`, `w+2=${word(i + 2)}`,
      `w-1w=${word(i - 1)}|${w}`, `ww+1=${w}|${word(i + 1)}`, `suf=${w.slice(-3)}`, `shape=${shape(raw)}`,
      `q=${Math.min(depth[i], 2)}`, `qw=${Math.min(depth[i], 1)}|${w}`,
      `s=${st(i)}`, `s-1s=${st(i - 1)}|${st(i)}`, `ss+1=${st(i)}|${word(i + 1)}`, `lem=${CUE_FORMS.get(w) ?? '-'}`,
      `lem-1=${CUE_FORMS.get(word(i - 1)) ?? '-'}`, `lem+1=${CUE_FORMS.get(word(i + 1)) ?? '-'}`,
      `first=${sentIndex === 0}`, `pos=${Math.min(sentIndex, 5)}`, `ends=${sentenceStarts.has(tokens[i + 1]?.start ?? -1) || i + 1 === tokens.length}`,
    ];
    return f.map((s) => fnv(s));
  });
}

/** Hashes of the features that depend on earlier decisions: the last two labels and what the sentence has had. */
export function dynamicFeatures(prev: number, prev2: number, seen: number, w: string): number[] {
  return [mix(fnv('p'), prev), mix(mix(fnv('pp'), prev), prev2), mix(fnv('seen'), seen), mix(fnv(`pw=${w}`), prev)];
}

/** A bit per role the sentence has had so far (cue 1, content 2, source 4). */
export const seenAfter = (seen: number, label: number): number => (label ? seen | (1 << (roleOf(label) - 1)) : seen);

/** One paragraph ready for the tagger. */
export interface TaggerInput { tokens: ParcToken[]; feats: number[][]; sentenceStarts: Set<number> }

/** The tagger's inputs for every paragraph of a text. It does not see the rules' statements: a model
 *  stacked on them matched PolNeAR dev less often (content R 63.1 against 67.5) and would need
 *  retraining whenever a rule changes. */
export function taggerInputs(
  text: string, paragraphs: readonly Span[], sentences: readonly Span[], quotes: readonly QuoteSpan[],
): TaggerInput[] {
  const sentenceStarts = new Set<number>();
  for (const s of sentences) { let at = s.start; while (at < s.end && /\s/.test(text[at])) at++; sentenceStarts.add(at); }
  return paragraphs.map((p) => {
    const tokens = tokenize(text, p);
    const inP = quotes.filter((q) => q.close > p.start && q.open < p.end);
    return { tokens, feats: paragraphFeatures(text, tokens, sentenceStarts, inP), sentenceStarts };
  });
}
