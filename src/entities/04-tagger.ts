// The sequence model: BILOU tags over the tokens of each sentence, decoded greedily left to right
// with only legal transitions. A token's score for each tag is the sum of the weight rows of its
// features: the cached word-level ones, the token-level ones, and the tag-dependent ones (previous
// tags, and the type this word was last given earlier in the document). Features are 32-bit hashes
// (03-features.ts); `Lookup` maps a hash to a weight row.
import { isCap, type TokenView } from './01-view.js';
import { OFFSETS, T, boundaryInfo, fnv, mix, tokenFeatures, type DocFacts, type WordInfo } from './03-features.js';

export const TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'FAC', 'PRODUCT', 'MISC', 'DATE', 'MONEY'] as const;
export type TagType = (typeof TYPES)[number];
/** 0 = O; then B I L U for each type: tag = 1 + 4 * type + pos. */
export const N_TAGS = 1 + 4 * TYPES.length;
export const POS = { B: 0, I: 1, L: 2, U: 3 } as const;
export const tagOf = (type: number, pos: number): number => 1 + 4 * type + pos;
export const typeOfTag = (tag: number): number => (tag - 1) >> 2;
export const posOfTag = (tag: number): number => (tag - 1) & 3;
export const tagName = (tag: number): string => (tag === 0 ? 'O' : `${'BILU'[posOfTag(tag)]}-${TYPES[typeOfTag(tag)]}`);

/** Feature hash → weight row, or -1 when the model does not know it. */
export type Lookup = (h: number) => number;

/** Weight rows: adds row `id` into `out` from index `at` (one score per tag). */
export interface Weights { addRow(id: number, out: Float64Array, at?: number): void }
/** Integer weight rows (the shipped, quantised model): tagging sums them in int32 arithmetic. */
export interface IntWeights { addRowInt(id: number, out: Int32Array, at: number): void }

/**
 * True when tag may follow prev; `last` = the token ends its sentence. O may follow an open name
 * (B- or I-) and closes it at the previous token: strict BILOU made greedy decoding carry a name it
 * had opened through whatever followed ("on May 3, Tarrant, who" as one name), and training never
 * taught O to beat I- inside names. Chunks read such a B- as U- and such an I- as L- (chunksOf).
 */
export function legal(prev: number, tag: number, last: boolean): boolean {
  const open = prev !== 0 && posOfTag(prev) <= POS.I;
  if (open) {
    if (tag === 0) return true;
    if (typeOfTag(tag) !== typeOfTag(prev)) return false;
    const p = posOfTag(tag);
    return p === POS.L || (p === POS.I && !last);
  }
  if (tag === 0) return true;
  const p = posOfTag(tag);
  return p === POS.U || (p === POS.B && !last);
}
/** legal(prev, tag, last) as a table: [last * N_TAGS * N_TAGS + prev * N_TAGS + tag]. Filled by
 *  plain loops: Uint8Array.from over an array-like took ~3 ms of every CLI start. */
const LEGAL = new Uint8Array(2 * N_TAGS * N_TAGS);
for (let last = 0, x = 0; last < 2; last++)
  for (let prev = 0; prev < N_TAGS; prev++)
    for (let tag = 0; tag < N_TAGS; tag++, x++) LEGAL[x] = legal(prev, tag, last === 1) ? 1 : 0;

/** Static feature rows of every token: ids[off[i] .. off[i+1]). */
export interface DocFeatures { off: Uint32Array; ids: Int32Array }

/**
 * Word-level feature rows per word type (all offsets, -1 dropped), shared across documents; with
 * weights, also the summed weights of each offset's rows (so tagging adds one vector per offset).
 * They are kept on the word's WordInfo (no second lookup by string); the WordInfo cache bounds them.
 */
