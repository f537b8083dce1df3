#!/usr/bin/env node
// The newslens binary: parse arguments, then load the pipeline lazily so --help stays instant.
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
