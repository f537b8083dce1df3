// `npm run bench`: whole-analysis throughput on one thread over the shared corpora's texts (read
// from ../shared at run time; a generated fallback when absent), p50/p95 latency, peak RSS and
// CLI cold start. Prints a table and writes bench/out/bench.json.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeText } from '../src/index.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SHARED = process.env.NEWSLENS_SHARED ?? resolve(ROOT, '..', 'shared');
/** Passes over the corpus, so JIT warm-up is a small share of the measurement. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const COLD_START_RUNS = 5;

function corpus(): { name: string; texts: string[] } {
  const texts: string[] = [];
  const dirs = ['data/attribution/newslens-gold', 'data/attribution/journ-sourcing/articles'];
  for (const d of dirs) {
    const dir = join(SHARED, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir)) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
  }
  const polnear = join(SHARED, 'data/attribution/polnear/jsonl/dev.jsonl');
  if (existsSync(polnear)) {
    for (const line of readFileSync(polnear, 'utf8').split('\n')) if (line.trim()) texts.push(JSON.parse(line).text);
  }
  if (texts.length) return { name: `shared corpora (${texts.length} texts)`, texts };
  return { name: 'generated fallback (200 texts)', texts: generated(200) };
}

function generated(n: number): string[] {
  const words = 'the council said on monday that the plan would cost more than expected and officials were reviewing it'.split(' ');
  return Array.from({ length: n }, (_, i) => {
    const paras = Array.from({ length: 12 }, (_, p) => Array.from({ length: 55 }, (_, w) => words[(i + p * 7 + w * 3) % words.length]).join(' ') + '.');
    return [`Generated Headline Number ${i}`, ...paras].join('\n');
  });
}

const tokensOf = (s: string) => s.match(/\S+/g)?.length ?? 0;
const pct = (xs: number[], p: number) => xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];

function throughput(texts: string[]) {
  for (const t of texts.slice(0, 20)) analyzeText(t); // warm-up
  const lat: number[] = [];
  let tokens = 0;
  let peakRss = process.memoryUsage().rss;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of texts) {
      const s = process.hrtime.bigint();
      const a = analyzeText(t);
      lat.push(Number(process.hrtime.bigint() - s) / 1e6);
      tokens += tokensOf(a.article.text);
    }
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }
  const secs = Number(process.hrtime.bigint() - t0) / 1e9;
  lat.sort((a, b) => a - b);
  return {
    articles: lat.length, seconds: secs, articlesPerSec: lat.length / secs, tokensPerSec: tokens / secs,
    avgTokens: tokens / lat.length, p50Ms: pct(lat, 50), p95Ms: pct(lat, 95), peakRssMb: peakRss / 2 ** 20,
  };
}

function coldStart(): number {
  const bin = join(ROOT, 'dist/cli/bin.js');
  const file = join(ROOT, 'examples/harbor-ferry-strike.txt');
  const times: number[] = [];
  for (let i = 0; i < COLD_START_RUNS; i++) {
    const s = process.hrtime.bigint();
    execFileSync(process.execPath, [bin, 'analyze', file, '--format', 'json'], { stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - s) / 1e6);
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
}

const { name, texts } = corpus();
const t = throughput(texts);
const cold = coldStart();
const row = (k: string, v: string) => console.log(`${k.padEnd(28)} ${v}`);
console.log(`newslens bench: ${name}, ${ROUNDS} rounds, one thread, node ${process.version}`);
row('articles analysed', String(t.articles));
row('articles/s', t.articlesPerSec.toFixed(1));
row('tokens/s', Math.round(t.tokensPerSec).toLocaleString('en-US'));
row('avg tokens/article', Math.round(t.avgTokens).toString());
row('latency p50 / p95 (ms)', `${t.p50Ms.toFixed(2)} / ${t.p95Ms.toFixed(2)}`);
row('peak RSS (MB)', t.peakRssMb.toFixed(0));
row('CLI cold start, median (ms)', cold.toFixed(0));
mkdirSync(join(ROOT, 'bench/out'), { recursive: true });
writeFileSync(join(ROOT, 'bench/out/bench.json'), JSON.stringify({ corpus: name, rounds: ROUNDS, node: process.version, ...t, coldStartMs: cold }, null, 2));
console.log('wrote bench/out/bench.json');
