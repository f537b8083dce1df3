// In-document alias resolution: mentions that name the same thing are clustered (union-find) by,
// in order: 1. the same name (case, accents, "the" and a possessive ignored); 2. one lexicon entry
// (CENTCOM ~ Central Command, U.S. ~ America); 3. name variants of organisations: content words
// only, without a legal-form designator ("Acme Corp." ~ "Acme"), without a country prefix when only
// one country prefixes that name in the document ("U.S. Border Patrol" ~ "Border Patrol"); 4. a name
// defined in parentheses, either way round ("Long Name (ACRO)", "ACRO (Long Name)"); 5. an acronym
// matching a long name's initials, and prefixed acronyms (USCENTCOM ~ CENTCOM); 6. for people,
// a part of a full name (surname, first name, first + last name without the middle one); 7. a bare
// organisation head word ("the Commission", "the Bank" of "Bank of Norland") of exactly one longer
// name; 8. one name tagged with two types: the few mentions join the entity that has at least twice as
// many; 9. a name given as another's other name ("Ana Ruiz, better known as La Jefa").
// Two different full names are never merged, so people who share a surname stay apart; a bare part
// shared by several of them goes to the one mentioned most recently, unless another was mentioned twice
// as often before it, or stays apart if none was yet.
import type { EntityType } from '../types.js';
import { isAcronym } from './06-rules.js';
import type { TokenView } from './01-view.js';
import { phrasesOf, type Lexicons } from './lexicons.js';
import { ORG_DESIGNATORS, countryPrefix, fold, nameKey, variantKeys } from './alias-keys.js';
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
/** Appends i to the list under key k. */
const addTo = <K>(m: Map<K, number[]>, k: K, i: number): void => { const list = m.get(k); if (list) list.push(i); else m.set(k, [i]); };
/** Rule 8: the entity a differently-typed mention joins must be at least this many times bigger (a clear majority, not a coin toss). */
const TYPE_MAJORITY = 2;
const PLACE_LEXICON = new Set(['country', 'city', 'gpe', 'region', 'place']);

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
  const unprefixed = new Map<string, { prefixes: Set<string>; members: number[] }>();
  const lexical = (i: number) => acro(i) || !!phrasesOf(lex, cands[i].words[0])?.some((p) => p.cls !== 'first');
  const parts = personParts(cands, lexical);
  cands.forEach((c, i) => {
    const g = groupOf(c.type);
    // 1. same name (a part of a person's full name is resolved one by one in 6), 2. one lexicon entry
    if (!parts.has(i)) join(`${g}\u0000${nameKey(c.words)}`, i);
    const gz = lex.phrases.get(c.words.join(' '));
    const canon = gz?.find((p) => p.cls === 'agency' || p.cls === 'country')?.canonical;
    if (canon) join(`${g}\u0000gz\u0000${canon}`, i);
    // 3. organisation name variants
    if (c.type === 'PERSON' || c.words.length < 2) return;
    for (const k of variantKeys(c.words)) join(`${g}\u0000${k}`, i);
    const cp = countryPrefix(c.words, lex);
    const rest = `${g}\u0000${nameKey(cp ? cp[1] : c.words)}`;
    const u = unprefixed.get(rest) ?? { prefixes: new Set<string>(), members: [] };
    if (cp) u.prefixes.add(cp[0]);
    u.members.push(i);
    unprefixed.set(rest, u);
  });
  for (const [rest, u] of unprefixed) {
    if (u.prefixes.size !== 1) continue; // "US Army" and "Mexican Army" in one story are two armies
    for (const i of u.members) uf.union(u.members[0], i);
    const bare = byKey.get(rest);
    if (bare !== undefined) uf.union(bare, u.members[0]);
  }
  // 4. names defined in parentheses, either way round
  const at = new Map<number, number>(); // token start → candidate
  cands.forEach((c, i) => at.set(c.start, i));
  cands.forEach((c, i) => {
    if (v.words[c.end] !== '(') return;
    let j = c.end + 1;
    while (j < v.n && ACRONYM_LEADS.has(v.words[j])) j++;
    const k = at.get(j);
    if (k === undefined || cands[k].end >= v.n || v.words[cands[k].end] !== ')') return;
    // a spelled-out second name too ("National Library (Royal Library)"), but not for places: "Springfield (Illinois)" is two places
    const sameKind = groupOf(c.type) === groupOf(cands[k].type) && groupOf(c.type) !== 'place' && c.type !== 'PERSON' && j === c.end + 1;
    if (acro(k) || acro(i) || sameKind) uf.union(i, k);
  });
  // 5. initials and prefixed variants (not for people: an all-caps headline surname is no acronym)
  const acronyms = new Map<string, number>();
  cands.forEach((c, i) => { if (acro(i) && c.type !== 'PERSON') { const a = v.words[c.start].replace(/\./g, ''); if (acronyms.has(a)) uf.union(acronyms.get(a)!, i); else acronyms.set(a, i); } });
  for (const [a, i] of acronyms) {
    const base = stripPrefix(a);
    if (base !== a && acronyms.has(base)) uf.union(acronyms.get(base)!, i);
  }
  const byInitials = new Map<string, number[]>(); // acronym, and acronym less its prefix → candidates
  for (const [a, k] of acronyms) for (const key of new Set([a, stripPrefix(a)])) addTo(byInitials, key, k);
  cands.forEach((c, i) => {
    if (c.words.length < 2 || c.type === 'PERSON') return;
    const ini = initials(c.words);
    if (ini.length < 2) return;
    for (const k of byInitials.get(ini) ?? []) if (groupOf(cands[k].type) === groupOf(c.type)) uf.union(i, k);
  });
  people(cands, parts, uf);
  heads(cands, uf, acro);
  typeMajority(cands, uf, lex);
  knownAs(cands, v, at, uf);
  return cands.map((_, i) => uf.find(i));
}

