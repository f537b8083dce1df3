// The GUM alias-clustering score (eval/sets/alias-score.ts): one-to-one alignment and pair counting.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aliasPairs, alignMentions } from '../eval/sets/alias-score.js';

test('a predicted mention realises one gold mention: the exact one beats an enclosing one', () => {
  // gold: "streets of Springfield" [0, 22) in cluster a, "Springfield" [11, 22) in cluster b
  const gold = [{ start: 0, end: 22, eid: 'a' }, { start: 11, end: 22, eid: 'b' }];
  assert.deepEqual(alignMentions(gold, [{ start: 11, end: 22, entity: 'e1' }]), [null, 'e1']);
});

test('pairs: same cluster and same entity, same entity only, same cluster only', () => {
  const gold = [{ start: 0, end: 5, eid: 'a' }, { start: 10, end: 15, eid: 'a' }, { start: 20, end: 25, eid: 'b' }, { start: 30, end: 35, eid: 'a' }];
  const pred = [{ start: 0, end: 5, entity: 'e1' }, { start: 10, end: 15, entity: 'e1' }, { start: 20, end: 25, entity: 'e1' }];
  const { all, found } = aliasPairs(gold, pred);
  // gold pairs: (0,1) (0,3) (1,3); predicted: (0,1) (0,2) (1,2); the 4th gold mention was not found
  assert.deepEqual(all, { tp: 1, fp: 2, fn: 2 });
  assert.deepEqual(found, { tp: 1, fp: 2, fn: 0 });
});
