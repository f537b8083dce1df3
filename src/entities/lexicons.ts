// The lexicons in lexicons/*.txt (one entry per line, `#` header naming source and license), read
// once into phrase tables keyed by token sequences. Loaded by ctx (createPipeline), never by a stage.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Gazetteer classes; each is a feature the tagger sees and a hint the rule layer uses. */
export const GZ = ['country', 'city', 'gpe', 'region', 'first', 'title', 'agency', 'norp', 'orgword', 'month', 'weekday', 'place'] as const;
export type GzClass = (typeof GZ)[number];

export interface Phrase {
  cls: GzClass;
  /** the canonical (first) form of an alias line, for clustering aliases ("U.S." → "United States") */
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
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Splits a phrase the way the text stage does (words, abbreviations with their stop, punctuation). */
const PHRASE_TOKEN = /[\p{L}\p{N}\p{M}]+(?:(?:['’.\-\u2011](?=[\p{L}\p{N}]))[\p{L}\p{N}\p{M}]+)*\.?|[^\s\p{L}\p{N}\p{M}]/gu;
export const phraseKey = (s: string): string => (s.match(PHRASE_TOKEN) ?? []).join(' ');

export const LEXICON_DIR = fileURLToPath(new URL('../../lexicons/', import.meta.url));

function readLines(dir: string, file: string): string[] {
  return readFileSync(dir + file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

export function buildLexicons(entries: Iterable<[phrase: string, p: Phrase]>): Lexicons {
  const phrases = new Map<string, Phrase[]>(), firstTokens = new Map<string, number>();
  for (const [phrase, p] of entries) {
    const toks = phrase.match(PHRASE_TOKEN);
    if (!toks) continue;
    const key = toks.join(' ');
    const list = phrases.get(key) ?? [];
    if (!list.some((x) => x.cls === p.cls)) list.push(p);
    phrases.set(key, list);
    firstTokens.set(toks[0], Math.max(firstTokens.get(toks[0]) ?? 0, toks.length));
  }
  return { phrases, firstTokens };
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
  for (const [file, cls] of [['cities.txt', 'city'], ['places.txt', 'place'], ['first-names.txt', 'first'], ['honorifics.txt', 'title'], ['org-words.txt', 'orgword']] as const) {
    for (const w of readLines(dir, file)) out.push([w, { cls, canonical: w }]);
  }
  for (const w of readLines(dir, 'nationalities.txt')) {
    out.push([w, { cls: 'norp', canonical: w }]);
    if (!/(s|sh|ch|ese|i)$/.test(w) && !w.includes(' ')) out.push([`${w}s`, { cls: 'norp', canonical: w }]);
  }
  for (const m of MONTHS) out.push([m, { cls: 'month', canonical: m }]);
  for (const d of WEEKDAYS) out.push([d, { cls: 'weekday', canonical: d }]);
  return buildLexicons(out);
}
