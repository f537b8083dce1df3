import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanHolds } from '../doc.js';
import { analyzeText } from '../index.js';
import { createPipeline } from '../pipeline.js';
import { dateValue, moneyValue } from './09-values.js';
import { build } from './10-build.js';
import { entities } from './index.js';
import { lex, placeChunks, type Placed } from './test-chunks.js';
import { tokenizeBody } from './train.js';

const here = '[entities] ';

/** The stage's rule layer and builder over chunks we place by hand (no model involved). */
function withChunks(text: string, names: Placed[]) {
  const { v, gz, ruled } = placeChunks(text, names);
  return build(v, gz, ruled, lex);
}

const byName = (b: ReturnType<typeof build>, name: string) => b.entities.find((e) => e.name === name);

test(`${here}titles and ranks are split off names; offices and appositions become roles`, () => {
  const text = 'Lt. Gen. Maria Okafor, commander of SOUTHCOM, met Secretary of State Tomas Varga on Monday. Okafor said little.';
  const b = withChunks(text, [['Lt. Gen. Maria Okafor', 'PERSON'], ['SOUTHCOM', 'ORG'], ['State Tomas Varga', 'PERSON'], ['Okafor', 'PERSON', 1]]);
  const okafor = byName(b, 'Maria Okafor');
  assert.ok(okafor, 'Maria Okafor without her rank');
  assert.deepEqual(okafor.titles, ['Lt. Gen.']);
  assert.deepEqual(okafor.roles, ['commander of SOUTHCOM']);
  assert.deepEqual(okafor.mentions.map((m) => m.text), ['Maria Okafor', 'Okafor']);
  const varga = byName(b, 'Tomas Varga');
  assert.ok(varga, '"State" is part of the title, not of the name');
  assert.deepEqual(varga.titles, ['Secretary of State']);
  assert.ok(!b.entities.some((e) => /State/.test(e.name)));
});

test(`${here}acronyms tie to their expansions, both ways and with prefixes`, () => {
  const text = 'The Coastal Defense Command (CODECOM) said CODECOM would move. USCODECOM declined. Officials at NAFTEX (North Atlantic Fisheries Exchange) agreed.';
  const b = withChunks(text, [['Coastal Defense Command', 'ORG'], ['CODECOM', 'ORG'], ['CODECOM', 'ORG', 1], ['USCODECOM', 'ORG'],
    ['North Atlantic Fisheries Exchange', 'ORG']]);
  const cmd = byName(b, 'Coastal Defense Command');
  assert.ok(cmd);
  assert.equal(cmd.acronym, 'CODECOM');
  assert.deepEqual(cmd.mentions.map((m) => m.text), ['Coastal Defense Command', 'CODECOM', 'CODECOM', 'USCODECOM']);
  const nafta = byName(b, 'North Atlantic Fisheries Exchange');
  assert.ok(nafta, 'the rule layer tags an acronym defined by the long name after it');
  assert.deepEqual(nafta.mentions.map((m) => m.text), ['NAFTEX', 'North Atlantic Fisheries Exchange']);
});

test(`${here}surnames and first names join one full name; people sharing a surname stay apart`, () => {
  const text = 'Ana Lindqvist and Peter Lindqvist both spoke. Peter said no. Later Lindqvist added more. Ana Lindqvist’s brother left.';
  const b = withChunks(text, [['Ana Lindqvist', 'PERSON'], ['Peter Lindqvist', 'PERSON'], ['Peter', 'PERSON', 1], ['Lindqvist', 'PERSON', 2], ['Ana Lindqvist', 'PERSON', 1]]);
  const ana = byName(b, 'Ana Lindqvist'), peter = byName(b, 'Peter Lindqvist');
  assert.ok(ana && peter && ana.id !== peter.id, 'two people');
  assert.deepEqual(peter.mentions.map((m) => m.text), ['Peter Lindqvist', 'Peter', 'Lindqvist']);
  assert.deepEqual(ana.mentions.map((m) => m.text), ['Ana Lindqvist', 'Ana Lindqvist'], 'possessive dropped from the span');
});

