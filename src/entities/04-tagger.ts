// The sequence model: BILOU tags over the tokens of each sentence, decoded greedily left to right
// with only legal transitions. A token's score for each tag is the sum of the weight rows of its
// features: the cached word-level ones, the token-level ones, and the tag-dependent ones (previous
// tags, and the type this word was last given earlier in the document).
import type { TokenView } from './01-view.js';
import { OFFSETS, shortShapeOf, tokenFeatures, wordFeatures, type DocFacts } from './03-features.js';

export const TYPES = ['PERSON', 'ORG', 'LOC', 'NORP', 'FAC', 'PRODUCT', 'MISC', 'DATE', 'MONEY'] as const;
export type TagType = (typeof TYPES)[number];
/** 0 = O; then B I L U for each type: tag = 1 + 4 * type + pos. */
export const N_TAGS = 1 + 4 * TYPES.length;
export const POS = { B: 0, I: 1, L: 2, U: 3 } as const;
export const tagOf = (type: number, pos: number): number => 1 + 4 * type + pos;
export const typeOfTag = (tag: number): number => (tag - 1) >> 2;
export const posOfTag = (tag: number): number => (tag - 1) & 3;
export const tagName = (tag: number): string => (tag === 0 ? 'O' : `${'BILU'[posOfTag(tag)]}-${TYPES[typeOfTag(tag)]}`);
const BOUNDARY = '<s>';

/** Feature string → id, or -1 when the model does not know it. */
export type Lookup = (f: string) => number;

/** Weight rows: adds row `id` into `out` (one score per tag). */
export interface Weights { addRow(id: number, out: Float64Array): void }

/** True when tag may follow prev; `last` = the token ends its sentence. */
export function legal(prev: number, tag: number, last: boolean): boolean {
  const open = prev !== 0 && posOfTag(prev) <= POS.I;
  if (open) {
    if (tag === 0 || typeOfTag(tag) !== typeOfTag(prev)) return false;
    const p = posOfTag(tag);
    return p === POS.L || (p === POS.I && !last);
  }
  if (tag === 0) return true;
  const p = posOfTag(tag);
  return p === POS.U || (p === POS.B && !last);
}

/** Static feature ids of every token: ids[off[i] .. off[i+1]). */
export interface DocFeatures { off: Uint32Array; ids: Int32Array }

/** Word-level feature ids per word type and offset, shared across documents. */
export class WordCache {
  private readonly map = new Map<string, Int32Array[]>();
  constructor(private readonly lookup: Lookup, private readonly max = 400_000) {}
  get(w: string): Int32Array[] {
    let e = this.map.get(w);
    if (!e) {
      if (this.map.size >= this.max) this.map.clear(); // bounded: a long batch run cannot grow it forever
      e = OFFSETS.map((k) => Int32Array.from(wordFeatures(w, k).map(this.lookup).filter((x) => x >= 0)));
      this.map.set(w, e);
    }
    return e;
  }
}

export function featurize(v: TokenView, facts: DocFacts, gz: readonly string[], lookup: Lookup, cache: WordCache): DocFeatures {
  const off = new Uint32Array(v.n + 1);
  let ids = new Int32Array(Math.max(16, v.n * 48)), len = 0;
  const tmp: string[] = [];
  const push = (x: number) => {
    if (x < 0) return;
    if (len === ids.length) { const b = new Int32Array(len * 2); b.set(ids); ids = b; }
    ids[len++] = x;
  };
  for (let i = 0; i < v.n; i++) {
    off[i] = len;
    const s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s];
    for (let k = 0; k < OFFSETS.length; k++) {
      const j = i + OFFSETS[k];
      const row = cache.get(j >= s0 && j < s1 ? v.words[j] : BOUNDARY)[k];
      for (let r = 0; r < row.length; r++) push(row[r]);
    }
    tmp.length = 0;
    tokenFeatures(v, facts, gz, i, tmp);
    for (const f of tmp) push(lookup(f));
  }
  off[v.n] = len;
  return { off, ids: ids.subarray(0, len) };
}

