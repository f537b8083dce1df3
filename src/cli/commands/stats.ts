// `newslens stats` registration; the work is in ../stats.ts.
import { InvalidArgumentError, Option, type Command } from 'commander';
import type { StatsGroup } from '../../store/index.js';
import { parsePositiveInt } from '../parse.js';
import { runStats, type StatsCliOptions } from '../stats.js';

const EXAMPLES = `
Examples:
  $ newslens stats --db news.db
  $ newslens stats --db news.db --by outlet
  $ newslens stats --db news.db --by outlet,month --format csv > sourcing.csv
`;

export function parseGroups(value: string): StatsGroup[] {
  const parts = value.split(',').map((s) => s.trim()).filter(Boolean);
  if (!parts.length || parts.some((p) => p !== 'outlet' && p !== 'month') || new Set(parts).size !== parts.length) {
    throw new InvalidArgumentError('expected outlet, month or outlet,month');
  }
  return parts as StatsGroup[];
}

export function registerStats(program: Command): void {
  program
    .command('stats')
    .description('sourcing statistics of a store: statements by source type, anonymous share, top sources and relayed outlets')
    .option('--db <file>', 'SQLite store written by `newslens batch`', 'newslens.db')
    .option('--by <groups>', 'one row per outlet, month, or outlet,month', parseGroups)
    .addOption(new Option('-f, --format <format>', 'output format (csv: the per-group table)').choices(['table', 'csv', 'json']).default('table'))
    .option('--top <n>', 'how many sources and outlets to list', parsePositiveInt, 10)
    .addHelpText('after', EXAMPLES)
    .action(async (opts: StatsCliOptions) => {
      process.exitCode = await runStats(opts);
    });
}
