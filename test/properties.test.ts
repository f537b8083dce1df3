// Property tests: whatever text comes in, analyzeText returns a contract-valid analysis whose
// spans hold, or rejects with a NewslensError. (The long fuzz run belongs to `npm run fuzz`.)
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeText, NewslensError } from '../src/index.js';
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
        assert.ok(!e.oneLine().includes('\n'));
      }
    }), { numRuns: 150, seed: 20261125 });
  });
}
