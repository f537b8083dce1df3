// Speaker phrases and source resolution: one small authored article per phenomenon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeText } from '../index.js';
import { nameRuns } from './names.js';
import { notAName, splitPersonOf } from './06-speakers.js';
import { body, find, src } from './test-articles.js';

const here = '[attribution speakers] ';

test(`${here}plural officials of a named organization speak for it; bare officials stay anonymous`, () => {
  const a = body('Harbor Gas and Electric officials said the outage would end by Friday.',
    'Officials said the shelters would stay open.');
  const org = src(a, find(a, 'the outage would end by Friday'))[0];
  assert.equal(org.type, 'organization');
  assert.equal(org.name, 'Harbor Gas and Electric');
  assert.equal(src(a, find(a, 'the shelters would stay open'))[0].type, 'anonymous');
  // one official of a named organization speaks for it too, unless the article stresses the anonymity
  const b = body('A Harbor Gas and Electric official said crews were on site.',
    'A Harbor Gas and Electric official, speaking on condition of anonymity, said the pipe was old.', 'A senior official said the cost was unknown.');
  assert.equal(src(b, find(b, 'crews were on site'))[0].type, 'organization');
  assert.equal(src(b, find(b, 'the pipe was old'))[0].type, 'anonymous');
  assert.equal(src(b, find(b, 'the cost was unknown'))[0].type, 'anonymous');
});

test(`${here}bare institutions and crews speak without a determiner: police as an organization, firefighters as anonymous`, () => {
  const a = body('A fire gutted a bakery on Pell Street overnight. Two workers were treated for smoke, police said.',
    'The roof collapsed, firefighters said.', 'Management says the bakery will reopen in June.');
  const police = src(a, find(a, 'Two workers were treated for smoke'))[0];
  assert.equal(police.type, 'organization');
  assert.match(police.name ?? '', /^police$/i);
  // "The roof collapsed," is a clause, not an apposition to the speaker
  assert.equal(src(a, find(a, 'The roof collapsed'))[0].type, 'anonymous');
  assert.equal(src(a, find(a, 'the bakery will reopen in June'))[0].type, 'organization');
});

test(`${here}a clause before the last comma is content, not an apposition of the speaker`, () => {
  const a = body('The storm killed three people in Brelford, police said Tuesday.',
    'Ferry fares rose sharply last year, the audit said.', 'Oskar Lindqvar resigned, the board said.',
    'The man accused of the thefts, a former guard, said he was at home.');
  assert.equal(find(a, 'The storm killed three people in Brelford').speakerMention?.text, 'police');
  assert.equal(src(a, find(a, 'Ferry fares rose sharply last year'))[0].type, 'document');
  assert.equal(find(a, 'Oskar Lindqvar resigned').speakerMention?.text, 'the board');
  // a participle with its complement ("accused of …") still makes a noun phrase
  assert.equal(find(a, 'he was at home').speakerMention?.text, 'The man accused of the thefts, a former guard');
});

test(`${here}a capitalised role after a tagged name is the role, not the name; "Initiative" names an organization`, () => {
  const a = body('“We need the ferry back,” said Tomasz Wielgus, Regional Policy Manager at Harbor Voices United (HVU).',
    'The kelp beds are shrinking, said the Northern Kelp Restoration Initiative.');
  const person = src(a, find(a, 'We need the ferry back,'))[0];
  assert.equal(person.name, 'Tomasz Wielgus');
  assert.equal(person.type, 'named');
  assert.equal(src(a, find(a, 'The kelp beds are shrinking'))[0].type, 'organization');
});

test(`${here}a capitalised common noun opening the sentence is not a name`, () => {
  const a = body('Investigators say the fire started in the kitchen.', 'Advocates said the rules were too weak.');
  for (const c of ['the fire started in the kitchen', 'the rules were too weak']) assert.equal(src(a, find(a, c))[0].type, 'anonymous');
});

test(`${here}an age or a party label after the name is not the speaker`, () => {
  const a = body('Marta Kowalczyk, 17, said she had been stopped twice.',
    'The rule is unfair to renters, Rep. Delia Fontaine, D-Riverton, said during a hearing on Tuesday.');
  assert.equal(src(a, find(a, 'she had been stopped twice'))[0].name, 'Marta Kowalczyk');
  const q = find(a, 'The rule is unfair to renters');
  assert.equal(src(a, q)[0].name, 'Delia Fontaine');
  assert.equal(src(a, q)[0].type, 'named');
});

