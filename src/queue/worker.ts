// `newslens worker`: a BullMQ Worker that analyses record jobs in a piscina pool (the batch code,
// model loaded once per thread) and writes each result to the store in its own transaction.
//
// At-least-once jobs, idempotent results: a job is acknowledged only after its row is committed,
// and rows are upserted by the record's sha256, so a job run twice (a worker killed mid-job, its
// lock expired and the job handed to another; a Redis restart) is stored once. A record that
// cannot be analysed is data (an `errors` row, job completed); a job that throws (store down,
// unreadable job data) is retried with exponential backoff, and after its last attempt it is
// failed in BullMQ with its error stored in `errors`.
import { Worker, type Job as BullJob } from 'bullmq';
import type { AnalyzeOptions } from '../index.js';
import { createAnalyser } from '../batch/pool.js';
import type { Store } from '../store/index.js';
import { connectionOf, type QueueAddress } from './connection.js';
import { JOB_ATTEMPTS, payloadOf, type JobData } from './job-data.js';

export interface WorkerOptions extends QueueAddress {
  analyze: AnalyzeOptions;
  /** jobs in flight at once */
  concurrency: number;
  /** analysis threads (0: this thread) */
  threads: number;
  /** seconds a job's lock lasts without renewal: how soon a dead worker's jobs are run again */
  lockSeconds?: number;
  /** prints a line now and then */
  log?: (line: string) => void;
  logIntervalMs?: number;
}

export interface WorkerCounts { stored: number; errors: number; known: number; retried: number; failed: number }

export type JobOutcome = 'stored' | 'error' | 'known';

export interface RunningWorker {
  counts: WorkerCounts;
  /** stop taking jobs, finish those in flight, close the pool and the store */
  stop(): Promise<void>;
  /** resolves once stop() has finished */
  stopped: Promise<void>;
}

/** A stalled job (its worker died) is run again up to this many times before it is failed. */
const MAX_STALLED = 3;

export async function startWorker(store: Store, opts: WorkerOptions): Promise<RunningWorker> {
  const analyser = createAnalyser(opts.threads, opts.analyze);
  const counts: WorkerCounts = { stored: 0, errors: 0, known: 0, retried: 0, failed: 0 };
  const log = opts.log ?? (() => undefined);

  const storeFailure = async (job: BullJob<JobData> | undefined, err: Error): Promise<void> => {
    const meta = job && 'record' in (job.data ?? {}) ? (job.data as { record: { meta: { errorKey: string; id: string; input: string } } }).record.meta : null;
    const key = meta?.errorKey ?? `job-${job?.id ?? 'unknown'}`;
    await store.write([], [{ key, id: meta?.id ?? String(job?.id), input: meta?.input ?? `job ${job?.id}`, code: 'JOB_FAILED',
      message: `failed after ${job?.attemptsMade ?? '?'} attempts: ${err.message.split('\n')[0]}` }]);
  };

  const process = async (job: BullJob<JobData>): Promise<JobOutcome> => {
    const data = job.data;
    try {
      if ('error' in data) {
        await store.write([], [data.error]);
        counts.errors++;
        return 'error';
      }
      const { meta, payload } = data.record;
      if ((await store.known([meta.key])).size) {
        counts.known++;
        return 'known';
      }
      const [res] = await analyser.run([{ payload: payloadOf(payload), uri: meta.input, kind: meta.kind }]);
      if (res.ok) {
        await store.write([{ meta: { ...meta, kind: res.analysis.input.kind }, analysis: res.analysis }], []);
        counts.stored++;
        return 'stored';
      }
      await store.write([], [{ key: meta.errorKey, id: meta.id, input: meta.input, code: res.code, message: res.message }]);
      counts.errors++;
      return 'error';
    } catch (err) {
      const e = err instanceof Error ? err : new Error(String(err));
      if (job.attemptsMade + 1 >= (job.opts.attempts ?? JOB_ATTEMPTS)) {
        await storeFailure(job, e).catch(() => undefined); // its row, before BullMQ marks the job failed
      } else {
        counts.retried++;
      }
      throw e;
    }
  };

  const lockMs = (opts.lockSeconds ?? 30) * 1000;
  const worker = new Worker<JobData, JobOutcome>(opts.queue, process, {
    connection: connectionOf(opts.redis), concurrency: opts.concurrency,
    lockDuration: lockMs, stalledInterval: lockMs, maxStalledCount: MAX_STALLED,
  });
  worker.on('error', (err) => log(`newslens worker: ${err.message.split('\n')[0]} (retrying)`));
  worker.on('failed', (job, err) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? JOB_ATTEMPTS) && !/stalled/i.test(err.message)) return;
    counts.failed++;
    // stalled too often: no attempt of ours got to store its row; store it here (idempotent)
    if (/stalled/i.test(err.message)) storeFailure(job, err).catch(() => undefined);
  });

  const t0 = Date.now();
  const line = (): string => {
    const n = counts.stored + counts.errors + counts.known;
    return `${counts.stored} stored, ${counts.errors} errors, ${counts.known} already stored, ${counts.retried} retried, ${counts.failed} failed`
      + ` (${(n / Math.max((Date.now() - t0) / 1000, 1e-3)).toFixed(1)} jobs/s)`;
  };
  const timer = setInterval(() => log(`newslens worker: ${line()}`), opts.logIntervalMs ?? 10_000);
  timer.unref();

  let stopping: Promise<void> | null = null;
  let resolveStopped: () => void = () => undefined;
  const stopped = new Promise<void>((r) => { resolveStopped = r; });
  await worker.waitUntilReady();
  log(`newslens worker: taking jobs from ${opts.queue} (concurrency ${opts.concurrency}, ${opts.threads} analysis threads)`);
  return {
    counts,
    stopped,
    stop() {
      stopping ??= (async () => {
        log('newslens worker: stopping: no new jobs, finishing those in flight');
        await worker.close();
        clearInterval(timer);
        await analyser.close();
        await store.close();
        log(`newslens worker: stopped: ${line()}`);
        resolveStopped();
      })();
      return stopping;
    },
  };
}
