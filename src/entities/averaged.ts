// The tagger's training weights: dense rows (one score per tag) with lazy averaging (each weight
// keeps its running total and the step of its last change), and the passive-aggressive step size.
import { N_TAGS, type Weights } from './04-tagger.js';

/**
 * Passive-aggressive updates (Crammer et al. 2006, PA-I): a mistake moves the weights just far enough
 * to put the gold tag a margin of 1 above the predicted one, at most PA_C. The plain perceptron moved
 * every mistake by 1, however close the call. Worldwide dev PER/ORG/LOC, whole stage, mean of seeds
 * 1–3: 83.3 against 81.5 (GUM dev 53.7 against 50.9). The cap does not bind on our data (every step
 * is below 0.1: a cap of 0.1 gave the same weights); it is there for a document of odd tokens.
 */
export const PA_C = 1;
/**
 * PA steps average 0.007–0.010 (the `train:ner` log: about 1 / (2 × ~65 active features)) where a
 * perceptron step is 1: the averaged weights are multiplied back towards the perceptron's scale,
 * which the pruning threshold (train.ts's PRUNE), the int16 quantisation and the span typer's rows
 * in the same file were set for. Multiplying every weight by one number changes no decision.
 */
export const PA_SCALE = 50;

export class DenseAveraged implements Weights {
  readonly w: Float64Array;
  private readonly total: Float64Array;
  private readonly stamp: Float64Array;
  now = 0;
  constructor(readonly nFeatures: number) {
    const n = nFeatures * N_TAGS;
    this.w = new Float64Array(n); this.total = new Float64Array(n); this.stamp = new Float64Array(n);
  }
  addRow(id: number, out: Float64Array, at = 0): void {
    const base = id * N_TAGS, w = this.w;
    for (let t = 0; t < N_TAGS; t++) out[at + t] += w[base + t];
  }
  bump(id: number, tag: number, by: number): void {
    const k = id * N_TAGS + tag;
    this.total[k] += (this.now - this.stamp[k]) * this.w[k];
    this.stamp[k] = this.now;
    this.w[k] += by;
  }
  /** The PA-I step for a mistake (pred over gold) whose active feature rows are ids[a .. b) and dyn[0 .. nd). */
  step(ids: Int32Array, a: number, b: number, dyn: Int32Array, nd: number, pred: number, gold: number): number {
    const w = this.w;
    let diff = 0;
    for (let k = a; k < b; k++) diff += w[ids[k] * N_TAGS + pred] - w[ids[k] * N_TAGS + gold];
    for (let k = 0; k < nd; k++) diff += w[dyn[k] * N_TAGS + pred] - w[dyn[k] * N_TAGS + gold];
    // hinge loss max(0, 1 + diff): a mistake against a gold tag that scores higher but was illegal after the previous tag moves nothing
    return Math.max(0, Math.min(PA_C, (diff + 1) / (2 * (b - a + nd))));
  }
  /** The averaged weights, times `scale`. */
  averaged(scale = 1): Float64Array {
    const avg = new Float64Array(this.w.length), now = this.now || 1;
    for (let k = 0; k < avg.length; k++) avg[k] = (scale * (this.total[k] + (now - this.stamp[k]) * this.w[k])) / now;
    return avg;
  }
}
