// Speaker phrases in a masked sentence: the noun phrase before a cue (past intro adverbials, in
// relative clauses, coordinated), the subject of a participle's clause, the speaker after an inverted
// cue, and the tests that tell a noun phrase from a clause.
import type { Span } from '../doc.js';
import type { Cue } from './03-cues.js';
import { ANON_HEAD_WORDS, BARE_ORG_HEAD_WORDS, DOCUMENT_HEAD_WORDS, INTRO_ADVERBIAL } from './rules.js';
export const MASK = '\uE000';
// (?i) cannot apply to \p{Lu}, so the capital test is a separate, case-sensitive pattern
const NP_WORD = /^(?:a|an|the|those|these|each|half|none|few|one|two|three|four|five|six|several|some|many|most|both|all|another|other|his|her|their|its|our|my|former|current|senior|top|local|state|federal|he|she|they|it|we|i)\b/i;
export const NP_START = { test: (s: string) => NP_WORD.test(s) || /^[\p{Lu}\d]/u.test(s) || BARE_NOUN_START.test(s) || ROLE_NAME_START.test(s) };
/** `deputy warden Ana Ruiz`, `pollster Ana Ruiz`: one or two lower-case role words (no function word, verb or
 *  adverb form), then a capitalised name. */
const ROLE_WORD = String.raw`(?!(?:and|or|but|nor|to|of|in|on|at|for|with|by|from|that|which|who|as|if|when|then|so|than|said|says|told)\b)\p{Ll}[\p{Ll}-]*(?<!ed|ing|ly|s)`;
const ROLE_NAME_START = new RegExp(String.raw`^${ROLE_WORD}(?:\s+${ROLE_WORD})?\s+\p{Lu}\p{Ll}`, 'u');
/** Bare plurals and mass nouns speak too: "executives who …", "experts say", "state data show", "police said".
 * Exactly `/^(?:[\p{Ll}-]+\s+){0,3}?\b(?:anon head|document head|bare org head)\b/iu` (the lists as alternations), by Set
 * lookup: that alternation, compiled case-insensitively for Unicode, cost tens of ms of cold start. */
const BARE_NOUN_START = {
  test(s: string): boolean {
    let i = 0;
    for (let k = 0; ; k++) {
      if (headWordAt(s, i)) return true;
      if (k === 3) return false;
      LEAD_WORD.lastIndex = i; // the regex's words only ever end where the spaces start: no backtracking to mirror
      if (!LEAD_WORD.test(s)) return false;
      LEAD_SPACE.lastIndex = LEAD_WORD.lastIndex;
      if (!LEAD_SPACE.test(s)) return false;
      i = LEAD_SPACE.lastIndex;
    }
  },
};
const LEAD_WORD = /[\p{Ll}-]+/iuy, LEAD_SPACE = /\s+/y;
let headWords: ReadonlySet<string> | undefined, longestHead = 0;
/** /iu word characters: ASCII word characters, and ſ and K, which fold to s and k. */
const isIuWordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
const foldAscii = (w: string): string => (w.includes('\u017f') ? w.replace(/\u017f/g, 's') : w).toLowerCase();
/** A head word at i (i is 0 or after a space, so \b before it holds when s[i] is a word character), ending at \b. */
function headWordAt(s: string, i: number): boolean {
  if (!headWords) {
    headWords = new Set([...ANON_HEAD_WORDS, ...DOCUMENT_HEAD_WORDS, ...BARE_ORG_HEAD_WORDS]);
    for (const w of headWords) longestHead = Math.max(longestHead, w.length);
  }
  if (i >= s.length || !isIuWordChar(s.charCodeAt(i))) return false;
  for (let j = i + 1; j <= s.length && j - i <= longestHead; j++) {
    const c = s.charCodeAt(j - 1);
    if (!isIuWordChar(c) && c !== 45 && c !== 32) return false; // entries are letters, '-' and ' '
    // under /iu, K (Kelvin) and ſ fold to k and s; toLowerCase already maps K to k
    if (isIuWordChar(c) && (j === s.length || !isIuWordChar(s.charCodeAt(j))) && headWords.has(foldAscii(s.slice(i, j)))) return true;
  }
  return false;
}
const FINITE_WORD = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|did|does|do)\b|\b(?:there|here|it|that|what|he|she)['’]s\b|n['’]t\b/i;
/** The modals that are also names and months (`Ada May`, `in May`) count only in lower case. */
const LOWER_MODAL = /\b(?:may|might|must)\b/;
export const FINITE_VERB = { test: (s: string): boolean => FINITE_WORD.test(s) || LOWER_MODAL.test(s) };
const RELATIVE = /\b(?:who|whom|whose|which|that|where)\b/i;

