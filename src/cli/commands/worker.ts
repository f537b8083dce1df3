// `newslens worker`: analyse jobs from a BullMQ queue into a store, until SIGTERM or Ctrl-C.
import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { CONVENTIONS } from '../../conventions.js';
import type { Convention } from '../../index.js';
import { parseNonNegativeInt, parsePositive, parsePositiveInt, parseSize } from '../parse.js';
import { report } from '../report.js';

const EXAMPLES = `
Runs on any machine that reaches Redis and the database; start as many as you like. Each job is
analysed once its lock is taken; a worker that dies loses nothing (its jobs run again elsewhere,
and results are stored once, by the record's sha256). Failing jobs are retried 3 times with
exponential backoff, then failed, their error stored in the errors table.
SIGTERM or Ctrl-C: take no new jobs, finish those in flight, exit 0.

Examples:
  $ newslens worker --redis redis://queue-host:6379 --db postgres://newslens@db-host/news --concurrency 8
`;

interface WorkerCliOptions {
  redis: string; db: string; queue: string; concurrency: number; threads?: number; lockSeconds: number; logInterval: number;
  as: 'auto' | 'page' | 'html' | 'body'; attributions: Convention; maxBytes: number; encoding?: string; allowPrivate: boolean; fetchTimeout: number;
}

export function registerWorker(program: Command): void {
  program
    .command('worker')
    .description('analyse jobs from a BullMQ queue (see `newslens enqueue`) into a PostgreSQL store')
    .requiredOption('--redis <url>', 'Redis address (redis://host:port)')
    .requiredOption('--db <address>', 'store to write: postgres://user@host/db (a SQLite file works for workers on one machine)')
    .option('--queue <name>', 'queue name', 'newslens')
    .option('-c, --concurrency <n>', 'jobs in flight at once', parsePositiveInt, 4)
    .option('--threads <n>', 'analysis threads (default: concurrency, at most the number of cores; 0 = this thread)', parseNonNegativeInt)
    .option('--lock-seconds <s>', 'a job lock not renewed for this long is taken as a dead worker\'s; its job runs again', parsePositive, 30)
    .option('--log-interval <seconds>', 'seconds between progress lines on stderr', parsePositive, 10)
    .addOption(new Option('--as <how>', 'how to read each input (as in analyze)').choices(['auto', 'page', 'html', 'body']).default('auto'))
    .addOption(new Option('--attributions <convention>', 'which attributions to report (as in analyze)')
      .choices(CONVENTIONS).default('newslens'))
    .option('--max-bytes <size>', 'records larger than this are errors', parseSize, 50 * 1024 * 1024)
    .option('--encoding <label>', 'read bytes in this encoding instead of detecting it')
    .option('--allow-private', 'with enqueue --follow: allow loopback, private and link-local addresses', false)
    .option('--fetch-timeout <seconds>', 'with enqueue --follow: fetch time limit per link', parsePositive, 15)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: WorkerCliOptions) => {
      process.exitCode = await runWorkerCli(opts);
    });
}

async function runWorkerCli(opts: WorkerCliOptions): Promise<number> {
  const log = (line: string): void => { process.stderr.write(`${line}\n`); };
  let stop: (() => void) | null = null;
  const onSignal = (): void => stop?.();
  try {
    const { openStore } = await import('../../store/index.js');
    const { startWorker } = await import('../../queue/worker.js');
    const { connectionOf } = await import('../../queue/connection.js');
    connectionOf(opts.redis);
    const threads = opts.threads ?? Math.min(opts.concurrency, availableParallelism());
    const store = await openStore(opts.db, { poolSize: opts.concurrency + 1 });
    const w = await startWorker(store, {
      redis: opts.redis, queue: opts.queue, concurrency: opts.concurrency, threads, lockSeconds: opts.lockSeconds,
      analyze: { as: opts.as, maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate, fetchTimeoutMs: opts.fetchTimeout * 1000, encoding: opts.encoding ?? null,
        attributions: opts.attributions },
      log, logIntervalMs: opts.logInterval * 1000,
    });
    stop = () => { void w.stop(); };
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
    await w.stopped;
    return 0;
  } catch (err) {
    return report(err, null);
  } finally {
    process.off('SIGTERM', onSignal);
    process.off('SIGINT', onSignal);
  }
}
