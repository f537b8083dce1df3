// The per-article time budget: checked between stages; once spent, the remaining stages are skipped,
// their fields stay empty, the contract holds and a `pipeline/time-budget` warning says why.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Doc } from '../src/doc.js';
import { analyze, analyzeText, NewslensError } from '../src/index.js';
import { createPipeline, type Stage } from '../src/pipeline.js';
import { assertContract } from './helpers/contract.js';

const here = '[time-budget] ';
const ARTICLE = 'The council met on Tuesday.\n\n"We will not back down," said Mayor Jane Roe.\n\nThe union said talks would resume.';

const doc: Doc = { input: { kind: 'text', uri: null, sha256: '', bytes: 0, readAs: 'body' }, raw: 'x', text: '', messages: [] };
const stage = (name: Stage['name'], cost: number, clock: { t: number }, seen: string[]): Stage => ({
  name, requires: [], assigns: [],
  run(d, ctx) { clock.t += cost; seen.push(`${name}${ctx.expired() ? '!' : ''}`); return d; },
});

test(`${here}stops between stages once the budget is spent, naming the skipped stages`, () => {
  const clock = { t: 0 }, seen: string[] = [];
  const p = createPipeline([stage('extract', 10, clock, seen), stage('text', 100, clock, seen), stage('entities', 1, clock, seen), stage('profile', 1, clock, seen)]);
  const out = p.run(doc, { timeoutMs: 50, now: () => clock.t });
  assert.deepEqual(seen, ['extract', 'text!']);
  assert.deepEqual(out.messages.map((m) => `${m.stage}/${m.rule}: ${m.reason}`), ['pipeline/time-budget: stopped after text (110 ms); entities, profile skipped']);
});

test(`${here}no warning when the last stage is the one that runs over, or within the budget`, () => {
  const clock = { t: 0 }, seen: string[] = [];
  const p = createPipeline([stage('extract', 10, clock, seen), stage('text', 100, clock, seen)]);
  assert.equal(p.run(doc, { timeoutMs: 50, now: () => clock.t }).messages.length, 0);
  assert.equal(p.run(doc, { timeoutMs: 1e9, now: () => clock.t }).messages.length, 0);
  assert.equal(p.run(doc, { timeoutMs: Infinity }).messages.length, 0);
});

test(`${here}a spent budget still gives a contract-valid analysis with the extracted text`, async () => {
  for (const a of [analyzeText(ARTICLE, { as: 'body', timeoutMs: 1e-9 }), await analyze({ text: ARTICLE }, { as: 'body', timeoutMs: 1e-9 })]) {
    assertContract(a, here);
    assert.equal(a.article.text, ARTICLE);
    assert.equal(a.quotes.length, 0);
    assert.equal(a.entities.length, 0);
    assert.match(a.warnings.at(-1) ?? '', /^pipeline\/time-budget: stopped after extract \(\d+ ms\); text, entities, attribution, profile skipped$/);
  }
  const full = analyzeText(ARTICLE, { as: 'body' });
  assert.ok(full.quotes.length > 0 && !full.warnings.some((w) => w.startsWith('pipeline/')), `${here}default budget runs every stage`);
});

test(`${here}a budget that is not a positive number is a USAGE error`, async () => {
  for (const timeoutMs of [0, -1, Number.NaN, '5' as unknown as number]) {
    assert.throws(() => analyzeText(ARTICLE, { timeoutMs }), (e: unknown) => e instanceof NewslensError && e.code === 'USAGE');
    await assert.rejects(analyze(ARTICLE, { timeoutMs }), (e: unknown) => e instanceof NewslensError && e.code === 'USAGE');
  }
});