test(`${here}a person "of" an organization is the person; a surname with a long apposition is the person`, () => {
  const a = body('Oren Blackwood, a retired judge, spoke first.',
    'Priya Venkataraman of Fair Maps Idaho, one of the groups backing the measure, said the wait is too long.',
    '“The numbers are higher,” Blackwood, former commander of the Ohio State Patrol and chief of the Dayton Police Department, told the panel.');
  assert.equal(src(a, find(a, 'the wait is too long'))[0].name, 'Priya Venkataraman');
  const q = find(a, 'The numbers are higher,');
  assert.equal(src(a, q)[0].name, 'Oren Blackwood');
  assert.equal(src(a, q)[0].type, 'named');
});

test(`${here}a bare title re-refers to the person it was given to`, () => {
  const a = body('Superior Court Judge Lorraine Ostby-Kamara heard the case on Monday.',
    'The judge said she would rule by Friday.',
    'Tomasz Wielgus, a researcher at the state university, presented the data.',
    'The trend is clear, the researcher added.');
  assert.equal(src(a, find(a, 'she would rule by Friday'))[0].name, 'Lorraine Ostby-Kamara');
  assert.equal(src(a, find(a, 'The trend is clear'))[0].name, 'Tomasz Wielgus');
});

test(`${here}names never run across a line break`, () => {
  const a = body('Photo by Ana Cruz/Staff Images', 'Before Friday the board met. Bartholomew Ngata said the vote was close.');
  const s = src(a, find(a, 'the vote was close'))[0];
  assert.equal(s.name, 'Bartholomew Ngata');
});

test(`${here}a reporting participle takes the main clause's subject and starts its own statement`, () => {
  const a = body('Governor Ilse Brandvold defended the budget on Monday, saying it would balance by June.',
    'The clinic released a statement, saying, “We will reopen.”',
    'Mayor Tobiah Lund said the bridge was safe, adding that repairs would start soon.');
  const q = find(a, 'it would balance by June');
  assert.equal(q.cue?.text, 'saying');
  assert.equal(src(a, q)[0].name, 'Ilse Brandvold');
  assert.equal(find(a, 'We will reopen.').kind, 'direct');
  assert.equal(src(a, find(a, 'repairs would start soon'))[0].name, 'Tobiah Lund');
  find(a, 'the bridge was safe');
});

test(`${here}speakers in relative clauses, and a second verb after the relative clause`, () => {
  const a = body('“Sales are up,” said Dr. Wendeline Arbuckle, who noted that prices had doubled.',
    'The senator, who said the plan was dead, wrote that the vote was rigged.',
    'The council thanked a plumber who said the pipes had frozen.');
  const noted = find(a, 'prices had doubled');
  assert.equal(src(a, noted)[0].name, 'Wendeline Arbuckle');
  assert.equal(a.quotes.filter((q) => q.content.text === 'Sales are up,').length, 1, 'the quotation is one statement');
  assert.equal(find(a, 'the plan was dead').speakerMention?.text, 'The senator');
  assert.equal(find(a, 'the vote was rigged').cue?.text, 'wrote');
  assert.equal(find(a, 'the pipes had frozen').speakerMention?.text, 'a plumber');
});

test(`${here}a sentence-opening word after a line break never starts a name; a mixed-case word the tagger calls ORG is an organization`, () => {
  const a = body('Photo: Kira Lund / Harbor Wire Photos\nBefore Rhiannon Oduya joined the board, the firm lost money, Oduya said.',
    'NewsFlux said the report was wrong.');
  assert.equal(src(a, find(a, 'Before Rhiannon Oduya joined the board, the firm lost money'))[0].name, 'Rhiannon Oduya');
  const org = src(a, find(a, 'the report was wrong'))[0];
  if (a.entities.some((e) => e.name === 'NewsFlux' && e.type === 'ORG')) assert.equal(org.type, 'organization');
  assert.ok(!a.sources.some((s) => s.name?.startsWith('Before')));
});

test(`${here}contracts are documents`, () => {
  const a = body('The city will spend $40 million on new pumps, the latest state procurement filings show.');
  assert.equal(src(a, find(a, 'The city will spend $40 million on new pumps'))[0].type, 'document');
});

test('[attribution speakers] a full name after a title is a person, and the bare title re-refers to it', () => {
  const a = analyzeText(['On Tuesday, City Attorney Marla Quince warned the scooter vendors.',
    'At a hearing, the city attorney said the vendors had broken their permits.',
    'In the Brookvale district, Superintendent Odalys Brennecke said enrollment fell.'].join('\n\n'), { as: 'body' });
  const src = (content: string) => {
    const q = a.quotes.find((x) => x.content.text === content);
    assert.ok(q, `no statement ${content}; got ${JSON.stringify(a.quotes.map((x) => x.content.text))}`);
    return a.sources.find((s) => s.id === q.sources[0])!;
  };
  assert.deepEqual([src('the vendors had broken their permits').type, src('the vendors had broken their permits').name], ['named', 'Marla Quince']);
  assert.deepEqual([src('enrollment fell').type, src('enrollment fell').name], ['named', 'Odalys Brennecke']);
});

