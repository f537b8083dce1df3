// Names written as one hyphenated word ("IIT-Bombay", "G-20", "Jean-Pierre Okoro"): the
// view splits inner hyphens so that names inside compounds can be tagged ("Russia-Ukraine"), and
// the model sometimes stops a name at the hyphen. In Worldwide's train split an ORG span covers the
// whole hyphenated word 106 times and stops before "-Capital" or "-digit" 7 times; a PERSON span
// 441 times against 4. Year ranges ("1792-93") are one DATE (54 "D-D" DATE spans in train); a
// date takes only number parts ("Post-2020" stays as it is). A person's name also takes a lower-case
// part: Korean and Cantonese given names ("Choi Ye-jin", "Lam Ka-wing": 179 PERSON spans in train end
// in one) but not a suffix ("Varnik-led", "Orla-style": 3 in train).
import { isCap } from './01-view.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

/** Types whose names keep their hyphenated parts together. */
const WHOLE_WORD_TYPES: ReadonlySet<Chunk['type']> = new Set(['ORG', 'PRODUCT', 'PERSON', 'DATE']);
/** A hyphen token of the view (inner hyphens are split off words). */
export const HYPHEN = /^[-\u2010\u2011]$/;
const DIGIT = /^\p{N}/u;
/** Lower-case words after a person's name and a hyphen that make an adjective, not a given name. */
const NAME_SUFFIXES = /^(?:\p{Ll}+ed|era|style|like|type|esque|ism|ist|ite|friendly|supporting|run|owned|in-law)$/u;
const givenPart = (w: string) => /^\p{Ll}{2,6}$/u.test(w) && !NAME_SUFFIXES.test(w);

export function hyphenatedNames(chunks: Chunk[], { view: v }: RuleInput): Chunk[] {
  /** token h is a hyphen inside one written word, between parts h - 1 and h + 1 */
  const inner = (h: number) => h > 0 && h + 1 < v.n && v.end[h - 1] === v.start[h] && v.end[h] === v.start[h + 1] && HYPHEN.test(v.words[h]);
  if (!chunks.some((c) => WHOLE_WORD_TYPES.has(c.type) && (inner(c.end) || inner(c.start - 1)))) return chunks;
  const owner = new Int32Array(v.n).fill(-1);
  chunks.forEach((c, k) => { for (let i = c.start; i < c.end; i++) owner[i] = k; });
  /**
   * part i may join a name of type t: untagged, or a one-word name of a type that never grows here
   * ("IIT-[Madras]" as a place), so that two names never take each other
   */
  const part = (i: number, t: Chunk['type']) => (t === 'DATE' ? DIGIT.test(v.words[i])
    : isCap(v, i) || DIGIT.test(v.words[i]) || (t === 'PERSON' && givenPart(v.words[i])))
    && (owner[i] < 0 || (chunks[owner[i]].end - chunks[owner[i]].start === 1 && !WHOLE_WORD_TYPES.has(chunks[owner[i]].type)));
  const dropped = new Set<number>();
  const out = chunks.map((c) => {
    if (!WHOLE_WORD_TYPES.has(c.type)) return c;
    let { start, end } = c;
    while (inner(end) && part(end + 1, c.type)) { if (owner[end + 1] >= 0) dropped.add(owner[end + 1]); end += 2; }
    while (inner(start - 1) && start >= 2 && part(start - 2, c.type)) { if (owner[start - 2] >= 0) dropped.add(owner[start - 2]); start -= 2; }
    return start === c.start && end === c.end ? c : { ...c, start, end };
  });
  return dropped.size ? out.filter((_, k) => !dropped.has(k)) : out;
}
