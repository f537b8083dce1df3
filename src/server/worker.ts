// The piscina worker: loads the pipeline once per thread, then analyses one request at a time.
// Errors come back as data: a NewslensError's code would not survive the thread boundary.
import { analyze, type Analysis, type AnalyzeInput, type AnalyzeOptions } from '../index.js';

export interface WorkerTask { input: AnalyzeInput; options: AnalyzeOptions }
export type WorkerResult =
  | { ok: true; analysis: Analysis }
  | { ok: false; code: string; message: string; input: string | null };

try {
  await analyze('Warm-up: the pipeline and its models load once per worker, here.');
} catch {
  // a failing warm-up resurfaces on the first real request
}

export default async function run(task: WorkerTask): Promise<WorkerResult> {
  return analyseTask(task);
}

/** Shared with the in-process analyser (--workers 0). */
export async function analyseTask({ input, options }: WorkerTask): Promise<WorkerResult> {
  try {
    return { ok: true, analysis: await analyze(input, options) };
  } catch (err) {
    const e = err as { code?: string; message?: string; input?: string | null };
    return { ok: false, code: e.code ?? 'INTERNAL', message: String(e.message ?? err), input: e.input ?? null };
  }
}
