// Names inside a speaker phrase: people (capitalised runs, honorifics and titles split off) and
// organizations (runs with an organization word, or acronyms).
import type { Span } from '../doc.js';
import { ORG_WORDS } from './rules.js';

/** Honorifics and ranks: not part of the name. */
export const HONORIFIC = /^(?:mr|mrs|ms|miss|mx|dr|prof|professor|rev|reverend|hon|gen|general|lt|lieut|col|colonel|maj|major|capt|captain|sgt|sergeant|cpl|pvt|adm|admiral|cmdr|commander|brig|sen|senator|rep|representative|gov|governor|pres|president|supt|atty|amb|ambassador|judge|justice|mayor|councilmember|councilman|councilwoman|councillor|alderman|sheriff|chief|deputy|inspector|detective|officer|father|sister|brother|rabbi|imam|pastor|bishop|cardinal|pope|king|queen|prince|princess|lord|lady|sir|dame|secretary|minister|premier|chancellor|speaker|chairman|chairwoman|chair|director|superintendent|commissioner|trustee|president-elect|vice|attorney|prosecutor|coach|principal|dean|provost|ceo|cfo|coo|founder|executive|manager|head|leader|spokesman|spokeswoman|spokesperson|state|district|county|city|federal|acting|interim|former|then|senior|deputy|assistant|associate|general|national|emergency|management|defense|defence|health|education|transportation|police|fire|public|works|safety)\.?$/i;