interface WordRows { rows: Int32Array; off: Uint8Array; sums: Int32Array | null }
export class WordCache {
  private readonly boundary: WordRows;
  constructor(private readonly lookup: Lookup, private readonly weights: IntWeights | null = null) {
    this.boundary = this.rowsOf(boundaryInfo());
  }
  private rowsOf(info: WordInfo): WordRows {
    const rows: number[] = [], off = new Uint8Array(OFFSETS.length + 1);
    for (let k = 0; k < OFFSETS.length; k++) {
      off[k] = rows.length;
      for (let x = info.off[k]; x < info.off[k + 1]; x++) { const r = this.lookup(info.hashes[x]); if (r >= 0) rows.push(r); }
    }
    off[OFFSETS.length] = rows.length;
    let sums: Int32Array | null = null;
    if (this.weights) {
      sums = new Int32Array(OFFSETS.length * N_TAGS);
      for (let k = 0; k < OFFSETS.length; k++) for (let x = off[k]; x < off[k + 1]; x++) this.weights.addRowInt(rows[x], sums, k * N_TAGS);
    }
    return { rows: Int32Array.from(rows), off, sums };
  }
  get(info: WordInfo): WordRows {
    if (info.rowsOwner === this) return info.rows as WordRows;
    const e = this.rowsOf(info);
    info.rowsOwner = this; info.rows = e;
    return e;
  }
  get boundaryRows(): WordRows { return this.boundary; }
}

/** Static feature rows of each token (training: the perceptron updates these). */
export function featurize(v: TokenView, facts: DocFacts, lookup: Lookup, cache: WordCache): DocFeatures {
  const off = new Uint32Array(v.n + 1);
  let ids = new Int32Array(Math.max(64, v.n * 40)), len = 0;
  const tmp: number[] = [];
  const ensure = (extra: number) => {
    if (len + extra <= ids.length) return;
    const b = new Int32Array(Math.max(ids.length * 2, len + extra)); b.set(ids); ids = b;
  };
  const word = facts.info.map((x) => cache.get(x)), bd = cache.boundaryRows;
  for (let i = 0; i < v.n; i++) {
    off[i] = len;
    const s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s];
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      const e = j >= s0 && j < s1 ? word[j] : bd, a = e.off[k], b = e.off[k + 1];
      ensure(b - a);
      for (let r = a; r < b; r++) ids[len++] = e.rows[r];
    }
    tmp.length = 0;
    tokenFeatures(v, facts, i, tmp);
    ensure(tmp.length);
    for (let x = 0; x < tmp.length; x++) { const r = lookup(tmp[x]); if (r >= 0) ids[len++] = r; }
  }
  off[v.n] = len;
  return { off, ids: ids.subarray(0, len) };
}

if (OFFSETS.length !== 5 || OFFSETS[0] !== -2) throw new Error('04-tagger: staticScores assumes the offsets -2..2');

/** Static scores of each token (tagging): [i * N_TAGS + tag], from the cached per-word sums and the token-level rows. */
export function staticScores(v: TokenView, facts: DocFacts, lookup: Lookup, cache: WordCache, w: IntWeights): Int32Array {
  const out = new Int32Array(v.n * N_TAGS), tmp: number[] = [];
  const word = facts.info.map((x) => cache.get(x)), bd = cache.boundaryRows;
  const N = N_TAGS;
  for (let i = 0; i < v.n; i++) {
    const s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s], at = i * N;
    // the five offsets' word sums in one pass (one store per tag; OFFSETS is -2..2)
    const m2 = (i - 2 >= s0 ? word[i - 2] : bd).sums!, m1 = (i - 1 >= s0 ? word[i - 1] : bd).sums!, z = word[i].sums!;
    const p1 = (i + 1 < s1 ? word[i + 1] : bd).sums!, p2 = (i + 2 < s1 ? word[i + 2] : bd).sums!;
    for (let t = 0; t < N; t++) out[at + t] = m2[t] + m1[N + t] + z[2 * N + t] + p1[3 * N + t] + p2[4 * N + t];
    tmp.length = 0;
    tokenFeatures(v, facts, i, tmp);
    for (let x = 0; x < tmp.length; x++) { const r = lookup(tmp[x]); if (r >= 0) w.addRowInt(r, out, at); }
  }
  return out;
}

