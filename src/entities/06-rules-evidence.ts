// Type evidence from a name's neighbours, shared by every mention of the name in the document: a head
// noun right before it ("non-governmental organisation "Velkor"", "rights lawyer Ana Ruiz", "the town
// of Vessby") or heading an apposition after it ("Tarnhelm, a new business unit under …", "Vessby, a
// coastal town"). The tagger sees two words of context; the one mention that says what a name is often
// lies sentences away from the mentions it got wrong. A name with evidence for two types keeps its tags.
import type { TokenView } from './01-view.js';
import type { TagType } from './04-tagger.js';
import type { Chunk } from './05-tag.js';
import type { Rule } from './06-rules.js';
import { LOC_HEAD_NOUNS, NAME_TYPES as NAMES, ORG_HEAD_NOUNS, PERSON_HEAD_NOUNS } from './rules.js';

const QUOTES = /^["“”‘’']$/;
/** Most lower-case words between an apposition's article and its head ("a new business unit"). */
const MAX_APPOSITION_MODIFIERS = 3;
/** Words that end an apposition's noun phrase before its head would come ("a firm that …", "a unit under …"). */
const BREAKS = new Set(['of', 'in', 'on', 'at', 'by', 'for', 'from', 'to', 'with', 'under', 'based', 'that', 'which', 'who', 'and', 'or']);

const headType = (w: string): TagType | null =>
  ORG_HEAD_NOUNS.has(w) ? 'ORG' : LOC_HEAD_NOUNS.has(w) ? 'LOC' : PERSON_HEAD_NOUNS.has(w) ? 'PERSON' : null;
const lower = (w: string | undefined) => w !== undefined && /^\p{Ll}/u.test(w);

function evidenceAt(v: TokenView, c: Chunk): TagType | null {
  const sent = v.sentOf[c.start];
  let b = c.start - 1;
  if (b >= 0 && QUOTES.test(v.words[b])) b--;
  if (b >= 0 && v.sentOf[b] === sent) {
    const w = v.words[b];
    if (w === 'of' && b > 1 && LOC_HEAD_NOUNS.has(v.words[b - 1]) && v.words[b - 2] === 'the') return 'LOC'; // "the town of Vessby"
    // a premodifier: organisations and people only ("district Awami League" is the party's district branch)
    const t = lower(w) || w === 'NGO' ? headType(w.toLowerCase()) : null;
    if (t && t !== 'LOC') return t;
  }
  let e = c.end;
  if (e < v.n && QUOTES.test(v.words[e])) e++;
  if (v.words[e] !== ',' || !['a', 'an'].includes(v.words[e + 1] ?? '')) return null; // "X, the region counts …" is a clause
  // the apposition's head is its last lower-case word before a break ("a new business unit under …")
  let j = e + 2;
  while (j < Math.min(v.n, e + 3 + MAX_APPOSITION_MODIFIERS) && v.sentOf[j] === sent && lower(v.words[j]) && !BREAKS.has(v.words[j])) j++;
  const t = j > e + 2 ? headType(v.words[j - 1]) : null;
  return t && v.words[j] === 'of' && t !== 'LOC' ? null : t; // "a group of villages", "a member of"
}

/** Lexicon classes that already say what a name is ("firm China Africa Advisory" says nothing about China). */
const KNOWN = new Set(['country', 'city', 'gpe', 'region', 'place', 'agency', 'norp']);

export const typeEvidence: Rule = (chunks, { view: v, gz }) => {
  const key = (c: Chunk) => v.words.slice(c.start, c.end).join(' ');
  const known = new Set(gz.filter((m) => m.phrases.some((p) => KNOWN.has(p.cls))).map((m) => `${m.start}:${m.end}`));
  const votes = new Map<string, Set<TagType>>();
  for (const c of chunks) {
    if (!NAMES.has(c.type) || known.has(`${c.start}:${c.end}`)) continue;
    const t = evidenceAt(v, c);
    if (t) { const k = key(c); const s = votes.get(k) ?? new Set<TagType>(); s.add(t); votes.set(k, s); }
  }
  if (!votes.size) return chunks;
  return chunks.map((c) => {
    const s = NAMES.has(c.type) ? votes.get(key(c)) : undefined;
    if (!s || s.size !== 1) return c;
    const [t] = s;
    return t === c.type ? c : { ...c, type: t };
  });
};
