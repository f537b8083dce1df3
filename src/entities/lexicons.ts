// The lexicons in lexicons/*.txt (one entry per line, `#` header naming source and license), read
// once into phrase tables keyed by token sequences. Loaded by ctx (createPipeline), never by a stage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { SortedList } from './sorted-list.js';

/** Gazetteer classes; each is a feature the tagger sees and a hint the rule layer uses. */
export const GZ = ['country', 'city', 'gpe', 'region', 'first', 'title', 'agency', 'norp', 'orgword', 'month', 'weekday', 'place'] as const;
export type GzClass = (typeof GZ)[number];

export interface Phrase {
  cls: GzClass;
  /** the canonical (first) form of an alias line, for clustering aliases ("U.S." → "United States"); '' in single-name lists */
  canonical: string;
}

export interface Lexicons {
  /** phrase (tokens joined by one space, exact case) → classes */
  readonly phrases: ReadonlyMap<string, readonly Phrase[]>;
  /** first token of a phrase → the longest phrase length starting with it */
  readonly firstTokens: ReadonlyMap<string, number>;
  /** places.txt, searched in its sorted text instead of copied into the maps (see sorted-list.ts);
   *  the few names whose key is not the line itself ("Aix-en-Provence") are in the maps too.
   *  Look phrases up with phrasesOf and longestFrom, which see both. */
  readonly places?: SortedList;
}

const PLACE: Phrase = { cls: 'place', canonical: '' };
const PLACE_ONLY: readonly Phrase[] = [PLACE];
const withPlace = new WeakMap<readonly Phrase[], readonly Phrase[]>();

/** The lexicon entries of a phrase key (view tokens joined by one space), or undefined. */
export function phrasesOf(lex: Lexicons, key: string): readonly Phrase[] | undefined {
  const listed = lex.phrases.get(key);
  if (!lex.places || !lex.places.has(key)) return listed;
  if (!listed) return PLACE_ONLY;
  if (listed.some((p) => p.cls === 'place')) return listed;
  let l = withPlace.get(listed);
  if (!l) withPlace.set(listed, (l = [...listed, PLACE]));
  return l;
}

