// Nothing lost, nothing doubled: enqueue N records, run 3 worker processes, SIGKILL one mid-run and
// start a fresh one, restart Redis once, wait for the queue to drain; the store then holds every
// record exactly once, as an article or as an error. N is 2,000 (NEWSLENS_QUEUE_TEST_RECORDS).
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { servicesMissing } from '../services/binaries.js';
import { startPostgres, type PostgresService } from '../services/postgres.js';
import { startRedis, type RedisService } from '../services/redis.js';
import { jsonlCorpus } from './batch-fixtures.js';
import { pgRows, spawnWorker, waitForCounts, type WorkerProcess } from './queue-helpers.js';
import { runCli, tempDir } from './run-cli.js';

const here = '[queue kill/restart] ';
const N = Number(process.env.NEWSLENS_QUEUE_TEST_RECORDS ?? 2000);
const skip = servicesMissing();
let pgs: PostgresService | null = null;
let redis: RedisService | null = null;
const workers: WorkerProcess[] = [];

before(async () => {
  if (skip) return;
  [pgs, redis] = await Promise.all([startPostgres(), startRedis()]);
});
after(async () => {
  for (const w of workers) if (w.child.exitCode === null) w.child.kill('SIGKILL');
  await redis?.stop();
  await pgs?.stop();
});

test(`${here}${N} records, 3 workers, one SIGKILLed and replaced, Redis restarted: each stored once`, { skip, timeout: 400_000 }, async () => {
  const dir = tempDir();
  const corpus = jsonlCorpus(N, 100);
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.bytes);
  const db = await pgs!.createDatabase('kill_restart');
  const enq = await runCli(['enqueue', 'corpus.jsonl', '--redis', redis!.url, '--progress', 'plain'], { cwd: dir });
  assert.equal(enq.code, 0, enq.stderr);
  assert.match(enq.stderr, new RegExp(`added ${corpus.good}, skipped 0 already queued, ${corpus.corrupt} record errors`));

  const t0 = Date.now();
  for (let i = 0; i < 3; i++) workers.push(spawnWorker(redis!.url, db));
  const early = await waitForCounts(redis!.url, 'a sixth of the jobs done', (c) => c.completed >= N / 6, 120_000);
  workers[0].child.kill('SIGKILL');
  assert.equal(await workers[0].exited, null, 'the first worker died of SIGKILL');
  workers.push(spawnWorker(redis!.url, db));
  const mid = await waitForCounts(redis!.url, 'half the jobs done', (c) => c.completed >= N / 2, 120_000);
  await redis!.restart();
  const done = await waitForCounts(redis!.url, 'the queue to drain',
    (c) => c.waiting + c.active + c.delayed === 0 && c.completed + c.failed === N, 300_000);
  const seconds = (Date.now() - t0) / 1000;

  for (const w of workers.slice(1)) w.child.kill('SIGTERM');
  for (const w of workers.slice(1)) assert.equal(await w.exited, 0, `SIGTERM: the worker finishes and exits 0\n${w.stderr()}`);

  const [{ articles, keys, ids }] = await pgRows<{ articles: number; keys: number; ids: number }>(db,
    'SELECT COUNT(*)::int AS articles, COUNT(DISTINCT content_sha256)::int AS keys, COUNT(DISTINCT record_id)::int AS ids FROM articles');
  const [{ errors }] = await pgRows<{ errors: number }>(db, 'SELECT COUNT(*)::int AS errors FROM errors');
  const [{ quotes }] = await pgRows<{ quotes: number }>(db,
    'SELECT COUNT(*)::int AS quotes FROM (SELECT article_key, ord FROM quotes GROUP BY 1, 2 HAVING COUNT(*) > 1) d');
  process.stderr.write(`${here}N=${N}: killed at ${early.completed} completed, Redis restarted at ${mid.completed}; drained in ${seconds.toFixed(1)} s: `
    + `completed ${done.completed}, failed ${done.failed}; store: ${articles} articles, ${errors} errors\n`);
  assert.equal(articles + errors, N, 'every record stored as an article or an error');
  assert.equal(articles, corpus.good);
  assert.equal(errors, corpus.corrupt);
  assert.equal(ids, articles, 'no record stored twice');
  assert.equal(keys, articles, 'no text stored twice');
  assert.equal(quotes, 0, 'no duplicate quote rows');
  assert.equal(done.failed, 0);

  const again = await runCli(['enqueue', 'corpus.jsonl', '--redis', redis!.url, '--progress', 'plain'], { cwd: dir });
  assert.match(again.stderr, new RegExp(`added 0, skipped ${N} already queued`), 'the queue survived the restart: nothing re-added');
});
