// `newslens batch` registration; the work is in ../batch.ts.
import { Option, type Command } from 'commander';
import { CONVENTIONS } from '../../conventions.js';
import { addFieldOptions } from '../field-options.js';
import { runBatchCli, type BatchCliOptions } from '../batch.js';
import { parseNonNegativeInt, parsePositive, parsePositiveInt, parseSize } from '../parse.js';

const EXAMPLES = `
Inputs: files (.txt, .html: one article each), directories (recursive), globs ('corpus/**/*.jsonl'),
JSONL (one record per line: "text" or "html", optional "id", "url", "outlet", "publishedAt", "title"),
WARC crawls (.warc, .warc.gz: HTML responses) and RSS/Atom/JSON feeds (.rss, .atom, .xml, .json).

Records are keyed by the sha256 of their input: a rerun skips what is stored, so a killed run is
resumed by running the same command again. Corrupt records go to the errors table, never stop the run.
Articles are committed in input order; records that fail before analysis (bad JSON lines, truncated
WARC records) are committed with the batch open when they are found.

Examples:
  $ newslens batch corpus.jsonl --db news.db
  $ newslens batch crawl.warc.gz feeds/ 'pages/**/*.html' --db news.db --workers 4
  $ newslens batch export.jsonl --text-field body --outlet-field source.name --date-field meta.date
  $ newslens batch gazette.rss --follow --db news.db
  $ newslens batch corpus.jsonl --no-db --out results.jsonl
`;

export function registerBatch(program: Command): void {
  addFieldOptions(program.command('batch'))
    .description('analyse many articles (files, directories, globs, JSONL, WARC, feeds) into a SQLite store')
    .argument('<inputs...>', 'files, directories, globs, .jsonl, .warc(.gz), .rss/.atom/.json feeds')
    .option('--db <file>', 'SQLite store to write (created if missing)', 'newslens.db')
    .option('--no-db', 'do not write a store (use with --out)')
    .option('-o, --out <file>', 'also write results as JSONL (one Analysis per line, with a leading "record" field)')
    .option('-w, --workers <n>', 'worker threads (default: the number of cores; 0 = this thread)', parseNonNegativeInt)
    .addOption(new Option('--as <how>', 'how to read each input (as in analyze)').choices(['auto', 'page', 'html', 'body']).default('auto'))
    .addOption(new Option('--attributions <convention>', 'which attributions to report (as in analyze); records already stored keep theirs unless --reanalyze')
      .choices(CONVENTIONS).default('newslens'))
    .option('--max-bytes <size>', 'records larger than this are errors', parseSize, 50 * 1024 * 1024)
    .option('--encoding <label>', 'read files in this encoding instead of detecting it')
    .option('--follow', 'feeds: fetch each item\'s link instead of analysing the item content', false)
    .option('--allow-private', 'with --follow: allow loopback, private and link-local addresses', false)
    .option('--fetch-timeout <seconds>', 'with --follow: fetch time limit per link', parsePositive, 15)
    .option('--commit-every <n>', 'records per committed transaction (also every 2 s)', parsePositiveInt, 500)
    .option('--retry-errors', 'analyse again the records stored as errors', false)
    .option('--reanalyze', 'analyse and replace records already stored (e.g. after upgrading newslens)', false)
    .addOption(new Option('--progress <mode>', 'progress display: bar on a terminal, plain lines otherwise')
      .choices(['auto', 'bar', 'plain', 'none']).default('auto'))
    .option('--progress-interval <seconds>', 'seconds between plain progress lines', parsePositive, 5)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: BatchCliOptions) => {
      process.exitCode = await runBatchCli(inputs, opts);
    });
}
