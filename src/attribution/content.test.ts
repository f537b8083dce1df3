// Content boundaries and frames: one small authored article per phenomenon.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { body, find, src } from './test-articles.js';

const here = '[attribution content] ';

test(`${here}words before a quotation in a content-first sentence make one mixed statement`, () => {
  const a = body('Skipping the audit “saved us a fortune,” Hollis Prendergast said last week.');
  const q = find(a, 'Skipping the audit “saved us a fortune,”');
  assert.equal(q.kind, 'mixed');
  assert.equal(q.speakerMention?.text, 'Hollis Prendergast');
});

test(`${here}a sentence opening with "That" keeps it; "those surveyed" speak; a gerund clause is content`, () => {
  const a = body('That estimate was far too low, Ms. Idowu-Park said.',
    'By a wide margin, those surveyed said the library should stay open.',
    'The ministry says widening the canal will cut shipping times.');
  find(a, 'That estimate was far too low');
  assert.equal(find(a, 'the library should stay open').speakerMention?.text, 'those surveyed');
  find(a, 'widening the canal will cut shipping times');
});

test(`${here}beliefs and wishes with a clause are attributions`, () => {
  const a = body('Most growers think the frost will return in May.', 'The coach wants to rebuild the roster.');
  find(a, 'the frost will return in May');
  find(a, 'to rebuild the roster');
});

test(`${here}a last non-restrictive clause is narration; a relative clause inside the subject stays`, () => {
  const a = body('Vasquez said he expects the strike to end soon, which would reopen the port.',
    'The spokeswoman said the agency, which agreed to buy the data, had not yet paid.');
  find(a, 'he expects the strike to end soon');
  find(a, 'the agency, which agreed to buy the data, had not yet paid');
});

test(`${here}phrasal cues, comma-set adverbials before "that", questions' contents and inverted mixed quotes`, () => {
  const a = body('Neighbours pointed out that the culvert had flooded twice.',
    'The institute found, in most towns, that rents had doubled.',
    'Senator Ilka Moberg questioned why the contract was never put to a vote.',
    'The new schedule “works for nobody,” said Darnell Ashby-Quaye, a bus driver.');
  assert.equal(find(a, 'the culvert had flooded twice').cue?.text, 'pointed out');
  find(a, 'rents had doubled');
  find(a, 'why the contract was never put to a vote');
  assert.equal(find(a, 'The new schedule “works for nobody,”').kind, 'mixed');
});

test(`${here}"said in an update on Sunday" after the content is a trailing adverbial, not the content`, () => {
  const a = body('The Kestrel Ridge fire is 40 percent contained, the forestry agency said in an update on Sunday.',
    'The agency said in court that the burn ban was legal.');
  assert.equal(find(a, 'The Kestrel Ridge fire is 40 percent contained').speakerMention?.text, 'the forestry agency');
  find(a, 'the burn ban was legal');
});

test(`${here}a quantifier before an -ed adjective is a noun phrase`, () => {
  const a = body('Many displaced families, including the Okonjos, say the shelter turned them away.');
  assert.equal(find(a, 'the shelter turned them away').speakerMention?.text, 'Many displaced families, including the Okonjos');
});

test(`${here}a coordinated predicate or a new "he said" ends the content; a coordinated reporting verb still splits`, () => {
  const a = body('Ferreira said she was impressed by the plan, but lamented that nobody had costed it.',
    'A memo warned that the valve had cracked and recommended that the valve be replaced.',
    'Okoro said the vote was close, but he said the count was fair.');
  find(a, 'she was impressed by the plan');
  find(a, 'the valve had cracked');
  find(a, 'the valve be replaced');
  find(a, 'the vote was close');
});

test(`${here}a short prepositional phrase may sit between the cue and "that"; "kept repeating" is a cue`, () => {
  const a = body('Lindqvist noted in her quiet way that the bridge had held.', '“Not again,” Lindqvist kept repeating.');
  find(a, 'the bridge had held');
  assert.equal(find(a, 'Not again,').cue?.text, 'kept repeating');
});

test(`${here}"according to" after a clause ends the inner statement; a participle with "by" is not a cue`, () => {
  const a = body('Nearly half of the tenants said that rents had doubled, according to a survey published by the Lakeside Courier.');
  const acc = a.quotes.find((q) => q.cue?.text === 'according to');
  assert.ok(acc, 'the according-to statement is found');
  assert.equal(acc.content.text, 'Nearly half of the tenants said that rents had doubled');
  find(a, 'rents had doubled');
  assert.ok(!a.quotes.some((q) => q.cue?.text === 'published'), '"published by" is not a cue');
  assert.ok(!a.sources.some((s) => s.name === 'Nearly'), '"Nearly" is not a name');
});

