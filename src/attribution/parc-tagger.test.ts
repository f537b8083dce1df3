// The PARC tagger's parts on authored text: the tokenizer, labels turned into attributions, training
// on a tiny authored corpus, and the model file format.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import type { Span } from '../doc.js';
import { ruleStatements } from './index.js';
import { B_CON, B_CUE, B_SRC, LABELS, N_LABELS, O, taggerInputs, tokenize, type ParcToken } from './parc-features.js';
import { decodeParcModel, encodeParcModel } from './parc-model.js';
import { HASH_BITS, ParcModel, attributionsOf, decode, type TaggedAttribution } from './parc-tagger.js';
import { trainParc, type TrainParagraph } from './parc-train.js';

const here = '[attribution parc-tagger] ';

const whole = (text: string): Span => ({ start: 0, end: text.length });
const sliceOf = (text: string, s: Span | null): string | null => (s ? text.slice(s.start, s.end) : null);

test(`${here}tokenize: UTF-16 offsets, no spaces in a token, lower is the lowercased slice`, () => {
  const text = 'Intro line.\n“Ana Ruiz’s plan — it’s fine,” she said 😀 of the café in Norland (twice)!';
  const span = { start: text.indexOf('“'), end: text.length };
  const tokens = tokenize(text, span);
  assert.ok(tokens.length > 10);
  let last = span.start;
  for (const t of tokens) {
    const raw = text.slice(t.start, t.end);
    assert.ok(t.start >= last && t.end > t.start && t.end <= span.end, `${here}token ${JSON.stringify(t)} in order and in the span`);
    assert.doesNotMatch(raw, /\s/, `${here}no space in ${JSON.stringify(raw)}`);
    assert.equal(raw.toLowerCase(), t.lower);
    last = t.end;
  }
  const texts = tokens.map((t) => text.slice(t.start, t.end));
  assert.deepEqual(texts, ['“', 'Ana', 'Ruiz’s', 'plan', '—', 'it’s', 'fine', ',', '”', 'she', 'said', '😀', 'of', 'the', 'café', 'in', 'Norland', '(', 'twice', ')', '!']);
  // the emoji is two UTF-16 code units: the words after it are still at their string offsets
  const emoji = tokens[texts.indexOf('😀')];
  assert.equal(emoji.end - emoji.start, 2);
  assert.equal(tokens[texts.indexOf('café')].start, text.indexOf('café'));
  assert.equal(tokens[0].start, span.start, 'the first token is at the span start, not at 0');
  assert.deepEqual(tokenize(text, { start: 0, end: 6 }).map((t) => t.lower), ['intro'], 'a span that ends early');
});

/** Labels for tokens of `text`: each [substring, role] marks the tokens inside its first occurrence
 *  after the previous mark (B- on the first, I- on the rest); all other tokens are O. */
function labelled(text: string, tokens: readonly ParcToken[], marks: readonly [string, 'CUE' | 'CON' | 'SRC'][]): number[] {
  const labels = tokens.map(() => O);
  let from = 0;
  for (const [s, role] of marks) {
    const start = text.indexOf(s, from), end = start + s.length;
    assert.ok(start >= 0, `${here}mark ${s} in the text`);
    const b = role === 'CUE' ? B_CUE : role === 'CON' ? B_CON : B_SRC;
    tokens.forEach((t, i) => { if (t.start >= start && t.end <= end) labels[i] = t.start === start ? b : b + 1; });
    from = end;
  }
  return labels;
}

/** Token starts of the given sentence openings. */
const startsAt = (text: string, ...openings: string[]): Set<number> => new Set(openings.map((o) => text.indexOf(o)));
/** The quotations of `text` as [open mark, past close mark), as parc.ts hands them over. */
const quotedOf = (text: string): Span[] => [...text.matchAll(/“[^”]*”/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));

function tagged(text: string, marks: readonly [string, 'CUE' | 'CON' | 'SRC'][], sentences: string[]): { text: string; got: TaggedAttribution[] } {
  const tokens = tokenize(text, whole(text));
  return { text, got: attributionsOf(text, tokens, labelled(text, tokens, marks), startsAt(text, ...sentences), quotedOf(text)) };
}
const shown = (text: string, a: TaggedAttribution) => ({ content: sliceOf(text, a.content), cue: sliceOf(text, a.cue), source: sliceOf(text, a.source) });

