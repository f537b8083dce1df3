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
  const a = body('District Judge Tobiah Quenneville said the hearing would resume after lunch.',
    'Judge Quenneville said that the harbor registrar, Elspeth Marrowby, had kept every ledger in order.',
    '“The rules must apply evenly,” he said. “Each applicant received the same form.”');
  assert.equal(one(a, 'The rules must apply evenly,').name, 'Tobiah Quenneville');
  assert.equal(one(a, 'Each applicant received the same form.').name, 'Tobiah Quenneville');
});

test(`${here}"they" stands for the plural subject named since the last source`, () => {
  const a = body('According to park rangers, the camper was warned 12 times this season.',
    'Authorities think mediation might work, although they note the camper has ignored two eviction notices.',
    'The Orchard Growers Board published a forecast on Tuesday. Local farmers read the forecast quite differently. They said it ignores the late frost.');
  const auth = one(a, 'the camper has ignored two eviction notices');
  assert.equal(auth.type, 'anonymous');
  assert.match(auth.descriptor ?? '', /Authorities/);
  const farm = one(a, 'it ignores the late frost');
  assert.equal(farm.type, 'anonymous');
  assert.match(farm.descriptor ?? '', /Local farmers/);
});

test(`${here}a spokesperson speaks for the organization named before or after the head, and "the spokesperson" re-refers to it`, () => {
  const a = body('The union says Quillfern has cut overtime pay without notice.',
    'A Quillfern spokesperson told The Brisewood Courier that the complaint is baseless.',
    '“We follow every rule,” the spokesperson said in a statement.',
    'A spokesperson for Talvane Utilities on Tuesday said the repairs would take ten days.');
  for (const c of ['the complaint is baseless', 'We follow every rule,']) {
    assert.equal(one(a, c).type, 'organization');
    assert.equal(one(a, c).name, 'Quillfern');
  }
  assert.equal(one(a, 'the repairs would take ten days').name, 'Talvane Utilities');
});

test(`${here}a name inside a modifier is no speaker; "the memo she handed" is a document`, () => {
  const a = body('Mr. Oskarsson quit the orchestra in March.',
    'The remaining members stayed silent, according to two people familiar with the effort to replace Mr. Oskarsson.',
    'The memo she handed to Mr. Oskarsson said that his contract was over.',
    'The attorney advising Oskarsson said the firing broke the contract.');
  assert.equal(one(a, 'The remaining members stayed silent').type, 'anonymous');
  assert.equal(one(a, 'his contract was over').type, 'document');
  assert.equal(one(a, 'the firing broke the contract').type, 'anonymous');
});

test(`${here}a post or a statement whose author is given is the author's`, () => {
  const a = body('According to a post by Maren Lindqvarn on Mastodon, the board rejected her appeal.',
    'A statement from the Fenmarch Canal Authority said the locks would reopen.');
  const post = one(a, 'the board rejected her appeal');
  assert.equal(post.type, 'named');
  assert.equal(post.name, 'Maren Lindqvarn');
  const st = one(a, 'the locks would reopen');
  assert.equal(st.type, 'organization');
  assert.equal(st.name, 'Fenmarch Canal Authority');
});

test(`${here}lawyers from a named firm speak for it; "her attorneys" re-refer to them, "the state attorneys" do not`, () => {
  const a = body('Ardwyn’s lawyers, from the employment firm Pellridge Counsel Partners, said that the timesheets were accurate.',
    'The state attorneys replied that the payroll files were missing.',
    'But her attorneys said the files were kept in a warehouse.',
    'Her lawyers also noted that the audit started late.');
  const firm = one(a, 'the timesheets were accurate');
  assert.equal(firm.type, 'organization');
  assert.equal(firm.name, 'Pellridge Counsel Partners');
  assert.equal(one(a, 'the files were kept in a warehouse').id, firm.id);
  assert.equal(one(a, 'the audit started late').id, firm.id);
  const state = one(a, 'the payroll files were missing');
  assert.notEqual(state.id, firm.id);
  assert.equal(state.type, 'anonymous');
});

test(`${here}a brand with inner capitals is an organization; an acronym takes the long form spelled before it`, () => {
  const a = body('WestRidgeWater announced that it would pause deliveries to 40 farms.',
    'The Loom Weavers Guild will rally on Saturday.',
    'The rally will visit four towns, according to the LWG.',
    'The Office of Orchards and Rural Water said harvests fell.', 'The decline began in April, according to the OORW.');
  const brand = one(a, 'it would pause deliveries to 40 farms');
  assert.equal(brand.type, 'organization');
  assert.equal(brand.name, 'WestRidgeWater');
  assert.equal(one(a, 'The rally will visit four towns').name, 'Loom Weavers Guild (LWG)');
  assert.equal(one(a, 'The decline began in April').id, one(a, 'harvests fell').id);
});

