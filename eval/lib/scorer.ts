// Runs the reference scorers in ../shared/eval as child processes: our numbers are their numbers.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
/** Scorer output can be large (PolNeAR); stay far above it. */
const MAX_BUFFER = 512 * 1024 * 1024;

export class ScorerError extends Error {
  constructor(readonly scorer: string, message: string) {
    super(`${scorer}: ${message}`);
    this.name = 'ScorerError';
  }
}

/** Runs `node <shared>/eval/<scorer> ...args` and returns its stdout. */
export async function runScorer(shared: string, scorer: string, args: string[]): Promise<string> {
  try {
    const { stdout } = await run(process.execPath, [path.join(shared, 'eval', scorer), ...args], { maxBuffer: MAX_BUFFER });
    return stdout;
  } catch (err) {
    const e = err as { stderr?: string; message?: string; code?: number | string };
    const why = (e.stderr ?? '').trim().split('\n')[0] || e.message || String(err);
    throw new ScorerError(scorer, `exited ${e.code ?? '?'}: ${why}`);
  }
}

/** sourcing-score.mjs --json prints the result object on the line before the last (the headline). */
export function parseSourcingJson(stdout: string): { result: Record<string, unknown>; headline: string } {
  const lines = stdout.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < 2) throw new ScorerError('sourcing-score.mjs', `expected a JSON line and a headline, got ${lines.length} line(s)`);
  try {
    return { result: JSON.parse(lines[lines.length - 2]) as Record<string, unknown>, headline: lines[lines.length - 1] };
  } catch (err) {
    throw new ScorerError('sourcing-score.mjs', `unparseable JSON line: ${(err as Error).message}`);
  }
}
