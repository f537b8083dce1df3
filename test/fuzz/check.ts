// Runs one fuzz case and checks what newslens promises for any input: it returns within the time
// budget (stages are checked between, so one stage may run past it) a schema-valid analysis whose
// spans hold and whose offsets are in bounds, or rejects with a one-line NewslensError that is
// not INTERNAL (an INTERNAL error is an engine error caught and wrapped: still a bug).
import { analyze, analyzeText, NewslensError, type Analysis, type Convention } from '../../src/index.js';
import { assertContract } from '../helpers/contract.js';
import type { FuzzCase } from './cases.js';

export type Outcome = 'ok' | 'rejected' | 'engine-error' | 'invariant' | 'over-budget';

export interface Result {
  outcome: Outcome;
  ms: number;
  /** the rejection's code, or what broke */
  detail: string | null;
  /** the analysis stopped early (a pipeline/time-budget warning) */
  stopped: boolean;
}

/** Time past the budget a case may take before it counts as over budget: one stage can run past
 *  the between-stages check (stages are synchronous), plus input decoding and toAnalysis. */
export const OVERRUN_MS = 1_000;

/** `attributions`: the convention every analysis of the case runs with (default 'newslens'). */
export async function runCase(c: FuzzCase, timeoutMs: number, attributions: Convention = 'newslens'): Promise<Result> {
  const t0 = performance.now();
  let a: Analysis;
  try {
    const opts = { as: c.as, timeoutMs, attributions };
    a = c.via === 'text' ? analyzeText(c.input as string, opts)
      : c.via === 'html' ? await analyze({ html: c.input as string }, opts)
      : c.via === 'analyze' ? await analyze({ text: c.input as string }, opts)
      : await analyze(c.input as Uint8Array, opts);
  } catch (e) {
    const ms = performance.now() - t0;
    if (!(e instanceof NewslensError)) return { outcome: 'engine-error', ms, detail: `${(e as Error)?.name}: ${String((e as Error)?.message ?? e).slice(0, 200)}`, stopped: false };
    if (e.code === 'INTERNAL') return { outcome: 'engine-error', ms, detail: e.oneLine().slice(0, 300), stopped: false };
    if (/[\r\n\u2028\u2029]/.test(e.oneLine())) return { outcome: 'invariant', ms, detail: `multi-line error: ${JSON.stringify(e.oneLine().slice(0, 200))}`, stopped: false };
    return { outcome: ms > timeoutMs + OVERRUN_MS ? 'over-budget' : 'rejected', ms, detail: e.code, stopped: false };
  }
  const ms = performance.now() - t0;
  const stopped = a.warnings.some((w) => w.startsWith('pipeline/time-budget:'));
  try {
    assertContract(a);
    assertBounds(a);
    JSON.parse(JSON.stringify(a));
  } catch (e) {
    return { outcome: 'invariant', ms, detail: String((e as Error).message).split('\n')[0].slice(0, 300), stopped };
  }
  return { outcome: ms > timeoutMs + OVERRUN_MS ? 'over-budget' : 'ok', ms, detail: null, stopped };
}

/** Offsets the contract helper does not cover: paragraphs in order and not overlapping. */
function assertBounds(a: Analysis): void {
  let last = 0;
  for (const p of a.article.paragraphs) {
    if (!Number.isInteger(p.start) || !Number.isInteger(p.end) || p.start < last || p.end > a.article.text.length) {
      throw new Error(`paragraph ${JSON.stringify(p)} out of order or bounds (text length ${a.article.text.length})`);
    }
    last = p.end;
  }
  for (const w of a.warnings) if (/[\r\n]/.test(w)) throw new Error(`multi-line warning: ${JSON.stringify(w.slice(0, 200))}`);
}
