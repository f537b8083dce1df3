// The resource bounds (README "Limits and robustness"): what is cut, where, and that each cut says
// so. Outputs only: speed is measured by `npm run fuzz` and `npm run bench`, not here.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { docFromString } from '../src/input/index.js';
import { entities } from '../src/entities/index.js';
import { extract } from '../src/extract/index.js';
import { MAX_EMPTY_PARAGRAPHS, MAX_HEAVY_ELEMENTS } from '../src/extract/html/caps.js';
import { MAX_TEXT_CHARS } from '../src/extract/limits.js';
import { analyzeText } from '../src/index.js';
import { createPipeline } from '../src/pipeline.js';
import { text } from '../src/text/index.js';
import { MAX_SENTENCE_TOKENS } from '../src/text/sentences.js';
import { MAX_TOKENS } from '../src/text/tokenize.js';
import { assertContract } from './helpers/contract.js';

const here = '[bounds] ';
const pipeline = createPipeline([extract, text, entities]);
const run = (input: string, as: 'body' | 'page' | 'html') => {
  let d = docFromString(input, { kind: 'text', as });
  for (const s of pipeline.stages) d = s.run(d, pipeline.ctx);
  return d;
};

test(`${here}a line with no stops is cut into sentences of at most MAX_SENTENCE_TOKENS tokens`, () => {
  const d = run('word '.repeat(3 * MAX_SENTENCE_TOKENS), 'body');
  assert.equal(d.sentences!.length, 3);
  const per = new Map<number, number>();
  for (let i = 0; i < d.tokens!.count; i++) per.set(d.tokens!.sentence[i], (per.get(d.tokens!.sentence[i]) ?? 0) + 1);
  assert.ok([...per.values()].every((n) => n <= MAX_SENTENCE_TOKENS));
});

test(`${here}past MAX_TOKENS the rest of the body is not tokenized, with a text/token-cap warning`, () => {
  const body = Array.from({ length: 200 }, (_, i) => `Paragraph ${i} ${'is long and says little, '.repeat(40)}`).join('\n');
  const d = run(body, 'body');
  assert.ok(d.tokens!.count >= MAX_TOKENS && d.tokens!.count <= MAX_TOKENS + 1, String(d.tokens!.count));
  assert.ok(d.messages.some((m) => m.stage === 'text' && m.rule === 'token-cap'));
  assert.ok(d.tokens!.end[d.tokens!.count - 1] < body.length);
});

test(`${here}a text input past MAX_TEXT_CHARS is cut at a line break, with an extract/input-cap warning`, () => {
  const line = 'The council met again on Tuesday and the vote was put off. '.repeat(20);
  const input = Array.from({ length: Math.ceil((MAX_TEXT_CHARS * 1.5) / line.length) }, () => line).join('\n');
  for (const as of ['body', 'page'] as const) {
    const d = run(input, as);
    assert.ok(d.text.length <= MAX_TEXT_CHARS, `${as}: ${d.text.length}`);
    assert.ok(d.messages.some((m) => m.stage === 'extract' && m.rule === 'input-cap'), as);
  }
});

test(`${here}HTML past the heavy-element or empty-paragraph cap is read flat, never handed to the DOM`, () => {
  for (const [html, why] of [
    [`<html><body><article>${'<a href="/x">x</a> '.repeat(MAX_HEAVY_ELEMENTS + 1)}<p>"It holds," said Jane Roe.</p></article></body></html>`, /paragraphs, links and table rows/],
    [`<html><body><article>${'<p>'.repeat(MAX_EMPTY_PARAGRAPHS + 2)}"It holds," said Jane Roe.</article></body></html>`, /empty paragraphs/],
  ] as const) {
    const a = analyzeText(html, { as: 'html' });
    assertContract(a, here);
    assert.ok(a.warnings.some((w) => w.startsWith('extract/html-caps:') && why.test(w)), a.warnings.join(' | '));
    assert.match(a.article.text, /It holds/);
  }
  const fine = analyzeText(`<html><body><article>${'<p>Plain words here.</p>'.repeat(MAX_EMPTY_PARAGRAPHS + 1)}</article></body></html>`, { as: 'html' });
  assert.ok(!fine.warnings.some((w) => w.startsWith('extract/html-caps:')), `${here}paragraphs with text are not empty`);
});

test(`${here}"Mr. " repeated gives people at most four stacked titles each, and a valid analysis`, () => {
  const a = analyzeText(`${'Mr. '.repeat(3000)}Jane Roe said it.`, { as: 'body' });
  assertContract(a, here);
  const d = run(`${'Mr. '.repeat(3000)}Jane Roe said it.`, 'body');
  assert.ok(d.mentions!.every((m) => (m.titles?.length ?? 0) <= 4));
});

test(`${here}a budget spent inside the entities stage keeps nothing half-built and says so`, () => {
  let t = 0, calls = 0;
  const d0 = docFromString('"We will not back down," said Mayor Jane Roe of the City Council.', { kind: 'text', as: 'body' });
  const p = createPipeline([extract, text, entities]);
  // expired from the first check inside entities: extract and text call it not at all
  const out = p.run(d0, { timeoutMs: 1000, now: () => (calls++ < 3 ? t : (t = 2000)) });
  assert.deepEqual(out.mentions, []);
  assert.ok(out.messages.some((m) => m.stage === 'entities' && m.rule === 'time-budget'), JSON.stringify(out.messages));
});
