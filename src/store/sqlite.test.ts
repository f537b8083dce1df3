import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { analyzeText, type Analysis } from '../index.js';
import { SCHEMA_VERSION } from './migrations.js';
import { openStore, SqliteStore, type RecordMeta } from './index.js';

const here = '[store/sqlite] ';
const dbPath = (): string => join(mkdtempSync(join(tmpdir(), 'newslens-store-')), 'n.db');

/** An analysis with statements filled in by hand, whatever the attribution stage does today. */
function withQuotes(outlet: string): { meta: RecordMeta; analysis: Analysis } {
  const base = analyzeText('Harbor talks stall\n\nThe port said talks had stalled. "We are far apart," said Ada Brill.');
  const t = base.article.text;
  const span = (s: string) => ({ start: t.indexOf(s), end: t.indexOf(s) + s.length, text: s });
  const analysis: Analysis = {
    ...base,
    sources: [
      { id: 's1', type: 'named', name: 'Ada Brill', descriptor: null, entity: null, mentions: [span('Ada Brill')] },
      { id: 's2', type: 'organization', name: 'The Wire', descriptor: null, entity: null, mentions: [], relayed: true },
    ],
    quotes: [
      { id: 'q1', kind: 'direct', content: span('We are far apart,'), cue: span('said'), speakerMention: span('Ada Brill'), sources: ['s1'], relayedVia: 's2' },
      { id: 'q2', kind: 'indirect', content: span('talks had stalled'), cue: null, speakerMention: null, sources: [] },
    ],
    sourcing: { ...base.sourcing, relayedFrom: ['The Wire'] },
  };
  const key = `${outlet}-key`.padEnd(64, '0');
  return { meta: { key, errorKey: `e-${key}`, id: outlet, input: `${outlet}.txt`, kind: 'text', outlet, publishedAt: '2025-03-04' }, analysis };
}

test(`${here}migrates a new file to the current schema version in WAL mode`, async () => {
  const path = dbPath();
  const s = new SqliteStore(path);
  await s.close();
  const db = new Database(path, { readonly: true });
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.close();
  await assert.rejects(openStore(join(tmpdir(), 'newslens-no-such-dir', 'x.db'), { readonly: true }), /cannot open|not a newslens/);
  await assert.rejects(openStore('postgres://localhost/news'), /PostgreSQL/);
});

test(`${here}writes skip stored keys; errors are listed once; replace re-analyses`, async () => {
  const path = dbPath();
  const s = new SqliteStore(path);
  const a = withQuotes('Gazette'), b = withQuotes('Herald');
  const err = { key: 'f'.repeat(64), id: 'x:3', input: 'x:3', code: 'BAD_JSON', message: 'not valid JSON' };
  await s.write([a, b], [err]);
  await s.write([a], [err]);
  assert.deepEqual([...(await s.known([a.meta.key, 'nope', err.key]))].sort(), [a.meta.key, err.key].sort());
  const st = await s.stats({ by: ['outlet'] });
  assert.equal(st.articles, 2);
  assert.equal(st.errors, 1);
  assert.equal(st.statements, 4);
  assert.deepEqual(st.bySourceType, { named: 2, anonymous: 0, organization: 0, document: 0, unknown: 2 });
  assert.deepEqual(st.topSources, [{ name: 'Ada Brill', type: 'named', statements: 2, articles: 2 }]);
  assert.deepEqual(st.topRelayed, [{ outlet: 'The Wire', statements: 2, articles: 2 }]);
  assert.deepEqual(st.groups?.map((g) => [g.outlet, g.articles, g.statements]), [['Gazette', 1, 2], ['Herald', 1, 2]]);
  const rows = [];
  for await (const q of s.quotes()) rows.push(q);
  assert.equal(rows.length, 4);
  assert.equal(rows[0].sourceName, 'Ada Brill');
  assert.equal(rows[0].relayedVia, 'The Wire');
  assert.equal(rows[0].publishedAt, '2025-03-04');
  await s.close();

  const r = new SqliteStore(path, { replace: true });
  assert.equal((await r.known([a.meta.key])).size, 0, 'replace mode re-analyses everything');
  await r.write([{ ...a, analysis: { ...a.analysis, quotes: [] } }], []);
  assert.equal((await r.stats({})).statements, 2);
  await r.close();
});

test(`${here}a database from a newer newslens is refused`, async () => {
  const path = dbPath();
  const db = new Database(path);
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  assert.throws(() => new SqliteStore(path), /newer than this newslens/);
});
