// What flows through a batch run: records (an input to analyse plus what is known about it) and
// record errors (corrupt input, reported and stored, never fatal).
import { createHash } from 'node:crypto';
import type { InputKind } from '../index.js';
import type { RecordError, RecordMeta } from '../store/index.js';

/** What a worker analyses: text, HTML, raw bytes (files, WARC payloads) or a link to fetch (--follow). */
export type Payload =
  | { text: string }
  | { html: string; url?: string | null }
  | { bytes: Uint8Array }
  | { follow: string };

export interface BatchRecord { meta: RecordMeta; payload: Payload }

/** A reader yields records, record errors, and notes about things that are not records (a WARC request). */
export type ReadItem = { record: BatchRecord } | { error: RecordError } | { ignored: string };

/** Field names (dotted paths allowed) for JSONL records. */
export interface FieldMap {
  text: string; html: string; id: string; url: string; outlet: string; publishedAt: string; title: string;
}

export const DEFAULT_FIELDS: FieldMap = {
  text: 'text', html: 'html', id: 'id', url: 'url', outlet: 'outlet', publishedAt: 'publishedAt', title: 'title',
};

export interface ReadOptions {
  fields: FieldMap;
  /** feeds: fetch each item's link instead of analysing the item's content */
  follow: boolean;
  /** records (files, lines, WARC payloads) larger than this are errors */
  maxBytes: number;
}

export function sha256(...parts: (string | Uint8Array)[]): string {
  const h = createHash('sha256');
  for (const p of parts) h.update(p);
  return h.digest('hex');
}

export interface MetaFields {
  id: string; input: string; kind: InputKind;
  outlet?: string | null; url?: string | null; publishedAt?: string | null; title?: string | null;
}

/** A record keyed by the sha256 of its input bytes; its error key adds the location. */
export function makeRecord(bytes: string | Uint8Array, fields: MetaFields, payload: Payload): ReadItem {
  const key = sha256(bytes);
  return { record: { meta: { ...fields, key, errorKey: sha256(fields.input, '\n', key) }, payload } };
}

export function makeError(input: string, id: string, code: string, message: string, bytes: string | Uint8Array = ''): ReadItem {
  return { error: errorFor(input, id, code, message, bytes) };
}

export function errorFor(input: string, id: string, code: string, message: string, bytes: string | Uint8Array = ''): RecordError {
  return { key: sha256(input, '\n', sha256(bytes)), id, input, code, message };
}

/** Dates as ISO 8601 (RFC 822 feed dates converted); anything unparseable is kept as given. */
export function isoDate(value: unknown): string | null {
  if (typeof value !== 'string' || !value.trim()) return null;
  const v = value.trim();
  if (/^\d{4}-\d{2}/.test(v)) return v;
  const t = Date.parse(v);
  return Number.isNaN(t) ? v : new Date(t).toISOString();
}

/** A string field at a dotted path (numbers too unless stringsOnly, for ids), or null. */
export function pick(obj: unknown, path: string, stringsOnly = false): string | null {
  let cur: unknown = obj;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return null;
    cur = (cur as Record<string, unknown>)[part];
  }
  if (typeof cur === 'string') return cur;
  if (!stringsOnly && typeof cur === 'number' && Number.isFinite(cur)) return String(cur);
  return null;
}