test(`${here}a source's own question is reported; a reporter's "Asked whether" is not`, () => {
  const a = body('Asked whether the plant would close, Ruiz declined to comment.',
    'Councilwoman Petra Vaszary asked why the contract was never put to a vote.');
  assert.equal(a.quotes.length, 1);
  find(a, 'why the contract was never put to a vote');
});

test(`${here}narration after the reported clause is left out: participles, "who", "although", a dash before "and"`, () => {
  const a = body('Ortega said the ferry would run again in May, leaving islanders without service for weeks.',
    'The board told the Harbour Ledger it was “not ready yet” on the merger, who will meet again in June.',
    'Pell has said he does not plan to appeal — and thinks the fine is fair.',
    'Inspectors found that the dam was sound, although repairs are planned.',
    'Kemper said the bridge was willing to bear the load.');
  find(a, 'the ferry would run again in May');
  find(a, 'it was “not ready yet” on the merger');
  find(a, 'he does not plan to appeal');
  find(a, 'the dam was sound');
  find(a, 'the bridge was willing to bear the load');
});

test(`${here}a cue in a relative clause reports up to the clause's closing comma`, () => {
  const a = body('Mayor Tillman, who announced a new transit levy on Monday, plans to tour the depots.');
  const q = find(a, 'a new transit levy on Monday');
  assert.equal(q.speakerMention?.text, 'Mayor Tillman');
});

test(`${here}participle and extra speech-verb forms are cues`, () => {
  const a = body('The governor opened the session, promising to cut the ferry fares.',
    'Okafor interjected, “We have heard enough.”',
    'The senator reiterated that the vote would wait.',
    'Lund unveiled the budget, calling the old plan “a relic.”');
  find(a, 'to cut the ferry fares');
  find(a, 'We have heard enough.');
  find(a, 'the vote would wait');
  assert.equal(find(a, 'a relic').kind, 'partial');
});

test(`${here}the subject speaks past an apposition, a relative clause, a coordinated verb or an absolute "with"`, () => {
  const a = body('Odette Marsh, long tipped to chair the board, said on Friday during a briefing that she may wait until spring.',
    'Brevik, who has farmed the valley since the age of 25, says the river is lower than ever.',
    'The veteran pilot survived 30 years in the air and says the runway was too short.',
    'The council lost two seats, with most residents saying they wanted a change.');
  assert.equal(find(a, 'she may wait until spring').speakerMention?.text, 'Odette Marsh, long tipped to chair the board');
  find(a, 'the river is lower than ever');
  assert.equal(find(a, 'the runway was too short').speakerMention?.text, 'The veteran pilot');
  assert.equal(find(a, 'they wanted a change').speakerMention?.text, 'most residents');
});

test(`${here}inverted speakers: a role before a name, a name before a long apposition; a quotation in an opening phrase is not content`, () => {
  const a = body('“The levy will pass,” said pollster Ines Varga.',
    '“Nobody reads the fine print,” said Tomas R. Kell, director of the Consumer Research and Outreach Program at the Halden Institute for Public Policy and Civic Life in Brookvale.',
    'To a question on “public sector jobs,” Okoye said private contractors can cost more than clerks.');
  assert.equal(find(a, 'The levy will pass,').speakerMention?.text, 'pollster Ines Varga');
  assert.equal(find(a, 'Nobody reads the fine print,').speakerMention?.text, 'Tomas R. Kell');
  assert.equal(find(a, 'private contractors can cost more than clerks').kind, 'indirect');
});

test(`${here}clauses after declared, relative-clause cues, coordinated and "by …ing" cues, requests and progressive directives`, () => {
  const a = body('Councillor Amara Diallo on Friday declared the levy was a mistake.',
    'The board blocked a rule that she said would make the audit harder.',
    'Pruitt backed the plan at first but has since said the costs are too high.',
    'The minister opened the session by saying she is ready to negotiate.',
    'The union is also asking the court to halt the layoffs.',
    'Senator Voss is demanding Governor Lark recall the order.',
    'The utility has called that fee “excessive,” and Diallo called the plan a patch.');
  assert.equal(find(a, 'the levy was a mistake').kind, 'indirect');
  assert.equal(find(a, 'would make the audit harder').speakerMention?.text, 'she');
  find(a, 'the costs are too high');
  assert.equal(find(a, 'she is ready to negotiate').speakerMention?.text, 'The minister');
  find(a, 'the court to halt the layoffs');
  find(a, 'Governor Lark recall the order');
  assert.equal(find(a, 'excessive').kind, 'partial');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('a patch')), 'a noun-phrase object is no statement');
});

