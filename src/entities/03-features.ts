// Tagger features, hashed. A feature is a 32-bit hash of (template, value) computed from integers:
// each word type's strings (word, lower form, shape, affixes) are hashed once and cached (WordInfo),
// and the token-level features (word pairs, shape trigram, gazetteer, sentence position, document
// casing) combine those hashes with `mix` — no string is built per token. The model maps a hash to
// a weight row (model.ts); tag-dependent features are added by the decoder (04-tagger.ts).
import { isAllCap, isCap, isSentFirst, type TokenView } from './01-view.js';
import type { Clusters } from './clusters.js';

/** Context offsets whose word-level features the focus token sees. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
/** Longest prefix and suffix features. 4 keeps -stan, -ese, -ian, -ovic, -ski style endings. */
const MAX_AFFIX = 4;
/** A sentence counts as a headline when at least this share of its words are capitalised. */
const HEADLINE_CAP_SHARE = 0.75;
/** ... and it has at least this many words (short lines like "By X" are not headlines). */
const HEADLINE_MIN_WORDS = 4;
export const BOUNDARY = '<s>';

// Hashes are int32 (small integers to V8: no boxing in arrays or returns).

/** FNV-1a over UTF-16 code units. */
export function fnv(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) { h ^= s.charCodeAt(i); h = Math.imul(h, 0x01000193); }
  return h;
}

/** Combines a hash with a value (murmur3's finaliser over a·c1 ⊕ b): templates, pairs, triples. */
export function mix(a: number, b: number): number {
  let h = (Math.imul(a ^ 0x9e3779b9, 0xcc9e2d51) ^ b) | 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  h ^= h >>> 16;
  return (h | 0) || 1; // 0 marks an empty slot in the model's hash index
}

/** Feature templates: the first argument of `mix`. Changing a number changes every feature of it (retrain). */
export const T = {
  // word level, per offset k: T.WORD + 16 * (k + 2) + kind; word clusters T.CLUSTER + 16 * (k + 2) + level
  WORD: 1000, CLUSTER: 2000,
  BIAS: 1, BIGRAM_L: 2, BIGRAM_R: 3, SHAPE3: 4, GZ0: 5, GZ_L: 6, GZ_R: 7, FIRST: 8, RUN_START: 9, RUN_END: 10,
  RUN_POS: 11, RUN_BEFORE: 12, HEADLINE: 13, HEADLINE_SHAPE: 14, LC_DOC: 15, CAP_MID: 16, ACRO_SHORT: 17, ACRO_LONG: 18,
  AGG_L: 19, AGG_R: 20, RUN_GZ: 21,
  // dynamic (04-tagger.ts)
  T1: 40, T2: 41, T1_SHAPE: 42, HIST: 43, HIST_SHARE: 44,
} as const;
const K = { W: 0, L: 1, SH: 2, SS: 3, P: 4, S: 8, HYPH: 12, DOT: 13, S3: 14 } as const;
const wt = (k: number, kind: number) => T.WORD + 16 * (k + 2) + kind;

export function shapeOf(w: string): string {
  let out = '', last = '', run = 0;
  for (const ch of w) {
    const c = /\p{Lu}/u.test(ch) ? 'X' : /\p{Ll}/u.test(ch) ? 'x' : /\p{N}/u.test(ch) ? 'd' : /\p{L}/u.test(ch) ? 'a' : ch;
    if (c === last) { if (++run > 2) continue; } else { last = c; run = 1; }
    out += c;
    if (out.length >= 12) break;
  }
  return out;
}

export function shortShapeOf(w: string): string {
  let out = '', last = '';
  for (const ch of shapeOf(w)) if (ch !== last) { out += ch; last = ch; }
  return out;
}

/** Everything the features need from one word type, hashed once. */
export interface WordInfo {
  readonly lower: string;
  readonly short: string;
  /** hashes of the lower form and the short shape (token-level features combine these) */
  readonly hl: number;
  readonly hss: number;
  /** word-level feature hashes seen from offset OFFSETS[k]: hashes[off[k] .. off[k+1]) */
  readonly hashes: Int32Array;
  readonly off: Uint8Array;
  /** one model's feature rows for this word, kept here by 04-tagger.ts's WordCache (owner: that cache) */
  rowsOwner: object | null;
  rows: unknown;
  /** the same for the span typer's per-word scores (span-types.ts's SpanScorer) */
  spanOwner: object | null;
  span: Int32Array | null;
}

