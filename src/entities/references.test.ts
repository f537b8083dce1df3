import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanHolds } from '../doc.js';
import { build } from './10-build.js';
import { officeWords } from './11-references.js';
import { propagate } from './propagate.js';
import { lex, placeChunks, type Placed } from './test-chunks.js';

const here = '[entities] ';

function withChunks(text: string, names: Placed[]) {
  const { v, gz, ruled } = placeChunks(text, names);
  return build(v, gz, ruled, lex);
}

const of = (b: ReturnType<typeof build>, name: string) => {
  const e = b.entities.find((x) => x.name === name);
  assert.ok(e, `an entity named ${name}`);
  return e;
};
const listed = (e: { mentions: { text: string; kind?: string }[] }) => e.mentions.map((m) => (m.kind ? `${m.text}:${m.kind}` : m.text));

test(`${here}office words come from the head of a title or role`, () => {
  assert.deepEqual(officeWords('Secretary'), ['Secretary']);
  assert.deepEqual(officeWords('Defense Secretary'), ['Secretary']);
  assert.deepEqual(officeWords('Director of the Harbour Authority'), ['Director']);
  assert.deepEqual(officeWords('commander of the fleet'), [], 'lower case: a description, not an office used as a name');
  assert.deepEqual(officeWords('Dr.'), []);
});

test(`${here}an office used alone is a title reference to the one person who holds it`, () => {
  const text = 'Secretary Ana Ruiz signed the order. Critics said the Secretary had no power. The Secretary\'s aides disagreed.\nSecretary, will you resign?';
  const b = withChunks(text, [['Secretary Ana Ruiz', 'PERSON']]);
  const ruiz = of(b, 'Ana Ruiz');
  assert.deepEqual(listed(ruiz), ['Ana Ruiz', 'Secretary:title', 'Secretary:title', 'Secretary:title']);
  for (const m of ruiz.mentions) assert.ok(spanHolds(text, m), `${m.text} holds`);
  assert.equal(b.mentions.length, 1, 'title references are no name mentions for the attribution stage');
});

test(`${here}a role phrase in apposition names its holder, and so does the same phrase later`, () => {
  const text = 'The board heard Tomas Varga, Director of the Harbour Authority, on Monday. Later the Director of the Harbour Authority left.';
  const b = withChunks(text, [['Tomas Varga', 'PERSON'], ['Harbour Authority', 'ORG'], ['Harbour Authority', 'ORG', 1]]);
  assert.deepEqual(listed(of(b, 'Tomas Varga')), ['Tomas Varga', 'Director of the Harbour Authority:title', 'Director of the Harbour Authority:title']);
  assert.deepEqual(listed(of(b, 'Harbour Authority')), ['Harbour Authority', 'Harbour Authority'], 'the organisation keeps its own mentions');
});

test(`${here}an office two people hold, a lower-case office, or an office before a name is no reference`, () => {
  const text = 'Secretary Ana Ruiz and Secretary Tomas Varga met. The Secretary left early. The secretary of the club stayed.';
  const b = withChunks(text, [['Secretary Ana Ruiz', 'PERSON'], ['Secretary Tomas Varga', 'PERSON']]);
  for (const e of b.entities) assert.ok(e.mentions.every((m) => !m.kind), `${e.name}: no title reference`);
});

test(`${here}a place named on its own is a nested mention inside longer names`, () => {
  const text = 'Norland is small. The Bank of Norland raised rates, and the University of Norland agreed.';
  const b = withChunks(text, [['Norland', 'LOC'], ['Bank of Norland', 'ORG'], ['University of Norland', 'ORG']]);
  const norland = of(b, 'Norland');
  assert.deepEqual(listed(norland), ['Norland', 'Norland:nested', 'Norland:nested']);
  for (const m of norland.mentions) assert.ok(spanHolds(text, m));
  assert.deepEqual(listed(of(b, 'Bank of Norland')), ['Bank of Norland']);
});

test(`${here}an organisation's word inside another name is not nested; nor is a place no one names alone`, () => {
  const text = 'The World Bank and the Bank met. The Bank of Estria agreed.';
  const b = withChunks(text, [['World Bank', 'ORG'], ['Bank', 'ORG'], ['Bank of Estria', 'ORG']]);
  for (const e of b.entities) assert.ok(e.mentions.every((m) => !m.kind), `${e.name}: names only`);
});

test(`${here}a tagged name is found again in capitals, a one-word one only if the text has no such common word`, () => {
  const text = 'Ana Ruiz spoke first. Then Ruiz sat down. Ruiz left.\nANA RUIZ: We are ready.\nRUIZ: Yes.\nMay spoke. May left.\nPRICES MAY RISE, we may hear.';
  const { v, ruled } = placeChunks(text, [['Ana Ruiz', 'PERSON'], ['Ruiz', 'PERSON', 1], ['Ruiz', 'PERSON', 2], ['May', 'PERSON'], ['May', 'PERSON', 1]]);
  const found = propagate(v, ruled).map((c) => v.text.slice(v.start[c.start], v.end[c.end - 1]));
  assert.ok(found.includes('ANA RUIZ'), 'a full name in capitals');
  assert.ok(found.includes('RUIZ'), 'a one-word name in capitals');
  assert.ok(!found.includes('MAY'), '"may" is a common word in this text');
});

test(`${here}a country's alias inside a longer name is a nested mention of the country named alone`, () => {
  const text = 'The United States will vote. The U.S. Congress met, and the Norland Senate waited.';
  const b = withChunks(text, [['United States', 'LOC'], ['U.S. Congress', 'ORG'], ['Norland Senate', 'ORG']]);
  assert.deepEqual(listed(of(b, 'United States')), ['United States', 'U.S.:nested']);
  assert.ok(!b.entities.some((e) => e.mentions.some((m) => m.text === 'Norland' && m.kind)), 'a place nobody names alone stays inside its name');
});
