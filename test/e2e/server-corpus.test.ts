// With --db: GET /v1/stats over a store written through the store's public interface, and the
// corpus page. (The store has no article listing yet, so /v1/articles is not served.)
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
  } finally {
    await app.close();
  }
});

test(`${here}a --db that is not a newslens store fails at start with a clear error`, async () => {
  await assert.rejects(createServer({ logger: false, workers: 0, db: join(tempDir(), 'missing.db') }), /cannot open the database|not a newslens database/);
});
