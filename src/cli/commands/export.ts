// `newslens export` registration; the work is in ../stats.ts.
import { Option, type Command } from 'commander';
import { runExport, type ExportCliOptions } from '../stats.js';

const EXAMPLES = `
One row per statement: the article (key, record id, outlet, url, publishedAt, title), the quote
(id, kind, content, cue, speaker, offsets) and its source (id, type, name, descriptor, relayedVia).

Examples:
  $ newslens export --db news.db --format csv > quotes.csv
  $ newslens export --db news.db --format jsonl --out quotes.jsonl
`;

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export the quotes table of a store as JSONL or CSV')
    .option('--db <file>', 'SQLite store written by `newslens batch`', 'newslens.db')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['jsonl', 'csv']).default('jsonl'))
    .option('-o, --out <file>', 'write to a file instead of stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (opts: ExportCliOptions) => {
      process.exitCode = await runExport(opts);
    });
}
