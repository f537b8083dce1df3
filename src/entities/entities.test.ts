import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanHolds } from '../doc.js';
import { createPipeline } from '../pipeline.js';
import { matchGazetteer } from './02-gazetteer.js';
import type { TagType } from './04-tagger.js';
import type { Chunk } from './05-tag.js';
import { applyRules } from './06-rules.js';
import { dateValue, moneyValue } from './09-values.js';
import { build } from './10-build.js';
import { entities } from './index.js';
import { loadLexicons } from './lexicons.js';
import { prepare, tokenizeBody } from './train.js';

const here = '[entities] ';
const lex = loadLexicons();

/** The stage's rule layer and builder over chunks we place by hand (no model involved). */
function withChunks(text: string, names: [phrase: string, type: TagType, nth?: number][]) {
  const p = prepare(tokenizeBody(text), lex);
  const v = p.view;
  const chunks: Chunk[] = names.map(([phrase, type, nth = 0]) => {
    let at = -1;
    for (let k = 0; k <= nth; k++) at = text.indexOf(phrase, at + 1);
    assert.ok(at >= 0, `${phrase} not in text`);
    let s = 0;
    while (v.start[s] < at) s++;
    let e = s;
    while (e < v.n && v.start[e] < at + phrase.length) e++;
    return { start: s, end: e, type };
  }).sort((a, b) => a.start - b.start);
  const gz = matchGazetteer(v, lex);
  return build(v, gz, applyRules(chunks, { view: v, facts: p.facts, gz }), lex);
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
  const text = 'The plant opened in 1998 and closed on Mar. 26, 2022, said Halvorsen. Shares fell 20 on 25 June. See https://example.org/news/2021/07/story for 2,000 km.';
  const b = withChunks(text, [['Mar.', 'DATE'], ['20', 'DATE', 1], ['Halvorsen', 'PERSON']]);
  const dates = b.values.filter((x) => x.type === 'DATE').map((x) => x.span.text);
  assert.deepEqual(dates, ['1998', 'Mar. 26, 2022', '25 June']);
});
