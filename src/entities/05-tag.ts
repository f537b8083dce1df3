// Tagging with the shipped model: prepare the document (view, casing facts, gazetteer), featurize,
// decode, and return the raw chunks as token ranges with their model type.
import type { Doc } from '../doc.js';
import { viewOf, type TokenView } from './01-view.js';
import { gazetteerCodes, matchGazetteer, type GzMatch } from './02-gazetteer.js';
import { docFacts, type DocFacts } from './03-features.js';
import { DynamicIds, TYPES, WordCache, chunksOf, decode, fromScores, staticScores, type TagType } from './04-tagger.js';
import type { Clusters } from './clusters.js';
import type { Lexicons } from './lexicons.js';
import { SparseWeights, type SparseModel } from './model.js';
import { SpanScorer } from './span-types.js';

/** Everything the stage needs, built once per pipeline (ctx.ner). */
export interface NerResources {
  readonly lex: Lexicons;
  readonly weights: SparseWeights;
  readonly dyn: DynamicIds;
  readonly cache: WordCache;
  readonly clusters: Clusters | null;
  readonly span: SpanScorer;
}

export function createNer(model: SparseModel, lex: Lexicons): NerResources {
  const weights = new SparseWeights(model);
  return { lex, weights, dyn: new DynamicIds(weights.lookup), cache: new WordCache(weights.lookup, weights), clusters: model.clusters,
    span: new SpanScorer(weights.lookup, weights, model.scale) };
}

export interface Chunk { start: number; end: number; type: TagType }
export interface Tagged { view: TokenView; facts: DocFacts; gz: readonly GzMatch[]; chunks: Chunk[] }

export function tagDoc(doc: Doc, r: NerResources): Tagged {
  const view = viewOf(doc), gz = matchGazetteer(view, r.lex);
  const facts = docFacts(view, gazetteerCodes(view.n, gz), r.clusters);
  const scores = staticScores(view, facts, r.weights.lookup, r.cache, r.weights);
  const tags = decode(view, facts, fromScores(scores), r.dyn, r.weights);
  const chunks = chunksOf(tags).map((c) => ({ start: c.start, end: c.end, type: TYPES[c.type] }));
  return { view, facts, gz, chunks: r.span.retype(chunks, view, facts) };
}