/** Adds token i's static scores into out. */
export type StaticScorer = (i: number, out: Float64Array) => void;
export const fromScores = (scores: Int32Array): StaticScorer => (i, out) => {
  for (let t = 0, b = i * N_TAGS; t < N_TAGS; t++) out[t] = scores[b + t];
};
export const fromFeatures = (f: DocFeatures, w: Weights): StaticScorer => (i, out) => {
  out.fill(0);
  for (let k = f.off[i], e = f.off[i + 1]; k < e; k++) w.addRow(f.ids[k], out);
};

/** Rows of the tag-dependent features, resolved once per model. */
export class DynamicIds {
  readonly t1: Int32Array;
  readonly t2t1: Int32Array;
  readonly hist: Int32Array;
  readonly share: Int32Array;
  /** previous tag × short shape rows, per short shape (a few hundred shapes: small) */
  private readonly t1Shape = new Map<number, Int32Array>();
  constructor(private readonly lookup: Lookup) {
    this.t1 = Int32Array.from({ length: N_TAGS }, (_, t) => lookup(mix(T.T1, t)));
    this.t2t1 = Int32Array.from({ length: N_TAGS * N_TAGS }, (_, x) => lookup(mix(T.T2, x)));
    this.hist = Int32Array.from({ length: TYPES.length + 1 }, (_, t) => lookup(mix(T.HIST, t)));
    this.share = Int32Array.from({ length: TYPES.length * SHARE_LEVELS }, (_, x) => lookup(mix(T.HIST_SHARE, x)));
  }
  /**
   * The dynamic feature rows for a token, into out; returns how many. `counts`: how often each type
   * was given to this word earlier in the document (extended prediction history, Ratinov & Roth 2009).
   */
  of(prev: number, prev2: number, hist: number, hss: number, out: Int32Array, counts: Uint16Array | null = null): number {
    let n = 0, x = this.t1[prev];
    if (x >= 0) out[n++] = x;
    x = this.t2t1[prev2 * N_TAGS + prev];
    if (x >= 0) out[n++] = x;
    let byPrev = this.t1Shape.get(hss);
    if (!byPrev) {
      if (this.t1Shape.size >= 10_000) this.t1Shape.clear(); // odd tokens make odd shapes: stay bounded
      this.t1Shape.set(hss, (byPrev = Int32Array.from({ length: N_TAGS }, (_, t) => this.lookup(mix(mix(T.T1_SHAPE, t), hss)))));
    }
    x = byPrev[prev];
    if (x >= 0) out[n++] = x;
    if (hist >= 0) { x = this.hist[hist]; if (x >= 0) out[n++] = x; }
    if (counts) {
      let total = 0;
      for (let t = 0; t < TYPES.length; t++) total += counts[t];
      for (let t = 0; t < TYPES.length; t++) {
        if (!counts[t]) continue;
        x = this.share[t * SHARE_LEVELS + shareLevel(counts[t], total)];
        if (x >= 0) out[n++] = x;
      }
    }
    return n;
  }
}

/** Shares of a word's earlier types as levels: some (< 1/2), most (≥ 1/2), all. */
const SHARE_LEVELS = 3;
const shareLevel = (c: number, total: number): number => (c === total ? 2 : 2 * c >= total ? 1 : 0);

/** Every dynamic feature hash, so a trainer can register them before training. */
export function dynamicFeatureHashes(shortShapeHashes: Iterable<number>): number[] {
  const out: number[] = [];
  for (let t = 0; t < N_TAGS; t++) out.push(mix(T.T1, t));
  for (let x = 0; x < N_TAGS * N_TAGS; x++) out.push(mix(T.T2, x));
  for (let t = 0; t <= TYPES.length; t++) out.push(mix(T.HIST, t));
  for (let x = 0; x < TYPES.length * SHARE_LEVELS; x++) out.push(mix(T.HIST_SHARE, x));
  for (const s of shortShapeHashes) for (let t = 0; t < N_TAGS; t++) out.push(mix(mix(T.T1_SHAPE, t), s));
  return out;
}

