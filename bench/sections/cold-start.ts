// CLI cold start: `newslens analyze` on the short example file, median of a few runs.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { msSince, ROOT } from '../corpus.js';
import type { Section } from '../section.js';

const RUNS = 5;

export const coldStart: Section = {
  name: 'coldStart',
  run() {
    const bin = join(ROOT, 'dist/cli/bin.js');
    const file = join(ROOT, 'examples/harbor-ferry-strike.txt');
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const s = process.hrtime.bigint();
      execFileSync(process.execPath, [bin, 'analyze', file, '--format', 'json'], { stdio: 'ignore' });
      times.push(msSince(s));
    }
    times.sort((a, b) => a - b);
    const median = times[Math.floor(times.length / 2)];
    return { title: 'CLI cold start', rows: [['newslens analyze, median (ms)', median.toFixed(0)]], json: { runs: RUNS, medianMs: median, timesMs: times } };
  },
};
