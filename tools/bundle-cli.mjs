// Build step after tsc: two single-file bundles for the CLI's cold start (loading ~100 small modules
// costs ~100 ms of resolve + compile; one file a fraction of that).
//   dist/cli/analysis.js  the analysis path `newslens analyze` imports lazily (src/cli/analysis.ts)
//   dist/cli/bin.js       the binary: commander and every command's registration
// Both stay in dist/cli/ (two levels under the package root, like dist/entities/), so
// `new URL('../../models/...', import.meta.url)` still finds the assets. npm packages stay external
// (node_modules resolves from dist/cli/ as from anywhere in dist/). In the binary, every dynamic
// import (the other commands' work: store, queue, server, batch pool) stays an external import of
// the unbundled dist/ file, so their own import.meta.url paths (worker files, public/) keep working.
// The analysis bundle does the same for the URL fetcher (its HTTP stack loads only for URLs) and
// imports errors.js from dist/ rather than a copy, so errors from both sides are one class.
// Without esbuild (an install that skips devDependencies) the unbundled tsc output is kept: same output, slower start.
import { chmodSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = fileURLToPath(new URL('../dist/cli/', import.meta.url));
// the binary runs by its shebang (V8 flags there), as the `newslens` link npm installs does
chmodSync(`${CLI}bin.js`, 0o755);
let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  process.stderr.write('bundle-cli: esbuild not installed; dist/cli left unbundled (slower CLI cold start)\n');
  process.exit(0);
}

const common = {
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
};

/** a relative import of a dist/ file, as an external import re-pointed from the bundle's folder */
function externalFromCli(args) {
  const rel = relative(CLI, resolve(dirname(args.importer), args.path));
  return { path: rel.startsWith('.') ? rel : `./${rel}`, external: true };
}

/** dynamic imports stay imports of the unbundled dist/ files */
const dynamicImportsExternal = {
  name: 'dynamic-imports-external',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'dynamic-import' ? externalFromCli(args) : undefined));
  },
};

/** modules kept out of the bundle and imported from dist/, so the bundle and the unbundled files it
 *  loads lazily share one copy (one class for instanceof) */
const sharedModules = (names) => ({
  name: 'shared-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      (names.includes(relative(resolve(CLI, '..'), resolve(dirname(args.importer), args.path))) ? externalFromCli(args) : undefined));
  },
});

/** commander requires node:child_process (for executable subcommands, which newslens has none of) at
 *  load: ~5 ms of builtins (net, dgram, …) on every start. It gets a proxy that loads it on first use. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    build.onResolve({ filter: /^(?:node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'child_process', namespace: 'lazy-builtin' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, () => ({
      loader: 'js',
      contents: "let m;\nconst load = () => (m ??= require('node:child_process'));\n"
        + 'module.exports = new Proxy({}, { get: (_, k) => load()[k], has: (_, k) => k in load() });\n',
    }));
  },
};

// a second run without tsc in between would bundle a bundle: only bundle the tsc output
const isTscOutput = (file, marker) => readFileSync(file, 'utf8').includes(marker);

const analysis = `${CLI}analysis.js`;
if (isTscOutput(analysis, "from '../index.js'")) {
  // the URL fetcher (http, https, dns, net, zlib) stays a lazy import of its own file: only URLs need
  // it; errors.js is then shared, unbundled, by both sides, so `instanceof NewslensError` holds
  await esbuild.build({ ...common, entryPoints: [analysis], outfile: analysis, plugins: [dynamicImportsExternal, sharedModules(['errors.js'])] });
}
const bin = `${CLI}bin.js`;
if (isTscOutput(bin, "from './main.js'")) {
  // commander (plain CommonJS, no files of its own) goes in too; its require() of node builtins
  // needs a real require in an ES module
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
  const external = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies }).filter((n) => n !== 'commander');
  await esbuild.build({
    ...common, packages: undefined, external, entryPoints: [bin], outfile: bin, plugins: [dynamicImportsExternal, lazyChildProcess],
    banner: { js: "import { createRequire as __newslensRequire } from 'node:module';\nconst require = __newslensRequire(import.meta.url);" },
  });
}
