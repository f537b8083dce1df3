// The PARC tagger: a linear model (averaged perceptron, trained on PolNeAR by tools/train-parc.ts)
// labels each token of a paragraph as cue, content or source of an attribution, left to right with its
// own earlier labels as history. Its spans are turned into attributions: a content run, the cue
// nearest to it in its sentence, and the source nearest to that cue.
import type { Span } from '../doc.js';
import {
  B_CON, B_CUE, B_SRC, I_CON, I_CUE, I_SRC, N_LABELS, O, begins, dynamicFeatures, roleOf, seenAfter, wordPairHash, type ParcToken,
} from './parc-features.js';

/** Feature hashes are folded to this many bits: ~1M slots, few collisions for PolNeAR's features. */
export const HASH_BITS = 20;
const MASK = (1 << HASH_BITS) - 1;

/** Scores of the labels for a feature slot: the trained model, or the weights in training. */
export interface LabelWeights { addRow(slot: number, out: Float64Array): void }

/** A trained model: the slots that kept a weight, each with one row of N_LABELS weights. */
export class ParcModel implements LabelWeights {
  constructor(private readonly index: Int32Array, private readonly rows: Float32Array) {}
  addRow(slot: number, out: Float64Array): void {
    const r = this.index[slot];
    if (r < 0) return;
    for (let l = 0; l < N_LABELS; l++) out[l] += this.rows[r * N_LABELS + l];
  }
}

export const slotOf = (hash: number): number => hash & MASK;

/** The label after `prev` may not continue a span of another role: an I- without its B- becomes a B-. */
export function legalize(prev: number, label: number): number {
  if (label === I_CUE && prev !== B_CUE && prev !== I_CUE) return B_CUE;
  if (label === I_CON && prev !== B_CON && prev !== I_CON) return B_CON;
  if (label === I_SRC && prev !== B_SRC && prev !== I_SRC) return B_SRC;
  return label;
}

/** Greedy left-to-right labels for one paragraph; `onToken` (training) sees each token's features and choice. */
export function decode(
  tokens: readonly ParcToken[], feats: readonly number[][], sentenceStarts: ReadonlySet<number>, w: LabelWeights,
  onToken?: (i: number, slots: number[], predicted: number, prev: number) => number, margins?: number[],
): number[] {
  const labels: number[] = [], scores = new Float64Array(N_LABELS);
  let prev = O, prev2 = O, seen = 0;
  for (let i = 0; i < tokens.length; i++) {
    if (sentenceStarts.has(tokens[i].start)) seen = 0;
    const dynamic = dynamicFeatures(prev, prev2, seen, wordPairHash(tokens[i].lower));
    scores.fill(0);
    for (const h of feats[i]) w.addRow(slotOf(h), scores);
    for (const h of dynamic) w.addRow(slotOf(h), scores);
    const slots = onToken ? [...feats[i], ...dynamic].map(slotOf) : [];
    let best = 0;
    for (let l = 1; l < N_LABELS; l++) if (scores[l] > scores[best]) best = l;
    if (margins) { let second = -Infinity; for (let l = 0; l < N_LABELS; l++) if (l !== best && scores[l] > second) second = scores[l]; margins.push(scores[best] - second); }
    // training learns from each choice and lets its own choice stand as the history, as when tagging
    const label = legalize(prev, onToken ? onToken(i, slots, legalize(prev, best), prev) : best);
    labels.push(label);
    prev2 = prev; prev = label; seen = seenAfter(seen, label);
  }
  return labels;
}

export interface TaggedAttribution { content: Span; cue: Span | null; source: Span | null }

interface Run { role: number; from: number; to: number }

/** The attributions of one labelled paragraph. Content runs split only by a cue, a source or
 *  punctuation (`"…," she said, "…"`) are one content. */
