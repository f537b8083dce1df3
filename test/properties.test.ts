// Property tests: whatever text comes in, analyzeText/analyze return a contract-valid analysis whose
// spans hold, or reject with a one-line NewslensError that is not an engine error. (The long fuzz
// run, with 20,000-deep nesting and megabyte lines, is `npm run fuzz`: test/fuzz/run.ts.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyze, analyzeText, NewslensError } from '../src/index.js';
import { fuzzCase, HOSTILE_PIECES, SHORT } from './fuzz/cases.js';
import { runCase } from './fuzz/check.js';
import { assertContract } from './helpers/contract.js';

const here = '[properties] ';
const pieces = fc.constantFrom(
  '"', '“', '”', '‘', '’', "''", "'", '\n', '\n\n', '\r\n', ' ', 'said', 'By Jane Roe', 'Advertisement',
  'Mar 3, 2025', '3 min', 'Related Stories', 'The mayor said.', '<p>', '</p>', '\u0000', '\ud800', '\u202e', 'Ж', '😀',
);
const pageLike = fc.array(fc.oneof(pieces, fc.string({ maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 20 })), { maxLength: 80 })
  .map((xs) => xs.join(''));

for (const as of ['auto', 'page', 'body', 'html'] as const) {
  test(`${here}any text read --as ${as} gives a valid analysis or a NewslensError`, () => {
    fc.assert(fc.property(pageLike, (input) => {
      try {
        const a = analyzeText(input, { as });
        assertContract(a);
        if (as === 'body') assert.equal(a.article.text, input.charCodeAt(0) === 0xfeff ? input.slice(1) : input);
      } catch (e) {
        if (!(e instanceof NewslensError)) throw e;
        assert.notEqual(e.code, 'INTERNAL', `${here}engine error: ${e.message}`);
        assert.ok(!e.oneLine().includes('\n'));
      }
    }), { numRuns: 150, seed: 20261125 });
  });
}

// The 'parc' convention runs the PARC tagger over whatever paragraphs the reader found: the same promise.
for (const as of ['auto', 'page', 'body', 'html'] as const) {
  test(`${here}any text read --as ${as} with attributions 'parc' gives a valid analysis or a NewslensError`, () => {
    fc.assert(fc.property(pageLike, (input) => {
      try {
        assertContract(analyzeText(input, { as, attributions: 'parc' }));
      } catch (e) {
        if (!(e instanceof NewslensError)) throw e;
        assert.notEqual(e.code, 'INTERNAL', `${here}engine error: ${e.message}`);
        assert.ok(!e.oneLine().includes('\n'));
      }
    }), { numRuns: 60, seed: 20261206 });
  });
}

// The hostile code units the issue names, each inside a real sentence with a quote and a speaker.
const { CONTROLS, RTL } = HOSTILE_PIECES;
const HOSTILE: readonly [string, string][] = [
  ['lone high surrogate', '\ud800'], ['lone low surrogate', '\udfff'], ['reversed pair', '\ude00\ud83d'],
  ['NUL', '\u0000'], ...CONTROLS.map((c): [string, string] => [`U+${c.charCodeAt(0).toString(16).padStart(4, '0')}`, c]),
  ['mixed newlines', '\r\n\n\r\u2028\u0085'], ...RTL.map((r): [string, string] => [`RTL ${JSON.stringify(r)}`, r]),
];
const sentence = (x: string) =>
  `The council met on Tuesday.${x}\n\n"We will${x} not back down," said Mayor Jane${x} Roe.\n\n${x}Officials said talks would resume.${x}`;

for (const as of ['auto', 'page', 'body', 'html'] as const) {
  test(`${here}lone surrogates, NUL and controls, mixed newlines and RTL give valid output --as ${as}`, async () => {
    for (const [name, x] of HOSTILE) {
      const input = sentence(x);
      for (const a of [analyzeText(input, { as }), await analyze({ text: input }, { as })]) assertContract(a, `${here}${name} --as ${as}: `);
      // as bytes, control characters may make it look binary: a clean rejection is the right answer
      try {
        assertContract(await analyze(Buffer.from(input, 'utf8'), { as }), `${here}${name} --as ${as} (bytes): `);
      } catch (e) {
        assert.ok(e instanceof NewslensError && e.code === 'BINARY_INPUT', `${here}${name} --as ${as} (bytes): ${String(e)}`);
      }
    }
  });
}

test(`${here}the wrong kind of input or options is a USAGE error, never an engine error`, async () => {
  const bad: unknown[] = [null, undefined, 42, true, {}, { nope: 1 }, [], { text: 42 }, { html: null }, { file: 42 }, Symbol('x')];
  for (const input of bad) {
    await assert.rejects(analyze(input as never), (e: unknown) => e instanceof NewslensError && e.code !== 'INTERNAL' && !e.oneLine().includes('\n'),
      `${here}analyze(${String(input)})`);
  }
  for (const input of [null, undefined, 42, {}]) {
    assert.throws(() => analyzeText(input as never), (e: unknown) => e instanceof NewslensError && e.code !== 'INTERNAL', `${here}analyzeText(${String(input)})`);
  }
  for (const options of [null, 5, 'x']) {
    assert.throws(() => analyzeText('He said.', options as never), (e: unknown) => e instanceof NewslensError && e.code === 'USAGE');
    await assert.rejects(analyze('He said.', options as never), (e: unknown) => e instanceof NewslensError && e.code === 'USAGE');
  }
});

// A short run of the long fuzzer's shapes at small sizes: soups, quote soups, nesting, huge
// attributes, long lines, tiny paragraphs and mutated fixtures, through every entry point.
test(`${here}fuzz shapes (short run): valid analysis within the budget, or a one-line NewslensError`, async () => {
  await fc.assert(fc.asyncProperty(fuzzCase(SHORT), async (c) => {
    const r = await runCase(c, 5_000);
    assert.ok(r.outcome === 'ok' || r.outcome === 'rejected', `${here}${r.outcome} [${c.label}, --as ${c.as}, via ${c.via}]: ${r.detail}`);
  }), { numRuns: 120, seed: 20261125 });
});
