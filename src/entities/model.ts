// The shipped tagger weights: sparse int16 weight rows keyed by 32-bit feature hashes, in one
// uncompressed binary file (models/ner.bin) whose sections are read as typed arrays in place —
// no parsing, no strings. Loaded once into ctx; see models/MODEL_CARD.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { N_TAGS, TYPES, type IntWeights, type Lookup, type Weights } from './04-tagger.js';
import { makeClusters, type Clusters } from './clusters.js';

/** The shipped weights; NEWSLENS_NER_MODEL names another file (experiments, retraining checks). */
export const MODEL_FILE = process.env.NEWSLENS_NER_MODEL || fileURLToPath(new URL('../../models/ner.bin', import.meta.url));
const MAGIC = 'NLNER005';
/** older layouts still read: 004 has no slot table (built at load), 003 also no clusters */
const OLD_MAGICS = ['NLNER004', 'NLNER003'];

export interface ModelInfo {
  types: readonly string[];
  nTags: number;
  /** free-form training facts written by the trainer (data, epochs, seed, scores) */
  meta: Record<string, unknown>;
}

/**
 * Sparse rows: feature hash keys[id] has entries rows[k] for k in rowStart[id] .. rowStart[id+1],
 * each (w << 8 | tag) with w an int16 weight in units of `scale`. Scores are compared, never
 * reported, so tagging sums the integer weights as they are.
 */
export interface SparseModel {
  info: ModelInfo;
  keys: Uint32Array;
  rowStart: Uint32Array;
  rows: Int32Array;
  scale: number;
  /** word clusters the word-level features use (clusters.ts); null: none */
  clusters: Clusters | null;
  /** the hash index over `keys` when the file carries it (built at load otherwise) */
  index?: HashIndex;
}
export const entryOf = (tag: number, w: number): number => (w << 8) | tag;

/** Open-addressing hash → id table over 32-bit keys (0 never occurs: `mix` avoids it); key and id share a cache line. */
export class HashIndex {
  /** (key, id) pairs, 2 × a power of two long; written into ner.bin so that loading builds nothing */
  readonly slots: Int32Array;
  private readonly mask: number;
  constructor(keys: ArrayLike<number>, slots?: Int32Array) {
    if (slots) { this.slots = slots; this.mask = slots.length / 2 - 1; return; }
    let cap = 16;
    while (cap < keys.length * 2) cap *= 2; // load ≤ 0.5: short probes
    this.slots = new Int32Array(2 * cap); this.mask = cap - 1;
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i] | 0;
      let s = key & this.mask;
      while (this.slots[2 * s] !== 0 && this.slots[2 * s] !== key) s = (s + 1) & this.mask;
      this.slots[2 * s] = key; this.slots[2 * s + 1] = i;
    }
  }
  get(h: number): number {
    const { slots, mask } = this, key = h | 0;
    for (let s = key & mask; ; s = (s + 1) & mask) {
      const k = slots[2 * s];
      if (k === key) return slots[2 * s + 1];
      if (k === 0) return -1;
    }
  }
}

export class SparseWeights implements Weights, IntWeights {
  readonly lookup: Lookup;
  constructor(readonly model: SparseModel) {
    const index = model.index ?? new HashIndex(model.keys);
    this.lookup = (h) => index.get(h);
  }
  addRow(id: number, out: Float64Array, at = 0): void {
    const { rowStart, rows } = this.model;
    for (let k = rowStart[id], e = rowStart[id + 1]; k < e; k++) { const x = rows[k]; out[at + (x & 0xff)] += x >> 8; }
  }
  addRowInt(id: number, out: Int32Array, at: number): void {
    const { rowStart, rows } = this.model;
    for (let k = rowStart[id], e = rowStart[id + 1]; k < e; k++) { const x = rows[k]; out[at + (x & 0xff)] += x >> 8; }
  }
}

/** Quantisation: weights are stored as int16 multiples of one scale (max |w| / QUANT_LEVELS). */
const QUANT_LEVELS = 32767;

export function quantise(w: Float64Array | Float32Array): { q: Int16Array; scale: number } {
  let max = 0;
  for (const x of w) max = Math.max(max, Math.abs(x));
  const scale = max / QUANT_LEVELS || 1, q = new Int16Array(w.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(w[k] / scale);
  return { q, scale };
}

const pad4 = (n: number) => (4 - (n % 4)) % 4;

/**
 * magic, u32 header length, JSON header (padded to 4), keys u32[n], rowStart u32[n+1], rows i32[m],
 * cluster keys u32[c], cluster codes u32[c], index slots i32[nSlots] — little-endian. The slot table
 * (HashIndex over keys) costs 2 MB of file but ~20 ms of every cold start to build.
 */
export function encodeModel(m: SparseModel): Buffer {
  const nClusterWords = m.clusters?.keys.length ?? 0;
  const slots = (m.index ?? new HashIndex(m.keys)).slots;
  let header = Buffer.from(JSON.stringify({ ...m.info, scale: m.scale, nFeatures: m.keys.length, nEntries: m.rows.length, nClusterWords, nSlots: slots.length }));
  header = Buffer.concat([header, Buffer.alloc(pad4(header.length), 0x20)]);
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const raw = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength);
  return Buffer.concat([Buffer.from(MAGIC), u32(header.length), header, raw(m.keys), raw(m.rowStart), raw(m.rows),
    ...(m.clusters ? [raw(m.clusters.keys), raw(m.clusters.codes)] : []), raw(slots)]);
}

export function decodeModel(bytes: Uint8Array): SparseModel {
  // typed-array views need 4-byte alignment: copy only when the file buffer is not aligned
  const buf = bytes.byteOffset % 4 === 0 ? bytes : Uint8Array.prototype.slice.call(bytes);
  const ab = buf.buffer, base = buf.byteOffset, dv = new DataView(ab, base, buf.byteLength);
  const magic = Buffer.from(ab, base, 8).toString('latin1');
  if (magic !== MAGIC && !OLD_MAGICS.includes(magic)) throw new Error('entities: not a newslens NER model (bad magic; retrain with npm run train:ner)');
  let at = 8;
  const hl = dv.getUint32(at, true); at += 4;
  const header = JSON.parse(Buffer.from(ab, base + at, hl).toString('utf8')) as ModelInfo & { scale: number; nFeatures: number; nEntries: number; nClusterWords?: number; nSlots?: number };
  at += hl;
  if (header.nTags !== N_TAGS || header.types.join() !== TYPES.join()) throw new Error('entities: model tag set differs from this version');
  const nF = header.nFeatures, nE = header.nEntries;
  const keys = new Uint32Array(ab, base + at, nF); at += 4 * nF;
  const rowStart = new Uint32Array(ab, base + at, nF + 1); at += 4 * (nF + 1);
  const rows = new Int32Array(ab, base + at, nE); at += 4 * nE;
  const nC = header.nClusterWords ?? 0;
  const clusters = nC ? makeClusters(new Uint32Array(ab, base + at, nC), new Uint32Array(ab, base + at + 4 * nC, nC)) : null;
  at += 8 * nC;
  const index = header.nSlots ? new HashIndex(keys, new Int32Array(ab, base + at, header.nSlots)) : undefined;
  return { info: { types: header.types, nTags: header.nTags, meta: header.meta }, keys, rowStart, rows, scale: header.scale, clusters, index };
}

export const loadModel = (file = MODEL_FILE): SparseModel => decodeModel(readFileSync(file));
