// Source resolution on authored fixtures: who a pronoun, a possessive, a title or an acronym stands for,
// which organization a spokesperson or staff speak for, and which names in a speaker phrase are no speakers.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { notAName } from './06-speakers.js';
import { nameRuns } from './names.js';
import { body, find, src } from './test-articles.js';

const here = '[attribution sources] ';
const one = (a: ReturnType<typeof body>, content: string) => src(a, find(a, content))[0];

test(`${here}a pronoun skips a name inside the previous speaker's reported clause; both parts of an interrupted quote keep the speaker`, () => {
  const a = body('Superior Court Judge Ines Valdivia said the ruling would come by noon.',
    'Judge Valdivia said that the county clerk, Tomas Reuter, had not done anything wrong.',
    '“The process needs to be uniform,” he said. “Every candidate got the same deadline.”');
  assert.equal(one(a, 'The process needs to be uniform,').name, 'Ines Valdivia');
  assert.equal(one(a, 'Every candidate got the same deadline.').name, 'Ines Valdivia');
});

test(`${here}"they" stands for the plural subject named since the last source`, () => {
  const a = body('According to police, the man was cited 40 times this year.',
    'Authorities believe counseling could help, although they note the man faces several trespass orders.',
    'The Renters Council released a report on Monday. Tenant advocates took a very different view of the report. They said it understates the rent burden.');
  const auth = one(a, 'the man faces several trespass orders');
  assert.equal(auth.type, 'anonymous');
  assert.match(auth.descriptor ?? '', /Authorities/);
  const adv = one(a, 'it understates the rent burden');
  assert.equal(adv.type, 'anonymous');
  assert.match(adv.descriptor ?? '', /Tenant advocates/);
});

test(`${here}a spokesperson speaks for the organization named before or after the head, and "the spokesperson" re-refers to it`, () => {
  const a = body('The city claims Harborline has retaliated against workers.',
    'A Harborline spokesperson told The Daily Ledger that the claim is unfounded.',
    '“We comply with the law,” the spokesperson said in a statement.',
    'A spokesperson for Coastal Edison on Monday said the outage would last a week.');
  for (const c of ['the claim is unfounded', 'We comply with the law,']) {
    assert.equal(one(a, c).type, 'organization');
    assert.equal(one(a, c).name, 'Harborline');
  }
  assert.equal(one(a, 'the outage would last a week').name, 'Coastal Edison');
});

test(`${here}a name inside a modifier is no speaker; "the statement he read" is a document`, () => {
  const a = body('Mr. Varga left the company in May.',
    'The others gave up and departed, according to three people familiar with the attempt to push Mr. Varga out.',
    'The statement she read to Mr. Varga said that he was being dismissed.',
    'The lawyer representing Varga said the dismissal was unlawful.');
  assert.equal(one(a, 'The others gave up and departed').type, 'anonymous');
  assert.equal(one(a, 'he was being dismissed').type, 'document');
  assert.equal(one(a, 'the dismissal was unlawful').type, 'anonymous');
});

test(`${here}a post or a statement whose author is given is the author's`, () => {
  const a = body('According to a post by Reyes on Instagram, the judge ruled against her.',
    'A statement from the Harbor Port Authority said the terminal would reopen.');
  const post = one(a, 'the judge ruled against her');
  assert.equal(post.type, 'named');
  assert.equal(post.name, 'Reyes');
  const st = one(a, 'the terminal would reopen');
  assert.equal(st.type, 'organization');
  assert.equal(st.name, 'Harbor Port Authority');
});

test(`${here}lawyers from a named firm speak for it; "her attorneys" re-refer to them, "the county attorneys" do not`, () => {
  const a = body('Reyes’s lawyers, from the political law firm Dunmore Legal Group, said that the signatures were valid.',
    'The county attorneys countered that the forms were incomplete.',
    'But her attorneys said the forms were only available by appointment.',
    'Her lawyers also argued that the district is small.');
  const firm = one(a, 'the signatures were valid');
  assert.equal(firm.type, 'organization');
  assert.equal(firm.name, 'Dunmore Legal Group');
  assert.equal(one(a, 'the forms were only available by appointment').id, firm.id);
  assert.equal(one(a, 'the district is small').id, firm.id);
  const county = one(a, 'the forms were incomplete');
  assert.notEqual(county.id, firm.id);
  assert.equal(county.type, 'anonymous');
});

