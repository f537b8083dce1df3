// What a POST /v1/analyze body means: JSON {text} | {html, url?} | {url}, or a raw text/plain or
// text/html body. Checked here so a wrong field gets a message naming it, not a schema dump.
import type { AnalyzeInput, ReadAs } from '../index.js';
import { ApiError } from './api-error.js';

const READ_AS: readonly ReadAs[] = ['auto', 'page', 'html', 'body'];
const JSON_KEYS = new Set(['text', 'html', 'url', 'as']);
const USAGE_HINT = 'send {"text": "..."}, {"html": "...", "url": "..."} or {"url": "..."}, or a text/plain or text/html body';

export interface AnalyzeRequest { input: AnalyzeInput; as?: ReadAs }

const usage = (message: string): ApiError => new ApiError(400, 'USAGE', message, USAGE_HINT);

export function readAnalyzeBody(contentType: string | undefined, body: unknown, query: Record<string, unknown>): AnalyzeRequest {
  const as = readAs(query.as, 'the as query parameter');
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (media === 'text/plain') return { input: { text: String(body ?? '') }, as };
  if (media === 'text/html' || media === 'application/xhtml+xml') {
    const url = typeof query.url === 'string' && query.url ? query.url : null;
    return { input: { html: String(body ?? ''), url }, as };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw usage('the JSON body must be an object');
  return readJson(body as Record<string, unknown>, as);
}

function readJson(b: Record<string, unknown>, queryAs: ReadAs | undefined): AnalyzeRequest {
  const unknown = Object.keys(b).filter((k) => !JSON_KEYS.has(k));
  if (unknown.length) throw usage(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}`);
  for (const k of ['text', 'html', 'url'] as const) {
    if (k in b && typeof b[k] !== 'string') throw usage(`"${k}" must be a string`);
  }
  const as = readAs(b.as, '"as"') ?? queryAs;
  const { text, html, url } = b as { text?: string; html?: string; url?: string };
  if (text !== undefined) {
    if (html !== undefined || url !== undefined) throw usage('give one of "text", "html" or "url"');
    return { input: { text }, as };
  }
  if (html !== undefined) return { input: { html, url: url || null }, as };
  if (url !== undefined) return { input: { url }, as };
  throw usage('the body has none of "text", "html" or "url"');
}

function readAs(v: unknown, what: string): ReadAs | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && (READ_AS as readonly string[]).includes(v)) return v as ReadAs;
  throw usage(`${what} must be one of ${READ_AS.join(', ')}`);
}
