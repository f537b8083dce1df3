// What a speaker phrase denotes: a pronoun, a named person, an organization, a document, an
// unnamed person or group, or a re-reference to one of those seen before.
import type { Span } from '../doc.js';
import type { EntityType, SourceType } from '../types.js';
import { HONORIFIC, nameRuns, type NameRun } from './names.js';
import { AGENT_HEADS, APPOSED, AUTHORED_HEADS, COURT_PANEL, DOC_NAME_CUT, GENERIC_CAPS, POSSESSIVE, authorOf, possessedOrg, spokesOrg, staffAt, thatClause } from './speaker-orgs.js';
import { ANON_HEADS, ANON_WORD, DOCUMENT_HEADS, DOCUMENT_WORD, ORG_WORDS, OUTLET_WORDS, PRONOUNS, REPORTER_WORDS, isNationality } from './rules.js';

export interface SpeakerReading {
  type: SourceType | 'pronoun';
  /** canonical name (people without honorifics) */
  name: string | null;
  /** the name's span, when the phrase names someone */
  nameSpan: Span | null;
  descriptor: string | null;
  /** head noun for re-references ("official", "memo") */
  head: string | null;
  plural: boolean;
  /** "the official", "one of them": refers back */
  reReference: boolean;
  pronoun: 'person' | 'thing' | 'plural' | null;
  outlet: boolean;
  reporter: boolean;
}

const DEFINITE = /^(?:the|this|that|these|those)\s/i;
const ONE_OF = /^one of (?:the|them|those)\b/i;
const SPOKES = /\bspokes(?:man|woman|person|people)\b|\bpress (?:office|secretary)\b|\brepresentatives?\b/i;
const CORE_CUT = /,|\s(?:who|whom|whose|which|that|familiar|obtained|dated|signed|released|posted|sent|filed|published|briefed|close|cited|commissioned|conducted|prepared|issued|made|with|from|by|for|at|in|on|of|to|under|near|across|outside|inside|around|behind|along|across|because|after|about)\s|\s(?:representing|advising|defending|suing|serving|working|speaking|running|leading|overseeing)\s|(?<=\p{Ll})\s(?:the|a|an|its|his|her|their|he|she|they|we)\s/iu;

/** Heads that count or gather what follows "of" ("a batch of records", "a group of parents"). */
const QUANTITY_HEADS = /^(?:batch|series|set|trove|cache|collection|number|pile|stack|handful|group)$/i;

/** The entity tagger's type for a stretch of text, when it found one there. */
export type EntityTypeAt = (start: number, end: number) => EntityType | null;

