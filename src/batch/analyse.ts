// One record → its Analysis or its failure, the same in a worker thread and in-process
// (--workers 0). Failures are data here: the batch stores them in `errors`.
import { analyze, type Analysis, type AnalyzeInput, type AnalyzeOptions, type InputKind } from '../index.js';
import type { Payload } from './record.js';

export interface Job { payload: Payload; uri: string; kind: InputKind }
export type JobResult = { ok: true; analysis: Analysis } | { ok: false; code: string; message: string };

/** Record kinds the contract names; plain files keep the kind analyze() found (text or html). */
const RECORD_KINDS = new Set<InputKind>(['jsonl-record', 'warc-record', 'feed-item']);

export async function analyseJob(job: Job, options: AnalyzeOptions): Promise<JobResult> {
  const p = job.payload;
  const input: AnalyzeInput = 'follow' in p ? { url: p.follow }
    : 'bytes' in p ? p.bytes
    : 'html' in p ? { html: p.html, url: p.url ?? null, uri: job.uri }
    : { text: p.text, uri: job.uri };
  try {
    const a = await analyze(input, { ...options, uri: 'follow' in p ? p.follow : job.uri });
    return { ok: true, analysis: RECORD_KINDS.has(job.kind) ? { ...a, input: { ...a.input, kind: job.kind } } : a };
  } catch (err) {
    const e = err as { code?: string; message?: string };
    return { ok: false, code: e.code ?? 'INTERNAL', message: (e.message ?? String(err)).split('\n')[0] };
  }
}

export async function analyseJobs(jobs: readonly Job[], options: AnalyzeOptions): Promise<JobResult[]> {
  const out: JobResult[] = [];
  for (const j of jobs) out.push(await analyseJob(j, options));
  return out;
}
