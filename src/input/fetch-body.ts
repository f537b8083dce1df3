// The response body: what types we read, how large it may be, and how it is decompressed.
import type { IncomingMessage } from 'node:http';
import { addAbortSignal, pipeline, type Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { NewslensError } from '../errors.js';
import { tooLarge } from './read-file.js';

/** Media types worth reading; a missing type is allowed too, the input stage sniffs the bytes. */
const READABLE_TYPES = new Set(['text/html', 'application/xhtml+xml', 'text/plain']);

/** The codings we ask for and can undo; anything else would be bytes we cannot read. */
const DECODERS: Record<string, () => NodeJS.ReadWriteStream & Readable> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};
export const ACCEPT_ENCODING = 'gzip, deflate, br';

/** The Content-Type header, or null when absent or empty. */
export function contentTypeOf(res: IncomingMessage): string | null {
  const value = res.headers['content-type']?.trim();
  return value ? value : null;
}

/** Refuses, before any body byte is read, a type we do not analyse or a declared size over the limit. */
export function checkHeaders(res: IncomingMessage, contentType: string | null, maxBytes: number, input: string): void {
  if (contentType) {
    const media = contentType.split(';')[0].trim().toLowerCase();
    if (!READABLE_TYPES.has(media)) {
      throw new NewslensError('UNSUPPORTED_TYPE', `content type ${media || contentType} is not text or HTML`, input);
    }
  }
  const length = Number(res.headers['content-length']);
  if (Number.isFinite(length) && length > maxBytes) throw tooLarge(input, length, maxBytes);
}

/**
 * Reads the body, decompressing it, and stops as soon as the decoded size passes maxBytes: the
 * limit is on decoded bytes so that a small compressed bomb cannot fill memory.
 */
export async function readBody(res: IncomingMessage, maxBytes: number, signal: AbortSignal, input: string): Promise<Buffer> {
  const coding = (res.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  let stream: Readable = res;
  let decodeFailed = false;
  if (coding !== 'identity' && coding !== '') {
    const make = DECODERS[coding];
    if (!make) throw new NewslensError('FETCH_FAILED', `unsupported content encoding ${coding.slice(0, 40)}`, input);
    const decoder = make();
    // a decoder error while the response itself is healthy means the bytes were not that coding
    decoder.once('error', () => { decodeFailed = !res.errored; });
    // pipeline destroys both streams when either fails or the reader stops early
    stream = pipeline(res, decoder, () => undefined);
  }
  addAbortSignal(signal, stream);
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > maxBytes) throw tooLarge(input, total, maxBytes, true);
      chunks.push(chunk);
    }
  } catch (err) {
    if (decodeFailed && !(err instanceof NewslensError) && !signal.aborted) {
      throw new NewslensError('FETCH_FAILED', `could not decode the ${coding}-encoded body`, input, { cause: err });
    }
    throw err;
  }
  return Buffer.concat(chunks, total);
}
