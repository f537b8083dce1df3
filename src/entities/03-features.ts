// Tagger features. Word-level features (word, lower form, shape, affixes) depend only on the token
// string and its offset from the focus, so they are built once per word type and cached as ids;
// the rest (gazetteer, sentence position, document-level casing, word pairs) are built per token.
// Tag-dependent features (previous tags, earlier predictions for the same word) are added by the
// decoder (04-tagger.ts).
import { isAllCap, isCap, isSentFirst, type TokenView } from './01-view.js';

/** Context offsets whose word-level features the focus token sees. */
export const OFFSETS = [-2, -1, 0, 1, 2] as const;
/** Longest prefix and suffix features. 4 keeps -stan, -ese, -ian, -ovic, -ski style endings. */
const MAX_AFFIX = 4;
/** A sentence counts as a headline when at least this share of its words are capitalised. */
const HEADLINE_CAP_SHARE = 0.75;
/** ... and it has at least this many words (short lines like "By X" are not headlines). */
const HEADLINE_MIN_WORDS = 4;
const BOUNDARY = '<s>';

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

/** Short shapes are asked for every token of every document: cached per word (bounded). */
const SHAPE_CACHE_MAX = 200_000;
const shortShapes = new Map<string, string>();

export function shortShapeOf(w: string): string {
  let out = shortShapes.get(w);
  if (out !== undefined) return out;
  out = '';
  let last = '';
  for (const ch of shapeOf(w)) if (ch !== last) { out += ch; last = ch; }
  if (shortShapes.size >= SHAPE_CACHE_MAX) shortShapes.clear();
  shortShapes.set(w, out);
  return out;
}

/** Word-level feature strings of word w seen at offset k from the focus token. */
export function wordFeatures(w: string, k: number): string[] {
  const l = w.toLowerCase(), ss = shortShapeOf(w);
  if (k === 0) {
    const f = [`w=${w}`, `l=${l}`, `sh=${shapeOf(w)}`, `ss=${ss}`];
    const cps = Array.from(l);
    for (let a = 1; a <= MAX_AFFIX && a < cps.length; a++) {
      f.push(`p${a}=${cps.slice(0, a).join('')}`, `s${a}=${cps.slice(-a).join('')}`);
    }
    if (w.includes('-')) f.push('hyph');
    if (w.endsWith('.') && w.length > 1) f.push('dot');
    return f;
  }
  if (k === -1 || k === 1) return [`w${k}=${w}`, `l${k}=${l}`, `ss${k}=${ss}`, `s3${k}=${Array.from(l).slice(-3).join('')}`];
  return [`l${k}=${l}`, `ss${k}=${ss}`];
}

/** Per-document facts the token features use: headline sentences and how words are cased in the doc. */
export interface DocFacts {
  headline: Uint8Array;
  /** lower forms seen lower-case somewhere in the doc */
  lowerSeen: Set<string>;
  /** words seen capitalised not at the start of a sentence */
  capMid: Set<string>;
  lower: string[];
  short: string[];
  /** capitalised run around each capitalised token ("People's Front for Democracy and Justice"): first and last+1 token */
  runStart: Int32Array;
  runEnd: Int32Array;
}

/** Lower-case words that may sit inside a capitalised name run. */
const RUN_LINKERS = new Set(['of', 'and', 'for', 'the', 'de', 'la', 'del', 'du', 'des', 'da', 'do', 'von', 'van', 'al', 'el', 'on', '&', "'s", '’s']);
/** Runs longer than this are headlines, not names; the feature is then not emitted. */
const MAX_RUN = 8;

export function docFacts(v: TokenView): DocFacts {
  const lower = v.words.map((w) => w.toLowerCase()), short = v.words.map(shortShapeOf);
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
      if (!/^\p{L}/u.test(w) || w.length < 4) continue; // short function words stay lower in title case
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
  return { headline, lowerSeen, capMid, lower, short, runStart, runEnd };
}

/** Token-level feature strings for token i (besides the cached word-level ones). */
export function tokenFeatures(v: TokenView, facts: DocFacts, gz: readonly string[], i: number, out: string[]): void {
  const s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s];
  const { lower, short } = facts;
  const lp = i > s0 ? lower[i - 1] : BOUNDARY, ln = i + 1 < s1 ? lower[i + 1] : BOUNDARY;
  const sp = i > s0 ? short[i - 1] : BOUNDARY, sn = i + 1 < s1 ? short[i + 1] : BOUNDARY;
  out.push('b', `b-=${lp}|${lower[i]}`, `b+=${lower[i]}|${ln}`, `sst=${sp}|${short[i]}|${sn}`);
  if (gz[i]) for (const g of gz[i].split(' ')) out.push(`g0=${g}`);
  if (i > s0 && gz[i - 1]) for (const g of gz[i - 1].split(' ')) out.push(`g-1=${g}`);
  if (i + 1 < s1 && gz[i + 1]) for (const g of gz[i + 1].split(' ')) out.push(`g+1=${g}`);
  if (i === s0) out.push(`first|${short[i]}`);
  const ra = facts.runStart[i], rb = facts.runEnd[i];
  if (ra >= 0 && rb - ra <= MAX_RUN && !facts.headline[s]) {
    out.push(`rs=${lower[ra]}`, `re=${lower[rb - 1]}`, `rp=${Math.min(rb - ra, 5)}|${Math.min(i - ra, 4)}|${Math.min(rb - 1 - i, 4)}`);
    if (ra > s0) out.push(`rb=${lower[ra - 1]}`);
  }
  if (facts.headline[s]) out.push('hl', `hl|${short[i]}`);
  if (isCap(v, i)) {
    if (facts.lowerSeen.has(lower[i])) out.push('lcdoc');
    if (i === s0 && facts.capMid.has(v.words[i])) out.push('capmid');
    if (isAllCap(v, i)) out.push(v.words[i].length <= 5 ? 'acshort' : 'aclong');
  }
}
