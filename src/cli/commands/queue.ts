// `newslens queue status`: what a BullMQ queue holds and how fast it drains.
import { Option, type Command } from 'commander';
import { parseNonNegativeInt } from '../parse.js';
import { report } from '../report.js';

interface StatusCliOptions { redis: string; queue: string; sample: number; format: 'table' | 'json' }

export function registerQueue(program: Command): void {
  const queue = program.command('queue').description('inspect a BullMQ queue of newslens jobs');
  queue
    .command('status')
    .description('waiting, active, delayed (retry backoff), completed and failed jobs, and the current rate')
    .requiredOption('--redis <url>', 'Redis address (redis://host:port)')
    .option('--queue <name>', 'queue name', 'newslens')
    .option('--sample <seconds>', 'seconds to watch for the rate (0: counts only)', parseNonNegativeInt, 2)
    .addOption(new Option('-f, --format <format>', 'output format').choices(['table', 'json']).default('table'))
    .action(async (opts: StatusCliOptions) => {
      try {
        const { queueStatus, renderStatus } = await import('../../queue/status.js');
        const { connectionOf } = await import('../../queue/connection.js');
        connectionOf(opts.redis);
        process.stdout.write(renderStatus(await queueStatus({ redis: opts.redis, queue: opts.queue }, opts.sample), opts.format));
        process.exitCode = 0;
      } catch (err) {
        process.exitCode = report(err, null);
      }
    });
}
