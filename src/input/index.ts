// The input stage: turns what the caller gave (text, bytes, a file, a URL, stdin) into the first Doc.
// It is the only stage that rejects: every problem with the input is a NewslensError.
import { createHash } from 'node:crypto';
import type { Doc, Message, ReadAs } from '../doc.js';
import { NewslensError } from '../errors.js';
import type { InputKind } from '../types.js';
import { decodeBytes } from './decode.js';
import { readFileLimited, readStdinLimited, tooLarge } from './read-file.js';
import { declaredCharset, isHtmlMediaType, looksLikeHtml } from './sniff.js';

/** What analyze() accepts. A bare string is article text (never a path). */
export type AnalyzeInput =
  | string
  | Uint8Array
  | { text: string; uri?: string | null }
  | { html: string; url?: string | null; uri?: string | null }
  | { url: string }
  | { file: string }
  | { stdin: true };

export interface InputOptions {
  /** how to read the input: auto (default), page (scraped text), html, body (already clean) */
  as?: ReadAs;
  /** refuse inputs larger than this (default 50 MB) */
  maxBytes?: number;
  /** allow URLs on loopback / private / link-local addresses */
  allowPrivate?: boolean;
  /** URL fetch time limit in ms (default 15 s) */
  fetchTimeoutMs?: number;
  /** force a text encoding (WHATWG label) instead of detecting it */
  encoding?: string | null;
  /** a name for the input in messages and input.uri */
  uri?: string | null;
}

export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;
export const DEFAULT_FETCH_TIMEOUT_MS = 15_000;
export const MAX_REDIRECTS = 5;

export async function loadInput(input: AnalyzeInput, opts: InputOptions = {}): Promise<Doc> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (typeof input === 'string') return docFromString(input, { ...opts, kind: 'text' });
  if (input instanceof Uint8Array) return docFromBytes(input, opts.uri ?? null, null, opts);
  if ('text' in input) return docFromString(input.text, { ...opts, uri: input.uri ?? opts.uri, kind: 'text' });
  if ('html' in input) {
    return docFromString(input.html, { ...opts, uri: input.uri ?? input.url ?? opts.uri, kind: 'html', url: input.url, as: opts.as ?? 'html' });
  }
  if ('file' in input) {
    const bytes = await readFileLimited(input.file, maxBytes);
    return docFromBytes(bytes, opts.uri ?? input.file, null, opts);
  }
  if ('stdin' in input) {
    const bytes = await readStdinLimited(maxBytes);
    return docFromBytes(bytes, opts.uri ?? 'stdin', null, opts);
  }
  if ('url' in input) {
    // the HTTP stack (http, https, dns, net, zlib) loads only for URLs: files and text start faster
    const { fetchUrl } = await import('./fetch-url.js');
    const fetched = await fetchUrl(input.url, {
      allowPrivate: opts.allowPrivate ?? false,
      timeoutMs: opts.fetchTimeoutMs ?? DEFAULT_FETCH_TIMEOUT_MS,
      maxBytes,
      maxRedirects: MAX_REDIRECTS,
    });
    return docFromBytes(fetched.bytes, opts.uri ?? input.url, fetched.contentType, { ...opts, url: fetched.finalUrl }, 'url');
  }
  throw new NewslensError('USAGE', 'unsupported input: give text, bytes, {text}, {html}, {url} or {file}', opts.uri ?? null);
}

interface StringOptions extends InputOptions { kind: InputKind; url?: string | null }

/** A Doc from text already in memory (no decoding, so no encoding guesses). */
export function docFromString(text: string, opts: StringOptions): Doc {
  if (typeof text !== 'string') throw new NewslensError('USAGE', 'input text must be a string', opts.uri ?? null);
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) throw tooLarge(opts.uri ?? 'input', bytes, maxBytes);
  if (text.trim() === '') throw new NewslensError('EMPTY_INPUT', 'input has no text', opts.uri ?? 'input');
  const raw = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const kind = opts.kind === 'text' && opts.as !== 'body' && opts.as !== 'page' && looksLikeHtml(raw) ? 'html' : opts.kind;
  return makeDoc(raw, kind, opts.uri ?? null, sha256(Buffer.from(text, 'utf8')), bytes, opts.as ?? 'auto', null, opts.url ?? null, []);
}

function docFromBytes(
  bytes: Uint8Array, uri: string | null, contentType: string | null,
  opts: InputOptions & { url?: string | null }, kind?: InputKind,
): Doc {
  const name = uri ?? 'input';
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  if (contentType && !isHtmlMediaType(contentType) && !/^\s*text\//i.test(contentType)) {
    throw new NewslensError('UNSUPPORTED_TYPE', `content type ${contentType.split(';')[0]} is not text or HTML`, name);
  }
  const decoded = decodeBytes(bytes, name, { encoding: opts.encoding, declared: declaredCharset(contentType, bytes) });
  const isHtml = isHtmlMediaType(contentType) || (opts.as !== 'body' && opts.as !== 'page' && looksLikeHtml(decoded.text));
  const resolvedKind: InputKind = kind ?? (isHtml ? 'html' : 'text');
  const as: ReadAs = opts.as ?? 'auto';
  const readAs: ReadAs = as === 'auto' && isHtml ? 'html' : as;
  return makeDoc(decoded.text, resolvedKind, uri, sha256(bytes), bytes.length, readAs, contentType, opts.url ?? null, decoded.messages);
}

function makeDoc(
  raw: string, kind: InputKind, uri: string | null, digest: string, bytes: number,
  readAs: ReadAs, contentType: string | null, url: string | null, messages: Message[],
): Doc {
  return {
    input: { kind, uri, sha256: digest, bytes, readAs, contentType, url },
    raw,
    text: '',
    messages,
  };
}

export const sha256 = (b: Uint8Array): string => createHash('sha256').update(b).digest('hex');
