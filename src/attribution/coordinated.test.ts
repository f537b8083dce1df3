// Second attributions coordinated inside a statement's content, and cue and speaker forms that hid a statement.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { body, find } from './test-articles.js';

const here = '[attribution coordinated] ';

test(`${here}a coordinated clause with its own subject and cue is a second statement, and ends the first`, () => {
  const a = body('The harbour master says the pier is safe, but the ferry union insisted that the railings must be replaced.',
    'Organisers said turnout was the highest in years, and two-thirds of stallholders said the same of sales.',
    'She admitted the two had spoken by phone, he claimed they had never met.');
  assert.equal(find(a, 'the pier is safe').speakerMention?.text, 'The harbour master');
  assert.equal(find(a, 'the railings must be replaced').speakerMention?.text, 'the ferry union');
  find(a, 'turnout was the highest in years');
  assert.equal(find(a, 'the same of sales').speakerMention?.text, 'two-thirds of stallholders');
  find(a, 'the two had spoken by phone');
  assert.equal(find(a, 'they had never met').speakerMention?.text, 'he');
});

test(`${here}a relative clause or a nested report inside the content is not a coordinated statement`, () => {
  const a = body('The treasurer said the fund, which auditors say is short, had not paid the contractor.');
  find(a, 'the fund, which auditors say is short, had not paid the contractor');
});

test(`${here}focus adverbs and "can" belong to the cue; a participle with its complement is a speaker`, () => {
  const a = body('Okafor has even claimed the depot will pay for itself within a decade.',
    'And I can now say, with some relief, that the tunnel is finished.',
    'Officials briefed on the talks say the tariff will be halved.');
  assert.equal(find(a, 'the depot will pay for itself within a decade').cue?.text, 'has even claimed');
  assert.equal(find(a, 'the tunnel is finished').cue?.text, 'can now say');
  assert.equal(find(a, 'the tariff will be halved').speakerMention?.text, 'Officials briefed on the talks');
});

test(`${here}a name ending in a modal word is no auxiliary; a clause with "may" is no speaker`, () => {
  const a = body('Councillor Ada May said the library would stay open.',
    'A shorter season may not be such a bad thing, say some growers, who recall the floods.');
  const q = find(a, 'the library would stay open');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speakerMention?.text, 'Councillor Ada May');
  assert.equal(find(a, 'A shorter season may not be such a bad thing').cue?.text, 'say');
});

test(`${here}a predicate after a relative clause ends the subject; a bracketed sentence; a time before a coordinated cue`, () => {
  const a = body('The 52-year-old, who lived in Tromsø, worked as a surveyor for the ferry line, the Harbour Gazette reported.',
    'The vote was close. (She says the recount changed nothing.) The count resumes Monday.',
    'The county has frozen hiring and on Monday announced two clinics would close.');
  assert.equal(find(a, 'The 52-year-old, who lived in Tromsø, worked as a surveyor for the ferry line').speakerMention?.text, 'the Harbour Gazette');
  assert.equal(find(a, 'the recount changed nothing').speakerMention?.text, 'She');
  assert.equal(find(a, 'two clinics would close').speakerMention?.text, 'The county');
});

test(`${here}a last dash before an appositive is narration; a dash pair around an aside stays in the content`, () => {
  const a = body('Okafor said the levy had raised nearly $4 million — a record for the county.',
    'Okafor said the ferry would run faster if it carried less freight - an old complaint - and docked earlier.');
  find(a, 'the levy had raised nearly $4 million');
  find(a, 'the ferry would run faster if it carried less freight - an old complaint - and docked earlier');
});

test(`${here}a participle set off in the subject does not end the content; a time before a pronoun; a number before a participle`, () => {
  const a = body('The councillor, running for a third term, leads her rival by nine points, according to a Harbour Gazette poll.',
    'On Friday morning she said the ferry fares would rise.',
    'Ruiz leads by 31 pledged delegates according to a party tally, but the count is not over.');
  assert.equal(find(a, 'The councillor, running for a third term, leads her rival by nine points').cue?.text, 'according to');
  assert.equal(find(a, 'the ferry fares would rise').speakerMention?.text, 'she');
  assert.equal(find(a, 'Ruiz leads by 31 pledged delegates').cue?.text, 'according to');
});

test(`${here}lower-case role words before a name open a speaker; "ask" in the present makes a request`, () => {
  const a = body('During the vigil, deputy warden Ilse Marrow asked the crowd to light candles for the crew.',
    'The flyers ask residents to report leaks to the water board.');
  assert.equal(find(a, 'the crowd to light candles for the crew').speakerMention?.text, 'deputy warden Ilse Marrow');
  assert.equal(find(a, 'residents to report leaks to the water board').cue?.text, 'ask');
});

test(`${here}a participle inside content that stands before its cue is the speaker's, not narration`, () => {
  const a = body('Crews worked through the night, clearing debris from the rail line, the transit authority said.',
    'Rents rose by a third, pushing families out of the centre, according to a housing trust survey.');
  find(a, 'Crews worked through the night, clearing debris from the rail line');
  find(a, 'Rents rose by a third, pushing families out of the centre');
});

