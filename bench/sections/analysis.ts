// Whole-analysis throughput on one thread: articles/s, tokens/s, p50/p95 latency, peak RSS.
import { analyzeText } from '../../src/index.js';
import { countTokens, msSince, percentile } from '../corpus.js';
import type { Section } from '../section.js';

/** Passes over the corpus, so JIT warm-up is a small share of the measurement. */
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_TEXTS = 20;

export const analysis: Section = {
  name: 'analysis',
  run({ texts }) {
    for (const t of texts.slice(0, WARMUP_TEXTS)) analyzeText(t);
    const lat: number[] = [];
    let tokens = 0;
    let peakRss = process.memoryUsage().rss;
    const t0 = process.hrtime.bigint();
    for (let r = 0; r < ROUNDS; r++) {
      for (const t of texts) {
        const s = process.hrtime.bigint();
        const a = analyzeText(t);
        lat.push(msSince(s));
        tokens += countTokens(a.article.text);
      }
      peakRss = Math.max(peakRss, process.memoryUsage().rss);
    }
    const secs = msSince(t0) / 1000;
    lat.sort((a, b) => a - b);
    const json = {
      rounds: ROUNDS, articles: lat.length, seconds: secs, articlesPerSec: lat.length / secs, tokensPerSec: tokens / secs,
      avgTokens: tokens / lat.length, p50Ms: percentile(lat, 50), p95Ms: percentile(lat, 95), peakRssMb: peakRss / 2 ** 20,
    };
    return {
      title: `whole analysis, one thread, ${ROUNDS} rounds`,
      rows: [
        ['articles analysed', String(json.articles)],
        ['articles/s', json.articlesPerSec.toFixed(1)],
        ['tokens/s', Math.round(json.tokensPerSec).toLocaleString('en-US')],
        ['avg tokens/article', Math.round(json.avgTokens).toString()],
        ['latency p50 / p95 (ms)', `${json.p50Ms.toFixed(2)} / ${json.p95Ms.toFixed(2)}`],
        ['peak RSS (MB)', json.peakRssMb.toFixed(0)],
      ],
      json,
    };
  },
};
