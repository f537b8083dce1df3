// ReDoS audit: every regular expression in src/** runs against adversarial inputs (50k-char runs of
// the characters it repeats, pairs of them, spaces, letters, commas, quote soups), each case in a
// worker thread under a wall-clock watchdog. A safety check, not a speed assertion: it fails only on
// pathological blow-up (a case past WATCHDOG_MS), and logs the slow ones.
//
// Regexes are collected two ways: regex literals from the TypeScript AST of every source file
// (file:line), and regexes built at load time with `new RegExp(...)`, caught by a constructor hook
// while the modules are imported (file:line from the stack). Regexes built per call from user input
// (src/batch/glob.ts) are outside this audit: they run on short glob patterns and paths.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';

const here = '[redos] ';
const ROOT = new URL('../', import.meta.url).pathname;
/** Length of each adversarial run. */
const N = 50_000;
/** A case past this is a blow-up (linear scans of 50k chars take well under 10 ms). */
const WATCHDOG_MS = 2_000;
/** Logged as slow, not failed. */
const SLOW_MS = 200;
/** Modules not imported for the constructor hook: entry points that run, or connect, on import. */
const NO_IMPORT = /(?:^src\/cli\/bin\.ts|\/worker\.ts|^src\/(?:server|queue|store)\/|\.test\.ts)$|^src\/(?:server|queue|store)\//;

interface Found { where: string; source: string; flags: string }

/** Blow-ups in folders another engineer owns, reported in issue 9 with their rewrites; skipped (not
 *  run, so they cost no watchdog time) and listed on every run until fixed. Keyed by file and the
 *  start of the pattern, not the line. Remove an entry once its regex is rewritten. */
const KNOWN: readonly [file: string, sourceStart: string][] = [];
const isKnown = (f: Found) => KNOWN.some(([file, start]) => f.where.startsWith(`${file}:`) && f.source.startsWith(start));

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const p = `${dir}/${name.name}`;
    if (name.isDirectory()) { if (name.name !== 'fixtures' && name.name !== 'public') sourceFiles(p, out); }
    else if (/\.ts$/.test(name.name) && !/\.test\.ts$/.test(name.name)) out.push(p);
  }
  return out;
}

function literals(file: string): Found[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const out: Found[] = [];
  const visit = (n: ts.Node) => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const lit = n.getText(sf), slash = lit.lastIndexOf('/');
      out.push({ where: `${file}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`, source: lit.slice(1, slash), flags: lit.slice(slash + 1) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** Regexes constructed while the modules load, with where they were built. */
async function constructed(files: readonly string[]): Promise<Found[]> {
  const out: Found[] = [];
  const Original = globalThis.RegExp;
  const record = (re: RegExp) => {
    const line = new Error().stack?.split('\n').find((l) => l.includes(`${ROOT}src/`));
    const m = line && /(src\/[^:)]+):(\d+)/.exec(line.slice(line.indexOf(ROOT) + ROOT.length - 0));
    if (m) out.push({ where: `${m[1]}:${m[2]}`, source: re.source, flags: re.flags });
    return re;
  };
  globalThis.RegExp = new Proxy(Original, {
    construct: (t, args, nt) => record(Reflect.construct(t, args, nt) as RegExp),
    apply: (t, self, args) => record(Reflect.apply(t, self, args) as RegExp),
  });
  try {
    for (const f of files) if (!NO_IMPORT.test(f)) await import(join(ROOT, f)).catch(() => undefined);
  } finally {
    globalThis.RegExp = Original;
  }
  return out;
}

/** Characters a pattern mentions: literals, class members and a representative of each escape. */
export function charsOf(source: string): string[] {
  const set = new Set<string>();
  const esc: Record<string, string[]> = { s: [' ', '\t', '\n'], d: ['1'], w: ['a', '_'], b: [], B: [], n: ['\n'], r: ['\r'], t: ['\t'], S: ['a'], D: ['a'], W: [' '] };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[++i];
      if (e === 'p' || e === 'P') {
        const close = source.indexOf('}', i);
        const prop = source.slice(i + 2, close);
        i = close;
        for (const x of /N|Nd/.test(prop) ? ['1'] : /Lu/.test(prop) ? ['A'] : /Ll/.test(prop) ? ['a'] : /M/.test(prop) ? ['\u0301'] : /P/.test(prop) ? ['.', ','] : /Z|White/.test(prop) ? [' '] : ['a', 'A', 'é']) set.add(x);
      } else if (e === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i); set.add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16))); i = close;
      } else if (e === 'u') { set.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16))); i += 4; }
      else if (e === 'x') { set.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16))); i += 2; }
      else for (const x of esc[e] ?? [e]) set.add(x);
    } else if (!'()[]{}|^$?*+'.includes(c)) set.add(c === '.' ? 'a' : c);
  }
  for (const x of ['-', ':', '=', '!', '<', '>', '?']) if (!source.includes(x)) set.delete(x);
  return [...set].filter((x) => x !== '').slice(0, 24);
}

