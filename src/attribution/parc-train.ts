// Trains the PARC tagger: an averaged perceptron over the features of parc-features.ts, one pass per
// epoch over shuffled paragraphs, the model's own labels as history (as when tagging). Used by tools/train-parc.ts and the unit test.
import { seeded } from '../entities/seeded.js';
import { N_LABELS, type TaggerInput } from './parc-features.js';
import { HASH_BITS, decode, legalize, type LabelWeights } from './parc-tagger.js';

export interface TrainParagraph extends TaggerInput { gold: number[] }

export interface ParcTrainOptions {
  epochs?: number;
  seed?: number;
  /** averaged weights below this magnitude are dropped from the shipped rows */
  prune?: number;
  /** training runs whose averaged weights are averaged (default RUNS) */
  runs?: number;
  log?: (line: string) => void;
}

/** PolNeAR dev content F1 (rules + tagger): 66.5 after 10 passes, 66.7 after 15, 67.6 after 20, 67.2 after 30 (train keeps rising: memorised). */
const EPOCHS = 20;
const RUNS = 1;
/** Pruning at 0.05 of a perceptron step keeps dev F1 and halves the file. */
const PRUNE = 0.05;

class Averaged implements LabelWeights {
  readonly w = new Float64Array((1 << HASH_BITS) * N_LABELS);
  private readonly total = new Float64Array(this.w.length);
  private readonly stamp = new Float64Array(this.w.length);
  now = 0;
  addRow(slot: number, out: Float64Array): void {
    const b = slot * N_LABELS;
    for (let l = 0; l < N_LABELS; l++) out[l] += this.w[b + l];
  }
  bump(slot: number, label: number, by: number): void {
    const k = slot * N_LABELS + label;
    this.total[k] += (this.now - this.stamp[k]) * this.w[k];
    this.stamp[k] = this.now;
    this.w[k] += by;
  }
  averaged(k: number): number {
    return (this.total[k] + (this.now - this.stamp[k]) * this.w[k]) / (this.now || 1);
  }
}

/** The trained rows: slots that kept a weight, and their N_LABELS weights each. With runs > 1 the
 *  averaged weights of runs with shuffle seeds seed, seed + 1, ... are averaged again. */
export function trainParc(data: readonly TrainParagraph[], opts: ParcTrainOptions = {}): { slots: Uint32Array; weights: Float32Array } {
  const runs = opts.runs ?? RUNS, sum = new Float64Array((1 << HASH_BITS) * N_LABELS);
  for (let run = 0; run < runs; run++) {
    const w = trainRun(data, (opts.seed ?? 1) + run, opts);
    for (let k = 0; k < sum.length; k++) sum[k] += w.averaged(k) / runs;
  }
  const prune = opts.prune ?? PRUNE, slots: number[] = [], weights: number[] = [];
  for (let s = 0; s < 1 << HASH_BITS; s++) {
    const row = sum.subarray(s * N_LABELS, (s + 1) * N_LABELS);
    if (row.every((x) => Math.abs(x) < prune)) continue;
    slots.push(s); weights.push(...row);
  }
  return { slots: Uint32Array.from(slots), weights: Float32Array.from(weights) };
}

function trainRun(data: readonly TrainParagraph[], seed: number, opts: ParcTrainOptions): Averaged {
  const w = new Averaged(), rand = seeded(seed), order = data.map((_, i) => i);
  for (let epoch = 0; epoch < (opts.epochs ?? EPOCHS); epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let wrong = 0, n = 0;
    for (const k of order) {
      const p = data[k];
      decode(p.tokens, p.feats, p.sentenceStarts, w, (i, slots, predicted, prev) => {
        w.now++; n++;
        // after a wrong history the gold label may be illegal (I- without B-): its legal form is the target
        const gold = legalize(prev, p.gold[i]);
        if (predicted !== gold) {
          wrong++;
          for (const s of slots) { w.bump(s, gold, 1); w.bump(s, predicted, -1); }
        }
        return predicted;
      });
    }
    opts.log?.(`seed ${seed} epoch ${epoch + 1}: ${n} tokens, ${(100 * wrong / Math.max(1, n)).toFixed(2)}% labelled wrong`);
  }
  return w;
}
