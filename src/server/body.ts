// What a POST /v1/analyze body means: JSON {text} | {html, url?} | {url}, or a raw text/plain or
// text/html body. Checked here so a wrong field gets a message naming it, not a schema dump.
import type { AnalyzeInput, Convention, ReadAs } from '../index.js';
import { CONVENTIONS } from '../conventions.js';
import { ApiError } from './api-error.js';

const READ_AS: readonly ReadAs[] = ['auto', 'page', 'html', 'body'];
const JSON_KEYS = new Set(['text', 'html', 'url', 'as', 'attributions']);
const USAGE_HINT = 'send {"text": "..."}, {"html": "...", "url": "..."} or {"url": "..."}, or a text/plain or text/html body';

export interface AnalyzeRequest { input: AnalyzeInput; as?: ReadAs; attributions?: Convention }

const usage = (message: string): ApiError => new ApiError(400, 'USAGE', message, USAGE_HINT);

export function readAnalyzeBody(contentType: string | undefined, body: unknown, query: Record<string, unknown>): AnalyzeRequest {
  const as = readAs(query.as, 'the as query parameter');
  const attributions = readConvention(query.attributions, 'the attributions query parameter');
  const media = (contentType ?? '').split(';')[0].trim().toLowerCase();
  if (media === 'text/plain') return { input: { text: String(body ?? '') }, as, attributions };
  if (media === 'text/html' || media === 'application/xhtml+xml') {
    const url = typeof query.url === 'string' && query.url ? query.url : null;
    return { input: { html: String(body ?? ''), url }, as, attributions };
  }
  if (body === null || typeof body !== 'object' || Array.isArray(body)) throw usage('the JSON body must be an object');
  return readJson(body as Record<string, unknown>, as, attributions);
}

function readJson(b: Record<string, unknown>, queryAs: ReadAs | undefined, queryAttributions: Convention | undefined): AnalyzeRequest {
  const unknown = Object.keys(b).filter((k) => !JSON_KEYS.has(k));
  if (unknown.length) throw usage(`unknown field${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => JSON.stringify(k)).join(', ')}`);
  for (const k of ['text', 'html', 'url'] as const) {
    if (k in b && typeof b[k] !== 'string') throw usage(`"${k}" must be a string`);
  }
  const as = readAs(b.as, '"as"') ?? queryAs;
  const attributions = readConvention(b.attributions, '"attributions"') ?? queryAttributions;
  const { text, html, url } = b as { text?: string; html?: string; url?: string };
  if (text !== undefined) {
    if (html !== undefined || url !== undefined) throw usage('give one of "text", "html" or "url"');
    return { input: { text }, as, attributions };
  }
  if (html !== undefined) return { input: { html, url: url || null }, as, attributions };
  if (url !== undefined) return { input: { url }, as, attributions };
  throw usage('the body has none of "text", "html" or "url"');
}

function readAs(v: unknown, what: string): ReadAs | undefined {
  return oneOf(READ_AS, v, what);
}

function readConvention(v: unknown, what: string): Convention | undefined {
  return oneOf(CONVENTIONS, v, what);
}

function oneOf<T extends string>(values: readonly T[], v: unknown, what: string): T | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  throw usage(`${what} must be one of ${values.join(', ')}`);
}
