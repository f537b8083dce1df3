// `newslens serve` as a user starts it: the built CLI on a free port, one request, a clean stop.
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { BIN, ROOT, runCli } from './run-cli.js';

const here = '[cli serve] ';

/** Starts `serve`, resolves with the URL it prints on stderr. */
function serve(args: string[]): Promise<{ child: ChildProcess; url: string; stdout: () => string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'serve', ...args], { cwd: ROOT });
    let out = '', err = '';
    child.stdout!.setEncoding('utf8').on('data', (d) => { out += d; });
    child.stderr!.setEncoding('utf8').on('data', (d) => {
      err += d;
      const m = /viewer at (http:\/\/\S+?)\/ /.exec(err);
      if (m) resolve({ child, url: m[1], stdout: () => out });
    });
    child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
}

test(`${here}starts on a free port, answers, logs JSON lines, stops on SIGTERM with exit 0`, async () => {
  const { child, url, stdout } = await serve(['--port', '0', '--workers', '1']);
  const health = await (await fetch(`${url}/healthz`)).json() as { status: string };
  assert.equal(health.status, 'ok');
  const res = await fetch(`${url}/v1/analyze`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '"We are ready," said Ana Ruiz, the union leader.' });
  assert.equal(res.status, 200);
  assert.equal((await res.json() as { schema: string }).schema, 'newslens/analysis@1');
  const exit = new Promise<number | null>((r) => child.on('exit', r));
  child.kill('SIGTERM');
  assert.equal(await exit, 0);
  const lines = stdout().trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(lines.some((l) => l.req?.url === '/v1/analyze'), `${here}requests are logged as JSON`);
});

test(`${here}a port in use is a usage error (exit 2) naming the port`, async () => {
  const blocker = createServer().listen(0, '127.0.0.1');
  await new Promise((r) => blocker.once('listening', r));
  const port = (blocker.address() as { port: number }).port;
  try {
    const r = await runCli(['serve', '--port', String(port), '--workers', '0', '--log-level', 'silent']);
    assert.equal(r.code, 2);
    assert.match(r.stderr, new RegExp(`cannot listen on 127.0.0.1:${port}: the port is in use`));
  } finally {
    blocker.close();
  }
});

test(`${here}--help lists the server's limits`, async () => {
  const r = await runCli(['serve', '--help']);
  assert.equal(r.code, 0);
  for (const flag of ['--port', '--db', '--allow-private', '--body-limit', '--timeout', '--concurrency', '--workers']) assert.match(r.stdout, new RegExp(flag));
});
