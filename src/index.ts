// newslens public API: analyze() any input into the contract's Analysis.
import { attribution } from './attribution/index.js';
import type { Doc } from './doc.js';
import { toNewslensError } from './errors.js';
import { entities } from './entities/index.js';
import { extract } from './extract/index.js';
import { docFromString, loadInput, type AnalyzeInput, type InputOptions } from './input/index.js';
import { toAnalysis } from './output/analysis.js';
import { createPipeline, type Pipeline } from './pipeline.js';
import { profile } from './profile/index.js';
import { text } from './text/index.js';
import type { Analysis } from './types.js';

export type AnalyzeOptions = InputOptions;

const STAGES = [extract, text, entities, attribution, profile] as const;
let shared: Pipeline | undefined;
const pipeline = (): Pipeline => (shared ??= createPipeline(STAGES));

/** Analyse text, HTML, bytes, a file or a URL. Rejects only with a NewslensError. */
export async function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Promise<Analysis> {
  const doc = await loadInput(input, options);
  return runDoc(doc, options);
}

/** Synchronous analysis of text (or HTML) already in memory. Throws only NewslensError. */
export function analyzeText(textInput: string, options: AnalyzeOptions = {}): Analysis {
  const doc = docFromString(textInput, { ...options, kind: 'text' });
  return runDoc(doc, options);
}

function runDoc(doc: Doc, options: AnalyzeOptions): Analysis {
  try {
    const d = options.as && options.as !== doc.input.readAs ? { ...doc, input: { ...doc.input, readAs: options.as } } : doc;
    return toAnalysis(pipeline().run(d));
  } catch (err) {
    throw toNewslensError(err, doc.input.uri);
  }
}

export { NewslensError, ERROR_CODES, type ErrorCode } from './errors.js';
export { renderText } from './output/text.js';
export { renderHtml } from './output/html.js';
export { spanHolds } from './doc.js';
export type { AnalyzeInput, InputOptions } from './input/index.js';
export type { ReadAs } from './doc.js';
export type * from './types.js';
export { SCHEMA_ID } from './types.js';