/** The key of a lower-case word's hash in the cluster table. */
export const clusterKey = (hl: number): number => mix(7, hl);
const ct = (k: number, level: number) => T.CLUSTER + 16 * (k + 2) + level;

function makeInfo(w: string, cl: Clusters | null): WordInfo {
  const l = w.toLowerCase(), short = shortShapeOf(w);
  const hw = fnv(w), hl = fnv(l), hss = fnv(short), cps = Array.from(l);
  const code = cl ? cl.get(clusterKey(hl)) : -1, c1 = code & 0xffff, c2 = code >>> 16;
  const s3 = fnv(cps.slice(-3).join(''));
  const out: number[] = [], off = new Uint8Array(OFFSETS.length + 1);
  OFFSETS.forEach((k, x) => {
    off[x] = out.length;
    if (k === 0) {
      out.push(mix(wt(0, K.W), hw), mix(wt(0, K.L), hl), mix(wt(0, K.SH), fnv(shapeOf(w))), mix(wt(0, K.SS), hss));
      for (let a = 1; a <= MAX_AFFIX && a < cps.length; a++) {
        out.push(mix(wt(0, K.P + a - 1), fnv(cps.slice(0, a).join(''))), mix(wt(0, K.S + a - 1), fnv(cps.slice(-a).join(''))));
      }
      if (w.includes('-')) out.push(mix(wt(0, K.HYPH), 0));
      if (w.endsWith('.') && w.length > 1) out.push(mix(wt(0, K.DOT), 0));
      if (code >= 0) out.push(mix(ct(0, 0), c1), mix(ct(0, 1), c2), mix(mix(ct(0, 2), c2), hss));
    } else if (k === -1 || k === 1) {
      out.push(mix(wt(k, K.W), hw), mix(wt(k, K.L), hl), mix(wt(k, K.SS), hss), mix(wt(k, K.S3), s3));
      if (code >= 0) out.push(mix(ct(k, 0), c1));
    } else {
      out.push(mix(wt(k, K.L), hl), mix(wt(k, K.SS), hss));
    }
  });
  off[OFFSETS.length] = out.length;
  return { lower: l, short, hl, hss, hashes: Int32Array.from(out), off, rowsOwner: null, rows: null, spanOwner: null, span: null };
}

/** Word infos are asked for every token of every document: cached per word type (bounded). */
const INFO_CACHE_MAX = 300_000;
/** one cache per cluster table (a model and its clusters go together) */
const plainInfos = new Map<string, WordInfo>();
const clusterInfos = new WeakMap<Clusters, Map<string, WordInfo>>();
export function wordInfo(w: string, cl: Clusters | null = null): WordInfo {
  let infos = plainInfos;
  if (cl) { let m = clusterInfos.get(cl); if (!m) clusterInfos.set(cl, (m = new Map())); infos = m; }
  let e = infos.get(w);
  if (e === undefined) {
    if (infos.size >= INFO_CACHE_MAX) infos.clear(); // a long batch run cannot grow it forever
    e = makeInfo(w, cl);
    infos.set(w, e);
  }
  return e;
}

/** Per-document facts the token features use: headline sentences and how words are cased in the doc. */
export interface DocFacts {
  headline: Uint8Array;
  /** lower forms seen lower-case somewhere in the doc */
  lowerSeen: Set<string>;
  /** words seen capitalised not at the start of a sentence */
  capMid: Set<string>;
  info: WordInfo[];
  lower: string[];
  /** capitalised run around each capitalised token ("People's Front for Democracy and Justice"): first and last+1 token */
  runStart: Int32Array;
  runEnd: Int32Array;
  /** gazetteer classes covering each token (bit per class) and the token's place in the match (B I L U = 0..3) << 16 */
  gz: Uint32Array;
  /** context aggregation: per token, the lower-form hashes of the words around every use of the same capitalised word in the doc ([] if none) */
  aggL: readonly Int32Array[];
  aggR: readonly Int32Array[];
}

