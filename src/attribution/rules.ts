// Attribution lexicons and patterns as data. The word lists live in lexicons/*.txt (one entry per line,
// `#` header naming source and license); they are read once, when this module is first imported, and
// compiled into the same tables and patterns every stage shares. No stage reads a file.
import { readFileSync } from 'node:fs';
import { LEXICON_DIR } from '../entities/lexicons.js';

function readList(file: string): string[] {
  return readFileSync(LEXICON_DIR + file, 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** `lemma: form form … | flag …` lines; a lemma may take several lines. */
function readVerbs(file: string) {
  const forms: [form: string, lemma: string][] = [], flags = new Map<string, Set<string>>();
  for (const line of readList(file)) {
    const m = /^([a-z]+):([^|]*)(?:\|(.*))?$/.exec(line);
    if (!m) throw new Error(`${file}: bad line "${line}"`);
    for (const f of m[2].trim().split(/\s+/)) forms.push([f, m[1]]);
    for (const flag of (m[3] ?? '').trim().split(/\s+/)) if (flag) (flags.get(flag) ?? flags.set(flag, new Set()).get(flag)!).add(m[1]);
  }
  return { forms, flagged: (flag: string): ReadonlySet<string> => flags.get(flag) ?? new Set() };
}

const alternation = (entries: string[]): string => entries.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** A word list matched as whole words, any case; `words` holds its (lowercase) entries. */
export interface WordMatcher {
  test(s: string): boolean;
  readonly words: ReadonlySet<string>;
}

const isWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/**
 * Exactly `/\b(?:entry|entry|…)\b/i.test(s)` for lowercase ASCII entries that start and end with a letter
 * (inner spaces and hyphens allowed): a Set lookup at each word start instead of a large case-insensitive
 * alternation, whose compilation cost tens of ms of cold start. Under /i without /u only ASCII letters
 * match ASCII letters, so a candidate with a non-ASCII character never matches.
 */
function wordsMatcher(entries: string[]): WordMatcher {
  for (const e of entries) if (!/^[a-z](?:[a-z -]*[a-z])?$/.test(e)) throw new Error(`attribution lexicon: unsupported entry "${e}"`);
  const words: ReadonlySet<string> = new Set(entries), longest = Math.max(...entries.map((e) => e.length));
  return {
    words,
    test(s: string): boolean {
      for (let i = 0; i < s.length; i++) {
        if (!isWordChar(s.charCodeAt(i)) || (i > 0 && isWordChar(s.charCodeAt(i - 1)))) continue; // \b before
        for (let j = i + 1; j <= s.length && j - i <= longest; j++) {
          const c = s.charCodeAt(j - 1);
          if (c > 127) break;
          if (isWordChar(c) && (j === s.length || !isWordChar(s.charCodeAt(j))) && words.has(s.slice(i, j).toLowerCase())) return true;
        }
      }
      return false;
    },
  };
}

const VERBS = readVerbs('reporting-verbs.txt');

/** Inflected form → lemma, for every reporting verb. */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(VERBS.forms);

/** Lemmas whose quoted object is a partial quote: called X "…", described X as "…", accused X of "…". */
export const PARTIAL_LEMMAS = VERBS.flagged('partial');
/** Lemmas that only make a statement with a clause or a quote (not a bare noun object). */
export const CLAUSE_ONLY_LEMMAS = VERBS.flagged('clause-only');
/** Lemmas that take the listener as object: told X (that) …, urged X to …, warned X that … */
export const OBJECT_LEMMAS = VERBS.flagged('object');

/** Auxiliaries and adverbs that belong to the cue: "has reported", "had privately told", "also found". */
export const CUE_PREFIX_WORDS: ReadonlySet<string> = new Set(readList('cue-prefix-words.txt'));

/** Leading phrases of a sentence that are not the speaker ("On Monday," "In a statement,"). */
export const INTRO_ADVERBIAL = /^(?:(?:on|in|at|during|after|before|by|since|until|for|from|with|within|over|under|last|this|earlier|later|late|early|meanwhile|still|however|but|and|yet|so|then|now|also|separately|speaking|asked|reached|contacted|writing|responding)\b[^,]{0,80},\s*)+|(?:every|each|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|morning|evening|night|time)\s+/i;

/** Adverbials between a cue and its content: "said on Monday", "said in a statement". */
export const POST_CUE_ADVERBIAL = /^(?:\s*,)?\s*(?:(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|previously|earlier|later|also|again|repeatedly|publicly|privately|separately|flatly|simply|bluntly|quietly|firmly|often|once)|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|email|e-mail|letter|post|tweet|filing|report|memo|speech|message|video|press release|news release|conference|hearing|call|note|op-ed|column|blog post|testimony|podcast|ruling|opinion|decision|court filing)(?:\s+(?:with|to|on|at|posted|released|sent|published)\s+[^,.;:“"]{1,60}?)?|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:news conference|press conference|briefing|hearing|meeting|rally|event|forum|town hall|event)|on\s+(?:x|twitter|facebook|instagram|social media|tiktok|linkedin|threads|bluesky)|(?:by|via|over)\s+(?:email|e-mail|phone|telephone|text|text message|letter|video)|in\s+\w+|on\s+\w+\s+\d{1,2})\b,?/i;

export const PRONOUNS: Record<string, 'person' | 'thing' | 'plural'> = {
  he: 'person', she: 'person', it: 'thing', they: 'plural', we: 'plural', i: 'person',
};

/** Heads of noun phrases that name unnamed people (anonymous sources). */
export const ANON_HEADS = wordsMatcher(readList('anonymous-heads.txt'));

/** Heads that make a noun phrase a document. */
export const DOCUMENT_HEADS = wordsMatcher(readList('document-heads.txt'));

/** Name endings that make a proper name an organization. */
export const ORG_WORDS = wordsMatcher(readList('org-name-words.txt'));

/** Outlets and reporters: a source that is relayed when the article passes on its reporting. */
export const OUTLET_WORDS = wordsMatcher(readList('outlet-words.txt'));
export const REPORTER_WORDS = wordsMatcher(readList('reporter-words.txt'));

const WHAT_IS_CALLED = 'what (?:is|are|was|were) (?:often |sometimes |commonly |widely )?(?:called|known as|described as|referred to as)';
/** Scare/term-quote introducers: so-called "X", what is often called "X", known as "X". */
export const TERM_INTRO = new RegExp(`(?:${alternation(readList('term-intros.txt'))}|${WHAT_IS_CALLED})\\s*$`, 'i');

/** "declined to comment", "did not respond": not statements. */
export const NON_STATEMENT_AFTER_CUE = /^\s*(?:to comment|comment|no comment)/i;

/** The same head lists for testing one word: exactly `/^(?:entry|…)$/i` (only ASCII can match ASCII under /i). */
const wholeWord = (m: WordMatcher) => ({ test: (w: string): boolean => !/[^\0-\x7f]/.test(w) && m.words.has(w.toLowerCase()) });
export const ANON_WORD = wholeWord(ANON_HEADS);
export const DOCUMENT_WORD = wholeWord(DOCUMENT_HEADS);
