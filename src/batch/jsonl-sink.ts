// --out results.jsonl: one line per article (the Analysis with a leading `record` field) or per
// failed record ({record, error}). On open it reads the keys already written and drops a torn last
// line (a killed run), so a rerun appends each record exactly once.
import { closeSync, createReadStream, existsSync, fsyncSync, ftruncateSync, openSync, readSync, statSync, writeSync } from 'node:fs';
import { createInterface } from 'node:readline';
import type { RecordError, Sink, StoredArticle } from '../store/index.js';

const KEY = /^\{"record":\{"key":"([0-9a-f]{64})"/;

export class JsonlSink implements Sink {
  private constructor(private readonly fd: number, private readonly keys: Set<string>, private pos: number) {}

  static async open(path: string): Promise<JsonlSink> {
    const keys = new Set<string>();
    const size = existsSync(path) ? statSync(path).size : 0;
    let lastLine = '';
    if (size > 0) {
      const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
      for await (const line of lines) {
        const m = KEY.exec(line);
        if (m && line.endsWith('}')) keys.add(m[1]);
        lastLine = line;
      }
    }
    const fd = openSync(path, size > 0 ? 'r+' : 'w');
    let end = size;
    if (size > 0 && lastByte(fd, size) !== 0x0a) {
      // a torn last line from a killed run: cut it off (it is rewritten when its record is redone)
      const m = KEY.exec(lastLine);
      if (m) keys.delete(m[1]);
      end = size - Buffer.byteLength(lastLine);
      ftruncateSync(fd, end);
    }
    return new JsonlSink(fd, keys, end);
  }

  async known(keys: readonly string[]): Promise<Set<string>> {
    return new Set(keys.filter((k) => this.keys.has(k)));
  }

  async write(articles: readonly StoredArticle[], errors: readonly RecordError[]): Promise<void> {
    let out = '';
    for (const { meta, analysis } of articles) {
      if (this.keys.has(meta.key)) continue;
      this.keys.add(meta.key);
      const { key, ...rest } = meta;
      out += `{"record":${JSON.stringify({ key, ...rest })},${JSON.stringify(analysis).slice(1)}\n`;
    }
    for (const e of errors) {
      if (this.keys.has(e.key)) continue;
      this.keys.add(e.key);
      out += `{"record":${JSON.stringify({ key: e.key, id: e.id, input: e.input })},"error":${JSON.stringify({ code: e.code, message: e.message })}}\n`;
    }
    if (out) {
      const buf = Buffer.from(out, 'utf8');
      writeSync(this.fd, buf, 0, buf.length, this.pos);
      this.pos += buf.length;
      fsyncSync(this.fd);
    }
  }

  async close(): Promise<void> {
    closeSync(this.fd);
  }
}

function lastByte(fd: number, size: number): number {
  const b = Buffer.alloc(1);
  readSync(fd, b, 0, 1, size - 1);
  return b[0];
}
