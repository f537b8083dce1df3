// Queue throughput with 1, 2 and 4 `newslens worker` processes against in-process `newslens batch`
// with the same number of workers, and the per-job overhead of the queue. Needs redis-server and
// PostgreSQL (initdb, pg_ctl), started here on free loopback ports with temp directories (the
// test/services helpers); without them the section prints one row saying so.
//
// Throughput: one JSONL corpus of RECORDS records (the bench texts, as batchScaling builds it). For
// each K, the corpus goes onto a fresh queue (enqueue timed on its own, before any worker runs),
// then K worker processes start (each `--threads 1 --concurrency 2`) writing into a fresh
// PostgreSQL database; the time runs from the first worker's spawn to the queue being drained
// (completed + failed = RECORDS), so it includes process start and model load, which batch's own
// figure counts only partly (pool start-up, not process start). "steady" is the rate from the
// first finished job to the drain, without that start-up. `batch --workers K` runs the same corpus
// into SQLite: K analysis threads in one process.
//
// Per-job overhead: stubbing the analysis out of a worker is not possible from outside, so the
// method is to make the analysis nearly free and subtract what is left of it. TINY records of one
// short sentence go onto a fresh queue; one worker (`--threads 1`) drains it at concurrency 1 (jobs
// one after another: the latency a job pays) and at concurrency 4 (jobs overlapped: the
// throughput cost). Per job = (drain − first finished job) / (TINY − 1), so process start and
// model load are left out. The analysis of the same tiny text, timed in this process after a
// warm-up, is subtracted: what remains is the queue's share (BullMQ fetch, lock and completion
// round trips to Redis, the job's JSON, the hop to the analysis thread, one PostgreSQL transaction
// per job). Enqueue cost per job is the in-process `runEnqueue` time over the main corpus / RECORDS.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, type Corpus } from '../corpus.js';
import { writeJsonlCorpus } from '../corpus-jsonl.js';
import type { Section, SectionResult } from '../section.js';
import { postgresBinDir, redisServerBin } from '../../test/services/binaries.js';
import { startPostgres, type PostgresService } from '../../test/services/postgres.js';
import { startRedis, type RedisService } from '../../test/services/redis.js';

const RECORDS = Number(process.env.BENCH_QUEUE_RECORDS ?? 600);
const TINY = Number(process.env.BENCH_QUEUE_TINY ?? 400);
const WORKERS = [1, 2, 4];
const CONCURRENCY = 2; // per worker process, with 1 analysis thread: one job analysed while another is stored
const BIN = join(ROOT, 'dist/cli/bin.js');
const SUMMARY = /done (\d+), skipped (\d+), failed (\d+).* in ([\d.]+) s \(([\d.]+) records\/s\)/;

interface Drain { seconds: number; firstSeconds: number; recordsPerSec: number; steadyPerSec: number; failed: number }
interface Worker { child: ChildProcess; exited: Promise<number | null>; stderr: () => string }

export const queueScaling: Section = {
  name: 'queueScaling',
  async run(corpus): Promise<SectionResult> {
    const title = `queue scaling: newslens worker processes (BullMQ/Redis → PostgreSQL) vs newslens batch, ${RECORDS} JSONL records, ${availableParallelism()} cores`;
    const missing = [!redisServerBin() && 'redis-server', !postgresBinDir() && 'PostgreSQL (initdb, pg_ctl)'].filter(Boolean);
    if (missing.length) {
      const why = `${missing.join(' and ')} not installed (apt-get install redis-server postgresql)`;
      return { title, rows: [['skipped', why]], json: { skipped: why } };
    }
    return measure(title, corpus);
  },
};