test(`${here}a share of a group speaks; a quotation before a coordinated cue or closing a relative clause; the listener of a question`, () => {
  const a = body('In Cork, about half of the surveyed nurses said they want shorter shifts.',
    'Pemberton, who calls the levy “a shakedown,” said he does not expect it to pass.',
    'Pike urged members to “hold the line” and said the strike would last.',
    'Reporters asked Ferreira whether the depot would close.');
  assert.equal(find(a, 'they want shorter shifts').speakerMention?.text, 'about half of the surveyed nurses');
  assert.equal(find(a, 'he does not expect it to pass').speakerMention?.text, 'Pemberton');
  find(a, 'the strike would last');
  find(a, 'whether the depot would close');
});

test(`${here}"and added, “…”" is a second statement; a semicolon before another attribution ends the content; "aside from saying"`, () => {
  const a = body('Okafor said he welcomed the audit and added, “We have nothing to hide.”',
    'Some 30 percent said they were tired; 46 percent said they were unhappy with the vote.',
    'The chair will not name candidates, aside from saying she wants a younger board.',
    'Ruiz said the plan is fine; the budget is large.');
  find(a, 'he welcomed the audit');
  assert.equal(find(a, 'We have nothing to hide.').kind, 'direct');
  find(a, 'they were tired');
  find(a, 'they were unhappy with the vote');
  find(a, 'she wants a younger board');
  find(a, 'the plan is fine; the budget is large');
});

test(`${here}"it was reported that …" is agentless; a participle cue falls back to the sentence's opening noun phrase; more -ing cue forms`, () => {
  const a = body('The price was not disclosed, though it was widely reported that the club paid $40 million.',
    'Ada Vance, a farmer who had fought the quarry for years, filed suit, contending that the permit was void.',
    'The senator closed the hearing, cautioning that the budget would be late.');
  const q = find(a, 'the club paid $40 million');
  assert.equal(q.speakerMention, null);
  assert.equal(find(a, 'the permit was void').speakerMention?.text, 'Ada Vance, a farmer');
  find(a, 'the budget would be late');
});

test(`${here}a name after an opening clause; "released a statement saying"; adverbials naming a message or an outlet`, () => {
  const a = body('When he bought the quarry from Rowan, Mr. Halloway said he expected to sell the gravel for $30 a ton.',
    'Later, the union released a statement saying it was postponing the march.',
    'Nurses had “reached the breaking point” this winter, she said in a video message to the conference.',
    'Ruiz said in an interview with The Harbour Ledger that the plan works.');
  assert.equal(find(a, 'he expected to sell the gravel for $30 a ton').speakerMention?.text, 'Mr. Halloway');
  assert.equal(find(a, 'it was postponing the march').speakerMention?.text, 'the union');
  assert.equal(find(a, 'Nurses had “reached the breaking point” this winter').kind, 'mixed');
  find(a, 'the plan works');
});

test(`${here}"according to": a short opening makes the whole sentence; a colon, a parenthesis or a subordinator before it is no content`, () => {
  const a = body('Since last spring, according to the river authority, floods have closed the ferry 12 times.',
    'It has not gone unnoticed: According to recent surveys, the mayor holds only 14 percent of the vote.',
    'She left the paper after, according to her, the editor cut her column.',
    '(According to the harbour police, it does not count such thefts.)',
    'Rents fell 4 percent, according to the agency, in part because new towers opened.');
  find(a, 'Since last spring, according to the river authority, floods have closed the ferry 12 times');
  find(a, 'the mayor holds only 14 percent of the vote');
  find(a, 'the editor cut her column');
  find(a, 'it does not count such thefts');
  find(a, 'Rents fell 4 percent');
});

test(`${here}"called on/for X to …" is a directive; "called for" a noun alone is not a statement`, () => {
  const a = body('Councillor Ana Petrov called on the mayor to release the audit.',
    'Several growers have called for the state and the county to share the cost.',
    'The union is calling for members to walk out on Friday.',
    'Petrov called for the suspension of the contract.');
  assert.equal(find(a, 'the mayor to release the audit').cue?.text, 'called on');
  find(a, 'the state and the county to share the cost');
  find(a, 'members to walk out on Friday');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('suspension')), 'a noun-phrase object is no statement');
});

test(`${here}requests (encouraged, pressed, challenged X to …) need a listener and an infinitive; their passives are no statements`, () => {
  const a = body('The dean encouraged students to vote early.',
    'Councillor Petrov is pressing the board to publish the audit.',
    'Okafor pressed the button twice.',
    'She was invited to speak at the gala.');
  find(a, 'students to vote early');
  find(a, 'the board to publish the audit');
  assert.equal(a.quotes.length, 2);
});

