// enqueue / worker / queue status: idempotent enqueue, failing jobs retried then failed with their
// error stored, SIGTERM exits 0 after the jobs in flight, a malformed address is a usage error.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { Queue } from 'bullmq';
import { servicesMissing } from '../services/binaries.js';
import { startPostgres, type PostgresService } from '../services/postgres.js';
import { startRedis, type RedisService } from '../services/redis.js';
import { jsonlCorpus } from './batch-fixtures.js';
import { pgRows, spawnWorker, waitForCounts } from './queue-helpers.js';
import { runCli, tempDir } from './run-cli.js';

const here = '[queue] ';
const skip = servicesMissing();
let pgs: PostgresService | null = null;
let redis: RedisService | null = null;

before(async () => {
  if (skip) return;
  [pgs, redis] = await Promise.all([startPostgres(), startRedis()]);
});
after(async () => { await redis?.stop(); await pgs?.stop(); });

test(`${here}a job that keeps failing is retried with backoff, then failed with its error row`, { skip, timeout: 120_000 }, async () => {
  const db = await pgs!.createDatabase('failing');
  const q = new Queue('broken', { connection: { url: redis!.url } });
  const meta = { key: 'b'.repeat(64), errorKey: 'c'.repeat(64), id: 'bad-1', input: 'producer:1', kind: 'jsonl-record' };
  await q.add('record', { record: { meta, payload: { neither: 'text nor html' } } },
    { jobId: meta.key, attempts: 3, backoff: { type: 'exponential', delay: 100 } });
  const w = spawnWorker(redis!.url, db, ['--queue', 'broken']);
  try {
    const c = await waitForCounts(redis!.url, 'the job to fail', (x) => x.failed === 1, 60_000, 'broken').catch(async (e) => {
      throw new Error(`${e.message}\n${w.stderr()}`);
    });
    assert.equal(c.completed, 0);
    const job = await q.getJob(meta.key);
    assert.equal(job?.attemptsMade, 3, 'three attempts');
    const rows = await pgRows<{ key: string; code: string; message: string }>(db, 'SELECT key, code, message FROM errors');
    assert.equal(rows.length, 1);
    assert.equal(rows[0].key, meta.errorKey);
    assert.equal(rows[0].code, 'JOB_FAILED');
    assert.match(rows[0].message, /failed after \d attempts: job data holds no payload/);
  } finally {
    w.child.kill('SIGTERM');
    assert.equal(await w.exited, 0, w.stderr());
    await q.close();
  }
  assert.match(w.stderr(), /stopped: 0 stored, 0 errors, 0 already stored, 2 retried, 1 failed/);
});

test(`${here}enqueue twice adds once; status counts; SIGTERM finishes in-flight jobs and exits 0`, { skip, timeout: 120_000 }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.jsonl'), jsonlCorpus(50, 25).bytes);
  const db = await pgs!.createDatabase('sigterm');
  const args = ['enqueue', 'c.jsonl', '--redis', redis!.url, '--queue', 'small', '--progress', 'plain'];
  assert.match((await runCli(args, { cwd: dir })).stderr, /added 48, skipped 0 already queued, 2 record errors/);
  assert.match((await runCli(args, { cwd: dir })).stderr, /added 0, skipped 50 already queued, 0 record errors/);
  const table = await runCli(['queue', 'status', '--redis', redis!.url, '--queue', 'small', '--sample', '0']);
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^waiting\s+50$/m);
  assert.match(table.stdout, /^completed\s+0$/m);
  const w = spawnWorker(redis!.url, db, ['--queue', 'small']);
  await waitForCounts(redis!.url, 'some jobs done', (c) => c.completed >= 5, 60_000, 'small');
  w.child.kill('SIGTERM');
  assert.equal(await w.exited, 0, w.stderr());
  const status = JSON.parse((await runCli(['queue', 'status', '--redis', redis!.url, '--queue', 'small', '--sample', '0', '--format', 'json'])).stdout);
  assert.equal(status.active, 0, 'no job left active: those in flight were finished');
  const [{ n }] = await pgRows<{ n: number }>(db, 'SELECT (SELECT COUNT(*) FROM articles) + (SELECT COUNT(*) FROM errors) AS n');
  assert.equal(Number(n), status.completed, 'every completed job has its row');
  const bad = await runCli(['queue', 'status', '--redis', 'localhost:6379']);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /redis:\/\//);
});
