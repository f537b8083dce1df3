// Loads what `newslens analyze` needs. The build (tools/bundle-cli.mjs) writes the analysis path as
// one CommonJS file, dist/cli/analysis.cjs, and a V8 code cache of it taken after one analysis
// (analysis.cjs.cache): compiled with the cache, the functions a first analysis runs need not be
// parsed and compiled again, which was ~50 ms of every cold start. V8 checks the cache against
// its own version, flags and the source, and compiles normally when it does not fit (another Node
// version, `node bin.js` without the shebang's flags). Without the bundle (tsx, no esbuild) the
// modules are imported as they are.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

export type AnalysisApi = typeof import('./analysis.js');

const BUNDLE = new URL('./analysis.cjs', import.meta.url);
const CACHE = new URL('./analysis.cjs.cache', import.meta.url);
/** The bundle's one shared ES module (it imports it with require; see below): errors thrown inside it and outside are one class. */
const SHARED_ERRORS = '../errors.js';

/** How the last loadAnalysis went: 'cache' (compiled with the code cache), 'rejected' (cache did
 *  not fit this V8), 'no-cache', or 'modules' (no bundle: plain imports). For tests and the bench. */
export let loadedWith: 'cache' | 'rejected' | 'no-cache' | 'modules' | null = null;

let loaded: { api: AnalysisApi; script: vm.Script } | null = null;

export async function loadAnalysis(): Promise<AnalysisApi> {
  if (loaded) return loaded.api;
  let source: string;
  try {
    source = readFileSync(BUNDLE, 'utf8');
  } catch {
    loadedWith = 'modules';
    return import('./analysis.js');
  }
  let cachedData: Buffer | undefined;
  try { cachedData = readFileSync(CACHE); } catch { cachedData = undefined; }
  const errors = await import('../errors.js');
  const filename = fileURLToPath(BUNDLE);
  // the bundle's free names, supplied here: `import.meta.url` (esbuild defines it as
  // __importMetaUrl) and dynamic import() (rewritten to __import: a vm.Script has no module loader)
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname, __importMetaUrl, __import) {${source}\n})`,
    { filename, cachedData });
  loadedWith = !cachedData ? 'no-cache' : script.cachedDataRejected ? 'rejected' : 'cache';
  const nodeRequire = createRequire(BUNDLE);
  const bundleRequire = (id: string): unknown => (id === SHARED_ERRORS ? errors : nodeRequire(id));
  const bundleImport = (specifier: string): Promise<unknown> => import(new URL(specifier, BUNDLE).href);
  const module = { exports: {} as AnalysisApi };
  (script.runInThisContext() as (...args: unknown[]) => void)(
    module.exports, bundleRequire, module, filename, fileURLToPath(new URL('.', BUNDLE)), BUNDLE.href, bundleImport);
  loaded = { api: module.exports, script };
  return module.exports;
}

/** The code cache of the loaded bundle, with every function compiled so far (the build calls it
 *  after one analysis); null when the modules were imported without the bundle. */
export function codeCache(): Buffer | null {
  return loaded ? loaded.script.createCachedData() : null;
}
