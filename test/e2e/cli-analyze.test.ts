import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertContract } from '../helpers/contract.js';
import { spawn } from 'node:child_process';
import { BIN, ROOT, runCli, tempDir } from './run-cli.js';

const here = '[cli analyze] ';
const EXAMPLE = 'examples/harbor-ferry-strike.txt';

test(`${here}json on the shipped example is the contract`, async () => {
  const r = await runCli(['analyze', EXAMPLE]);
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assertContract(a, here);
  assert.equal(a.article.title, 'Ferry Crews Walk Out as Port Authority Talks Collapse');
  assert.equal(a.input.kind, 'text');
  assert.equal(a.input.uri, EXAMPLE);
  assert.equal(a.input.bytes, readFileSync(EXAMPLE).length);
});

test(`${here}jsonl is one line; text and html are reports`, async () => {
  const jsonl = await runCli(['analyze', EXAMPLE, '--format', 'jsonl']);
  assert.equal(jsonl.code, 0);
  assert.equal(jsonl.stdout.trimEnd().split('\n').length, 1);
  assertContract(JSON.parse(jsonl.stdout));
  const text = await runCli(['analyze', EXAMPLE, '--format', 'text']);
  assert.equal(text.code, 0);
  assert.match(text.stdout, /Ferry Crews Walk Out/);
  assert.doesNotMatch(text.stdout, /\u001b\[/, 'no colour when stdout is not a terminal');
  const html = await runCli(['analyze', EXAMPLE, '--format', 'html']);
  assert.equal(html.code, 0);
  assert.match(html.stdout, /^<!doctype html>/i);
});

test(`${here}--out writes the file and nothing to stdout`, async () => {
  const dir = tempDir();
  const out = join(dir, 'a.json');
  const r = await runCli(['analyze', EXAMPLE, '--out', out]);
  assert.equal(r.code, 0);
  assert.equal(r.stdout, '');
  assertContract(JSON.parse(readFileSync(out, 'utf8')));
});

test(`${here}stdin with --as body keeps the text exactly`, async () => {
  const body = 'First paragraph, as given.\r\n\r\n“Second,” she said.\r\n';
  const r = await runCli(['analyze', '-', '--as', 'body'], { stdin: body });
  assert.equal(r.code, 0, r.stderr);
  const a = JSON.parse(r.stdout);
  assertContract(a);
  assert.equal(a.article.text, body);
  assert.equal(a.input.uri, 'stdin');
  assert.deepEqual(a.article.paragraphs.map((p: { start: number; end: number }) => body.slice(p.start, p.end)), ['First paragraph, as given.', '“Second,” she said.']);
});

test(`${here}--attributions parc joins a quote interrupted by its cue; the default keeps two statements`, async () => {
  const body = 'Norland council met on Monday.\n\n“The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.”\n';
  const contents = async (args: string[]): Promise<string[]> => {
    const r = await runCli(['analyze', '-', '--as', 'body', ...args], { stdin: body });
    assert.equal(r.code, 0, r.stderr);
    const a = JSON.parse(r.stdout);
    assertContract(a);
    for (const q of a.quotes) assert.equal(q.content.text, a.article.text.slice(q.content.start, q.content.end));
    return a.quotes.map((q: { content: { text: string } }) => q.content.text);
  };
  const two = ['The ferry to Quist will run again in March,', 'and the fares will not go up.'];
  assert.deepEqual(await contents([]), two);
  assert.deepEqual(await contents(['--attributions', 'newslens']), two);
  assert.deepEqual(await contents(['--attributions', 'parc']), ['The ferry to Quist will run again in March,” Ana Ruiz said, “and the fares will not go up.']);
});

test(`${here}UTF-16 with a BOM and UTF-8 with a BOM are read exactly`, async () => {
  const dir = tempDir();
  const text = 'Headline Über Alles\nThe mayor said the café would reopen on Monday after repairs to its roof were finished.';
  const u16 = join(dir, 'u16.txt');
  writeFileSync(u16, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
  const u8 = join(dir, 'u8.txt');
  writeFileSync(u8, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]));
  for (const f of [u16, u8]) {
    const r = await runCli(['analyze', f]);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stderr, '', 'no guess, no warning');
    const a = JSON.parse(r.stdout);
    assert.equal(a.article.title, 'Headline Über Alles');
    assert.match(a.article.text, /café/);
  }
});

test(`${here}windows-1252 text is decoded with a one-line warning naming the input`, async () => {
  const dir = tempDir();
  const f = join(dir, 'latin.txt');
  writeFileSync(f, Buffer.from('Caf\xe9 Owners Rally\nThe owners of the caf\xe9 said they would \x93fight on\x94 against the rent rise this year.', 'latin1'));
  const r = await runCli(['analyze', f]);
  assert.equal(r.code, 0, r.stderr);
  assert.equal(r.stderr.trimEnd().split('\n').length, 1);
  assert.match(r.stderr, new RegExp(`warning: ${f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: input/encoding-guessed: not valid UTF-8; decoded as windows-1252`));
  const a = JSON.parse(r.stdout);
  assert.match(a.article.text, /café said they would “fight on”/);
  assert.ok(a.warnings.some((w: string) => w.startsWith('input/encoding-guessed')));
});

test(`${here}--help lists examples and exit codes`, async () => {
  const r = await runCli(['analyze', '--help']);
  assert.equal(r.code, 0);
  assert.match(r.stdout, /Examples:/);
  assert.match(r.stdout, /Exit codes:/);
  assert.match(r.stdout, /--as <how>/);
  assert.match(r.stdout, /--attributions <convention>/);
  assert.match(r.stdout, /PolNeAR/);
});

test(`${here}a reader that closes early (| head) ends the run quietly`, async () => {
  const child = spawn(process.execPath, [BIN, 'analyze', 'examples/harbor-ferry-strike.txt', '--format', 'text'], { cwd: ROOT });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => { stderr += d; });
  child.stdout.destroy(); // the reader is gone before the first write, as `| head` is after its lines
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(stderr, '', 'no EPIPE stack trace');
  assert.equal(code, 0);
});
