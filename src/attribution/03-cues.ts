// Reporting-verb cues in a sentence frame (quotations masked out), with their auxiliaries and
// adverbs ("has reported", "had privately told"), and "according to".
import type { Span } from '../doc.js';
import { CUE_FORMS, CUE_PREFIX_WORDS } from './rules.js';

export interface Cue extends Span { lemma: string; word: Span }

/** Forms that are as often nouns: they are cues only where a clause, quote or object follows. */
const AMBIGUOUS = new Set(['report', 'reports', 'note', 'notes', 'state', 'states', 'post', 'posted', 'call', 'calls', 'claim', 'claims',
  'find', 'finds', 'show', 'shows', 'rule', 'rules', 'reads', 'reading', 'fears', 'fear', 'hopes', 'worry', 'worries', 'question', 'charge',
  'tweet', 'tweets', 'estimate', 'estimates', 'projects', 'project', 'demands', 'promise', 'promises', 'pledge', 'reveal', 'believe',
  'ruling', 'writing', 'reporting', 'saying', 'warning', 'testimony', 'order', 'expected', 'determined', 'agreed', 'declared', 'called',
  'found', 'shown', 'written', 'described', 'charged', 'advised', 'promising', 'pledge', 'calling']);
/** Phrasal reporting verbs: form → particle and lemma. They need `that`, a comma or a quotation after. */
const PHRASAL = new Map<string, { word: string; lemma: string }>();
for (const [forms, word, lemma] of [[['point', 'points', 'pointed', 'pointing'], 'out', 'point out'], [['make', 'makes', 'made', 'making'], 'clear', 'make clear'],
  [['spell', 'spells', 'spelled', 'spelt'], 'out', 'spell out']] as const) for (const f of forms) PHRASAL.set(f, { word, lemma });
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'those', 'his', 'her', 'its', 'their', 'our', 'my', 'your',
  'whose', 'of', 'to', 'for', 'no', 'any', 'every', 'such', 'new', 'latest', 'recent', 'last', 'first', 'final', 'annual',
  'own', 'draft', 'weekly', 'daily', 'preliminary', 'internal']);