/** The full names each person mention is a proper part of (mention index → full-name mention indices). */
function personParts(cands: readonly AliasCand[], lexical: (i: number) => boolean): Map<number, number[]> {
  // one representative per distinct full name, and one look-up per distinct part: linear in repeated names
  const reps = new Map<string, number>();
  cands.forEach((c, i) => { if (c.type === 'PERSON' && c.words.length >= 2 && !reps.has(nameKey(c.words))) reps.set(nameKey(c.words), i); });
  const full = [...reps.values()], folded = new Map(full.map((f) => [f, cands[f].words.map(fold)]));
  const memo = new Map<string, number[]>();
  const out = new Map<number, number[]>();
  cands.forEach((c, i) => {
    if (c.type !== 'PERSON' && !(c.words.length === 1 && (c.type === 'ORG' || c.type === 'LOC' || c.type === 'MISC'))) return;
    const part = c.words.map(fold), key = part.join(' ');
    let hits = memo.get(key);
    if (!hits) {
      hits = full.filter((f) => cands[f].words.length > part.length && partOf(folded.get(f)!, part));
      // a bare name is a surname first: "Hale" is the Hale of "Anna Hale" before the one of "Hale Street"
      const last = hits.filter((f) => folded.get(f)!.at(-1) === part.at(-1));
      if (part.length === 1 && last.length) hits = last;
      memo.set(key, hits);
    }
    // an acronym or a lexicon place or agency that is also a word of a person's name stays what it is ("Washington")
    if (hits.length && (c.type === 'PERSON' || !lexical(i))) out.set(i, hits);
  });
  return out;
}

/**
 * 6. A person's part (surname, first name, first + last) joins the one full name it is part of, or, when
 * several people share it, the one of them it most likely means (sharedPartOwner). A part shared by people
 * none of whom was mentioned yet stays apart (with its own repetitions).
 */
function people(cands: readonly AliasCand[], parts: ReadonlyMap<number, number[]>, uf: UnionFind): void {
  const open = new Map<string, number>();
  // longer parts first, so that "Maria Okafor" has joined "Maria Elena Okafor" before "Okafor" counts the people
  const order = [...parts.keys()].sort((a, b) => cands[b].words.length - cands[a].words.length || a - b);
  for (const i of order) {
    const c = cands[i], hits = parts.get(i)!;
    const roots = new Set(hits.map((f) => uf.find(f)));
    if (roots.size === 1) { uf.union(hits[0], i); continue; }
    const pick = sharedPartOwner(cands, i, roots, uf);
    if (pick >= 0) { uf.union(pick, i); continue; }
    const key = `${c.type}\u0000${nameKey(c.words)}`, k = open.get(key);
    if (k === undefined) open.set(key, i); else uf.union(k, i);
  }
}

/** Candidates looked back over for the owner of a shared part: a bound, so that a long text stays linear. */
const MAX_LOOKBACK = 200;

/**
 * Whose is a part several people share: the person mentioned most recently before it, unless another was
 * mentioned at least twice as often in the stretch before it (the story's subject, whose relative came up
 * once: "Ana Ruiz … her father Luis Ruiz … Ruiz said"). -1 when none of them was mentioned yet.
 */