test(`${here}hyphenated and non-Latin-script names keep their spans and aliases`, () => {
  const text = 'Jean-Luc Moreau-Diallo met Дмитрий Соколов in Kyiv. Соколов thanked Moreau-Diallo.';
  const b = withChunks(text, [['Jean-Luc Moreau-Diallo', 'PERSON'], ['Дмитрий Соколов', 'PERSON'], ['Kyiv', 'LOC'], ['Соколов', 'PERSON', 1], ['Moreau-Diallo', 'PERSON', 1]]);
  assert.deepEqual(byName(b, 'Jean-Luc Moreau-Diallo')?.mentions.map((m) => m.text), ['Jean-Luc Moreau-Diallo', 'Moreau-Diallo']);
  assert.deepEqual(byName(b, 'Дмитрий Соколов')?.mentions.map((m) => m.text), ['Дмитрий Соколов', 'Соколов']);
  assert.equal(byName(b, 'Kyiv')?.type, 'GPE', 'a capital from the lexicon is a GPE');
});

test(`${here}dates and money get normalised values`, () => {
  assert.equal(dateValue('May 2013'), '2013-05');
  assert.equal(dateValue('21 September 2001'), '2001-09-21');
  assert.equal(dateValue('Aug. 4, 2025'), '2025-08-04');
  assert.equal(dateValue('1997'), '1997');
  assert.equal(dateValue('last week'), null);
  assert.deepEqual(moneyValue('US$4.2 billion'), { value: 4.2e9, unit: 'USD' });
  assert.deepEqual(moneyValue('€300 million'), { value: 3e8, unit: 'EUR' });
  assert.deepEqual(moneyValue('Rs 5 crore'), { value: 5e7, unit: 'INR' });
});

test(`${here}the shipped model: agencies, people, places and an all-caps headline`, () => {
  const text = [
    'PANEL FAULTS BORDER AGENCY OVER DELAYS',
    'The FBI and the CIA briefed Congress on Tuesday, Sen. Harriet Caldwell said. Caldwell, a Republican from Ohio, '
      + 'asked the Pentagon for $2 million. The agency did not reply. Caldwell said the visit to Nairobi would happen in March 2024.',
  ].join('\n');
  const pipeline = createPipeline([]);
  const doc = entities.run(tokenizeBody(text), pipeline.ctx);
  const ents = doc.entities ?? [];
  const find = (name: string) => ents.find((e) => e.name === name);
  for (const org of ['FBI', 'CIA', 'Congress', 'Pentagon']) assert.equal(find(org)?.type, 'ORG', org);
  const p = find('Harriet Caldwell');
  assert.equal(p?.type, 'PERSON');
  assert.deepEqual(p?.titles, ['Sen.']);
  assert.equal(p?.mentions.length, 3, 'surname mentions join the full name');
  assert.ok(['GPE', 'LOC'].includes(find('Nairobi')?.type ?? ''));
  assert.ok(!ents.some((e) => /PANEL|FAULTS|DELAYS/.test(e.name)), 'headline words are not names');
  assert.ok((doc.values ?? []).some((x) => x.type === 'MONEY' && x.value === 2e6 && x.unit === 'USD'));
  // the offset invariant, for every span the stage writes
  for (const e of ents) for (const m of e.mentions) assert.ok(spanHolds(text, m), `${m.text} at ${m.start}`);
  for (const x of doc.values ?? []) assert.ok(spanHolds(text, x.span));
  for (const m of doc.mentions ?? []) {
    assert.ok(ents.some((e) => e.id === m.entity));
    for (const t of m.titles ?? []) assert.ok(t.end <= m.start && text.slice(t.start, t.end).trim() !== '');
  }
});