// (?i) cannot apply to \p{Lu}, so the capital test is a separate, case-sensitive pattern
const CLAUSE_WORD = /^\s*(?:that\b|[,:]|\uE000|(?:the|a|an|it|he|she|they|we|i|there|this|these|those|his|her|their|its|our|no|some|all|most|many|both|each|every|nobody|none|one|two|three|several|more|fewer|only|not|in|on|at|to|by|about|how|what|why|whether|when|if)\b)/i;
const CAPITAL = /^\s*[\p{Lu}\d“"‘]/u;
const CLAUSE_START = { test: (s: string) => CLAUSE_WORD.test(s) || CAPITAL.test(s) };

const WORD = /[\p{L}][\p{L}’'-]*/gu;

/** A speaker before a sentence-final cue is a short noun phrase: "the county's report", "a spokeswoman for the city". */
const MAX_FINAL_SPEAKER_WORDS = 5;
/** Words between the last comma, colon or quotation (masked) and `at`. */
function wordsSinceBreak(masked: string, at: number): number {
  const before = masked.slice(Math.max(0, at - 120), at);
  const cut = Math.max(before.lastIndexOf(','), before.lastIndexOf(':'), before.lastIndexOf('\uE000'));
  return cut < 0 && at > 120 ? Infinity : (before.slice(cut + 1).match(/[\p{L}\p{N}]+/gu)?.length ?? 0);
}
/** Words ending in -ly that are nouns or adjectives, never a cue's adverb ("the family said"). */
const NOT_ADVERBS = new Set(['only', 'family', 'ally', 'rally', 'daily', 'weekly', 'monthly', 'yearly', 'quarterly', 'assembly',
  'supply', 'italy', 'july', 'reply', 'anomaly', 'monopoly', 'melancholy', 'emily', 'kelly', 'molly', 'billy', 'sally', 'holly',
  'friendly', 'elderly', 'lonely', 'lovely', 'likely', 'ugly', 'costly', 'deadly', 'early', 'silly', 'holy', 'jolly', 'belly', 'bully']);

/** `he’s`, `they’ve`, `she’d`: a pronoun with a contracted auxiliary (the lowercased word). */
const CLITIC = /(?<=^(?:he|she|it|they|we|i|you|who|that))[’'](?:s|ve|d|re|ll)$/;

/** Cues in masked sentence text; offsets are absolute (base = the sentence's start). */
export function findCues(masked: string, base: number): Cue[] {
  const words: { w: string; start: number; end: number; cap: boolean }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(masked); m; m = WORD.exec(masked)) words.push({ w: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length, cap: m[0] !== m[0].toLowerCase() });
  const out: Cue[] = [];
  for (let i = 0; i < words.length; i++) {
    const { w, start, end } = words[i];
    if (w === 'according' && words[i + 1]?.w === 'to') {
      out.push({ start: base + start, end: base + words[i + 1].end, word: { start: base + start, end: base + words[i + 1].end }, lemma: 'according to' });
      i++;
      continue;
    }
    const particle = PHRASAL.get(w);
    if (particle && words[i + 1]?.w === particle.word && !words[i].cap) {
      // "pointed out that …", "made clear that …": the particle belongs to the cue
      const cueEnd = base + words[i + 1].end;
      if (/^\s*(?:that\b|,|\uE000)/.test(masked.slice(words[i + 1].end))) out.push({ start: base + start, end: cueEnd, word: { start: base + start, end: cueEnd }, lemma: particle.lemma });
      i++;
      continue;
    }
    const lemma = CUE_FORMS.get(w);
    // "Harrowgate State University": a capitalised verb form is a name, unless it opens the sentence
    if (!lemma || (words[i].cap && i > 0)) continue;
    // (only right before the cue: in `the age of 25, says` the `of` is not the cue's determiner)
    const prev = words[i - 1] && /^\s+$/.test(masked.slice(words[i - 1].end, start)) ? words[i - 1].w : undefined;
    // (`went on to say`, `went so far as to say` report speech; `declined to say` does not)
    if (prev && DETERMINERS.has(prev) && !(prev === 'to' && /\b(?:went on|so far as)\s+to\s+$/i.test(masked.slice(Math.max(0, start - 20), start)))) continue;
    if (prev === 'having' || prev === 'being') continue;
    // `31 pledged delegates`, `two projected seats`: a participle between a number and its noun is an adjective
    if (/ed$/.test(w) && /(?:^|\s)[\d,.]*\d\s+$/.test(masked.slice(Math.max(0, start - 16), start)) && /^\s+\p{Ll}+\b/u.test(masked.slice(end)) && !CLAUSE_START.test(masked.slice(end))) continue;
    const rest = masked.slice(end);
    // a noun-or-verb form is a verb only before a clause, a quote or the end, and not after "74-page"
    // (`called on X to …`, `calls for X to …`: the frames check the listener and infinitive)
    if (AMBIGUOUS.has(w) && !(lemma === 'call' && /^\s+(?:on|upon|for)\s/.test(rest)) && ((!CLAUSE_START.test(rest) && !/^\s*$|^\s*[.!?]/.test(rest)) || (/^\s*,/.test(rest) && !/^\s*,\s*\uE000/.test(rest) && !/^\s*,[^,]{1,40},\s*that\b/.test(rest)) || /[\d-][\p{L}]*\s+$/u.test(masked.slice(Math.max(0, start - 16), start)))) continue;
    // at the sentence's end a noun-or-verb form closes a short speaker after a comma or quotation
    // (`…, the report states.`); after a longer run it is the noun (`in the rural north of her home state.`)
    if (AMBIGUOUS.has(w) && /^\s*(?:[.!?]|$)/.test(rest) && wordsSinceBreak(masked, start) > MAX_FINAL_SPEAKER_WORDS) continue;
    let s = start;
    // auxiliaries and adverbs belong to the cue: "has falsely claimed", "had privately told" (never a
    // capitalised word: the `May` of `Councillor Ada May said` is a name)
    let k = i - 1;
    for (; k >= 0 && !words[k].cap && (CUE_PREFIX_WORDS.has(words[k].w) || (/^\p{Ll}{3,}ly$/u.test(words[k].w) && !NOT_ADVERBS.has(words[k].w))) && masked.slice(words[k].end, s).trim() === ''; k--) s = words[k].start;
    // a contracted auxiliary belongs to the cue, its pronoun is the speaker: `she’s warning`, `they’ve said`
    const clitic = k >= 0 && masked.slice(words[k].end, s).trim() === '' ? CLITIC.exec(words[k].w) : null;
    // (`It’s said to be …` is an agentless passive, read as before)
    if (clitic && !/^\s+(?:to|as)\b/i.test(rest)) s = words[k].start + clitic.index;
    out.push({ start: base + s, end: base + end, word: { start: base + start, end: base + end }, lemma });
  }
  return out;
}