export function readSpeaker(text: string, span: Span, typeAt: EntityTypeAt = () => null): SpeakerReading {
  const phrase = text.slice(span.start, span.end).trim();
  const lower = phrase.toLowerCase();
  const pron = PRONOUNS[lower];
  const base: SpeakerReading = { type: 'anonymous', name: null, nameSpan: null, descriptor: null, head: null, plural: false, reReference: false, pronoun: null, outlet: false, reporter: false };
  if (pron) return { ...base, type: 'pronoun', pronoun: pron, plural: pron === 'plural' };
  if (/^[\p{Lu}\s.'’-]+$/u.test(phrase) && ROLE_LABEL.test(lower)) {
    // a transcript label that names a role, not a person ("PILOT", "CONTROLLER")
    // (a re-reference: the same label again, or the person the article gives that role)
    return { ...base, type: 'anonymous', descriptor: lower, head: lower, reReference: true };
  }
  const cut = CORE_CUT.exec(phrase);
  const core = (cut ? phrase.slice(0, cut.index) : phrase).trim();
  const mainEnd = relativeStart(phrase);
  const inThat = thatClause(phrase, span.start);
  const raw = nameRuns(text, span.start, span.start + mainEnd).filter((r) => !(r.start >= inThat.start && r.end <= inThat.end));
  const runs = raw.flatMap((r) => splitPersonOf(text, r, typeAt))
    .filter((r) => !notAName(r, typeAt) && !commonNoun(r)).map((r) => retype(r, typeAt));
  let head = headOf(core);
  // "a large set of internal emails": the head is what the set holds
  const held = head && QUANTITY_HEADS.test(head) ? /^\s+of\s+([^,;]+)/.exec(phrase.slice(core.length)) : null;
  if (held) { const c = CORE_CUT.exec(held[1]); head = headOf(c ? held[1].slice(0, c.index) : held[1]) ?? head; }
  const author = head && AUTHORED_HEADS.test(head) ? authorOf(text, raw, span.start + core.length, typeAt) : null;
  // "a post by Lindqvarn", "a statement from the ministry": a message whose author is given is the author's
  if (author) { const r = readSpeaker(text, author, typeAt); if (r.type === 'named' || r.type === 'organization') return r; }
  if (runs.length === 1 && core === text.slice(runs[0].start, runs[0].end) && typeAt(runs[0].start, runs[0].end) === 'NORP') {
    // "Republicans said": a group, not a named source
    return { ...base, type: 'anonymous', descriptor: core, head: core.toLowerCase(), plural: true };
  }
  const person = pickPerson(text, runs, span.start, core.length, typeAt);
  const orgRun = possessedOrg(text, runs) ?? runs.find((r) => r.kind === 'org');
  const plural = /s$/i.test(head ?? '') && !/(?:ss|us|is|news)$/i.test(head ?? '') || /^(?:two|three|four|five|several|some|many|most|both|all|other|others)\b/i.test(core);
  const reporter = REPORTER_WORDS.test(phrase);
  // "her lawyers", "Ardwyn's lawyers": a possessive re-refers like "the lawyers" (a new source when none came before)
  const reRef = (DEFINITE.test(core) && !runs.some((r) => r.start < span.start + core.length)) || ONE_OF.test(phrase) || POSSESSIVE.test(core);
  // places are kept here: "East Ohio Valley Power" is often tagged as a place in part
  const staffOf = head && ORG_STAFF.test(head) && !ANONYMITY.test(phrase) ? premodifierOrg(text, nameRuns(text, span.start, span.start + mainEnd), span.start, core, head, typeAt) : null;
  if (staffOf && !(person && person.start < staffOf.start)) {
    // "Acme Transit officials said": the staff of a named organization speak for it
    return { ...base, type: 'organization', name: text.slice(staffOf.start, staffOf.end), nameSpan: staffOf, descriptor: stripDet(phrase), head: 'organization' };
  }
  if (person && head && ORG_HEADS.test(head) && appositive(text, person, span) && !ANON_WORD.test(head)) {
    // "Her lender, Copperfield Savings": an organization's name in apposition to its kind
    const name = text.slice(person.start, person.end);
    return { ...base, type: 'organization', name, nameSpan: person, descriptor: describe(phrase, name), head };
  }
  if (person && !(head && (DOCUMENT_HEADS.test(head) || ORG_HEADS.test(head)) && !appositive(text, person, span))) {
    return { ...base, type: 'named', name: person.words.join(' '), nameSpan: person, descriptor: describe(phrase, text.slice(person.start, person.end)), head, reporter };
  }
  if (head && DOCUMENT_HEADS.test(head)) {
    // the name keeps its author or origin ("report from the harbor board meeting", "data from TideCount")
    const docCut = DOC_NAME_CUT.exec(phrase);
    const docName = stripDet((docCut ? phrase.slice(0, docCut.index) : phrase).trim());
    return { ...base, type: 'document', name: docName || stripDet(core) || phrase, descriptor: stripDet(phrase), head, plural, reReference: reRef };
  }
  if (head && SPOKES.test(head)) {
    // "A Quillfern spokesperson", "a spokesperson for Talvane Utilities": the organization may look like a place or a name
    const of = orgRun ?? spokesOrg(text, raw, span.start, core, head, typeAt);
    // "a spokeswoman for the parks department": the organization as the article describes it
    const kind = of ? null : /^\s+(?:for|of|at|with)\s+the\s+((?:[\p{Ll}’'-]+\s+){0,3}[\p{Ll}-]+)\s*$/u.exec(phrase.slice(core.length).split(/,/)[0]);
    if (kind && ORG_HEADS.test(headOf(kind[1]) ?? '')) return { ...base, type: 'organization', descriptor: kind[1], head: headOf(kind[1]), reReference: true };
    return { ...base, type: 'organization', name: of ? text.slice(of.start, of.end) : null, nameSpan: of ?? null, descriptor: stripDet(phrase), head: of ? 'organization' : 'spokes', reReference: !of };
  }
  // "Analysts at the Grain Statistics Office", "her lawyers, from the employment firm Pellridge Counsel": staff of a named organization
  const employer = head && AGENT_HEADS.test(head) && !ANONYMITY.test(phrase) ? staffAt(text, raw, span.start + core.length, typeAt) : null;
  if (employer) return { ...base, type: 'organization', name: text.slice(employer.start, employer.end), nameSpan: employer, descriptor: stripDet(phrase), head, plural };
  // "the judges", "the panel": a court's panel speaks as the court
  if (head && COURT_PANEL.test(head)) return { ...base, type: 'organization', descriptor: stripDet(phrase), head: 'court', reReference: true };
  if (head && ANON_HEADS.test(head)) {
    return { ...base, type: 'anonymous', descriptor: stripDet(phrase), head, plural, reReference: reRef };
  }
  // "City staff", "University researchers": a generic capitalised word before people is no organization's name
  if (orgRun && head && !ORG_HEADS.test(head) && orgRun.words.length === 1 && GENERIC_CAPS.test(orgRun.words[0]) && /^\p{Ll}/u.test(core.slice(-head.length))) {
    return { ...base, type: 'anonymous', descriptor: stripDet(phrase), head, plural, reReference: reRef };
  }
  // an organization: a named one, or "the company" / "Her lender, Copperfield Savings"
  const named = orgRun ?? (head && ORG_HEADS.test(head) ? runs[0] : undefined);
  if (named) {
    const name = text.slice(named.start, named.end);
    return { ...base, type: 'organization', name, nameSpan: named, descriptor: describe(phrase, name), head, outlet: OUTLET_WORDS.test(phrase), plural: false };
  }
  if (head && ORG_HEADS.test(head)) {
    const possessive = /^(?:its|their)\s/i.test(core);
    return { ...base, type: 'organization', name: null, descriptor: stripDet(phrase), head: possessive ? 'organization' : head, reReference: DEFINITE.test(core) || possessive };
  }
  if (runs.length) {
    const r = runs[0];
    return { ...base, type: 'named', name: r.words.join(' '), nameSpan: r, descriptor: describe(phrase, text.slice(r.start, r.end)), head, reporter };
  }
  return { ...base, type: 'anonymous', descriptor: stripDet(phrase), head, plural, reReference: reRef };
}

/** Places, dates and party labels ("Arbor Day", "Twin Cities", "R-Elmbrook") never speak. */
export function notAName(r: NameRun, typeAt: EntityTypeAt): boolean {
  if (r.words.length === 1 && /^[DRI]-\p{Lu}/u.test(r.words[0])) return true;
  // "Democratic state Sen. Ana Ruiz": a party adjective before a title is no name
  if (r.words.length === 1 && /^(?:Democratic|Republican|Libertarian|Bipartisan)$/.test(r.words[0])) return true;
  // "City Attorney Marla Quince": a full name after a title is a person, whatever the tagger guessed
  if (r.titled) return false;
  const t = typeAt(r.start, r.end);
  // "Ona Jordan": a place the tagger found only in a person's surname leaves a person (a given name the place does not cover)
  if (r.kind === 'person' && r.words.length > 1 && (t === 'GPE' || t === 'LOC') && !typeAt(r.start, r.start + r.words[0].length)
    && /^\p{Lu}\p{Ll}+$/u.test(r.words[0]) && !GEO_WORD.test(r.words[0]) && !NATIONALITY_LIKE.test(r.words[0])) return false;
  // "Quellmark Air", "Tessbury Gas Co.": an organization word outweighs the tagger's place (not "Marsh County")
  if (r.kind === 'org' && r.words.length > 1 && (t === 'GPE' || t === 'LOC' || t === 'NORP') && r.words.some((w) => ORG_WORDS.test(w) && !GEO_WORD.test(w))) return false;
  // the tagger's NORP on a two-word run is a group ("South Koreans"), unless it reads as a person's name
  return t === 'GPE' || t === 'LOC' || t === 'EVENT' || (t === 'NORP' && r.words.length > 1 && r.words.every((w) => NATIONALITY_LIKE.test(w)));
}

/** Organization words that also name places ("Marsh County", "Park City", "State"; "Corrin Valley Water Board" still counts). */
const GEO_WORD = /^(?:county|city|state|states|district|town|village|province|region|republic|kingdom|island|islands|valley|park|bay|river|lake|mountain|mountains|beach|port|harbor|harbour|north|south|east|west)$/i;

/** Words shaped like nationality or group adjectives: "South", "Korean", "Chinese", "Democrats". */
const NATIONALITY_LIKE = /^(?:\p{Lu}[\p{Ll}-]*(?:an|ans|ese|ish|ic|ics|i|is|ch|ern|erners|ats|ers)|North|South|East|West|New)$/u;

/** Single-word company-like shapes: "BlueWren", "NuLedger" (mixed case) or a -ic/-ix/-ify brand ending. */
const ORGLIKE_SUFFIX = /(?:ic|ix|ify|tech|soft|corp|bank|net|works)$/;

const BRAND = /^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}*){2,}$/u;

/** The tagger knows "Brackwater Dynamics" is a company even though it looks like a person's name. */
function retype(r: NameRun, typeAt: EntityTypeAt): NameRun {
  const t = typeAt(r.start, r.end);
  // a single word the tagger calls ORG ("Nordvale", "KXRT") is one too, unless it follows a title ("Mr.")
  if (r.kind === 'person' && t === 'ORG' && (r.words.length > 1 || !/^\p{Lu}\p{Ll}+$/u.test(r.words[0]) || ORGLIKE_SUFFIX.test(r.words[0]))) return { ...r, kind: 'org' };
  // "WestRidgeWater", "TalvaneGrid": two inner capitals make a brand (surnames have one at most: "McDonald", "LaMont")
  if (r.kind === 'person' && r.words.length === 1 && BRAND.test(r.words[0]) && t !== 'PERSON') return { ...r, kind: 'org' };
  return r;
}

/** Staff whose organization, named right before them, is the source ("Edison officials", "an Edison official"):
 *  the guidelines' unnamed staff of a named organization. */
const ORG_STAFF = /^officials?$/i;
/** Anonymity wording keeps staff anonymous ("officials familiar with the talks"). */
const ANONYMITY = /\b(?:familiar|anonymity|condition|authori[sz]ed|briefed|declined to be named|not be named)\b/i;

/** The organization named right before the staff head: "East Ohio Valley Power officials". */
function premodifierOrg(text: string, runs: NameRun[], at: number, core: string, head: string, typeAt: EntityTypeAt): NameRun | null {
  const headAt = at + core.length - head.length;
  const r = runs.find((x) => /^\s+$/.test(text.slice(x.end, headAt)));
  const t = typeAt(r?.start ?? 0, r?.end ?? 0);
  // a one-word NORP that is no nationality is a name the tagger did not know ("Caltrans officials")
  const group = t === 'NORP' && !(r && r.words.length === 1 && !isNationality(r.words[0]));
  if (!r || (r.words.length === 1 && (GENERIC_CAPS.test(r.words[0]) || t === 'GPE' || t === 'LOC')) || group || t === 'PERSON') return null;
  return r;
}

/** "Opponents", "Investigators" open a sentence capitalised: a common noun, not a name. */
const commonNoun = (r: NameRun): boolean => r.words.length === 1 && (ANON_WORD.test(r.words[0]) || DOCUMENT_WORD.test(r.words[0])) && !/^\p{Lu}{2,}/u.test(r.words[0]);

/** "Joren Haskett of Fair Maps Idaho": a person's name and the organization after "of". */
export function splitPersonOf(text: string, r: NameRun, typeAt: EntityTypeAt): NameRun[] {
  if (r.kind !== 'org') return [r];
  const of = r.words.indexOf('of');
  if (of < 2 || of === r.words.length - 1) return [r];
  const ofAt = text.indexOf(' of ', r.start);
  // "Joren Haskett of Fair Maps Idaho": two plain capitalised words before `of` read as a person's name too
  const plainName = of === 2 && r.words.slice(0, 2).every((w) => /^\p{Lu}\p{Ll}+$/u.test(w) && !HONORIFIC.test(w) && !ORG_WORDS.test(w) && !NATIONALITY_LIKE.test(w));
  const t = ofAt < 0 ? null : typeAt(r.start, ofAt);
  if (ofAt < 0 || ofAt >= r.end || (t !== 'PERSON' && !(plainName && t === null))) return [r];
  const orgStart = ofAt + 4;
  return [{ start: r.start, end: ofAt, words: r.words.slice(0, of), kind: 'person' }, { start: orgStart, end: r.end, words: r.words.slice(of + 1), kind: 'org' }];
}

/** Transcript labels that name a role rather than a person. */
const ROLE_LABEL = /^(?:pilot|co-?pilot|controller|tower|dispatcher|caller|operator|moderator|host|interviewer|reporter|q|a|question|answer|officer|unidentified (?:man|woman|speaker)|speaker|audience member|crew|captain|driver|witness|student|teacher|narrator|announcer|voice)$/;

/** Common nouns that make a phrase an organization: "the company", "the union", "its trustees". */
const ORG_HEADS = /^(?:company|companies|agency|agencies|firm|organization|organisation|group|business|lender|carrier|airline|utility|institution|outlet|newspaper|network|site|website|government|administration|regulator|regulators|insurer|manufacturer|retailer|developer|automaker|bank|operator|contractor|nonprofit|charity|coalition|union|association|department|ministry|office|board|council|committee|commission|authority|district|court|panel|police|campaign|team|club|league|university|college|school|hospital|museum|trustees|church|party|city|county|state|service|bureau|army|navy|military|pentagon|embassy|station|magazine|publication|broadcaster|studio|publisher|trust|fund|foundation|institute|center|centre|lab|laboratory)$/i;

/** The person a phrase names: an appositive name after "X's spokeswoman," or else the first person. */
/** One or two lower-case role words between two names ("resident", "chief executive"), never a conjunction. */
const PREMODIFIER_ROLE = /^\s+(?!(?:and|or|nor|with|of|for|to|by|at|in|on)\s)\p{Ll}+(?:\s+(?!(?:and|or|nor|with|of|for|to|by|at|in|on)\s)\p{Ll}+)?\s+$/u;
function pickPerson(text: string, runs: NameRun[], at: number, coreLen: number, typeAt: EntityTypeAt): NameRun | null {
  // "Ostrander, former chief of the Harbor Patrol": the only person's name is the whole core
  const only = (r: NameRun) => text.slice(at, at + coreLen).replace(/^(?:the\s+)?/i, '').trim().endsWith(text.slice(r.start, r.end)) && runs.filter((x) => x.kind === 'person').length === 1;
  const kin = kinName(text, runs, at, coreLen);
  if (kin) return kin;
  // after the core a name is the speaker only in apposition ("the mayor, Tamsin Orrebrook"), not inside a
  // modifier ("two people familiar with the effort to replace Mr. Oskarsson")
  const placed = (r: NameRun) => r.start < at + coreLen || APPOSED.test(text.slice(at + coreLen, r.start));
  const people = runs.filter((r) => r.kind === 'person' && placed(r) && (r.words.length >= 2 || r.start >= at + coreLen || only(r)));
  if (!people.length) return null;
  // (a possessor is no apposition: "Wrenna Holloway-Pike, Ansel Drummore’s niece")
  // (a capitalised role after a tagged name is no apposed name: "Tomasz Wielgus, Regional Policy Manager at …")
  const tagged = people.find((r) => r.start < at + coreLen && typeAt(r.start, r.end) === 'PERSON');
  const after = people.find((r) => r.start > at + coreLen && r.words.length > 1 && /,\s*$/.test(text.slice(at, r.start)) && !/^['’]s\b/.test(text.slice(r.end, r.end + 2))
    && !(tagged && typeAt(r.start, r.end) !== 'PERSON'));
  // "Fenmore County resident Ottilie Brask": a place-like run, a role noun, then the person's full name
  const [first, second] = people;
  if (!after && second && second.words.length > 1 && PREMODIFIER_ROLE.test(text.slice(first.end, second.start))) return second;
  return after ?? people[0];
}

function appositive(text: string, person: NameRun, span: Span): boolean {
  return /,\s*(?:(?:Mr|Mrs|Ms|Dr|Gen|Adm|Sen|Rep|Gov|Sgt|Lt|Col|Capt|Prof|Rev)\.?\s+)*$/.test(text.slice(span.start, person.start));
}

/** "Brandvold’s son Aksel" → Aksel Brandvold. */
function kinName(text: string, runs: NameRun[], at: number, coreLen: number): NameRun | null {
  const m = /^(\p{Lu}[\p{L}-]+)['’]s\s+(?:son|daughter|wife|husband|brother|sister|mother|father|grandson|granddaughter)\s+(\p{Lu}[\p{L}-]+)\b/u.exec(text.slice(at, at + coreLen));
  if (!m) return null;
  const start = at + m[0].length - m[2].length;
  return { start, end: start + m[2].length, words: [m[2], m[1]], kind: 'person' };
}

function relativeStart(phrase: string): number {
  const m = /(?:,|(?<![\s,]))\s+(?:who|whom|whose|which)\b/i.exec(phrase);
  return m ? m.index : phrase.length;
}

/** The head noun: English noun phrases are head-final, so the last common (lower-case) word of the
 *  core ("a union steward" → steward, "state data" → data); possessive modifiers are skipped. */
function headOf(core: string): string | null {
  const words = core.split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i];
    if (/['’]s$/.test(w) && i < words.length - 1) continue;
    // "a review completed", "the report released": a trailing participle is not the head
    if (i > 0 && i === words.length - 1 && /^\p{Ll}+(?:ed|ing)$/u.test(w) && !ANON_WORD.test(w) && !DOCUMENT_WORD.test(w)) continue;
    if (/^\p{Ll}[\p{L}-]*$/u.test(w)) return w.toLowerCase();
  }
  return words.length ? words[words.length - 1].replace(/['’]s$/, '').toLowerCase() : null;
}

/** The phrase without the name and without a leading article: "former Intercept journalist". */
function describe(phrase: string, name: string): string | null {
  const d = phrase.replace(name, ' ').replace(/\b(?:Mr|Mrs|Ms|Dr|Gen|Adm|Sen|Rep|Gov|Sgt|Lt|Col|Capt|Prof|Rev)\.?(?=\s|$)/g, ' ')
    .replace(/\s+/g, ' ').replace(/^[\s,]+|[\s,]+$/g, '').replace(/^(?:the|a|an)(?:\s+|$)/i, '');
  return d || null;
}

const stripDet = (s: string): string => s.replace(/^(?:the|a|an|one|this|that)\s+/i, '').trim();
