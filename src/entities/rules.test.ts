import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { TagType } from './04-tagger.js';
import type { Chunk } from './05-tag.js';
import { applyRules } from './06-rules.js';
import { loadLexicons } from './lexicons.js';
import { matchGazetteer } from './02-gazetteer.js';
import { prepare, tokenizeBody } from './train.js';

const here = '[entities/rules] ';
const lex = loadLexicons();

/** The rule layer over chunks placed by hand (no model): the chunks' texts and types after the rules. */
function rulesOver(text: string, names: [phrase: string, type: TagType][]): string[] {
  const { view: v, facts } = prepare(tokenizeBody(text), lex);
  const chunks: Chunk[] = names.map(([phrase, type]) => {
    const at = text.indexOf(phrase);
    assert.ok(at >= 0, `${phrase} not in text`);
    let s = 0;
    while (v.start[s] < at) s++;
    let e = s;
    while (e < v.n && v.start[e] < at + phrase.length) e++;
    return { start: s, end: e, type };
  });
  return applyRules(chunks, { view: v, facts, gz: matchGazetteer(v, lex) })
    .map((c) => `${c.type}:${text.slice(v.start[c.start], v.end[c.end - 1])}`);
}

test(`${here}a person's name runs to the end of its capitalised run, one surname at most`, () => {
  const text = 'The envoy met Adm. Teodoro Luis Ramírez Quintana, head of the navy, in the capital.';
  assert.ok(rulesOver(text, [['Teodoro Luis Ramírez', 'PERSON']]).includes('PERSON:Teodoro Luis Ramírez Quintana'));
  // a known place after the name, or a one-word chunk, is left alone
  const place = 'On Monday Marta Oyelaran Nairobi was quiet, and Oyelaran Kisumu too.';
  assert.deepEqual(rulesOver(place, [['Marta Oyelaran', 'PERSON'], ['Oyelaran', 'PERSON']]).filter((c) => c.startsWith('PERSON')),
    ['PERSON:Marta Oyelaran', 'PERSON:Oyelaran']);
});

test(`${here}an acronym defined by a long name takes its type, but never PERSON, LOC or FAC`, () => {
  const text = 'The Coastal Fisheries Board (CFB) met. Later the CFB said no. Talks with Dorvan Teller (DTR) went on; DTR left.';
  const out = rulesOver(text, [['Coastal Fisheries Board', 'ORG'], ['CFB', 'PERSON'], ['Dorvan Teller', 'PERSON'], ['DTR', 'ORG']]);
  assert.equal(out.filter((c) => c === 'ORG:CFB').length, 2, 'CFB: ORG here and at its other use');
  assert.ok(out.includes('ORG:DTR') && !out.includes('PERSON:DTR'), 'a person long name does not retype its acronym');
});

test(`${here}a two-word name set off by an office ("X, the acting Deputy Minister of ...") is a person`, () => {
  const text = 'The talks were led by Harlan Voss, the acting Deputy Minister of Fisheries, and by Tidewell Party, the owner.';
  const out = rulesOver(text, [['Harlan Voss', 'ORG'], ['Tidewell Party', 'ORG']]);
  assert.ok(out.includes('PERSON:Harlan Voss'));
  assert.ok(out.includes('ORG:Tidewell Party'), 'a known organisation word, and no "<role> of": unchanged');
});