export function attributionsOf(
  text: string, tokens: readonly ParcToken[], labels: readonly number[], sentenceStarts: ReadonlySet<number>, quoted: readonly Span[],
): TaggedAttribution[] {
  const inQuote = (at: number): boolean => quoted.some((q) => q.start < at && at < q.end);
  const runs: Run[] = [];
  labels.forEach((l, i) => {
    const role = roleOf(l), last = runs[runs.length - 1];
    // a content outside quotation marks ends with its sentence; a quotation may run on
    const cut = role === 2 && sentenceStarts.has(tokens[i].start) && !inQuote(tokens[i].start);
    if (last && last.role === role && !begins(l) && role !== 0 && !cut) last.to = i;
    else if (last && last.role === 0 && role === 0) last.to = i;
    else runs.push({ role, from: i, to: i });
  });
  const sentenceOf = sentenceIndex(tokens, sentenceStarts);
  const span = (r: Run): Span => ({ start: tokens[r.from].start, end: tokens[r.to].end });
  const isPunct = (r: Run): boolean => r.role === 0 && tokens.slice(r.from, r.to + 1).every((t) => !/[\p{L}\p{N}]/u.test(t.lower));
  const out: TaggedAttribution[] = [];
  for (let k = 0; k < runs.length; k++) {
    if (runs[k].role !== 2) continue;
    let last = k, j = k + 1;
    // join the next content run when only one cue, sources and punctuation come between
    while (j < runs.length) {
      let m = j, cues = 0;
      while (m < runs.length && runs[m].role !== 2 && (runs[m].role === 3 || (runs[m].role === 1 && cues++ === 0) || isPunct(runs[m]))) m++;
      // across a sentence end only a quotation runs on (`“…,” she said. “…”`)
      const crosses = tokens.slice(runs[j].from, runs[m]?.from + 1).some((t) => sentenceStarts.has(t.start));
      if (m < runs.length && runs[m].role === 2 && m > j && (!crosses || inQuote(tokens[runs[m].from].start + 1))) { last = m; j = m + 1; } else break;
    }
    const content: Span = { start: span(runs[k]).start, end: span(runs[last]).end };
    const cue = nearest(runs, k, last, 1, sentenceOf);
    const source = cue ? nearest(runs, cue.index, cue.index, 3, sentenceOf) : null;
    out.push({ content: trimEnd(text, content), cue: cue ? span(runs[cue.index]) : null, source: source ? span(runs[source.index]) : null });
    k = last;
  }
  return out;
}

/** A cue or source further than this many label runs from its content is not looked for (a
 *  sentence of thousands of words would make the search quadratic). */
const MAX_RUNS_AWAY = 40;

/** The run of `role` closest to runs[from..to] within the same sentence, or null. */
function nearest(runs: readonly Run[], from: number, to: number, role: number, sentenceOf: (i: number) => number): { index: number } | null {
  const sFrom = sentenceOf(runs[from].from), sTo = sentenceOf(runs[to].to);
  // a quotation joined across its cue holds the cue and source between its stretches
  for (let k = from + 1; k < to && k <= from + MAX_RUNS_AWAY; k++) if (runs[k].role === role) return { index: k };
  for (let d = 1; d <= MAX_RUNS_AWAY; d++) {
    const b = from - d, a = to + d;
    const back = b >= 0 && sentenceOf(runs[b].to) >= sFrom, ahead = a < runs.length && sentenceOf(runs[a].from) <= sTo;
    if (back && runs[b].role === role) return { index: b };
    if (ahead && runs[a].role === role) return { index: a };
    if (!back && !ahead) break;
  }
  return null;
}

function sentenceIndex(tokens: readonly ParcToken[], starts: ReadonlySet<number>): (i: number) => number {
  const idx: number[] = [];
  let s = 0;
  tokens.forEach((t, i) => { if (i && starts.has(t.start)) s++; idx.push(s); });
  return (i) => idx[i];
}

/** No trailing space in a span. */
function trimEnd(text: string, s: Span): Span {
  let end = s.end;
  while (end > s.start && /\s/.test(text[end - 1])) end--;
  return { start: s.start, end };
}
