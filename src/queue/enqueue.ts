// `newslens enqueue`: read records with the batch readers and add one BullMQ job per record, in
// batches, with the record's sha256 key as job id. Ids already in the queue (waiting, active,
// done or failed) are left as they are, so re-enqueueing the same input adds nothing.
import { Redis } from 'ioredis';
import type { ProgressMode } from '../batch/progress.js';
import type { InputFile } from '../batch/inputs.js';
import { countRecords, readInputs } from '../batch/read.js';
import type { ReadOptions } from '../batch/record.js';
import { openQueue, type QueueAddress } from './connection.js';
import { BACKOFF_MS, errorJob, JOB_ATTEMPTS, recordJob } from './job-data.js';
import { createQueueProgress } from './progress.js';

export interface EnqueueOptions extends QueueAddress {
  read: ReadOptions;
  /** jobs per addBulk call */
  batchSize?: number;
  progress?: ProgressMode;
  progressIntervalMs?: number;
}

export interface EnqueueSummary { added: number; skipped: number; errors: number; ignored: number }

export async function runEnqueue(files: readonly InputFile[], opts: EnqueueOptions): Promise<EnqueueSummary> {
  const batchSize = opts.batchSize ?? 500;
  const queue = openQueue(opts);
  const redis = new Redis(opts.redis, { maxRetriesPerRequest: null });
  const counts: EnqueueSummary = { added: 0, skipped: 0, errors: 0, ignored: 0 };
  const progress = createQueueProgress('enqueue', opts.progress ?? 'auto', await countRecords(files), opts.progressIntervalMs ?? 5_000);
  const defaults = { attempts: JOB_ATTEMPTS, backoff: { type: 'exponential', delay: BACKOFF_MS }, removeOnComplete: false, removeOnFail: false };
  let pending: ReturnType<typeof recordJob>[] = [];
  const seen = new Set<string>(); // ids added by this run (a record repeated in the input)

  const flush = async (): Promise<void> => {
    if (!pending.length) return;
    const pipe = redis.pipeline();
    for (const j of pending) pipe.exists(queue.toKey(j.opts.jobId));
    const exists = ((await pipe.exec()) ?? []).map(([, n]) => n === 1);
    const fresh = pending.filter((j, i) => !exists[i]);
    counts.skipped += pending.length - fresh.length;
    if (fresh.length) await queue.addBulk(fresh.map((j) => ({ ...j, opts: { ...defaults, ...j.opts } })));
    for (const j of fresh) if ('error' in j.data) counts.errors++; else counts.added++;
    pending = [];
    progress.update({ added: counts.added, skipped: counts.skipped, errors: counts.errors }, counts.added + counts.skipped + counts.errors);
  };

  try {
    for await (const item of readInputs(files, opts.read)) {
      if ('ignored' in item) {
        counts.ignored++;
        continue;
      }
      const job = 'record' in item ? recordJob(item.record) : errorJob(item.error);
      if (seen.has(job.opts.jobId)) {
        counts.skipped++;
        continue;
      }
      seen.add(job.opts.jobId);
      pending.push(job);
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } finally {
    await queue.close();
    redis.disconnect();
  }
  progress.finish(`added ${counts.added}, skipped ${counts.skipped} already queued, ${counts.errors} record errors`
    + `${counts.ignored ? `, ignored ${counts.ignored} non-article records` : ''}`);
  return counts;
}
