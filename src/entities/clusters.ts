// Distributional word clusters, learned at training time from the training texts (no outside data):
// each lower-cased word type seen often enough gets a context vector (positive PMI of its left and
// right neighbours among the most frequent words), randomly projected to a few dozen dimensions,
// and is clustered by spherical k-means at two granularities. Words that share contexts ("said",
// "told", "added"; "Monday", "Friday"; "minister", "president") share cluster ids, so a feature
// learned on one reaches the others. Shipped in models/ner.bin as (word hash, cluster codes) pairs:
// no word strings. The tagger sees the clusters as word-level features (03-features.ts), which are
// cached per word type, so they cost nothing per token at tagging time.
import { HashIndex } from './model.js';
import { seeded } from './seeded.js';

/** Word hash (mix(1, fnv(lower))) → codes: coarse cluster in the low 16 bits, fine cluster in the high 16. */
export interface Clusters {
  readonly keys: Uint32Array;
  readonly codes: Uint32Array;
  /** code of a word hash, or -1 */
  get(key: number): number;
}

export function makeClusters(keys: Uint32Array, codes: Uint32Array): Clusters {
  const index = new HashIndex(keys);
  return { keys, codes, get: (k) => { const i = index.get(k); return i < 0 ? -1 : codes[i]; } };
}

export interface ClusterOptions {
  /** word types seen fewer times are not clustered */
  minCount?: number;
  /** context words: the most frequent this many types */
  contexts?: number;
  dims?: number;
  coarse?: number;
  fine?: number;
  iterations?: number;
  seed?: number;
}


/**
 * Learns clusters from documents given as arrays of word hashes (clusterKey of the lower form; 0 = sentence break).
 */
export function learnClusters(docs: readonly Int32Array[], opts: ClusterOptions = {}): Clusters {
  const minCount = opts.minCount ?? 3, nCtx = opts.contexts ?? 800, D = opts.dims ?? 64;
  const K1 = opts.coarse ?? 64, K2 = opts.fine ?? 512, iters = opts.iterations ?? 12, rand = seeded(opts.seed ?? 1);
  const count = new Map<number, number>();
  for (const d of docs) for (const h of d) if (h !== 0) count.set(h, (count.get(h) ?? 0) + 1);
  // vocabulary in a deterministic order: by count, then hash
  const vocab = [...count].filter(([, c]) => c >= minCount).sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([h]) => h);
  const id = new Map<number, number>(vocab.map((h, i) => [h, i]));
  const ctx = new Map<number, number>(vocab.slice(0, nCtx).map((h, i) => [h, i]));
  const BD = nCtx; // sentence boundary context
  const C = nCtx + 1, V = vocab.length;
  // co-occurrence counts: left context in [0, C), right context in [C, 2C)
  const co = new Map<number, number>();
  const add = (w: number, c: number) => { const k = w * 2 * C + c; co.set(k, (co.get(k) ?? 0) + 1); };
  for (const d of docs) {
    for (let i = 0; i < d.length; i++) {
      const w = id.get(d[i]);
      if (w === undefined) continue;
      const l = i > 0 && d[i - 1] !== 0 ? ctx.get(d[i - 1]) : BD, r = i + 1 < d.length && d[i + 1] !== 0 ? ctx.get(d[i + 1]) : BD;
      if (l !== undefined) add(w, l);
      if (r !== undefined) add(w, C + r);
    }
  }
  const rowSum = new Float64Array(V), colSum = new Float64Array(2 * C);
  let total = 0;
  for (const [k, n] of co) { rowSum[Math.floor(k / (2 * C))] += n; colSum[k % (2 * C)] += n; total += n; }
  // random projection of PPMI vectors
  const P = new Float32Array(2 * C * D);
  for (let i = 0; i < P.length; i++) P[i] = rand() < 0.5 ? -1 : 1;
  const X = new Float32Array(V * D);
  const keys = [...co.keys()].sort((a, b) => a - b);
  for (const k of keys) {
    const w = Math.floor(k / (2 * C)), c = k % (2 * C), n = co.get(k)!;
    const pmi = Math.log((n * total) / (rowSum[w] * Math.pow(colSum[c], 0.75) * Math.pow(total, 0.25)));
    if (pmi <= 0) continue;
    for (let j = 0; j < D; j++) X[w * D + j] += pmi * P[c * D + j];
  }
  for (let w = 0; w < V; w++) {
    let s = 0;
    for (let j = 0; j < D; j++) s += X[w * D + j] ** 2;
    s = Math.sqrt(s) || 1;
    for (let j = 0; j < D; j++) X[w * D + j] /= s;
  }
  const coarse = kmeans(X, V, D, Math.min(K1, V), iters), fine = kmeans(X, V, D, Math.min(K2, V), iters);
  const outKeys = new Uint32Array(V), codes = new Uint32Array(V);
  for (let w = 0; w < V; w++) { outKeys[w] = vocab[w] >>> 0; codes[w] = (coarse[w] | (fine[w] << 16)) >>> 0; }
  return makeClusters(outKeys, codes);
}

/** Spherical k-means, centroids started at the K most frequent words (deterministic). */
function kmeans(X: Float32Array, V: number, D: number, K: number, iters: number): Uint16Array {
  const cent = new Float32Array(K * D), assign = new Uint16Array(V);
  // seed with evenly spaced words in frequency order (spreads the seeds over frequent and rarer words)
  for (let k = 0; k < K; k++) { const w = Math.floor((k * V) / K); cent.set(X.subarray(w * D, w * D + D), k * D); }
  for (let it = 0; it < iters; it++) {
    let moved = 0;
    for (let w = 0; w < V; w++) {
      let best = 0, bs = -Infinity;
      const o = w * D;
      for (let k = 0; k < K; k++) {
        let s = 0;
        const c = k * D;
        for (let j = 0; j < D; j++) s += X[o + j] * cent[c + j];
        if (s > bs) { bs = s; best = k; }
      }
      if (assign[w] !== best || it === 0) { moved++; assign[w] = best; }
    }
    cent.fill(0);
    for (let w = 0; w < V; w++) { const c = assign[w] * D, o = w * D; for (let j = 0; j < D; j++) cent[c + j] += X[o + j]; }
    for (let k = 0; k < K; k++) {
      let s = 0;
      for (let j = 0; j < D; j++) s += cent[k * D + j] ** 2;
      s = Math.sqrt(s) || 1;
      for (let j = 0; j < D; j++) cent[k * D + j] /= s;
    }
    if (!moved) break;
  }
  return assign;
}