test(`${here}dates: bare years and months the model left out, completed model dates, numbers and web addresses are not dates`, () => {
  const text = 'The plant opened in 1998 and closed on Mar. 26, 2022, said Brannigan. Shares fell 20 on 25 June. See https://example.org/news/2021/07/story for 2,000 km.';
  const b = withChunks(text, [['Mar.', 'DATE'], ['20', 'DATE', 1], ['Brannigan', 'PERSON']]);
  const dates = b.values.filter((x) => x.type === 'DATE').map((x) => x.span.text);
  assert.deepEqual(dates, ['1998', 'Mar. 26, 2022', '25 June']);
});

test(`${here}an office word takes its modifiers; a nationality before it stays a name, a place completing it does not`, () => {
  const text = 'Defense Secretary Paul Hendry met Mexican President Clara Ibarra and Secretary of State Omar Reyes. So Secretary Hendry left.';
  const b = withChunks(text, [['Paul Hendry', 'PERSON'], ['Mexican', 'NORP'], ['Clara Ibarra', 'PERSON'], ['State', 'LOC'], ['Omar Reyes', 'PERSON'], ['Hendry', 'PERSON', 1]]);
  const hendry = byName(b, 'Paul Hendry');
  assert.deepEqual(hendry?.titles, ['Defense Secretary', 'Secretary'], 'a sentence-opening "So" is not a modifier');
  assert.deepEqual(hendry?.mentions.map((m) => m.text), ['Paul Hendry', 'Hendry']);
  assert.deepEqual(byName(b, 'Clara Ibarra')?.roles, ['Mexican President']);
  assert.equal(byName(b, 'Mexican')?.type, 'NORP');
  assert.deepEqual(byName(b, 'Omar Reyes')?.titles, ['Secretary of State']);
  assert.ok(!b.entities.some((e) => e.name === 'State'));
});

test(`${here}organisation variants: designators, spelled-out names in parentheses, country prefixes, head words`, () => {
  const text = 'Okoro Freight Ltd. hired drivers. Okoro Freight said pay rose. The National Archive (Rijksarchief) agreed. '
    + 'The Ghana Cocoa Regulatory Board and the Cocoa Regulatory Board replied. The Regional Water Commission met; the Commission voted.';
  const b = withChunks(text, [['Okoro Freight Ltd.', 'ORG'], ['Okoro Freight', 'ORG', 1], ['National Archive', 'ORG'], ['Rijksarchief', 'ORG'],
    ['Ghana Cocoa Regulatory Board', 'ORG'], ['Cocoa Regulatory Board', 'ORG', 1], ['Regional Water Commission', 'ORG'], ['Commission', 'ORG', 1]]);
  // the legal form's stop stays outside the name (Worldwide's convention, 06-rules-names.ts)
  assert.deepEqual(byName(b, 'Okoro Freight Ltd')?.mentions.map((m) => m.text), ['Okoro Freight Ltd', 'Okoro Freight']);
  assert.deepEqual(byName(b, 'National Archive')?.mentions.map((m) => m.text), ['National Archive', 'Rijksarchief']);
  assert.deepEqual(byName(b, 'Ghana Cocoa Regulatory Board')?.mentions.map((m) => m.text), ['Ghana Cocoa Regulatory Board', 'Cocoa Regulatory Board']);
  assert.deepEqual(byName(b, 'Regional Water Commission')?.mentions.map((m) => m.text), ['Regional Water Commission', 'Commission']);
});

test(`${here}two countries' forces stay apart, and a bare head word shared by two names joins neither`, () => {
  const text = 'The Kenya Border Force and the Uganda Border Force drilled. The Border Force said little. The Force denied it.';
  const b = withChunks(text, [['Kenya Border Force', 'ORG'], ['Uganda Border Force', 'ORG'], ['Border Force', 'ORG', 2], ['Force', 'ORG', 3]]);
  assert.deepEqual(b.entities.map((e) => e.mentions.map((m) => m.text)), [['Kenya Border Force'], ['Uganda Border Force'], ['Border Force'], ['Force']]);
});

