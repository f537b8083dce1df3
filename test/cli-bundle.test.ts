// The CLI's analysis bundle (dist/cli/analysis.cjs) and its V8 code cache, as `npm run build` leaves
// them: the binary's flags get the cache, other flags fall back to compiling, and the bundle
// analyses exactly as the library does.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { analyze } from '../src/index.js';

const DIST_CLI = new URL('../dist/cli/', import.meta.url);
const LOADER = new URL('load-analysis.js', DIST_CLI).href;
const EXAMPLE = fileURLToPath(new URL('../examples/harbor-ferry-strike.txt', import.meta.url));

/** the node flags on the binary's shebang line (`#!/usr/bin/env -S … node --flag …`) */
function shebangFlags(): string[] {
  const words = readFileSync(new URL('bin.js', DIST_CLI), 'utf8').split('\n', 1)[0].split(/\s+/);
  return words.slice(words.indexOf('node') + 1);
}

/** loads the bundle in a fresh node with these flags; prints how it was compiled */
function loadedWith(flags: string[]): string {
  const script = `const m = await import(${JSON.stringify(LOADER)}); await m.loadAnalysis(); process.stdout.write(String(m.loadedWith));`;
  const r = spawnSync(process.execPath, [...flags, '--input-type=module', '-e', script], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return r.stdout;
}

test('under the binary\'s flags the bundle compiles with its code cache', () => {
  assert.ok(shebangFlags().includes('--no-regexp-tier-up'));
  assert.equal(loadedWith(shebangFlags()), 'cache');
});

test('under other flags V8 rejects the cache and the bundle compiles as usual', () => {
  assert.equal(loadedWith([]), 'rejected');
});

test('the bundle analyses as the library does, and its errors are the class of dist/errors.js', async () => {
  const { loadAnalysis } = await import(LOADER) as typeof import('../src/cli/load-analysis.js');
  const api = await loadAnalysis();
  // as JSON, as the CLI prints it (an analysis holds no timings, so the two are equal outright)
  const json = (a: unknown) => JSON.parse(JSON.stringify(a));
  assert.deepEqual(json(await api.analyze({ file: EXAMPLE })), json(await analyze({ file: EXAMPLE })));
  const { NewslensError: DistError } = await import(new URL('../errors.js', DIST_CLI).href) as typeof import('../src/errors.js');
  await assert.rejects(api.analyze({ file: `${EXAMPLE}.missing` }), (err: unknown) => err instanceof DistError);
});
