// The span typer: a second opinion on the type of each name the tagger found, from features of the
// whole span that a left-to-right tagger sees only in part — every word of the name, its first and
// last (head) word and the head's ending, the whole name, the words around it and the gazetteer
// classes inside it. A multiclass averaged perceptron over the name types and "no name", trained on
// Worldwide's gold name spans and on the capitalised runs outside them (sentence openers, headings,
// common words in title case); its weight rows live in the tagger's model file under their own feature
// templates (one entry per type, at the type's U- tag; "no name" at the O tag), so the file format is
// unchanged. A model without them keeps every chunk as tagged.
import type { TokenView } from './01-view.js';
import { fnv, mix, type DocFacts, type WordInfo } from './03-features.js';
import { N_TAGS, POS, TYPES, tagOf, type IntWeights, type Lookup } from './04-tagger.js';
import type { Chunk } from './05-tag.js';
import { seeded } from './seeded.js';

/** The types the span typer chooses between (TYPES indices: the entities[] types; DATE and MONEY are left as tagged). */
const K = 7; // PERSON ORG LOC NORP FAC PRODUCT MISC
/** Classes: the K types, and "no name" (class K, stored at the O tag). */
const KC = K + 1;
const slot = (t: number) => (t < K ? tagOf(t, POS.U) : 0);
const NAME_TYPE = new Set<string>(TYPES.slice(0, K));

