// Trains the tagger: averaged linear weights over the features of 03-features.ts, learnt online with
// passive-aggressive steps (averaged.ts) on mistakes of greedy BILOU
// decoding with the model's own earlier predictions as history (as at tagging time), documents
// shuffled with a seeded generator so that a run is reproducible. Gold comes as character spans
// over raw text and is projected onto the text stage's own tokens, so training and tagging see
// the same tokenisation. Used by tools/train-ner.ts and by the tiny-corpus unit test.
import type { Doc } from '../doc.js';
import { extract } from '../extract/index.js';
import { docFromString } from '../input/index.js';
import { createPipeline } from '../pipeline.js';
import { text as textStage } from '../text/index.js';
import { viewOf, type TokenView } from './01-view.js';
import { gazetteerCodes, matchGazetteer } from './02-gazetteer.js';
import { OFFSETS, boundaryInfo, clusterKey, docFacts, fnv, tokenFeatures, type DocFacts } from './03-features.js';
import { learnClusters, type ClusterOptions, type Clusters } from './clusters.js';
import { seeded } from './seeded.js';
import {
  DynamicIds, N_TAGS, POS, TYPES, WordCache, chunksOf, decode, dynamicFeatureHashes, featurize, fromFeatures, tagOf, typeOfTag,
  type DocFeatures, type TagType,
} from './04-tagger.js';
import type { Lexicons } from './lexicons.js';
import { DenseAveraged, PA_SCALE } from './averaged.js';
import { HashIndex, entryOf, quantise, type SparseModel } from './model.js';
import { NO_NAME, SPAN_TYPES, spanFeatures, trainSpanTypes, type SpanExample } from './span-types.js';

export type { TagType };
export interface TrainSpan { start: number; end: number; type: TagType | null }
export interface TrainDoc {
  id: string;
  text: string;
  /** entity spans; type null = a named span of a type the corpus does not map (neither O nor a type) */
  spans: readonly TrainSpan[];
  /** only these types are annotated: a token gold-O may be any other type (no penalty for predicting one) */
  annotated?: readonly TagType[];
  /** multiplies this document's update steps (default 1): a corpus with other span conventions counts less */
  weight?: number;
}

export interface TrainOptions {
  lexicons: Lexicons;
  epochs?: number;
  seed?: number;
  /** features seen fewer times than this in the training data are dropped */
  minCount?: number;
  /** averaged weights below this magnitude are pruned from the shipped model */
  prune?: number;
  /** training runs with shuffle seeds seed, seed + 1, ...; their averaged weights are averaged (default RUNS) */
  runs?: number;
  /** word clusters learned from the training texts with these options; default (or false): none */
  clusters?: ClusterOptions | false;
  log?: (line: string) => void;
}

/** Default epochs: dev F1 flattens after about 8 passes over Worldwide + GUM train. */
const EPOCHS = 8;
/**
 * Training runs (shuffle seeds seed .. seed + runs - 1) whose averaged weights are averaged again:
 * one run's weights depend on its shuffle, and the average of three varies less. Worldwide dev
 * PER/ORG/LOC whole stage, mean of seeds 1–3: 84.6 against 84.2 for one run (raw tagger 82.7
 * against 82.3); on a held-out half of Worldwide train (model trained on the other half, seeds
 * 1–2): 79.3 against 79.0. Five runs: no better than three (seeds 1–2). See MODEL_CARD.md.
 */
const RUNS = 3;
/** Features seen fewer times are dropped: at 3 the model has a third fewer features than at 2 and the same dev F1. */
const MIN_COUNT = 3;
/**
 * |w| below this (in update units, after averaging) changes almost no decision and is not shipped.
 * Three runs' averages keep the union of their weights: at 0.01 (one run's threshold) 696k entries
 * against 510k and tagging ~10–30% slower; at 0.15 557k entries, the same raw-tagger dev F1.
 */
const PRUNE = 0.15;

/** Mask per token: 0 train normally, 1 gold O in a partially annotated doc, 2 never update. */
const FREE = 0, PARTIAL_O = 1, SKIP = 2;

export interface Prepared { view: TokenView; facts: DocFacts }

const tokenizer = createPipeline([extract, textStage], { readAs: 'body' });
export function tokenizeBody(text: string): Doc {
  return tokenizer.run(docFromString(text, { kind: 'text', as: 'body' }));
}

export function prepare(doc: Doc, lex: Lexicons, cl: Clusters | null = null): Prepared {
  const view = viewOf(doc);
  return { view, facts: docFacts(view, gazetteerCodes(view.n, matchGazetteer(view, lex)), cl) };
}

/** Each document's lower-case word keys for cluster learning, 0 between sentences. */
function clusterInput(v: TokenView): Int32Array {
  const out: number[] = [];
  for (let s = 0; s < v.sentStart.length; s++) {
    for (let i = v.sentStart[s]; i < v.sentEnd[s]; i++) out.push(clusterKey(fnv(v.words[i].toLowerCase())));
    out.push(0);
  }
  return Int32Array.from(out);
}

