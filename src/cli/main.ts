// Command-line interface (commander). Exit codes: 0 ok, 1 analysis error (a bug), 2 usage or input error.
// Each command lives in commands/<name>.ts and registers itself here.
import { Command, CommanderError } from 'commander';
import { readFileSync } from 'node:fs';
import { registerAnalyze } from './commands/analyze.js';
import { registerBatch } from './commands/batch.js';
import { registerEnqueue } from './commands/enqueue.js';
import { registerExport } from './commands/export.js';
import { registerQueue } from './commands/queue.js';
import { registerServe } from './commands/serve.js';
import { registerStats } from './commands/stats.js';
import { registerWorker } from './commands/worker.js';
import { report } from './report.js';

const EXIT_CODES = `
Exit codes:
  0  done
  1  analysis error (a bug in newslens: please report it)
  2  usage or input error (missing file, empty or binary input, too large, bad URL, private address, ...)
`;

const COMMANDS: readonly ((program: Command) => void)[] = [registerAnalyze, registerBatch, registerStats, registerExport, registerServe,
  registerEnqueue, registerWorker, registerQueue];

export async function main(argv: string[]): Promise<void> {
  const program = new Command('newslens')
    .description('Reads a news article and tells you who said what, according to whom.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) })
    .addHelpText('after', `
Examples:
  $ newslens analyze examples/harbor-ferry-strike.txt --format text
  $ newslens analyze https://example.com/news/story --format html --out story.html
${EXIT_CODES}`);

  for (const register of COMMANDS) register(program);
  for (const cmd of program.commands) cmd.exitOverride().addHelpText('after', EXIT_CODES);

  try {
    await program.parseAsync(argv);
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version "errors" are exit 0; anything else commander rejects is a usage error
      process.exitCode = err.exitCode === 0 ? 0 : 2;
      return;
    }
    process.exitCode = report(err, null);
  }
}

function packageVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}
