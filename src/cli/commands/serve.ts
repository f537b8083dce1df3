// `newslens serve`: the HTTP API and web viewer. The server loads lazily so --help stays instant.
import { Option, type Command } from 'commander';
import { availableParallelism } from 'node:os';
import { parseNonNegativeInt, parsePositive, parsePositiveInt, parseSize } from '../parse.js';
import { report } from '../report.js';

const EXAMPLES = `
Examples:
  $ newslens serve                          # viewer at http://127.0.0.1:8080/
  $ newslens serve --port 3000 --db news.db # plus /v1/stats and the corpus page
  $ curl -s localhost:8080/v1/analyze -H 'content-type: text/plain' --data-binary @article.txt
`;

interface ServeCliOptions {
  port: number; host: string; db?: string; allowPrivate: boolean; bodyLimit: number; timeout: number;
  concurrency: number; workers: number; fetchTimeout: number; logLevel: string; quiet: boolean;
}

/** Leave a core for the event loop once there are several. */
const defaultWorkers = (): number => Math.max(1, Math.min(4, availableParallelism() - 1));

export function registerServe(program: Command): void {
  program
    .command('serve')
    .description('HTTP API (POST /v1/analyze, /openapi.json) and the web viewer at /')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', parseNonNegativeInt, 8080)
    .option('--host <address>', 'address to listen on (0.0.0.0 exposes the server to the network)', '127.0.0.1')
    .option('--db <file>', 'SQLite store written by `newslens batch`: adds /v1/stats and the corpus page')
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses', false)
    .option('--body-limit <size>', 'largest request body (and fetched page), e.g. 5MB', parseSize, 5 * 1024 * 1024)
    .option('--timeout <seconds>', 'per-request analysis time limit, URL fetch included', parsePositive, 20)
    .option('--concurrency <n>', 'analyses running or queued before requests get 503 + Retry-After', parsePositiveInt, 128)
    .option('--workers <n>', 'analysis worker threads (0: analyse on the server thread)', parseNonNegativeInt, defaultWorkers())
    .option('--fetch-timeout <seconds>', 'URL fetch time limit in seconds', parsePositive, 15)
    .addOption(new Option('--log-level <level>', 'JSON request log level on stdout')
      .choices(['fatal', 'error', 'warn', 'info', 'debug', 'silent']).default('info'))
    .option('-q, --quiet', 'log warnings and errors only', false)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: ServeCliOptions) => {
      process.exitCode = await runServe(opts);
    });
}

async function runServe(opts: ServeCliOptions): Promise<number> {
  let app: Awaited<ReturnType<typeof import('../../server/index.js').createServer>>;
  try {
    const { createServer } = await import('../../server/index.js');
    app = await createServer({
      bodyLimit: opts.bodyLimit, timeoutMs: opts.timeout * 1000, concurrency: opts.concurrency, workers: opts.workers,
      allowPrivate: opts.allowPrivate, fetchTimeoutMs: opts.fetchTimeout * 1000, db: opts.db ?? null,
      logger: { level: opts.quiet && opts.logLevel === 'info' ? 'warn' : opts.logLevel },
    });
  } catch (err) {
    return report(err, opts.db ?? null);
  }
  try {
    await app.listen({ port: opts.port, host: opts.host });
  } catch (err) {
    const e = err as NodeJS.ErrnoException;
    process.stderr.write(`newslens: error: cannot listen on ${opts.host}:${opts.port}: ${e.code === 'EADDRINUSE' ? 'the port is in use (try --port)' : e.message}\n`);
    await app.close();
    return 2;
  }
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : opts.port;
  const host = opts.host.includes(':') ? `[${opts.host}]` : opts.host;
  process.stderr.write(`newslens: viewer at http://${host}:${port}/ · API POST /v1/analyze · /openapi.json${opts.db ? ' · corpus at /corpus' : ''}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => { process.off('SIGINT', stop); process.off('SIGTERM', stop); resolve(); };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  await app.close();
  return 0;
}