async function measure(title: string, corpus: Corpus): Promise<SectionResult> {
  const { expandInputs } = await import('../../src/batch/inputs.js');
  const { runEnqueue } = await import('../../src/queue/enqueue.js');
  const { openQueue } = await import('../../src/queue/connection.js');
  const { analyzeText } = await import('../../src/index.js');

  const dir = mkdtempSync(join(tmpdir(), 'newslens-bench-queue-'));
  let pgs: PostgresService | null = null;
  let redis: RedisService | null = null;
  const workers: Worker[] = [];
  try {
    [pgs, redis] = await Promise.all([startPostgres(), startRedis()]);
    const file = writeJsonlCorpus(join(dir, 'corpus.jsonl'), corpus, RECORDS, 0);
    const tinyText = (i: number): string => `Tiny note ${i}. The council said on Monday that the plan would cost more.`;
    const tinyPath = join(dir, 'tiny.jsonl');
    writeFileSync(tinyPath, Array.from({ length: TINY }, (_, i) => JSON.stringify({ id: `tiny-${i}`, text: tinyText(i) })).join('\n') + '\n');

    const enqueue = async (path: string, queue: string): Promise<number> => {
      const t0 = process.hrtime.bigint();
      const s = await runEnqueue(expandInputs([path]).files, {
        redis: redis!.url, queue, progress: 'none',
        read: { follow: false, maxBytes: 50 * 1024 * 1024, fields: { text: 'text', html: 'html', id: 'id', url: 'url', outlet: 'outlet', publishedAt: 'publishedAt', title: 'title' } },
      });
      if (s.added === 0) throw new Error(`enqueue of ${path} added nothing`);
      return Number(process.hrtime.bigint() - t0) / 1e9;
    };

    // spawn `count` workers on a queue into a database; time spawn → drain, then SIGTERM them
    const drain = async (queue: string, db: string, count: number, concurrency: number, total: number): Promise<Drain> => {
      const q = openQueue({ redis: redis!.url, queue });
      try {
        const t0 = process.hrtime.bigint();
        const since = (): number => Number(process.hrtime.bigint() - t0) / 1e9;
        const mine: Worker[] = [];
        for (let i = 0; i < count; i++) mine.push(spawnWorker(redis!.url, db, queue, concurrency));
        workers.push(...mine);
        let first = 0;
        const deadline = Math.max(180, total / 2);
        for (;;) {
          const c = await q.getJobCounts('completed', 'failed');
          const finished = (c.completed ?? 0) + (c.failed ?? 0);
          if (finished > 0 && !first) first = since();
          if (finished >= total) {
            const seconds = since();
            await stopWorkers(mine);
            return { seconds, firstSeconds: first, recordsPerSec: total / seconds,
              steadyPerSec: (total - 1) / Math.max(seconds - first, 1e-3), failed: c.failed ?? 0 };
          }
          const dead = mine.find((w) => w.child.exitCode !== null);
          if (dead) throw new Error(`a worker exited early (code ${dead.child.exitCode}): ${dead.stderr().slice(-300)}`);
          if (since() > deadline) throw new Error(`queue ${queue} not drained after ${deadline} s (${finished}/${total})`);
          await new Promise((r) => setTimeout(r, 50));
        }
      } finally {
        await q.close();
      }
    };

    const batch = (path: string, count: number): { seconds: number; recordsPerSec: number } => {
      const db = join(dir, `batch-w${count}.db`);
      const r = spawnSync(process.execPath, [BIN, 'batch', path, '--db', db, '--workers', String(count),
        '--progress', 'plain', '--progress-interval', '3600'], { encoding: 'utf8' });
      const m = SUMMARY.exec(r.stderr);
      if (r.status !== 0 || !m) throw new Error(`batch with ${count} workers failed: ${r.stderr.slice(-300)}`);
      return { seconds: Number(m[4]), recordsPerSec: Number(m[5]) };
    };

    const runs = [];
    const enqueueSeconds: number[] = [];
    for (const k of WORKERS) {
      const queue = `bench-k${k}`;
      const db = await pgs.createDatabase(`bench_k${k}`);
      enqueueSeconds.push(await enqueue(file.path, queue));
      const q = await drain(queue, db, k, CONCURRENCY, RECORDS);
      const b = batch(file.path, k);
      runs.push({ workers: k, queue: q, batch: b, ratio: q.recordsPerSec / b.recordsPerSec });
    }

    // per-job overhead on tiny records (see the header)
    for (let i = 0; i < 50; i++) analyzeText(tinyText(i));
    const a0 = process.hrtime.bigint();
    for (let i = 0; i < TINY; i++) analyzeText(tinyText(i));
    const analysisMs = Number(process.hrtime.bigint() - a0) / 1e6 / TINY;
    const tiny = [];
    for (const c of [1, 4]) {
      const queue = `bench-tiny-c${c}`;
      const db = await pgs.createDatabase(`bench_tiny_c${c}`);
      await enqueue(tinyPath, queue);
      const d = await drain(queue, db, 1, c, TINY);
      const perJobMs = 1000 / d.steadyPerSec;
      tiny.push({ concurrency: c, perJobMs, overheadMs: perJobMs - analysisMs, seconds: d.seconds });
    }
    const enqueueMsPerJob = (enqueueSeconds.reduce((a, b) => a + b, 0) / enqueueSeconds.length) * 1000 / RECORDS;

    const rows: [string, string][] = runs.map((r) => [`${r.workers} worker process${r.workers > 1 ? 'es' : ''}`,
      `${r.queue.recordsPerSec.toFixed(1)} records/s  ${r.ratio.toFixed(2)}× batch --workers ${r.workers} (${r.batch.recordsPerSec.toFixed(1)} records/s)`
      + `  (${r.queue.seconds.toFixed(1)} s from spawn, first job at ${r.queue.firstSeconds.toFixed(1)} s; steady ${r.queue.steadyPerSec.toFixed(1)} records/s)`]);
    rows.push([`enqueue, per job (${RECORDS} records)`, `${enqueueMsPerJob.toFixed(2)} ms  (${(1000 / enqueueMsPerJob).toFixed(0)} jobs/s, in-process runEnqueue)`]);
    for (const t of tiny) {
      rows.push([`worker overhead per job, concurrency ${t.concurrency}`,
        `${t.overheadMs.toFixed(2)} ms beyond analysis  (${t.perJobMs.toFixed(2)} ms/job on ${TINY} tiny records − ${analysisMs.toFixed(2)} ms analysis)`]);
    }
    return {
      title: `${title}; worker --threads 1 --concurrency ${CONCURRENCY}`,
      rows,
      json: { records: RECORDS, tiny: TINY, cores: availableParallelism(), concurrency: CONCURRENCY, runs,
        enqueueMsPerJob, tinyAnalysisMs: analysisMs, overhead: tiny },
    };
  } finally {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exited));
    await redis?.stop().catch(() => undefined);
    await pgs?.stop().catch(() => undefined);
    rmSync(dir, { recursive: true, force: true });
  }
}

function spawnWorker(redis: string, db: string, queue: string, concurrency: number): Worker {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', redis, '--db', db, '--queue', queue,
    '--concurrency', String(concurrency), '--threads', '1', '--log-interval', '3600'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d: string) => { err = (err + d).slice(-4000); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
  return { child, exited, stderr: () => err };
}

async function stopWorkers(ws: Worker[]): Promise<void> {
  for (const w of ws) if (w.child.exitCode === null) w.child.kill('SIGTERM');
  const codes = await Promise.all(ws.map((w) => w.exited));
  const bad = codes.findIndex((c) => c !== 0);
  if (bad >= 0) throw new Error(`a worker did not exit 0 on SIGTERM (${codes[bad]}): ${ws[bad].stderr().slice(-300)}`);
}