test(`${here}a brand with inner capitals is an organization; an acronym takes the long form spelled before it`, () => {
  const a = body('NorCalPower announced that it would cut service to 30 homes.',
    'The Harbor Workers Alliance will march on Friday.',
    'The march will cover five cities, according to the HWA.',
    'The Department of Housing and Community Development said rents rose.', 'The shortage grew last year, according to the DHCD.');
  const brand = one(a, 'it would cut service to 30 homes');
  assert.equal(brand.type, 'organization');
  assert.equal(brand.name, 'NorCalPower');
  assert.equal(one(a, 'The march will cover five cities').name, 'Harbor Workers Alliance (HWA)');
  assert.equal(one(a, 'The shortage grew last year').id, one(a, 'rents rose').id);
});

test(`${here}a document's name keeps its origin; generic capitalised staff stay anonymous`, () => {
  const a = body('Testing took six weeks, according to a report from the Eastfield school board meeting.',
    'City staff warned that fewer projects would be built.',
    'University officials told reporters that the group is suspended.');
  const doc = one(a, 'Testing took six weeks');
  assert.equal(doc.type, 'document');
  assert.match(doc.name ?? '', /Eastfield school board meeting/);
  assert.equal(one(a, 'fewer projects would be built').type, 'anonymous');
  assert.equal(one(a, 'the group is suspended').type, 'anonymous');
});

test(`${here}"the researcher" re-refers to the person whose apposition names a research group; "the agency" to the one named beside it`, () => {
  const a = body('“This is common,” Odile Brandt, the Crime Research Group’s statistical director, told the council.',
    'But few arrests lead to treatment, the researcher added.',
    'At least one state agency, the Coastal Lands Commission, approved the towers near Vandenberg Air Force Base. The agency noted that the towers were temporary.');
  assert.equal(one(a, 'few arrests lead to treatment').name, 'Odile Brandt');
  assert.equal(one(a, 'the towers were temporary').name, 'Coastal Lands Commission');
});

test(`${here}"some say" names the group before it; "the judges" speak as the court`, () => {
  const a = body('Impacted residents have had a hard year. Some say they were never warned.',
    'A recount court reviewed the returns on Monday. Later that evening, the judges confirmed that the result stood.');
  assert.match(one(a, 'they were never warned').descriptor ?? '', /Impacted residents/);
  assert.equal(one(a, 'the result stood').type, 'organization');
});

test(`${here}speaker phrases: two names are two people, a joined clause has its own subject, a leading conjunction or participle is no part of the speaker`, () => {
  const a = body('Ann Lee and Bob Cho said the plan was sound.',
    'The talks ended, and the mayor said the city would appeal.',
    'Truck driver Pat Jordan supports the plan, but said he only votes in spring.',
    'Representing Ohio’s poorest district, Rep. Dana Whitcomb, D-Elm, told reporters the bill was fair.',
    'The District’s Department of Housing and Community Development said rents rose.');
  assert.deepEqual(src(a, find(a, 'the plan was sound')).map((s) => [s.type, s.name]), [['named', 'Ann Lee'], ['named', 'Bob Cho']]);
  assert.equal(find(a, 'the city would appeal').speakerMention?.text, 'the mayor');
  assert.equal(one(a, 'he only votes in spring').name, 'Pat Jordan');
  assert.equal(one(a, 'the bill was fair').name, 'Dana Whitcomb');
  assert.equal(one(a, 'rents rose').name, 'Department of Housing and Community Development');
});

test(`${here}"was reported earlier by" an outlet makes the outlet the relayed speaker`, () => {
  const a = body('The clash between the two founders was reported earlier by The Harbor Times.');
  const q = a.quotes.find((x) => x.content.text.startsWith('The clash between the two founders'));
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.content.text)));
  const s = src(a, q)[0];
  assert.equal(s.type, 'organization');
  assert.equal(s.relayed, true);
  assert.match(s.name ?? '', /Harbor Times/);
});

test(`${here}a passive in a relative clause is no statement; an agentless passive does not hide the cue after it`, () => {
  const a = body('Officials said the gym will stay open on Thursday, which was expected to be the busiest day.',
    'The shut-offs are expected to last a week, the utility added.',
    'The dam was said to be the oldest in the state.');
  assert.deepEqual(a.quotes.map((q) => q.content.text), ['the gym will stay open on Thursday', 'The shut-offs are expected to last a week', 'The dam was said to be the oldest in the state']);
  assert.equal(one(a, 'the gym will stay open on Thursday').type, 'anonymous');
  assert.equal(one(a, 'The shut-offs are expected to last a week').type, 'organization');
  assert.equal(one(a, 'The dam was said to be the oldest in the state').type, 'unknown');
});

