// Runs the built CLI (dist/cli/bin.js) the way a user would, in a temp dir.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BIN = fileURLToPath(new URL('../../dist/cli/bin.js', import.meta.url));
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface CliResult { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** How a run ended, for assertion messages: a run that printed nothing says whether it was killed. */
export const ended = (r: CliResult): string => `exit ${r.code}${r.signal ? `, signal ${r.signal}` : ''}; stderr: ${r.stderr.slice(0, 400) || '(empty)'}`;

export function runCli(args: string[], opts: { stdin?: string | Buffer; cwd?: string } = {}): Promise<CliResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: opts.cwd ?? ROOT, env: { ...process.env, NO_COLOR: '1' } });
    let stdout = '', stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d) => { stdout += d; });
    child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    child.stdin.end(opts.stdin ?? '');
  });
}

export const tempDir = (): string => mkdtempSync(join(tmpdir(), 'newslens-e2e-'));
