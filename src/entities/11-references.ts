// References that are not names of their own, listed among an entity's mentions with a `kind`, so
// that name counts and the NER scores (outermost names only, the CoNLL convention) can leave them out.
//
// Title references (kind 'title'): a person introduced with a capitalised office ("Secretary Ana Ruiz", "Ruiz,
// Director of the Port Authority") is later meant by the office alone, written as a name: "the
// Secretary signed it", "the Director of the Port Authority", a vocative "Secretary, …". Such an
// office is one more mention of that person. An office two people in the document
// hold is ambiguous and left alone; so is a lower-case one ("the secretary"), a common noun.
//
// Nested names (kind 'nested'): a place the document names on its own is also named inside a longer
// name ("Norland" in "Bank of Norland", "University of Norland"). Only places: an organisation's
// head word inside another name ("Bank" in "World Bank") is a different thing.
import { isCap, isSentFirst, type TokenView } from './01-view.js';
import { MAX_ROLE_TOKENS, ROLE_HEADS, TITLE_LINKERS } from './rules.js';
import { bare } from './propagate.js';

/** The offices of one person: capitalised office words ("Secretary") and whole role phrases ("Director of the Port Authority"). */
export interface OfficeHolder { entity: number; offices: readonly string[]; phrases: readonly string[] }
export interface Reference { entity: number; start: number; end: number }
/** A name mention: its token range, its words (possessive dropped), its entity and that entity's type. */
export interface NameAt { start: number; end: number; words: readonly string[]; entity: number; type: string }

/** Words that may join an office to its object besides the title linkers: "Emperor of these Islands", "Commander of our Forces". */
const OBJECT_DETERMINERS = new Set(['these', 'our', 'all']);
/** Words before a bare office that make it a definite reference: "the Secretary", "the Secretary's". */
const DEFINITE = new Set(['the', 'The']);
const POSSESSIVE = /['’]s$/;
const isOfficeWord = (w: string) => /^\p{Lu}[\p{Ll}-]+$/u.test(w) && ROLE_HEADS.has(w.toLowerCase());

/** The office word a title or role opens or ends with ("Defense Secretary" → "Secretary", "Director of …" → "Director"). */
export function officeWords(titleOrRole: string): string[] {
  const words = titleOrRole.split(/\s+/).filter(Boolean);
  const out: string[] = [];
  if (words.length && isOfficeWord(words[0])) out.push(words[0]);
  const ofAt = words.findIndex((w) => TITLE_LINKERS.has(w));
  const last = words[(ofAt < 0 ? words.length : ofAt) - 1];
  if (last && isOfficeWord(last) && !out.includes(last)) out.push(last);
  return out;
}

export function titleReferences(v: TokenView, holders: readonly OfficeHolder[], taken: Uint8Array): Reference[] {
  const byOffice = unique(holders.flatMap((h) => h.offices.map((o) => [o, h.entity] as const)));
  const byPhrase = unique(holders.flatMap((h) => h.phrases.map((p) => [squash(p), h.entity] as const)));
  if (!byOffice.size && !byPhrase.size) return [];
  const out: Reference[] = [];
  for (let i = 0; i < v.n; i++) {
    const w = bare(v.words[i]);
    if (taken[i] || !isOfficeWord(w)) continue;
    const end = phraseEnd(v, i, taken);
    if (end > i + 1) {
      // "Director of the Port Authority": the whole phrase names its holder, or its office does
      const phrase = squash(v.text.slice(v.start[i], v.end[end - 1]));
      const who = byPhrase.get(phrase) ?? byOffice.get(w);
      if (who !== undefined && who !== null && !followedByName(v, end)) { out.push(ref(v, who, i, end)); i = end - 1; }
      continue;
    }
    const who = byOffice.get(w);
    if (who === undefined || who === null || followedByName(v, i + 1)) continue;
    const definite = i > 0 && DEFINITE.has(v.words[i - 1]) && v.sentOf[i - 1] === v.sentOf[i];
    const vocative = isSentFirst(v, i) && v.words[i + 1] === ',';
    if (definite || vocative) out.push(ref(v, who, i, i + 1));
  }
  return out;
}

/** End (exclusive) of "Office of [the] Object …" from the office at i: the last capitalised word after a linker, or i + 1. */
function phraseEnd(v: TokenView, i: number, taken: Uint8Array): number {
  if (POSSESSIVE.test(v.words[i]) || v.words[i + 1] !== 'of') return i + 1;
  const s1 = v.sentEnd[v.sentOf[i]];
  let end = i + 1;
  for (let k = i + 1; k < s1 && k - i <= MAX_ROLE_TOKENS; k++) {
    const w = v.words[k];
    if (isCap(v, k) && /^[\p{L}\p{N}]/u.test(w)) { end = k + 1; if (POSSESSIVE.test(w)) break; continue; }
    if (!TITLE_LINKERS.has(w) && !OBJECT_DETERMINERS.has(w)) break;
    if (taken[k] && !isCap(v, k)) break;
  }
  return end;
}

/** A capitalised word after the office makes it a title before a name ("Secretary Ruiz"), not a reference. */
const followedByName = (v: TokenView, k: number) => k < v.sentEnd[v.sentOf[Math.max(0, k - 1)]] && isCap(v, k) && /^\p{L}/u.test(v.words[k]);

function ref(v: TokenView, entity: number, a: number, b: number): Reference {
  const last = v.words[b - 1];
  return { entity, start: v.start[a], end: v.end[b - 1] - (last.length - bare(last).length) };
}

/** key → the one entity with it, or null when two entities share it. */
function unique(pairs: readonly (readonly [string, number])[]): Map<string, number | null> {
  const m = new Map<string, number | null>();
  for (const [k, e] of pairs) m.set(k, m.has(k) && m.get(k) !== e ? null : e);
  return m;
}

const squash = (s: string) => s.replace(/\s+/g, ' ').replace(POSSESSIVE, '');

const PLACE_TYPES = new Set(['GPE', 'LOC']);
/** Longest place name looked for inside another name (tokens). */
const MAX_NESTED_TOKENS = 4;

/**
 * Places named inside longer names of other entities ("Norland" in "Bank of Norland"); the longest place wins at
 * each token. `canonical` folds a country's aliases ("U.S." in "U.S. Congress" is the "United States" named alone).
 */
export function nestedNames(v: TokenView, names: readonly NameAt[], canonical: (words: string) => string = (w) => w): Reference[] {
  const places = unique(names.filter((n) => PLACE_TYPES.has(n.type) && n.words.length <= MAX_NESTED_TOKENS).map((n) => [canonical(n.words.join(' ')), n.entity] as const));
  if (!places.size) return [];
  const out: Reference[] = [];
  for (const n of names) {
    if (n.end - n.start < 2 || n.type === 'PERSON') continue;
    for (let a = n.start; a < n.end; a++) {
      for (let b = Math.min(n.end, a + MAX_NESTED_TOKENS); b > a; b--) {
        if (a === n.start && b === n.end) continue;
        const who = places.get(canonical(n.words.slice(a - n.start, b - n.start).join(' ')));
        if (who === undefined || who === null || who === n.entity) continue;
        out.push(ref(v, who, a, b));
        a = b - 1;
        break;
      }
    }
  }
  return out;
}
