import assert from 'node:assert/strict';
import { test } from 'node:test';
import { N_TAGS, POS, tagOf } from './04-tagger.js';
import { createNer } from './05-tag.js';
import { loadLexicons } from './lexicons.js';
import { decodeModel, encodeModel } from './model.js';
import { spanFeatures, trainSpanTypes } from './span-types.js';
import { prepare, tokenizeBody, train, type TrainDoc } from './train.js';

const here = '[entities/span-types] ';
const lex = loadLexicons();

/** Authored documents: banks and parties are organisations, "in X" is a place, "said X" a person, "Analysts" no name. */
const PEOPLE = ['Orla Brennick', 'Tomasz Wielgus', 'Idris Dunmere'];
const ORGS = ['Corvane Bank', 'Halvorsk Bank', 'Quellan Unity Party'];
const PLACES = ['Ostravik', 'Marrowfield', 'Tessaly'];
function doc(i: number): TrainDoc {
  const p = PEOPLE[i % 3], o = ORGS[(i + 1) % 3], l = PLACES[(i + 2) % 3];
  const text = `${o} opened an office in ${l}, said ${p}.\nShares of ${o} rose.\nAnalysts expect more.`;
  const at = (s: string, from = 0) => text.indexOf(s, from);
  return { id: `s${i}`, text, spans: [
    { start: at(o), end: at(o) + o.length, type: 'ORG' }, { start: at(l), end: at(l) + l.length, type: 'LOC' },
    { start: at(p), end: at(p) + p.length, type: 'PERSON' }, { start: at(o, at(o) + 1), end: at(o, at(o) + 1) + o.length, type: 'ORG' },
  ] };
}
const corpus = Array.from({ length: 18 }, (_, i) => doc(i));

test(`${here}the typer's cached per-word scores sum the same features as training sees`, () => {
  const model = decodeModel(encodeModel(train(corpus, { lexicons: lex, epochs: 2, seed: 5, minCount: 1 })));
  const ner = createNer(model, lex);
  assert.ok(ner.span.active);
  const text = 'Halvorsk Bank opened an office in Tessaly, said Orla Brennick’s aide.';
  const { view: v, facts } = prepare(tokenizeBody(text), lex);
  const sc = new Int32Array(8), row = new Int32Array(N_TAGS);
  for (const [a, b] of [[0, 2], [6, 7], [9, 11], [0, 1]]) {
    ner.span.score(v, facts, a, b, sc);
    const feats: number[] = [];
    spanFeatures(v, facts, a, b, feats);
    row.fill(0);
    for (const f of feats) { const r = ner.weights.lookup(f); if (r >= 0) ner.weights.addRowInt(r, row, 0); }
    assert.deepEqual([...sc], [...[0, 1, 2, 3, 4, 5, 6].map((t) => row[tagOf(t, POS.U)]), row[0]], `span ${v.words.slice(a, b).join(' ')}`); // 7 types, then no name (O)
  }
});

test(`${here}a name the tagger mistyped takes the type its words and context point to; a margin keeps close calls`, () => {
  const ner = createNer(decodeModel(encodeModel(train(corpus, { lexicons: lex, epochs: 2, seed: 5, minCount: 1 }))), lex);
  const text = 'Corvane Bank opened an office in Marrowfield, said Idris Dunmere.';
  const { view: v, facts } = prepare(tokenizeBody(text), lex);
  const chunks = [{ start: 0, end: 2, type: 'PERSON' as const }, { start: 6, end: 7, type: 'LOC' as const }, { start: 9, end: 11, type: 'PERSON' as const }];
  assert.deepEqual(ner.span.retype(chunks, v, facts, 0, 1e9).map((c) => c.type), ['ORG', 'LOC', 'PERSON']);
  assert.deepEqual(ner.span.retype(chunks, v, facts, 1e9, 1e9).map((c) => c.type), ['PERSON', 'LOC', 'PERSON'], 'an unbeatable margin keeps every tag');
});

test(`${here}a whole capitalised run that reads as no name is dropped; names and parts of longer runs stay`, () => {
  const ner = createNer(decodeModel(encodeModel(train(corpus, { lexicons: lex, epochs: 2, seed: 5, minCount: 1 }))), lex);
  const text = 'Analysts expect Halvorsk Bank to grow in Tessaly, said Orla Brennick.';
  const { view: v, facts } = prepare(tokenizeBody(text), lex);
  const show = (cs: { start: number; end: number; type: string }[]) => cs.map((c) => `${c.type}:${v.words.slice(c.start, c.end).join(' ')}`);
  const chunks = [{ start: 0, end: 1, type: 'ORG' as const }, { start: 2, end: 4, type: 'ORG' as const }, { start: 7, end: 8, type: 'LOC' as const },
    { start: 10, end: 11, type: 'PERSON' as const }];
  assert.deepEqual(show(ner.span.retype(chunks, v, facts)), ['ORG:Halvorsk Bank', 'LOC:Tessaly', 'PERSON:Orla'], '"Analysts" goes; "Orla" is part of a longer run');
  assert.equal(ner.span.retype(chunks, v, facts, 1e9, 1e9).length, 4);
});

test(`${here}typer training is deterministic and learns separable authored spans`, () => {
  const ex = [ // a word feature per class (11, 21, 31) and two context features shared by all
    { feats: [11, 40], type: 1 }, { feats: [21, 40], type: 2 }, { feats: [11, 41], type: 1 }, { feats: [21, 41], type: 2 }, { feats: [31, 40], type: 0 }, { feats: [31, 41], type: 0 },
  ];
  const a = trainSpanTypes(ex, 3), b = trainSpanTypes(ex, 3);
  assert.deepEqual([...a.keys()], [...b.keys()]);
  assert.ok(a.has(11) && a.has(40), 'features seen twice are kept');
  for (const [f, row] of a) assert.deepEqual(row, b.get(f));
  const score = (feats: number[], t: number) => feats.reduce((s, f) => s + (a.get(f)?.[tagOf(t, POS.U)] ?? 0), 0);
  for (const e of ex) for (const t of [0, 1, 2]) if (t !== e.type) assert.ok(score(e.feats, e.type) > score(e.feats, t), `example ${e.feats} → ${e.type}`);
});