test(`${here}attributionsOf: source, cue, content is one attribution with those spans`, () => {
  const text = 'Ana Ruiz believes the ferry to Norland will run again.';
  const { got } = tagged(text, [['Ana Ruiz', 'SRC'], ['believes', 'CUE'], ['the ferry to Norland will run again', 'CON']], ['Ana']);
  assert.deepEqual(got.map((a) => shown(text, a)), [{ content: 'the ferry to Norland will run again', cue: 'believes', source: 'Ana Ruiz' }]);
});

const INTERRUPTED = '“The ferry will run again,” Ana Ruiz said, “and the fares will not go up.”';
const INTERRUPTED_MARKS: [string, 'CUE' | 'CON' | 'SRC'][] = [['The ferry will run again', 'CON'], ['Ana Ruiz', 'SRC'], ['said', 'CUE'], ['and the fares will not go up', 'CON']];
const ACROSS = '“The ferry will run again,” Ana Ruiz said. “The fares will not go up.”';
const ACROSS_MARKS: [string, 'CUE' | 'CON' | 'SRC'][] = [['The ferry will run again', 'CON'], ['Ana Ruiz', 'SRC'], ['said', 'CUE'], ['The fares will not go up', 'CON']];

test(`${here}attributionsOf: a quotation interrupted by its cue is one content over both stretches`, () => {
  const { got } = tagged(INTERRUPTED, INTERRUPTED_MARKS, ['“The']);
  assert.deepEqual(got.map((a) => sliceOf(INTERRUPTED, a.content)), ['The ferry will run again,” Ana Ruiz said, “and the fares will not go up']);
  // across a sentence end only a quotation runs on
  const two = tagged(ACROSS, ACROSS_MARKS, ['“The ferry', '“The fares']);
  assert.deepEqual(two.got.map((a) => sliceOf(ACROSS, a.content)), ['The ferry will run again,” Ana Ruiz said. “The fares will not go up']);
});

// nearest() once looked for the cue only before the first joined run and after the last, so the cue
// between the stretches it had just joined over was never found (cue and source null).
test(`${here}attributionsOf: the joined quotation keeps the cue and source between its stretches`, () => {
  for (const [text, marks, starts] of [[INTERRUPTED, INTERRUPTED_MARKS, ['“The']], [ACROSS, ACROSS_MARKS, ['“The ferry', '“The fares']]] as const) {
    const { got } = tagged(text, marks, [...starts]);
    assert.deepEqual(got.map((a) => ({ cue: sliceOf(text, a.cue), source: sliceOf(text, a.source) })), [{ cue: 'said', source: 'Ana Ruiz' }], `${here}${text}`);
  }
});

test(`${here}attributionsOf: content runs split by a sentence start outside quotes are two attributions`, () => {
  const text = 'Ana Ruiz believes the ferry will run again. The fares will not go up, Tomas Quist said.';
  const { got } = tagged(text, [['Ana Ruiz', 'SRC'], ['believes', 'CUE'], ['the ferry will run again', 'CON'],
    ['The fares will not go up', 'CON'], ['Tomas Quist', 'SRC'], ['said', 'CUE']], ['Ana', 'The fares']);
  assert.deepEqual(got.map((a) => shown(text, a)), [
    { content: 'the ferry will run again', cue: 'believes', source: 'Ana Ruiz' },
    { content: 'The fares will not go up', cue: 'said', source: 'Tomas Quist' },
  ]);
  // one unbroken content label sequence is still cut at the sentence start
  const cut = tagged(text, [['the ferry will run again. The fares will not go up', 'CON']], ['Ana', 'The fares']);
  assert.deepEqual(cut.got.map((a) => sliceOf(text, a.content)), ['the ferry will run again.', 'The fares will not go up']);
});

test(`${here}attributionsOf: a content whose sentence has no cue has cue and source null`, () => {
  const text = 'The ferry to Norland will run again. Ana Ruiz said so on Monday.';
  const { got } = tagged(text, [['The ferry to Norland will run again', 'CON'], ['Ana Ruiz', 'SRC'], ['said', 'CUE']], ['The', 'Ana']);
  assert.deepEqual(got.map((a) => shown(text, a)), [{ content: 'The ferry to Norland will run again', cue: null, source: null }]);
});

