// Build step (run by bundle-cli.mjs under the binary's node flags): loads dist/cli/analysis.cjs,
// analyses the example article once so that the functions a cold run needs are compiled, and
// writes V8's code cache of the bundle to the file named by argv[2].
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { codeCache, loadAnalysis, loadedWith } from '../dist/cli/load-analysis.js';

const api = await loadAnalysis();
if (loadedWith !== 'no-cache') throw new Error(`make-code-cache: expected the bundle without a cache, got ${loadedWith}`);
const example = new URL('../examples/harbor-ferry-strike.txt', import.meta.url);
// the default output (JSON) only: the cache holds what a run compiled, and reading it costs too
await api.analyze({ file: fileURLToPath(example) });
writeFileSync(process.argv[2], codeCache());
