// Rules that make or extend PERSON chunks (run by 06-rules.ts in its table): a name's last surname,
// and a name set off by an office apposition.
import { F } from '../text/tokenize.js';
import { isAllCap, isCap, isSentFirst, type TokenView } from './01-view.js';
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { Rule } from './06-rules.js';
import { ROLE_HEADS, VALUE_TYPES } from './rules.js';

/** Tokens the lexicons know as anything but a given name ("Party", "States", a place): 1 per such token. */
function knownWords(v: TokenView, gz: readonly GzMatch[]): Uint8Array {
  const known = new Uint8Array(v.n);
  for (const m of gz) if (m.phrases.some((p) => p.cls !== 'first')) known.fill(1, m.start, m.end);
  return known;
}

/**
 * A person's name runs to the end of its capitalised run: "Joaquín Arturo Ledesma Ríos," — the
 * tagger sometimes stops one surname short. Only one word is added, only when it ends the run, is
 * not a word the lexicons know as something else, and no other chunk holds it.
 */
export const personRunTail: Rule = (chunks, { view: v, facts, gz }) => {
  const known = knownWords(v, gz);
  const taken = new Uint8Array(v.n);
  for (const c of chunks) for (let i = c.start; i < c.end; i++) taken[i] = 1;
  return chunks.map((c) => {
    const j = c.end;
    if (c.type !== 'PERSON' || c.end - c.start < 2 || j >= v.n || taken[j] || known[j] || v.sentOf[j] !== v.sentOf[c.start]) return c;
    if (!isCap(v, j) || isAllCap(v, j) || facts.runEnd[j] !== j + 1 || facts.lowerSeen.has(facts.lower[j])) return c;
    return { ...c, end: j + 1 };
  });
};

/** Words between a name's comma and a role head that still make an apposition ("X, the newly named Deputy Director"). */
const MAX_APPOSITION_FILL = 4;
const APPOSITION_BREAKS = new Set(['said', 'says', 'who', 'which', 'that', 'and', 'or', 'but', 'its', 'his', 'her', 'their', 'our', 'of', 'in', 'on', 'at', 'for']);

/**
 * "Mara Teller, the newly named Deputy Director of Fisheries": a name of two or three plain
 * capitalised words that the lexicons do not know (no "Party", "Ministry", "States"), set off by an
 * apposition headed by an office ("<role> of", role words in rules.ts ROLE_HEADS), names a person
 * whatever type the tagger gave it. Looser forms (any role word, known words in the name) retyped
 * nine names on Worldwide dev and every one wrongly.
 */
export const roleApposition: Rule = (chunks, { view: v, gz }) => {
  const known = knownWords(v, gz);
  return chunks.map((c) => personByApposition(c, v, known));
};
function personByApposition(c: Chunk, v: TokenView, known: Uint8Array): Chunk {
  if (c.type === 'PERSON' || VALUE_TYPES.has(c.type) || c.end - c.start < 2 || c.end - c.start > 3 || v.words[c.end] !== ',') return c;
  for (let i = c.start; i < c.end; i++) if (known[i] || !isCap(v, i) || isAllCap(v, i)) return c;
  const s = v.sentOf[c.start];
  for (let j = c.end + 1, k = 0; j < v.sentEnd[s] && k <= MAX_APPOSITION_FILL; j++, k++) {
    const w = v.words[j].toLowerCase();
    if (ROLE_HEADS.has(w) && v.words[j + 1] === 'of') return { ...c, type: 'PERSON' }; // an office: "(Deputy) Minister of"
    if (!(v.flags[j] & F.WORD) || APPOSITION_BREAKS.has(w)) return c;
  }
  return c;
}

/** Types a person's surname was wrongly given when the tagger cut the name in two ("Carlos Alvarado" + "Quesada" LOC). */
const SURNAME_MISTYPES: ReadonlySet<Chunk['type']> = new Set(['LOC', 'NORP', 'PRODUCT', 'MISC', 'ORG']);

/**
 * A person's name and a one-word name right after it (one space) that the lexicons do not know are
 * one person: the tagger split "Jean-Bédel Bokassa" and gave the surname a place's type. A known
 * place ("Aziz Baghdad") or an acronym stays apart.
 */
export const personSplitSurname: Rule = (chunks, { view: v, gz }) => {
  const known = new Uint8Array(v.n);
  for (const m of gz) known.fill(1, m.start, m.end);
  const out: Chunk[] = [];
  for (const c of chunks) {
    const p = out[out.length - 1];
    const joins = p && p.type === 'PERSON' && SURNAME_MISTYPES.has(c.type) && c.end - c.start === 1 && c.start === p.end
      && v.start[c.start] === v.end[p.end - 1] + 1 && v.text[v.end[p.end - 1]] === ' ' && v.sentOf[c.start] === v.sentOf[p.start]
      && !known[c.start] && isCap(v, c.start) && !isAllCap(v, c.start);
    if (joins) out[out.length - 1] = { ...p, end: c.end }; else out.push(c);
  }
  return out;
};

/** "– Mispronouncing Amara Quist’s name …": a clause that opens with a gerund (at a sentence's start or after
 *  punctuation) does not open with a person's name; the gerund leaves a chunk of three or more words (a two-word
 *  "Sterling Brown" stays). */
export const leadingGerund: Rule = (chunks, { view: v }) => chunks.map((c) => (c.type === 'PERSON' && c.end - c.start >= 3
  && (isSentFirst(v, c.start) || !/[\p{L}\p{N}]/u.test(v.words[c.start - 1])) && /^\p{Lu}\p{Ll}{3,}ing$/u.test(v.words[c.start])
  && isCap(v, c.start + 1) ? { ...c, start: c.start + 1 } : c));
