// Progress of a queue command on stderr: a bar on a terminal, a plain line every few seconds
// otherwise (as `newslens batch` does), and a closing summary.
import cliProgress from 'cli-progress';
import type { ProgressMode } from '../batch/progress.js';

export interface QueueProgress {
  update(counts: Record<string, number>, processed: number): void;
  finish(summary: string): void;
}

export function createQueueProgress(label: string, mode: ProgressMode, total: number | null, intervalMs: number): QueueProgress {
  const t0 = Date.now();
  let last = t0;
  const useBar = mode === 'bar' || (mode === 'auto' && process.stderr.isTTY === true);
  const rate = (n: number): string => (n / Math.max((Date.now() - t0) / 1000, 1e-3)).toFixed(1);
  const detail = (c: Record<string, number>): string => Object.entries(c).map(([k, v]) => `${k} ${v}`).join(', ');
  const bar = useBar ? new cliProgress.SingleBar({
    stream: process.stderr, noTTYOutput: mode === 'bar', fps: 5, hideCursor: true, barsize: 30,
    format: `newslens ${label} ${total === null ? '' : '{bar} {percentage}% | '}{value}${total === null ? '' : '/{total}'} records | {rate} records/s | {detail}`,
  }, cliProgress.Presets.shades_classic) : null;
  bar?.start(total ?? 0, 0, { rate: '0', detail: '' });
  return {
    update(c, processed) {
      if (bar) {
        if (total !== null && processed > total) bar.setTotal(processed);
        bar.update(processed, { rate: rate(processed), detail: detail(c) });
      } else if (mode !== 'none' && Date.now() - last >= intervalMs) {
        last = Date.now();
        process.stderr.write(`newslens ${label}: ${processed}${total === null ? '' : `/${total}`} records, ${rate(processed)} records/s, ${detail(c)}\n`);
      }
    },
    finish(summary) {
      bar?.stop();
      if (mode !== 'none') process.stderr.write(`newslens ${label}: ${summary} in ${((Date.now() - t0) / 1000).toFixed(1)} s\n`);
    },
  };
}