test('[attribution speakers] spelled-out counts are groups; charges are documents', () => {
  const a = analyzeText(['Sixty-one percent of 300 parents said the buses run late.', 'According to the charges, the driver had no license.'].join('\n\n'), { as: 'body' });
  const type = (content: string) => a.sources.find((s) => s.id === a.quotes.find((x) => x.content.text === content)?.sources[0])?.type;
  assert.equal(type('the buses run late'), 'anonymous');
  assert.equal(type('the driver had no license'), 'document');
});

test('[attribution speakers] "the report" takes the name of its author given elsewhere in the article', () => {
  const a = analyzeText(['The report found that rents rose 40 percent in two years.',
    'The city has held the Tamsin Institute report since May, according to emails.',
    'The report said most landlords earn little.'].join('\n\n'), { as: 'body' });
  const q = a.quotes.find((x) => x.content.text === 'most landlords earn little');
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.content.text)));
  const s = a.sources.find((x) => x.id === q.sources[0]);
  assert.equal(s?.type, 'document');
  assert.equal(s?.name, 'Tamsin Institute report');
  assert.equal(a.quotes.find((x) => x.content.text === 'rents rose 40 percent in two years')?.sources[0], s?.id);
});

test('[attribution speakers] "First Last of Org" splits into a person and an organization even when the tagger is silent', () => {
  const text = 'Tobin Marsh of Civic Dakota said the bill restores rights.';
  const run = nameRuns(text, 0, 27)[0];
  assert.equal(run.kind, 'org');
  const parts = splitPersonOf(text, run, () => null);
  assert.deepEqual(parts.map((p) => [p.kind, text.slice(p.start, p.end)]), [['person', 'Tobin Marsh'], ['org', 'Civic Dakota']]);
  const bank = nameRuns('The Bank of Lisbon said rates would rise.', 0, 18)[0];
  assert.equal(splitPersonOf('The Bank of Lisbon said rates would rise.', bank, () => null).length, 1);
});

test('[attribution speakers] "Silver Creek resident Odile Fairbank": the full name after a role noun is the person', () => {
  const a = analyzeText('“It should be easier this year,” said Silver Creek resident Odile Fairbank, who was bumped from a flight.', { as: 'body' });
  const q = a.quotes.find((x) => x.content.text === 'It should be easier this year,');
  assert.ok(q);
  assert.equal(a.sources.find((s) => s.id === q.sources[0])?.name, 'Odile Fairbank');
});

test(`${here}a place the tagger found only in a surname leaves the person; a whole place is no speaker's name`, () => {
  const text = 'Ona Jordan spoke. Marsh County voted.';
  const [ona, marsh] = nameRuns(text, 0, text.length);
  // the tagger's GPE on "Jordan" alone, and on all of "Marsh County"
  const typeAt = (s: number, e: number) => (s < 10 && e > 4 ? 'GPE' as const : s < 30 && e > 18 ? 'GPE' as const : null);
  assert.equal(notAName(ona, typeAt), false, '"Ona Jordan" is a person');
  assert.equal(notAName(marsh, typeAt), true, '"Marsh County" is a place');
});

test(`${here}"the person" re-refers to the source mentioned last: a group member quoted through "one of the people"`, () => {
  const a = body('Two people familiar with the talks said the merger was near.',
    'The Harbor Gazette reported the news, citing a person briefed on the matter who said the price was set.',
    'One of the people familiar with the talks said a plant could close. The person said 300 jobs were at risk.');
  const group = src(a, find(a, 'the merger was near'))[0];
  assert.equal(src(a, find(a, 'a plant could close'))[0].id, group.id);
  assert.equal(src(a, find(a, '300 jobs were at risk'))[0].id, group.id, '"The person" is the one of the people just quoted, not the person briefed earlier');
});

test(`${here}a subject with a relative clause and its own predicate is content, not the speaker`, () => {
  const a = body('A pipe that crews had flagged in March most likely caused the flood, the water board said in a report released Friday.',
    'A nurse who spoke on condition of anonymity because she was not authorized to comment said the ward was full.',
    '“We waited all night,” said a woman who had queued since May on an overbooked ferry.');
  const flood = find(a, 'A pipe that crews had flagged in March most likely caused the flood');
  assert.equal(flood.speakerMention?.text, 'the water board');
  assert.equal(src(a, flood)[0].type, 'organization');
  assert.equal(src(a, find(a, 'the ward was full'))[0].type, 'anonymous');
  assert.match(find(a, 'We waited all night,').speakerMention?.text ?? '', /^a woman who had queued since May/);
});
