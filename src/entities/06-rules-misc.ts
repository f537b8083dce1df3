// Laws, agreements, plans, awards, festivals, cups and wars are MISC in Worldwide, however much they
// look like organisations ("Clean Air Act", "Harvest Festival"): in the train split a span of two or
// more words ending in one of these head words is MISC 182 times, ORG 3 times and another type 4 times. A
// PER/ORG/LOC chunk ending in one is retyped MISC.
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

/** Head words that make a name MISC (each ≥ 80% MISC over ≥ 4 train spans; "Day" is left to the date rules). */
const MISC_HEADS = new Set([
  'Act', 'Agreement', 'Award', 'Awards', 'Bill', 'Championship', 'Code', 'Cup', 'Festival', 'Framework',
  'Games', 'Index', 'Law', 'Plan', 'Program', 'Summit', 'War',
]);
const NAME_TYPES: ReadonlySet<Chunk['type']> = new Set(['PERSON', 'ORG', 'LOC']);

export function miscHeads(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  return chunks.map((c) => (NAME_TYPES.has(c.type) && c.end - c.start >= 2 && MISC_HEADS.has(v.words[c.end - 1]) ? { ...c, type: 'MISC' as const } : c));
}