/** Feature templates of the span typer (disjoint from 03-features.ts's T). */
const S = {
  WORD: 3001, FIRST: 3002, LAST: 3003, WHOLE: 3004, LEN: 3005, SUF3: 3006, SUF4: 3007, SHAPE: 3008, PREV1: 3009,
  PREV2: 3010, NEXT1: 3011, NEXT2: 3012, GZ: 3013, PREV_NEXT: 3016, LAST_PREV: 3017, BIAS: 3018, GZ_POS: 3019, RUN: 3020,
} as const;
/** Word-level roles, whose scores are cached per word type at tagging time: in the name, first, last, the two words before and after. */
const ROLES = [S.WORD, S.FIRST, S.LAST, S.PREV1, S.PREV2, S.NEXT1, S.NEXT2] as const;
const [R_WORD, R_FIRST, R_LAST, R_PREV1, R_PREV2, R_NEXT1, R_NEXT2] = [0, 1, 2, 3, 4, 5, 6];
/** Longest span whose whole-name feature is emitted: longer ones are never seen twice. */
const MAX_WHOLE = 6;
const MAX_LEN = 5;
const POSSESSIVE = /^['’]s$/;

/** Feature hashes of a word in one role (hl 0: no word there, at a sentence edge). */
function roleHashes(role: number, w: WordInfo | null, out: number[]): void {
  out.push(mix(ROLES[role], w ? w.hl : 0));
  if (role === R_LAST && w && w.lower.length > 4) out.push(mix(S.SUF3, fnv(w.lower.slice(-3))), mix(S.SUF4, fnv(w.lower.slice(-4))));
}

/** The span's context: the word infos before and after it (null at a sentence edge; a possessive after the name is skipped). */
function context(v: TokenView, facts: DocFacts, a: number, b: number): (WordInfo | null)[] {
  const s = v.sentOf[a], s0 = v.sentStart[s], s1 = v.sentEnd[s], info = facts.info;
  let n = b;
  if (n < s1 && POSSESSIVE.test(v.words[n])) n++;
  return [a > s0 ? info[a - 1] : null, a - 1 > s0 ? info[a - 2] : null, n < s1 ? info[n] : null, n + 1 < s1 ? info[n + 1] : null];
}

/** The features that are not of one word: length, whole name, shape, gazetteer classes, word pairs. */
function spanHashes(v: TokenView, facts: DocFacts, a: number, b: number, prev: WordInfo | null, next: WordInfo | null, out: number[]): void {
  const { info, gz } = facts;
  out.push(mix(S.BIAS, 0), mix(S.LEN, Math.min(b - a, MAX_LEN)));
  let whole: number = S.WHOLE, shape: number = S.SHAPE;
  for (let i = a; i < b; i++) {
    whole = mix(whole, info[i].hl);
    shape = mix(shape, info[i].hss);
    const pos = i === a ? 0 : i === b - 1 ? 2 : 1;
    if (gz[i]) for (let bits = gz[i] & 0xffff, c = 0; bits; bits >>>= 1, c++) if (bits & 1) out.push(mix(S.GZ, c), mix(S.GZ_POS, 4 * c + pos));
  }
  if (b - a <= MAX_WHOLE) out.push(whole);
  const p1 = prev ? prev.hl : 0;
  out.push(shape, mix(mix(S.PREV_NEXT, p1), next ? next.hl : 0), mix(mix(S.LAST_PREV, info[b - 1].hl), p1));
}

/** Longest capitalised run told apart by the run feature (03-features.ts's runs reach 8 words and more). */
const MAX_RUN_LEN = 6;
/**
 * The span's place in its capitalised run: the whole run, its start, its end or its middle, and the
 * run's length ("Front" at the end of "People's Front" is a name; inside "People's Front for Democracy"
 * it is a part of one). Worldwide dev PER/ORG/LOC, three seeds: 81.7 against 81.5 without it.
 */
function runHash(facts: DocFacts, a: number, b: number): number {
  const ra = facts.runStart[a], rb = facts.runEnd[b - 1];
  return mix(S.RUN, ra < 0 || rb < 0 ? 99 : (ra === a ? 1 : 0) + (rb === b ? 2 : 0) + 4 * Math.min(rb - ra, MAX_RUN_LEN));
}

/** Every feature hash of the span [a, b) (training; tagging sums the same features through SpanScorer). */
export function spanFeatures(v: TokenView, facts: DocFacts, a: number, b: number, out: number[]): void {
  const ctx = context(v, facts, a, b);
  for (let i = a; i < b; i++) roleHashes(R_WORD, facts.info[i], out);
  roleHashes(R_FIRST, facts.info[a], out);
  roleHashes(R_LAST, facts.info[b - 1], out);
  [R_PREV1, R_PREV2, R_NEXT1, R_NEXT2].forEach((r, k) => roleHashes(r, ctx[k], out));
  spanHashes(v, facts, a, b, ctx[0], ctx[2], out);
  out.push(runHash(facts, a, b));
}

/**
 * The tagger's type is kept unless the span typer prefers another by more than this margin (in the
 * perceptron's update units). Alone, each is right on ~89% of the Worldwide dev names whose span the
 * tagger found; together 90.1–90.2% for margins 7–10, 89.1% at 0 (the typer alone), 89.5% at 20
 * (before the no-name class). Whole stage, shipped model: PER/ORG/LOC 81.6 at 5, 81.8 at 7 and 10, 81.5 at 15.
 */
const KEEP_MARGIN = 10;
/**
 * A chunk is dropped when "no name" beats its type by this margin. Worldwide dev PER/ORG/LOC: 81.7 at
 * 0, 81.5 at -2 and 81.3 at 3 (no drops: 81.3); GUM 51.4 / 51.9 / 50.8 (50.1); before the URL rule.
 */
const DROP_MARGIN = 0;

/** Adds role r's KC scores from x into out. */
function addRole(out: Int32Array, x: Int32Array, r: number): void {
  for (let t = 0, at = r * KC; t < KC; t++) out[t] += x[at + t];
}

/** Scores spans by type with a model's span rows; each word's role scores are summed once per word type. */
export class SpanScorer {
  private readonly tmp = new Int32Array(N_TAGS);
  private readonly hashes: number[] = [];
  private readonly edge: Int32Array;
  /** the model has span rows at all */
  readonly active: boolean;
  constructor(private readonly lookup: Lookup, private readonly w: IntWeights, private readonly scale: number) {
    this.active = lookup(mix(S.BIAS, 0)) >= 0;
    this.edge = this.roles(null);
  }
  /** K scores per role for word w (null: the sentence edge) */
  private roles(w: WordInfo | null): Int32Array {
    const out = new Int32Array(ROLES.length * KC);
    for (let r = 0; r < ROLES.length; r++) {
      this.hashes.length = 0;
      roleHashes(r, w, this.hashes);
      this.add(out, r * KC);
    }
    return out;
  }
  /** adds the rows of this.hashes, U- tag of each type, into out at `at` */
  private add(out: Int32Array, at: number): void {
    const tmp = this.tmp;
    tmp.fill(0);
    for (const h of this.hashes) { const r = this.lookup(h); if (r >= 0) this.w.addRowInt(r, tmp, 0); }
    for (let t = 0; t < KC; t++) out[at + t] += tmp[slot(t)];
  }
  private of(w: WordInfo): Int32Array {
    if (w.spanOwner !== this) { w.span = this.roles(w); w.spanOwner = this; }
    return w.span!;
  }
  /** BIAS + LEN rows per span length (1 .. MAX_LEN), and the gazetteer rows per (classes, place in the span), summed once */
  private readonly base: Int32Array[] = [];
  private readonly gzRows = new Map<number, Int32Array>();
  private lengthRows(len: number): Int32Array {
    let x = this.base[len];
    if (!x) {
      this.hashes.length = 0;
      this.hashes.push(mix(S.BIAS, 0), mix(S.LEN, len));
      this.add((x = new Int32Array(KC)), 0);
      this.base[len] = x;
    }
    return x;
  }
  private gzRow(code: number, pos: number): Int32Array {
    const key = (code & 0xffff) * 4 + pos;
    let x = this.gzRows.get(key);
    if (!x) {
      this.hashes.length = 0;
      for (let bits = code & 0xffff, c = 0; bits; bits >>>= 1, c++) if (bits & 1) this.hashes.push(mix(S.GZ, c), mix(S.GZ_POS, 4 * c + pos));
      this.add((x = new Int32Array(KC)), 0);
      this.gzRows.set(key, x);
    }
    return x;
  }
  /** The span's score per class into out (KC long): the sum of spanFeatures' rows, from cached parts and four look-ups. */
  score(v: TokenView, facts: DocFacts, a: number, b: number, out: Int32Array): void {
    const { info, gz } = facts;
    const s = v.sentOf[a], s0 = v.sentStart[s], s1 = v.sentEnd[s];
    let n = b;
    if (n < s1 && POSSESSIVE.test(v.words[n])) n++;
    out.set(this.lengthRows(Math.min(b - a, MAX_LEN)));
    let whole: number = S.WHOLE, shape: number = S.SHAPE;
    for (let i = a; i < b; i++) {
      addRole(out, this.of(info[i]), R_WORD);
      whole = mix(whole, info[i].hl);
      shape = mix(shape, info[i].hss);
      if (gz[i]) addRole(out, this.gzRow(gz[i], i === a ? 0 : i === b - 1 ? 2 : 1), 0);
    }
    addRole(out, this.of(info[a]), R_FIRST);
    addRole(out, this.of(info[b - 1]), R_LAST);
    const p1 = a > s0 ? info[a - 1] : null, n1 = n < s1 ? info[n] : null;
    addRole(out, p1 ? this.of(p1) : this.edge, R_PREV1);
    addRole(out, a - 1 > s0 ? this.of(info[a - 2]) : this.edge, R_PREV2);
    addRole(out, n1 ? this.of(n1) : this.edge, R_NEXT1);
    addRole(out, n + 1 < s1 ? this.of(info[n + 1]) : this.edge, R_NEXT2);
    const ph = p1 ? p1.hl : 0;
    this.hashes.length = 0;
    if (b - a <= MAX_WHOLE) this.hashes.push(whole);
    this.hashes.push(shape, mix(mix(S.PREV_NEXT, ph), n1 ? n1.hl : 0), mix(mix(S.LAST_PREV, info[b - 1].hl), ph), runHash(facts, a, b));
    this.add(out, 0);
  }
  /** The chunks with the types the span typer picks, less the whole runs it reads as no name (margins in update units, as KEEP_MARGIN, DROP_MARGIN). */
  retype(chunks: readonly Chunk[], v: TokenView, facts: DocFacts, keepMargin = KEEP_MARGIN, dropMargin = DROP_MARGIN): Chunk[] {
    if (!this.active) return chunks as Chunk[];
    const sc = new Int32Array(KC), margin = keepMargin / this.scale, drop = dropMargin / this.scale;
    const out: Chunk[] = [];
    for (const c of chunks) {
      if (!NAME_TYPE.has(c.type)) { out.push(c); continue; }
      const cur = TYPES.indexOf(c.type);
      this.score(v, facts, c.start, c.end, sc);
      // a whole capitalised run that reads as no name is dropped (the typer learnt from whole runs; a part of a run is part of some name)
      // (against the tagger's type, not the best one: a run whose tag loses to "no name" was mostly junk, 81.7 against 81.3)
      if (sc[K] > sc[cur] + drop && facts.runStart[c.start] === c.start && facts.runEnd[c.end - 1] === c.end) continue;
      let best = cur, bestScore = sc[cur] + margin;
      for (let t = 0; t < K; t++) if (sc[t] > bestScore) { best = t; bestScore = sc[t]; }
      out.push(best === cur ? c : { ...c, type: TYPES[best] });
    }
    return out;
  }
}

/** One gold name: its feature hashes, its TYPES index, and its document's update size (TrainDoc.weight). */
export interface SpanExample { feats: readonly number[]; type: number; weight?: number }
export const SPAN_TYPES = K;
/** The class of a capitalised run that is no name. */
export const NO_NAME = K;

/** Span typer epochs: the training spans are few and the classes settle early. */
const SPAN_EPOCHS = 10;
/** Span features seen fewer times are dropped (one-off names teach nothing about the next document). */
const SPAN_MIN_COUNT = 2;

/**
 * Trains the span typer on gold name spans: averaged multiclass perceptron, examples shuffled with a
 * seeded generator. Returns feature hash → averaged weight per tag (N_TAGS long, non-zero only at
 * the types' U- tags), ready to join the tagger's rows.
 */
export function trainSpanTypes(examples: readonly SpanExample[], seed: number, epochs = SPAN_EPOCHS): Map<number, Float64Array> {
  const counts = new Map<number, number>();
  for (const e of examples) for (const f of new Set(e.feats)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const ids = new Map<number, number>();
  for (const [f, c] of [...counts].sort((x, y) => x[0] - y[0])) if (c >= SPAN_MIN_COUNT) ids.set(f, ids.size);
  const n = ids.size * KC;
  const w = new Float64Array(n), total = new Float64Array(n), stamp = new Float64Array(n);
  let now = 0;
  const bump = (k: number, by: number) => { total[k] += (now - stamp[k]) * w[k]; stamp[k] = now; w[k] += by; };
  const rows = examples.map((e) => Int32Array.from(e.feats.map((f) => ids.get(f) ?? -1).filter((x) => x >= 0)));
  const order = examples.map((_, i) => i), rand = seeded(seed), sc = new Float64Array(KC);
  for (let ep = 0; ep < epochs; ep++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rand() * (i + 1)); [order[i], order[j]] = [order[j], order[i]]; }
    for (const x of order) {
      now++;
      sc.fill(0);
      for (const r of rows[x]) for (let t = 0; t < KC; t++) sc[t] += w[r * KC + t];
      let best = 0;
      for (let t = 1; t < KC; t++) if (sc[t] > sc[best]) best = t;
      const gold = examples[x].type;
      if (best === gold) continue;
      const u = examples[x].weight ?? 1;
      for (const r of rows[x]) { bump(r * KC + gold, u); bump(r * KC + best, -u); }
    }
  }
  const out = new Map<number, Float64Array>();
  for (const [f, id] of ids) {
    const row = new Float64Array(N_TAGS);
    for (let t = 0; t < KC; t++) { const k = id * KC + t; row[slot(t)] = (total[k] + (now - stamp[k]) * w[k]) / (now || 1); }
    out.set(f, row);
  }
  return out;
}