/** Finite verbs that end a sentence's subject ("Ruiz *defended* …", "The board *has* …"). */
const AUX_WORDS = new Set(['is', 'was', 'were', 'are', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'did', 'does', 'do', 'should', 'may', 'might', 'also', 'then', 'again']);
const IRREGULAR_PAST = new Set(['sued', 'used', 'owed', 'tied', 'died', 'lied', 'spoke', 'went', 'came', 'made', 'took', 'gave', 'told', 'wrote', 'said', 'met', 'sent', 'held', 'left', 'brought',
  'ran', 'won', 'lost', 'stood', 'sat', 'hit', 'put', 'set', 'got', 'began', 'became', 'struck', 'drew', 'threw', 'fought', 'led', 'paid', 'kept',
  'thought', 'felt', 'saw', 'knew', 'sought', 'rose', 'fell', 'broke', 'chose', 'read', 'shot', 'swept', 'sold', 'bought', 'built', 'spent',
  'fled', 'sank', 'grew', 'flew', 'hid', 'shook', 'froze', 'tore', 'blew', 'drove', 'rode', 'dug', 'slid', 'slept', 'fed', 'hung', 'stole', 'swore', 'wore', 'woke', 'bled', 'lit']);
const PRONOUN_SUBJECT = /^(?:he|she|they|it|we|i)$/i;
/** A subject longer than this is not a noun phrase we trust. */
const MAX_SUBJECT_WORDS = 12;

