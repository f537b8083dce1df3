// Runs newslens over a folder of emitted inputs, writing one prediction per document. A document
// that makes analyze() throw is recorded (id + one-line error) and left without a prediction,
// which the scorer counts as empty.
import { readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { analyze, NewslensError, type Analysis, type AnalyzeOptions } from '../../src/index.js';
import { progress } from './progress.js';

export interface DocError { doc: string; error: string }

export interface PredictRun {
  docs: string[];
  errors: DocError[];
  /** predictions in memory, by doc name (for checks the scorer does not report per document) */
  analyses: Map<string, Analysis>;
  ms: number;
}

/** One line, no stack: the error code and message. */
export function oneLineError(err: unknown): string {
  if (err instanceof NewslensError) return `${err.code}: ${err.message}`.replace(/\s*\n\s*/g, ' ');
  const msg = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
  return msg.replace(/\s*\n\s*/g, ' ');
}

/** analyze({file}) on every <doc>.txt in inDir; writes predDir/<doc>.json. */
export async function predictDir(label: string, inDir: string, predDir: string, options: AnalyzeOptions, keep = false): Promise<PredictRun> {
  const files = readdirSync(inDir).filter((f) => f.endsWith('.txt')).sort();
  const docs = files.map((f) => f.slice(0, -'.txt'.length));
  const errors: DocError[] = [], analyses = new Map<string, Analysis>();
  const bar = progress(label, files.length), started = Date.now();
  for (let i = 0; i < files.length; i++) {
    const doc = docs[i];
    try {
      const a = await analyze({ file: path.join(inDir, files[i]) }, options);
      writeFileSync(path.join(predDir, `${doc}.json`), JSON.stringify(a));
      if (keep) analyses.set(doc, a);
    } catch (err) {
      errors.push({ doc, error: oneLineError(err) });
    }
    bar.tick(doc);
  }
  bar.done();
  return { docs, errors, analyses, ms: Date.now() - started };
}
