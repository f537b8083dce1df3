// `newslens analyze` registration; the work is in ../analyze.ts.
import { Option, type Command } from 'commander';
import { CONVENTIONS } from '../../conventions.js';
import { runAnalyze, type AnalyzeCliOptions } from '../analyze.js';
import { parsePositive, parseSize } from '../parse.js';

const EXAMPLES = `
Examples:
  $ newslens analyze examples/harbor-ferry-strike.txt --format text
  $ newslens analyze page.html --format json > analysis.json
  $ newslens analyze https://example.com/news/story --format html --out story.html
  $ cat body.txt | newslens analyze - --as body --format jsonl
  $ newslens analyze article.txt --as page --encoding windows-1252
  $ newslens analyze article.txt --attributions parc
`;

export function registerAnalyze(program: Command): void {
  program
    .command('analyze')
    .description('analyse one article: a file, an http(s) URL, or - for stdin')
    .argument('<input>', 'file path, http(s) URL, or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'jsonl', 'text', 'html']).default('json'))
    .addOption(new Option('--as <how>', 'how to read the input: page = scraped page text, html, body = already clean text (offsets map 1:1)')
      .choices(['auto', 'page', 'html', 'body']).default('auto'))
    .addOption(new Option('--attributions <convention>', 'which attributions to report: newslens = one statement per quoted stretch, parc = the PARC / PolNeAR convention (a quote interrupted by its cue is one attribution)')
      .choices(CONVENTIONS).default('newslens'))
    .option('-o, --out <file>', 'write the output to a file instead of stdout')
    .option('--max-bytes <size>', 'refuse inputs larger than this (e.g. 50MB, 200KB)', parseSize, 50 * 1024 * 1024)
    .option('--allow-private', 'allow URLs on loopback, private and link-local addresses', false)
    .option('--fetch-timeout <seconds>', 'URL fetch time limit in seconds', parsePositive, 15)
    .option('--timeout <seconds>', 'time budget for the analysis in seconds; past it the remaining stages are skipped with a warning', parsePositive, 5)
    .option('--encoding <label>', 'read the input in this encoding (utf-8, windows-1252, utf-16le, ...) instead of detecting it')
    .option('--no-color', 'no colours in --format text')
    .option('-q, --quiet', 'do not print warnings on stderr', false)
    .addHelpText('after', EXAMPLES)
    .action(async (input: string, opts: AnalyzeCliOptions) => {
      process.exitCode = await runAnalyze(input, opts);
    });
}
