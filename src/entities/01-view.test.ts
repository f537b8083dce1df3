import assert from 'node:assert/strict';
import { test } from 'node:test';
import { inUrl } from './01-view.js';
import { loadLexicons } from './lexicons.js';
import { prepare, tokenizeBody } from './train.js';

const here = '[entities/view] ';
const lex = loadLexicons();

/** the definition inUrl implements, one token at a time: its whitespace-free run holds ://, www. or two slashes */
function naive(text: string, start: number, end: number): boolean {
  let a = start, b = end;
  while (a > 0 && !/\s/.test(text[a - 1])) a--;
  while (b < text.length && !/\s/.test(text[b])) b++;
  const run = text.slice(a, b);
  return run.includes('://') || run.includes('www.') || (run.match(/\//g) ?? []).length >= 2;
}

test(`${here}inUrl marks the tokens of web addresses, read once per view`, () => {
  const text = 'Read it at https://news.example.org/2024/05/Harbour-Board-meets or www.tidewatch.example, not at Harbour Board. '
    + 'A ratio of 3/4 is no address; a/b/c is one.';
  const { view: v } = prepare(tokenizeBody(text), lex);
  const marked = Array.from({ length: v.n }, (_, i) => inUrl(v, i));
  assert.deepEqual(marked, Array.from({ length: v.n }, (_, i) => naive(text, v.start[i], v.end[i])));
  const at = (w: string, last = false) => marked[last ? v.words.lastIndexOf(w) : v.words.indexOf(w)];
  assert.equal(at('Harbour'), true); // the slug's words
  assert.equal(at('www.tidewatch.example'), true);
  assert.equal(at('Harbour', true), false); // the name in the sentence
  assert.equal(at('ratio'), false);
  assert.equal(at('c'), true);
});
