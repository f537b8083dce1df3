// newslens public API: analyze() any input into the contract's Analysis.
import { attribution } from './attribution/index.js';
import type { Doc } from './doc.js';
import { toNewslensError } from './errors.js';
import { entities } from './entities/index.js';
import { extract } from './extract/index.js';
import { docFromString, loadInput, type AnalyzeInput, type InputOptions } from './input/index.js';
import { toAnalysis } from './output/analysis.js';
import { NewslensError } from './errors.js';
import { budgetOf, conventionOf, createPipeline, type Convention, type Pipeline } from './pipeline.js';
import { profile } from './profile/index.js';
import { text } from './text/index.js';
import type { Analysis } from './types.js';

export interface AnalyzeOptions extends InputOptions {
  /** per-article time budget for the stages in ms (default 5000; Infinity for none): once spent,
   *  the remaining stages are skipped and a `pipeline/time-budget` warning is added */
  timeoutMs?: number;
  /** which attributions to report: 'newslens' (default, the newslens guidelines) or 'parc' (the
   *  PARC / PolNeAR convention: an interrupted quote is one attribution; beliefs and acts count too) */
  attributions?: Convention;
}

const STAGES = [extract, text, entities, attribution, profile] as const;
let shared: Pipeline | undefined;
const pipeline = (): Pipeline => (shared ??= createPipeline(STAGES));

/** Analyse text, HTML, bytes, a file or a URL. Rejects only with a NewslensError. */
export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  let doc: Doc;
  try {
    checkOptions(input, options);
    doc = await loadInput(input, options ?? {});
  } catch (err) {
    throw toNewslensError(err, nameOf(input, options));
  }
  return runDoc(doc, options);
}

/** Synchronous analysis of text (or HTML) already in memory. Throws only NewslensError. */
export function analyzeText(textInput: string, options: AnalyzeOptions = {}): Analysis {
  let doc: Doc;
  try {
    checkOptions(textInput, options);
    doc = docFromString(textInput, { ...options, kind: 'text' });
  } catch (err) {
    throw toNewslensError(err, nameOf(textInput, options));
  }
  return runDoc(doc, options);
}

function runDoc(doc: Doc, options: AnalyzeOptions): Analysis {
  try {
    const d = options.as && options.as !== doc.input.readAs ? { ...doc, input: { ...doc.input, readAs: options.as } } : doc;
    return toAnalysis(pipeline().run(d, { timeoutMs: options.timeoutMs, attributions: options.attributions }));
  } catch (err) {
    throw toNewslensError(err, doc.input.uri);
  }
}

/** Usage errors a caller can make before any input is read (JavaScript callers skip the types). */
function checkOptions(input: unknown, options: unknown): void {
  const uri = nameOf(input, options);
  if (options === null || typeof options !== 'object') throw new NewslensError('USAGE', 'options must be an object', uri);
  if (input === null || (typeof input !== 'string' && typeof input !== 'object')) {
    throw new NewslensError('USAGE', `unsupported input (${input === null ? 'null' : typeof input}): give text, bytes, {text}, {html}, {url} or {file}`, uri);
  }
  budgetOf((options as AnalyzeOptions).timeoutMs);
  conventionOf((options as AnalyzeOptions).attributions);
}

function nameOf(input: unknown, options: unknown): string | null {
  const o = options as AnalyzeOptions | null | undefined;
  if (typeof o?.uri === 'string') return o.uri;
  if (input && typeof input === 'object') {
    const i = input as { file?: unknown; url?: unknown; uri?: unknown };
    for (const v of [i.uri, i.file, i.url]) if (typeof v === 'string') return v;
  }
  return null;
}

export { NewslensError, ERROR_CODES, type ErrorCode } from './errors.js';
export type { Convention } from './pipeline.js';
export { renderText } from './output/text.js';
export { renderHtml } from './output/html.js';
export { spanHolds } from './doc.js';
export type { AnalyzeInput, InputOptions } from './input/index.js';
export type { ReadAs } from './doc.js';
export type * from './types.js';
export { SCHEMA_ID } from './types.js';