test(`${here}a contracted auxiliary joins the cue and leaves the pronoun as speaker; a progressive "telling" with a listener`, () => {
  const a = body('And she’s predicting that the tolls will fall by spring.',
    'They’ve already said the depot will stay open.',
    'The mayor is telling residents in Ostby that the bridge will reopen.');
  const q = find(a, 'the tolls will fall by spring');
  assert.equal(q.cue?.text, '’s predicting');
  assert.equal(q.speakerMention?.text, 'she');
  assert.equal(find(a, 'the depot will stay open').speakerMention?.text, 'They');
  assert.equal(find(a, 'the bridge will reopen').cue?.text, 'is telling');
});

test(`${here}"When I asked …" frames nothing of its own; a participle after "upon" or a negated verb's subject speaks`, () => {
  const a = body('When I asked the warden about the fence, she shrugged and said, “It will be fixed by May.”',
    'Ruiz drew boos upon saying, “The levy stays.”',
    'Okafor didn’t seem worried, telling reporters, “We have the votes.”');
  find(a, 'It will be fixed by May.');
  assert.equal(find(a, 'The levy stays.').speakerMention?.text, 'Ruiz');
  assert.equal(find(a, 'We have the votes.').speakerMention?.text, 'Okafor');
});

test(`${here}a clause ending in a colon introduces the quotation after it, in its sentence or the next paragraph`, () => {
  const a = body('The harbour master leaned in and growled: “Nobody sails tonight.”',
    'When the ferry sank, the operator released the following statement:',
    '“We are cooperating fully with the inquiry.”');
  const q = find(a, 'Nobody sails tonight.');
  assert.equal(q.speakerMention?.text, 'The harbour master');
  assert.equal(find(a, 'We are cooperating fully with the inquiry.').speakerMention?.text, 'the operator');
});

test(`${here}a quote-only sentence takes the speaker of a bare "X said." after it; a sentence may open inverted`, () => {
  const a = body('“The lock was never fitted.” Okafor said.',
    'Said the ferry captain, “We turned back at the breakwater.”');
  assert.equal(find(a, 'The lock was never fitted.').speakerMention?.text, 'Okafor');
  assert.equal(find(a, 'We turned back at the breakwater.').speakerMention?.text, 'the ferry captain');
});

test(`${here}a straight or doubled closing mark after a space still closes; "that" after a gerund is no relative pronoun`, () => {
  const a = body(`"Nobody expected the ferry to say, 'We are full,' " said Ines Varga, a deckhand.`,
    `''The dock was built to last, '' said Pell Aranda, who manages the marina.`,
    'Keeping that ferry afloat is the council’s first duty, said several harbour residents.');
  assert.equal(find(a, `Nobody expected the ferry to say, 'We are full,'`).speakerMention?.text, 'Ines Varga, a deckhand');
  assert.equal(find(a, 'The dock was built to last,').speakerMention?.text, 'Pell Aranda, who manages the marina');
  assert.equal(find(a, 'Keeping that ferry afloat is the council’s first duty').speakerMention?.text, 'several harbour residents');
});

test(`${here}", and she VERBED …" or ", however …" after the reported clause is narration; "and that …" stays`, () => {
  const a = body('Ruiz said the ferry was safe, and she criticized the inspectors for the delay.',
    'Ruiz said the levy would pass and that the county would recover.',
    'Most residents said they backed the levy, however that share has fallen since May.');
  find(a, 'the ferry was safe');
  find(a, 'the levy would pass and that the county would recover');
  find(a, 'they backed the levy');
});

test(`${here}a trailing adverbial after a comma ends a content-first frame; a parenthetical cue keeps the whole sentence`, () => {
  const a = body('The ferry will not sail until June, she said, on condition of anonymity.',
    'The levy, three councillors said, was rewritten in May.');
  find(a, 'The ferry will not sail until June');
  find(a, 'The levy, three councillors said, was rewritten in May');
});

test(`${here}"according to X" inside a bracket or after an unpaired dash reports only the aside`, () => {
  const a = body('The mayor cited a 40 percent rise (the real figure is nearer 12 percent, according to the county auditor).',
    'The council spends heavily on ferries - which it often must, according to Ilse Marrow.');
  const q = find(a, 'the real figure is nearer 12 percent');
  assert.equal(q.speakerMention?.text, 'the county auditor');
  find(a, 'which it often must');
});

test(`${here}answering, commenting, bragging and whispering are speech; "answered questions" is not a statement`, () => {
  const a = body('“Only two of them,” Okafor answers.',
    'Ruiz commented that the bridge was unsafe.',
    'The minister bragged that the port had never been busier.',
    'The minister answered questions for an hour.');
  assert.equal(find(a, 'Only two of them,').cue?.text, 'answers');
  find(a, 'the bridge was unsafe');
  find(a, 'the port had never been busier');
  assert.equal(a.quotes.length, 3);
});
