// `newslens queue status`: job counts by state, and the current rate (jobs finished per second,
// sampled over a short interval).
import { openQueue, type QueueAddress } from './connection.js';

export interface QueueStatus {
  queue: string;
  waiting: number; active: number; delayed: number; completed: number; failed: number;
  /** completed + failed per second over the sample */
  rate: number;
  sampleSeconds: number;
}

const STATES = ['waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed'] as const;

export async function queueStatus(at: QueueAddress, sampleSeconds: number): Promise<QueueStatus> {
  const queue = openQueue(at);
  try {
    const counts = async () => queue.getJobCounts(...STATES);
    const first = await counts();
    let last = first;
    if (sampleSeconds > 0) {
      await new Promise((r) => setTimeout(r, sampleSeconds * 1000));
      last = await counts();
    }
    const finished = (c: typeof first): number => (c.completed ?? 0) + (c.failed ?? 0);
    return {
      queue: at.queue,
      waiting: (last.waiting ?? 0) + (last.prioritized ?? 0), active: last.active ?? 0, delayed: last.delayed ?? 0,
      completed: last.completed ?? 0, failed: last.failed ?? 0,
      rate: sampleSeconds > 0 ? (finished(last) - finished(first)) / sampleSeconds : 0, sampleSeconds,
    };
  } finally {
    await queue.close();
  }
}

export function renderStatus(s: QueueStatus, format: 'table' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(s)}\n`;
  const rows: [string, string][] = [['queue', s.queue], ['waiting', String(s.waiting)], ['active', String(s.active)],
    ['delayed', String(s.delayed)], ['completed', String(s.completed)], ['failed', String(s.failed)],
    ['rate', s.sampleSeconds > 0 ? `${s.rate.toFixed(1)} jobs/s (over ${s.sampleSeconds} s)` : '-']];
  return rows.map(([k, v]) => `${k.padEnd(10)}${v}`).join('\n') + '\n';
}
