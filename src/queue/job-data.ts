// What a job carries: a record (its metadata and payload; bytes as base64, since BullMQ stores job
// data as JSON) or a record error found while reading, which the worker stores in `errors`.
import type { BatchRecord, Payload } from '../batch/record.js';
import type { RecordError, RecordMeta } from '../store/index.js';

export type WirePayload = { text: string } | { html: string; url?: string | null } | { base64: string } | { follow: string };

export type JobData = { record: { meta: RecordMeta; payload: WirePayload } } | { error: RecordError };

/** Job options every newslens job gets: retries with exponential backoff; finished jobs are kept
 *  so their ids stay taken (re-enqueueing adds nothing already queued or done). */
export const JOB_ATTEMPTS = 3;
export const BACKOFF_MS = 1_000;

export function recordJob(r: BatchRecord): { name: string; data: JobData; opts: { jobId: string } } {
  const p = r.payload;
  const payload: WirePayload = 'bytes' in p ? { base64: Buffer.from(p.bytes).toString('base64') } : p;
  return { name: 'record', data: { record: { meta: r.meta, payload } }, opts: { jobId: jobIdOf(r.meta.key) } };
}

export function errorJob(e: RecordError): { name: string; data: JobData; opts: { jobId: string } } {
  return { name: 'error', data: { error: e }, opts: { jobId: jobIdOf(`e-${e.key}`) } };
}

/** The record's sha256 key; BullMQ refuses custom ids that are plain integers, which a hex digest
 *  made only of digits would be (never in practice, but then it gets a prefix). */
export const jobIdOf = (key: string): string => (/^\d+$/.test(key) ? `k-${key}` : key);

export function payloadOf(w: WirePayload): Payload {
  if ('base64' in w && typeof w.base64 === 'string') return { bytes: new Uint8Array(Buffer.from(w.base64, 'base64')) };
  if ('text' in w && typeof w.text === 'string') return { text: w.text };
  if ('html' in w && typeof w.html === 'string') return { html: w.html, url: w.url ?? null };
  if ('follow' in w && typeof w.follow === 'string') return { follow: w.follow };
  throw new Error('job data holds no payload newslens can read (text, html, base64 or follow)');
}
