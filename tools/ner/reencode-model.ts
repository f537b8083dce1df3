// Rewrites a model file in the current layout (model.ts) without retraining: same weights, same
// tags; e.g. adds the hash-index slot table to a model trained before NLNER005.
//   node --import tsx tools/ner/reencode-model.ts [models/ner.bin]
import { readFileSync, writeFileSync } from 'node:fs';
import { decodeModel, encodeModel, MODEL_FILE } from '../../src/entities/model.js';

const file = process.argv[2] ?? MODEL_FILE;
const before = readFileSync(file);
const out = encodeModel(decodeModel(before));
writeFileSync(file, out);
process.stdout.write(`${file}: ${before.length} → ${out.length} bytes (${out.subarray(0, 8).toString('latin1')})\n`);
