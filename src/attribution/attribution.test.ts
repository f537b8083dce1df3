// One small authored article per phenomenon; each test names what it checks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { body, find, src } from './test-articles.js';
import { assertContract } from '../../test/helpers/contract.js';

const here = '[attribution] ';

test(`${here}direct quotes in every style, cue after and inverted`, () => {
  const a = body(
    '“The bridge will reopen in May,” said Marisol Ortega-Whitby, the county engineer.',
    '"We are behind schedule," Ortega-Whitby said.',
    "''Nobody wants another winter of detours,'' said Councilman Tobias Renn.",
    '‘It is a question of money,’ said Dr Ingrid Solvang.',
    '„The ferries are full,“ said Ana Quist. «The trains too,» Quist said. ”Even the buses,” Quist added.',
  );
  assertContract(a);
  for (const [content, name] of [['The bridge will reopen in May,', 'Marisol Ortega-Whitby'], ['We are behind schedule,', 'Marisol Ortega-Whitby'],
    ['Nobody wants another winter of detours,', 'Tobias Renn'], ['It is a question of money,', 'Ingrid Solvang']]) {
    const q = find(a, content);
    assert.equal(q.kind, 'direct');
    assert.equal(q.cue?.text, 'said');
    assert.equal(src(a, q)[0].name, name);
    assert.equal(src(a, q)[0].type, 'named');
  }
  for (const content of ['The ferries are full,', 'The trains too,', 'Even the buses,']) assert.equal(src(a, find(a, content))[0].name, 'Ana Quist', `„…“, «…» and ”…” pair: ${content}`);
  assert.equal(a.sources.filter((s) => s.name === 'Marisol Ortega-Whitby').length, 1, 'the surname resolves to the same source');
});

test(`${here}apostrophes never open quotes`, () => {
  const a = body('The farmers’ co-op, which dates from the ’90s, didn\'t vote, and Smith\'s plan stalled.');
  assert.deepEqual(a.quotes, []);
});

test(`${here}a paragraph that lost its opening quote mark is quoted from its start; a stray closing mark is not`, () => {
  const a = body(
    'The depot will not close this winter," Marisol Ortega-Whitby said in a statement. "We are hiring drivers. And we will keep the buses running."',
    'The council met on Tuesday and voted to keep the route.”',
  );
  assertContract(a);
  for (const content of ['The depot will not close this winter,', 'We are hiring drivers. And we will keep the buses running.']) {
    const q = find(a, content);
    assert.equal(q.kind, 'direct');
    assert.equal(src(a, q)[0].name, 'Marisol Ortega-Whitby');
  }
  assert.equal(a.quotes.length, 2, 'the stray mark at the end of a paragraph opens no statement');
});

test(`${here}a quote interrupted by its cue gives two statements with the same cue and speaker`, () => {
  const a = body('“We found the leak,” the plant manager, Oskar Lindgren, said. “It took three days.”');
  const first = find(a, 'We found the leak,');
  const second = find(a, 'It took three days.');
  assert.equal(second.cue?.start, first.cue?.start);
  assert.deepEqual(second.sources, first.sources);
  assert.equal(src(a, first)[0].name, 'Oskar Lindgren');
});

test(`${here}multi-paragraph quotes and quote-only paragraphs keep the speaker`, () => {
  const a = body(
    'Priya Nandakumar, who runs the shelter, described the winter. “We ran out of cots in December,” she said. “Then we ran out of blankets.',
    '“By February we were turning people away.”',
  );
  const last = find(a, 'By February we were turning people away.');
  assert.equal(last.cue, null);
  assert.equal(last.speakerMention, null);
  assert.equal(src(a, last)[0].name, 'Priya Nandakumar');
});

