import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { globToRegExp } from './glob.js';
import { expandInputs } from './inputs.js';
import { JsonlSink } from './jsonl-sink.js';
import { readInputs } from './read.js';
import { DEFAULT_FIELDS, type ReadItem } from './record.js';

const here = '[batch/read] ';
const opts = { fields: DEFAULT_FIELDS, follow: false, maxBytes: 1 << 20 };
const collect = async (it: AsyncIterable<ReadItem>): Promise<ReadItem[]> => {
  const out: ReadItem[] = [];
  for await (const x of it) out.push(x);
  return out;
};

test(`${here}globs: *, **, ?, [..], {a,b}`, () => {
  assert.ok(globToRegExp('*.jsonl').test('a.jsonl'));
  assert.ok(!globToRegExp('*.jsonl').test('d/a.jsonl'));
  assert.ok(globToRegExp('**/*.jsonl').test('a.jsonl'));
  assert.ok(globToRegExp('**/*.jsonl').test('x/y/a.jsonl'));
  assert.ok(globToRegExp('day-?.{rss,atom}').test('day-1.atom'));
  assert.ok(globToRegExp('[ab].txt').test('b.txt'));
  assert.ok(!globToRegExp('[!ab].txt').test('a.txt'));
});

test(`${here}JSONL lines: records, blank lines skipped, every bad line one error with its line number`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-read-'));
  const file = join(dir, 'c.jsonl');
  writeFileSync(file, Buffer.concat([
    Buffer.from('{"id":"a","text":"Alpha text.","outlet":"G","publishedAt":"Tue, 02 Sep 2025 10:00:00 GMT"}\r\n\n   \n'),
    Buffer.from('{"html":"<p>Beta</p>","url":"https://x.example/b"}\n'),
    Buffer.from('[1,2]\n{"text": 5}\n'), Buffer.from([0x7b, 0xff, 0x7d, 0x0a]),
    Buffer.from('{"id":"torn","text":"no end'),
  ]));
  const items = await collect(readInputs([{ path: file, type: 'jsonl' }], opts));
  const recs = items.flatMap((i) => ('record' in i ? [i.record] : []));
  const errs = items.flatMap((i) => ('error' in i ? [i.error] : []));
  assert.deepEqual(recs.map((r) => [r.meta.id, r.meta.input, r.meta.kind]), [['a', `${file}:1`, 'jsonl-record'], [`${file}:4`, `${file}:4`, 'jsonl-record']]);
  assert.equal(recs[0].meta.publishedAt, '2025-09-02T10:00:00.000Z');
  assert.deepEqual(recs[1].payload, { html: '<p>Beta</p>', url: 'https://x.example/b' });
  assert.deepEqual(errs.map((e) => [e.input.slice(file.length), e.code]), [[':5', 'BAD_JSON'], [':6', 'NO_TEXT'], [':7', 'BAD_ENCODING'], [':8', 'BAD_JSON']]);
  assert.equal(new Set(recs.map((r) => r.meta.key)).size, 2);
});

test(`${here}inputs: directories walk known extensions, named files are always read, missing ones listed`, () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-inputs-'));
  mkdirSync(join(dir, 'd/e'), { recursive: true });
  for (const f of ['d/a.txt', 'd/e/b.warc.gz', 'd/e/c.rss', 'd/skip.bin', 'd/.hidden.txt', 'x.json']) writeFileSync(join(dir, f), 'x');
  const { files, missing } = expandInputs([join(dir, 'd'), join(dir, 'x.json'), join(dir, 'nope.txt')]);
  assert.deepEqual(files.map((f) => [f.path.slice(dir.length + 1), f.type]), [['d/a.txt', 'article'], ['d/e/b.warc.gz', 'warc'], ['d/e/c.rss', 'feed'], ['x.json', 'feed']]);
  assert.deepEqual(missing, [join(dir, 'nope.txt')]);
});

test(`${here}the JSONL sink drops a torn last line and keeps the keys it holds`, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'newslens-sink-'));
  const path = join(dir, 'out.jsonl');
  const k = (c: string) => c.repeat(64);
  writeFileSync(path, `{"record":{"key":"${k('a')}"},"schema":"x"}\n{"record":{"key":"${k('b')}"},"sch`);
  const sink = await JsonlSink.open(path);
  assert.deepEqual([...(await sink.known([k('a'), k('b')]))], [k('a')]);
  await sink.write([], [{ key: k('b'), id: 'b', input: 'b', code: 'X', message: 'm' }]);
  await sink.close();
  const again = await JsonlSink.open(path);
  assert.equal((await again.known([k('a'), k('b')])).size, 2);
  await again.close();
});
