// What every set hands back to run.ts: rows for the combined table, details for --json, notes.
import type { DocError } from '../lib/predict.js';

/** P/R/F1 as fractions in [0, 1]. */
export interface Prf { P: number; R: number; F1: number }
/** An accuracy: ok of n (acc is ok / n, 0 when n is 0). */
export interface Rate { ok: number; n: number; acc: number }

export interface SummaryRow {
  measure: string;
  prf?: Prf;
  e2eF1?: number;
  typeAcc?: Rate;
  cueAcc?: Rate;
  /** speaker / name correct on matched statements (newslens, SCU) or source overlap (PolNeAR) */
  speakerAcc?: Rate;
}

export interface SetResult {
  /** set key: newslens | scu | polnear | ner */
  set: string;
  /** table label, e.g. "newslens shared+seed" or "ner worldwide dev" */
  label: string;
  docs: number;
  errors: DocError[];
  /** wall time for the set (analysis + scoring) */
  ms: number;
  rows: SummaryRow[];
  /** the scorer's headline line(s), printed as they are */
  headlines: string[];
  /** extra fixed-width tables printed after the combined table */
  tables: string[][];
  /** things worth knowing: missing predictions, warnings from the scorer */
  notes: string[];
  /** the numbers for --json */
  json: Record<string, unknown>;
}

/** A set that could not run because its data is missing (not an error: the data is optional). */
export const skipped = (set: string, label: string, why: string): SetResult => ({
  set, label, docs: 0, errors: [], ms: 0, rows: [{ measure: 'skipped (no data)' }], headlines: [], tables: [], notes: [`skipped: ${why}`], json: { skipped: why },
});
