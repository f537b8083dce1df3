import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import * as api from '../src/index.js';
import { createPipeline, type Stage } from '../src/pipeline.js';
import { assertContract } from './helpers/contract.js';

const here = '[api] ';
const example = readFileSync(new URL('../examples/harbor-ferry-strike.txt', import.meta.url), 'utf8');

test(`${here}the public surface is pinned`, () => {
  assert.deepEqual(Object.keys(api).sort(), [
    'ERROR_CODES', 'NewslensError', 'SCHEMA_ID', 'analyze', 'analyzeText', 'renderHtml', 'renderText', 'spanHolds',
  ]);
});

test(`${here}package exports only the API and the CLI`, () => {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  assert.deepEqual(Object.keys(pkg.exports).sort(), ['.', './package.json']);
  assert.deepEqual(pkg.bin, { newslens: 'dist/cli/bin.js' });
});

test(`${here}analyze accepts text, bytes, {text}, {html}, {file}`, async () => {
  const fromString = await api.analyze(example);
  assertContract(fromString);
  assert.equal(fromString.input.kind, 'text');
  const fromBytes = await api.analyze(new TextEncoder().encode(example));
  assert.equal(fromBytes.input.sha256, fromString.input.sha256, 'sha256 is over the raw bytes');
  assert.equal(fromBytes.article.text, fromString.article.text);
  const fromFile = await api.analyze({ file: new URL('../examples/harbor-ferry-strike.txt', import.meta.url).pathname });
  assert.equal(fromFile.article.title, fromString.article.title);
  const html = await api.analyze({ html: '<html><body><article><h1>Hi</h1><p>The mayor said the bridge would reopen on Monday after months of repairs to its deck and railings.</p></article></body></html>', url: 'https://example.com/a' });
  assertContract(html);
  assert.equal(html.input.kind, 'html');
  assert.match(html.article.text, /bridge would reopen/);
});

test(`${here}analyzeText is synchronous and equals analyze on the same text`, async () => {
  const a = api.analyzeText(example);
  const b = await api.analyze(example);
  assert.deepEqual(a, b);
});

test(`${here}every field of the contract is present even when empty`, () => {
  const a = api.analyzeText('Quiet Day\nNothing was reported by anyone about the weather, which stayed mild all week.');
  assert.deepEqual(a.quotes, []);
  assert.deepEqual(a.sources, []);
  assert.ok(Array.isArray(a.entities));
  assert.deepEqual(a.sourcing.bySourceType, { named: 0, anonymous: 0, organization: 0, document: 0 });
  assert.equal(a.sourcing.attributedStatements, 0);
});

test(`${here}rejections are NewslensErrors with codes`, async () => {
  await assert.rejects(api.analyze(''), (e: unknown) => e instanceof api.NewslensError && e.code === 'EMPTY_INPUT');
  await assert.rejects(api.analyze({ file: '/definitely/not/here.txt' }), (e: unknown) => e instanceof api.NewslensError && e.code === 'NOT_FOUND');
  assert.throws(() => api.analyzeText('   \n '), (e: unknown) => e instanceof api.NewslensError && e.code === 'EMPTY_INPUT');
  await assert.rejects(api.analyze(example, { maxBytes: 100 }), (e: unknown) => e instanceof api.NewslensError && e.code === 'TOO_LARGE');
});

test(`${here}--as body keeps the input as article.text, offsets 1:1`, () => {
  const body = 'Line one of the body.\n\nLine two, “quoted,” she said.\n';
  const a = api.analyzeText(body, { as: 'body' });
  assert.equal(a.article.text, body);
  assert.equal(a.article.title, null);
  assertContract(a);
});

test(`${here}createPipeline names the missing stage`, () => {
  const needsTokens: Stage = { name: 'attribution', requires: ['tokens'], assigns: ['quotes'], run: (d) => d };
  assert.throws(() => createPipeline([needsTokens]), /stage 'attribution' needs tokens/);
});