test(`${here}a content-first "told" followed only by its listener and a time`, () => {
  const a = body('The union will sit out the election, union director Mara Quist told the Harbour Ledger on Monday.');
  const q = find(a, 'The union will sit out the election');
  assert.equal(q.speakerMention?.text, 'union director Mara Quist');
});

test(`${here}a noun cue with an owner and a complement clause; a relative "that" after it frames nothing`, () => {
  const a = body('Fact-checkers examined Halvard’s claim that the ferry had never been late.',
    'The council cited a Harbour Ledger report that the depot had flooded twice.',
    'The Ledger report that was released Monday is wrong.',
    'The Ledger reports that costs rose.');
  assert.equal(find(a, 'the ferry had never been late').speakerMention?.text, 'Halvard');
  find(a, 'the depot had flooded twice');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('released Monday')));
  assert.equal(find(a, 'costs rose').speakerMention?.text, 'The Ledger');
});

test(`${here}"…, said one of the sponsors, Rep. X" after a noun-like tail: the speaker follows the cue`, () => {
  const a = body('Traffic noise harms sleep, said one of the bill’s sponsors, Rep. Tomas Quill, D-Hartwell.');
  const q = find(a, 'Traffic noise harms sleep');
  assert.equal(q.speakerMention?.text, 'one of the bill’s sponsors, Rep. Tomas Quill, D-Hartwell');
});

test(`${here}a cue closing the sentence reports all of it, an attribution inside included; "…, Ruiz continued." is a cue`, () => {
  const a = body('Rep. Ana Quist spoke to the committee on Tuesday.',
    'A nurse told her that the ward was closing, Quist said. “We had no warning,” she said.',
    'The bus never came, Quist continued. The rain continued all week.',
    'Port inspectors have found that the crane was unsafe, reporter Lio Marsh reported for the Bayside Ledger, a nonprofit newsroom.');
  const outer = find(a, 'A nurse told her that the ward was closing');
  assert.equal(outer.kind, 'indirect');
  assert.equal(outer.cue?.text, 'said');
  assert.equal(outer.speakerMention?.text, 'Quist');
  assert.equal(src(a, find(a, 'We had no warning,'))[0].name, 'Ana Quist', '"she" is the outer speaker, not the nurse');
  assert.equal(find(a, 'The bus never came').cue?.text, 'continued');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('rain')), '"the rain continued" reports nothing');
  assert.equal(find(a, 'Port inspectors have found that the crane was unsafe').speakerMention?.text, 'reporter Lio Marsh', 'a closing cue may take a short tail');
});

test(`${here}a participial aside before the main verb and a gerund subject are no cues; "explained the delay" reports nothing`, () => {
  const a = body('The harbor master, citing the fog, said the ferry would sail at noon.',
    'It is a rule so old that explaining it to visitors takes an hour.',
    'The captain explained the delay.');
  const q = find(a, 'the ferry would sail at noon');
  assert.equal(q.cue?.text, 'said');
  assert.equal(q.speakerMention?.text, 'The harbor master');
  assert.equal(a.quotes.length, 1, 'no statement from "explaining it to visitors" or "explained the delay"');
});

test(`${here}more verbs of saying beside a quotation or with a clause: recounted, lamented, clarified`, () => {
  const a = body('“The pier just folded,” Ana Quist, a fisher, recounted at a town meeting. “Nobody saw it coming.”',
    'Tomas Varga lamented that the market had closed.', 'The clerk recounted the votes.');
  for (const content of ['The pier just folded,', 'Nobody saw it coming.']) assert.equal(src(a, find(a, content))[0].name, 'Ana Quist');
  assert.equal(find(a, 'the market had closed').cue?.text, 'lamented');
  assert.ok(!a.quotes.some((q) => q.content.text.includes('votes')), '"recounted the votes" reports nothing');
});

test(`${here}nouns of saying with "from"/"by" and "that" are cues: warnings from landlords that …, claims by the mayor that …`, () => {
  const a = body('The council extended the ban, brushing aside warnings from landlords that the measure was ruining small owners.',
    'Despite claims by the mayor that the budget was balanced, the deficit grew.');
  const w = find(a, 'the measure was ruining small owners');
  assert.equal(w.cue?.text, 'warnings');
  assert.equal(w.speakerMention?.text, 'landlords');
  assert.equal(find(a, 'the budget was balanced').speakerMention?.text, 'the mayor');
});

test(`${here}a noun-or-verb form ending a sentence is a cue only after a short speaker`, () => {
  const a = body('Ruiz gave up the race after two weak results in the rural north of her home state.',
    '“The levy is fair,” the county report states.');
  assert.deepEqual(a.quotes.filter((q) => /race|results/.test(q.content.text)).map((q) => q.content.text), [], 'the home state is a noun');
  assert.equal(find(a, 'The levy is fair,').cue?.text, 'states');
});