/** Ids of the tag-dependent features, resolved once per model. */
export class DynamicIds {
  readonly t1: Int32Array;
  readonly t2t1: Int32Array;
  readonly hist: Int32Array;
  private readonly t1ss = new Map<string, number>();
  constructor(private readonly lookup: Lookup) {
    this.t1 = Int32Array.from({ length: N_TAGS }, (_, t) => lookup(`t1=${t}`));
    this.t2t1 = Int32Array.from({ length: N_TAGS * N_TAGS }, (_, x) => lookup(`t2=${Math.floor(x / N_TAGS)}|${x % N_TAGS}`));
    this.hist = Int32Array.from({ length: TYPES.length + 1 }, (_, t) => lookup(`h=${t}`));
  }
  /** feature "previous tag | short shape of this word" */
  t1Shape(prev: number, short: string): number {
    const k = `t1ss=${prev}|${short}`;
    let id = this.t1ss.get(k);
    if (id === undefined) { id = this.lookup(k); this.t1ss.set(k, id); }
    return id;
  }
  /** the dynamic feature ids for token i, into out; returns how many */
  of(prev: number, prev2: number, hist: number, short: string, out: Int32Array): number {
    let n = 0;
    const put = (x: number) => { if (x >= 0) out[n++] = x; };
    put(this.t1[prev]); put(this.t2t1[prev2 * N_TAGS + prev]); put(this.t1Shape(prev, short));
    if (hist >= 0) put(this.hist[hist]);
    return n;
  }
}

/** Every dynamic feature string, so a trainer can register them before training. */
export function dynamicFeatureStrings(shortShapes: Iterable<string>): string[] {
  const out: string[] = [];
  for (let t = 0; t < N_TAGS; t++) out.push(`t1=${t}`);
  for (let a = 0; a < N_TAGS; a++) for (let b = 0; b < N_TAGS; b++) out.push(`t2=${a}|${b}`);
  for (let t = 0; t <= TYPES.length; t++) out.push(`h=${t}`);
  for (const s of shortShapes) for (let t = 0; t < N_TAGS; t++) out.push(`t1ss=${t}|${s}`);
  return out;
}

/** History key for "this word was tagged earlier in the document": capitalised words only. */
export const histKey = (v: TokenView, i: number): string | null => (/^\p{Lu}/u.test(v.words[i]) ? v.words[i] : null);

/**
 * Greedy decode of one document. `step` (training) sees each token's features and the best legal
 * tag, and returns the tag to keep as history; without it the best tag is kept.
 */
export function decode(
  v: TokenView, facts: DocFacts, feats: DocFeatures, dyn: DynamicIds, w: Weights,
  step?: (i: number, ids: ArrayLike<number>, nDyn: Int32Array, dynLen: number, pred: number, prev: number) => number,
): Uint8Array {
  const tags = new Uint8Array(v.n), scores = new Float64Array(N_TAGS), dynIds = new Int32Array(8);
  const hist = new Map<string, number>();
  for (let s = 0; s < v.sentStart.length; s++) {
    let prev = 0, prev2 = 0;
    const s0 = v.sentStart[s], s1 = v.sentEnd[s];
    for (let i = s0; i < s1; i++) {
      scores.fill(0);
      for (let k = feats.off[i]; k < feats.off[i + 1]; k++) w.addRow(feats.ids[k], scores);
      const hk = histKey(v, i);
      const h = hk === null ? -1 : hist.get(hk) ?? TYPES.length;
      const nd = dyn.of(prev, prev2, h, facts.short[i], dynIds);
      for (let k = 0; k < nd; k++) w.addRow(dynIds[k], scores);
      const last = i === s1 - 1;
      let best = -1, bestScore = -Infinity;
      for (let t = 0; t < N_TAGS; t++) if (scores[t] > bestScore && legal(prev, t, last)) { best = t; bestScore = scores[t]; }
      const kept = step ? step(i, feats.ids.subarray(feats.off[i], feats.off[i + 1]), dynIds, nd, best, prev) : best;
      tags[i] = kept;
      if (kept !== 0 && posOfTag(kept) >= POS.L) {
        const type = typeOfTag(kept);
        for (let j = i; j >= s0; j--) {
          const k = histKey(v, j);
          if (k !== null) hist.set(k, type);
          if (j < i && (posOfTag(tags[j]) === POS.B || posOfTag(tags[j]) === POS.U)) break;
          if (j === i && posOfTag(kept) === POS.U) break;
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
    if (t === 0) { open = -1; continue; }
    const p = posOfTag(t);
    if (p === POS.U) { out.push({ start: i, end: i + 1, type: typeOfTag(t) }); open = -1; }
    else if (p === POS.B) open = i;
    else if (p === POS.L && open >= 0) { out.push({ start: open, end: i + 1, type: typeOfTag(t) }); open = -1; }
  }
  return out;
}

export { shortShapeOf };