test(`${here}a possessor after a name is no apposition`, () => {
  const a = body('“We are tired of waiting,” said Mara Quill, Ruth Okafor’s granddaughter.');
  assert.equal(one(a, 'We are tired of waiting,').name, 'Mara Quill');
});

test(`${here}"a batch of records" is a document named with its origin; "the utility" is the organization already speaking in the paragraph`, () => {
  const a = body('Crews took the tents away; as a recent batch of public records obtained by watchdog Rhea Santos shows, the city kept no inventory.',
    'On Thursday, NorCalGas announced that it was shutting off service to 29 homes near the Seaview Beach Club. The shut-offs are expected to last a month, the utility added.');
  const doc = one(a, 'the city kept no inventory');
  assert.equal(doc.type, 'document');
  assert.match(doc.name ?? '', /records/);
  assert.equal(one(a, 'The shut-offs are expected to last a month').name, 'NorCalGas');
});

test(`${here}an acronym's source carries both forms; "the judges" take the court as described`, () => {
  const a = body('The Harbor Workers Alliance will march on Friday.',
    'The march will cover five cities, according to the HWA.',
    'A three-judge recount court reviewed the returns. Later, the judges confirmed that the result stood.');
  assert.equal(one(a, 'The march will cover five cities').name, 'Harbor Workers Alliance (HWA)');
  assert.equal(one(a, 'the result stood').name, 'three-judge recount court');
});

test(`${here}an organization word outweighs the tagger's place ("Northwind Air"), not a place-like one ("Lake County")`, () => {
  const [air] = nameRuns('Northwind Air said so.', 0, 14);
  const [county] = nameRuns('Lake County said so.', 0, 11);
  assert.equal(air.kind, 'org');
  assert.equal(notAName(air, () => 'LOC'), false);
  assert.equal(notAName(county, () => 'LOC'), true);
});

test(`${here}"the company" is the name the sentence before is about, not an outlet cited in its own sentence`, () => {
  const a = body('Calloway Orbital said on Friday that it had lost contact with its weather satellite.',
    'The satellite stopped transmitting at 3:12 a.m. on Thursday, the company said in a statement.',
    'The Harbor Sentinel obtained the audit. Brightmoor, based in Tulsa, has received $90 million under the contract. In a statement to the Harbor Sentinel, the company said it disputes the findings.');
  const first = one(a, 'it had lost contact with its weather satellite');
  assert.equal(first.type, 'organization');
  assert.equal(one(a, 'The satellite stopped transmitting at 3:12 a.m. on Thursday').id, first.id);
  assert.equal(one(a, 'it disputes the findings').name, 'Brightmoor');
});

test(`${here}a bare title or a transcript role resolves to the person named with it later; "a spokesman for the housing department" is that department`, () => {
  const a = body('The Dunmore Police Department used batons on peaceful demonstrators, the city\'s inspector general concluded in a report released Thursday.',
    '"The policies were clear," Inspector General Noor Vale said at a news conference.',
    'In a recording of the radio traffic, the pilot can be heard:',
    'PILOT: Tower, we have lost cabin pressure.',
    'The airline said the captain was Ilse Marrow-Tan, a pilot with 22 years of experience.',
    'According to the city’s housing department, about 1,900 households have applied.',
    'The Dunmore Voice reported that only four caseworkers were assigned. A spokesman for the housing department said that six caseworkers had since been added.',
    'The city attorney\'s office said that six more claims were pending, after the Dunmore Police Officers Association objected.');
  assert.equal(one(a, 'The Dunmore Police Department used batons on peaceful demonstrators').name, 'Noor Vale');
  assert.equal(one(a, 'Tower, we have lost cabin pressure.').name, 'Ilse Marrow-Tan');
  assert.equal(one(a, 'six caseworkers had since been added').id, one(a, 'about 1,900 households have applied').id);
  assert.doesNotMatch(one(a, 'six more claims were pending, after the Dunmore Police Officers Association objected').name ?? '', /Officers/);
});
