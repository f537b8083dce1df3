// `newslens enqueue`: records → BullMQ jobs on Redis, for `newslens worker` processes to analyse.
import { Option, type Command } from 'commander';
import { addFieldOptions } from '../field-options.js';
import type { ProgressMode } from '../../batch/progress.js';
import { parsePositive, parsePositiveInt, parseSize } from '../parse.js';
import { report } from '../report.js';

const EXAMPLES = `
Inputs as in \`newslens batch\`. One job per record, its id the sha256 of the record's input bytes:
enqueueing the same input again adds nothing already queued, running, done or failed. A record
that cannot be read (corrupt JSONL line, truncated WARC record) becomes a job that stores its error.

Examples:
  $ newslens enqueue corpus.jsonl --redis redis://queue-host:6379
  $ newslens enqueue crawl.warc.gz feeds/ --redis redis://queue-host:6379 --queue archive
`;

interface EnqueueCliOptions {
  redis: string; queue: string; batchSize: number; maxBytes: number; follow: boolean;
  textField: string; htmlField: string; idField: string; urlField: string; outletField: string; dateField: string; titleField: string;
  progress: ProgressMode; progressInterval: number;
}

export function registerEnqueue(program: Command): void {
  addFieldOptions(program.command('enqueue'))
    .description('put records (files, directories, globs, JSONL, WARC, feeds) on a BullMQ queue for `newslens worker`')
    .argument('<inputs...>', 'files, directories, globs, .jsonl, .warc(.gz), .rss/.atom/.json feeds')
    .requiredOption('--redis <url>', 'Redis address (redis://host:port)')
    .option('--queue <name>', 'queue name', 'newslens')
    .option('--batch-size <n>', 'jobs added per round trip', parsePositiveInt, 500)
    .option('--max-bytes <size>', 'records larger than this are errors', parseSize, 50 * 1024 * 1024)
    .option('--follow', 'feeds: the worker fetches each item\'s link instead of analysing the item content', false)
    .addOption(new Option('--progress <mode>', 'progress display').choices(['auto', 'bar', 'plain', 'none']).default('auto'))
    .option('--progress-interval <seconds>', 'seconds between plain progress lines', parsePositive, 5)
    .addHelpText('after', EXAMPLES)
    .action(async (inputs: string[], opts: EnqueueCliOptions) => {
      process.exitCode = await runEnqueueCli(inputs, opts);
    });
}

async function runEnqueueCli(inputs: string[], opts: EnqueueCliOptions): Promise<number> {
  try {
    const { NewslensError } = await import('../../index.js');
    const { expandInputs } = await import('../../batch/inputs.js');
    const { runEnqueue } = await import('../../queue/enqueue.js');
    const { connectionOf } = await import('../../queue/connection.js');
    connectionOf(opts.redis); // refuses a malformed address before reading anything
    const { files, missing } = expandInputs(inputs);
    if (missing.length) throw new NewslensError('NOT_FOUND', `no such file, directory or matching files: ${missing.join(', ')}`);
    if (!files.length) throw new NewslensError('NOT_FOUND', `no inputs found in ${inputs.join(', ')} (.txt, .html, .jsonl, .warc(.gz), .rss, .atom)`);
    await runEnqueue(files, {
      redis: opts.redis, queue: opts.queue, batchSize: opts.batchSize, progress: opts.progress, progressIntervalMs: opts.progressInterval * 1000,
      read: {
        follow: opts.follow, maxBytes: opts.maxBytes,
        fields: { text: opts.textField, html: opts.htmlField, id: opts.idField, url: opts.urlField, outlet: opts.outletField, publishedAt: opts.dateField, title: opts.titleField },
      },
    });
    return 0;
  } catch (err) {
    return report(err, null);
  }
}