test(`${here}indirect speech: speaker first, content first, parenthetical and according to`, () => {
  const a = body(
    'The mayor, Helena Broussard, said that the budget would be balanced by June.',
    'The levy would raise about $4 million a year, the finance director said.',
    'The plan, three council members said, was rewritten twice in private.',
    'According to a budget memo, the city spent $2.3 million on overtime last year.',
  );
  const q1 = find(a, 'the budget would be balanced by June');
  assert.equal(q1.kind, 'indirect');
  assert.equal(src(a, q1)[0].name, 'Helena Broussard');
  const q2 = find(a, 'The levy would raise about $4 million a year');
  assert.equal(q2.speakerMention?.text, 'the finance director');
  assert.equal(src(a, q2)[0].type, 'anonymous');
  const q3 = find(a, 'The plan, three council members said, was rewritten twice in private');
  assert.equal(q3.speakerMention?.text, 'three council members');
  const q4 = find(a, 'the city spent $2.3 million on overtime last year');
  assert.equal(q4.cue?.text, 'According to');
  assert.equal(src(a, q4)[0].type, 'document');
});

test(`${here}mixed and partial quotes; scare quotes are not statements`, () => {
  const a = body(
    'Gwen Tallis said the contract had "no teeth at all" and would be renegotiated.',
    'Opponents called the proposal "a patch on a patch."',
    'The so-called "tiny homes" program has 40 units.',
  );
  assert.equal(find(a, 'the contract had "no teeth at all" and would be renegotiated').kind, 'mixed');
  const partial = find(a, 'a patch on a patch');
  assert.equal(partial.kind, 'partial');
  assert.equal(partial.cue?.text, 'called');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('tiny homes')), 'a term quote is not a statement');
});

test(`${here}agentless passives have an unknown source and no speaker mention`, () => {
  const a = body('The dam was said to be the oldest in the state.');
  const q = find(a, 'The dam was said to be the oldest in the state');
  assert.equal(q.speakerMention, null);
  assert.equal(src(a, q)[0].type, 'unknown');
  assert.equal(a.sourcing.bySourceType.unknown, 1);
});

test(`${here}anonymous sources are re-referred to; spokespeople of organizations are the organization`, () => {
  const a = body(
    'A senior state official, who was not authorized to speak publicly, said the bridge inspection would be published Friday.',
    'The official said the cracks were serious.',
    'A spokeswoman for the Harbor Transit Authority said service would resume Monday.',
  );
  const first = find(a, 'the bridge inspection would be published Friday');
  const again = find(a, 'the cracks were serious');
  assert.deepEqual(again.sources, first.sources);
  assert.equal(src(a, first)[0].type, 'anonymous');
  const org = src(a, find(a, 'service would resume Monday'))[0];
  assert.equal(org.type, 'organization');
  assert.equal(org.name, 'Harbor Transit Authority');
  assert.equal(a.sourcing.anonymousShare, 0.667);
});

test(`${here}pronouns resolve to the speaker before them`, () => {
  const a = body('Tomasz Wierzbicki, a dairy farmer, said prices had fallen. He said he would sell part of the herd.');
  const q = find(a, 'he would sell part of the herd');
  assert.equal(q.speakerMention?.text, 'He');
  assert.equal(src(a, q)[0].name, 'Tomasz Wierzbicki');
  // an honorific tells a gender: "She" is not the "Mr." quoted last, "he" not the "Ms." named last
  const b = body('Ms. Okonjo chaired the meeting. The budget was late, Mr. Vantrell said. She said the vote would wait.',
    'The talks between Mr. Quillfeather and Ms. Pyke ended. Later, he said the deal was dead.');
  assert.equal(src(b, find(b, 'the vote would wait'))[0].name, 'Okonjo');
  assert.equal(src(b, find(b, 'the deal was dead'))[0].name, 'Quillfeather');
});

test(`${here}relayed reporting: an outlet reporting speaks; "told" an outlet relays`, () => {
  const a = body(
    'The Lakeshore Herald reported that the factory would close in March.',
    'A union steward told The Lakeshore Herald that workers had not been warned.',
  );
  const reported = find(a, 'the factory would close in March');
  const outlet = src(a, reported)[0];
  assert.equal(outlet.relayed, true);
  const told = find(a, 'workers had not been warned');
  assert.equal(src(a, told)[0].type, 'anonymous');
  assert.equal(told.relayedVia, outlet.id);
  assert.deepEqual(a.sourcing.relayedFrom, [outlet.name]);
});

