// Stages run in order over one Doc. Each declares the Doc keys it needs and the ones it fills, so
// createPipeline can refuse an order that cannot work, naming the missing stage.
import { CONVENTIONS, type Convention } from './conventions.js';
import type { Doc, StageName } from './doc.js';
import { createNer, type NerResources } from './entities/05-tag.js';
import { loadLexicons } from './entities/lexicons.js';
import { loadModel } from './entities/model.js';
import { NewslensError } from './errors.js';

export interface PipelineOptions {
  /** how to read the input (auto-detected by default) */
  readAs?: 'auto' | 'page' | 'html' | 'body';
}

/** Per-article time budget when the caller gives none: crawls hold pages that would otherwise take
 *  minutes in a stage, and one record must never stall a batch. Typical articles take < 20 ms. */
export const DEFAULT_TIMEOUT_MS = 5_000;

/** Per call: how long one article may take. */
export interface RunOptions {
  /** budget in ms for the stages (default DEFAULT_TIMEOUT_MS; Infinity for none). Stages are
   *  synchronous, so it is checked between stages and, through ctx.expired(), inside long loops. */
  timeoutMs?: number;
  /** the clock, in ms (default: a monotonic one); tests pass a fake one */
  now?: () => number;
  /** which attributions to report (default 'newslens'); see Convention */
  attributions?: Convention;
}

export { CONVENTIONS, type Convention } from './conventions.js';

/** Frozen, shared by every call: options now, lexicons and model weights later. Each run sees a
 *  copy carrying that run's deadline. */
export interface Ctx {
  readonly options: Readonly<Required<PipelineOptions>>;
  /** the entity tagger's weights and lexicons: read on first use, then shared by every call */
  readonly ner: () => NerResources;
  /** this run's deadline on the `now` clock (Infinity outside a run or with no budget) */
  readonly deadline: number;
  /** true once this run's budget is spent: a cheap check for a stage's long loops, which should
   *  then stop early and keep what they have (the runner adds the warning) */
  readonly expired: () => boolean;
  /** this run's attribution convention */
  readonly attributions: Convention;
}

export interface Stage {
  readonly name: StageName;
  readonly requires: readonly (keyof Doc)[];
  readonly assigns: readonly (keyof Doc)[];
  /** pure: returns a new Doc; content problems become doc.messages, never throws on content */
  run(doc: Doc, ctx: Ctx): Doc;
}

export interface Pipeline {
  readonly ctx: Ctx;
  readonly stages: readonly Stage[];
  /** runs the stages in order; once the budget is spent the remaining stages are skipped (their
   *  Doc keys stay unset) and a `pipeline/time-budget` warning says which */
  run(doc: Doc, opts?: RunOptions): Doc;
}

const DEFAULTS: Required<PipelineOptions> = { readAs: 'auto' };
const PROVIDED_BY_INPUT: readonly (keyof Doc)[] = ['input', 'raw', 'text', 'messages'];

export function createPipeline(stages: readonly Stage[], options: PipelineOptions = {}): Pipeline {
  const have = new Set<keyof Doc>(PROVIDED_BY_INPUT);
  for (const stage of stages) {
    const missing = stage.requires.filter((k) => !have.has(k));
    if (missing.length) {
      const by = missing.map((k) => `${String(k)} (from ${providerOf(stages, k) ?? 'no stage'})`).join(', ');
      throw new NewslensError('INTERNAL', `stage '${stage.name}' needs ${by}, which no earlier stage assigns`);
    }
    for (const k of stage.assigns) have.add(k);
  }
  let ner: NerResources | undefined;
  const ctx: Ctx = Object.freeze({
    options: Object.freeze({ ...DEFAULTS, ...options }),
    ner: () => (ner ??= createNer(loadModel(), loadLexicons())),
    deadline: Infinity,
    expired: () => false,
    attributions: 'newslens',
  });
  return {
    ctx,
    stages,
    run(doc, opts = {}) {
      const budget = budgetOf(opts.timeoutMs);
      const now = opts.now ?? monotonicMs;
      const t0 = now();
      const deadline = t0 + budget;
      const attributions = conventionOf(opts.attributions);
      const runCtx: Ctx = budget === Infinity && attributions === ctx.attributions ? ctx
        : Object.freeze({ ...ctx, attributions, ...(budget === Infinity ? {} : { deadline, expired: () => now() >= deadline }) });
      let d = doc;
      for (let i = 0; i < stages.length; i++) {
        d = stages[i].run(d, runCtx);
        if (i + 1 < stages.length && now() >= deadline) return stopped(d, stages[i].name, now() - t0, stages.slice(i + 1));
      }
      return d;
    },
  };
}

/** The default clock: process.hrtime, because the first touch of the global `performance` loads
 *  perf_hooks (~8 ms of a CLI cold start). */
function monotonicMs(): number {
  const [s, ns] = process.hrtime();
  return s * 1e3 + ns / 1e6;
}

/** A budget in ms: undefined is the default, anything not a positive number a usage error. */
export function budgetOf(timeoutMs: number | undefined): number {
  if (timeoutMs === undefined) return DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || Number.isNaN(timeoutMs) || timeoutMs <= 0) {
    throw new NewslensError('USAGE', `timeoutMs must be a positive number of milliseconds (got ${String(timeoutMs)})`);
  }
  return timeoutMs;
}

/** An attribution convention: undefined is the default, anything else not listed a usage error. */
export function conventionOf(value: unknown): Convention {
  if (value === undefined) return 'newslens';
  if (!CONVENTIONS.includes(value as Convention)) {
    throw new NewslensError('USAGE', `attributions must be one of ${CONVENTIONS.join(', ')} (got ${String(value)})`);
  }
  return value as Convention;
}

function stopped(doc: Doc, after: StageName, ms: number, skipped: readonly Stage[]): Doc {
  const reason = `stopped after ${after} (${Math.round(ms)} ms); ${skipped.map((s) => s.name).join(', ')} skipped`;
  return { ...doc, messages: [...doc.messages, { stage: 'pipeline', rule: 'time-budget', reason, level: 'warning' }] };
}

function providerOf(stages: readonly Stage[], key: keyof Doc): string | undefined {
  return stages.find((s) => s.assigns.includes(key))?.name;
}
