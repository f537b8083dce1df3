// newslens beside its peers on the same texts in the same run: the whole newslens analysis,
// compromise's NER pass (people, places, organizations) and wink-nlp's readDoc + entities.
// Peers do less than newslens (no extraction, no attribution), so the ratio is a cost, not a score.
import nlp from 'compromise';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { analyzeText } from '../../src/index.js';
import { countTokens, msSince, percentile } from '../corpus.js';
import type { Section } from '../section.js';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const WARMUP_TEXTS = 20;

interface Timing { articlesPerSec: number; tokensPerSec: number; p50Ms: number; p95Ms: number }

function time(texts: readonly string[], tokens: number, fn: (t: string) => unknown): Timing {
  for (const t of texts.slice(0, WARMUP_TEXTS)) fn(t);
  const lat: number[] = [];
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < ROUNDS; r++) {
    for (const t of texts) {
      const s = process.hrtime.bigint();
      fn(t);
      lat.push(msSince(s));
    }
  }
  const secs = msSince(t0) / 1000;
  lat.sort((a, b) => a - b);
  return { articlesPerSec: lat.length / secs, tokensPerSec: (tokens * ROUNDS) / secs, p50Ms: percentile(lat, 50), p95Ms: percentile(lat, 95) };
}

export const peers: Section = {
  name: 'peers',
  run({ texts }) {
    const tokens = texts.reduce((n, t) => n + countTokens(t), 0); // same count (input tokens) for all three
    const wink = winkNLP(model);
    const results: Record<string, Timing> = {
      newslens: time(texts, tokens, (t) => analyzeText(t)),
      compromise: time(texts, tokens, (t) => {
        const doc = nlp(t);
        return [doc.people().out('array'), doc.places().out('array'), doc.organizations().out('array')];
      }),
      'wink-nlp': time(texts, tokens, (t) => wink.readDoc(t).entities().out(wink.its.detail)),
    };
    const n = results.newslens.articlesPerSec;
    const rows: [string, string][] = Object.entries(results).map(([name, r]) => [
      name, `${r.articlesPerSec.toFixed(1)} articles/s  ${Math.round(r.tokensPerSec).toLocaleString('en-US')} tokens/s  `
        + `p50 ${r.p50Ms.toFixed(2)} ms  p95 ${r.p95Ms.toFixed(2)} ms`,
    ]);
    rows.push(['newslens / compromise (articles/s)', `${(n / results.compromise.articlesPerSec).toFixed(2)}×`]);
    rows.push(['newslens / wink-nlp (articles/s)', `${(n / results['wink-nlp'].articlesPerSec).toFixed(2)}×`]);
    return {
      title: `side by side, same ${texts.length} texts, one thread, ${ROUNDS} rounds (tokens = whitespace tokens of the input)`,
      rows,
      json: { rounds: ROUNDS, texts: texts.length, ...results, ratioCompromise: n / results.compromise.articlesPerSec, ratioWink: n / results['wink-nlp'].articlesPerSec },
    };
  },
};
