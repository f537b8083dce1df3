// One-line error reports on stderr, no stack traces; returns the exit code to use.
import type { NewslensError as NewslensErrorType } from '../errors.js';

export function report(err: unknown, input: string | null): number {
  const e = err as Partial<NewslensErrorType> | null;
  if (e && e.name === 'NewslensError' && typeof e.oneLine === 'function') {
    process.stderr.write(`newslens: error: ${e.oneLine()}\n`);
    return e.exitCode ?? 1;
  }
  const msg = err instanceof Error ? err.message : String(err);
  process.stderr.write(`newslens: error: ${input ? `${input}: ` : ''}unexpected error: ${msg.split('\n')[0]} (this is a bug in newslens; please report it)\n`);
  return 1;
}

export function warn(input: string, warning: string): void {
  process.stderr.write(`newslens: warning: ${input}: ${warning}\n`);
}
