#!/usr/bin/env node
// The newslens binary: parse arguments, then load the pipeline lazily so --help stays instant.
import { setFlagsFromString } from 'node:v8';
import { main } from './main.js';

// V8 interprets a regular expression's bytecode until it is hot and only then compiles it to machine
// code. A CLI run analyses one article with a few hundred regexes, many scanning the whole text once:
// interpreted, that was ~100 ms of a ~450 ms cold start (the attribution stage took 110 ms on its
// first article, 8 ms warm). Compiling each at first use costs less; batch runs lose nothing, as their
// regexes get hot anyway. Set before main() runs any; the library and the server keep V8's default.
setFlagsFromString('--no-regexp-tier-up');

// `newslens analyze … | head`: the reader has gone, so stop quietly instead of an unhandled EPIPE trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`newslens: error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
