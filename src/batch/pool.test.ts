import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createAnalyser } from './pool.js';
import type { Job } from './analyse.js';

const here = '[batch/pool] ';
const job = (i: number): Job => ({ payload: { text: `"We are ready," said Mayor Jane Roe on day ${i}.` }, uri: `r${i}`, kind: 'jsonl-record' });

test(`${here}the worker pool is replaced after its record quota, and every chunk still comes back`, async () => {
  const a = createAnalyser(1, {}, { records: 2, heapBytes: Number.MAX_SAFE_INTEGER });
  try {
    const out = [];
    for (let c = 0; c < 3; c++) out.push(...await a.run([job(2 * c), job(2 * c + 1)]));
    assert.equal(out.length, 6);
    assert.ok(out.every((r) => r.ok), JSON.stringify(out.find((r) => !r.ok)));
    assert.equal(a.recycled, 2);
  } finally {
    await a.close();
  }
});

test(`${here}a worker heap past the limit recycles the pool before the next chunk`, async () => {
  const a = createAnalyser(1, {}, { records: 1_000_000, heapBytes: 1 });
  try {
    await a.run([job(0)]);
    assert.equal(a.recycled, 0);
    const [r] = await a.run([job(1)]);
    assert.ok(r.ok);
    assert.equal(a.recycled, 1);
  } finally {
    await a.close();
  }
});
