// Build step after tsc: single-file bundles for the CLI's cold start (loading ~100 small modules
// costs ~100 ms of resolve + compile; one file a fraction of that).
//   dist/cli/analysis.cjs        the analysis path `newslens analyze` loads lazily (src/cli/load-analysis.ts),
//                                as CommonJS so that it can be compiled with a V8 code cache:
//   dist/cli/analysis.cjs.cache  that cache, taken after one analysis of the example article by a node
//                                started with the binary's shebang flags (V8 rejects a cache made
//                                under other flags or another version, and then compiles as usual)
//   dist/cli/bin.js              the binary: commander and every command's registration
// All stay in dist/cli/ (two levels under the package root, like dist/entities/), so
// `new URL('../../models/...', import.meta.url)` still finds the assets. npm packages stay external
// (node_modules resolves from dist/cli/ as from anywhere in dist/). In the binary, every dynamic
// import (the other commands' work: store, queue, server, batch pool) stays an external import of
// the unbundled dist/ file, so their own import.meta.url paths (worker files, public/) keep working.
// The analysis bundle does the same for the URL fetcher (its HTTP stack loads only for URLs) and
// requires errors.js from dist/ rather than a copy, so errors from both sides are one class.
// Without esbuild (an install that skips devDependencies) the unbundled tsc output is kept: same output, slower start.
import { execFileSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

// the analysis path as CommonJS, for vm.Script and its code cache (see src/cli/load-analysis.ts, which
// supplies the two free names: __importMetaUrl and __import, a vm.Script having no module loader)
const analysisCjs = `${CLI}analysis.cjs`;
let dynamicImports = 0;
const countDynamicImports = {
  name: 'count-dynamic-imports',
  setup(build) { build.onResolve({ filter: /.*/ }, (args) => { if (args.kind === 'dynamic-import') dynamicImports++; return undefined; }); },
};
await esbuild.build({
  ...common, format: 'cjs', entryPoints: [`${CLI}analysis.js`], outfile: analysisCjs, write: false,
  define: { 'import.meta.url': '__importMetaUrl' },
  // the URL fetcher (http, https, dns, net, zlib) stays a lazy import of its own file: only URLs need
  // it; errors.js is then shared, unbundled, by both sides, so `instanceof NewslensError` holds
  plugins: [countDynamicImports, dynamicImportsExternal, sharedModules(['errors.js'])],
}).then(({ outputFiles }) => {
  const code = outputFiles[0].text;
  const calls = code.match(/\bimport\(/g) ?? [];
  if (calls.length !== dynamicImports) throw new Error(`bundle-cli: ${calls.length} import( in analysis.cjs, ${dynamicImports} dynamic imports resolved`);
  writeFileSync(analysisCjs, code.replace(/\bimport\(/g, '__import('));
});
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

// the code cache: one analysis of the example under the shebang's node flags, then V8's cache of
// everything compiled (a cache made under other flags would be rejected at every start)
const shebang = readFileSync(bin, 'utf8').split('\n', 1)[0].split(/\s+/);
const nodeFlags = shebang.slice(shebang.indexOf('node') + 1);
const cacheFile = `${analysisCjs}.cache`;
rmSync(cacheFile, { force: true });
execFileSync(process.execPath, [...nodeFlags, fileURLToPath(new URL('make-code-cache.mjs', import.meta.url)), cacheFile], { stdio: 'inherit' });
