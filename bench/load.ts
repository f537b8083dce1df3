// `npm run bench:load`: autocannon against `newslens serve` on loopback, POST /v1/analyze with the
// shipped example article, at 50 and 200 connections. Prints requests/s, latency p50/p99, errors
// and non-2xx (503s past the --concurrency limit); writes bench/out/load.json.
//   npm run bench:load -- --duration 10 --workers 2 --concurrency 128
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const { values } = parseArgs({ options: {
  duration: { type: 'string', default: '10' },
  workers: { type: 'string', default: String(Math.max(1, Math.min(4, availableParallelism() - 1))) },
  concurrency: { type: 'string', default: '128' },
  connections: { type: 'string', default: '50,200' },
} });
const ARTICLE = readFileSync(join(ROOT, 'examples/harbor-ferry-strike.txt'), 'utf8');

const child = spawn(process.execPath, [join(ROOT, 'dist/cli/bin.js'), 'serve', '--port', '0', '--log-level', 'warn',
  '--workers', values.workers, '--concurrency', values.concurrency], { stdio: ['ignore', 'inherit', 'pipe'] });
const url = await new Promise<string>((resolve, reject) => {
  let err = '';
  child.stderr!.setEncoding('utf8').on('data', (d) => {
    err += d;
    const m = /viewer at (http:\/\/\S+?)\/ /.exec(err);
    if (m) resolve(m[1]);
  });
  child.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
});

const post = { method: 'POST' as const, headers: { 'content-type': 'text/plain' }, body: ARTICLE };
// warm the workers (model load) so the first run does not pay for it
await autocannon({ url: `${url}/v1/analyze`, ...post, connections: 8, duration: 3 });

console.log(`newslens load bench: POST /v1/analyze (${ARTICLE.length} chars), ${values.workers} workers, ` +
  `--concurrency ${values.concurrency}, ${values.duration} s per run, node ${process.version}, ${availableParallelism()} CPUs`);
// req/s counts every answer (503s included); ok/s only the analyses.
console.log('connections  req/s   ok/s    p50 ms  p99 ms  2xx     non-2xx  errors  timeouts');
const runs = [];
for (const connections of values.connections.split(',').map(Number)) {
  const r = await autocannon({ url: `${url}/v1/analyze`, ...post, connections, duration: Number(values.duration), timeout: 30 });
  const row = {
    connections, requestsPerSec: r.requests.average, okPerSec: r['2xx'] / r.duration, p50: r.latency.p50, p99: r.latency.p99,
    ok: r['2xx'], non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts,
  };
  runs.push(row);
  console.log([connections, row.requestsPerSec.toFixed(1), row.okPerSec.toFixed(1), row.p50, row.p99, row.ok, row.non2xx, row.errors, row.timeouts]
    .map((v, i) => String(v).padEnd(i === 0 ? 13 : 8)).join(''));
}
child.kill('SIGTERM');
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/load.json'), `${JSON.stringify({ workers: Number(values.workers), concurrency: Number(values.concurrency), runs }, null, 2)}\n`);
console.log('wrote bench/out/load.json');
