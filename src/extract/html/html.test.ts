// The HTML reader over hand-written pages: fixtures/<case>/{input.html, expected.json}. Every
// expectation was written by hand from what the page should yield, never from the code's output.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { RelatedStory } from '../../types.js';
import { extractHtml } from './index.js';

const here = '[extract/html] ';
const FIXTURES = join(fileURLToPath(new URL('.', import.meta.url)), 'fixtures');

interface Expected {
  pageUrl?: string | null;
  url?: string | null;
  title: string | null;
  byline: string[];
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  statedReadMinutes?: number | null;
  bodyStartsWith: string;
  bodyEndsWith: string;
  paragraphCount: number;
  mustContain: string[];
  mustLack: string[];
  related: RelatedStory[];
  messagesInclude?: string[];
}

for (const name of readdirSync(FIXTURES).sort()) {
  test(`${here}fixture ${name}`, () => {
    const html = readFileSync(join(FIXTURES, name, 'input.html'), 'utf8');
    const want = JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected;
    const got = extractHtml(html, want.pageUrl ?? null);
    const at = `${here}${name}: `;
    assert.equal(got.title, want.title, `${at}title`);
    assert.deepEqual(got.byline, want.byline, `${at}byline`);
    assert.equal(got.publisher, want.publisher, `${at}publisher`);
    assert.equal(got.publishedAt, want.publishedAt, `${at}publishedAt`);
    assert.equal(got.language, want.language, `${at}language`);
    if ('url' in want) assert.equal(got.url, want.url, `${at}url`);
    if ('statedReadMinutes' in want) assert.equal(got.statedReadMinutes, want.statedReadMinutes, `${at}statedReadMinutes`);
    const body = got.paragraphs.join('\n\n');
    assert.ok(got.paragraphs[0]?.startsWith(want.bodyStartsWith), `${at}body starts: ${got.paragraphs[0]}`);
    assert.ok(got.paragraphs.at(-1)?.endsWith(want.bodyEndsWith), `${at}body ends: ${got.paragraphs.at(-1)}`);
    assert.equal(got.paragraphs.length, want.paragraphCount, `${at}paragraphs:\n${body}`);
    for (const s of want.mustContain) assert.ok(body.includes(s), `${at}body should contain ${JSON.stringify(s)}`);
    for (const s of want.mustLack) assert.ok(!body.includes(s), `${at}body should lack ${JSON.stringify(s)}`);
    assert.deepEqual(got.related, want.related, `${at}related`);
    const rules = got.messages.map((m) => m.rule);
    for (const r of want.messagesInclude ?? []) assert.ok(rules.includes(r), `${at}message ${r} in ${rules.join(', ')}`);
    assert.ok(rules.includes('html-strategy'), `${at}the winning strategy is noted`);
    for (const p of got.paragraphs) {
      assert.ok(p.length > 0 && p === p.trim() && !/\n|\s{2}/.test(p), `${at}paragraph is trimmed, single-line: ${JSON.stringify(p)}`);
    }
  });
}

const GARBAGE: Record<string, string> = {
  empty: '',
  angles: '<<<>>>',
  'nested divs': '<div>'.repeat(5000) + 'deep text' + '</div>'.repeat(5000),
  'binary-ish': Array.from({ length: 4000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join(''),
  'nul bytes': '\u0000\u0001<p>\u0000x\u0002</p>\u00ff\ufffd',
  'plain text': 'just some words, no markup at all',
  'truncated tag': '<html><body><p>cut off mid-sentence and mid-<a href="http://x.example/',
  'unclosed comment': '<html><body><p>kept</p><!-- never closed <p>hidden</p>',
  'unclosed script': '<html><body><p>kept</p><script>never closed <p>hidden</p>',
  'empty body': '<html><head><title>T</title></head><body></body></html>',
  'stray angles': '<'.repeat(120_000) + 'a',
  'deep json-ld': `<script type="application/ld+json">${'['.repeat(50_000)}${']'.repeat(50_000)}</script><p>x</p>`,
  'attribute soup': '<p ' + 'a="'.repeat(20_000),
};

for (const [name, html] of Object.entries(GARBAGE)) {
  test(`${here}garbage input (${name}) returns without throwing`, () => {
    const got = extractHtml(html, 'not a url');
    assert.ok(Array.isArray(got.paragraphs) && Array.isArray(got.messages) && Array.isArray(got.related));
    assert.equal(got.url, null, 'a non-http url argument is not kept');
    for (const m of got.messages) assert.ok(m.stage === 'extract' && m.rule && m.reason && (m.level === 'warning' || m.level === 'info'));
    for (const p of got.paragraphs) assert.ok(p && p === p.trim() && !p.includes('\n'));
  });
}

test(`${here}pages past the caps are read flat, with a warning`, () => {
  const deep = extractHtml('<div>'.repeat(5000) + '<p>deep text</p>' + '</div>'.repeat(5000), null);
  assert.deepEqual(deep.paragraphs, ['deep text']);
  assert.ok(deep.messages.some((m) => m.rule === 'html-caps' && m.level === 'warning' && /deep/.test(m.reason)));
  const wide = extractHtml(`<title>Wide &amp; flat</title><p>first</p>${'<i>x</i>'.repeat(120_000)}<p>last</p>`, null);
  assert.equal(wide.title, 'Wide & flat');
  assert.equal(wide.paragraphs[0], 'first');
  assert.equal(wide.paragraphs.at(-1), 'last');
  assert.ok(wide.messages.some((m) => m.rule === 'html-caps' && /nodes/.test(m.reason)));
});

test(`${here}unclosed comment and script hide their content`, () => {
  assert.deepEqual(extractHtml(GARBAGE['unclosed comment'], null).paragraphs, ['kept']);
  assert.deepEqual(extractHtml(GARBAGE['unclosed script'], null).paragraphs, ['kept']);
});
