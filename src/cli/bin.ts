#!/usr/bin/env node
// The newslens binary: parse arguments, then load the pipeline lazily so --help stays instant.
import { main } from './main.js';

main(process.argv).catch((err: unknown) => {
  process.stderr.write(`newslens: error: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});
