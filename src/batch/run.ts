// `newslens batch`: read records in input order, skip what every sink already holds, analyse the
// rest in a worker pool, and commit results in input order, one transaction per batch.
//
// Lossless under SIGKILL: a record is only "known" once its batch is committed, so a killed run
// loses at most the uncommitted batches, and the rerun redoes exactly those (each sink ignores keys
// it already has, so nothing is stored twice).
import { availableParallelism } from 'node:os';
import type { AnalyzeOptions } from '../index.js';
import type { RecordError, Sink, StoredArticle } from '../store/index.js';
import type { Job } from './analyse.js';
import type { InputFile } from './inputs.js';
import { createAnalyser } from './pool.js';
import { createProgress, type Counts, type ProgressMode, type Summary } from './progress.js';
import { countRecords, readInputs } from './read.js';
import type { BatchRecord, ReadItem, ReadOptions } from './record.js';

export interface BatchOptions {
  read: ReadOptions;
  analyze: AnalyzeOptions;
  /** worker threads; 0 analyses in this thread */
  workers?: number;
  /** records per task sent to a worker */
  chunkSize?: number;
  /** commit at least every this many records ... */
  commitEvery?: number;
  /** ... or this many ms, whichever comes first */
  commitMs?: number;
  /** re-analyse records stored as errors */
  retryErrors?: boolean;
  progress?: ProgressMode;
  progressIntervalMs?: number;
  /** checked between records: stop reading, finish what is in flight, commit (Ctrl-C) */
  shouldStop?: () => boolean;
}

export const defaultWorkers = (): number => availableParallelism();

interface InFlight { records: BatchRecord[]; results: Promise<Awaited<ReturnType<ReturnType<typeof createAnalyser>['run']>>> }

export async function runBatch(files: readonly InputFile[], sinks: readonly Sink[], opts: BatchOptions): Promise<Summary> {
  const workers = opts.workers ?? defaultWorkers();
  const chunkSize = opts.chunkSize ?? 8;
  const commitEvery = opts.commitEvery ?? 500;
  const commitMs = opts.commitMs ?? 2_000;
  const maxInFlight = Math.max(2, workers * 4);
  const counts: Counts = { done: 0, skipped: 0, failed: 0, ignored: 0 };
  const progress = createProgress(opts.progress ?? 'auto', process.stderr, opts.progressIntervalMs);
  progress.start(await countRecords(files));

  const analyser = createAnalyser(workers, opts.analyze);
  const queue: InFlight[] = [];
  const inRun = new Set<string>(); // keys read this run and not yet committed
  let articles: StoredArticle[] = [];
  let errors: RecordError[] = [];
  let lastCommit = Date.now();
  let candidates: ReadItem[] = [];

  const commit = async (force: boolean): Promise<void> => {
    if (!force && articles.length + errors.length < commitEvery && Date.now() - lastCommit < commitMs) return;
    if (articles.length || errors.length) {
      for (const s of sinks) await s.write(articles, errors);
      for (const a of articles) inRun.delete(a.meta.key);
      for (const e of errors) inRun.delete(e.key);
    }
    articles = [];
    errors = [];
    lastCommit = Date.now();
  };

  const collect = async (): Promise<void> => {
    const f = queue.shift()!;
    const results = await f.results;
    f.records.forEach((r, i) => {
      const res = results[i];
      if (res.ok) {
        articles.push({ meta: { ...r.meta, kind: res.analysis.input.kind }, analysis: res.analysis });
        counts.done++;
      } else {
        errors.push({ key: r.meta.errorKey, id: r.meta.id, input: r.meta.input, code: res.code, message: res.message });
        inRun.add(r.meta.errorKey);
        inRun.delete(r.meta.key);
        counts.failed++;
      }
    });
    progress.update(counts);
    await commit(false);
  };

  const dispatch = async (records: BatchRecord[]): Promise<void> => {
    const jobs: Job[] = records.map((r) => ({ payload: r.payload, uri: r.meta.input, kind: r.meta.kind }));
    const results = analyser.run(jobs);
    results.catch(() => undefined); // awaited in order by collect()
    queue.push({ records, results });
    while (queue.length >= maxInFlight) await collect();
  };

  // resolves a window of read items against the sinks in one query each, then routes them
  const route = async (items: ReadItem[]): Promise<void> => {
    const keysOf = (it: ReadItem): string[] => ('record' in it ? (opts.retryErrors ? [it.record.meta.key] : [it.record.meta.key, it.record.meta.errorKey])
      : 'error' in it ? [it.error.key] : []);
    const all = items.flatMap(keysOf);
    const known = await Promise.all(sinks.map((s) => s.known(all)));
    const inAll = (k: string): boolean => known.every((set) => set.has(k));
    let chunk: BatchRecord[] = [];
    for (const it of items) {
      if ('ignored' in it) {
        counts.ignored++;
        continue;
      }
      const keys = keysOf(it);
      if (keys.some((k) => inRun.has(k) || inAll(k))) {
        counts.skipped++;
        continue;
      }
      if ('error' in it) {
        inRun.add(it.error.key);
        errors.push(it.error);
        counts.failed++;
      } else {
        inRun.add(it.record.meta.key);
        chunk.push(it.record);
        if (chunk.length >= chunkSize) {
          await dispatch(chunk);
          chunk = [];
        }
      }
    }
    if (chunk.length) await dispatch(chunk);
    progress.update(counts);
  };

  try {
    for await (const item of readInputs(files, opts.read)) {
      candidates.push(item);
      if (candidates.length >= chunkSize * 4) {
        await route(candidates);
        candidates = [];
        await commit(false);
      }
      if (opts.shouldStop?.()) break;
    }
    await route(candidates);
    while (queue.length) await collect();
    await commit(true);
  } finally {
    await analyser.close();
  }
  return progress.finish(counts);
}
