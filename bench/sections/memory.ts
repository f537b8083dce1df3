// Peak resident memory for one article, each case in a fresh node process (maxRSS covers the
// whole process: node, the pipeline, the entity model and the input): a typical text page, a
// typical HTML page, and a 50 MB input (the default --max-bytes) under the default time budget.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from '../corpus.js';
import type { Section } from '../section.js';

/** What each child runs: build the input, analyse it once, print maxRSS (MB) and the time. */
const CHILD = `
import { readFileSync } from 'node:fs';
const { analyze } = await import(process.env.NEWSLENS_DIST + '/index.js');
const [kind, arg] = process.argv.slice(1);
const unit = '"We will not back down," said Mayor Jane Roe of the City Council, who spoke to Reuters on Tuesday.\\n\\n';
// numbered paragraphs, so no line repeats and the page reader keeps them all as body
const body = () => { const n = Number(arg), parts = []; let len = 0; for (let i = 0; len < n; i++) { const p = 'In item ' + i + ', ' + unit; parts.push(p); len += p.length; } return parts.join('').slice(0, n); };
const input = kind === 'file' ? { file: arg } : Buffer.from(body());
const t = performance.now();
const a = await analyze(input);
const ms = performance.now() - t;
const stopped = a.warnings.find((w) => w.startsWith('pipeline/time-budget')) ?? null;
console.log(JSON.stringify({ rssMB: process.resourceUsage().maxRSS / 1024, ms, chars: a.article.text.length, quotes: a.quotes.length, stopped }));
`;

const CASES: readonly [label: string, kind: string, arg: string][] = [
  ['typical text page (examples/harbor-ferry-strike.txt)', 'file', join(ROOT, 'examples/harbor-ferry-strike.txt')],
  ['typical HTML page (html fixture a-nav-header-footer-ads)', 'file', join(ROOT, 'src/extract/html/fixtures/a-nav-header-footer-ads/input.html')],
  ['1 MB text', 'bytes', String(1_000_000)],
  ['50 MB text (default budget 5 s)', 'bytes', String(50 * 1024 * 1024 - 1)],
];

export const memory: Section = {
  name: 'memory',
  run() {
    const rows: [string, string][] = [];
    const json: Record<string, unknown> = {};
    for (const [label, kind, arg] of CASES) {
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, kind, arg], {
        env: { ...process.env, NEWSLENS_DIST: join(ROOT, 'dist') }, encoding: 'utf8', maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { rssMB: number; ms: number; stopped: string | null };
      rows.push([`${label}: peak RSS (MB)`, `${r.rssMB.toFixed(0)} in ${(r.ms / 1000).toFixed(1)} s${r.stopped ? ' (stopped by the budget)' : ''}`]);
      json[label] = r;
    }
    return { title: 'Memory (peak RSS per article, fresh process)', rows, json };
  },
};