/** History key for "this word was tagged earlier in the document": capitalised words only (-1: none); 30 bits keep it a small integer. */
const histKeys = (v: TokenView): Int32Array => Int32Array.from(v.words, (w, i) => (isCap(v, i) ? fnv(w) & 0x3fffffff : -1));

/**
 * Greedy decode of one document. `step` (training) sees each token's features and the best legal
 * tag, and returns the tag to keep as history; without it the best tag is kept.
 */
export function decode(
  v: TokenView, facts: DocFacts, statics: StaticScorer, dyn: DynamicIds, w: Weights,
  step?: (i: number, nDyn: Int32Array, dynLen: number, pred: number) => number,
): Uint8Array {
  const tags = new Uint8Array(v.n), scores = new Float64Array(N_TAGS), dynIds = new Int32Array(8 + TYPES.length);
  const hist = new Map<number, number>(), keys = histKeys(v), info = facts.info, counts = new Map<number, Uint16Array>();
  const NONE = TYPES.length;
  for (let s = 0; s < v.sentStart.length; s++) {
    let prev = 0, prev2 = 0;
    const s0 = v.sentStart[s], s1 = v.sentEnd[s];
    for (let i = s0; i < s1; i++) {
      statics(i, scores);
      const hk = keys[i];
      const h = hk < 0 ? -1 : hist.get(hk) ?? NONE;
      const nd = dyn.of(prev, prev2, h, info[i].hss, dynIds, hk < 0 ? null : counts.get(hk) ?? null);
      for (let k = 0; k < nd; k++) w.addRow(dynIds[k], scores);
      const base = (i === s1 - 1 ? N_TAGS * N_TAGS : 0) + prev * N_TAGS;
      let best = 0, bestScore = -Infinity;
      for (let t = 0; t < N_TAGS; t++) if (scores[t] > bestScore && LEGAL[base + t]) { best = t; bestScore = scores[t]; }
      const kept = step ? step(i, dynIds, nd, best) : best;
      tags[i] = kept;
      const closes = kept !== 0 && posOfTag(kept) >= POS.L, closedByO = kept === 0 && prev !== 0 && posOfTag(prev) <= POS.I;
      if (closes || closedByO) {
        const type = typeOfTag(closes ? kept : prev), end = closes ? i : i - 1;
        for (let j = end; j >= s0; j--) {
          if (keys[j] >= 0) {
            hist.set(keys[j], type);
            let c = counts.get(keys[j]);
            if (!c) counts.set(keys[j], (c = new Uint16Array(TYPES.length)));
            if (c[type] < 0xffff) c[type]++;
          }
          if (j < end && (posOfTag(tags[j]) === POS.B || posOfTag(tags[j]) === POS.U)) break;
          if (j === end && posOfTag(tags[j]) === POS.U) break;
          if (j === end && posOfTag(tags[j]) === POS.B) break; // a one-word name closed by O
        }
      }
      prev2 = prev; prev = kept;
    }
  }
  return tags;
}

/** BILOU tags → chunks [startTok, endTok) with their type index. */
export function chunksOf(tags: Uint8Array): { start: number; end: number; type: number }[] {
  const out: { start: number; end: number; type: number }[] = [];
  let open = -1;
  for (let i = 0; i < tags.length; i++) {
    const t = tags[i];
    if (t === 0) {
      if (open >= 0) out.push({ start: open, end: i, type: typeOfTag(tags[open]) }); // closed by O (see legal)
      open = -1;
      continue;
    }
    const p = posOfTag(t);
    if (p === POS.U) { out.push({ start: i, end: i + 1, type: typeOfTag(t) }); open = -1; }
    else if (p === POS.B) open = i;
    else if (p === POS.L && open >= 0) { out.push({ start: open, end: i + 1, type: typeOfTag(t) }); open = -1; }
  }
  return out;
}

