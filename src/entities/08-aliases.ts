// In-document alias resolution: mentions that name the same thing are clustered (union-find) by,
// in order: the same name; one lexicon entry (NORTHCOM ~ Northern Command, U.S. ~ America); an
// acronym defined in parentheses; an acronym matching a long name's initials; a prefixed acronym
// (USNORTHCOM ~ NORTHCOM); and for people, a surname or first name of one full name mentioned in
// the document. Two full names are never merged, so people who share a surname stay apart.
import type { EntityType } from '../types.js';
import { isAcronym } from './06-rules.js';
import type { TokenView } from './01-view.js';
import type { Lexicons } from './lexicons.js';
import { indexNameRuns, lastBefore, MAX_NAME_GROUPS, runKey } from './name-runs.js';
import { ACRONYM_LEADS, ACRONYM_PREFIXES, INITIALS_SKIP } from './rules.js';

export interface AliasCand {
  /** token range in the view */
  start: number;
  end: number;
  type: EntityType;
  /** name words (possessive dropped) */
  words: readonly string[];
}

const GROUP: Partial<Record<EntityType, string>> = { GPE: 'place', LOC: 'place' };
const groupOf = (t: EntityType) => GROUP[t] ?? t;
const fold = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
const nameKey = (ws: readonly string[]) => fold((/^the$/i.test(ws[0] ?? '') && ws.length > 1 ? ws.slice(1) : ws).join(' '));

class UnionFind {
  private readonly p: number[];
  constructor(n: number) { this.p = Array.from({ length: n }, (_, i) => i); }
  find(i: number): number { while (this.p[i] !== i) { this.p[i] = this.p[this.p[i]]; i = this.p[i]; } return i; }
  union(a: number, b: number): void { const x = this.find(a), y = this.find(b); if (x !== y) this.p[Math.max(x, y)] = Math.min(x, y); }
}

export function initials(ws: readonly string[]): string {
  return ws.filter((w) => !INITIALS_SKIP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

const stripPrefix = (a: string): string => {
  for (const p of ACRONYM_PREFIXES) { const q = p.replace(/\./g, ''); if (a.startsWith(q) && a.length - q.length >= 3) return a.slice(q.length); }
  return a;
};

/** Cluster index of each candidate (the smallest candidate index in its cluster). */
export function clusterAliases(cands: readonly AliasCand[], v: TokenView, lex: Lexicons): number[] {
  const uf = new UnionFind(cands.length);
  const byKey = new Map<string, number>();
  const join = (key: string, i: number) => { const j = byKey.get(key); if (j === undefined) byKey.set(key, i); else uf.union(j, i); };
  const acro = (i: number) => cands[i].end - cands[i].start === 1 && isAcronym(v, cands[i].start);
  cands.forEach((c, i) => {
    // 1. same name, 2. one lexicon entry
    join(`${groupOf(c.type)}\u0000${nameKey(c.words)}`, i);
    const gz = lex.phrases.get(c.words.join(' '));
    const canon = gz?.find((p) => p.cls === 'agency' || p.cls === 'country')?.canonical;
    if (canon) join(`${groupOf(c.type)}\u0000gz\u0000${canon}`, i);
  });
  // 3. acronyms defined in parentheses, either way round
  const at = new Map<number, number>(); // token start → candidate
  cands.forEach((c, i) => at.set(c.start, i));
  cands.forEach((c, i) => {
    if (v.words[c.end] !== '(') return;
    let j = c.end + 1;
    while (j < v.n && ACRONYM_LEADS.has(v.words[j])) j++;
    const k = at.get(j);
    if (k !== undefined && cands[k].end < v.n && v.words[cands[k].end] === ')' && (acro(k) || acro(i))) uf.union(i, k);
  });
  // 4. initials and 5. prefixed variants
  const acronyms = new Map<string, number>();
  cands.forEach((c, i) => { if (acro(i)) { const a = v.words[c.start].replace(/\./g, ''); if (acronyms.has(a)) uf.union(acronyms.get(a)!, i); else acronyms.set(a, i); } });
  for (const [a, i] of acronyms) {
    const base = stripPrefix(a);
    if (base !== a && acronyms.has(base)) uf.union(acronyms.get(base)!, i);
  }
  const byInitials = new Map<string, number[]>(); // acronym, and acronym less its prefix → candidates
  for (const [a, k] of acronyms) for (const key of new Set([a, stripPrefix(a)])) byInitials.set(key, [...(byInitials.get(key) ?? []), k]);
  cands.forEach((c, i) => {
    if (c.words.length < 2 || c.type === 'PERSON') return;
    const ini = initials(c.words);
    if (ini.length < 2) return;
    for (const k of byInitials.get(ini) ?? []) if (groupOf(cands[k].type) === groupOf(c.type)) uf.union(i, k);
  });
  // 6. people: a part of exactly one full name (or of the nearest earlier one)
  const full = cands.map((c, i) => (c.type === 'PERSON' && c.words.length >= 2 ? i : -1)).filter((i) => i >= 0);
  const folded = cands.map((c) => c.words.map(fold));
  const maxFull = full.reduce((m, f) => Math.max(m, cands[f].words.length), 0);
  const runs = indexNameRuns(full, folded); // a map, not a scan of every full name per mention
  cands.forEach((c, i) => {
    if (c.type !== 'PERSON' && !(c.words.length === 1 && (c.type === 'ORG' || c.type === 'LOC' || c.type === 'MISC'))) return;
    if (c.words.length >= 2 && c.type === 'PERSON' && maxFull <= c.words.length) return;
    const hits = runs.get(runKey(folded[i]));
    if (!hits) return;
    if (c.type !== 'PERSON' && (acro(i) || lex.phrases.get(c.words[0])?.some((p) => p.cls !== 'first'))) return;
    let pick = hits.all[0];
    if (hits.groups.length > MAX_NAME_GROUPS || new Set(hits.groups.map((g) => uf.find(g.members[0]))).size > 1) {
      pick = lastBefore(hits.all, c.start, (f) => cands[f].start);
      if (pick < 0) return; // ambiguous and nothing earlier: leave it alone
    }
    uf.union(pick, i);
  });
  return cands.map((_, i) => uf.find(i));
}