function sharedPartOwner(cands: readonly AliasCand[], i: number, roots: ReadonlySet<number>, uf: UnionFind): number {
  const seen = new Map<number, number>(); // root → mentions in the stretch
  let nearest = -1;
  for (let j = i - 1; j >= Math.max(0, i - MAX_LOOKBACK); j--) {
    if (cands[j].start >= cands[i].start) continue;
    const r = uf.find(j);
    if (!roots.has(r)) continue;
    seen.set(r, (seen.get(r) ?? 0) + 1);
    if (nearest < 0) nearest = r;
  }
  if (nearest < 0) return -1;
  const [most, n] = [...seen].reduce((a, b) => (b[1] > a[1] ? b : a));
  return n >= 2 * seen.get(nearest)! ? most : nearest;
}

/** n is part of the full name h: a contiguous run ("Marwood", "Ilan Marwood"), or its first and last word ("Anna Hale" of "Anna Maria Hale"). */
function partOf(h: readonly string[], n: readonly string[]): boolean {
  for (let i = 0; i + n.length <= h.length; i++) if (n.every((w, k) => h[i + k] === w)) return true;
  return n.length === 2 && h.length > 2 && n[0] === h[0] && n[1] === h[h.length - 1];
}

/** 7. A bare one-word organisation name ("the Commission") that ends exactly one longer organisation's name, or opens it before "of"; not a bare designator ("Corporation"). */
function heads(cands: readonly AliasCand[], uf: UnionFind, acro: (i: number) => boolean): void {
  const byLast = new Map<string, number[]>();
  cands.forEach((c, i) => {
    if (c.type !== 'ORG' || c.words.length < 2) return;
    addTo(byLast, fold(c.words[c.words.length - 1]), i);
    if (c.words.length > 2 && c.words[1] === 'of') addTo(byLast, fold(c.words[0]), i); // "Bank of Norland" is "the Bank"
  });
  cands.forEach((c, i) => {
    if (c.type !== 'ORG' || c.words.length !== 1 || acro(i) || ORG_DESIGNATORS.has(fold(c.words[0]).replace(/\.$/, ''))) return;
    const hits = byLast.get(fold(c.words[0])) ?? [];
    if (hits.length && new Set(hits.map((h) => uf.find(h))).size === 1) uf.union(hits[0], i);
  });
}

/** 8. One name tagged with different types: the smaller cluster joins one at least TYPE_MAJORITY times its size. */
function typeMajority(cands: readonly AliasCand[], uf: UnionFind, lex: Lexicons): void {
  const size = new Map<number, number>();
  cands.forEach((_, i) => { const r = uf.find(i); size.set(r, (size.get(r) ?? 0) + 1); });
  const byName = new Map<string, number[]>();
  cands.forEach((c, i) => addTo(byName, nameKey(c.words), i));
  for (const members of byName.values()) {
    const roots = [...new Set(members.map((i) => uf.find(i)))];
    if (roots.length < 2) continue;
    const big = roots.reduce((a, b) => (size.get(b)! > size.get(a)! ? b : a));
    const bigGroup = groupOf(cands[members.find((i) => uf.find(i) === big)!].type);
    for (const i of members) {
      const r = uf.find(i), c = cands[i];
      if (r === uf.find(big) || groupOf(c.type) === bigGroup || size.get(big)! < TYPE_MAJORITY * (size.get(r) ?? 1)) continue;
      // a place the lexicon knows stays a place next to a person of that name ("Jordan")
      if (groupOf(c.type) === 'place' && phrasesOf(lex, c.words.join(' '))?.some((p) => PLACE_LEXICON.has(p.cls))) continue;
      uf.union(big, i);
    }
  }
}

/** The words between two names that make the second the first's other name: ", better known by her stage name". */
const KNOWN_AS = /^,? (?:(?:also|better|commonly|popularly|widely|later|now) )?known(?: (?:by|under) (?:his|her|their|its|the) (?:pseudonym|pen name|stage name|nickname|name|title)(?: of)?| as)(?: ["“])?$/;
/** Longest stretch of words between the two names (the longest form above is 9 tokens). */
const MAX_KNOWN_AS_GAP = 10;

/** 9. "X, (better) known as Y", "X, known by her pseudonym Y": one entity, for two names of one kind. */
function knownAs(cands: readonly AliasCand[], v: TokenView, at: ReadonlyMap<number, number>, uf: UnionFind): void {
  cands.forEach((c, i) => {
    for (let j = c.end + 1; j <= Math.min(v.n - 1, c.end + MAX_KNOWN_AS_GAP); j++) {
      const k = at.get(j);
      if (k === undefined) continue;
      if (groupOf(cands[k].type) === groupOf(c.type) && KNOWN_AS.test(v.words.slice(c.end, j).join(' '))) uf.union(i, k);
      return;
    }
  });
}