test(`${here}people: first and last name of a fuller name, case variants, a bare surname before any full name stays apart`, () => {
  const text = 'OKAFOR SPEAKS\nOkafor was silent. Maria Elena Okafor and Tunde Okafor arrived. Maria Okafor spoke. OKAFOR then left.';
  const b = withChunks(text, [['OKAFOR', 'PERSON'], ['Okafor', 'PERSON'], ['Maria Elena Okafor', 'PERSON'], ['Tunde Okafor', 'PERSON'], ['Maria Okafor', 'PERSON'], ['OKAFOR', 'PERSON', 1]]);
  const maria = byName(b, 'Maria Elena Okafor'), tunde = byName(b, 'Tunde Okafor');
  assert.ok(maria && tunde && maria.id !== tunde.id, 'two people sharing a surname');
  assert.deepEqual(maria.mentions.map((m) => m.text), ['Maria Elena Okafor', 'Maria Okafor', 'OKAFOR'], 'the later bare surname goes to the one mentioned last');
  assert.deepEqual(tunde.mentions.map((m) => m.text), ['Tunde Okafor']);
  const early = b.entities.find((e) => e.mentions.some((m) => m.text === 'Okafor'));
  assert.ok(early && early !== maria && early !== tunde, 'a surname before both full names is ambiguous: it stays apart');
});

test(`${here}a CJK name and one name tagged with two types join one entity of the majority type`, () => {
  const text = '王小明 visited Lagos. Officials said 王小明 met Adaeze Nwosu. Nwosu spoke. Later Nwosu left, and Nwosu returned.';
  const b = withChunks(text, [['王小明', 'PERSON'], ['Lagos', 'LOC'], ['王小明', 'PERSON', 1], ['Adaeze Nwosu', 'PERSON'], ['Nwosu', 'PERSON', 1], ['Nwosu', 'LOC', 2], ['Nwosu', 'PERSON', 3]]);
  assert.deepEqual(byName(b, '王小明')?.mentions.map((m) => m.text), ['王小明', '王小明']);
  const n = byName(b, 'Adaeze Nwosu');
  assert.equal(n?.type, 'PERSON');
  assert.equal(n?.mentions.length, 4);
});

test(`${here}a name tagged twice is a mention where the tagger missed it, but not inside a longer name`, () => {
  const text = 'Corvina\nVisitors reach Corvina by ferry. Corvina has two beaches in summer. In Corvina’s old town, Corvina Harbour is busy. '
    + 'Sentences that open with Fall.\nFall is dry; we fall asleep.';
  const b = withChunks(text, [['Corvina', 'LOC', 1], ['Corvina', 'LOC', 2], ['Fall', 'MISC'], ['Fall', 'MISC', 1]]);
  const at = (s: string) => text.indexOf(s);
  assert.deepEqual(byName(b, 'Corvina')?.mentions.map((m) => m.start), [0, at('Corvina by'), at('Corvina has'), at('Corvina’s')],
    'the headline and the possessive join; "Corvina Harbour" is another name');
  assert.equal(byName(b, 'Fall')?.mentions.length, 2, 'a word the text also writes in lower case is not copied');
});

test(`${here}a place with its region after a comma is the place`, () => {
  const text = 'Ferries left Tarvo Bay, Westland at dawn. Tarvo Bay was calm, and Westland was not.';
  const b = withChunks(text, [['Tarvo Bay, Westland', 'LOC'], ['Tarvo Bay', 'LOC', 1], ['Westland', 'LOC', 1]]);
  assert.deepEqual(byName(b, 'Tarvo Bay, Westland')?.mentions.map((m) => m.text), ['Tarvo Bay, Westland', 'Tarvo Bay']);
  assert.deepEqual(byName(b, 'Westland')?.mentions.filter((m) => !m.kind).map((m) => m.start), [text.lastIndexOf('Westland')]);
  assert.deepEqual(byName(b, 'Westland')?.mentions.filter((m) => m.kind === 'nested').map((m) => m.start), [text.indexOf('Westland')], 'the region inside the longer name');
});

