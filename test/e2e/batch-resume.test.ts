import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { dbCounts } from './batch-db.js';
import { jsonlCorpus } from './batch-fixtures.js';
import { BIN, runCli, tempDir } from './run-cli.js';

const here = '[cli batch resume] ';
const N = 1500;
const EVERY = 100; // 1 % corrupt lines, as in the 20,000-record run

test(`${here}SIGKILL mid-run, then a rerun: every record stored exactly once or listed in errors`, async () => {
  const dir = tempDir();
  const corpus = jsonlCorpus(N, EVERY);
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.bytes);
  const args = ['batch', 'corpus.jsonl', '--db', 'news.db', '--out', 'out.jsonl', '--workers', '2', '--commit-every', '25', '--progress', 'none'];
  const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: 'ignore' });
  const exited = new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  // kill as soon as some batches are committed, so the kill lands mid-run
  let atKill = 0;
  for (let i = 0; i < 600 && atKill < 100; i++) {
    await sleep(20);
    if (existsSync(join(dir, 'news.db'))) {
      try {
        atKill = dbCounts(join(dir, 'news.db')).articles;
      } catch {
        // the schema is not written yet
      }
    }
  }
  child.kill('SIGKILL');
  await exited;
  const partial = dbCounts(join(dir, 'news.db'));
  assert.ok(partial.articles > 0 && partial.articles < corpus.good, `${here}killed mid-run (${partial.articles} of ${corpus.good} stored)`);

  const rerun = await runCli([...args.slice(0, -2), '--progress', 'plain'], { cwd: dir });
  assert.equal(rerun.code, 0, rerun.stderr);
  const m = /done (\d+), skipped (\d+), failed (\d+)/.exec(rerun.stderr);
  assert.ok(m, rerun.stderr);
  assert.equal(Number(m[1]) + Number(m[2]) + Number(m[3]), N, 'the rerun accounts for every record');
  // (records the store committed but the JSONL sink had not yet written are redone: each sink skips its own)
  assert.ok(Number(m[2]) > 0, 'what the killed run committed is skipped');
  console.log(`${here}killed with ${partial.articles} articles + ${partial.errors} errors stored; rerun: ${m[0]}`);

  assert.deepEqual(dbCounts(join(dir, 'news.db')), { articles: corpus.good, errors: corpus.corrupt, distinctIds: corpus.good, analyses: corpus.good });
  const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').split('\n').filter(Boolean);
  const keys = lines.map((l) => JSON.parse(l).record.key as string);
  assert.equal(lines.length, N, 'the JSONL sink holds each record once too');
  assert.equal(new Set(keys).size, N);

  const third = await runCli(args, { cwd: dir });
  assert.equal(third.code, 0);
  assert.deepEqual(dbCounts(join(dir, 'news.db')).articles, corpus.good);
});
