// The 'parc' attribution convention (PARC3 / PolNeAR) against the default 'newslens' one, on
// authored paragraphs: which stretches of a quotation become one attribution, and which stay apart.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText, NewslensError } from '../index.js';
import type { Analysis, Quote } from '../types.js';
import { find, src } from './test-articles.js';

const here = '[attribution parc] ';

const both = (...paras: string[]): { newslens: Analysis; parc: Analysis } => {
  const text = paras.join('\n\n');
  return { newslens: analyzeText(text, { as: 'body' }), parc: analyzeText(text, { as: 'body', attributions: 'parc' }) };
};

/** Every span of every statement is the article text at its offsets. */
function assertSpans(a: Analysis): void {
  const { text } = a.article;
  for (const q of a.quotes) {
    for (const [what, s] of [['content', q.content], ['cue', q.cue], ['speaker', q.speakerMention]] as const) {
      if (s) assert.equal(s.text, text.slice(s.start, s.end), `${q.id} ${what} is text.slice(start, end)`);
    }
  }
}

/** No statement's content holds both stretches: they were not joined. */
function assertApart(a: Analysis, first: string, second: string): void {
  const joined = a.quotes.filter((q: Quote) => q.content.text.includes(first) && q.content.text.includes(second));
  assert.deepEqual(joined.map((q) => q.content.text), [], 'no attribution runs over both stretches');
  find(a, first);
}

test(`${here}a quote interrupted by its cue is one attribution in parc, two statements in newslens`, () => {
  const { newslens, parc } = both('“The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.”');
  const first = find(newslens, 'The ferry to Quist will run again in March,');
  const second = find(newslens, 'and the fares will not go up.');
  assert.equal(newslens.quotes.length, 2);
  assert.equal(second.cue?.start, first.cue?.start);
  assert.equal(parc.quotes.length, 1);
  const joined = find(parc, 'The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.');
  assert.equal(joined.content.start, first.content.start, 'from the first stretch');
  assert.equal(joined.content.end, second.content.end, 'to the last');
  assert.equal(joined.kind, 'direct');
  assert.equal(joined.cue?.text, 'said');
  assert.equal(src(parc, joined)[0].name, 'Ana Ruiz');
  assert.equal(joined.id, 'q1');
});

test(`${here}every span equals the text at its offsets, in both conventions`, () => {
  const paras = [
    'Ana Ruiz, the mayor of Norland, spoke on Monday. “The bridge is safe,” she said, “and it will stay open all winter.”',
    '“We will hire twelve drivers,” said Tomas Quist, the depot manager. “The buses will run every ten minutes.”',
    'The harbour board said the levy would be cut, and Quist said the depot would stay open.',
    '“My neighbour told me the mill would close by spring, and I believed him,” said Ruiz.',
  ];
  const { newslens, parc } = both(...paras);
  assert.ok(parc.quotes.length >= 5, `statements found: ${parc.quotes.length}`);
  assert.ok(parc.quotes.length < newslens.quotes.length, 'parc joins at least one interrupted quote');
  assertSpans(newslens);
  assertSpans(parc);
  assert.deepEqual(parc.quotes.map((q) => q.id), parc.quotes.map((_, i) => `q${i + 1}`), 'ids renumbered in order');
});

test(`${here}a second act between the stretches ("…," he said, adding, "…") keeps them apart`, () => {
  const { parc } = both('“The depot will stay open through the whole winter and the spring,” said Tomas Quist, adding, “We will hire twelve new drivers before the first snow falls.”');
  assertApart(parc, 'The depot will stay open through the whole winter and the spring,', 'We will hire twelve new drivers before the first snow falls.');
  find(parc, 'We will hire twelve new drivers before the first snow falls.');
  assertSpans(parc);
});

test(`${here}a quotation running on into the next paragraph is joined within its paragraph, not across`, () => {
  // the first paragraph's quote stays open: the next paragraph goes on with the same speaker
  const { parc } = both('“The depot will stay open through the whole winter,” Ana Ruiz said, “and the buses will run every ten minutes.',
    '“We will hire twelve new drivers before the first snow.”');
  const first = 'The depot will stay open through the whole winter,” Ana Ruiz said, “and the buses will run every ten minutes.';
  const joined = find(parc, first);
  assertApart(parc, first, 'We will hire twelve new drivers before the first snow.');
  const next = find(parc, 'We will hire twelve new drivers before the first snow.');
  assert.deepEqual(next.sources, joined.sources, 'the same speaker, a second attribution');
  assert.equal(parc.quotes.length, 2);
  assertSpans(parc);
});

test(`${here}a long speaker description between short stretches keeps them apart`, () => {
  const { parc } = both('“The levy is fair,” said Ana Ruiz, who chaired the Norland harbour board for eleven years before the two ports merged, “and the ports can pay it.”');
  assertApart(parc, 'The levy is fair,', 'and the ports can pay it.');
  find(parc, 'and the ports can pay it.');
});

test(`${here}stretches by different speakers stay apart`, () => {
  const { parc } = both('“The depot will stay open through the whole winter and spring,” said Ana Ruiz. “It will close for good in May next year,” said Tomas Quist.');
  assertApart(parc, 'The depot will stay open through the whole winter and spring,', 'It will close for good in May next year,');
  const [a, b] = [find(parc, 'The depot will stay open through the whole winter and spring,'), find(parc, 'It will close for good in May next year,')];
  assert.equal(src(parc, a)[0].name, 'Ana Ruiz');
  assert.equal(src(parc, b)[0].name, 'Tomas Quist');
});

test(`${here}nested statements are reported in newslens and left out in parc, with their sources`, () => {
  const { newslens, parc } = both('“My neighbour told me, ‘The mill will close by spring,’ and I believed him,” said Ana Ruiz.');
  assert.equal(find(newslens, 'The mill will close by spring,').nested, true);
  assert.deepEqual(parc.quotes.filter((q) => q.nested || q.content.text === 'The mill will close by spring,').map((q) => q.content.text), [],
    'PARC is univocal: no attribution inside another');
  const outer = find(parc, 'My neighbour told me, ‘The mill will close by spring,’ and I believed him,');
  assert.equal(src(parc, outer)[0].name, 'Ana Ruiz');
  const cited = new Set(parc.quotes.flatMap((q) => q.sources));
  assert.deepEqual(parc.sources.filter((s) => !cited.has(s.id) && !s.relayed).map((s) => s.name ?? s.descriptor), [], 'no source without an attribution');
  for (const a of [newslens, parc]) assertSpans(a);
});

test(`${here}an unknown convention is a usage error`, () => {
  assert.throws(() => analyzeText('“Fine,” she said.', { attributions: 'x' as never }),
    (err: unknown) => err instanceof NewslensError && err.code === 'USAGE' && /attributions must be one of newslens, parc/.test(err.message));
  const text = '“The ferry will run,” Ana Ruiz said, “and the fares will not go up.”';
  const unset = analyzeText(text, { as: 'body', attributions: undefined });
  assert.equal(unset.quotes.length, 2, 'undefined is the default, newslens');
  assert.deepEqual(analyzeText(text, { as: 'body', attributions: 'newslens' }).quotes, unset.quotes);
});
