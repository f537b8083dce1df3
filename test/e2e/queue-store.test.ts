// The PostgreSQL store beside the SQLite one: the same corpus through `newslens batch` into both
// gives the same `stats` and `export` output; writes are idempotent by input sha256.
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { servicesMissing } from '../services/binaries.js';
import { startPostgres, type PostgresService } from '../services/postgres.js';
import { jsonlCorpus } from './batch-fixtures.js';
import { runCli, tempDir } from './run-cli.js';

const here = '[store postgres] ';
const skip = servicesMissing();
let pgs: PostgresService | null = null;

before(async () => { if (!skip) pgs = await startPostgres(); });
after(async () => { await pgs?.stop(); });

test(`${here}same corpus into SQLite and PostgreSQL: identical stats and export`, { skip }, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.jsonl'), jsonlCorpus(40, 9).bytes);
  const pgUrl = await pgs!.createDatabase('stats_same');
  for (const db of ['n.db', pgUrl]) {
    const r = await runCli(['batch', 'c.jsonl', '--db', db, '--workers', '0', '--progress', 'none'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
  }
  const again = await runCli(['batch', 'c.jsonl', '--db', pgUrl, '--workers', '0', '--progress', 'plain'], { cwd: dir });
  assert.match(again.stderr, /done 0, skipped 40, failed 0/, 'a rerun into PostgreSQL skips every stored record');
  for (const args of [['--format', 'json'], ['--by', 'outlet,month', '--format', 'json'], ['--by', 'outlet'], ['--by', 'month', '--format', 'csv']]) {
    const lite = await runCli(['stats', '--db', 'n.db', ...args], { cwd: dir });
    const post = await runCli(['stats', '--db', pgUrl, ...args], { cwd: dir });
    assert.equal(post.code, 0, post.stderr);
    assert.equal(post.stdout.replaceAll(pgUrl, 'n.db'), lite.stdout, `stats ${args.join(' ')}`);
  }
  const json = JSON.parse((await runCli(['stats', '--db', pgUrl, '--format', 'json'], { cwd: dir })).stdout);
  assert.equal(json.articles, 36);
  assert.equal(json.errors, 4);
  assert.ok(json.statements > 0);
  for (const format of ['jsonl', 'csv']) {
    const lite = await runCli(['export', '--db', 'n.db', '--format', format], { cwd: dir });
    const post = await runCli(['export', '--db', pgUrl, '--format', format], { cwd: dir });
    assert.equal(post.code, 0, post.stderr);
    assert.ok(lite.stdout.length > 100);
    assert.equal(post.stdout, lite.stdout, `export --format ${format}`);
  }
});

test(`${here}two writers of the same records store each once; read-only refuses an empty database`, { skip }, async () => {
  const { openStore } = await import('../../src/store/index.js');
  const { analyzeText } = await import('../../src/index.js');
  const url = await pgs!.createDatabase('upsert');
  await assert.rejects(openStore(url, { readonly: true }), /not a newslens database/);
  const [a, b] = await Promise.all([openStore(url), openStore(url)]); // both migrate: one waits for the other
  const items = Array.from({ length: 20 }, (_, i) => {
    const key = String(i).padStart(64, 'a');
    return { meta: { key, errorKey: `e${key}`, id: `r${i}`, input: `c.jsonl:${i + 1}`, kind: 'jsonl-record' as const, outlet: 'Gazette' },
      analysis: analyzeText(`Story ${i}\n\n"We will build it," said Ada Brill, the mayor. Officials said the plan was late.`) };
  });
  const err = { key: 'f'.repeat(64), id: 'x', input: 'c.jsonl:99', code: 'BAD_JSON', message: 'not valid JSON' };
  await Promise.all([a.write(items, [err]), b.write(items.slice().reverse(), [err]), a.write(items.slice(5), [])]);
  const st = await a.stats({});
  assert.equal(st.articles, 20);
  assert.equal(st.errors, 1);
  assert.equal((await b.known([items[3].meta.key, 'nope', err.key])).size, 2);
  const page = await b.articles({ limit: 5, offset: 0, outlet: 'Gazette' });
  assert.equal(page.total, 20);
  assert.equal(page.items.length, 5);
  const one = await b.article(items[0].meta.key);
  assert.equal(one?.summary.recordId, 'r0');
  assert.equal(one?.analysis.input.sha256, items[0].analysis.input.sha256);
  await a.close();
  await b.close();
  await assert.rejects(openStore('postgres://newslens@127.0.0.1:1/none'), /PostgreSQL/);
});
