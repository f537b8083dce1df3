// Worker processes and queue counts for the queue tests: the built CLI, as a user runs it.
import { spawn, type ChildProcess } from 'node:child_process';
import pg from 'pg';
import { BIN, runCli } from './run-cli.js';

export interface WorkerProcess { child: ChildProcess; exited: Promise<number | null>; stderr: () => string }

export function spawnWorker(redis: string, db: string, extra: string[] = []): WorkerProcess {
  const child = spawn(process.execPath, [BIN, 'worker', '--redis', redis, '--db', db, '--concurrency', '4', '--threads', '1',
    '--lock-seconds', '3', '--log-interval', '5', ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d) => { err += d; });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code, signal) => resolve(signal ? null : code)));
  return { child, exited, stderr: () => err };
}

export interface Counts { waiting: number; active: number; delayed: number; completed: number; failed: number }

/** Queue counts via `newslens queue status`; null while Redis is unreachable (a restart). */
export async function queueCounts(redis: string, queue = 'newslens'): Promise<Counts | null> {
  const r = await runCli(['queue', 'status', '--redis', redis, '--queue', queue, '--sample', '0', '--format', 'json']);
  return r.code === 0 ? JSON.parse(r.stdout) as Counts : null;
}

export async function waitForCounts(redis: string, what: string, ok: (c: Counts) => boolean, timeoutMs: number, queue = 'newslens'): Promise<Counts> {
  const t0 = Date.now();
  for (;;) {
    const c = await queueCounts(redis, queue);
    if (c && ok(c)) return c;
    if (Date.now() - t0 > timeoutMs) throw new Error(`timed out waiting for ${what}; last counts ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

export async function pgRows<T>(url: string, sql: string): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql)).rows as T[];
  } finally {
    await c.end();
  }
}
