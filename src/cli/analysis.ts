// What `newslens analyze` needs from the library, in one module. The build (tools/bundle-cli.mjs)
// replaces its compiled output with a single-file bundle of everything it imports, so a cold start
// reads one file instead of resolving ~100 modules; unbundled (tsx, or no esbuild) it works as is.
export { analyze, renderHtml, renderText } from '../index.js';
