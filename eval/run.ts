// `npm run eval`: runs newslens over the gold sets in ../shared (read at run time, never copied) and
// scores it with the reference scorers there (DESIGN.md §4). Outputs go to eval/out/ (git-ignored).
//
//   node --import tsx eval/run.ts [--set newslens|scu|polnear|ner|all ...] [--json] [--shared DIR]
//
// Exit 0 when every selected set ran (whatever the scores) or when the shared data is absent;
// 1 on a harness or scorer failure; 2 on a usage error.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { OUT_ROOT, rel, resolveShared, sharedProblem } from './lib/paths.js';
import { runNer } from './sets/ner.js';
import { runNewslens } from './sets/newslens.js';
import { runPolnear } from './sets/polnear.js';
import type { SetResult } from './sets/result.js';
import { runScu } from './sets/scu.js';
import { secs, SUMMARY_LEGEND, summaryTable } from './table.js';

const SETS: Record<string, (shared: string) => Promise<SetResult | SetResult[]>> = {
  newslens: runNewslens, scu: runScu, polnear: runPolnear, ner: runNer,
};
const USAGE = `usage: npm run eval -- [--set newslens|scu|polnear|ner|all ...] [--json] [--shared DIR]
  --set S     sets to run (repeatable or comma-separated; default all)
  --json      print one JSON object with every number instead of tables
  --shared D  the shared data folder (default $NEWSLENS_SHARED, else ../shared)`;

function parse(argv: string[]): { sets: string[]; json: boolean; shared?: string } | null {
  const { values } = parseArgs({
    args: argv, allowPositionals: false, strict: true,
    options: { set: { type: 'string', multiple: true }, json: { type: 'boolean' }, shared: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) return null;
  const asked = (values.set ?? ['all']).flatMap((s) => s.split(',')).map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = asked.filter((s) => s !== 'all' && !(s in SETS));
  if (bad.length) throw new Error(`unknown set ${bad.map((b) => `'${b}'`).join(', ')} (newslens|scu|polnear|ner|all)`);
  const sets = asked.includes('all') ? Object.keys(SETS) : Object.keys(SETS).filter((s) => asked.includes(s));
  return { sets, json: values.json ?? false, shared: values.shared };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parse(process.argv.slice(2));
  } catch (err) {
    console.error(`newslens eval: ${(err as Error).message}\n${USAGE}`);
    return 2;
  }
  if (!args) { console.log(USAGE); return 0; }
  const shared = resolveShared(args.shared);
  const problem = sharedProblem(shared);
  if (problem) {
    console.log(`newslens eval: ${problem}; nothing to evaluate (use --shared DIR or NEWSLENS_SHARED)`);
    return 0;
  }
  mkdirSync(OUT_ROOT, { recursive: true });
  const started = Date.now(), results: SetResult[] = [], failures: string[] = [];
  for (const s of args.sets) {
    try {
      const r = await SETS[s](shared);
      results.push(...(Array.isArray(r) ? r : [r]));
    } catch (err) {
      // a scorer or harness failure: say which set, keep going with the others, exit non-zero
      failures.push(`${s}: ${(err as Error).message}`);
      results.push({ set: s, label: s, docs: 0, errors: [], ms: 0, rows: [{ measure: 'FAILED (see below)' }], headlines: [], tables: [], notes: [], json: { failed: (err as Error).message } });
      console.error(`newslens eval: set '${s}' failed: ${(err as Error).stack ?? String(err)}`);
    }
  }
  const ms = Date.now() - started;
  const summary = {
    shared, sets: args.sets, elapsedMs: ms, failures,
    results: results.map((r) => ({ set: r.set, label: r.label, docs: r.docs, ms: r.ms, errors: r.errors, notes: r.notes, headlines: r.headlines, rows: r.rows, ...r.json })),
  };
  writeFileSync(path.join(OUT_ROOT, 'summary.json'), `${JSON.stringify(summary, null, 1)}\n`);
  if (args.json) console.log(JSON.stringify(summary));
  else printReport(results, failures, shared, ms);
  return failures.length ? 1 : 0;
}

function printReport(results: readonly SetResult[], failures: readonly string[], shared: string, ms: number): void {
  const out: string[] = [`newslens eval — data: ${shared} (read at run time) — outputs: ${rel(OUT_ROOT)}/`, ''];
  out.push(...summaryTable(results), ...SUMMARY_LEGEND);
  for (const r of results) for (const t of r.tables) out.push('', ...t);
  const heads = results.flatMap((r) => r.headlines);
  if (heads.length) out.push('', 'headlines:', ...heads.map((h) => `  ${h}`));
  const notes = results.flatMap((r) => r.notes.map((n) => `  ${r.label}: ${n}`));
  if (notes.length) out.push('', 'notes:', ...notes);
  const errors = results.flatMap((r) => r.errors.map((e) => `  ${r.label}: ${e.doc}: ${e.error}`));
  if (errors.length) out.push('', `analyze() errors (scored as empty): ${errors.length}`, ...errors.slice(0, 50), ...(errors.length > 50 ? [`  ... ${errors.length - 50} more in ${rel(OUT_ROOT)}/summary.json`] : []));
  if (failures.length) out.push('', 'FAILED sets (harness or scorer problem):', ...failures.map((f) => `  ${f}`));
  out.push('', `done in ${secs(ms)}`);
  console.log(out.join('\n'));
}

main().then((code) => { process.exitCode = code; }, (err: unknown) => {
  console.error(`newslens eval: ${(err as Error).stack ?? String(err)}`);
  process.exitCode = 1;
});
