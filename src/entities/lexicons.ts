// The lexicons in lexicons/*.txt (one entry per line, `#` header naming source and license), read
// once into phrase tables keyed by token sequences. Loaded by ctx (createPipeline), never by a stage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** A phrase's tokens as the tagger's view has them: inner hyphens split off ("Guinea-Bissau" → Guinea - Bissau). */
export function phraseTokens(phrase: string): string[] {
  if (SIMPLE.test(phrase)) return phrase.split(' ');
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
  addPlainList(lex, readFileSync(dir + 'places.txt', 'utf8'), { cls: 'place', canonical: '' });
  return lex;
}

/**
 * A long list of plain names (places.txt, 22k lines) added with a lean loop: it runs once, before the
 * JIT has warmed up, so the general path's per-line work made loading several times slower.
 */
function addPlainList(lex: Lexicons, text: string, p: Phrase): void {
  for (let a = 0; a < text.length; ) {
    let b = text.indexOf('\n', a);
    if (b < 0) b = text.length;
    const line = text.slice(a, b).trim();
    a = b + 1;
    if (line && line[0] !== '#') addPhrase(lex, line, p);
  }
}
