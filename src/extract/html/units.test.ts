// Unit tests for the HTML reader's parts: JSON-LD, dates, bylines, titles, languages, caps,
// the strict → loose strategies and the related rail reader.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { splitByline } from './byline.js';
import { MAX_DEPTH, scanTags } from './caps.js';
import { findDateText, normalizeDate } from './dates.js';
import { decodeEntities } from './entities.js';
import { extractHtml } from './index.js';
import { readJsonLd } from './json-ld.js';
import { normalizeLanguage, stripSite } from './metadata.js';

const here = '[extract/html] ';

test(`${here}JSON-LD: @graph, @id references, type arrays and author shapes`, () => {
  const graph = JSON.stringify({
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'Organization', '@id': '#org', name: 'The Fen Echo' },
      { '@type': 'Person', '@id': '#p1', name: 'Ada Nwosu' },
      { '@type': 'WebPage', '@id': 'https://fen.example/a#page', inLanguage: 'en-GB' },
      {
        '@type': ['ReportageNewsArticle'], headline: 'Sluice gates &amp; pumps fail', datePublished: '2024-01-05',
        author: [{ '@id': '#p1' }, { '@type': 'Person', givenName: 'Rob', familyName: 'Teal' }, 'Kim Vo'],
        publisher: { '@id': '#org' }, mainEntityOfPage: { '@id': 'https://fen.example/a' },
      },
    ],
  });
  const { article, messages } = readJsonLd([graph]);
  assert.deepEqual(messages, []);
  assert.deepEqual(article, {
    headline: 'Sluice gates & pumps fail', authors: ['Ada Nwosu', 'Rob Teal', 'Kim Vo'], publisher: 'The Fen Echo',
    datePublished: '2024-01-05', language: 'en-GB', url: 'https://fen.example/a',
  });
});

test(`${here}JSON-LD: several scripts, top-level arrays, string author, invalid JSON warned`, () => {
  const crumbs = '{"@type":"BreadcrumbList","itemListElement":[]}';
  const arr = '[{"@type":"WebSite","name":"x"},{"@type":"http://schema.org/BlogPosting","headline":"Notes","author":"Li Wei and Sam Ode","publisher":"Marsh Blog","inLanguage":{"@type":"Language","alternateName":"fr"}}]';
  const { article, messages } = readJsonLd(['{"@type": "NewsArticle", "headline": oops}', crumbs, `<!--\n${arr};\n-->`]);
  assert.equal(article?.headline, 'Notes');
  assert.deepEqual(article?.authors, ['Li Wei and Sam Ode']);
  assert.equal(article?.publisher, 'Marsh Blog');
  assert.equal(article?.language, 'fr');
  assert.equal(messages.length, 1);
  assert.equal(messages[0].rule, 'json-ld-invalid');
  assert.equal(messages[0].level, 'warning');
  assert.match(messages[0].reason, /script 1/);
});

test(`${here}JSON-LD: no article type, raw newlines in strings, junk`, () => {
  assert.equal(readJsonLd(['{"@type":"Recipe","name":"Soup"}']).article, null);
  assert.equal(readJsonLd(['{"@type":"NewsArticle","headline":"Two\nlines"}']).article?.headline, 'Two lines');
  assert.deepEqual(readJsonLd(['', '   ', 'null', '42', '"str"']), { article: null, messages: [] });
});

