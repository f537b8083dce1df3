// WARC crawls (.warc, .warc.gz): each HTML response (2xx) becomes an article with its target URI.
// Gzip is inflated by node's zlib, which reports a truncated member instead of ending quietly; a
// record shorter than its Content-Length, or headers that are not WARC, is a truncated record.
import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { createGunzip } from 'node:zlib';
import { WARCParser, type WARCRecord } from 'warcio';
import { makeError, makeRecord, type ReadItem, type ReadOptions } from './record.js';

const HTML_TYPES = /^\s*(text\/html|application\/xhtml\+xml)\b/i;

export async function* readWarc(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const gzipped = await isGzip(path);
  if (gzipped === null) {
    yield makeError(path, path, 'EMPTY_INPUT', 'file is empty (0 bytes)');
    return;
  }
  const file = createReadStream(path);
  const parser = new WARCParser(gzipped ? file.pipe(createGunzip()) : file);
  let at = -1;
  let records = 0;
  try {
    for await (const record of parser) {
      if (parser.offset === at) throw new Error(`no progress at offset ${at}`); // never loop on a bad tail
      at = parser.offset;
      records++;
      yield await recordItem(record, path, at, opts);
    }
  } catch (err) {
    const where = `${path}@${Math.max(at, 0)}`;
    yield makeError(where, where, 'TRUNCATED', `WARC file is truncated or corrupt after record ${records}: ${(err as Error).message}`);
  } finally {
    file.destroy();
  }
}

async function recordItem(record: WARCRecord, path: string, offset: number, opts: ReadOptions): Promise<ReadItem> {
  const where = `${path}@${offset}`;
  const type = record.warcType;
  if (!type) {
    await record.skipFully().catch(() => undefined);
    return makeError(where, where, 'TRUNCATED', 'not a WARC record (headers missing or cut off)');
  }
  const http = record.httpHeaders;
  const contentType = type === 'resource' ? record.warcContentType ?? '' : http?.headers.get('content-type') ?? '';
  const status = Number(http?.statusCode ?? 200);
  const article = (type === 'response' || type === 'resource') && HTML_TYPES.test(contentType) && status >= 200 && status < 300;
  if (!article) {
    await record.skipFully();
    return { ignored: `WARC ${type} record` };
  }
  const uri = record.warcTargetURI ?? where;
  const id = record.warcHeader('WARC-Record-ID') ?? where;
  const limited = record.reader as unknown as { limit?: number }; // taken before decoding starts
  // a read error (a cut-off gzip member) ends the file: the stream cannot be resynchronised
  const payload = await record.readFully(true);
  if ((limited.limit ?? 0) > 0) return makeError(where, id, 'TRUNCATED', 'record is shorter than its Content-Length (truncated)', payload);
  if (payload.length > opts.maxBytes) return makeError(where, id, 'TOO_LARGE', `payload is over the ${opts.maxBytes}-byte limit`);
  if (payload.length === 0) return makeError(where, id, 'EMPTY_INPUT', 'response has an empty body');
  // the crawl date (WARC-Date) is not the publication date, so publishedAt is left to extraction
  return makeRecord(Buffer.concat([Buffer.from(`${uri}\n`), payload]), { id, input: where, kind: 'warc-record', url: uri }, { bytes: payload });
}

/** true for gzip, false otherwise, null for an empty file. */
async function isGzip(path: string): Promise<boolean | null> {
  const fh = await open(path, 'r');
  try {
    const b = Buffer.alloc(2);
    const { bytesRead } = await fh.read(b, 0, 2, 0);
    if (bytesRead === 0) return null;
    return b[0] === 0x1f && b[1] === 0x8b;
  } finally {
    await fh.close();
  }
}