test(`${here}a document's name keeps its origin; generic capitalised staff stay anonymous`, () => {
  const a = body('The repaving lasted nine days, according to a report from the Carrowdale harbor board meeting.',
    'City staff cautioned that two libraries might close.',
    'University officials said on Monday that the chess club was on probation.');
  const doc = one(a, 'The repaving lasted nine days');
  assert.equal(doc.type, 'document');
  assert.match(doc.name ?? '', /Carrowdale harbor board meeting/);
  assert.equal(one(a, 'two libraries might close').type, 'anonymous');
  assert.equal(one(a, 'the chess club was on probation').type, 'anonymous');
});

test(`${here}"the researcher" re-refers to the person whose apposition names a research body; "the agency" to the one named beside it`, () => {
  const a = body('“We see this every winter,” Pernilla Lindgarde, the Soil Research Institute’s chief analyst, told the committee.',
    'But few farms test their fields, the researcher added.',
    'One federal agency, the Inland Fisheries Bureau, permitted the weir near Tollbridge Marsh. The agency noted that the weir was seasonal.');
  assert.equal(one(a, 'few farms test their fields').name, 'Pernilla Lindgarde');
  assert.equal(one(a, 'the weir was seasonal').name, 'Inland Fisheries Bureau');
});

test(`${here}"some say" names the group before it; "the judges" speak as the court`, () => {
  const a = body('Displaced tenants have waited months for repairs. Some say nobody returned their calls.',
    'An appeals court heard the dispute on Tuesday. By nightfall, the judges announced that the permit was void.');
  assert.match(one(a, 'nobody returned their calls').descriptor ?? '', /Displaced tenants/);
  assert.equal(one(a, 'the permit was void').type, 'organization');
});

test(`${here}speaker phrases: two names are two people, a joined clause has its own subject, a leading conjunction or participle is no part of the speaker`, () => {
  const a = body('Tove Arlen and Mirelle Brandvold said the design was safe.',
    'The meeting adjourned, and the governor said the state would wait.',
    'Ferry pilot Lorcan Hesketh backs the proposal, but said he rarely attends meetings.',
    'Representing the state’s largest county, Sen. Oriel Fenwick-Dray, R-Brisewood, told reporters the measure was overdue.',
    'The County’s Bureau of Ferries and Inland Waterways said fares rose.');
  assert.deepEqual(src(a, find(a, 'the design was safe')).map((s) => [s.type, s.name]), [['named', 'Tove Arlen'], ['named', 'Mirelle Brandvold']]);
  assert.equal(find(a, 'the state would wait').speakerMention?.text, 'the governor');
  assert.equal(one(a, 'he rarely attends meetings').name, 'Lorcan Hesketh');
  assert.equal(one(a, 'the measure was overdue').name, 'Oriel Fenwick-Dray');
  assert.equal(one(a, 'fares rose').name, 'Bureau of Ferries and Inland Waterways');
});

test(`${here}"was reported first by" an outlet makes the outlet the relayed speaker`, () => {
  const a = body('The rift inside the choir was reported first by The Quarry Gazette.');
  const q = a.quotes.find((x) => x.content.text.startsWith('The rift inside the choir'));
  assert.ok(q, JSON.stringify(a.quotes.map((x) => x.content.text)));
  const s = src(a, q)[0];
  assert.equal(s.type, 'organization');
  assert.equal(s.relayed, true);
  assert.match(s.name ?? '', /Quarry Gazette/);
});

test(`${here}a passive in a relative clause is no statement; an agentless passive does not hide the cue after it`, () => {
  const a = body('Organizers said the fair will close early on Saturday, which is expected to bring heavy rain.',
    'The closures are expected to run through May, the carrier added.',
    'The lighthouse was said to be the tallest on the coast.');
  assert.deepEqual(a.quotes.map((q) => q.content.text), ['the fair will close early on Saturday', 'The closures are expected to run through May', 'The lighthouse was said to be the tallest on the coast']);
  assert.equal(one(a, 'the fair will close early on Saturday').type, 'anonymous');
  assert.equal(one(a, 'The closures are expected to run through May').type, 'organization');
  assert.equal(one(a, 'The lighthouse was said to be the tallest on the coast').type, 'unknown');
});

