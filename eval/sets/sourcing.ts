// The common flow of the three sourcing sets (DESIGN.md §4): the scorer emits the raw inputs, newslens
// analyses each one, the scorer scores the folder of predictions. Everything lands in eval/out/<set>/.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { AnalyzeOptions } from '../../src/index.js';
import { freshDir, OUT_ROOT } from '../lib/paths.js';
import { predictDir, type PredictRun } from '../lib/predict.js';
import { parseSourcingJson, runScorer } from '../lib/scorer.js';
import type { Prf, Rate } from './result.js';

const SCORER = 'sourcing-score.mjs';

export interface SourcingRun {
  run: PredictRun;
  /** the scorer's whole JSON result */
  result: Record<string, unknown>;
  headline: string;
  notes: string[];
  ms: number;
}

/** Emit inputs, analyse, score. `keep` holds the analyses in memory for extra per-document checks. */
export async function runSourcing(shared: string, set: string, split: string, options: AnalyzeOptions, keep = false): Promise<SourcingRun> {
  const started = Date.now();
  const inDir = freshDir(set, 'in'), predDir = freshDir(set, 'pred');
  const base = ['--set', set, '--split', split];
  await runScorer(shared, SCORER, ['--emit-inputs', ...base, '--out', inDir]);
  const run = await predictDir(set, inDir, predDir, options, keep);
  const docsOut = path.join(OUT_ROOT, set, 'docs.jsonl');
  // the JSON for us, and the scorer's own human report (by-kind tables, confusion matrices) beside it
  const [json, report] = await Promise.all([
    runScorer(shared, SCORER, [...base, '--pred', predDir, '--json', '--docs-out', docsOut]),
    runScorer(shared, SCORER, [...base, '--pred', predDir]),
  ]);
  const { result, headline } = parseSourcingJson(json);
  writeFileSync(path.join(OUT_ROOT, set, 'report.txt'), report);
  writeFileSync(path.join(OUT_ROOT, set, 'score.json'), `${JSON.stringify(result, null, 1)}\n`);
  return { run, result, headline, notes: scorerNotes(result, run), ms: Date.now() - started };
}

/** Missing predictions and warnings the scorer reports, as one-line notes. */
function scorerNotes(result: Record<string, unknown>, run: PredictRun): string[] {
  const notes: string[] = [];
  const failed = new Set(run.errors.map((e) => e.doc));
  const missing = ((result.missing as string[] | undefined) ?? []).filter((d) => !failed.has(d));
  if (missing.length) notes.push(`${missing.length} docs without a prediction (not from analyze errors): ${missing.slice(0, 8).join(', ')}${missing.length > 8 ? ', ...' : ''}`);
  const w = result.warnings as { unreadablePredictions?: string[]; spanTextMismatches?: number; predictionsForUnknownDocs?: number } | undefined;
  if (w?.unreadablePredictions?.length) notes.push(`scorer could not read ${w.unreadablePredictions.length} predictions: ${w.unreadablePredictions[0]}`);
  if (w?.spanTextMismatches) notes.push(`scorer: ${w.spanTextMismatches} spans whose text != article.text.slice(start, end)`);
  if (w?.predictionsForUnknownDocs) notes.push(`scorer: ${w.predictionsForUnknownDocs} predictions for docs not in the split`);
  return notes;
}

/** Reads a P/R/F1 object of the scorer's JSON (fractions). */
export function prfAt(o: unknown): Prf | undefined {
  const x = o as Partial<Prf> | undefined;
  return x && typeof x.F1 === 'number' ? { P: x.P ?? 0, R: x.R ?? 0, F1: x.F1 } : undefined;
}

/** Reads an accuracy object of the scorer's JSON. */
export function rateAt(o: unknown): Rate | undefined {
  const x = o as Partial<Rate> | undefined;
  return x && typeof x.n === 'number' ? { ok: x.ok ?? 0, n: x.n, acc: x.acc ?? 0 } : undefined;
}

/** o.a.b.c, or undefined. */
export function at(o: unknown, ...keys: string[]): unknown {
  let x = o;
  for (const k of keys) x = x && typeof x === 'object' ? (x as Record<string, unknown>)[k] : undefined;
  return x;
}