test(`${here}transcript lines`, () => {
  const a = body('DISPATCHER: Unit four, what is your location?', 'OFFICER: We are on Route 9, northbound.');
  const q = find(a, 'We are on Route 9, northbound.');
  assert.equal(q.cue?.text, ':');
  assert.equal(q.speakerMention?.text, 'OFFICER');
});

test(`${here}questions and refusals are not statements`, () => {
  const a = body('Asked whether the school would close, the principal declined to comment.');
  assert.deepEqual(a.quotes, []);
});

test(`${here}attributions inside a quotation are nested statements`, () => {
  const a = body('“Each month they tell us the permit is pending,” said Ruth Amadi-Kerr, an orchard owner.',
    '‘My uncle told me, “Never sell the land,” and I never have,’ said Tomas Reyes-Lund.');
  const inner = find(a, 'the permit is pending');
  assert.equal(inner.nested, true);
  assert.equal(inner.speakerMention?.text, 'they');
  const uncle = find(a, 'Never sell the land,');
  assert.equal(uncle.nested, true);
  assert.equal(uncle.kind, 'direct');
  assert.equal(src(a, uncle)[0].type, 'anonymous');
  assert.ok(!find(a, 'Each month they tell us the permit is pending,').nested, 'the outer quote is not nested');
});

test(`${here}a coordinated reporting verb is a second statement with the same speaker`, () => {
  const a = body('Inspector Hana Obuya said the pier was safe, but added that the railings would be replaced.',
    'The tenants union called the rule “a gift to landlords” and said it would sue.',
    'The mayor said the budget would pass and that taxes would not rise.');
  const added = find(a, 'the railings would be replaced');
  assert.equal(added.cue?.text, 'added');
  assert.deepEqual(added.sources, find(a, 'the pier was safe').sources);
  assert.equal(find(a, 'a gift to landlords').kind, 'partial');
  assert.equal(src(a, find(a, 'it would sue'))[0].type, 'organization');
  find(a, 'the budget would pass and that taxes would not rise');
});

test('[attribution] a name and a colon before a quotation label its speaker; a label word does not', () => {
  const a = body('The poll drew criticism. More from Tessa Orban: “The sample was far too small.”',
    'Turnout matters - Ilan Voss: “The north will decide it.”',
    'Update: “The library is closed until Monday.”');
  const q = find(a, 'The sample was far too small.');
  assert.equal(q.speakerMention?.text, 'Tessa Orban');
  assert.equal(q.cue?.text, ':');
  assert.equal(find(a, 'The north will decide it.').speakerMention?.text, 'Ilan Voss');
  assert.ok(!a.quotes.some((x) => x.content.text === 'The library is closed until Monday.' && x.speakerMention?.text === 'Update'));
});

test('[attribution] "When asked …, X said" belongs to X; "He said:" pairs with the next paragraph\'s quotation; "went on to say"', () => {
  const a = body('When asked about the levy during a radio interview, Mayor Odile Brandt said, “It is being studied. We will decide in May.”',
    'When asked whether he would sell the farm, he laughed and noted that he had just bought a new tractor.',
    'The treasurer then read the figures. She said:',
    '“We are short by four million, and nobody wants to say so.”',
    'The memo went on to say that the depot would close.',
    'Okafor declined to say whether the depot would close.');
  assert.equal(find(a, 'It is being studied. We will decide in May.').speakerMention?.text, 'Mayor Odile Brandt');
  assert.equal(find(a, 'he had just bought a new tractor').speakerMention?.text, 'he');
  assert.equal(find(a, 'We are short by four million, and nobody wants to say so.').speakerMention?.text, 'She');
  find(a, 'the depot would close');
  assert.equal(a.quotes.filter((q) => q.content.text === 'the depot would close').length, 1);
});