const POSSESSIVE = /['’]s$/;
/** "1960s" whose gold DATE is "1960" (Worldwide's convention): trained as a DATE token, cut back in 10-build.ts */
const DECADE = /^\d{0,2}\d0s$/;

/** Gold BILOU tags and the training mask for one document; counts spans that do not fit tokens. */
export function goldTags(v: TokenView, d: TrainDoc): { tags: Uint8Array; mask: Uint8Array; misaligned: number } {
  const tags = new Uint8Array(v.n), mask = new Uint8Array(v.n);
  let misaligned = 0;
  if (d.annotated) {
    const ann = new Set(d.annotated);
    if (TYPES.some((t) => !ann.has(t))) mask.fill(PARTIAL_O);
  }
  for (const s of d.spans) {
    let a = -1, b = -1;
    for (let i = 0; i < v.n; i++) {
      if (v.end[i] <= s.start) continue;
      if (v.start[i] >= s.end) break;
      if (a < 0) a = i;
      b = i;
    }
    if (a < 0) continue;
    const fits = v.start[a] === s.start && (v.end[b] === s.end || (v.end[b] === s.end + 2 && POSSESSIVE.test(v.words[b]))
      || (v.end[b] === s.end + 1 && s.type === 'DATE' && DECADE.test(v.words[b])));
    if (!fits || s.type === null || v.sentOf[a] !== v.sentOf[b]) {
      if (!fits) misaligned++;
      for (let i = a; i <= b; i++) mask[i] = SKIP;
      continue;
    }
    const t = TYPES.indexOf(s.type);
    for (let i = a; i <= b; i++) {
      tags[i] = a === b ? tagOf(t, POS.U) : i === a ? tagOf(t, POS.B) : i === b ? tagOf(t, POS.L) : tagOf(t, POS.I);
      if (mask[i] === PARTIAL_O) mask[i] = FREE;
    }
  }
  return { tags, mask, misaligned };
}


interface Item { p: Prepared; feats: DocFeatures; tags: Uint8Array; mask: Uint8Array; annotated: Set<number> | null; weight: number }

export function train(docs: readonly TrainDoc[], opts: TrainOptions): SparseModel {
  const log = opts.log ?? (() => {});
  const epochs = opts.epochs ?? EPOCHS, seed = opts.seed ?? 1, minCount = opts.minCount ?? MIN_COUNT;
  const t0 = Date.now();
  const parsed = docs.map((d) => tokenizeBody(d.text));
  let clusters: Clusters | null = null;
  if (opts.clusters) {
    clusters = learnClusters(parsed.map((d) => clusterInput(viewOf(d))), { seed, ...(opts.clusters ?? {}) });
    log(`clusters: ${clusters.keys.length} word types in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const prepared = parsed.map((d) => prepare(d, opts.lexicons, clusters));
  // 1. count feature hashes, keep the frequent ones
  const counts = new Map<number, number>(), shorts = new Set<number>(), tmp: number[] = [], bd = boundaryInfo();
  const bump = (f: number) => counts.set(f, (counts.get(f) ?? 0) + 1);
  for (const { view: v, facts } of prepared) {
    for (let i = 0; i < v.n; i++) {
      const s = v.sentOf[i];
      for (let k = 0; k < OFFSETS.length; k++) {
        const j = i + OFFSETS[k], e = j >= v.sentStart[s] && j < v.sentEnd[s] ? facts.info[j] : bd;
        for (let x = e.off[k]; x < e.off[k + 1]; x++) bump(e.hashes[x]);
      }
      tmp.length = 0;
      tokenFeatures(v, facts, i, tmp);
      for (const f of tmp) bump(f);
      shorts.add(facts.info[i].hss);
    }
  }
  const features: number[] = [];
  for (const [f, c] of counts) if (c >= minCount) features.push(f);
  for (const f of dynamicFeatureHashes([...shorts].sort((a, b) => a - b))) if (!counts.has(f)) { counts.set(f, 0); features.push(f); }
  const index = new HashIndex(features);
  const lookup = (f: number) => index.get(f);
  log(`features: ${features.length} kept of ${counts.size} (min count ${minCount}) in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  counts.clear();
  // 2. static feature ids per document, gold tags and masks
  const cache = new WordCache(lookup);
  let misaligned = 0;
  const items: Item[] = prepared.map((p, di) => {
    const g = goldTags(p.view, docs[di]);
    misaligned += g.misaligned;
    const ann = docs[di].annotated ? new Set(docs[di].annotated!.map((t) => TYPES.indexOf(t))) : null;
    return { p, feats: featurize(p.view, p.facts, lookup, cache), tags: g.tags, mask: g.mask, annotated: ann, weight: docs[di].weight ?? 1 };
  });
  log(`gold spans not on token boundaries (skipped): ${misaligned}`);
  // 3. training epochs, once per shuffle seed; the averaged weights of the runs are averaged again
  const dyn = new DynamicIds(lookup), runs = opts.runs ?? RUNS;
  let avg: Float64Array | null = null;
  for (let run = 0; run < runs; run++) {
    const w = trainRun(items, features.length, dyn, epochs, seed + run, (l) => log(runs > 1 ? `run ${run + 1}: ${l}` : l), t0);
    if (!avg) avg = w; else for (let k = 0; k < avg.length; k++) avg[k] += w[k];
  }
  for (let k = 0; k < avg!.length; k++) avg![k] /= runs;
  // 4. the span typer (span-types.ts), on the gold name spans of the fully annotated documents
  const examples: SpanExample[] = [];
  items.forEach((it, di) => {
    if (docs[di].annotated) return; // GUM: other span conventions, and it made the typer worse on both dev sets
    for (const c of chunksOf(it.tags)) if (c.type < SPAN_TYPES) { const f: number[] = []; spanFeatures(it.p.view, it.p.facts, c.start, c.end, f); examples.push({ feats: f, type: c.type, weight: it.weight }); }
    // capitalised runs outside every gold span: what a name is not
    const { view: v, facts } = it.p;
    for (let i = 0; i < v.n; i++) {
      if (facts.runStart[i] !== i) continue;
      const e = facts.runEnd[i];
      let free = true;
      for (let j = i; j < e && free; j++) free = it.tags[j] === 0 && it.mask[j] === 0;
      if (!free) continue;
      const f: number[] = [];
      spanFeatures(v, facts, i, e, f);
      examples.push({ feats: f, type: NO_NAME, weight: it.weight });
    }
  });
  const spanRows = trainSpanTypes(examples, seed);
  log(`span typer: ${examples.length} spans, ${spanRows.size} features`);
  return sparsify(features, avg!, opts.prune ?? PRUNE, { epochs, seed, runs, minCount, docs: docs.length, seconds: (Date.now() - t0) / 1000 }, clusters, spanRows);
}

function trainRun(items: readonly Item[], nFeatures: number, dyn: DynamicIds, epochs: number, seed: number, log: (l: string) => void, t0: number): Float64Array {
  const W = new DenseAveraged(nFeatures), rand = seeded(seed);
  const order = items.map((_, i) => i);
  for (let e = 1; e <= epochs; e++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    let errors = 0, seen = 0, steps = 0;
    for (const di of order) {
      const it = items[di];
      const { off, ids } = it.feats;
      decode(it.p.view, it.p.facts, fromFeatures(it.feats, W), dyn, W, (i, dynIds, nd, pred) => {
        W.now++;
        seen++;
        const gold = it.tags[i], m = it.mask[i];
        if (pred === gold || m === SKIP) return pred;
        if (m === PARTIAL_O && gold === 0 && pred !== 0 && !it.annotated!.has(typeOfTag(pred))) return pred;
        errors++;
        const u = it.weight * W.step(ids, off[i], off[i + 1], dynIds, nd, pred, gold);
        steps += u;
        for (let k = off[i]; k < off[i + 1]; k++) { W.bump(ids[k], gold, u); W.bump(ids[k], pred, -u); }
        for (let k = 0; k < nd; k++) { W.bump(dynIds[k], gold, u); W.bump(dynIds[k], pred, -u); }
        return pred;
      });
    }
    log(`epoch ${e}: ${errors} updates over ${seen} tokens (${(100 * (1 - errors / seen)).toFixed(2)}% right, mean step ${(steps / (errors || 1)).toFixed(3)}) at ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  return W.averaged(PA_SCALE);
}

function sparsify(features: number[], avg: Float64Array, prune: number, meta: Record<string, unknown>, clusters: Clusters | null, extra: ReadonlyMap<number, Float64Array>): SparseModel {
  // the span typer's rows join the tagger's (a hash the tagger already has is left to the tagger)
  const known = new Set(features), add = [...extra].filter(([f]) => !known.has(f)).sort((x, y) => x[0] - y[0]);
  if (add.length) {
    features = [...features, ...add.map(([f]) => f)];
    const all = new Float64Array(avg.length + add.length * N_TAGS);
    all.set(avg);
    add.forEach(([, row], k) => all.set(row, avg.length + k * N_TAGS));
    avg = all;
  }
  const keep: number[] = [];
  let entries = 0;
  for (let f = 0; f < features.length; f++) {
    let n = 0;
    for (let t = 0; t < N_TAGS; t++) if (Math.abs(avg[f * N_TAGS + t]) >= prune) n++;
    if (n) { keep.push(f); entries += n; }
  }
  const rowStart = new Uint32Array(keep.length + 1), rowTag = new Uint8Array(entries), w = new Float64Array(entries);
  let k = 0;
  keep.forEach((f, r) => {
    rowStart[r] = k;
    for (let t = 0; t < N_TAGS; t++) {
      const x = avg[f * N_TAGS + t];
      if (Math.abs(x) >= prune) { rowTag[k] = t; w[k++] = x; }
    }
  });
  rowStart[keep.length] = k;
  const { q, scale } = quantise(w);
  return {
    info: { types: TYPES, nTags: N_TAGS, meta: { ...meta, features: keep.length, entries } },
    keys: Uint32Array.from(keep, (f) => features[f]), rowStart, rows: Int32Array.from(q, (x, e) => entryOf(rowTag[e], x)), scale, clusters,
  };
}