test(`${here}the words of a web address are no names, neither tagged nor copied from a name tagged elsewhere`, () => {
  const text = 'https://news.example.org/read/Quillon-Harbour-Board-meets-Dunvale\n\nThe Quillon Harbour Board met in Dunvale. Dunvale voted; the Quillon Harbour Board agreed.';
  const b = withChunks(text, [['Quillon', 'ORG'], ['Quillon Harbour Board', 'ORG', 0], ['Dunvale', 'LOC', 1], ['Dunvale', 'LOC', 2], ['Quillon Harbour Board', 'ORG', 1]]);
  const url = text.indexOf('\n');
  for (const m of b.mentions) assert.ok(m.start > url, `no mention inside the address (${text.slice(m.start, m.end)} at ${m.start})`);
  assert.deepEqual(b.entities.map((e) => `${e.name}:${e.mentions.length}`), ['Quillon Harbour Board:2', 'Dunvale:2']);
});

test(`${here}company names ending in an industry word are organisations (lexicons/org-words.txt)`, () => {
  const a = analyzeText('Velto Logistics hired forty drivers. Brinmoor Therapeutics and Quarry Lane Studios moved to the harbor.', { as: 'body' });
  for (const name of ['Velto Logistics', 'Brinmoor Therapeutics', 'Quarry Lane Studios']) assert.equal(a.entities.find((e) => e.name === name)?.type, 'ORG', name);
});

test(`${here}a name given as another's other name joins it; "the Bank" is the one "Bank of …"`, () => {
  const text = 'Ana Ruiz, better known by her stage name Lula Vex, sang. Vex bowed. Tomas Varga, a friend, agreed. The Bank of Norland paid, and the Bank said so.';
  const b = withChunks(text, [['Ana Ruiz', 'PERSON'], ['Lula Vex', 'PERSON'], ['Vex', 'PERSON', 1], ['Tomas Varga', 'PERSON'], ['Bank of Norland', 'ORG'], ['Bank', 'ORG', 1]]);
  assert.deepEqual(byName(b, 'Ana Ruiz')?.mentions.map((m) => m.text), ['Ana Ruiz', 'Lula Vex', 'Vex']);
  assert.deepEqual(byName(b, 'Tomas Varga')?.mentions.map((m) => m.text), ['Tomas Varga'], 'an apposition without "known as" is no other name');
  assert.deepEqual(byName(b, 'Bank of Norland')?.mentions.map((m) => m.text), ['Bank of Norland', 'Bank']);
});

test(`${here}a surname two people share goes to the nearest one, unless the other was mentioned twice as often`, () => {
  const text = 'Ana Ruiz won. Ana Ruiz thanked her father, Luis Ruiz. Ruiz smiled. Later Luis Ruiz spoke, and Ruiz wept.';
  const b = withChunks(text, [['Ana Ruiz', 'PERSON'], ['Ana Ruiz', 'PERSON', 1], ['Luis Ruiz', 'PERSON'], ['Ruiz', 'PERSON', 3], ['Luis Ruiz', 'PERSON', 1], ['Ruiz', 'PERSON', 5]]);
  const starts = (name: string) => byName(b, name)?.mentions.map((m) => m.start);
  const ruizAt = (k: number) => { let at = -1; for (let n = 0; n <= k; n++) at = text.indexOf('Ruiz', at + 1); return at; };
  assert.ok(starts('Ana Ruiz')?.includes(ruizAt(3)), '"Ruiz smiled": the subject, mentioned twice, not the father mentioned once just before');
  assert.ok(starts('Luis Ruiz')?.includes(ruizAt(5)), '"Ruiz wept": two mentions each, so the nearest');
});