test(`${here}attributionsOf: a content span never ends in whitespace, whatever the labels`, () => {
  const text = 'Ana Ruiz believes the ferry will run. “It will not,” said Tomas Quist, who runs the Norland depot.\n';
  // tokens that carry their trailing whitespace (another tokenizer's): the span is still trimmed
  const loose = [...text.matchAll(/\S+\s*/g)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, lower: m[0].toLowerCase() }));
  const tight = tokenize(text, whole(text));
  const starts = startsAt(text, 'Ana', '“It');
  fc.assert(fc.property(fc.boolean(), fc.array(fc.nat({ max: N_LABELS - 1 }), { minLength: loose.length + tight.length, maxLength: loose.length + tight.length }), (useLoose, ls) => {
    const tokens = useLoose ? loose : tight;
    for (const a of attributionsOf(text, tokens, ls.slice(0, tokens.length), starts, quotedOf(text))) {
      const content = text.slice(a.content.start, a.content.end);
      assert.ok(content.length > 0, `${here}empty content from ${ls.map((l) => LABELS[l]).join(' ')}`);
      assert.doesNotMatch(content, /\s$/, `${here}content ${JSON.stringify(content)} ends in whitespace`);
    }
  }), { numRuns: 300, seed: 20261206 });
  // and one fixed case with a content as the last token of a space-carrying tokenization
  const labels = loose.map(() => O);
  labels[loose.length - 1] = B_CON;
  assert.equal(sliceOf(text, attributionsOf(text, loose, labels, starts, [])[0].content), 'depot.');
});

// --- training on a tiny authored corpus ---

const NAMES = ['Ana Ruiz', 'Tomas Quist', 'Mira Holt', 'Jon Vesper', 'Lena Dorn', 'Karl Imbert', 'Sofia Brandt', 'Pavel Orr', 'Greta Lind', 'Omar Seld'];
const VERBS = ['endorsed', 'criticized', 'believes', 'praised'];
const CLAUSES = [
  'the plan to rebuild the harbour wall', 'the new tax on ferry tickets', 'the council would cut the bus fares',
  'the budget for the Norland schools', 'the decision to close the old depot', 'the mayor had misled the voters',
  'the deal with the port workers', 'the bridge would open before winter', 'the proposal to sell the town hall',
  'the levy on the fishing boats', 'the police had acted too slowly', 'the vote to merge the two ports',
  'the museum should stay open on Sundays', 'the ban on cars in the old town', 'the ferry company had raised its prices',
];

/** "<Name> <verb> <clause>." paragraphs with gold labels, as the tagger sees them. */
function corpus(rows: readonly [string, string, string][]): { text: string; data: TrainParagraph[] } {
  const paras = rows.map(([n, v, c]) => `${n} ${v} ${c}.`), text = paras.join('\n\n');
  const paragraphs: Span[] = [];
  let at = 0;
  for (const p of paras) { paragraphs.push({ start: at, end: at + p.length }); at += p.length + 2; }
  const { quotes, sentences } = ruleStatements(text, paragraphs);
  const data = taggerInputs(text, paragraphs, sentences, quotes).map((input, k) => {
    const [n, v, c] = rows[k], p = paragraphs[k];
    return { ...input, gold: labelled(text.slice(p.start, p.end), input.tokens.map((t) => ({ ...t, start: t.start - p.start, end: t.end - p.start })), [[n, 'SRC'], [v, 'CUE'], [c, 'CON']]) };
  });
  return { text, data };
}

const TRAIN = corpus(Array.from({ length: 30 }, (_, i): [string, string, string] => [NAMES[i % NAMES.length], VERBS[(i * 3) % VERBS.length], CLAUSES[(i * 7) % CLAUSES.length]]));
const OPTS = { seed: 7, epochs: 10 };
let trainedOnce: ReturnType<typeof trainParc> | undefined;
const trained = (): ReturnType<typeof trainParc> => (trainedOnce ??= trainParc(TRAIN.data, OPTS));

/** The attributions a model finds in one paragraph of text. */
function tagWith(model: ParcModel, text: string): { labels: number[]; got: TaggedAttribution[] } {
  const { quotes, sentences } = ruleStatements(text, [whole(text)]);
  const [p] = taggerInputs(text, [whole(text)], sentences, quotes);
  const labels = decode(p.tokens, p.feats, p.sentenceStarts, model);
  return { labels, got: attributionsOf(text, p.tokens, labels, p.sentenceStarts, quotes.map((q) => ({ start: q.open, end: q.close }))) };
}