/** The most tokens of a phrase starting with `word`, or undefined when none does. */
export function longestFrom(lex: Lexicons, word: string): number | undefined {
  const listed = lex.firstTokens.get(word);
  const place = lex.places ? lex.places.longestFrom(word) : 0;
  return place > (listed ?? 0) ? place : listed;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December', 'Jan.', 'Feb.', 'Mar.', 'Apr.', 'Jun.', 'Jul.', 'Aug.', 'Sep.', 'Sept.', 'Oct.', 'Nov.', 'Dec.',
  // undotted short forms ("Aug 21, 2025"), except those that are also names or words (Jan, Mar, Jun)
  'Feb', 'Apr', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday',
  // "flights on Mondays, Fridays and Sundays": Worldwide dates recurring weekdays too
  'Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

/** Splits a phrase the way the text stage does (words, abbreviations with their stop, punctuation). */
const PHRASE_TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:['’.\-\u2011](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
export const phraseKey = (s: string): string => phraseTokens(s).join(' ');

export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

/** A lexicon file's entries: trimmed lines, blank lines and `#` comments dropped. */
export function readLines(dir: string, file: string): string[] {
  return readFileSync(dir + file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Words of Latin letters between single spaces: tokens are the words (most entries; no Unicode regex needed). */
const SIMPLE = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?: [A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;
const INNER_HYPHEN = /(?<=[\p{L}\p{N}])([-\u2010\u2011])(?=[\p{L}\p{N}])/u;

/** SIMPLE words, some joined by inner hyphens ("Guinea-Bissau", most other lexicon lines): their
 *  tokens come without the Unicode tokenizer, whose first use costs a few ms at start-up. */
const SIMPLE_HYPHENATED = /^[A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+(?:[ -][A-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F]+)*$/;

/** A phrase's tokens as the tagger's view has them: inner hyphens split off ("Guinea-Bissau" → Guinea - Bissau). */
export function phraseTokens(phrase: string): string[] {
  if (SIMPLE.test(phrase)) return phrase.split(' ');
  if (SIMPLE_HYPHENATED.test(phrase)) return phrase.replace(/-/g, ' - ').split(' ');
  return unicodePhraseTokens(phrase);
}

/** phraseTokens for any phrase, with the text stage's Unicode word pattern. */
export function unicodePhraseTokens(phrase: string): string[] {
  const out: string[] = [];
  for (const t of phrase.match(PHRASE_TOKEN) ?? []) {
    if (t.length < 3 || !INNER_HYPHEN.test(t)) out.push(t);
    else for (const part of t.split(INNER_HYPHEN)) if (part) out.push(part);
  }
  return out;
}

/** One read-only list per shared phrase entry, so that most keys allocate nothing of their own. */
const singletons = new WeakMap<Phrase, Phrase[]>();
function singleton(p: Phrase): Phrase[] {
  let l = singletons.get(p);
  if (!l) singletons.set(p, (l = [p]));
  return l;
}

/** A phrase's lookup key (its view tokens joined by spaces), first token and token count; null if it has no tokens. */
function phraseParts(phrase: string): { key: string; first: string; len: number } | null {
  if (SIMPLE.test(phrase)) { // the phrase is its own key: no split and join (most entries)
    const sp = phrase.indexOf(' ');
    if (sp < 0) return { key: phrase, first: phrase, len: 1 };
    let len = 1;
    for (let k = sp; k >= 0; k = phrase.indexOf(' ', k + 1)) len++;
    return { key: phrase, first: phrase.slice(0, sp), len };
  }
  const toks = phraseTokens(phrase);
  return toks.length ? { key: toks.join(' '), first: toks[0], len: toks.length } : null;
}

/** Adds one phrase under its key (a class appears once per key) and records its first token's longest phrase. */
function addPhrase(lex: Lexicons, phrase: string, p: Phrase): void {
  const k = phraseParts(phrase);
  if (!k) return;
  const phrases = lex.phrases as Map<string, readonly Phrase[]>, firstTokens = lex.firstTokens as Map<string, number>;
  const list = phrases.get(k.key);
  if (!list) phrases.set(k.key, singleton(p));
  else if (!list.some((x) => x.cls === p.cls)) phrases.set(k.key, [...list, p]); // lists may be shared: copy
  const n = firstTokens.get(k.first);
  if (n === undefined || n < k.len) firstTokens.set(k.first, k.len);
}

export function buildLexicons(entries: Iterable<[phrase: string, p: Phrase]>): Lexicons {
  const lex: Lexicons = { phrases: new Map(), firstTokens: new Map() };
  for (const [phrase, p] of entries) addPhrase(lex, phrase, p);
  return lex;
}

/** Reads every lexicon file; `dir` defaults to the package's lexicons/ folder. */
export function loadLexicons(dir = LEXICON_DIR): Lexicons {
  const out: [string, Phrase][] = [];
  const aliases = (file: string, cls: GzClass) => {
    for (const line of readLines(dir, file)) {
      const forms = line.split('|').map((s) => s.trim()).filter(Boolean);
      for (const f of forms) out.push([f, { cls, canonical: forms[0] }]);
    }
  };
  aliases('countries.txt', 'country');
  aliases('agencies.txt', 'agency');
  for (const line of readLines(dir, 'regions.txt')) {
    const [name, t] = line.split('\t');
    out.push([name, { cls: t === 'GPE' ? 'gpe' : 'region', canonical: name }]);
  }
  for (const [file, cls] of [['cities.txt', 'city'], ['first-names.txt', 'first'], ['honorifics.txt', 'title'], ['org-words.txt', 'orgword']] as const) {
    const p: Phrase = { cls, canonical: '' }; // one shared entry: these lists have no aliases
    for (const w of readLines(dir, file)) out.push([w, p]);
  }
  for (const w of readLines(dir, 'nationalities.txt')) {
    out.push([w, { cls: 'norp', canonical: w }]);
    if (!/(s|sh|ch|ese|i)$/.test(w) && !w.includes(' ')) out.push([`${w}s`, { cls: 'norp', canonical: w }]);
  }
  for (const m of MONTHS) out.push([m, { cls: 'month', canonical: m }]);
  for (const d of WEEKDAYS) out.push([d, { cls: 'weekday', canonical: d }]);
  const lex = buildLexicons(out);
  const places = placeList(readFileSync(dir + 'places.txt', 'utf8'));
  // a line with a character outside SIMPLE's may have another key ("Aix-en-Provence" → Aix - en - Provence)
  for (const i of linesWith(places, /[^\nA-Za-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F ]|^ | $|  /gm)) addPhrase(lex, places.line(i), PLACE);
  return { ...lex, places };
}

/** A sorted name list (places.txt: one trimmed name per line, sorted by code units) after its `#` header. */
function placeList(text: string): SortedList {
  let from = 0;
  while (text[from] === '#') from = text.indexOf('\n', from) + 1 || text.length;
  return new SortedList(text, from);
}

/** The lines of a list where `re` (global) matches: one pass of the regex over the whole text. */
function linesWith(list: SortedList, re: RegExp): Set<number> {
  const out = new Set<number>();
  const text = list.text;
  for (const m of text.matchAll(re)) {
    const i = list.lineAt(m.index);
    if (i >= 0) out.add(i);
  }
  return out;
}