/** Lower-case words that may sit inside a capitalised name run. */
const RUN_LINKERS = new Set(['of', 'and', 'for', 'the', 'de', 'la', 'del', 'du', 'des', 'da', 'do', 'von', 'van', 'al', 'el', 'on', '&', "'s", '’s']);
/** Runs longer than this are headlines, not names; the feature is then not emitted. */
const MAX_RUN = 8;
const LETTER = /^\p{L}/u;

export function docFacts(v: TokenView, gz: Uint32Array, cl: Clusters | null = null): DocFacts {
  const info = v.words.map((w) => wordInfo(w, cl)), lower = info.map((x) => x.lower);
  const lowerSeen = new Set<string>(), capMid = new Set<string>();
  for (let i = 0; i < v.n; i++) {
    const w = v.words[i];
    if (!isCap(v, i)) { if (w !== lower[i]) continue; lowerSeen.add(w); } else if (!isSentFirst(v, i)) capMid.add(w);
  }
  const headline = new Uint8Array(v.sentStart.length);
  for (let s = 0; s < headline.length; s++) {
    let words = 0, caps = 0;
    for (let i = v.sentStart[s]; i < v.sentEnd[s]; i++) {
      const w = v.words[i];
      if (w.length < 4 || !LETTER.test(w)) continue; // short function words stay lower in title case
      words++;
      if (isCap(v, i)) caps++;
    }
    headline[s] = words >= HEADLINE_MIN_WORDS && caps >= HEADLINE_CAP_SHARE * words ? 1 : 0;
  }
  const runStart = new Int32Array(v.n).fill(-1), runEnd = new Int32Array(v.n).fill(-1);
  for (let i = 0; i < v.n; ) {
    if (!isCap(v, i)) { i++; continue; }
    let j = i + 1;
    const sEnd = v.sentEnd[v.sentOf[i]];
    while (j < sEnd && (isCap(v, j) || (RUN_LINKERS.has(lower[j]) && j + 1 < sEnd && isCap(v, j + 1)))) j++;
    for (let k = i; k < j; k++) { runStart[k] = i; runEnd[k] = j; }
    i = j;
  }
  const { aggL, aggR } = aggregate(v, info, runStart, runEnd);
  return { headline, lowerSeen, capMid, info, lower, runStart, runEnd, gz, aggL, aggR };
}

/** Most distinct neighbours kept per side for one word: enough for a name's usual contexts, bounded cost. */
const MAX_AGG = 6;
const NO_AGG = new Int32Array(0);

/**
 * Context aggregation (Ratinov & Roth 2009): each capitalised word sees the words just before and
 * after the capitalised runs of all of its uses in the document ("province of Vardello" tells about
 * "Vardello ..." elsewhere, "Mr Tano Ekwueme" about "Ekwueme").
 */
function aggregate(v: TokenView, info: readonly WordInfo[], runStart: Int32Array, runEnd: Int32Array): { aggL: Int32Array[]; aggR: Int32Array[] } {
  const left = new Map<string, number[]>(), right = new Map<string, number[]>();
  const add = (m: Map<string, number[]>, w: string, h: number) => {
    let a = m.get(w);
    if (!a) m.set(w, (a = []));
    if (a.length < MAX_AGG && !a.includes(h)) a.push(h);
  };
  for (let i = 0; i < v.n; i++) {
    if (!isCap(v, i)) continue;
    const s = v.sentOf[i], w = v.words[i];
    // the words around the capitalised run the word stands in ("rights group [Veritaj]", "[Tano Ekwueme] said")
    const a = runEnd[i] - runStart[i] <= MAX_RUN ? runStart[i] : i, b = runEnd[i] - runStart[i] <= MAX_RUN ? runEnd[i] : i + 1;
    add(left, w, a > v.sentStart[s] ? info[a - 1].hl : 0);
    add(right, w, b < v.sentEnd[s] ? info[b].hl : 0);
  }
  const aggL: Int32Array[] = new Array(v.n), aggR: Int32Array[] = new Array(v.n);
  const cacheL = new Map<string, Int32Array>(), cacheR = new Map<string, Int32Array>();
  for (let i = 0; i < v.n; i++) {
    if (!isCap(v, i)) { aggL[i] = NO_AGG; aggR[i] = NO_AGG; continue; }
    const w = v.words[i];
    let l = cacheL.get(w), r = cacheR.get(w);
    if (!l) { cacheL.set(w, (l = Int32Array.from(left.get(w)!))); cacheR.set(w, (r = Int32Array.from(right.get(w)!))); }
    aggL[i] = l; aggR[i] = r!;
  }
  return { aggL, aggR };
}

