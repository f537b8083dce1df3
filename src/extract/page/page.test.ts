import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { analyzeText } from '../../index.js';
import { assertContract } from '../../../test/helpers/contract.js';
import { parseByline } from './byline.js';
import { parseDate, parseDateLine } from './dates.js';
import { extractPage } from './index.js';
import { toLines } from './lines.js';

const here = '[extract/page] ';
const fixtures = new URL('./fixtures/', import.meta.url);

interface Expected {
  title: string | null; byline: string[]; publisher: string | null; publishedAt: string | null;
  statedReadMinutes: number | null; bodyStartsWith: string; bodyEndsWith: string; paragraphCount: number;
  mustContain: string[]; mustLack: string[];
  related: { title: string; date: string | null; readMinutes: number | null }[];
}

for (const name of readdirSync(fixtures).sort()) {
  const input = readFileSync(new URL(`${name}/input.txt`, fixtures), 'utf8');
  const expected: Expected = JSON.parse(readFileSync(new URL(`${name}/expected.json`, fixtures), 'utf8'));
  test(`${here}${name}`, () => {
    const a = analyzeText(input, { uri: name });
    assertContract(a, `${here}${name}: `);
    const art = a.article;
    assert.equal(art.title, expected.title, 'title');
    assert.deepEqual(art.byline, expected.byline, 'byline');
    assert.equal(art.publisher, expected.publisher, 'publisher');
    assert.equal(art.publishedAt?.slice(0, 10) ?? null, expected.publishedAt, 'publishedAt');
    assert.equal(art.statedReadMinutes ?? null, expected.statedReadMinutes, 'statedReadMinutes');
    assert.ok(art.text.startsWith(expected.bodyStartsWith), `body starts: ${art.text.slice(0, 60)}`);
    assert.ok(art.text.endsWith(expected.bodyEndsWith), `body ends: ${art.text.slice(-60)}`);
    assert.equal(art.paragraphs.length, expected.paragraphCount, 'paragraph count');
    for (const s of expected.mustContain) assert.ok(art.text.includes(s), `body must contain ${JSON.stringify(s)}`);
    for (const s of expected.mustLack) assert.ok(!art.text.includes(s), `body must lack ${JSON.stringify(s)}`);
    assert.deepEqual(art.related.map((r) => ({ title: r.title, date: r.date ?? null, readMinutes: r.readMinutes ?? null })), expected.related);
    // paragraphs tile the body: joined by a blank line, nothing else between them
    assert.equal(art.paragraphs.map((p) => art.text.slice(p.start, p.end)).join('\n\n'), art.text);
  });
}

test(`${here}the shipped example page extracts cleanly`, () => {
  const a = analyzeText(readFileSync(new URL('../../../examples/harbor-ferry-strike.txt', import.meta.url), 'utf8'));
  assertContract(a);
  assert.equal(a.article.title, 'Ferry Crews Walk Out as Port Authority Talks Collapse');
  assert.deepEqual(a.article.byline, ['Theodora Quist-Mendel']);
  assert.equal(a.article.publishedAt, '2026-03-14');
  assert.equal(a.article.statedReadMinutes, 5);
  assert.equal(a.article.related.length, 3);
  assert.ok(!/Advertisement|Read more|Share this article|More in Local News/.test(a.article.text));
});

test(`${here}dates as pages print them`, () => {
  assert.equal(parseDate('Jun 3, 2025'), '2025-06-03');
  assert.equal(parseDate('Published 9:47 AM EST Jan 14, 2025'), '2025-01-14T09:47:00-05:00');
  assert.equal(parseDate('Updated 3:38 p.m. EDT, May 6, 2025'), '2025-05-06T15:38:00-04:00');
  assert.equal(parseDate('Thu, Nov 21, 2024'), '2024-11-21');
  assert.equal(parseDate('3 March 2025'), '2025-03-03');
  assert.equal(parseDate('Feb 30, 2025'), null, 'no such day');
  assert.equal(parseDateLine('Updated 3:38 p.m. EDT, May 6, 2025')?.label, 'updated');
  assert.equal(parseDateLine('The vote on March 3, 2025 was close.'), null, 'a sentence is not a date line');
});

test(`${here}bylines`, () => {
  assert.deepEqual(parseByline('By Tamsyn Quarrie, Health Reporter')?.names, ['Tamsyn Quarrie']);
  assert.deepEqual(parseByline('By Ana Ruiz, Tom Lee and Kofi Mensah')?.names, ['Ana Ruiz', 'Tom Lee', 'Kofi Mensah']);
  const piped = parseByline('Oren Castellane | The Harwick Business Ledger');
  assert.deepEqual(piped?.names, ['Oren Castellane']);
  assert.equal(piped?.publisher, 'The Harwick Business Ledger');
  assert.equal(parseByline('Markets'), null);
  assert.equal(parseByline('Byzantine politics returned to the council on Monday.'), null);
});

test(`${here}a page with no headline-like first line keeps its text`, () => {
  const long = 'The council met for six hours on Tuesday and voted to approve the budget, which raises property taxes by 2 percent and adds eleven police officers, after a long public comment period in which dozens of residents spoke.';
  const ex = extractPage(`${long}\nSecond paragraph of the story, which goes on for a while longer than a headline would.`);
  assert.equal(ex.title, null);
  assert.equal(ex.paragraphs[0], long);
});

test(`${here}hard-wrapped blocks are re-joined, single-line paragraphs are not`, () => {
  const lines = toLines('Head\n\nThis is a paragraph wrapped at a modest width so\nthat it spans two lines.\n\nNext one.');
  assert.deepEqual(lines, ['Head', 'This is a paragraph wrapped at a modest width so that it spans two lines.', 'Next one.']);
});

test(`${here}a rail needs more than one dated line to be a rail`, () => {
  const ex = extractPage('Title Here\nA body paragraph that talks about the plan in enough words to be a paragraph of text.\nThe vote is set for next week.\nMarch 3, 2026');
  assert.equal(ex.related.length, 0);
});
