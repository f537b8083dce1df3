import assert from 'node:assert/strict';
import { test } from 'node:test';
import { lineSpans } from '../doc.js';
import { splitSentences } from './sentences.js';
import { F, tokenize } from './tokenize.js';

const here = '[text] ';
const words = (text: string) => {
  const t = tokenize(text, lineSpans(text));
  return Array.from({ length: t.count }, (_, i) => text.slice(t.start[i], t.end[i]));
};

test(`${here}words keep inner apostrophes, hyphens and abbreviation stops`, () => {
  assert.deepEqual(words('Gen. Vosk’s U.S.-Canada plan isn’t new.'), ['Gen.', 'Vosk’s', 'U.S.', '-', 'Canada', 'plan', 'isn’t', 'new', '.']);
  assert.deepEqual(words('“We’re $1,200 short,” she said'), ['“', 'We’re', '$', '1,200', 'short', ',', '”', 'she', 'said']);
});

test(`${here}flags mark capitals, all-caps, digits and quote marks`, () => {
  const text = 'KXRT said “Yes” in 2025';
  const t = tokenize(text, lineSpans(text));
  assert.ok(t.flags[0] & F.ALLCAP && t.flags[0] & F.CAP);
  assert.ok(t.flags[2] & F.QUOTE);
  assert.ok(t.flags[3] & F.CAP && !(t.flags[3] & F.ALLCAP));
  assert.ok(t.flags[6] & F.DIGIT);
  assert.ok(t.flags[0] & F.PARA_START);
});

test(`${here}sentences split after stops and closing quotes, not after abbreviations`, () => {
  const text = 'Gen. Vosk spoke. “It is done.” Then he left! Dr. Ames at 5 p.m. Tuesday said no.\nNew paragraph here';
  const t = tokenize(text, lineSpans(text));
  const { sentences } = splitSentences(text, t);
  assert.deepEqual(sentences.map((s) => text.slice(s.start, s.end)), [
    'Gen. Vosk spoke.', '“It is done.”', 'Then he left!', 'Dr. Ames at 5 p.m. Tuesday said no.', 'New paragraph here',
  ]);
});

test(`${here}token offsets always index the text`, () => {
  const text = 'Ünïcode 😀 emoji, tabs\tand “quotes” — dashes…\n\nsecond line';
  const t = tokenize(text, lineSpans(text));
  for (let i = 0; i < t.count; i++) {
    assert.ok(t.start[i] < t.end[i] && t.end[i] <= text.length);
    assert.ok(!/\s/.test(text.slice(t.start[i], t.end[i])));
  }
});

test(`${here}a sentence-final name keeps its full stop apart`, () => {
  assert.deepEqual(words('He met John. Then Iran.'), ['He', 'met', 'John', '.', 'Then', 'Iran', '.']);
});