const BOUNDARY_INFO = wordInfo(BOUNDARY);
export const boundaryInfo = (): WordInfo => BOUNDARY_INFO;

/** Pushes the gazetteer features of code g (bit per class, position << 16) under template t. */
function gzFeatures(t: number, g: number, out: number[]): void {
  const pos = g >>> 16;
  for (let b = g & 0xffff, c = 0; b; b >>>= 1, c++) if (b & 1) out.push(mix(t, c * 4 + pos));
}

/** Token-level feature hashes for token i (besides the cached word-level ones), appended to out. */
export function tokenFeatures(v: TokenView, facts: DocFacts, i: number, out: number[]): void {
  const s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s];
  const { info, gz } = facts;
  const me = info[i], pv = i > s0 ? info[i - 1] : BOUNDARY_INFO, nx = i + 1 < s1 ? info[i + 1] : BOUNDARY_INFO;
  out.push(mix(T.BIAS, 0), mix(mix(T.BIGRAM_L, pv.hl), me.hl), mix(mix(T.BIGRAM_R, me.hl), nx.hl),
    mix(mix(mix(T.SHAPE3, pv.hss), me.hss), nx.hss));
  if (gz[i]) gzFeatures(T.GZ0, gz[i], out);
  if (i > s0 && gz[i - 1]) gzFeatures(T.GZ_L, gz[i - 1], out);
  if (i + 1 < s1 && gz[i + 1]) gzFeatures(T.GZ_R, gz[i + 1], out);
  if (i === s0) out.push(mix(T.FIRST, me.hss));
  const ra = facts.runStart[i], rb = facts.runEnd[i];
  if (ra >= 0 && rb - ra <= MAX_RUN && !facts.headline[s]) {
    out.push(mix(T.RUN_START, info[ra].hl), mix(T.RUN_END, info[rb - 1].hl),
      mix(T.RUN_POS, 100 * Math.min(rb - ra, 5) + 10 * Math.min(i - ra, 4) + Math.min(rb - 1 - i, 4)));
    if (ra > s0) out.push(mix(T.RUN_BEFORE, info[ra - 1].hl));
    // the gazetteer classes found anywhere in the run: "Front" makes "People's Front for Democracy" an organisation
    let bits = 0;
    for (let j = ra; j < rb; j++) bits |= gz[j];
    for (let b = bits & 0xffff, c = 0; b; b >>>= 1, c++) if (b & 1) out.push(mix(T.RUN_GZ, c));
  }
  if (facts.headline[s]) out.push(mix(T.HEADLINE, 0), mix(T.HEADLINE_SHAPE, me.hss));
  if (isCap(v, i)) {
    if (facts.lowerSeen.has(me.lower)) out.push(mix(T.LC_DOC, 0));
    if (i === s0 && facts.capMid.has(v.words[i])) out.push(mix(T.CAP_MID, 0));
    if (isAllCap(v, i)) out.push(v.words[i].length <= 5 ? mix(T.ACRO_SHORT, 0) : mix(T.ACRO_LONG, 0));
    const al = facts.aggL[i], ar = facts.aggR[i];
    for (let x = 0; x < al.length; x++) out.push(mix(T.AGG_L, al[x]));
    for (let x = 0; x < ar.length; x++) out.push(mix(T.AGG_R, ar[x]));
  }
}
