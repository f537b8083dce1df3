// Build step after tsc: bundles dist/cli/analysis.js (the analysis path the CLI loads) into one ESM
// file in place. Loading ~100 small modules costs ~100 ms of resolve + compile on a cold start; one
// file costs a fraction. The bundle stays in dist/cli/ (two levels under the package root, like
// dist/entities/), so `new URL('../../models/...', import.meta.url)` still finds the assets.
// npm packages stay external (node_modules resolves from dist/cli/ as from anywhere in dist/).
// Without esbuild (an install that skips devDependencies) the unbundled re-export is kept: slower, same output.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../dist/cli/analysis.js', import.meta.url));
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild not installed; dist/cli/analysis.js left unbundled (slower CLI cold start)\n');
  process.exit(0);
}
if (!/^export \{[^}]*\} from '\.\.\/index\.js';/m.test(readFileSync(entry, 'utf8'))) {
  // already bundled (a second run without tsc in between): bundling the bundle would be a no-op at best
  process.exit(0);
}
await esbuild.build({
  entryPoints: [entry],
  outfile: entry,
  allowOverwrite: true,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  // keep function and class names: error names and stack traces read the same as unbundled
  keepNames: true,
  legalComments: 'none',
  logLevel: 'warning',
});
