// `newslens stats` and `newslens export`: read a store, print numbers or the quotes table.
import { createWriteStream } from 'node:fs';
import type { StatsGroup } from '../store/index.js';
import { csvLine } from './csv.js';
import { report } from './report.js';
import { renderStats } from './stats-render.js';

export interface StatsCliOptions { db: string; by?: StatsGroup[]; format: 'table' | 'csv' | 'json'; top: number }
export interface ExportCliOptions { db: string; format: 'jsonl' | 'csv'; out?: string }

export async function runStats(opts: StatsCliOptions): Promise<number> {
  const { openStore } = await import('../store/index.js');
  try {
    const store = await openStore(opts.db, { readonly: true });
    try {
      const by = opts.by ?? [];
      await write(process.stdout, renderStats(await store.stats({ by, top: opts.top }), opts.format, by, opts.db));
      return 0;
    } finally {
      await store.close();
    }
  } catch (err) {
    return report(err, opts.db);
  }
}

const COLUMNS = ['articleKey', 'recordId', 'outlet', 'url', 'publishedAt', 'title', 'quoteId', 'kind', 'content', 'cue', 'speaker',
  'sourceId', 'sourceType', 'sourceName', 'descriptor', 'relayedVia', 'nested', 'confidence', 'start', 'end'] as const;

export async function runExport(opts: ExportCliOptions): Promise<number> {
  const { openStore } = await import('../store/index.js');
  try {
    const store = await openStore(opts.db, { readonly: true });
    const out = opts.out ? createWriteStream(opts.out) : process.stdout;
    try {
      if (opts.format === 'csv') await write(out, csvLine(COLUMNS));
      for await (const q of store.quotes()) {
        await write(out, opts.format === 'csv' ? csvLine(COLUMNS.map((c) => q[c])) : `${JSON.stringify(q)}\n`);
      }
      return 0;
    } finally {
      await store.close();
      if (out !== process.stdout) await new Promise<void>((res) => (out as NodeJS.WritableStream).end(res));
    }
  } catch (err) {
    return report(err, opts.db);
  }
}

/** Writes with backpressure, so exporting millions of quotes keeps memory flat. */
function write(stream: NodeJS.WritableStream, s: string): Promise<void> {
  return stream.write(s) ? Promise.resolve() : new Promise((res) => stream.once('drain', () => res()));
}