test(`${here}a possessor after a name is no apposition`, () => {
  const a = body('“Nobody asked us first,” said Wrenna Holloway-Pike, Ansel Drummore’s niece.');
  assert.equal(one(a, 'Nobody asked us first,').name, 'Wrenna Holloway-Pike');
});

test(`${here}"a set of emails" is a document named with its origin; "the utility" is the organization already speaking in the paragraph`, () => {
  const a = body('Workers hauled the kiosks off; as a large set of internal emails obtained by auditor Fenella Strandquist shows, the council kept no receipts.',
    'On Monday, TalvaneGrid announced that it was cutting power to 17 farms near the Oxbrook Rowing Club. The outages are expected to continue for a fortnight, the utility added.');
  const doc = one(a, 'the council kept no receipts');
  assert.equal(doc.type, 'document');
  assert.match(doc.name ?? '', /emails/);
  assert.equal(one(a, 'The outages are expected to continue for a fortnight').name, 'TalvaneGrid');
});

test(`${here}an acronym's source carries both forms; "the judges" take the court as described`, () => {
  const a = body('The Loom Weavers Guild will rally on Saturday.',
    'The rally will visit four towns, according to the LWG.',
    'A five-member appeals court heard the dispute. On Wednesday, the judges announced that the permit was void.');
  assert.equal(one(a, 'The rally will visit four towns').name, 'Loom Weavers Guild (LWG)');
  assert.equal(one(a, 'the permit was void').name, 'five-member appeals court');
});

test(`${here}an organization word outweighs the tagger's place ("Quellmark Air"), not a place-like one ("Marsh County")`, () => {
  const [air] = nameRuns('Quellmark Air said so.', 0, 13);
  const [county] = nameRuns('Marsh County said so.', 0, 12);
  assert.equal(air.kind, 'org');
  assert.equal(notAName(air, () => 'LOC'), false);
  assert.equal(notAName(county, () => 'LOC'), true);
});

test(`${here}"the company" is the name the sentence before is about, not an outlet cited in its own sentence`, () => {
  const a = body('Vantrell Aerial said on Tuesday that it had lost track of a cargo drone.',
    'The drone went silent at 6:40 p.m. on Monday, the company said in a statement.',
    'The Ashcombe Dispatch reviewed the invoices. Quarrington, based in Brisewood, has billed $12 million for the bridge work. In a statement to the Ashcombe Dispatch, the company said it rejects the conclusions.');
  const first = one(a, 'it had lost track of a cargo drone');
  assert.equal(first.type, 'organization');
  assert.equal(one(a, 'The drone went silent at 6:40 p.m. on Monday').id, first.id);
  assert.equal(one(a, 'it rejects the conclusions').name, 'Quarrington');
});

test(`${here}a bare title or a transcript role resolves to the person named with it later; "a spokeswoman for the parks department" is that department`, () => {
  const a = body('Crews at the Garrowby depot ignored two smoke alarms, the county\'s fire chief concluded on Monday.',
    '"The alarms were clear," Fire Chief Isolde Brackwell said during a briefing.',
    'In audio released by the county, the dispatcher can be heard:',
    'DISPATCHER: Unit nine, the north bridge is closed.',
    'The county said the dispatcher was Corwin Tarnquill, a dispatcher with nine years on the job.',
    'According to the county’s parks department, roughly 640 families have signed up.',
    'The Pellham Record reported that only two lifeguards were on duty. A spokeswoman for the parks department said that five lifeguards were hired this week.',
    'The county clerk\'s office said that nine more permits were waiting, after the Brisewood Fire Officers Guild objected.');
  assert.equal(one(a, 'Crews at the Garrowby depot ignored two smoke alarms').name, 'Isolde Brackwell');
  assert.equal(one(a, 'Unit nine, the north bridge is closed.').name, 'Corwin Tarnquill');
  assert.equal(one(a, 'five lifeguards were hired this week').id, one(a, 'roughly 640 families have signed up').id);
  assert.doesNotMatch(one(a, 'nine more permits were waiting, after the Brisewood Fire Officers Guild objected').name ?? '', /Officers/);
});

test(`${here}staff of a one-word name the tagger took for a nationality speak for it; a nationality's officials are a group`, () => {
  const a = body('The roads will reopen on Friday, Veltrans officials said.', 'The talks will resume, Kurdish officials said.');
  const roads = one(a, 'The roads will reopen on Friday');
  assert.equal(roads.type, 'organization');
  assert.equal(roads.name, 'Veltrans');
  assert.equal(one(a, 'The talks will resume').type, 'anonymous');
});