test(`${here}a model trained on authored paragraphs (through its file format) tags an unseen one`, () => {
  assert.equal(TRAIN.data.length, 30);
  assert.ok(TRAIN.data.every((p) => p.gold.length === p.tokens.length && p.gold.includes(B_SRC) && p.gold.includes(B_CON)));
  const { slots, weights } = trained();
  const model = decodeParcModel(encodeParcModel(slots, weights), 'test.bin');
  for (const [name, verb, clause] of [['Wilma Torvik', 'praised', 'the new harbour school in Norland'], ['Ivo Marsh', 'criticized', 'the plan to sell the old ferry']]) {
    const text = `${name} ${verb} ${clause}.`;
    const { labels, got } = tagWith(model, text);
    assert.deepEqual(got.map((a) => shown(text, a)), [{ content: clause, cue: verb, source: name }], `${here}${text} tagged ${labels.map((l) => LABELS[l]).join(' ')}`);
  }
});

test(`${here}training is deterministic for a seed`, () => {
  const a = trained(), b = trainParc(TRAIN.data, OPTS);
  assert.ok(a.slots.length > 0);
  assert.ok(encodeParcModel(a.slots, a.weights).equals(encodeParcModel(b.slots, b.weights)), 'same seed, same bytes');
});

// --- the model file ---

test(`${here}a model file with the wrong magic or cut short is an error naming the file and the fault`, () => {
  const { slots, weights } = trained();
  const good = encodeParcModel(slots, weights), file = '/tmp/models/parc.bin';
  assert.equal(good.toString('latin1', 0, 8), 'NLPARC01');
  const wrong = Buffer.from(good);
  wrong.write('NLPARC02', 0, 'latin1');
  const cases: [string, Buffer, RegExp][] = [
    ['wrong magic', wrong, /not a newslens PARC model/],
    ['empty', Buffer.alloc(0), /not a newslens PARC model/],
    ['cut in the weights', good.subarray(0, good.length - 1), /truncated/],
    ['cut in the slots', good.subarray(0, 20), /truncated/],
    ['one byte too many', Buffer.concat([good, Buffer.alloc(1)]), /damaged/],
    ['cut in the header', good.subarray(0, 12), /truncated PARC model \(header\)/],
    ['a slot outside the table', (() => { const b = Buffer.from(good); b.writeUInt32LE(1 << 24, 16); return b; })(), /slot 16777216 is outside/],
  ];
  for (const [what, buf, fault] of cases) {
    assert.throws(() => decodeParcModel(buf, file), (err: unknown) => err instanceof Error && err.message.startsWith(`${file}: `) && fault.test(err.message),
      `${here}${what}`);
  }
});

test(`${here}encode then decode keeps every weight within the int16 step and the same labels`, () => {
  const { slots, weights } = trained();
  const buf = encodeParcModel(slots, weights), decoded = decodeParcModel(buf);
  const scale = buf.readFloatLE(12);
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  assert.ok(Math.abs(scale - max / 32767) <= 1e-6 * scale, 'the scale is the largest weight over int16 max');
  const index = new Int32Array(1 << HASH_BITS).fill(-1);
  slots.forEach((s, i) => { index[s] = i; });
  const exact = new ParcModel(index, weights);
  const a = new Float64Array(N_LABELS), b = new Float64Array(N_LABELS);
  slots.forEach((s) => {
    a.fill(0); b.fill(0);
    exact.addRow(s, a); decoded.addRow(s, b);
    for (let l = 0; l < N_LABELS; l++) assert.ok(Math.abs(a[l] - b[l]) <= scale / 2 + 1e-9 * max, `${here}slot ${s} label ${LABELS[l]}: ${a[l]} vs ${b[l]}`);
  });
  const unused = [...Array(64).keys()].find((s) => index[s] < 0)!;
  b.fill(0); decoded.addRow(unused, b);
  assert.deepEqual([...b], new Array(N_LABELS).fill(0), 'a slot without a row adds nothing');
  const text = 'Ana Ruiz praised the plan to rebuild the harbour wall.\n\nKarl Imbert believes the ferry will run.';
  assert.deepEqual(tagWith(decoded, text).labels, tagWith(exact, text).labels);
});
