// With --db: GET /v1/stats and /v1/articles over a store written through the store's public
// interface, the corpus page and the page per stored article.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { analyzeText } from '../../src/index.js';
import { createServer } from '../../src/server/index.js';
import { openStore } from '../../src/store/index.js';
import { tempDir } from './run-cli.js';

const here = '[server corpus] ';
const ARTICLE = readFileSync(new URL('../browser/fixtures/lantern-bridge.txt', import.meta.url), 'utf8');

test(`${here}/v1/stats and /corpus over a --db store`, async () => {
  const db = join(tempDir(), 'news.db');
  const store = await openStore(db);
  const analysis = analyzeText(ARTICLE);
  const meta = (n: number, outlet: string, publishedAt: string) => ({
    key: `k${n}`, errorKey: `e${n}`, id: `a${n}`, input: `feed#${n}`, kind: 'text' as const, outlet, publishedAt, url: null, title: null,
  });
  await store.write([
    { meta: meta(1, 'Valley Ledger', '2026-02-10'), analysis },
    { meta: meta(2, 'River Post', '2026-03-03'), analysis },
  ], []);
  await store.close();

  const app = await createServer({ logger: false, workers: 0, db });
  try {
    const stats = (await app.inject('/v1/stats?by=outlet&top=5')).json();
    assert.equal(stats.articles, 2);
    assert.equal(stats.statements, analysis.quotes.length * 2);
    assert.deepEqual(stats.groups.map((g: { outlet: string }) => g.outlet).sort(), ['River Post', 'Valley Ledger']);
    assert.ok(stats.topSources.length <= 5);
    const bad = await app.inject('/v1/stats?by=colour');
    assert.equal(bad.statusCode, 400);
    assert.equal(bad.json().error.code, 'USAGE');
    assert.equal((await app.inject('/corpus')).statusCode, 200);
    assert.equal((await app.inject('/healthz')).json().corpus, true);
    assert.ok((await app.inject('/openapi.json')).json().paths['/v1/stats']);
    const page = (await app.inject('/v1/articles?limit=1&offset=1')).json();
    assert.equal(page.total, 2);
    assert.deepEqual(page.items.map((a: { key: string; outlet: string }) => [a.key, a.outlet]), [['k2', 'River Post']]);
    assert.equal((await app.inject('/v1/articles?outlet=Valley%20Ledger')).json().items[0].key, 'k1');
    assert.equal((await app.inject('/v1/articles?limit=0')).statusCode, 400);
    const one = (await app.inject('/v1/articles/k1')).json();
    assert.equal(one.summary.statements, analysis.quotes.length);
    assert.deepEqual(one.analysis.quotes, analysis.quotes);
    const missing = await app.inject('/v1/articles/nope');
    assert.equal(missing.statusCode, 404);
    assert.equal(missing.json().error.code, 'NOT_FOUND');
    const html = await app.inject('/articles/k1');
    assert.equal(html.statusCode, 200);
    assert.match(html.headers['content-type'] as string, /text\/html/);
    assert.match(html.body, /Lantern Bridge/);
  } finally {
    await app.close();
  }
});

test(`${here}a --db that is not a newslens store fails at start with a clear error`, async () => {
  await assert.rejects(createServer({ logger: false, workers: 0, db: join(tempDir(), 'missing.db') }), /cannot open the database|not a newslens database/);
});
