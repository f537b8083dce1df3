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
