// Where records are analysed: a piscina pool of worker threads, or this thread with --workers 0.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../index.js';
import { analyseJobs, type Job, type JobResult } from './analyse.js';
import type { WorkerTask } from './worker.js';

export interface Analyser {
  readonly threads: number;
  run(jobs: Job[]): Promise<JobResult[]>;
  close(): Promise<void>;
}

export function createAnalyser(workers: number, options: AnalyzeOptions): Analyser {
  if (workers <= 0) return { threads: 0, run: (jobs) => analyseJobs(jobs, options), close: async () => undefined };
  const pool = new Piscina<WorkerTask, JobResult[]>({
    filename: workerUrl(), minThreads: workers, maxThreads: workers,
    // no maxQueue: the runner bounds what it has in flight (workers × 4 chunks)
    idleTimeout: 60_000,
  });
  return {
    threads: workers,
    run: (jobs) => pool.run({ jobs, options }),
    close: () => pool.destroy(),
  };
}

/** worker.js beside this file once built; worker.ts when run from source under tsx. */
function workerUrl(): string {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js.href : new URL('./worker.ts', import.meta.url).href;
}
