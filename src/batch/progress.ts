// Progress on stderr: a cli-progress bar on a TTY (records/s, ETA, errors), a plain line every few
// seconds otherwise, and a final summary either way.
import cliProgress from 'cli-progress';

export type ProgressMode = 'auto' | 'bar' | 'plain' | 'none';

export interface Counts { done: number; skipped: number; failed: number; ignored: number }

export interface Summary extends Counts { seconds: number; rate: number }

export interface Progress {
  start(total: number | null): void;
  update(c: Counts): void;
  finish(c: Counts): Summary;
}

/** Seconds between plain progress lines when stderr is not a terminal. */
export const PLAIN_INTERVAL_MS = 5_000;

export function createProgress(mode: ProgressMode, stream: NodeJS.WriteStream = process.stderr, intervalMs = PLAIN_INTERVAL_MS): Progress {
  const t0 = Date.now();
  let total: number | null = null;
  let bar: cliProgress.SingleBar | null = null;
  let lastLine = t0;
  const useBar = mode === 'bar' || (mode === 'auto' && stream.isTTY === true);
  const elapsed = (): number => (Date.now() - t0) / 1000;
  const stats = (c: Counts) => {
    const processed = c.done + c.failed + c.skipped;
    const analysed = c.done + c.failed;
    const rate = analysed / Math.max(elapsed(), 1e-3);
    const left = total === null ? null : Math.max(0, total - processed);
    return { processed, rate, eta: left === null || rate === 0 ? null : left / rate };
  };
  return {
    start(t) {
      total = t;
      if (!useBar) return;
      bar = new cliProgress.SingleBar({
        stream, noTTYOutput: mode === 'bar', notTTYSchedule: 1000, fps: 5, hideCursor: true, barsize: 30,
        format: total === null
          ? 'newslens batch {value} records | {rate} records/s | {duration_formatted} | skipped {skipped} | errors {errors}'
          : 'newslens batch {bar} {percentage}% | {value}/{total} | {rate} records/s | ETA {etaText} | skipped {skipped} | errors {errors}',
      }, cliProgress.Presets.shades_classic);
      bar.start(total ?? 0, 0, { rate: '0', etaText: '-', skipped: 0, errors: 0 });
    },
    update(c) {
      const s = stats(c);
      if (total !== null && s.processed > total) total = s.processed; // the estimate was low
      if (bar) {
        if (total !== null) bar.setTotal(total);
        bar.update(s.processed, { rate: s.rate.toFixed(1), etaText: formatSeconds(s.eta), skipped: c.skipped, errors: c.failed });
      } else if (mode !== 'none' && Date.now() - lastLine >= intervalMs) {
        lastLine = Date.now();
        const of = total === null ? '' : `/${total} (${Math.floor((100 * s.processed) / Math.max(total, 1))}%)`;
        stream.write(`newslens batch: ${s.processed}${of} records, ${s.rate.toFixed(1)} records/s, ETA ${formatSeconds(s.eta)}, `
          + `${c.skipped} skipped, ${c.failed} errors\n`);
      }
    },
    finish(c) {
      const s = stats(c);
      if (bar) {
        bar.update(s.processed);
        bar.stop();
      }
      const seconds = elapsed();
      const summary = { ...c, seconds, rate: s.rate };
      if (mode !== 'none') {
        stream.write(`newslens batch: done ${c.done}, skipped ${c.skipped}, failed ${c.failed}`
          + `${c.ignored ? `, ignored ${c.ignored} non-article records` : ''} in ${seconds.toFixed(1)} s (${s.rate.toFixed(1)} records/s)\n`);
      }
      return summary;
    },
  };
}

export function formatSeconds(s: number | null): string {
  if (s === null || !Number.isFinite(s)) return '-';
  const m = Math.floor(s / 60), sec = Math.round(s % 60);
  return m ? `${m}m${String(sec).padStart(2, '0')}s` : `${sec}s`;
}
