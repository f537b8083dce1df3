// The piscina worker: loads the pipeline once per thread (the warm-up below), then analyses
// chunks of records sent by the batch runner.
import { analyzeText, type AnalyzeOptions } from '../index.js';
import { analyseJobs, type Job, type JobResult } from './analyse.js';

export interface WorkerTask { jobs: Job[]; options: AnalyzeOptions }
/** The chunk's results, and this thread's heap after it (the pool recycles on heap growth). */
export interface WorkerResult { results: JobResult[]; heapUsed: number }

try {
  analyzeText('Warm-up: the pipeline and its models load once per worker, here.');
} catch {
  // a failing warm-up resurfaces, per record, on the first real task
}

export default async function run(task: WorkerTask): Promise<WorkerResult> {
  const results = await analyseJobs(task.jobs, task.options);
  return { results, heapUsed: process.memoryUsage().heapUsed };
}