const GENERIC = [' ', 'a', 'A', ',', '.', '"', '“', '”', "'", '’', '\n', '\r\n', '1', '-', 'a ', 'A ', 'a.', '. ', 'Aa ',
  'Mr. ', 'A. ', "a's ", 'a-', 'a,', '<div>', '&amp;', '"“”‘’\'«»', '“a” ', 'Jane Roe said ', 'said, ', ' \n', 'a\u0301', '\u00a0'];

/** The adversarial inputs for one pattern: runs of each char it mentions, pairs, then the generic ones; each also
 *  with a char that fails every pattern at the end, which is where backtracking blows up. */
function inputsFor(source: string): string[] {
  const cs = charsOf(source);
  const units = [...new Set([...cs, ...GENERIC])];
  for (let i = 0; i < Math.min(cs.length, 6); i++) for (let j = 0; j < Math.min(cs.length, 6); j++) if (i !== j) units.push(cs[i] + cs[j]);
  const out: string[] = [];
  for (const u of units) {
    const run = u.repeat(Math.ceil(N / u.length)).slice(0, N);
    out.push(run, `${run}\u0001`);
  }
  return out;
}

const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, input }) => {
  const re = new RegExp(source, flags);
  const t = performance.now();
  if (re.global) input.match(re); else { re.lastIndex = 0; re.exec(input); }
  parentPort.postMessage(performance.now() - t);
});`;

test(`${here}no regex in src/** blows up on 50k-char adversarial inputs`, { timeout: 600_000 }, async () => {
  const files = sourceFiles('src');
  const found = [...files.flatMap(literals), ...await constructed(files)];
  const seen = new Map<string, Found>();
  for (const f of found) if (!seen.has(`${f.flags}/${f.source}`)) seen.set(`${f.flags}/${f.source}`, f);
  const regexes = [...seen.values()].filter((f) => { try { new RegExp(f.source, f.flags); return true; } catch { return false; } });
  assert.ok(regexes.length > 100, `${here}found only ${regexes.length} regexes`);

  let worker = new Worker(WORKER, { eval: true });
  const blowups: string[] = [], slow: string[] = [];
  const known = regexes.filter(isKnown);
  let cases = 0;
  for (const r of regexes) {
    if (known.includes(r)) continue;
    let worst = 0, worstInput = '';
    for (const input of inputsFor(r.source)) {
      cases++;
      const ms = await new Promise<number>((resolve) => {
        const timer = setTimeout(() => { worker.removeAllListeners('message'); void worker.terminate(); worker = new Worker(WORKER, { eval: true }); resolve(Infinity); }, WATCHDOG_MS);
        worker.once('message', (t: number) => { clearTimeout(timer); resolve(t); });
        worker.postMessage({ source: r.source, flags: r.flags, input });
      });
      if (ms > worst) { worst = ms; worstInput = input; }
      if (ms === Infinity) break;
    }
    const what = `${r.where} /${r.source.length > 80 ? `${r.source.slice(0, 80)}…` : r.source}/${r.flags} on ${describe(worstInput)}`;
    if (worst === Infinity) blowups.push(`> ${WATCHDOG_MS} ms: ${what}`);
    else if (worst > SLOW_MS) slow.push(`${worst.toFixed(0)} ms: ${what}`);
  }
  await worker.terminate();
  console.log(`${here}${regexes.length} regexes from ${files.length} files, ${cases} cases; slow (> ${SLOW_MS} ms): ${slow.length}${slow.map((s) => `\n  ${s}`).join('')}`);
  console.log(`${here}known blow-ups, not run (${known.length}/${KNOWN.length} still present):${known.map((k) => `\n  ${k.where} /${k.source.slice(0, 60)}/`).join('')}`);
  assert.deepEqual(blowups, [], `${here}regexes that blow up`);
});

function describe(input: string): string {
  const unit = input.slice(0, 4);
  return `${JSON.stringify(unit)}… (${input.length} chars${input.endsWith('\u0001') ? ', failing end' : ''})`;
}

export { relative };
