// CLI cold start: `newslens analyze` on the short example file (2.6 KB of text) as a user runs it
// (the binary started by its shebang, with its V8 flag, as the `newslens` link npm installs is),
// against the floor of a bare `node -e ''` measured in the same run, interleaved, so the machine's
// load at the time is visible next to the figure. Also `node dist/cli/bin.js analyze …` (no shebang
// flag) and `newslens --version` (CLI without analysis).
import { execFileSync } from 'node:child_process';
import { delimiter, dirname, join } from 'node:path';
import { msSince, ROOT } from '../corpus.js';
import type { Section } from '../section.js';

/** runs of each command; odd, so the median is one run. Set NEWSLENS_BENCH_COLD_RUNS for more. */
const RUNS = Number(process.env.NEWSLENS_BENCH_COLD_RUNS) || 11;
/** the target in the hardening issue (item 6), on the reference 2-core machine */
const TARGET_MS = 400;

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** the shebang's `env node` finds this same node first */
const ENV = { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}` };

/** `file` is process.execPath or the binary itself (run by its shebang) */
function timeRun([file, ...args]: string[]): number {
  const s = process.hrtime.bigint();
  execFileSync(file, args, { stdio: 'ignore', env: ENV });
  return msSince(s);
}

export const coldStart: Section = {
  name: 'coldStart',
  run() {
    const bin = join(ROOT, 'dist/cli/bin.js');
    const file = join(ROOT, 'examples/harbor-ferry-strike.txt');
    const node = process.execPath;
    const cmds = {
      nodeFloor: [node, '-e', ''],
      version: [bin, '--version'],
      analyze: [bin, 'analyze', file, '--format', 'json'],
      analyzeByNode: [node, bin, 'analyze', file, '--format', 'json'],
    };
    const times: Record<keyof typeof cmds, number[]> = { nodeFloor: [], version: [], analyze: [], analyzeByNode: [] };
    timeRun(cmds.analyze); // one untimed run: the OS file cache, not node, is then warm for all
    for (let i = 0; i < RUNS; i++) {
      for (const k of Object.keys(cmds) as (keyof typeof cmds)[]) times[k].push(timeRun(cmds[k]));
    }
    const m = { nodeFloor: median(times.nodeFloor), version: median(times.version), analyze: median(times.analyze), analyzeByNode: median(times.analyzeByNode) };
    const f = (n: number): string => n.toFixed(0);
    return {
      title: `CLI cold start (median of ${RUNS} interleaved runs; compare with the node floor, which shows the load)`,
      rows: [
        [`newslens analyze <2.6 KB .txt> (ms)`, `${f(m.analyze)}  (target ≤ ${TARGET_MS}; min ${f(Math.min(...times.analyze))})`],
        ['node dist/cli/bin.js analyze <same> (ms)', `${f(m.analyzeByNode)}  (without the shebang's flag)`],
        ['newslens --version (ms)', f(m.version)],
        [`node -e '' floor (ms)`, `${f(m.nodeFloor)}  (min ${f(Math.min(...times.nodeFloor))})`],
        ['analyze above the floor (ms)', f(m.analyze - m.nodeFloor)],
      ],
      json: { runs: RUNS, targetMs: TARGET_MS, medianMs: m.analyze, byNodeMedianMs: m.analyzeByNode, versionMedianMs: m.version, nodeFloorMedianMs: m.nodeFloor,
        aboveFloorMs: m.analyze - m.nodeFloor, timesMs: times },
    };
  },
};
