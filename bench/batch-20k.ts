// `npm run bench:20k`: the corpus-scale check. Builds 20,000 JSONL records from the bench
// corpus (1 % corrupt lines), runs `newslens batch` with a progress bar, SIGKILLs it mid-run,
// reruns it, then checks that the store holds exactly 20,000 − corrupt articles and the corrupt
// lines in `errors`, and prints `newslens stats`. Everything is written under bench/out/20k/.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import Database from 'better-sqlite3';
import { loadCorpus, ROOT } from './corpus.js';
import { writeJsonlCorpus } from './corpus-jsonl.js';

const N = Number(process.env.BENCH_20K_RECORDS ?? 20_000);
const KILL_AT = Number(process.env.BENCH_20K_KILL_AT ?? 0.4); // share of articles stored when the kill lands
const dir = join(ROOT, 'bench/out/20k');
const bin = join(ROOT, 'dist/cli/bin.js');
mkdirSync(dir, { recursive: true });
const db = join(dir, 'news.db');
for (const f of [db, `${db}-wal`, `${db}-shm`]) rmSync(f, { force: true });

const corpus = loadCorpus();
const file = writeJsonlCorpus(join(dir, 'corpus.jsonl'), corpus, N, 100);
console.log(`corpus: ${file.records} records (${file.corrupt} corrupt), ${(file.bytes / 2 ** 20).toFixed(1)} MB, texts from ${corpus.name}`);

const count = (sql: string): number => {
  const d = new Database(db, { readonly: true });
  try {
    return (d.prepare(sql).get() as { n: number }).n;
  } finally {
    d.close();
  }
};
const args = ['batch', file.path, '--db', db, '--progress', 'bar'];
console.log(`\n$ newslens ${args.join(' ')}   # killed with SIGKILL at ~${KILL_AT * 100}%`);
const t0 = Date.now();
const child = spawn(process.execPath, [bin, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
const exited = new Promise((res) => child.on('exit', res));
let stored = 0;
while (child.exitCode === null && stored < (N - file.corrupt) * KILL_AT) {
  await sleep(200);
  try {
    stored = count('SELECT COUNT(*) AS n FROM articles');
  } catch {
    // not created yet
  }
}
child.kill('SIGKILL');
await exited;
const atKill = { articles: count('SELECT COUNT(*) AS n FROM articles'), errors: count('SELECT COUNT(*) AS n FROM errors') };
console.log(`\nSIGKILL after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${atKill.articles} articles and ${atKill.errors} errors committed`);

console.log(`\n$ newslens ${args.join(' ')}   # rerun: resumes`);
const rerun = spawnSync(process.execPath, [bin, ...args], { stdio: ['ignore', 'inherit', 'inherit'] });
if (rerun.status !== 0) throw new Error(`rerun exited ${rerun.status}`);

const articles = count('SELECT COUNT(*) AS n FROM articles');
const errors = count('SELECT COUNT(*) AS n FROM errors');
const ids = count('SELECT COUNT(DISTINCT record_id) AS n FROM articles');
const ok = articles === N - file.corrupt && errors === file.corrupt && ids === articles;
console.log(`\nstore: ${articles} articles (expected ${N - file.corrupt}), ${errors} errors (expected ${file.corrupt}), ${ids} distinct record ids: ${ok ? 'OK' : 'MISMATCH'}`);

console.log(`\n$ newslens stats --db ${db} --by outlet`);
spawnSync(process.execPath, [bin, 'stats', '--db', db, '--by', 'outlet'], { stdio: 'inherit' });
if (!ok) process.exitCode = 1;
