// JSONL records: one JSON object per line with `text` or `html` (field names mappable). Lines are
// split as bytes so each record's key is the sha256 of exactly its line, and a bad line (invalid
// UTF-8, bad JSON, no text) is one error, never the end of the file.
import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { isoDate, makeError, makeRecord, pick, type ReadItem, type ReadOptions } from './record.js';

const NEWLINE = 0x0a;

export async function* readJsonl(path: string, opts: ReadOptions): AsyncGenerator<ReadItem> {
  const file = createReadStream(path);
  const stream = /\.gz$/i.test(path) ? file.pipe(createGunzip()) : file;
  let carry: Buffer = Buffer.alloc(0);
  let lineNo = 0;
  let bytes = 0;
  let skipping = false; // inside a line already reported as too long
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      bytes += chunk.length;
      const buf = carry.length ? Buffer.concat([carry, chunk]) : chunk;
      let start = 0;
      for (let nl = buf.indexOf(NEWLINE, start); nl >= 0; nl = buf.indexOf(NEWLINE, start)) {
        lineNo++;
        if (skipping) skipping = false;
        else {
          const item = lineItem(buf.subarray(start, nl), path, lineNo, opts);
          if (item) yield item;
        }
        start = nl + 1;
      }
      carry = skipping ? Buffer.alloc(0) : buf.subarray(start);
      if (carry.length > opts.maxBytes) {
        yield makeError(`${path}:${lineNo + 1}`, `${path}:${lineNo + 1}`, 'TOO_LARGE', `line is over the ${opts.maxBytes}-byte limit`, carry.subarray(0, 4096));
        carry = Buffer.alloc(0);
        skipping = true;
      }
    }
  } catch (err) {
    const where = `${path}:${lineNo + 1}`;
    yield makeError(where, where, 'UNREADABLE', `cannot read past line ${lineNo}: ${(err as Error).message}`);
    return;
  }
  if (carry.length && !skipping) {
    const item = lineItem(carry, path, ++lineNo, opts);
    if (item) yield item;
  }
  if (bytes === 0) yield makeError(path, path, 'EMPTY_INPUT', 'file is empty (0 bytes)');
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** A record, an error, or null for a blank line (not a record). */
function lineItem(raw: Buffer, path: string, lineNo: number, opts: ReadOptions): ReadItem | null {
  const line = raw.length && raw[raw.length - 1] === 0x0d ? raw.subarray(0, raw.length - 1) : raw;
  const where = `${path}:${lineNo}`;
  if (isBlank(line)) return null;
  let text: string;
  try {
    text = decoder.decode(line);
  } catch {
    return makeError(where, where, 'BAD_ENCODING', 'line is not valid UTF-8', line);
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text);
  } catch (err) {
    return makeError(where, where, 'BAD_JSON', `not valid JSON (${(err as Error).message})`, line);
  }
  if (obj === null || typeof obj !== 'object' || Array.isArray(obj)) {
    return makeError(where, where, 'BAD_JSON', 'line is not a JSON object', line);
  }
  const f = opts.fields;
  const id = pick(obj, f.id) ?? where;
  const html = pick(obj, f.html, true);
  const body = html === null ? pick(obj, f.text, true) : null;
  if (html === null && body === null) {
    return makeError(where, id, 'NO_TEXT', `record has no string "${f.text}" or "${f.html}" field`, line);
  }
  const url = pick(obj, f.url);
  const meta = {
    id, input: where, kind: 'jsonl-record' as const, url,
    outlet: pick(obj, f.outlet), publishedAt: isoDate(pick(obj, f.publishedAt)), title: pick(obj, f.title),
  };
  return makeRecord(line, meta, html !== null ? { html, url } : { text: body as string });
}

function isBlank(b: Buffer): boolean {
  for (let i = 0; i < b.length; i++) if (b[i] !== 0x20 && b[i] !== 0x09 && b[i] !== 0x0d) return false;
  return true;
}
