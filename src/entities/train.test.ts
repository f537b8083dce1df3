import assert from 'node:assert/strict';
import { test } from 'node:test';
import { spanHolds } from '../doc.js';
import { createPipeline } from '../pipeline.js';
import { createNer } from './05-tag.js';
import { entities } from './index.js';
import { loadLexicons } from './lexicons.js';
import { decodeModel, encodeModel, HashIndex } from './model.js';
import { viewOf } from './01-view.js';
import { tokenizeBody, train, type TrainDoc } from './train.js';

const here = '[entities/train] ';
const lex = loadLexicons();

/** A tiny corpus we write ourselves: spans are found by phrase, so the offsets cannot drift. */
function doc(id: string, text: string, names: [string, TrainDoc['spans'][number]['type']][]): TrainDoc {
  const spans = names.map(([p, type]) => {
    const start = text.indexOf(p);
    assert.ok(start >= 0, `${p} in ${id}`);
    return { start, end: start + p.length, type };
  });
  return { id, text, spans };
}
const PEOPLE = ['Orla Brennick', 'Tomasz Wielgus', 'Amara Nwosu', 'Kenji Arakawa', 'Lucia Ferrante', 'Idris Kamau'];
const ORGS = ['Veltran Group', 'Harbor Unity Party', 'Northfield University', 'Corvane Bank'];
const PLACES = ['Bratislava', 'Mombasa', 'Osaka', 'Porto'];
const corpus: TrainDoc[] = [];
for (let i = 0; i < 24; i++) {
  const p = PEOPLE[i % PEOPLE.length], o = ORGS[i % ORGS.length], l = PLACES[i % PLACES.length];
  const text = `${p} joined ${o} in ${l} on Monday.\nThe move surprised analysts, ${p.split(' ')[1]} said.`;
  corpus.push(doc(`d${i}`, text, [[p, 'PERSON'], [o, 'ORG'], [l, 'LOC'], ['Monday', 'DATE']]));
}

test(`${here}training on a tiny authored corpus, then tagging new text, works end to end`, () => {
  const model = train(corpus, { lexicons: lex, epochs: 6, seed: 7, minCount: 1 });
  const ner = createNer(decodeModel(encodeModel(model)), lex);
  const ctx = { ...createPipeline([]).ctx, ner: () => ner };
  const text = 'Orla Brennick joined Corvane Bank in Osaka on Monday.\nThe move surprised analysts, Brennick said.';
  const out = entities.run(tokenizeBody(text), ctx);
  const got = (out.entities ?? []).map((e) => `${e.type}:${e.name}`).sort();
  assert.deepEqual(got, ['GPE:Osaka', 'ORG:Corvane Bank', 'PERSON:Orla Brennick']);
  assert.deepEqual(out.entities!.find((e) => e.type === 'PERSON')!.mentions.map((m) => m.text), ['Orla Brennick', 'Brennick']);
  assert.deepEqual((out.values ?? []).map((v) => `${v.type}:${v.span.text}`), ['DATE:Monday']);
  for (const e of out.entities ?? []) for (const m of e.mentions) assert.ok(spanHolds(text, m));
});

test(`${here}the model file carries its hash index: every feature is found after decoding, as before encoding`, () => {
  const model = train(corpus.slice(0, 8), { lexicons: lex, epochs: 2, seed: 3, minCount: 1 });
  const decoded = decodeModel(encodeModel(model));
  assert.ok(decoded.index, 'the slot table is read from the file, not rebuilt');
  const built = new HashIndex(model.keys);
  assert.deepEqual(decoded.index.slots, built.slots);
  for (let id = 0; id < model.keys.length; id++) assert.equal(decoded.index.get(model.keys[id]), id);
  assert.equal(decoded.index.get(0x7ffffff1), built.get(0x7ffffff1));
});

test(`${here}training is deterministic for a seed (the weights; the metadata records the wall time)`, () => {
  const a = train(corpus.slice(0, 8), { lexicons: lex, epochs: 2, seed: 3, minCount: 1 });
  const b = train(corpus.slice(0, 8), { lexicons: lex, epochs: 2, seed: 3, minCount: 1 });
  assert.deepEqual(a.keys, b.keys);
  assert.deepEqual(a.rows, b.rows);
  assert.ok(a.rows.length > 0);
});

test(`${here}a document's updates scale with its weight (a corpus with other conventions can count less)`, () => {
  const opts = { lexicons: lex, epochs: 3, seed: 3, minCount: 1 };
  const full = train(corpus.slice(0, 6), opts);
  const half = train(corpus.slice(0, 6).map((d) => ({ ...d, weight: 0.5 })), opts);
  const none = train(corpus.slice(0, 6).map((d) => ({ ...d, weight: 0 })), opts);
  // smaller steps give other weights (passive-aggressive steps do not scale with the
  // document weight alone: the margin they aim for does not halve); weight 0 leaves every weight at zero (pruned)
  assert.notDeepEqual(half.rows, full.rows);
  assert.equal(none.rows.length, 0);
  assert.ok(full.rows.length > 0);
});

test(`${here}the tagger's view splits possessives and inner hyphens off names, with their offsets`, () => {
  const text = 'Gabon’s president met the Kenya-Uganda team and Osaka\'s mayor. Its staff left.';
  const v = viewOf(tokenizeBody(text));
  const words = [...v.words];
  assert.deepEqual(words.slice(0, 2), ['Gabon', '’s']);
  assert.ok(words.includes('Kenya') && words.includes('Uganda') && words.includes('Osaka') && words.includes("'s"));
  assert.ok(words.includes('Its'), 'a word with no apostrophe keeps its s');
  const digits = [...viewOf(tokenizeBody('The G7’s plan, the 1990\'s and the F16\'s wing.')).words];
  assert.ok(digits.includes('G7') && digits.includes('F16') && digits.includes("1990's"), 'letters and digits lose the possessive; a year keeps it');
  for (let i = 0; i < v.n; i++) assert.equal(text.slice(v.start[i], v.end[i]), v.words[i]);
});
