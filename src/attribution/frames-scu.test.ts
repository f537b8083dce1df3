// Frames met in reported local news: trailing speakers after a verb with its object, long roles after
// a named speaker, progressive cues, and a participle's subject found before the cue.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { body, find } from './test-articles.js';

const here = '[attribution frames] ';

test(`${here}a clause whose verb has an object, then a trailing speaker, is content-first`, () => {
  const a = body('Board members quietly reviewed the contract, a person familiar with the talks said.');
  const q = find(a, 'Board members quietly reviewed the contract');
  assert.equal(q.speakerMention?.text, 'a person familiar with the talks');
});

test(`${here}a long role after a full name stays part of the inverted speaker`, () => {
  const a = body('“Every empty lot is a missed chance,” said Orla Benveniste, co-chair of the Advisory Panel for the Riverside Housing Trust Network, a coalition of builders.');
  const q = find(a, 'Every empty lot is a missed chance,');
  assert.match(q.speakerMention?.text ?? '', /^Orla Benveniste, co-chair of the Advisory Panel/);
  assert.equal(a.sources.find((s) => s.id === q.sources[0])?.name, 'Orla Benveniste');
});

test(`${here}a progressive cue ("is demanding that", "are warning that") is not a passive`, () => {
  const a = body('The tenants union is demanding that the landlord restore heat by Friday.', 'Nurses are warning that the ward will close.');
  assert.equal(find(a, 'the landlord restore heat by Friday').cue?.text, 'is demanding');
  assert.equal(find(a, 'the ward will close').speakerMention?.text, 'Nurses');
});

test(`${here}a participle's speaker is the subject before the cue, past a short verb like "sued"`, () => {
  const a = body('A bakery owner sued the water district last month, saying in a complaint that three meters were misread.');
  const q = find(a, 'three meters were misread');
  assert.equal(q.speakerMention?.text, 'A bakery owner');
  assert.equal(q.cue?.text, 'saying');
});

test(`${here}"as X shows, …" makes the rest of the sentence X's statement`, () => {
  const a = body('The shelter is full; as a set of intake logs reviewed by the advocate Tomas Ilves shows, the county turned away forty families in March.',
    'As Ms. Arkwright put it, nobody wants to pay for the bridge.');
  const q = find(a, 'the county turned away forty families in March');
  assert.equal(q.cue?.text, 'shows');
  assert.match(q.speakerMention?.text ?? '', /^a set of intake logs/);
  assert.equal(find(a, 'nobody wants to pay for the bridge').speakerMention?.text, 'Ms. Arkwright');
});

test(`${here}"continued" is a cue only beside a quotation`, () => {
  const a = body('Okafor continued: “The clinic cannot survive another winter.”', 'Enrollment continued to fall for a third year.');
  assert.equal(find(a, 'The clinic cannot survive another winter.').speakerMention?.text, 'Okafor');
  assert.ok(!a.quotes.some((q) => q.cue?.text === 'continued' && /fall/.test(q.content.text)));
});

test(`${here}"state" before a title is an adjective, and a party word is not the speaker`, () => {
  const a = body('The measure’s sponsor, Republican state Sen. Corliss Abernathy, said she would try again next year.');
  const q = find(a, 'she would try again next year');
  assert.equal(q.cue?.text, 'said');
  assert.equal(a.sources.find((s) => s.id === q.sources[0])?.name, 'Corliss Abernathy');
});

test(`${here}a clause with a modal before ", Name said" is content, not a role in apposition`, () => {
  const a = body('The ferry will be crowded on Sunday, so cyclists who need a bike rack should buy a ticket the day before, Okonjo said.');
  const q = find(a, 'The ferry will be crowded on Sunday, so cyclists who need a bike rack should buy a ticket the day before');
  assert.equal(q.speakerMention?.text, 'Okonjo');
});

test(`${here}an -ing form after "was" without a clause is an adjective, not a cue`, () => {
  const a = body('Her old coach was demanding but fair, Wexley said.');
  assert.equal(find(a, 'Her old coach was demanding but fair').speakerMention?.text, 'Wexley');
});