/** The sentence's subject: the words before its first finite verb, past intro adverbials. */
export function subjectOf(masked: string, base: number): Span | null {
  let start = leadStart(masked, masked);
  const intro = INTRO_ADVERBIAL.exec(masked.slice(start));
  if (intro && intro[0].length < masked.length - start) start += intro[0].length;
  const words = [...masked.slice(start).matchAll(/[^\s,;:\uE000]+/g)];
  let prevWord = '';
  for (let i = 0; i < words.length && i <= MAX_SUBJECT_WORDS; i++) {
    const w = words[i][0];
    const lower = w.toLowerCase();
    const verb = i > 0 && /^\p{Ll}/u.test(w) && (AUX_WORDS.has(lower) || /^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(lower) || /^\p{Ll}+n[’']t$/u.test(w)
      || (/^\p{Ll}{3,}s$/u.test(w) && (/^\p{Lu}/u.test(prevWord) || PRONOUN_SUBJECT.test(prevWord))));
    if (verb) {
      const end = words[i - 1].index! + words[i - 1][0].length;
      const np = masked.slice(start, start + end).replace(/(?<![\s,])[\s,]+$/, '');
      if (!np || !isNounPhrase(np, true)) return null;
      const cut = /(?<![\s,]),?\s+(?:who|which|that)\b/i.exec(np);
      return { start: base + start, end: base + start + (cut ? cut.index : np.length) };
    }
    prevWord = w;
  }
  return null;
}

/** The speaker noun phrase right before the cue: from the clause start, past intro adverbials. */
/** Longest stretch before a cue that is read for its speaker (characters). */
const MAX_SPEAKER_REGION = 400;

export function npBefore(masked: string, base: number, cue: Cue): Span | null {
  let region = masked.slice(0, cue.start - base);
  // (no speaker runs longer: a bound keeps a sentence of thousands of words from being read once per cue)
  let start = Math.max(0, region.length - MAX_SPEAKER_REGION);
  const lastQuote = region.lastIndexOf(MASK);
  if (lastQuote >= start) start = lastQuote + 1;
  start += /^[\s,;:—–(\[-]*/.exec(region.slice(start))![0].length; // (`(She says …)`: an opening bracket is no part of the speaker)
  region = masked.slice(start, cue.start - base);
  const intro = INTRO_ADVERBIAL.exec(region);
  if (intro && intro[0].length < region.length) { start += intro[0].length; region = region.slice(intro[0].length); }
  const sub = SUBORDINATOR.exec(region);
  if (sub && sub[0].length < region.length) { start += sub[0].length; region = region.slice(sub[0].length); }
  // `But her lawyers said`: a leading conjunction is not part of the speaker
  const conj = /^(?:but|and|yet|so)\s+/i.exec(region);
  if (conj && conj[0].length < region.length) { start += conj[0].length; region = region.slice(conj[0].length); }
  // `Representing the largest county, Sen. Oriel Fenwick-Dray told`: an opening participial phrase is no speaker
  const participial = /^\p{Lu}\p{Ll}+ing\s(?=[^,]*\p{Ll})[^,]*,\s+/u.exec(region);
  if (participial && participial[0].length < region.length && isNounPhrase(region.slice(participial[0].length), true)) { start += participial[0].length; region = region.slice(participial[0].length); }
  // `The mayor, citing the delay, said`: a participial aside after the speaker is no part of it (one that
  // asks for anonymity is: `An official, speaking on condition of anonymity, said`)
  const aside = /^(.+?),\s+(?!including\b)\p{Ll}+ing\b([^,]*),?\s*$/su.exec(region);
  if (aside && isNounPhrase(aside[1], true) && !/anonym|named|identified|authori[sz]ed|publicly|record/i.test(aside[2])) region = aside[1];
  // `The meeting adjourned, and the governor said`: a clause joined by `, and` has its own subject
  const joined = /^(.*),\s+(?:and|but|so|yet)\s+(?=\S)/su.exec(region);
  if (joined && CLAUSE_VERB.test(joined[1].slice(joined[1].lastIndexOf(',') + 1)) && isNounPhrase(region.slice(joined[0].length), true)) { start += joined[0].length; region = region.slice(joined[0].length); }
  // the speaker may follow a comma or a clause word: `…, the official said`, `…, where he said`
  // "Blackwood, former commander of … and chief of …,": a name with a long apposition is one speaker
  const namedApposition = /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3},\s+\p{Ll}/u.test(region) && isNounPhrase(region, true);
  if ((!isNounPhrase(region) && !namedApposition) || /,\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?\s*$/u.test(region.trimEnd()) || /,\s+(?:\d{1,3}|[DRI]-\p{Lu}[\p{L}.]*)[\s,]*$/u.test(region)) {
    const tails: number[] = [];
    for (const c of region.matchAll(/(?:[,;]\s+|\b(?:where|when|while|because|although|though|and|but|as|after|before|since|if|whom|which|who)\s+)/gi)) {
      const at = c.index! + c[0].length;
      // "Pellworth, 19," / "Thorsby, R-Elmbrook,": an age or a party label is not the speaker
      if (isNounPhrase(region.slice(at)) && !AGE_OR_PARTY.test(region.slice(at))) tails.push(at);
    }
    if (tails.length) {
      // the shortest noun phrase, unless it is half of an apposition ("the mayor, Solveig Amundar")
      let at = tails[tails.length - 1];
      const prev = tails.length > 1 ? tails[tails.length - 2] : -1;
      if (prev >= 0 && isApposition(region.slice(prev, at).replace(/(?<![,\s])[,\s]+$/, ''), region.slice(at))) at = prev;
      start += at;
      region = region.slice(at);
    }
  }
  let np = region.replace(/(?<![\s,])[\s,]+$/, '');
  // `… independent voters who said …`: the speaker is the noun phrase the relative clause hangs on
  const relWho = /(?<![\s,]),?\s+(?:who|that)(?:\s+\p{Ll}+ly)?$/iu.exec(np);
  if (relWho) {
    // the largest noun phrase the relative clause can hang on: `an architect who`, `said Mr. Brandt, who`
    const head = np.slice(0, relWho.index);
    for (const at of relativeHeads(head)) {
      if (head.length - at < 2 || head.length - at > MAX_REL_HEAD_CHARS || !isNounPhrase(head.slice(at)) || VERB_OBJECT.test(head.slice(at)) || /,/.test(head.slice(at)) && !isApposition(...splitOnce(head.slice(at)))) continue;
      return { start: base + start + at, end: base + start + head.length };
    }
  }
  // `King works in the field …, but said …`: the coordinated verb's subject opens the sentence
  const coordinated = /(?:^|,)\s*(?:and|but|then)$/i.test(np) ? /^((?:\p{Lu}[\p{L}'’.-]*\s){1,4}|(?:he|she|they|it|we|i)\s)(?=\p{Ll})/u.exec(masked.slice(start)) : null;
  // `Ferry pilot Lorcan Hesketh backs …, but said`: the whole subject, role words included
  const subject = coordinated ? subjectOf(masked.slice(start, cue.start - base), base + start) : null;
  if (subject && subject.end - base - start > coordinated![1].trimEnd().length) return subject;
  if (coordinated && !STOP_SUBJECT.test(coordinated[1])) return { start: base + start, end: base + start + coordinated[1].trimEnd().length };
  // `70 percent, they said`: a pronoun after the last comma is the speaker
  // (`On Friday morning she said`: a time phrase before the pronoun, without its comma)
  const tailPronoun = /(?:^|,\s+|^(?:on|in|at|during|after|last|this|earlier|later)\s[^,]*?\s)(he|she|they|it|we|i)$/i.exec(np);
  if (tailPronoun) { start += tailPronoun.index + tailPronoun[0].length - tailPronoun[1].length; np = tailPronoun[1]; }
  // a pronoun followed by more words is a clause (`he shrugged and said`), unless coordinated (`He and the other sources`)
  if (/^(?:he|she|they|it|we|i)\s+(?!and\s)\S/i.test(np) || /\b(?:that|and|but|or)$/i.test(np) || /^(?:it|that|there|he|she|they|we|i|what|who)['’](?:s|re|ve|ll|d|m)\b/i.test(np)) return null;
  if (!np || !isNounPhrase(np, true)) return null;
  return { start: base + start, end: base + start + np.length };
}


/** A clause's verb before `, and`: a past form or an auxiliary (`The talks ended`, `The vote was close`). */
const CLAUSE_VERB = /\s(?:\p{Ll}{3,}ed|was|were|is|are|has|had|have|did|went|came|fell|rose|broke|left|began)\b/u;

/** An age or a party-and-place label after a name: "17,", "D-Morristown,", "R-Fla.". */
const AGE_OR_PARTY = /^(?:\d{1,3}|[DRI]-[\p{Lu}][\p{L}.]*(?:\s[\p{Lu}][\p{L}.]*)?)[\s,]*$/u;

/** "thanked a plumber": a past verb before its object. */
const VERB_OBJECT = /\b\p{Ll}{3,}ed\s+(?:a|an|the|his|her|their|its|our|my)\s/u;
/** A relative clause's head noun phrase is at most this long (characters). */
const MAX_REL_HEAD_CHARS = 80;
const REL_HEAD_AFTER = /(?:,\s+|\b(?:were|are|was|is|by|of|from|with|among|to|for|and|said|says|told|added|including)\s+|\s(?=(?:a|an|the|his|her|their|its|one|two|three|four|several|some|many|most|other)\s))/gi;

/** Where a relative clause's head may start: the stretch's start, then after commas, prepositions and before determiners. */
function relativeHeads(s: string): number[] {
  const out = [0];
  for (const m of s.matchAll(REL_HEAD_AFTER)) out.push(m.index! + m[0].length);
  return out;
}

/** "the mayor, Solveig Amundar" → ["the mayor", "Solveig Amundar"]. */
function splitOnce(s: string): [string, string] {
  const i = s.indexOf(', ');
  return i < 0 ? [s, ''] : [s.slice(0, i), s.slice(i + 2)];
}

/** Capitalised sentence openers that are not subjects. */
const STOP_SUBJECT = /^(?:The|A|An|In|On|At|But|And|So|Then|When|While|After|Before|If|As|This|That|There|It’s|It's)\s/;


const SUBORDINATOR = /^(?:when|while|after|before|as|if|because|although|though|since|once|until|where|so)\s+/i;

/** `In Brackenridge, where …, the mayor, Solveig Amundar,` said: the cue's subject is a noun phrase. */
export function hasNounPhraseTail(s: string): boolean {
  if (isNounPhrase(stripIntro(s), true)) return true;
  for (const m of s.matchAll(/,\s+/g)) if (isNounPhrase(s.slice(m.index! + m[0].length), true)) return true;
  return false;
}

function stripIntro(s: string): string {
  const intro = INTRO_ADVERBIAL.exec(s);
  const t = intro && intro[0].length < s.length ? s.slice(intro[0].length) : s;
  const sub = SUBORDINATOR.exec(t);
  return sub && sub[0].length < t.length ? t.slice(sub[0].length) : t;
}

/** A speaker phrase: starts like a noun phrase, and has no finite verb outside its relative clause. */
export function isNounPhrase(s: string, allowLong = false): boolean {
  const t = s.trim();
  if (!t || !NP_START.test(t) || t.includes(MASK)) return false;
  const rel = RELATIVE.exec(t);
  // "That plan was …" opens with a determiner, not a relative clause
  // (`Keeping that ferry afloat is …`: `that` after a gerund is a determiner, not a relative pronoun; the
  // lookbehind starts the gerund at a word's start only, so a long run of letters is read once, not once per letter)
  const head = rel && rel.index > 0 && !(/^that$/i.test(rel[0]) && /(?<!\p{L})\p{L}\p{Ll}+ing\s+$/u.test(t.slice(0, rel.index))) ? t.slice(0, rel.index) : t;
  if (FINITE_VERB.test(head) || VERB_LIKE.test(head)) return false;
  // `The surveyor, who lived in Tromsø, worked for the ferry line, the Harbour Gazette`: a predicate after the relative clause makes a clause
  if (rel && rel.index > 0 && (PREDICATE_AFTER_RELATIVE.test(t.slice(rel.index)) || mainVerbInRelative(t.slice(rel.index)))) return false;
  // "Managers later discussed the merger, a person …": a past verb with its object is a clause
  if (/^\S+\s+\S/.test(head) && VERB_OBJECT.test(head)) return false;
  // "the mayor, Solveig Amundar": every chunk before the last comma is a short apposition
  const chunks = head.replace(/(?<![\s,])[\s,]+$/, '').split(/,\s+/);
  // after a name ("Mara Quill, co-chair of the … Network, a group …") a role may run longer
  const maxChunk = allowLong && /^\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}$/u.test(chunks[0]) ? MAX_NAMED_APPOSITION_WORDS : MAX_APPOSITION_WORDS;
  if (chunks.slice(0, -1).some((c) => c.split(/\s+/).length > maxChunk || isShortClause(c))) return false;
  return head.split(/\s+/).length <= (allowLong ? 20 : 14) && t.split(/\s+/).length <= 45;
}

/** A relative clause closed by a comma, then a past or finite verb: `who lived in Tromsø, worked …`. */
const PREDICATE_AFTER_RELATIVE = { test: (s: string): boolean => {
  const next = /^[^,]*,\s+(\p{Ll}+)\s/u.exec(s)?.[1];
  return !!next && (AUX_WORDS.has(next) || /^\p{Ll}{3,}ed$/u.test(next) || IRREGULAR_PAST.has(next));
} };

/** Words after which a verb belongs to an embedded clause of its own (`who said he was`), not to the main clause. */
const EMBEDDED_SUBJECTS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'you', 'that', 'who', 'which']);
const NOT_BEFORE_VERB = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'these', 'those', 'from', 'to', 'in', 'on', 'at', 'of', 'for', 'with', 'by', 'into', 'over', 'under', 'newly', 'recently']);
const SUBORDINATORS = new Set(['because', 'although', 'though', 'when', 'while', 'if', 'since', 'after', 'before', 'as', 'until', 'whether', 'where']);
/**
 * `that was cracked caused the crash`, `that crews had flagged most likely caused …`: a second verb group inside
 * the relative clause (before any comma) is the main clause's predicate, so the whole is a clause, not a noun phrase.
 */
function mainVerbInRelative(s: string): boolean {
  // (case kept: "since May" is a month, not a modal)
  const words = (/^[^,;]*/.exec(s)?.[0] ?? '').split(/\s+/).filter(Boolean).slice(1);
  let groups = 0, inGroup = false;
  for (let i = 0; i < words.length; i++) {
    // a subordinate clause (`because she was not authorized …`) has verbs of its own
    if (SUBORDINATORS.has(words[i].toLowerCase())) break;
    // (after a determiner or a preposition an -ed word is an adjective: "an overbooked flight", "from damaged pipes")
    const w = words[i], afterNounWord = NOT_BEFORE_VERB.has((words[i - 1] ?? '').toLowerCase());
    const verb = (AUX_WORDS.has(w) && w !== 'also' && w !== 'then' && w !== 'again') || (!afterNounWord && (/^\p{Ll}{3,}ed$/u.test(w) || IRREGULAR_PAST.has(w)));
    if (verb && !inGroup && !(groups > 0 && EMBEDDED_SUBJECTS.has((words[i - 1] ?? '').toLowerCase()))) groups++;
    // an auxiliary, adverbs and a participle make one group: "had flagged", "was badly cracked"
    const aux = AUX_WORDS.has(w);
    inGroup = (verb && aux) || (inGroup && (/ly$/.test(w) || w === 'not' || w === 'never'));
  }
  return groups >= 2;
}

/** "The roof collapsed", "The storm killed three people", "Prices rose": a subject of a few words and then a past
 *  verb make a clause, not an apposition ("The roof collapsed, officials said": the speaker is "officials"). */
const DETERMINER = /^(?:the|a|an|its|his|her|their|our|this|that|these|those|many|some|several|most|all|both|few|other|two|three|four|five)$/i;
/** how many words may stand between the determiner and the verb ("the old stone bridge collapsed") */
const MAX_SUBJECT_NOUNS = 3;
function isShortClause(chunk: string): boolean {
  const w = chunk.trim().split(/\s+/);
  // with a determiner the subject is "the" + a noun or more; without, a noun or a name ("Prices rose", "Ruiz resigned")
  const first = DETERMINER.test(w[0]) ? 2 : 1;
  for (let k = first; k < w.length && k <= MAX_SUBJECT_NOUNS + first - 1; k++) {
    if (!/^\p{Ll}+$/u.test(w[k])) continue;
    const past = (w[k].length >= 5 && /[^e]ed$/.test(w[k]) && !ED_NOT_VERBS.has(w[k])) || IRREGULAR_PAST.has(w[k]);
    if (!past) continue;
    // "the newly appointed head" (an adverb makes it an adjective); "the man accused of fraud", "the firm
    // named as defendant" (a participle with its complement is a noun phrase)
    return !/ly$/.test(w[k - 1]) && !PARTICIPLE_COMPLEMENT.has(w[k + 1] ?? '');
  }
  return false;
}
const PARTICIPLE_COMPLEMENT = new Set(['of', 'by', 'as', 'with', 'for', 'to']);
/** -ed words that end noun phrases ("a hundred", "the sacred"); short ones (bed, red, shed) and -eed words are left out above. */
const ED_NOT_VERBS = new Set(['hundred', 'sacred', 'wicked', 'naked', 'kindred', 'beloved', 'rugged', 'crooked', 'ragged', 'learned', 'aged']);

const DATE_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Today|Yesterday)\b/;

/** "the mayor, Solveig Amundar" / "Dr. Ravi Oberlin-Tate, the district's chief veterinarian": a name beside a role. */
function isApposition(first: string, second: string): boolean {
  const name = (x: string) => /^[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*){0,4}\s*$/u.test(x.trim()) && !DATE_WORD.test(x.trim());
  // "mostly for night-shift workers," is an adverbial, not a role
  // a role is short and has no finite verb ("so hikers … should carry chains" is a clause)
  const role = (x: string) => (/^(?:the|a|an|its|his|her|their)\s/i.test(x.trim()) || (/^\p{Ll}/u.test(x.trim()) && !NOT_ROLE.test(x.trim())))
    && !FINITE_VERB.test(x) && x.trim().split(/\s+/).length <= MAX_NAMED_APPOSITION_WORDS;
  return (name(first) && role(second)) || (role(first) && name(second.replace(/(?<![,\s])[,\s]+$/, '')));
}

/** Lower-case chunks that open like adverbials, not roles. */
const NOT_ROLE = /^(?:\p{Ll}+ly|of|for|in|on|at|with|by|from|to|as|including|especially|except|despite|after|before|during)\b/u;

/** An apposition ("president of Glaziers Union Local 44") is short; a longer chunk is a clause. */
const MAX_APPOSITION_WORDS = 7;
/** A role right after a full name ("vice chair of the Advisory Board for the River Trust Alliance") is still one. */
const MAX_NAMED_APPOSITION_WORDS = 14;

/** Words that make a stretch a clause rather than a noun phrase. */
const VERB_LIKE_WORD = /\b(?:represents?|tasked|having|alluded|hosted|declared|became|remains?|makes?|made|takes?|took|gets?|got|goes|went|comes?|came)\b/i;
/** "Ms. Oduya likely raised", "officials quietly dropped": a verb after a name or an -ly adverb (case-sensitive);
 *  "People briefed on the talks" is a participle with its complement, not a verb. */
const VERB_AFTER_NAME = /(?<![\p{L}’'-])(?!(?:The|An|Many|Most|Some|Several|All|Both|Other|Few|These|Those|His|Her|Their|Its|Our|My|Two|Three|Former)\s)\p{Lu}[\p{L}’'-]+\s+(?:\p{Ll}+ly\s+)?(?!(?:briefed|involved|informed)\s+(?:on|in|about|with)\b)\p{Ll}+ed\b|(?<!\p{L})\p{Ll}+ly\s+\p{Ll}+(?:ed|es)\b/u;
const VERB_LIKE = { test: (s: string) => VERB_LIKE_WORD.test(s) || VERB_AFTER_NAME.test(s) };

/** The speaker after an inverted cue: up to the sentence end or the next quotation. */
export function npAfter(after: string, at: number): Span | null {
  const stop = after.search(/\uE000|;|\.\s*$/u);
  let np = (stop >= 0 ? after.slice(0, stop) : after).replace(/(?<![\s,.;:])[\s,.;:]+$/, '');
  np = np.replace(/,\s*(?:adding|saying|noting|citing|who\s+(?:\p{Ll}+ly\s+)?(?:has\s+|had\s+)?(?:added|said|noted|told|argued|wrote|explained|warned|insisted|acknowledged|recalled|predicted|cautioned|stressed|emphasized|contended|agreed|estimated|described|called|says|adds|notes))\b.*$/iu, '');
  return np ? { start: at, end: at + np.length } : null;
}


export function leadStart(masked: string, region: string): number {
  const m = /^\s*(?:(?:but|and|yet|so|still|however|meanwhile|also)\b,?\s*)?/i.exec(region);
  return Math.min(m ? m[0].length : 0, masked.length);
}
