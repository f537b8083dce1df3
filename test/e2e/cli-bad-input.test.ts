// Every bad input: one line on stderr naming the input, no stack trace, the documented exit code.
import assert from 'node:assert/strict';
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { runCli, tempDir, type CliResult } from './run-cli.js';

const here = '[cli bad input] ';
const dir = tempDir();

function assertOneLineError(r: CliResult, code: number, input: string, pattern: RegExp): void {
  assert.equal(r.code, code, `exit code (stderr: ${r.stderr})`);
  assert.equal(r.stdout, '', 'nothing on stdout');
  const lines = r.stderr.trimEnd().split('\n');
  assert.equal(lines.length, 1, `one line: ${r.stderr}`);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
  assert.ok(lines[0].startsWith('newslens: error: '), lines[0]);
  assert.ok(lines[0].includes(input), `names the input ${input}: ${lines[0]}`);
  assert.match(lines[0], pattern);
}

test(`${here}empty file`, async () => {
  const f = join(dir, 'empty.txt');
  writeFileSync(f, '');
  assertOneLineError(await runCli(['analyze', f]), 2, f, /empty/);
});

test(`${here}whitespace-only file`, async () => {
  const f = join(dir, 'blank.txt');
  writeFileSync(f, '  \n\n\t \n');
  assertOneLineError(await runCli(['analyze', f]), 2, f, /no text/);
});

test(`${here}binary file (PNG) and binary noise`, async () => {
  const png = join(dir, 'pic.txt');
  writeFileSync(png, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 73, 72, 68, 82]));
  assertOneLineError(await runCli(['analyze', png]), 2, png, /PNG file/);
  const noise = join(dir, 'noise.bin');
  const bytes = Buffer.alloc(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 7919 + 13) % 256;
  writeFileSync(noise, bytes);
  assertOneLineError(await runCli(['analyze', noise]), 2, noise, /binary/);
});

test(`${here}a file over the default 50 MB limit, and over a configured limit`, async () => {
  const big = join(dir, 'big.txt');
  const fd = openSync(big, 'w');
  writeSync(fd, 'x', 50 * 1024 * 1024); // sparse: 50 MB + 1 byte without writing them
  closeSync(fd);
  assertOneLineError(await runCli(['analyze', big]), 2, big, /over the 50 MB limit.*--max-bytes/);
  const small = join(dir, 'small.txt');
  writeFileSync(small, 'Headline\n' + 'word '.repeat(400));
  assertOneLineError(await runCli(['analyze', small, '--max-bytes', '1KB']), 2, small, /over the 1 KB limit/);
});

test(`${here}missing path and directory`, async () => {
  const missing = join(dir, 'nope.txt');
  assertOneLineError(await runCli(['analyze', missing]), 2, missing, /no such file/);
  const sub = join(dir, 'folder');
  mkdirSync(sub);
  assertOneLineError(await runCli(['analyze', sub]), 2, sub, /is a directory/);
});

test(`${here}invalid UTF-8 under --encoding utf-8`, async () => {
  const f = join(dir, 'bad-utf8.txt');
  writeFileSync(f, Buffer.from([0x48, 0x69, 0x20, 0xc3, 0x28, 0x20, 0xff, 0xfe, 0x41, 0x0a]));
  assertOneLineError(await runCli(['analyze', f, '--encoding', 'utf-8']), 2, f, /not valid UTF-8/);
});

test(`${here}private-address URL is refused without touching the network`, async () => {
  const url = 'http://10.0.0.1/story';
  assertOneLineError(await runCli(['analyze', url]), 2, url, /private|--allow-private/);
  const loop = 'http://localhost:9/story';
  assertOneLineError(await runCli(['analyze', loop]), 2, loop, /private|loopback|--allow-private/);
});

test(`${here}unreachable URL`, async () => {
  const url = 'http://127.0.0.1:9/story'; // discard port: nothing listens there
  assertOneLineError(await runCli(['analyze', url, '--allow-private', '--fetch-timeout', '5']), 2, url, /connect|refused/);
});

test(`${here}unsupported URL scheme`, async () => {
  const url = 'ftp://example.com/story.txt';
  assertOneLineError(await runCli(['analyze', url]), 2, url, /http/);
});

test(`${here}usage errors exit 2`, async () => {
  const r1 = await runCli(['analyze', 'examples/harbor-ferry-strike.txt', '--format', 'pdf']);
  assert.equal(r1.code, 2);
  assert.match(r1.stderr, /pdf/);
  const r2 = await runCli(['analyze']);
  assert.equal(r2.code, 2);
  const r3 = await runCli(['frobnicate']);
  assert.equal(r3.code, 2);
  const r4 = await runCli(['analyze', 'x.txt', '--max-bytes', 'lots']);
  assert.equal(r4.code, 2);
  const r5 = await runCli(['analyze', 'examples/harbor-ferry-strike.txt', '--attributions', 'penn']);
  assert.equal(r5.code, 2);
  assert.equal(r5.stdout, '');
  assert.match(r5.stderr.split('\n')[0], /^error: option '--attributions <convention>' argument 'penn' is invalid\. Allowed choices are newslens, parc\.$/);
});
