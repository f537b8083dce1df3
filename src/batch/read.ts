// Every input file → a stream of records and record errors, in input order. A file that cannot be
// read is one error; the run goes on.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import type { InputFile } from './inputs.js';
import { readFeed } from './read-feed.js';
import { readJsonl } from './read-jsonl.js';
import { readWarc } from './read-warc.js';
import { makeError, makeRecord, type ReadItem, type ReadOptions } from './record.js';

export async function* readInputs(files: readonly InputFile[], opts: ReadOptions): AsyncGenerator<ReadItem> {
  for (const f of files) {
    try {
      const st = await stat(f.path);
      if (st.size > opts.maxBytes && (f.type === 'article' || f.type === 'feed')) {
        yield makeError(f.path, f.path, 'TOO_LARGE', `file is ${st.size} bytes, over the ${opts.maxBytes}-byte limit (raise --max-bytes)`);
        continue;
      }
      if (f.type === 'jsonl') yield* readJsonl(f.path, opts);
      else if (f.type === 'warc') yield* readWarc(f.path, opts);
      else {
        const bytes = await readFile(f.path);
        if (bytes.length === 0) yield makeError(f.path, f.path, 'EMPTY_INPUT', 'file is empty (0 bytes)');
        else if (f.type === 'feed') yield* readFeed(f.path, bytes, opts);
        else yield makeRecord(bytes, { id: f.path, input: f.path, kind: 'text' }, { bytes });
      }
    } catch (err) {
      const e = err as NodeJS.ErrnoException;
      yield makeError(f.path, f.path, 'UNREADABLE', `cannot read (${e.code ?? e.message})`);
    }
  }
}

/** A fast estimate of the record count for the progress bar: lines for JSONL, 1 per article
 *  file; null (unknown) when a WARC, feed or gzipped JSONL is among the inputs. */
export async function countRecords(files: readonly InputFile[]): Promise<number | null> {
  let n = 0;
  for (const f of files) {
    if (f.type === 'article') n++;
    else if (f.type !== 'jsonl' || /\.gz$/i.test(f.path)) return null;
    else {
      try {
        n += await countLines(f.path);
      } catch {
        n++;
      }
    }
  }
  return n;
}

async function countLines(path: string): Promise<number> {
  let lines = 0, last = 10;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) lines++;
    if (chunk.length) last = chunk[chunk.length - 1];
  }
  return lines + (last === 10 ? 0 : 1);
}
