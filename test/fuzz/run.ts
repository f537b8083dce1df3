// `npm run fuzz`: the long, seeded fuzz run (the short one is test/properties.test.ts).
//
//   npm run fuzz                                   20,000 cases, seed 20261125, one worker a core
//   npm run fuzz -- --cases 2000 --seed 7 --jobs 2 fewer cases (--runs is the same), another seed
//   npm run fuzz -- --seed 7 --case 1234           replay one case (--dump file.bin writes its input)
//   npm run fuzz -- --attributions parc            every analysis in the PARC convention (runs the PARC tagger)
//
// Case i is generated from its own seed (seed, i), so any case replays alone, in any order, on any
// number of workers. Workers are child processes watched by this one: a case that runs longer than
// --hang ms is a hang; the worker is killed and restarted on the next case. Prints counts by
// outcome, the slowest cases with their reproduction, and exits 1 on any crash, hang, invariant
// break, engine error or case over its time budget.
import { fork, type ChildProcess } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { CONVENTIONS, type Convention } from '../../src/conventions.js';
import { fuzzCase, LONG, type FuzzCase } from './cases.js';
import { runCase, type Outcome, type Result } from './check.js';

/** The options, or a one-line error for an unknown or malformed one. */
function orExit<T>(parse: () => T): T {
  try { return parse(); } catch (err) {
    console.error(`fuzz: ${(err as Error).message.split('\n')[0]} (see npm run fuzz -- --help)`);
    process.exit(2);
  }
}

const { values: args } = orExit(() => parseArgs({
  options: {
    runs: { type: 'string', default: '20000' },
    cases: { type: 'string' },
    seed: { type: 'string', default: '20261125' },
    jobs: { type: 'string', default: String(Math.max(1, Math.min(4, availableParallelism()))) },
    timeout: { type: 'string', default: '5000' },
    hang: { type: 'string', default: '30000' },
    case: { type: 'string' },
    dump: { type: 'string' },
    json: { type: 'string' },
    child: { type: 'string' },
    attributions: { type: 'string', default: 'newslens' },
    stages: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
}));
if (args.help) {
  console.log(`npm run fuzz [-- options]: the long, seeded fuzz run
  --cases N (or --runs N)  cases to run (default 20000)
  --seed N                 seed (default 20261125); case i replays alone with --case i
  --jobs N                 worker processes (default: one a core, at most 4)
  --timeout MS             a case's time budget (default 5000); --hang MS: a hung worker (default 30000)
  --case I [--dump FILE]   replay one case (and write its input to FILE)
  --json FILE              write the counts as JSON
  --attributions C         the convention of every analysis: ${CONVENTIONS.join(' or ')} (default newslens)
  --stages                 with --case: time each stage`);
  process.exit(0);
}
const SEED = Number(args.seed), RUNS = Number(args.cases ?? args.runs), JOBS = Number(args.jobs);
const TIMEOUT_MS = Number(args.timeout), HANG_MS = Number(args.hang);
const ATTR = orExit((): Convention => {
  if (!(CONVENTIONS as readonly string[]).includes(args.attributions)) throw new Error(`--attributions must be ${CONVENTIONS.join(' or ')} (got ${JSON.stringify(args.attributions)})`);
  return args.attributions as Convention;
});
const ARB = fuzzCase(LONG);

/** Case i of a run: its own seed, so it replays alone. */
export function caseAt(seed: number, i: number): FuzzCase {
  return fc.sample(ARB, { seed: (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) + i * 0x27d4eb2d) | 0, numRuns: 1 })[0];
}

const sizeOf = (c: FuzzCase) => (typeof c.input === 'string' ? c.input.length : c.input.byteLength);
const repro = (i: number) => `npm run fuzz -- --seed ${SEED}${ATTR === 'newslens' ? '' : ` --attributions ${ATTR}`} --case ${i}`;

