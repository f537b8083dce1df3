// Clues the source resolver reads from the text around a speaker phrase: the long form of an acronym,
// an organization named beside its kind ("the agency, the Inland Fisheries Bureau"), the plural subject a
// "they" stands for, and when two unnamed phrases are one source.
import type { Span } from '../doc.js';
import { LEXICON_DIR, readLines } from '../entities/lexicons.js';
import { nameRuns, type NameRun } from './names.js';
import { ANON_WORD, DOCUMENT_WORD } from './rules.js';
import { isNounPhrase, subjectOf } from './speaker-phrases.js';

/** Words an acronym skips ("Office of Orchards and Rural Water" → OORW). */
const ACRONYM_SKIP = /^(?:of|and|for|the|on|in|&)$/;
/** A capitalised stretch that may spell an acronym out (inner function words allowed). */
// (starts only at a word's start, and each word is taken whole: linear on long runs of capitals)
const CAPS_STRETCH = /(?<![\p{L}’'-])\p{Lu}(?=([\p{L}’'-]*))\1(?:[^\S\n]+(?:(?:of|and|for|the|on|in|&)[^\S\n]+)*\p{Lu}(?=([\p{L}’'-]*))\2)+/gu;

/** The capitalised stretches of the last text asked about (articles ask several times, in order). */
let stretches: { text: string; all: RegExpMatchArray[] } | null = null;
function capsStretches(text: string): RegExpMatchArray[] {
  if (stretches?.text !== text) stretches = { text, all: [...text.matchAll(CAPS_STRETCH)] };
  return stretches.all;
}

/** The nearest capitalised stretch before `at` whose initials spell the acronym: "Loom Weavers Guild" for LWG. */
export function acronymLongForm(text: string, acronym: string, at: number): string | null {
  let found: string | null = null;
  for (const m of capsStretches(text)) {
    if (m.index! + m[0].length > at) break;
    // any tail of the stretch: "the County’s Bureau of Ferries and Inland Waterways" for BFIW
    const words = m[0].split(/\s+/);
    for (let i = 0; i < words.length; i++) {
      if (!/^\p{Lu}/u.test(words[i])) continue;
      const tail = words.slice(i);
      if (tail.filter((w) => !ACRONYM_SKIP.test(w)).map((w) => w[0]).join('') === acronym) { found = tail.join(' ').replace(/['’]s$/, ''); break; }
    }
  }
  return found;
}

/** A capitalised name with inner function words ("Inland Fisheries Bureau", "Office of Orchards and Rural Water"). */
const ORG_NAME = String.raw`\p{Lu}[\p{L}’'&.-]*(?:[^\S\n]+(?:of[^\S\n]+|for[^\S\n]+|and[^\S\n]+|the[^\S\n]+)*\p{Lu}[\p{L}’'&.-]*){0,6}`;
/** The apposition pattern of a kind word, compiled once per word (the words are the organization heads). */
const APPOSED_ORG = new Map<string, RegExp>();

/** An organization named beside the kind word, before `to` and after `from`: "federal agency, the Inland
 *  Fisheries Bureau" or "the Orchard Growers Board, a trade body". The last one, with where it starts. */
export function apposedOrg(text: string, head: string, from: number, to: number): { name: string; start: number } | null {
  // (cheap first: the kind word must occur before the mention at all)
  if (!/^[a-z]{3,}$/.test(head) || !text.slice(from, to).includes(head)) return null;
  let re = APPOSED_ORG.get(head);
  if (!re) APPOSED_ORG.set(head, re = new RegExp(String.raw`\b${head}s?,[^\S\n]+(?:the[^\S\n]+)?(${ORG_NAME})|(?<![\p{L}])(${ORG_NAME}),[^\S\n]+(?:an?|the)[^\S\n]+(?:[\p{Ll}-]+[^\S\n]+){0,3}${head}\b`, 'gu'));
  let best: { name: string; start: number } | null = null;
  for (const m of text.slice(from, to).matchAll(re)) {
    const n = m[1] ?? m[2];
    if (/^(?:The|A|An|This|That|In|On|At|But|And)$/.test(n)) continue;
    best = { name: n, start: from + m.index! + m[0].indexOf(n) };
  }
  return best;
}

/** Clause openings a subject follows: the sentence start, a comma, a subordinator or a conjunction. */
const CLAUSE_OPEN = /^|[,;:—][^\S\n]*|\b(?:as|while|although|though|when|because|since|and|but|after|before|which|so)[^\S\n]+/giu;
/** A plural subject is a short noun phrase (words). */
const MAX_SUBJECT_WORDS = 4;

/** The plural subject a "they" at `at` stands for: the last plural noun phrase headed by a people noun
 *  that opens a clause earlier in the same sentence, or in the sentence before when "they" opens its own. */
export function pluralSubject(text: string, sentenceOf: (at: number) => Span, at: number, quoted: readonly Span[]): Span | null {
  const s = sentenceOf(at);
  const own = lastPluralSubject(text, s.start, at);
  if (own || /\S/.test(text.slice(s.start, at).replace(/^[\s"“‘'(]*(?:but|and|so|yet)?\s*/i, ''))) return own && !inside(own, quoted) ? own : null;
  let k = s.start - 1;
  while (k > 0 && /\s/.test(text[k])) { if (text[k] === '\n') return null; k--; }
  const prev = sentenceOf(k);
  if (prev.end <= prev.start) return null;
  const found = lastPluralSubject(text, prev.start, prev.end);
  return found && !inside(found, quoted) ? found : null;
}

function lastPluralSubject(text: string, from: number, to: number): Span | null {
  const region = text.slice(from, to);
  const opens: number[] = [];
  CLAUSE_OPEN.lastIndex = 0;
  for (let m = CLAUSE_OPEN.exec(region); m; m = CLAUSE_OPEN.exec(region)) {
    opens.push(m.index + m[0].length);
    if (m[0].length === 0) CLAUSE_OPEN.lastIndex++;
  }
  let best: Span | null = null;
  for (const m of region.matchAll(/[\p{L}-]+/gu)) {
    const end = m.index! + m[0].length;
    if (!m[0].endsWith('s') || !ANON_WORD.test(m[0]) || !/^[^\S\n]+(?:\p{Ll}+ly[^\S\n]+)?(?!(?:of|for|who|that|in|at|with|from|and|or|to|on)\b)\p{Ll}/u.test(region.slice(end))) continue;
    const open = opens.filter((o) => o <= m.index!).pop();
    if (open === undefined) continue;
    const np = region.slice(open, end);
    if (!np || np.split(/\s+/).length > MAX_SUBJECT_WORDS || !isNounPhrase(np) || /^(?:he|she|it|they|we|i)\b/i.test(np)) continue;
    best = { start: from + open, end: from + end };
  }
  return best;
}

const inside = (s: Span, spans: readonly Span[]) => spans.some((q) => q.start <= s.start && s.end <= q.end);

/** Head nouns that name the same people ("lawyers", "attorneys"). */
const HEAD_SYNONYMS: Record<string, string> = { attorney: 'lawyer', attorneys: 'lawyers', counsel: 'lawyer' };
const canon = (h: string) => HEAD_SYNONYMS[h] ?? h;
interface HeadInfo { head: string | null; descriptor: string | null }

/** "her attorneys" after "Ardwyn’s lawyers, from …": same head, or the head (or its synonym) in the earlier descriptor. */
export function sameHead(prior: HeadInfo, sp: HeadInfo): boolean {
  if (!prior.head || !sp.head) return false;
  if (canon(prior.head) === canon(sp.head)) return true;
  const d = (prior.descriptor ?? '').toLowerCase();
  return d.includes(sp.head) || d.includes(canon(sp.head));
}

/** Words before the head ("county" in "the county attorneys") must appear in the earlier descriptor; a
 *  possessed re-reference ("her attorneys") also needs the earlier one's words ("county attorneys" are not hers). */
export function premodifiersFit(prior: HeadInfo, sp: HeadInfo): boolean {
  const own = premods(sp).every((w) => (prior.descriptor ?? '').toLowerCase().includes(w));
  const possessed = /^(?:(?:but|and)\s+)?(?:his|her|their)\s|^\S+['’]s\s/i.test(sp.descriptor ?? '');
  return own && (!possessed || premods(prior).every((w) => (sp.descriptor ?? '').toLowerCase().includes(w)));
}
const FUNCTION_PREMOD = /^(?:the|a|an|his|her|their|its|but|and|other|same|one|of|two|three|several|some|many)$|['’]s$/;
function premods(x: HeadInfo): string[] {
  if (!x.head || !x.descriptor) return [];
  const words = x.descriptor.toLowerCase().split(/[\s,]+/);
  const i = words.indexOf(x.head);
  return i <= 0 ? [] : words.slice(0, i).filter((w) => !FUNCTION_PREMOD.test(w));
}

/** Quantifiers that speak for a group named before them ("some say", "many said"). */
export const QUANTIFIER = /^(?:some|many|others|several|most|few)$/i;
/** Plain words that open a noun phrase but carry no meaning of their own. */
const NOT_MODIFIER = /^(?:of|the|a|an|and|or|for|to|in|on|at|by|with|from|that|who|which|their|his|her|its|have|has|had|are|were|is|was|been|many|some|thousands|hundreds|dozens|\d.*)$/i;

/** The group a quantifier speaker stands for: the last people noun (with up to two modifiers) earlier in
 *  its sentence, else in the sentence before: "Displaced tenants … Some say" → "Displaced tenants". */
export function quantifiedGroup(text: string, sentenceOf: (at: number) => Span, at: number): string | null {
  const s = sentenceOf(at);
  let k = s.start - 1;
  while (k > 0 && /\s/.test(text[k])) k--;
  const prev = k > 0 ? sentenceOf(k) : null;
  for (const [from, to] of [[s.start, at], ...(prev && prev.end > prev.start ? [[prev.start, prev.end]] : [])]) {
    const words = [...text.slice(from, to).matchAll(/[\p{L}-]+/gu)].map((m) => m[0]);
    for (let i = words.length - 1; i >= 0; i--) {
      if (!/s$/.test(words[i]) || !ANON_WORD.test(words[i])) continue;
      let j = i;
      while (j > 0 && i - j < 2 && !NOT_MODIFIER.test(words[j - 1])) j--;
      return words.slice(j, i + 1).join(' ');
    }
  }
  return null;
}

/** The last unnamed court described before `to`: "a five-member appeals court". */
export function courtBefore(text: string, from: number, to: number): string | null {
  let found: string | null = null;
  for (const m of text.slice(from, to).matchAll(/\b(?:[Aa]n?|[Tt]he)[^\S\n]+((?:[\p{Ll}\d-]+[^\S\n]+){0,3}court)\b/gu)) found = m[1];
  return found;
}

/** Common given names (lexicons/first-names.txt): a name opening with one is a person's, not a company's. */
export const FIRST_NAMES: ReadonlySet<string> = new Set(readLines(LEXICON_DIR, 'first-names.txt'));

/** The name that is the subject of the sentence before the one at `at`: "Quarrington, based in Brisewood,
 *  has billed …" or "Vantrell Aerial said on Tuesday …", before "the company said". */
export function previousSubject(text: string, sentenceOf: (at: number) => Span, at: number): Span | null {
  let k = sentenceOf(at).start - 1;
  while (k > 0 && /\s/.test(text[k])) k--;
  const prev = k > 0 ? sentenceOf(k) : null;
  if (!prev || prev.end <= prev.start) return null;
  const sub = subjectOf(text.slice(prev.start, prev.end), prev.start);
  if (!sub) return null;
  const runs = nameRuns(text, sub.start, sub.end);
  const r = runs.length === 1 && runs[0].start === sub.start && runs[0].end === sub.end ? runs[0] : null;
  if (!r || FIRST_NAMES.has(r.words[0]) || (r.words.length === 1 && (ANON_WORD.test(r.words[0]) || DOCUMENT_WORD.test(r.words[0])))) return null;
  return r;
}

/** How far before its title a person's name may be (characters of "Name, a … researcher with …"). */
const TITLE_WINDOW = 80;

/** The latest person before `at` given this title: "Judge Maren Quist", "Maren Quist, a researcher with …". */
export function titledPerson(text: string, title: string, at: number, people: readonly NameRun[]): NameRun | null {
  // "the county's fire chief" is titled "fire chief"
  const t = title.toLowerCase().trim().replace(/^[\p{L}.-]+['’]s\s+/u, '');
  if (!t || t.length > 40 || !/^[\p{L} -]+$/u.test(t)) return null;
  // "the researcher" for "Pernilla Lindgarde, the Soil Research Institute’s chief analyst": the agent noun's stem in the apposition
  const stem = /^[\p{L}]{6,}(?=er$)/u.exec(t)?.[0] ?? null;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i];
    if (p.kind !== 'person' || p.end > at || p.words.length < 2) continue;
    const before = text.slice(Math.max(0, p.start - TITLE_WINDOW), p.start).toLowerCase();
    const after = text.slice(p.end, Math.min(at, p.end + TITLE_WINDOW)).toLowerCase();
    const apposition = /^['’]?,\s+([^,.;\n]*)/.exec(after);
    if (before.endsWith(`${t} `) || (apposition && (` ${apposition[1]} `.includes(` ${t} `) || (stem && ` ${apposition[1]}`.includes(` ${stem}`))))) return p;
  }
  // a lead often gives the title first: "…, the county's fire chief concluded. … Fire Chief Isolde Brackwell said"
  for (const p of people) {
    if (p.kind !== 'person' || p.start <= at || p.words.length < 2) continue;
    if (p.start > at + FORWARD_TITLE_WINDOW) break;
    const apposition = /^['’]?,\s+([^,.;\n]*)/.exec(text.slice(p.end, p.end + TITLE_WINDOW).toLowerCase());
    if (text.slice(Math.max(0, p.start - TITLE_WINDOW), p.start).toLowerCase().endsWith(`${t} `) || (apposition && ` ${apposition[1]} `.includes(` ${t} `))) return p;
  }
  return null;
}
/** How far after a bare title the person given that title may first be named (characters). */
const FORWARD_TITLE_WINDOW = 1500;

/** "The person" after "One of the people familiar with …": a singular re-reference to the group last quoted through one of its members. */
export function memberOf(r: { plural: boolean; head: string | null; mentions: readonly { end: number; text: string }[] }, sp: { plural: boolean; head: string | null }): boolean {
  if (!r.plural || sp.plural || !sp.head || !r.head || !r.mentions.length) return false;
  const last = r.mentions.reduce((a, m) => (m.end > a.end ? m : a), r.mentions[0]);
  return /^one of\b/i.test(last.text) && (sp.head === 'person' ? r.head === 'people' : r.head === `${sp.head}s`);
}
