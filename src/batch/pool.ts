// Where records are analysed: a piscina pool of worker threads, or this thread with --workers 0.
// Worker pools are recycled: after RECYCLE_AFTER_RECORDS records a thread, or once a worker's heap
// passes RECYCLE_HEAP_BYTES after a chunk, new chunks go to a fresh pool and the old one closes
// once its chunks are done, so a crawl of millions of records never accumulates caches,
// fragmentation or a leak in one long-lived thread.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { AnalyzeOptions } from '../index.js';
import { analyseJobs, type Job, type JobResult } from './analyse.js';
import type { WorkerResult, WorkerTask } from './worker.js';

/** Records a thread analyses before its pool is replaced: ~1–2 minutes of work on typical pages,
 *  so the model reload (~0.3 s a thread) costs well under 1%. */
export const RECYCLE_AFTER_RECORDS = 5_000;

/** A worker heap past this after a chunk (typical: 60–120 MB; one capped article peaks near
 *  200 MB) means something is being kept: the pool is replaced before the next chunk. */
export const RECYCLE_HEAP_BYTES = 512 * 1024 * 1024;

export interface Analyser {
  readonly threads: number;
  run(jobs: Job[]): Promise<JobResult[]>;
  close(): Promise<void>;
  /** pools replaced so far (for tests and the summary) */
  readonly recycled: number;
}

export interface RecycleLimits { records: number; heapBytes: number }

export function createAnalyser(workers: number, options: AnalyzeOptions,
  limits: RecycleLimits = { records: RECYCLE_AFTER_RECORDS, heapBytes: RECYCLE_HEAP_BYTES }): Analyser {
  if (workers <= 0) return { threads: 0, recycled: 0, run: (jobs) => analyseJobs(jobs, options), close: async () => undefined };
  const make = () => new Piscina<WorkerTask, WorkerResult>({
    filename: workerUrl(), minThreads: workers, maxThreads: workers,
    // no maxQueue: the runner bounds what it has in flight (workers × 4 chunks)
    idleTimeout: 60_000,
  });
  let pool = make(), sent = 0, recycled = 0, heapHigh = false;
  const closing = new Set<Promise<void>>();
  const recycle = () => {
    const old = pool;
    pool = make();
    sent = 0; heapHigh = false; recycled++;
    const done = old.close().catch(() => old.destroy()).finally(() => closing.delete(done));
    closing.add(done);
  };
  return {
    threads: workers,
    get recycled() { return recycled; },
    async run(jobs) {
      if (heapHigh || sent >= limits.records * workers) recycle();
      sent += jobs.length;
      const r = await pool.run({ jobs, options });
      if (r.heapUsed > limits.heapBytes) heapHigh = true;
      return r.results;
    },
    async close() {
      await Promise.all([pool.destroy(), ...closing]);
    },
  };
}

/** worker.js beside this file once built; worker.ts when run from source under tsx. */
function workerUrl(): string {
  const js = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(js)) ? js.href : new URL('./worker.ts', import.meta.url).href;
}
