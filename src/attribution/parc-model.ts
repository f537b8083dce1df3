// The PARC tagger's weights on disk (models/parc.bin): the slots that kept a weight and their rows
// as int16 in units of `scale`, little-endian, read as typed arrays. Loaded on the first 'parc' run.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { NewslensError } from '../errors.js';
import { N_LABELS } from './parc-features.js';
import { HASH_BITS, ParcModel } from './parc-tagger.js';

/** The shipped weights; NEWSLENS_PARC_MODEL names another file, or `off` for the rules alone (training). */
export const PARC_MODEL_FILE = process.env.NEWSLENS_PARC_MODEL || fileURLToPath(new URL('../../models/parc.bin', import.meta.url));
const MAGIC = 'NLPARC01';
const HEADER = 16;

/** Weights as a file: MAGIC, u32 rows, f32 scale, then u32 slots[rows], i16 weights[rows * N_LABELS]. */
export function encodeParcModel(slots: Uint32Array, weights: Float32Array): Buffer {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max / 32767 || 1, n = slots.length;
  const buf = Buffer.alloc(HEADER + 4 * n + 2 * n * N_LABELS);
  buf.write(MAGIC, 0, 'latin1');
  buf.writeUInt32LE(n, 8); buf.writeFloatLE(scale, 12);
  for (let i = 0; i < n; i++) buf.writeUInt32LE(slots[i], HEADER + 4 * i);
  const at = HEADER + 4 * n;
  for (let k = 0; k < weights.length; k++) buf.writeInt16LE(Math.round(weights[k] / scale), at + 2 * k);
  return buf;
}

export function decodeParcModel(buf: Buffer, file = 'model'): ParcModel {
  if (buf.length < 8 || buf.toString('latin1', 0, 8) !== MAGIC) throw new Error(`${file}: not a newslens PARC model (${MAGIC})`);
  if (buf.length < HEADER) throw new Error(`${file}: truncated PARC model (header)`);
  const n = buf.readUInt32LE(8), scale = buf.readFloatLE(12);
  const size = HEADER + 4 * n + 2 * n * N_LABELS;
  if (buf.length !== size) throw new Error(`${file}: ${buf.length < size ? 'truncated' : 'damaged'} PARC model (${buf.length} bytes, ${size} expected)`);
  const index = new Int32Array(1 << HASH_BITS).fill(-1), rows = new Float32Array(n * N_LABELS);
  for (let i = 0; i < n; i++) {
    const slot = buf.readUInt32LE(HEADER + 4 * i);
    if (slot >= index.length) throw new Error(`${file}: damaged PARC model (slot ${slot} is outside the ${HASH_BITS}-bit table)`);
    index[slot] = i;
  }
  const at = HEADER + 4 * n;
  for (let k = 0; k < rows.length; k++) rows[k] = buf.readInt16LE(at + 2 * k) * scale;
  return new ParcModel(index, rows);
}

let loaded: ParcModel | null | undefined;
/** The shipped model, read once; null when NEWSLENS_PARC_MODEL=off (the rules alone). A missing or
 *  damaged file is an installation fault: an INTERNAL error naming the file, never a silent fallback. */
export function parcModel(): ParcModel | null {
  if (loaded !== undefined) return loaded;
  if (PARC_MODEL_FILE === 'off') return (loaded = null);
  if (!existsSync(PARC_MODEL_FILE)) throw new NewslensError('INTERNAL', `PARC model not found: ${PARC_MODEL_FILE} (reinstall newslens, or run npm run train:parc)`);
  try {
    return (loaded = decodeParcModel(readFileSync(PARC_MODEL_FILE), PARC_MODEL_FILE));
  } catch (err) {
    throw new NewslensError('INTERNAL', (err as Error).message);
  }
}
