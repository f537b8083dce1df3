// The bench corpus: the shared corpora's texts, read from ../shared at run time, or a generated
// fallback when they are absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SHARED = process.env.NEWSLENS_SHARED ?? resolve(ROOT, '..', 'shared');

export interface Corpus { name: string; texts: string[] }

export function loadCorpus(): Corpus {
  const texts: string[] = [];
  for (const d of ['data/attribution/newslens-gold', 'data/attribution/journ-sourcing/articles']) {
    const dir = join(SHARED, d);
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) if (f.endsWith('.txt')) texts.push(readFileSync(join(dir, f), 'utf8'));
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

export const countTokens = (s: string): number => s.match(/\S+/g)?.length ?? 0;
export const percentile = (sorted: number[], p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
export const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;
