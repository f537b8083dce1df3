// Two conventions of Worldwide's train split the tagger misses now and then:
// - adjacent names: two names of one type written one space apart are one name ("Guinea Bissau",
//   "E. J. Van Donzel" cut after the initial): the train split has only 11 such pairs of separate
//   PER/ORG/LOC names, most of them a name and an all-caps acronym ("ANC NEC"), left apart here;
// - place heads: a name ending in a landform or an administrative unit (Lake, River, Desert, Bay,
//   County, Province, Region …) is a place, never a person or an organisation: of the train split's
//   spans of two or more words ending in these words, 239 are LOC, 9 another type, none PER.
import { isAllCap } from './01-view.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

const NAMES: ReadonlySet<Chunk['type']> = new Set(['PERSON', 'ORG', 'LOC']);

/** The token holds an acronym of two or more capitals ("NEC", "U.N."), not an initial ("J."). */
const acronym = (w: string) => /^(?:\p{Lu}\.?){2,}$/u.test(w);

export function adjacentNames(chunks: Chunk[], { view: v, facts }: RuleInput): Chunk[] {
  // a one-word chunk that the text also writes in lower case is a common word the tagger took ("In Byron")
  const common = (c: Chunk) => c.end - c.start === 1 && /^\p{L}+$/u.test(v.words[c.start]) && facts.lowerSeen.has(facts.lower[c.start]);
  const out: Chunk[] = [];
  for (const c of chunks) {
    const p = out[out.length - 1];
    const joins = p && NAMES.has(c.type) && p.type === c.type && p.end === c.start && v.sentOf[p.start] === v.sentOf[c.start]
      && v.start[c.start] === v.end[p.end - 1] + 1 && v.text[v.end[p.end - 1]] === ' '
      && !(c.end - c.start === 1 && isAllCap(v, c.start) && acronym(v.words[c.start])) && !common(p) && !common(c);
    if (joins) out[out.length - 1] = { ...p, end: c.end }; else out.push(c);
  }
  return out;
}

/** Last words that make a name a place (landforms, waters and administrative units; 239 LOC of 248 train spans). */
const PLACE_HEADS = new Set([
  'Lake', 'River', 'Desert', 'Heights', 'Mountains', 'Islands', 'Island', 'Valley', 'Bay', 'Sea', 'Ocean', 'Plateau',
  'Peninsula', 'Strait', 'Gulf', 'County', 'Province', 'Prefecture', 'Region', 'District', 'Territory',
]);

export function placeHeads(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  return chunks.map((c) => ((c.type === 'PERSON' || c.type === 'ORG') && c.end - c.start >= 2 && PLACE_HEADS.has(v.words[c.end - 1]) ? { ...c, type: 'LOC' as const } : c));
}
