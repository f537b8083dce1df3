// Command-line interface (commander). Exit codes: 0 ok, 1 analysis error (a bug), 2 usage or input error.
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { readFileSync } from 'node:fs';
import { runAnalyze, type AnalyzeCliOptions } from './analyze.js';
import { report } from './report.js';

const EXAMPLES = `
Examples:
  $ newslens analyze examples/harbor-ferry-strike.txt --format text
  $ newslens analyze page.html --format json > analysis.json
  $ newslens analyze https://example.com/news/story --format html --out story.html
  $ cat body.txt | newslens analyze - --as body --format jsonl
  $ newslens analyze article.txt --as page --encoding windows-1252

Exit codes:
  0  analysis written
  1  analysis error (a bug in newslens: please report it)
  2  usage or input error (missing file, empty or binary input, too large, bad URL, private address, ...)
`;

export async function main(argv: string[]): Promise<void> {
  const program = new Command('newslens')
    .description('Reads a news article and tells you who said what, according to whom.')
    .version(packageVersion(), '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('analyze')
    .description('analyse one article: a file, an http(s) URL, or - for stdin')
    .argument('<input>', 'file path, http(s) URL, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'text', 'html']).default('json'))
    .addOption(new Option('--as <how>', 'how to read the input: page = scraped page text, html, body = already clean text (offsets map 1:1)')
      .choices(['auto', 'page', 'html', 'body']).default('auto'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 50MB, 200KB)', parseSize, 50 * 1024 * 1024)
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses', false)
    .option('--fetch-timeout <seconds>', 'URL fetch time limit in seconds', parsePositive, 15)
    .option('--encoding <label>', 'read the input in this encoding (utf-8, windows-1252, utf-16le, ...) instead of detecting it')
    .option('--no-color', 'no colours in --format text')
    .option('-q, --quiet', 'do not print warnings on stderr', false)
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, opts: AnalyzeCliOptions) => {
      process.exitCode = await runAnalyze(input, opts);
    });

  program.addHelpText('after', EXAMPLES);

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

function parseSize(value: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m|gb|g)?$/i.exec(value.trim());
  if (!m) throw new InvalidArgumentError('expected a size such as 50MB, 200KB or 1048576');
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.floor(Number(m[1]) * mult);
}

function parsePositive(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError('expected a positive number');
  return n;
}

function packageVersion(): string {
  try {
    return JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
  } catch {
    return '0.0.0';
  }
}