interface Done { i: number; label: string; size: number; as: string; via: string; result: Result }

if (args.child !== undefined) {
  const [shard, jobs, from] = args.child.split(',').map(Number);
  for (let i = from; i < RUNS; i += jobs) {
    if (i % jobs !== shard) continue;
    const c = caseAt(SEED, i);
    process.send!({ type: 'start', i, label: `${c.label}, ${sizeOf(c)}, --as ${c.as}, via ${c.via}` });
    const result = await runCase(c, TIMEOUT_MS, ATTR);
    const done: Done = { i, label: c.label, size: sizeOf(c), as: c.as, via: c.via, result };
    await new Promise((r) => process.send!({ type: 'done', ...done }, r));
  }
  process.exit(0);
} else if (args.case !== undefined) {
  const i = Number(args.case);
  const c = caseAt(SEED, i);
  if (args.dump) writeFileSync(args.dump, c.input);
  console.log(`case ${i} (seed ${SEED}): ${c.label}, ${sizeOf(c)} ${typeof c.input === 'string' ? 'chars' : 'bytes'}, --as ${c.as}, via ${c.via}, attributions ${ATTR}`);
  if (args.stages) await stageTimes(c);
  const r = await runCase(c, TIMEOUT_MS, ATTR);
  console.log(`${r.outcome} in ${r.ms.toFixed(0)} ms${r.stopped ? ' (stopped by the time budget)' : ''}${r.detail ? `: ${r.detail}` : ''}`);
  process.exitCode = r.outcome === 'ok' || r.outcome === 'rejected' ? 0 : 1;
} else {
  await parent();
}

/** --stages: each stage's time on this case, with no budget (bytes are read as UTF-8 here). */
async function stageTimes(c: FuzzCase): Promise<void> {
  const { docFromString } = await import('../../src/input/index.js');
  const STAGES = await Promise.all((['extract', 'text', 'entities', 'attribution', 'profile'] as const)
    .map(async (n) => (await import(`../../src/${n}/index.js`))[n] as import('../../src/pipeline.js').Stage));
  let d = docFromString(typeof c.input === 'string' ? c.input : Buffer.from(c.input).toString('utf8'), { kind: 'text', as: c.as });
  const ctx = { ...(await import('../../src/pipeline.js')).createPipeline(STAGES).ctx, attributions: ATTR };
  for (const s of STAGES) {
    const t = performance.now();
    d = s.run(d, ctx);
    console.log(`  ${s.name.padEnd(12)} ${(performance.now() - t).toFixed(0).padStart(7)} ms`);
  }
}

