import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertContract } from '../helpers/contract.js';
import { dbCounts, dbRows } from './batch-db.js';
import { article, jsonlCorpus, rss, serveHtml, writeWarc } from './batch-fixtures.js';
import { ended, runCli, tempDir } from './run-cli.js';

const here = '[cli batch] ';

test(`${here}JSONL with corrupt lines: stored once, errors listed, rerun skips everything`, async () => {
  const dir = tempDir();
  const corpus = jsonlCorpus(60, 10);
  writeFileSync(join(dir, 'corpus.jsonl'), corpus.bytes);
  const r = await runCli(['batch', 'corpus.jsonl', '--db', 'news.db', '--out', 'out.jsonl', '--workers', '2', '--progress', 'plain'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, new RegExp(`done ${corpus.good}, skipped 0, failed ${corpus.corrupt} in [\\d.]+ s`));
  assert.deepEqual(dbCounts(join(dir, 'news.db')), { articles: corpus.good, errors: corpus.corrupt, distinctIds: corpus.good, analyses: corpus.good });
  const codes = dbRows<{ code: string }>(join(dir, 'news.db'), 'SELECT code FROM errors ORDER BY input').map((e) => e.code).sort();
  assert.deepEqual(codes, ['BAD_ENCODING', 'BAD_ENCODING', 'BAD_JSON', 'BAD_JSON', 'NO_TEXT', 'NO_TEXT']);
  // articles are committed in input order
  const ids = dbRows<{ record_id: string }>(join(dir, 'news.db'), 'SELECT record_id FROM articles ORDER BY rowid').map((a) => a.record_id);
  assert.deepEqual(ids, ids.slice().sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  const lines = readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
  assert.equal(lines.length, 60);
  const first = lines.find((l) => !l.error);
  const { record, ...analysis } = first;
  assert.equal(record.id, 'r0');
  assertContract(analysis);
  assert.equal(analysis.input.kind, 'jsonl-record');

  const again = await runCli(['batch', 'corpus.jsonl', '--db', 'news.db', '--out', 'out.jsonl', '--progress', 'plain'], { cwd: dir });
  assert.equal(again.code, 0, again.stderr);
  assert.match(again.stderr, /done 0, skipped 60, failed 0/);
  assert.equal(readFileSync(join(dir, 'out.jsonl'), 'utf8').trimEnd().split('\n').length, 60);
});

test(`${here}stats and export read the store`, async () => {
  const dir = tempDir();
  writeFileSync(join(dir, 'c.jsonl'), jsonlCorpus(12, 100).bytes);
  assert.equal((await runCli(['batch', 'c.jsonl', '--db', 'n.db', '--workers', '0'], { cwd: dir })).code, 0);
  const table = await runCli(['stats', '--db', 'n.db', '--by', 'outlet'], { cwd: dir });
  assert.equal(table.code, 0, table.stderr);
  assert.match(table.stdout, /^articles\s+12$/m);
  assert.match(table.stdout, /^errors\s+0$/m);
  assert.match(table.stdout, /anonymous share/);
  assert.match(table.stdout, /by outlet\n\s+outlet\s+articles/);
  assert.match(table.stdout, /Courier\s+4\s/);
  const statsJson = await runCli(['stats', '--db', 'n.db', '--by', 'outlet,month', '--format', 'json'], { cwd: dir });
  assert.ok(statsJson.stdout, ended(statsJson));
  const json = JSON.parse(statsJson.stdout);
  assert.equal(json.articles, 12);
  assert.equal(json.groups.length, 12);
  assert.deepEqual(Object.keys(json.bySourceType).sort(), ['anonymous', 'document', 'named', 'organization', 'unknown']);
  const csv = (await runCli(['stats', '--db', 'n.db', '--by', 'month', '--format', 'csv'], { cwd: dir })).stdout.trimEnd().split('\r\n');
  assert.equal(csv[0], 'month,articles,statements,named,anonymous,organization,document,unknown,anonymous_share');
  assert.equal(csv.length, 13);
  const statements = json.statements as number;
  const exp = await runCli(['export', '--db', 'n.db', '--format', 'csv'], { cwd: dir });
  assert.equal(exp.code, 0, exp.stderr);
  assert.match(exp.stdout, /^articleKey,recordId,outlet,url,publishedAt,title,quoteId,kind,content,/);
  const jl = (await runCli(['export', '--db', 'n.db', '--format', 'jsonl'], { cwd: dir })).stdout.split('\n').filter(Boolean);
  assert.equal(jl.length, statements, 'one export row per statement');
  const missing = await runCli(['stats', '--db', 'nope.db'], { cwd: dir });
  assert.equal(missing.code, 2);
  assert.match(missing.stderr, /nope\.db/);
});

for (const gzip of [false, true]) {
  test(`${here}a WARC${gzip ? '.gz' : ''} crawl: HTML responses become articles, a truncated record is an error`, async () => {
    const dir = tempDir();
    const file = gzip ? 'crawl.warc.gz' : 'crawl.warc';
    const want = await writeWarc(join(dir, file), gzip);
    const r = await runCli(['batch', file, '--db', 'w.db', '--progress', 'plain'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, new RegExp(`done ${want.articles}, skipped 0, failed 1, ignored ${want.ignored} non-article records`));
    const rows = dbRows<{ url: string; kind: string; outlet: string; title: string }>(join(dir, 'w.db'), 'SELECT url, kind, outlet, title FROM articles ORDER BY rowid');
    assert.deepEqual(rows.map((a) => a.url), ['https://news.example/a/1', 'https://news.example/a/2', 'https://news.example/a/3']);
    assert.ok(rows.every((a) => a.kind === 'warc-record' && a.outlet === 'news.example'));
    assert.match(rows[0].title, /Council Story 1/);
    const errs = dbRows<{ code: string; input: string }>(join(dir, 'w.db'), 'SELECT code, input FROM errors');
    assert.equal(errs.length, 1);
    assert.equal(errs[0].code, 'TRUNCATED');
    const json = JSON.parse(dbRows<{ json: string }>(join(dir, 'w.db'), 'SELECT json FROM analyses LIMIT 1')[0].json);
    assertContract(json);
    assert.match(json.article.text, /We cannot wait another season/);
    const again = await runCli(['batch', file, '--db', 'w.db', '--progress', 'plain'], { cwd: dir });
    assert.match(again.stderr, /done 0, skipped 4, failed 0/, ended(again));
  });
}

test(`${here}an RSS feed: item content analysed; --follow fetches links under the URL-safety rules`, async () => {
  const dir = tempDir();
  const server = createServer((req, res) => {
    const i = Number(/\/story\/(\d+)/.exec(req.url ?? '')?.[1] ?? 0);
    res.writeHead(i ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(i ? serveHtml(i) : 'no');
  });
  await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
  const port = (server.address() as AddressInfo).port;
  try {
    writeFileSync(join(dir, 'gazette.rss'), rss((i) => `http://127.0.0.1:${port}/story/${i}`));
    const r = await runCli(['batch', 'gazette.rss', '--db', 'f.db', '--progress', 'plain'], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /done 2, skipped 0, failed 1/);
    const rows = dbRows<{ outlet: string; title: string; published_at: string; kind: string }>(join(dir, 'f.db'), 'SELECT outlet, title, published_at, kind FROM articles ORDER BY rowid');
    assert.deepEqual(rows.map((a) => [a.outlet, a.title, a.published_at, a.kind]), [
      ['The Harbor Gazette', 'Council Story 1', '2025-09-01T10:00:00.000Z', 'feed-item'],
      ['The Harbor Gazette', 'Council Story 2', '2025-09-02T10:00:00.000Z', 'feed-item'],
    ]);
    assert.deepEqual(dbRows<{ code: string }>(join(dir, 'f.db'), 'SELECT code FROM errors'), [{ code: 'NO_TEXT' }]);

    const refused = await runCli(['batch', 'gazette.rss', '--follow', '--db', 'follow.db', '--progress', 'plain'], { cwd: dir });
    assert.equal(refused.code, 0, refused.stderr);
    assert.match(refused.stderr, /done 0, skipped 0, failed 3/);
    assert.deepEqual(dbRows<{ code: string }>(join(dir, 'follow.db'), 'SELECT DISTINCT code FROM errors'), [{ code: 'PRIVATE_ADDRESS' }]);
    const allowed = await runCli(['batch', 'gazette.rss', '--follow', '--allow-private', '--retry-errors', '--db', 'follow.db', '--progress', 'plain'], { cwd: dir });
    assert.match(allowed.stderr, /done 3, skipped 0, failed 0/, ended(allowed));
    assert.deepEqual(dbCounts(join(dir, 'follow.db')), { articles: 3, errors: 0, distinctIds: 3, analyses: 3 });
  } finally {
    server.close();
  }
});

test(`${here}directories, globs, a 0-byte file and mapped JSONL fields`, async () => {
  const dir = tempDir();
  mkdirSync(join(dir, 'pages/2025'), { recursive: true });
  writeFileSync(join(dir, 'pages/a.txt'), article(1));
  writeFileSync(join(dir, 'pages/2025/b.html'), `<html><body><article><h1>B</h1><p>${article(2)}</p></article></body></html>`);
  writeFileSync(join(dir, 'pages/2025/empty.txt'), '');
  writeFileSync(join(dir, 'pages/notes.bin'), 'not picked up by a directory walk');
  writeFileSync(join(dir, 'export.jsonl'), `${JSON.stringify({ doc: { body: article(5), src: 'Courier' }, when: '2024-02-03' })}\n`);
  const r = await runCli(['batch', 'pages', "'*.jsonl'".slice(1, -1), '--db', 'd.db', '--text-field', 'doc.body', '--outlet-field', 'doc.src',
    '--date-field', 'when', '--progress', 'none'], { cwd: dir });
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr, '');
  const rows = dbRows<{ input: string; outlet: string | null; month: string | null }>(join(dir, 'd.db'), 'SELECT input, outlet, month FROM articles ORDER BY rowid');
  assert.deepEqual(rows.map((a) => a.input), ['pages/2025/b.html', 'pages/a.txt', 'export.jsonl:1']);
  assert.deepEqual(rows[2], { input: 'export.jsonl:1', outlet: 'Courier', month: '2024-02' });
  assert.deepEqual(dbRows(join(dir, 'd.db'), 'SELECT input, code FROM errors'), [{ input: 'pages/2025/empty.txt', code: 'EMPTY_INPUT' }]);
  const none = await runCli(['batch', 'nothing-here/*.jsonl', '--db', 'd.db'], { cwd: dir });
  assert.equal(none.code, 2);
  assert.match(none.stderr, /no such file, directory or matching files: nothing-here\/\*\.jsonl/);
});

test(`${here}--attributions parc reaches the worker threads; a bad value is a usage error`, async () => {
  const dir = tempDir();
  const text = 'Norland council met on Monday.\n\n“The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.”';
  writeFileSync(join(dir, 'c.jsonl'), `${JSON.stringify({ id: 'a1', text })}\n`);
  const contents = async (out: string, args: string[]): Promise<string[]> => {
    const r = await runCli(['batch', 'c.jsonl', '--no-db', '--out', out, '--workers', '1', '--progress', 'none', ...args], { cwd: dir });
    assert.equal(r.code, 0, r.stderr);
    const [{ record: _record, ...a }] = readFileSync(join(dir, out), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const q of a.quotes) assert.equal(q.content.text, a.article.text.slice(q.content.start, q.content.end));
    return a.quotes.map((q: { content: { text: string } }) => q.content.text);
  };
  assert.deepEqual(await contents('newslens.jsonl', []), ['The ferry to Quist will run again in March,', 'and the fares will not go up.']);
  assert.deepEqual(await contents('parc.jsonl', ['--attributions', 'parc']), ['The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.']);
  const bad = await runCli(['batch', 'c.jsonl', '--no-db', '--out', 'x.jsonl', '--attributions', 'penn'], { cwd: dir });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /argument 'penn' is invalid\. Allowed choices are newslens, parc\./);
});