const CAP_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}?[\p{L}\p{M}'’]+)*\.?|\p{Lu}\.|(?:de|da|del|della|van|von|der|den|la|le|du|dos|das|bin|ibn|al|el)|[\p{Lu}][\p{Ll}]*[\p{Lu}][\p{L}]*)$/u;
const ACRONYM = /^\p{Lu}\p{Lu}[\p{Lu}\d&]*$/u;
const PARTICLES = new Set(['de', 'da', 'del', 'della', 'van', 'von', 'der', 'den', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el']);
/** Capitalised only because they open a sentence: never the start of a name. */
const STOP_CAPS = new Set(('The A An He She It They We I You His Her Their Its Our My Your One Two Three Four Five Some Many But And Or ' +
  'In On At By For From To Of With Without Under Over Into After Before During Since Until While When Where Why How What Who ' +
  'Whom Which Whose If Because Although Though As So Yet Then Now Still Also Even Only Just Far Once Asked According Both ' +
  'Several Most All Another Other Others Former This That These Those There Here Such No Not Every Each Any Meanwhile However ' +
  'Instead Despite Like Unlike Among Across Against Along Around Behind Beyond Near Through Within Last Next Today Yesterday ' +
  'Tomorrow Earlier Later Mr Mrs Ms More Less Fewer Nearly Almost About Roughly Half').split(' '));
/** Spelled-out numbers open counts, not names ("Sixty-one percent of voters"). */
const NUMBER_WORD = /^(?:Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Hundreds|Thousands|Dozens)(?:-\p{Ll}+)?$|^(?:One|Two|Three|Four|Five)-\p{Ll}+$/u;
const MONTHS_DAYS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\.?$/;

export interface NameRun extends Span { words: string[]; kind: 'person' | 'org'; /** a title came first ("Superintendent Ana Ruiz") */ titled?: boolean }

/** Capitalised runs in [start,end) of text, classified as person or organization names. */
export function nameRuns(text: string, start: number, end: number): NameRun[] {
  const out: NameRun[] = [];
  const re = /[\p{L}\p{M}][\p{L}\p{M}'’.-]*/gu;
  re.lastIndex = start;
  let run: { start: number; end: number; words: string[] } | null = null;
  const flush = () => {
    if (run) { const r = classify(text, run); if (r) out.push(r); }
    run = null;
  };
  for (let m = re.exec(text); m && m.index < end; m = re.exec(text)) {
    let w = m[0];
    let wEnd = m.index + w.length;
    if (wEnd > end) { w = w.slice(0, end - m.index); wEnd = end; }
    // a possessive or trailing stop is not part of the name ("Brennerman's", "Ostrowe.")
    const poss = /(?:['’]s?|\.)$/.exec(w);
    const core = poss && !/^(?:\p{Lu}\.)+$/u.test(w) && !HONORIFIC.test(w) ? w.slice(0, -poss[0].length) : w;
    const gap = run ? text.slice(run.end, m.index) : '';
    // a name never runs across a line break ("Pool Photo\nAfter Mina Torvald")
    const joinable = run && /^[^\S\n]+$/.test(gap) || (run && gap === ' of ' ) || (run && gap === ' for ');
    const isCap = CAP_WORD.test(core) && core.length > 0;
    if (isCap && !((STOP_CAPS.has(core) || NUMBER_WORD.test(core)) && !(run && joinable)) && !MONTHS_DAYS.test(core)) {
      // "Mr. Quillfeather and Ms. Pyke": an honorific after "and" opens a second name
      if (run && joinable && run.words[run.words.length - 1] === 'and' && HONORIFIC.test(core)) { flush(); run = { start: m.index, end: m.index + core.length, words: [core] }; }
      else if (run && joinable) { run.words.push(core); run.end = m.index + core.length; }
      else { flush(); run = { start: m.index, end: m.index + core.length, words: [core] }; }
      if (core !== w) flush();
    } else if (run && (w === 'of' || w === 'for' || w === 'and' || w === 'the') && /^[^\S\n]+$/.test(gap)) {
      // "Department of Health", keep looking; dropped again below when nothing capitalised follows
      run.words.push(w); run.end = m.index + w.length;
    } else flush();
  }
  flush();
  return out;
}

function classify(text: string, run: { start: number; end: number; words: string[] }): NameRun | null {
  // drop trailing function words picked up while looking ahead
  while (run.words.length && /^(?:of|for|and|the)$/.test(run.words[run.words.length - 1])) {
    const w = run.words.pop()!;
    run.end = text.lastIndexOf(w, run.end) - 1;
    while (run.end > run.start && /\s/.test(text[run.end - 1])) run.end--;
  }
  if (!run.words.length) return null;
  // a title or organization word followed by a name: "Minister of Labor Anneke Thorsby"
  let j = -1;
  for (let k = 0; k < run.words.length; k++) if (HONORIFIC.test(run.words[k]) || ORG_WORDS.test(run.words[k])) j = k;
  const tail = run.words.slice(j + 1);
  const titled = j >= 0 && tail.every((w) => /^\p{Lu}/u.test(w)) && (tail.length >= 2 || (tail.length === 1 && HONORIFIC.test(run.words[j]) && !ORG_WORDS.test(run.words[j])));
  const phrase = text.slice(run.start, run.end);
  const isOrg = !titled && (ORG_WORDS.test(phrase) || (run.words.length === 1 && ACRONYM.test(run.words[0])) || run.words.some((w) => /^(?:of|for|and|the)$/.test(w)));
  if (isOrg) return { start: run.start, end: run.end, words: run.words, kind: 'org' };
  const words = titled ? tail : run.words;
  if (!words.length || words.every((w) => PARTICLES.has(w))) return null;
  const s = words === run.words ? run.start : locate(text, run, words[0]);
  return titled && tail.length >= 2 ? { start: s, end: run.end, words, kind: 'person', titled: true } : { start: s, end: run.end, words, kind: 'person' };
}

function locate(text: string, run: { start: number; end: number }, first: string): number {
  const i = text.lastIndexOf(first, run.end - first.length);
  return i >= run.start ? i : run.start;
}

/** Lower-cased name tokens without honorifics, for matching "Vosk" to "Harriet L. Vosk". */
export const nameTokens = (name: string): string[] =>
  name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((t) => t && !HONORIFIC.test(t));

/** Honorifics that tell a person's gender; pronouns are matched against them only. */
const MALE_HONORIFIC = /\b(?:Mr|Sir|Lord)\.?\s+$/, FEMALE_HONORIFIC = /\b(?:Ms|Mrs|Miss|Mme|Madam|Dame|Lady)\.?\s+$/;
/** The gender the honorific before (or opening) a name at `start` gives it: "Mr. Ruiz" → 'm'; null without one. */
export function honorificGender(text: string, start: number, end = start): 'm' | 'f' | null {
  // the span may open with the honorific itself ("Ms. Ruiz" as a speaker mention)
  const opening = /^\S+\s+/.exec(text.slice(start, Math.min(end, start + 7)))?.[0] ?? '';
  const before = text.slice(Math.max(0, start - 7), start) + opening;
  return MALE_HONORIFIC.test(before) ? 'm' : FEMALE_HONORIFIC.test(before) ? 'f' : null;
}
/** The gender a personal pronoun refers to: "he" → 'm', "she" → 'f', others null. */
export const pronounGender = (pronoun: string): 'm' | 'f' | null =>
  /^(?:he|him|his|himself)$/i.test(pronoun) ? 'm' : /^(?:she|her|hers|herself)$/i.test(pronoun) ? 'f' : null;

/** The gender at a mention (honorific or pronoun), and the genders a growing list of mentions gives a source,
 *  read once per mention however often asked (a source may be mentioned thousands of times). */
export function genderTracker(text: string) {
  const genderAt = (m: Span) => honorificGender(text, m.start, m.end) ?? pronounGender(text.slice(m.start, m.end));
  const cache = new Map<object, { seen: number; genders: Set<string> }>();
  const gendersOf = (r: { mentions: readonly Span[] }): ReadonlySet<string> => {
    const c = cache.get(r) ?? { seen: 0, genders: new Set<string>() };
    for (; c.seen < r.mentions.length; c.seen++) { const g = genderAt(r.mentions[c.seen]); if (g) c.genders.add(g); }
    cache.set(r, c);
    return c.genders;
  };
  return { genderAt, gendersOf };
}