async function parent(): Promise<void> {
  const t0 = performance.now();
  const counts: Record<Outcome | 'hang' | 'crash', number> = { ok: 0, rejected: 0, 'engine-error': 0, invariant: 0, 'over-budget': 0, hang: 0, crash: 0 };
  const codes = new Map<string, number>();
  const byShape = new Map<string, { n: number; maxMs: number; totalMs: number }>();
  const failures: string[] = [];
  const all: Done[] = [];
  let stopped = 0, finished = 0;
  console.log(`newslens fuzz: ${RUNS} cases, seed ${SEED}, ${JOBS} worker(s), budget ${TIMEOUT_MS} ms, hang ${HANG_MS} ms, attributions ${ATTR}`);

  const runShard = (shard: number, from: number): Promise<void> => new Promise((resolve) => {
    const child: ChildProcess = fork(new URL(import.meta.url).pathname, [...process.argv.slice(2).filter((a) => !a.startsWith('--child')), '--child', `${shard},${JOBS},${from}`], {
      execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    let current = -1, currentLabel = '', watchdog: NodeJS.Timeout | undefined;
    const arm = () => { clearTimeout(watchdog); watchdog = setTimeout(onHang, HANG_MS); };
    const onHang = () => {
      counts.hang++;
      failures.push(`hang (> ${HANG_MS} ms) case ${current} [${currentLabel}]: ${repro(current)}`);
      child.removeAllListeners('exit');
      child.kill('SIGKILL');
      finished++;
      void runShard(shard, current + 1).then(resolve);
    };
    child.on('message', (m: { type: 'start'; i: number; label: string } | ({ type: 'done' } & Done)) => {
      if (m.type === 'start') { current = m.i; currentLabel = m.label; arm(); return; }
      clearTimeout(watchdog);
      const r = m.result;
      counts[r.outcome]++;
      finished++;
      if (r.stopped) stopped++;
      if (r.outcome === 'rejected') codes.set(r.detail ?? '?', (codes.get(r.detail ?? '?') ?? 0) + 1);
      if (r.outcome !== 'ok' && r.outcome !== 'rejected') failures.push(`${r.outcome} case ${m.i} [${m.label}, ${m.size}, --as ${m.as}, via ${m.via}] ${r.ms.toFixed(0)} ms: ${r.detail ?? ''} — ${repro(m.i)}`);
      const shape = m.label.replace(/\(.*$/, '');
      const s = byShape.get(shape) ?? { n: 0, maxMs: 0, totalMs: 0 };
      s.n++; s.totalMs += r.ms; s.maxMs = Math.max(s.maxMs, r.ms);
      byShape.set(shape, s);
      all.push(m);
      if (finished % 1000 === 0) console.log(`  ${finished}/${RUNS} (${((performance.now() - t0) / 1000).toFixed(0)} s)`);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(watchdog);
      if (code === 0) return resolve();
      counts.crash++;
      finished++;
      failures.push(`crash (exit ${code ?? signal}) case ${current} [${currentLabel}]: ${repro(current)}`);
      void runShard(shard, current + 1).then(resolve);
    });
  });

  await Promise.all(Array.from({ length: Math.min(JOBS, RUNS) }, (_, k) => runShard(k, k)));
  const wallS = (performance.now() - t0) / 1000;
  all.sort((a, b) => b.result.ms - a.result.ms);
  console.log(`\n${finished} cases in ${wallS.toFixed(0)} s`);
  for (const [k, v] of Object.entries(counts)) console.log(`  ${k.padEnd(14)} ${v}`);
  console.log(`  stopped by the time budget (still valid): ${stopped}`);
  console.log(`  rejections by code: ${[...codes].map(([c, n]) => `${c} ${n}`).join(', ') || 'none'}`);
  console.log('\nby shape (cases, mean ms, max ms):');
  for (const [k, v] of [...byShape].sort()) console.log(`  ${k.padEnd(16)} ${String(v.n).padStart(6)} ${(v.totalMs / v.n).toFixed(1).padStart(8)} ${v.maxMs.toFixed(0).padStart(7)}`);
  console.log('\nslowest cases:');
  for (const d of all.slice(0, 5)) console.log(`  ${d.result.ms.toFixed(0).padStart(6)} ms ${d.result.outcome}${d.result.stopped ? ' (stopped)' : ''} [${d.label}, ${d.size}, --as ${d.as}, via ${d.via}] ${repro(d.i)}`);
  if (failures.length) {
    console.log(`\nfailures (${failures.length}):`);
    for (const f of failures.slice(0, 30)) console.log(`  ${f}`);
  }
  if (args.json) {
    writeFileSync(args.json, `${JSON.stringify({ seed: SEED, runs: RUNS, attributions: ATTR, jobs: JOBS, timeoutMs: TIMEOUT_MS, wallS, counts, stopped, codes: Object.fromEntries(codes), byShape: Object.fromEntries(byShape), slowest: all.slice(0, 10).map((d) => ({ ...d, repro: repro(d.i) })), failures }, null, 2)}\n`);
  }
  const bad = counts['engine-error'] + counts.invariant + counts['over-budget'] + counts.hang + counts.crash;
  process.exitCode = bad ? 1 : 0;
}
