#!/usr/bin/env -S GLIBC_TUNABLES=glibc.malloc.hugetlb=1 node --no-regexp-tier-up
// The newslens binary: parse arguments, then load the pipeline lazily so --help stays instant.
// The shebang's settings are read at process start-up, so they cannot be set from here:
// - --no-regexp-tier-up: V8 interprets a regex's bytecode until it is hot and only then compiles
//   it. A CLI run analyses one article with ~270 regexes, many scanning a whole sentence once:
//   interpreted, that was ~100 ms of the cold start (the attribution stage took 110–170 ms on its
//   first article, 50 ms with the flag). Set at run time with v8.setFlagsFromString instead, it made
//   1 run in a few hundred crash (SIGSEGV).
// - glibc.malloc.hugetlb=1: large malloc'd blocks (the 5.5 MB model file) are backed by transparent
//   huge pages, so reading the model takes a few page faults instead of ~1,400 (~10 ms here).
//   Ignored where malloc is not glibc's.
// `node bin.js` runs without either (same output, slower start).
import { main } from './main.js';

// `newslens analyze … | head`: the reader has gone, so stop quietly instead of an unhandled EPIPE trace.
process.stdout.on('error', (err: NodeJS.ErrnoException) => {
  if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw err;
});

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`newslens: error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
