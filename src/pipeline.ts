// Stages run in order over one Doc. Each declares the Doc keys it needs and the ones it fills, so
// createPipeline can refuse an order that cannot work, naming the missing stage.
import type { Doc, StageName } from './doc.js';
import { createNer, type NerResources } from './entities/05-tag.js';
import { loadLexicons } from './entities/lexicons.js';
import { loadModel } from './entities/model.js';
import { NewslensError } from './errors.js';

export interface PipelineOptions {
  /** how to read the input (auto-detected by default) */
  readAs?: 'auto' | 'page' | 'html' | 'body';
}

/** Frozen, shared by every call: options now, lexicons and model weights later. */
export interface Ctx {
  readonly options: Readonly<Required<PipelineOptions>>;
  /** the entity tagger's weights and lexicons: read on first use, then shared by every call */
  readonly ner: () => NerResources;
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
  run(doc: Doc): Doc;
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
  });
  return {
    ctx,
    stages,
    run(doc) {
      let d = doc;
      for (const stage of stages) d = stage.run(d, ctx);
      return d;
    },
  };
}

function providerOf(stages: readonly Stage[], key: keyof Doc): string | undefined {
  return stages.find((s) => s.assigns.includes(key))?.name;
}