test(`${here}dates normalise to ISO 8601, keeping time and zone when given`, () => {
  const cases: [string, string | null][] = [
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T10:00:00Z', '2024-03-05T10:00:00Z'],
    ['2024-03-05T10:00:00.123+01:00', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05T10:00+0100', '2024-03-05T10:00:00+01:00'],
    ['2024-03-05 10:00', '2024-03-05T10:00:00'],
    ['2024-03-05T10:00:00+00:00', '2024-03-05T10:00:00Z'],
    ['2024/3/5', '2024-03-05'],
    ['20240305', '2024-03-05'],
    ['Tue, 05 Mar 2024 10:00:00 GMT', '2024-03-05T10:00:00Z'],
    ['5 March 2024', '2024-03-05'],
    ['Monday 22 July 2024 09:30', '2024-07-22T09:30:00'],
    ['March 5, 2024', '2024-03-05'],
    ['Sept. 9, 2024, 5:40 p.m. EDT', '2024-09-09T17:40:00-04:00'],
    ['Mar 5, 2024 at 10:30 am ET', '2024-03-05'],
    ['2024-02-30', null],
    ['2024-13-01', null],
    ['Blursday 5, 2024', null],
    ['yesterday', null],
    ['', null],
  ];
  for (const [raw, want] of cases) assert.equal(normalizeDate(raw), want, raw);
  assert.equal(findDateText('Harbour wall · 28 May 2024 · 5 min read'), '2024-05-28');
  assert.equal(findDateText('updated Jun 3, 2024'), '2024-06-03');
  assert.equal(findDateText('3 min'), null);
});

test(`${here}bylines split into names; prefixes, outlets, roles and URLs dropped`, () => {
  assert.deepEqual(splitByline('By Jane Doe and John Roe'), ['Jane Doe', 'John Roe']);
  assert.deepEqual(splitByline('by Ana Lima, Tom Berg, and Ines Sá'), ['Ana Lima', 'Tom Berg', 'Ines Sá']);
  assert.deepEqual(splitByline('Priya Ramaswamy | Northfield Courier'), ['Priya Ramaswamy']);
  assert.deepEqual(splitByline('Jane Doe - Staff Reporter'), ['Jane Doe']);
  assert.deepEqual(splitByline('Jane Doe, Staff Writer'), ['Jane Doe']);
  assert.deepEqual(splitByline('Reporting by Omar Haddad in Amman; Editing by Lee Park'), ['Omar Haddad']);
  assert.deepEqual(splitByline('The Morrow Courier', 'Morrow Courier'), []);
  assert.deepEqual(splitByline('https://www.facebook.example/someone'), []);
  assert.deepEqual(splitByline('Jane Doe & Jane Doe'), ['Jane Doe']);
  assert.deepEqual(splitByline('By Tuesday, the floodwaters had receded and 40 homes were empty.'), ['Tuesday']);
  assert.deepEqual(splitByline('Rosa Delgado covers City Hall for the Lakeside Daily.'), []);
  assert.deepEqual(splitByline('Maria de la Cruz and Ludwig van Berg'), ['Maria de la Cruz', 'Ludwig van Berg']);
  assert.deepEqual(splitByline(''), []);
});

test(`${here}titles lose a known site suffix or prefix, nothing else`, () => {
  assert.equal(stripSite('Dam cracks found | The Valley Ledger', 'The Valley Ledger'), 'Dam cracks found');
  assert.equal(stripSite('Dam cracks found - Valley Ledger', 'The Valley Ledger'), 'Dam cracks found');
  assert.equal(stripSite('Valley Ledger: Dam cracks found', 'Valley Ledger'), 'Dam cracks found');
  assert.equal(stripSite('Dam cracks found – a year on', 'The Valley Ledger'), 'Dam cracks found – a year on');
  assert.equal(stripSite('Dam cracks found | The Valley Ledger', null), 'Dam cracks found | The Valley Ledger');
});

test(`${here}languages normalise to ISO 639-1`, () => {
  const cases: [string | null, string | null][] = [['en-GB', 'en'], ['EN', 'en'], ['en_US', 'en'], ['fr', 'fr'],
    ['deu', 'de'], ['pt-BR, en', 'pt'], ['english', null], ['x', null], [null, null]];
  for (const [raw, want] of cases) assert.equal(normalizeLanguage(raw), want, String(raw));
});

test(`${here}entities decode, numeric and named; unknown ones stay`, () => {
  assert.equal(decodeEntities('A &amp; B &#8217;90s &#x201C;q&#x201D; &bogus; &#0; &nbsp;'), 'A & B \u201990s \u201cq\u201d &bogus; \ufffd \u00a0');
});

test(`${here}caps scan counts nodes and depth linearly, skipping scripts and comments`, () => {
  assert.deepEqual(scanTags('<div><p>a<p>b</div><br><img src=x>'), { nodes: 7, depth: 1, rawChars: 0, heavy: 2, emptyP: 0 });
  assert.deepEqual(scanTags('<script>if (a<b) {"<div><div>"}</script><!-- <div> -->x &amp; y'), { nodes: 3, depth: 0, rawChars: 23, heavy: 0, emptyP: 0 });
  assert.ok(scanTags('<span>'.repeat(1000)).depth > MAX_DEPTH);
});

const para = (i: number) => `Paragraph ${i}: the harbour board voted 6-3 to raise mooring fees, and "nobody was happy," one member said.`;

test(`${here}relax: text in a table falls back to the container strategy and says so`, () => {
  const html = `<html><body><table><tr><td>${para(1)} ${para(2)}</td></tr><tr><td>${para(3)}</td></tr></table></body></html>`;
  const got = extractHtml(html, null);
  assert.equal(got.paragraphs.length, 2);
  const note = got.messages.find((m) => m.rule === 'html-strategy');
  assert.equal(note?.level, 'info');
  assert.match(note?.reason ?? '', /^body from container/);
});

test(`${here}relax: a body below the minimum is kept, and the note says what was tried`, () => {
  const got = extractHtml('<html><body><article><p>Short brief. "Yes," he said.</p></article></body></html>', null);
  assert.deepEqual(got.paragraphs, ['Short brief. "Yes," he said.']);
  assert.match(got.messages.find((m) => m.rule === 'html-strategy')?.reason ?? '', /below 250 chars after readability .*readability-loose .*container/);
});

test(`${here}related: heading + bare list, navigation links skipped, no base URL keeps url null`, () => {
  const html = `<html><body><article>${[1, 2, 3, 4].map((i) => `<p>${para(i)}</p>`).join('')}</article>
    <h3>More from Harbour Affairs</h3>
    <ul><li><a href="https://harbour.example/fees">Mooring fees explained</a> 12 min</li>
    <li><a href="/dredging">Dredging starts in May</a> <time datetime="2024-04-02T08:00:00Z">2 April</time></li>
    <li><a href="/all">View all</a></li><li><a href="#top">Back to top</a></li></ul></body></html>`;
  const got = extractHtml(html, null);
  assert.deepEqual(got.related, [
    { title: 'Mooring fees explained', url: 'https://harbour.example/fees', date: null, readMinutes: 12 },
    { title: 'Dredging starts in May', url: null, date: '2024-04-02', readMinutes: null },
  ]);
  assert.equal(got.paragraphs.length, 4);
  assert.ok(!got.paragraphs.join(' ').includes('More from Harbour Affairs'));
});

test(`${here}byline and date lines printed above the story are dropped, prose that starts "By" is kept`, () => {
  const html = `<html><head><meta name="author" content="Ada Nwosu"></head><body><article><h1>Fees rise</h1>
    <p>Fees rise</p><p>By Ada Nwosu</p><p>Updated 5 March 2024, 10:31 GMT</p>
    <p>By Tuesday, the board had voted, and "nobody was happy," one member said.</p>${[1, 2, 3].map((i) => `<p>${para(i)}</p>`).join('')}
    <p>Advertisement</p></article></body></html>`;
  const got = extractHtml(html, 'https://harbour.example/fees');
  assert.equal(got.title, 'Fees rise');
  assert.deepEqual(got.byline, ['Ada Nwosu']);
  assert.equal(got.paragraphs.length, 4);
  assert.ok(got.paragraphs[0].startsWith('By Tuesday, the board had voted'));
  assert.equal(got.url, 'https://harbour.example/fees');
});

test(`${here}byline: a <meta name=author> that is the outlet gives way to the visible byline; bio box dropped`, () => {
  const html = `<html><head><meta property="og:site_name" content="Lakeside Daily"><meta name="author" content="Lakeside Daily"></head>
    <body><div class="post"><div class="entry-meta"><span class="byline">By <span class="author">Rosa Delgado</span></span></div>
    <h1>Mayor vetoes budget</h1><div class="entry-content">${[1, 2, 3].map((i) => `<p>${para(i)}</p>`).join('')}</div>
    <div class="author-bio"><p>Rosa Delgado covers City Hall for the Lakeside Daily. Reach her at rosa@lakeside.example.</p></div></div></body></html>`;
  const got = extractHtml(html, null);
  assert.deepEqual(got.byline, ['Rosa Delgado']);
  assert.equal(got.paragraphs.length, 3);
  assert.ok(!got.paragraphs.join(' ').includes('covers City Hall'));
});
