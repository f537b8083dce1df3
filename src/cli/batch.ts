// `newslens batch`: expand the inputs, open the sinks (SQLite store and/or --out JSONL), run.
import type { ProgressMode } from '../batch/progress.js';
import type { Convention } from '../index.js';
import { report } from './report.js';

export interface BatchCliOptions {
  db: string | false;
  out?: string;
  workers?: number;
  as: 'auto' | 'page' | 'html' | 'body';
  attributions: Convention;
  maxBytes: number;
  encoding?: string;
  allowPrivate: boolean;
  fetchTimeout: number;
  follow: boolean;
  textField: string; htmlField: string; idField: string; urlField: string; outletField: string; dateField: string; titleField: string;
  commitEvery: number;
  retryErrors: boolean;
  reanalyze: boolean;
  progress: ProgressMode;
  progressInterval: number;
}

export async function runBatchCli(inputs: string[], opts: BatchCliOptions): Promise<number> {
  const { NewslensError } = await import('../index.js');
  const { expandInputs } = await import('../batch/inputs.js');
  const { runBatch, defaultWorkers } = await import('../batch/run.js');
  const { JsonlSink } = await import('../batch/jsonl-sink.js');
  const { openStore } = await import('../store/index.js');
  const sinks: { close(): Promise<void> }[] = [];
  let stopping = false;
  const onSigint = (): void => {
    if (stopping) process.exit(130);
    stopping = true;
    process.stderr.write('newslens batch: stopping after the records in flight (Ctrl-C again to quit now)\n');
  };
  try {
    if (opts.db === false && !opts.out) throw new NewslensError('USAGE', '--no-db needs --out FILE (results must go somewhere)');
    const { files, missing } = expandInputs(inputs);
    if (missing.length) throw new NewslensError('NOT_FOUND', `no such file, directory or matching files: ${missing.join(', ')}`);
    if (!files.length) throw new NewslensError('NOT_FOUND', `no inputs found in ${inputs.join(', ')} (.txt, .html, .jsonl, .warc(.gz), .rss, .atom)`);
    const store = opts.db === false ? null : await openStore(opts.db, { replace: opts.reanalyze });
    if (store) sinks.push(store);
    const jsonl = opts.out ? await JsonlSink.open(opts.out) : null;
    if (jsonl) sinks.push(jsonl);
    process.on('SIGINT', onSigint);
    const summary = await runBatch(files, [store, jsonl].filter((s) => s !== null), {
      read: {
        follow: opts.follow, maxBytes: opts.maxBytes,
        fields: {
          text: opts.textField, html: opts.htmlField, id: opts.idField, url: opts.urlField,
          outlet: opts.outletField, publishedAt: opts.dateField, title: opts.titleField,
        },
      },
      analyze: {
        as: opts.as, maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate,
        fetchTimeoutMs: opts.fetchTimeout * 1000, encoding: opts.encoding ?? null, attributions: opts.attributions,
      },
      workers: opts.workers ?? defaultWorkers(),
      commitEvery: opts.commitEvery,
      retryErrors: opts.retryErrors,
      progress: opts.progress,
      progressIntervalMs: opts.progressInterval * 1000,
      shouldStop: () => stopping,
    });
    if (summary.failed && opts.progress !== 'none') {
      process.stderr.write(`newslens batch: ${summary.failed} records failed; see \`newslens stats --db ${opts.db || '…'}\` or the errors table\n`);
    }
    return stopping ? 130 : 0;
  } catch (err) {
    return report(err, null);
  } finally {
    process.off('SIGINT', onSigint);
    for (const s of sinks) await s.close().catch(() => undefined);
  }
}
