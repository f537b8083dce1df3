// The shipped tagger weights: a sparse, quantised weight table over a feature dictionary, in one
// binary file (models/ner.bin, gzip'd). Loaded once into ctx; see models/MODEL_CARD.md.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { N_TAGS, TYPES, type Lookup, type Weights } from './04-tagger.js';

export const MODEL_FILE = fileURLToPath(new URL('../../models/ner.bin', import.meta.url));
const MAGIC = 'NLNER001';

export interface ModelInfo {
  types: readonly string[];
  nTags: number;
  /** free-form training facts written by the trainer (data, epochs, seed, scores) */
  meta: Record<string, unknown>;
}

/** Sparse rows: features[id]'s weights are (rowTag[k], rowW[k]) for k in rowStart[id] .. rowStart[id+1]. */
export interface SparseModel {
  info: ModelInfo;
  features: readonly string[];
  rowStart: Uint32Array;
  rowTag: Uint8Array;
  rowW: Float32Array;
}

export class SparseWeights implements Weights {
  readonly lookup: Lookup;
  private readonly index: Map<string, number>;
  constructor(readonly model: SparseModel) {
    this.index = new Map(model.features.map((f, i) => [f, i]));
    this.lookup = (f) => this.index.get(f) ?? -1;
  }
  addRow(id: number, out: Float64Array): void {
    const { rowStart, rowTag, rowW } = this.model;
    for (let k = rowStart[id], e = rowStart[id + 1]; k < e; k++) out[rowTag[k]] += rowW[k];
  }
}

/** Quantisation: weights are stored as int16 multiples of one scale (max |w| / QUANT_LEVELS). */
const QUANT_LEVELS = 32767;

export function encodeModel(m: SparseModel): Buffer {
  let max = 0;
  for (const x of m.rowW) max = Math.max(max, Math.abs(x));
  const scale = max / QUANT_LEVELS || 1;
  const header = Buffer.from(JSON.stringify({ ...m.info, scale, nFeatures: m.features.length, nEntries: m.rowW.length }));
  const feats = Buffer.from(m.features.join('\n'));
  const q = new Int16Array(m.rowW.length);
  for (let k = 0; k < q.length; k++) q[k] = Math.round(m.rowW[k] / scale);
  const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
  const parts = [Buffer.from(MAGIC), u32(header.length), header, u32(feats.length), feats,
    Buffer.from(m.rowStart.buffer, m.rowStart.byteOffset, m.rowStart.byteLength),
    Buffer.from(m.rowTag.buffer, m.rowTag.byteOffset, m.rowTag.byteLength),
    Buffer.from(q.buffer, q.byteOffset, q.byteLength)];
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

export function decodeModel(gz: Uint8Array): SparseModel {
  const buf = gunzipSync(gz);
  if (buf.toString('latin1', 0, 8) !== MAGIC) throw new Error('entities: not a newslens NER model (bad magic)');
  let at = 8;
  const hl = buf.readUInt32LE(at); at += 4;
  const header = JSON.parse(buf.toString('utf8', at, at + hl)) as ModelInfo & { scale: number; nFeatures: number; nEntries: number };
  at += hl;
  const fl = buf.readUInt32LE(at); at += 4;
  const features = buf.toString('utf8', at, at + fl).split('\n');
  at += fl;
  const copy = (bytes: number) => { const b = new Uint8Array(bytes); b.set(buf.subarray(at, at + bytes)); at += bytes; return b.buffer; };
  const rowStart = new Uint32Array(copy(4 * (header.nFeatures + 1)));
  const rowTag = new Uint8Array(copy(header.nEntries));
  const q = new Int16Array(copy(2 * header.nEntries));
  const rowW = new Float32Array(q.length);
  for (let k = 0; k < q.length; k++) rowW[k] = q[k] * header.scale;
  if (header.nTags !== N_TAGS || header.types.join() !== TYPES.join()) throw new Error('entities: model tag set differs from this version');
  return { info: { types: header.types, nTags: header.nTags, meta: header.meta }, features, rowStart, rowTag, rowW };
}

export const loadModel = (file = MODEL_FILE): SparseModel => decodeModel(readFileSync(file));
