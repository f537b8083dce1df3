// Attribution lexicons and patterns as data. The word lists live in lexicons/*.txt (one entry per line,
// `#` header naming source and license); they are read once, when this module is first imported, and
// compiled into the same tables and patterns every stage shares. No stage reads a file.
import { LEXICON_DIR, readLines } from '../entities/lexicons.js';

const readList = (file: string): string[] => readLines(LEXICON_DIR, file);

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

const alternation = (entries: readonly string[]): string => entries.map((e) => e.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
/** Any entry as whole words, any case. */
const wordsRegex = (entries: readonly string[]): RegExp => new RegExp(`\\b(?:${alternation(entries)})\\b`, 'i');

const VERBS = readVerbs('reporting-verbs.txt');

/** Inflected form → lemma, for every reporting verb. */
export const CUE_FORMS: ReadonlyMap<string, string> = new Map(VERBS.forms);

/** Lemmas whose quoted object is a partial quote: called X "…", described X as "…", accused X of "…". */
export const PARTIAL_LEMMAS = VERBS.flagged('partial');
/** Lemmas that only make a statement with a clause or a quote (not a bare noun object). */
export const CLAUSE_ONLY_LEMMAS = VERBS.flagged('clause-only');
/** Lemmas that take the listener as object: told X (that) …, urged X to …, warned X that … */
export const OBJECT_LEMMAS = VERBS.flagged('object');
/** Requests: a statement only with a listener and an infinitive (encouraged X to …). */
export const INFINITIVE_LEMMAS = VERBS.flagged('infinitive');

/** Auxiliaries and adverbs that belong to the cue: "has reported", "had privately told", "also found". */
export const CUE_PREFIX_WORDS: ReadonlySet<string> = new Set(readList('cue-prefix-words.txt'));

/** Leading phrases of a sentence that are not the speaker ("On Monday," "In a statement,"). */
export const INTRO_ADVERBIAL = /^(?:(?:on|in|at|during|after|before|by|since|until|for|from|with|within|over|under|last|this|earlier|later|late|early|meanwhile|still|however|but|and|yet|so|then|now|also|separately|speaking|asked|reached|contacted|writing|responding)\b[^,]{0,80},\s*)+|(?:every|each|last|next|this)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day|week|month|year|morning|evening|night|time)\s+/i;

/** Adverbials between a cue and its content: "said on Monday", "said in a statement", "said in a video
 *  message to the convention" (a listener or outlet runs to the punctuation or `that`), "said in court"
 *  (one word after "in", never an article: "in an update" is skipped whole or not at all). */
export const POST_CUE_ADVERBIAL = /^(?:\s*,)?\s*(?:(?:on|last|this|late|early)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|night|morning|afternoon|evening)(?:\s+(?:night|morning|afternoon|evening))?|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|recently|previously|earlier|later|also|again|repeatedly|publicly|privately|separately|flatly|simply|bluntly|quietly|firmly|often|once)|in\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,3}?(?:statement|interview|email|e-mail|letter|post|tweet|filing|report|memo|speech|message|video|press release|news release|conference|hearing|call|note|op-ed|column|blog post|testimony|podcast|ruling|opinion|decision|court filing|update|briefing)(?:\s+(?:message|statement|interview|conference|call|post|address|release))?(?:\s+(?:with|to|on|at|posted|released|sent|published)\s+[^,.;:“"]{1,60}?(?=\s*(?:[,.;:]|$)|\s+that\b))?|at\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:news conference|press conference|briefing|hearing|meeting|rally|event|forum|town hall|event)|on\s+(?:x|twitter|facebook|instagram|social media|tiktok|linkedin|threads|bluesky)|(?:by|via|over)\s+(?:email|e-mail|phone|telephone|text|text message|letter|video)|in\s+(?!(?:a|an|the|his|her|their|its)\b)\w+|on\s+\w+\s+\d{1,2})\b,?/i;

export const PRONOUNS: Record<string, 'person' | 'thing' | 'plural'> = {
  he: 'person', she: 'person', it: 'thing', they: 'plural', we: 'plural', i: 'person',
};

/** Heads of noun phrases that name unnamed people (anonymous sources). */
const ANON_LIST = readList('anonymous-heads.txt');
export const ANON_HEADS = wordsRegex(ANON_LIST);

/** Heads that make a noun phrase a document. */
const DOCUMENT_LIST = readList('document-heads.txt');
export const DOCUMENT_HEADS = wordsRegex(DOCUMENT_LIST);

/** Name endings that make a proper name an organization. */
export const ORG_WORDS = wordsRegex(readList('org-name-words.txt'));

/** Outlets and reporters: a source that is relayed when the article passes on its reporting. */
export const OUTLET_WORDS = wordsRegex(readList('outlet-words.txt'));
export const REPORTER_WORDS = wordsRegex(readList('reporter-words.txt'));

const WHAT_IS_CALLED = 'what (?:is|are|was|were) (?:often |sometimes |commonly |widely )?(?:called|known as|described as|referred to as)';
/** Scare/term-quote introducers: so-called "X", what is often called "X", known as "X". */
export const TERM_INTRO = new RegExp(`(?:${alternation(readList('term-intros.txt'))}|${WHAT_IS_CALLED})\\s*$`, 'i');

/** "declined to comment", "did not respond": not statements. */
export const NON_STATEMENT_AFTER_CUE = /^\s*(?:to comment|comment|no comment)/i;

/** The same head lists as Sets of lowercase words: a lookup instead of a large case-insensitive alternation. */
export const ANON_HEAD_WORDS: ReadonlySet<string> = new Set(ANON_LIST);
export const DOCUMENT_HEAD_WORDS: ReadonlySet<string> = new Set(DOCUMENT_LIST);
/** Institutions that speak as a bare noun ("police said"): an organization, like "the police". */
const BARE_ORG_LIST = readList('bare-org-heads.txt');
export const BARE_ORG_HEAD_WORDS: ReadonlySet<string> = new Set(BARE_ORG_LIST);
const LONGEST_HEAD = Math.max(...ANON_LIST.map((w) => w.length), ...DOCUMENT_LIST.map((w) => w.length));
/** Exactly `/^(?:entry|…)$/i` for lowercase ASCII entries: under /i without /u only ASCII matches ASCII. */
const wholeWord = (words: ReadonlySet<string>) => ({
  test: (w: string): boolean => w.length <= LONGEST_HEAD && !/[^\0-\x7f]/.test(w) && words.has(w.toLowerCase()),
});
export const ANON_WORD = wholeWord(ANON_HEAD_WORDS);
export const DOCUMENT_WORD = wholeWord(DOCUMENT_HEAD_WORDS);
for (const w of [...ANON_LIST, ...DOCUMENT_LIST, ...BARE_ORG_LIST]) if (!/^[a-z](?:[a-z -]*[a-z])?$/.test(w)) throw new Error(`attribution lexicon: unsupported head "${w}"`);

/** Nationalities, demonyms and party adjectives (lexicons/nationalities.txt), and the shapes of others: "Kurdish officials"
 *  are a group, "Caltrans officials" (the tagger's NORP for a name it does not know) an organization's staff. */
const NATIONALITY_SET = new Set(readList('nationalities.txt').flatMap((w) => [w, `${w}s`]));
export const isNationality = (w: string): boolean => NATIONALITY_SET.has(w) || /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i|ic|ch|ean)$/u.test(w);
