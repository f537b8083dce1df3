import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';

const here = '[contract] ';
const shared = new URL('../../shared/contract/analysis.schema.json', import.meta.url);

test(`${here}the shipped schema is the shared contract`, { skip: !existsSync(shared) && 'no ../shared beside the repo' }, () => {
  const ours = readFileSync(new URL('../schema/analysis.schema.json', import.meta.url), 'utf8');
  assert.deepEqual(JSON.parse(ours), JSON.parse(readFileSync(shared, 'utf8')));
});
