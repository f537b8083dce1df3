// `newslens analyze`: one input → one analysis in the chosen format.
import { writeFile } from 'node:fs/promises';
import type { Convention } from '../index.js';
import { loadAnalysis } from './load-analysis.js';
import { report, warn } from './report.js';

export interface AnalyzeCliOptions {
  format: 'json' | 'jsonl' | 'text' | 'html';
  as: 'auto' | 'page' | 'html' | 'body';
  attributions: Convention;
  out?: string;
  maxBytes: number;
  allowPrivate: boolean;
  fetchTimeout: number;
  /** analysis time budget in seconds */
  timeout: number;
  encoding?: string;
  color: boolean;
  quiet: boolean;
}

export async function runAnalyze(input: string, opts: AnalyzeCliOptions): Promise<number> {
  const name = input === '-' ? 'stdin' : input;
  try {
    const api = await loadAnalysis();
    const source = input === '-' ? { stdin: true as const }
      : /^[a-z][a-z0-9+.-]*:\/\//i.test(input) ? { url: input }
      : { file: input };
    const analysis = await api.analyze(source, {
      as: opts.as, maxBytes: opts.maxBytes, allowPrivate: opts.allowPrivate,
      fetchTimeoutMs: opts.fetchTimeout * 1000, encoding: opts.encoding ?? null, timeoutMs: opts.timeout * 1000,
      attributions: opts.attributions,
    });
    if (!opts.quiet) for (const w of analysis.warnings) warn(name, w);
    const out = opts.format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n`
      : opts.format === 'jsonl' ? `${JSON.stringify(analysis)}\n`
      : opts.format === 'html' ? api.renderHtml(analysis)
      : api.renderText(analysis, { color: opts.color && !opts.out && process.stdout.isTTY === true });
    if (opts.out) await writeFile(opts.out, out);
    else await writeStdout(out);
    return 0;
  } catch (err) {
    return report(err, name);
  }
}

function writeStdout(s: string): Promise<void> {
  return new Promise((resolve, reject) => {
    process.stdout.write(s, (err) => (err ? reject(err) : resolve()));
  });
}
