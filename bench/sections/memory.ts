// Peak resident memory for one article, each case in a fresh node process (maxRSS covers the
// whole process: node, the pipeline, the entity model and the input): a typical text page, a
// typical HTML page, and 1 MB and 50 MB (the default --max-bytes) text files under the default
// time budget. The big inputs are written to files first, so the child holds only what newslens
// reads, as `newslens analyze big.txt` would.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../corpus.js';
import type { Section } from '../section.js';

/** What each child runs: analyse one file once, print its peak RSS (MB) and the time. The peak is
 *  VmHWM, the high-water mark of the process's own memory: getrusage's maxRSS keeps the parent's RSS
 *  at fork across exec on Linux, so after the other sections it read ~120 MB for any child. */
const CHILD = `
const { readFileSync } = await import('node:fs');
const hwm = () => { try { return Number(/VmHWM:\\s*(\\d+)/.exec(readFileSync('/proc/self/status', 'utf8'))[1]) / 1024; } catch { return null; } };
const { analyze } = await import(process.env.NEWSLENS_DIST + '/index.js');
const t = performance.now();
const a = await analyze({ file: process.argv[1] });
const ms = performance.now() - t;
const stopped = a.warnings.find((w) => w.startsWith('pipeline/time-budget')) ?? null;
console.log(JSON.stringify({ rssMB: hwm() ?? process.resourceUsage().maxRSS / 1024, ms, chars: a.article.text.length, quotes: a.quotes.length, stopped }));
`;

const UNIT = '"We will not back down," said Mayor Jane Roe of the City Council, who spoke to Reuters on Tuesday.\n\n';

/** n bytes of numbered paragraphs, so no line repeats and the page reader keeps them all as body. */
function body(n: number): Buffer {
  const out = Buffer.alloc(n);
  let at = 0;
  for (let i = 0; at < n; i++) at += out.write(`In item ${i}, ${UNIT}`, at);
  return out;
}

export const memory: Section = {
  name: 'memory',
  run() {
    const dir = mkdtempSync(join(tmpdir(), 'newslens-mem-'));
    const cases: [label: string, file: string][] = [
      ['typical text page (examples/harbor-ferry-strike.txt)', join(ROOT, 'examples/harbor-ferry-strike.txt')],
      ['typical HTML page (html fixture a-nav-header-footer-ads)', join(ROOT, 'src/extract/html/fixtures/a-nav-header-footer-ads/input.html')],
      ['1 MB text file', join(dir, '1mb.txt')],
      ['50 MB text file (default budget 5 s)', join(dir, '50mb.txt')],
    ];
    writeFileSync(cases[2][1], body(1_000_000));
    writeFileSync(cases[3][1], body(50 * 1024 * 1024 - 1));
    const rows: [string, string][] = [];
    const json: Record<string, unknown> = {};
    try {
      for (const [label, file] of cases) {
        const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD, file], {
          env: { ...process.env, NEWSLENS_DIST: join(ROOT, 'dist') }, encoding: 'utf8', maxBuffer: 1 << 20,
        });
        const r = JSON.parse(out.trim().split('\n').pop() ?? '{}') as { rssMB: number; ms: number; stopped: string | null };
        rows.push([`${label}: peak RSS (MB)`, `${r.rssMB.toFixed(0)} in ${(r.ms / 1000).toFixed(1)} s${r.stopped ? ' (stopped by the budget)' : ''}`]);
        json[label] = r;
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return { title: 'Memory (peak RSS per article, fresh process)', rows, json };
  },
};
