// Every mention listed: a name tagged somewhere in the document is a mention wherever else it is
// written the same way and the tagger left it out (a one-word headline "Corvina", a possessive
// "Okafor's", a name at the start of a line). Only whole names: the occurrence must not touch
// another capitalised word that would make it part of a longer name ("Corvina Harbour", "Hale
// Street"). A one-word name is copied only once the tagger gave it one type twice, and not to a
// sentence's first word when the text also writes that word in lower case ("Will", "May"), nor into
// a web address (a URL slug is no name: 06-rules-names.ts). A name is also found in capitals ("ANA
// RUIZ" in a heading or a transcript's speaker line), a one-word one only when the text never writes
// it as a common word in lower case ("MAY", "WILL").
import { inUrl, isAllCap, isCap, isSentFirst, type TokenView } from './01-view.js';
import type { Chunk } from './05-tag.js';
import type { TagType } from './04-tagger.js';

const POSSESSIVE = /['’]s$/;
/** Types whose names are propagated: names, not values (DATE, MONEY). */
const PROPAGATED = new Set<TagType>(['PERSON', 'ORG', 'LOC', 'NORP', 'FAC', 'MISC']);
/** A one-word name is copied once the tagger gave it one type this many times: one tag alone may be the tagger's slip. */
const MIN_TAGGED = 2;
/** Shortest name propagated (characters): shorter ones ("A", "Al") are too often something else. */
const MIN_NAME_CHARS = 3;

/** A word without its possessive "’s" (a word of three letters or fewer keeps it: "It’s"). */
export const bare = (w: string) => (POSSESSIVE.test(w) && w.length > 3 ? w.slice(0, -2) : w);
const isWordAt = (v: TokenView, i: number) => /^[\p{L}\p{N}]/u.test(v.words[i]);
/** The token opens its sentence, or follows punctuation or a bracket ("[6] In", an opening quote): its capital says little. */
const opens = (v: TokenView, i: number) => isSentFirst(v, i) || !isWordAt(v, i - 1);

/** The chunks plus the further occurrences of their names, sorted by start. */
export function propagate(v: TokenView, chunks: readonly Chunk[]): Chunk[] {
  const taken = new Uint8Array(v.n);
  for (const c of chunks) taken.fill(1, c.start, c.end);
  const lower = new Set<string>();
  for (const w of v.words) if (/^\p{Ll}/u.test(w)) lower.add(w);
  // name forms (token strings, possessive dropped) → votes per type
  const forms = new Map<string, { words: string[]; votes: Map<TagType, number> }>();
  for (const c of chunks) {
    if (!PROPAGATED.has(c.type)) continue;
    const words = v.words.slice(c.start, c.end).map((w, k) => (k === c.end - c.start - 1 ? bare(w) : w));
    const key = words.join(' ');
    if (key.length < MIN_NAME_CHARS || !/^\p{Lu}/u.test(key) || !/\p{L}/u.test(key)) continue;
    vote(forms, words, c.type);
  }
  if (!forms.size) return [...chunks];
  // first word → forms, longest first
  const byFirst = new Map<string, { words: string[]; type: TagType }[]>();
  for (const f of forms.values()) {
    const [type, n] = [...f.votes].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (f.words.length === 1 && n < MIN_TAGGED) continue;
    const list = byFirst.get(f.words[0]);
    if (list) list.push({ words: f.words, type }); else byFirst.set(f.words[0], [{ words: f.words, type }]);
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  const added: Chunk[] = [];
  for (let i = 0; i < v.n; i++) {
    if (taken[i]) continue;
    const list = byFirst.get(v.words[i]) ?? byFirst.get(bare(v.words[i])) ?? capsForms(v, i, byFirst, lower);
    if (!list) continue;
    for (const f of list) {
      const end = i + f.words.length;
      if (end > v.sentEnd[v.sentOf[i]] || !matches(v, i, f.words, taken) || !standsAlone(v, i, end, lower) || inUrl(v, i)) continue;
      added.push({ start: i, end, type: f.type });
      taken.fill(1, i, end);
      i = end - 1;
      break;
    }
  }
  return added.length ? [...chunks, ...added].sort((a, b) => a.start - b.start) : [...chunks];
}

function vote(forms: Map<string, { words: string[]; votes: Map<TagType, number> }>, words: string[], type: TagType): void {
  const key = words.join(' ');
  const f = forms.get(key) ?? { words, votes: new Map<TagType, number>() };
  f.votes.set(type, (f.votes.get(type) ?? 0) + 1);
  forms.set(key, f);
}

function matches(v: TokenView, i: number, words: readonly string[], taken: Uint8Array): boolean {
  const caps = isAllCap(v, i) && !isAllCapWord(words[0]);
  for (let k = 0; k < words.length; k++) {
    if (taken[i + k]) return false;
    const w = caps ? inTitleCase(v.words[i + k], words[k]) : v.words[i + k];
    if (w !== words[k] && !(k === words.length - 1 && bare(w) === words[k])) return false;
  }
  return true;
}

const isAllCapWord = (w: string) => !/\p{Ll}/u.test(w);
/** The forms whose first word is this all-capitals token in title case ("NORTON" → "Norton …"). */
function capsForms<F extends { words: string[] }>(v: TokenView, i: number, byFirst: ReadonlyMap<string, F[]>, lower: ReadonlySet<string>): F[] | undefined {
  const w = bare(v.words[i]);
  if (!isAllCap(v, i) || w.length < MIN_NAME_CHARS) return undefined;
  const common = lower.has(w.toLowerCase());
  return byFirst.get(w[0] + w.slice(1).toLowerCase())?.filter((f) => f.words.length > 1 || !common);
}
/** An all-capitals word written as the form's word is, when it is that word in capitals ("RUIZ" → "Ruiz", "MCKAY" → "McKay"). */
const inTitleCase = (w: string, formWord: string) => (w === formWord.toUpperCase() ? formWord : w);

/** Not part of a longer capitalised name, and not a common word opening a sentence. */
function standsAlone(v: TokenView, start: number, end: number, lower: ReadonlySet<string>): boolean {
  const s0 = v.sentStart[v.sentOf[start]], s1 = v.sentEnd[v.sentOf[start]];
  if (end < s1 && isCap(v, end) && isWordAt(v, end)) return false;
  // a capitalised word before it is a name's first word, unless it opens the sentence (or an aside) and is a common word
  if (end - start === 1 && opens(v, start) && lower.has(bare(v.words[start]).toLowerCase())) return false;
  return !(start > s0 && isCap(v, start - 1) && isWordAt(v, start - 1) && !(opens(v, start - 1) && lower.has(v.words[start - 1].toLowerCase())));
}
