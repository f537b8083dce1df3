import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readFileSync } from 'node:fs';
import { SortedList } from './sorted-list.js';
import { LEXICON_DIR, loadLexicons, longestFrom, phrasesOf, phraseTokens, unicodePhraseTokens } from './lexicons.js';

const here = '[entities/sorted-list] ';
const TEXT = '# a header line\n# another\nOak Hill\nSan\nSan Jose\nSan Juan del Sur\nSana\nSanta Rosa\nZed\n';

test(`${here}finds whole lines only, skipping the header`, () => {
  const l = new SortedList(TEXT, TEXT.indexOf('Oak'));
  assert.equal(l.size, 7);
  for (const k of ['Oak Hill', 'San', 'San Jose', 'Sana', 'Zed']) assert.ok(l.has(k), k);
  for (const k of ['Oak', 'San Jos', 'San Jose ', 'Santa', '# a header line', '', 'Zeds', 'Aardvark']) assert.ok(!l.has(k), k);
});

test(`${here}longestFrom counts the words of the longest line starting with the word and a space`, () => {
  const l = new SortedList(TEXT, TEXT.indexOf('Oak'));
  assert.equal(l.longestFrom('San'), 4); // San Juan del Sur; "Sana" and "Santa Rosa" do not start with "San "
  assert.equal(l.longestFrom('Santa'), 2);
  assert.equal(l.longestFrom('Oak'), 2);
  assert.equal(l.longestFrom('Zed'), 1);
  assert.equal(l.longestFrom('Sa'), 0);
  assert.equal(l.longestFrom('San'), 4, 'the remembered answer is the same');
});

test(`${here}places.txt is sorted by code units with trimmed, single-spaced lines (binary search needs it)`, () => {
  const lines = readFileSync(`${LEXICON_DIR}places.txt`, 'utf8').split('\n').filter((s) => s && !s.startsWith('#'));
  for (let i = 1; i < lines.length; i++) assert.ok(lines[i - 1] < lines[i], `${lines[i - 1]} < ${lines[i]}`);
  assert.ok(lines.every((s) => s === s.trim() && !s.includes('  ')));
});

test(`${here}the lexicons see places through phrasesOf and longestFrom, hyphenated names by their view tokens`, () => {
  const lex = loadLexicons();
  const classes = (k: string) => (phrasesOf(lex, k) ?? []).map((p) => p.cls);
  assert.ok(classes('Aachen').includes('place'));
  assert.ok(classes('Aix - en - Provence').includes('place'), 'inner hyphens are tokens of their own');
  assert.equal(longestFrom(lex, 'Aix'), 5);
  assert.equal(longestFrom(lex, 'Wednesdayish'), undefined);
});

test(`${here}the hyphenated fast path of phraseTokens gives the Unicode tokenizer's tokens for every lexicon line`, async () => {
  const { readdirSync } = await import('node:fs');
  let checked = 0;
  for (const file of readdirSync(LEXICON_DIR).filter((f) => f.endsWith('.txt'))) {
    for (const line of readFileSync(`${LEXICON_DIR}${file}`, 'utf8').split('\n')) {
      for (const phrase of line.split(/[|\t]/).map((s) => s.trim()).filter((s) => s && !s.startsWith('#'))) {
        assert.deepEqual(phraseTokens(phrase), unicodePhraseTokens(phrase), `${file}: ${phrase}`);
        checked++;
      }
    }
  }
  assert.ok(checked > 20_000);
  for (const p of ['Guinea-Bissau', 'Aix-en-Provence', 'Saint-Denis de la Réunion', 'Abū ‘Arīsh', 'St. Louis', 'Agidel’']) {
    assert.deepEqual(phraseTokens(p), unicodePhraseTokens(p), p);
  }
});
