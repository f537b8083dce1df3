#!/usr/bin/env -S node --no-regexp-tier-up
// The newslens binary: parse arguments, then load the pipeline lazily so --help stays instant.
// The flag (read by V8 at start-up, so it has to be on the shebang line): V8 interprets a regex's
// bytecode until it is hot and only then compiles it. A CLI run analyses one article with ~270
// regexes, many scanning a whole sentence once: interpreted, that was ~100 ms of the cold start (the
// attribution stage took 110–170 ms on its first article, 50 ms with the flag). `node bin.js` runs
// without it (same output, slower start). Setting it at run time with v8.setFlagsFromString instead
// made 1 run in a few hundred crash (SIGSEGV).
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
