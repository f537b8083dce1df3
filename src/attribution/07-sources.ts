// One source per distinct speaker: pronouns, surnames, titles and "the official" resolved to the
// source they refer back to; outlets whose reporting is passed on marked relayed.
import type { Span } from '../doc.js';
import type { Quote, Source, SourceType } from '../types.js';
import type { RawStatement } from './05-statements.js';
import { notAName, readSpeaker, splitPersonOf, type EntityTypeAt, type SpeakerReading } from './06-speakers.js';
import { genderTracker, nameRuns, nameTokens, pronounGender, type NameRun } from './names.js';
import { ANON_WORD, ORG_WORDS, OUTLET_WORDS, REPORTER_WORDS } from './rules.js';
import { acronymLongForm, apposedOrg, courtBefore, memberOf, pluralSubject, previousSubject, titledPerson, premodifiersFit, QUANTIFIER, quantifiedGroup, sameHead } from './source-hints.js';

interface Rec extends Source { head: string | null; plural: boolean; lastAt: number; keys: string[] }

/** "the company", "the agency": any organization may be meant, not one with that word in its name. */
const GENERIC_ORG = /^(?:organization|company|agency|firm|organization|organisation|group|business|lender|carrier|airline|utility|institution|outlet|newspaper|network|government|administration|regulator|insurer|manufacturer|retailer|developer|automaker|bank|operator|contractor|nonprofit|charity|coalition)$/i;

/** A spokesperson's phrase, kept in the source's descriptor. */
/** Heads that name an outlet, which may be one the article cites. */
const OUTLET_HEAD = /^(?:outlet|newspaper|network|site|website|station|magazine|publication|broadcaster|publisher)$/i;
const SPOKES_WORD = /\bspokes(?:man|woman|person|people)\b|\brepresentatives?\b/i;
/** Plain speech verbs: what follows them is what was said (other cues, like `wanted`, may be narration). */
const SPEECH_LEMMAS = new Set(['say', 'tell', 'add', 'note', 'explain', 'argue', 'claim', 'insist', 'state', 'write', 'confirm', 'deny', 'warn']);
/** How far back (characters) a pronoun looks for the name it stands for. */
const PRONOUN_WINDOW = 1500;
const VIA = /\b(?:[Ii]n (?:an?|the|his|her|their|its) (?:[\p{L}\d-]+ )?(?:interview|statement|email|letter|podcast|conversation|call|appearance) (?:with|to|on)|told|obtained by|provided to|shared with|according to (?:an? )?(?:report|reporting|account) (?:by|in|from))\s+((?:the\s+)?\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of\s+|the\s+)?\p{Lu}[\p{L}'’.&-]*){0,5})/gu;
/** "investigative reporter Corin Maddox-Hale": people the article presents as reporters. */
const REPORTER_NAME = /\b(?:reporter|journalist|correspondent|columnist|writer|editor|blogger|podcaster|anchor)\s+((?:\p{Lu}[\p{L}'’-]+\s?){2,3})/gu;

export function resolveSources(
  text: string, statements: readonly RawStatement[], sentenceOf: (at: number) => Span, quoted: readonly Span[],
  typeAt: EntityTypeAt = () => null,
): { quotes: Quote[]; sources: Source[] } {
  if (!statements.length) return { quotes: [], sources: [] }; // (the name runs below cost a pass over the whole text)
  const recs: Rec[] = [];
  // names inside quotations are mentioned, not speaking: pronouns never resolve to them
  const people = nameRuns(text, 0, text.length).filter((r) => !quoted.some((q) => q.start <= r.start && r.end <= q.end))
    .flatMap((r) => splitPersonOf(text, r, typeAt)).filter((r) => !notAName(r, typeAt))
    .map((r) => (r.kind === 'person' && r.words.length > 1 && typeAt(r.start, r.end) === 'ORG' ? { ...r, kind: 'org' as const } : r));
  // names inside reported speech are what a source said, not who is speaking next: pronouns skip them
  const reported = statements.filter((st) => st.kind !== 'direct' && !st.nested && SPEECH_LEMMAS.has(st.lemma ?? '')).map((st) => st.content);
  const resolved = new Map<RawStatement, Rec[]>();
  const bySpan = new Map<string, Rec[]>();
  const quotes: Quote[] = [];
  let unknown: Rec | null = null;

  const add = (type: SourceType, name: string | null, descriptor: string | null, at: Span | null, extra: Partial<Rec> = {}): Rec => {
    const r: Rec = { id: `s${recs.length + 1}`, type, name, descriptor, entity: null, mentions: at ? [toSpan(text, at)] : [], head: null, plural: false, lastAt: at?.end ?? 0, keys: name ? nameTokens(name) : [], ...extra };
    recs.push(r);
    return r;
  };
  const touch = (r: Rec, at: Span | null) => {
    if (at && !r.mentions.some((m) => m.start === at.start && m.end === at.end)) r.mentions.push(toSpan(text, at));
    if (at) r.lastAt = Math.max(r.lastAt, at.end);
    return r;
  };
  const byName = (name: string, type?: SourceType): Rec | undefined => {
    const k = nameTokens(name);
    if (!k.length) return undefined;
    // a document's name holds its author's ("emails secured by Fenella Strandquist"): never the author's source
    return recs.find((r) => r.keys.length && (r.type !== 'document' || type === 'document') && (!type || r.type === type || (type !== 'organization' && r.type !== 'organization')) && (k.every((t) => r.keys.includes(t)) || r.keys.every((t) => k.includes(t))));
  };
  /** A surname alone: the fullest earlier name in the text that ends with it. */
  const fullName = (run: NameRun): string => {
    if (run.words.length > 1) return run.words.join(' ');
    const last = run.words[0];
    // "Ledesma" → "Joaquín Arturo Ledesma Ríos": any later word of an earlier full name
    const full = people.filter((p) => p.kind === 'person' && p.words.length > 1 && p.start < run.start && p.words.indexOf(last) > 0).pop();
    return full ? full.words.join(' ') : last;
  };

  const resolveOne = (sp: SpeakerReading, span: Span, st: RawStatement | null): Rec => {
    if (sp.type === 'pronoun') return resolvePronoun(sp, span);
    if (sp.type === 'named' && sp.name && sp.nameSpan) {
      const name = fullName(sp.nameSpan as NameRun);
      const found = byName(name);
      if (found) return touch(found, span);
      return add('named', name, sp.descriptor, span, { relayed: st?.lemma === 'report' && (sp.reporter || REPORTER_WORDS.test(sp.descriptor ?? '')) ? true : undefined });
    }
    if (sp.type === 'organization') {
      // "the LWG" after "the Loom Weavers Guild": an acronym is named by the long form spelled before it
      // (named "Loom Weavers Guild (LWG)": the article uses both)
      const long = sp.name && /^\p{Lu}{2,6}$/u.test(sp.name) ? acronymLongForm(text, sp.name, span.start) : null;
      if (long) sp = { ...sp, name: `${long} (${sp.name})` };
      if (sp.name) {
        const found = byName(sp.name, 'organization');
        if (found) return touch(found, span);
        return add('organization', sp.name, sp.descriptor, span, { relayed: st?.lemma === 'report' && sp.outlet ? true : undefined, head: sp.head });
      }
      // "the spokesperson": the organization whose spokesperson spoke before
      const spokes = sp.head === 'spokes' ? [...recs].reverse().find((r) => r.type === 'organization' && !r.relayed && SPOKES_WORD.test(r.descriptor ?? '')) : undefined;
      if (spokes) return touch(spokes, span);
      const generic = !sp.head || sp.head === 'spokes' || GENERIC_ORG.test(sp.head);
      // "One federal agency, the Inland Fisheries Bureau, … The agency noted": the name given beside the head
      const apposed = sp.head && !generic ? null : apposedOrg(text, sp.head ?? '', Math.max(0, span.start - PRONOUN_WINDOW), span.start);
      // (a whole word: "the office" is not the Brisewood Fire Officers Guild)
      const fits = (name: string | null) => generic || !!name?.toLowerCase().split(/[^\p{L}]+/u).includes(sp.head!);
      const prior = [...recs].reverse().find((r) => r.type === 'organization' && !r.relayed && (fits(r.name) || r.head === sp.head));
      // a company's name often looks like a person's ("Brackwater Dynamics"): for "the company", take either
      // (an outlet the article cites is no "company": "In a statement to the Ashcombe Dispatch, the company said")
      const outletHead = OUTLET_HEAD.test(sp.head ?? '');
      const run = findLast(people, (p) => p.start < span.start && fits(p.words.join(' ')) && (p.kind === 'org' || (generic && p.words.length > 1 && !byName(p.words.join(' '), 'named') && !/\b(?:Mr|Mrs|Ms|Dr)\.?\s*$/.test(text.slice(Math.max(0, p.start - 5), p.start)))) && (outletHead || !OUTLET_WORDS.test(p.words.join(' '))));
      if (apposed && (!prior || prior.lastAt < apposed.start)) return byName(apposed.name, 'organization') ?? add('organization', apposed.name, sp.descriptor, span, { head: sp.head });
      // the name the sentence before is about (a "named" source is a company after all when "the company" follows)
      const subj = generic && sp.head !== 'spokes' ? previousSubject(text, sentenceOf, span.start) : null;
      const known = subj ? byName(text.slice(subj.start, subj.end)) : undefined;
      if (subj && (!prior || prior.lastAt < subj.start) && (!run || run.start <= subj.start) && known?.type !== 'anonymous') {
        if (known?.type === 'named') known.type = 'organization';
        return known ? touch(known, span) : add('organization', text.slice(subj.start, subj.end), sp.descriptor, span, { head: sp.head });
      }
      // (an organization already speaking in this paragraph outranks names merely mentioned since)
      if (prior && (!run || prior.lastAt > run.start || prior.lastAt >= paragraphStart(text, span.start))) return touch(prior, span);
      if (run) return byName(run.words.join(' '), 'organization') ?? add('organization', text.slice(run.start, run.end), sp.descriptor, span, { head: sp.head });
      // "the judges" after "a five-member appeals court heard …": the court as the article describes it
      const bench = sp.head === 'court' ? courtBefore(text, Math.max(0, span.start - PRONOUN_WINDOW), span.start) : null;
      if (bench) return add('organization', bench, sp.descriptor, span, { head: 'court', keys: [] });
      // unnamed ("the group that ran the bake sale"): described, never found again by a name inside it
      return add('organization', sp.descriptor, sp.descriptor, span, { head: sp.head, keys: [] });
    }
    if (sp.reReference) {
      // (staff who speak for their organization are re-referred to as people: "the lawyers")
      // (of several that fit, the one mentioned last: "a person briefed on …" … "one of the people familiar …" … "The person")
      const prior = recs.filter((r) => (r.type === sp.type || (sp.type === 'anonymous' && r.type === 'organization' && ANON_WORD.test(r.head ?? ''))) && r.head
        && ((sameHead(r, sp) && premodifiersFit(r, sp)) || memberOf(r, sp)))
        .reduce<Rec | undefined>((a, r) => (!a || r.lastAt >= a.lastAt ? r : a), undefined)
        ?? (/^one of/i.test(text.slice(span.start, span.end)) ? [...recs].reverse().find((r) => r.type === 'anonymous' && r.plural) : undefined);
      if (prior && prior.type === 'document' && prior.name === prior.head && sp.head) prior.name = authoredDocument(text, sp.head, span.start) ?? prior.name;
      if (prior) return touch(prior, span);
      // "the judge", "the city attorney": a bare title re-refers to the person it was given to earlier
      const titled = sp.type === 'anonymous' && !sp.plural ? titledPerson(text, sp.descriptor ?? sp.head ?? '', span.start, people) : null;
      if (titled) {
        const name = fullName(titled);
        return byName(name) ? touch(byName(name)!, span) : add('named', name, null, span);
      }
    }
    // "the report" after "the Harbor Policy Forum report": a document is named by the author given earlier
    const docName = sp.type === 'document' && sp.reReference && sp.head && sp.name?.toLowerCase() === sp.head.toLowerCase() ? authoredDocument(text, sp.head, span.start) : null;
    // "some say", "many said": the group named just before ("Displaced tenants … Some say" → some displaced tenants)
    const group = sp.type === 'anonymous' && QUANTIFIER.test(text.slice(span.start, span.end).trim()) ? quantifiedGroup(text, sentenceOf, span.start) : null;
    if (group) return add('anonymous', null, `${text.slice(span.start, span.end).trim()} ${group}`, span, { head: group.split(' ').pop()!.toLowerCase(), plural: true });
    return add(sp.type as SourceType, sp.type === 'document' ? docName ?? sp.name : null, sp.descriptor, span, { head: sp.head, plural: sp.plural });
  };

  const { genderAt, gendersOf } = genderTracker(text);

  const resolvePronoun = (sp: SpeakerReading, span: Span): Rec => {
    const from = Math.max(0, span.start - PRONOUN_WINDOW);
    // "he" is never the "Ms. Ruiz" of the sentence before, nor the source already called "she" (honorifics
    // and pronouns are all that tell a gender here)
    const gender = pronounGender(text.slice(span.start, span.end));
    const fits = (g: string | null) => !gender || !g || g === gender;
    const wanted = sp.pronoun === 'person' ? (r: Rec) => (r.type === 'named' || (r.type === 'anonymous' && !r.plural)) && [...gendersOf(r)].every(fits)
      : sp.pronoun === 'thing' ? (r: Rec) => r.type === 'organization' || r.type === 'document'
      : (r: Rec) => r.plural || r.type === 'organization';
    const lastRec = recs.filter((r) => wanted(r) && r.lastAt <= span.start && r.lastAt >= from).sort((a, b) => b.lastAt - a.lastAt)[0];
    // "Local farmers read it differently. They said …": a plural subject named since the last source
    const subject = /^they$/i.test(text.slice(span.start, span.end)) ? pluralSubject(text, sentenceOf, span.start, quoted) : null;
    if (subject && (!lastRec || lastRec.lastAt <= subject.start)) {
      const desc = text.slice(subject.start, subject.end).toLowerCase();
      const same = recs.find((r) => r.type === 'anonymous' && r.plural && r.descriptor?.toLowerCase() === desc);
      const sub = readSpeaker(text, subject, typeAt);
      return touch(same ?? (sub.type === 'anonymous' ? add('anonymous', null, sub.descriptor, subject, { head: sub.head, plural: true }) : resolveOne(sub, subject, null)), span);
    }
    // a speaker already quoted in this paragraph outranks names merely mentioned since
    if (lastRec && lastRec.lastAt >= paragraphStart(text, span.start)) return touch(lastRec, span);
    const kind = sp.pronoun === 'person' ? 'person' : 'org';
    const isPersonRun = (p: NameRun) => {
      const known = byName(p.words.join(' '));
      return !OUTLET_WORDS.test(p.words.join(' ')) && (!known || known.type === 'named')
        && (p.words.length > 1 || fullName(p) !== p.words[0] || !!known || !!genderAt(p)); // "Ms. Pyke": a person
    };
    const run = findLast(people, (p) => p.kind === kind && p.end <= span.start && p.start >= from && (kind === 'org' || (isPersonRun(p) && fits(genderAt(p))))
      && !(lastRec && reported.some((c) => c.start <= p.start && p.end <= c.end)));
    if (run && (!lastRec || run.start > lastRec.lastAt)) {
      const name = kind === 'person' ? fullName(run) : text.slice(run.start, run.end);
      const found = byName(name);
      if (found) return touch(found, span);
      return add(kind === 'person' ? 'named' : 'organization', name, null, span);
    }
    if (lastRec) return touch(lastRec, span);
    return add(sp.pronoun === 'person' ? 'anonymous' : 'organization', null, text.slice(span.start, span.end), span);
  };

  for (const st of statements) {
    let srcs: Rec[] = [];
    const key = st.speaker ? `${st.speaker.start}:${st.speaker.end}` : '';
    if (st.sameAs) srcs = resolved.get(st.sameAs) ?? [];
    else if (st.passive) srcs = [unknown ??= add('unknown', null, 'unattributed (agentless passive)', null)];
    // the two parts of a quote interrupted by its cue share one speaker phrase: read it once
    else if (st.speaker) srcs = bySpan.get(key) ?? splitCoordination(text, st.speaker).map((sp) => resolveOne(readSpeaker(text, sp, typeAt), sp, st));
    if (st.speaker && !st.sameAs) bySpan.set(key, srcs);
    resolved.set(st, srcs);
    // a later statement by the same source in the same paragraph came through the same outlet
    const prev = quotes.length ? statements[quotes.length - 1] : null;
    const inherited = prev && prev.paragraph === st.paragraph && sameSources(resolved.get(prev), srcs) ? quotes[quotes.length - 1].relayedVia ?? null : null;
    const via = relayedVia(text, st, sentenceOf(st.content.start), srcs, recs, add, byName);
    quotes.push({
      id: `q${quotes.length + 1}`,
      kind: st.kind,
      content: toSpan(text, st.content),
      cue: st.cue ? toSpan(text, st.cue) : null,
      speakerMention: st.speaker ? toSpan(text, st.speaker) : null,
      sources: [...new Set(srcs.map((r) => r.id))],
      confidence: st.confidence,
      relayedVia: via?.id ?? inherited,
      ...(st.nested ? { nested: true } : {}),
    });
  }
  const sources: Source[] = recs.map(({ head: _h, plural: _p, lastAt: _l, keys: _k, ...s }) => (s.relayed ? s : { ...s, relayed: undefined })).map(clean);
  return { quotes, sources };
}

/** An outlet the statement came through: "told The Morrow Courier", "in an interview with RTS". */
function relayedVia(
  text: string, st: RawStatement, sentence: Span, speakers: Rec[], recs: Rec[],
  add: (type: SourceType, name: string | null, descriptor: string | null, at: Span | null, extra?: Partial<Rec>) => Rec,
  byName: (name: string, type?: SourceType) => Rec | undefined,
): Rec | null {
  if (st.sameAs) return null;
  const s = text.slice(sentence.start, sentence.end);
  VIA.lastIndex = 0;
  for (let m = VIA.exec(s); m; m = VIA.exec(s)) {
    const name = m[1].replace(/['’]s$/, '');
    const relayedBefore = recs.find((r) => r.relayed && r.name && nameTokens(r.name).length && nameTokens(name).every((t) => r.keys.includes(t)));
    if (!OUTLET_WORDS.test(name) && !relayedBefore && !isReporter(text, name)) continue;
    const at = { start: sentence.start + m.index + m[0].length - m[1].length, end: sentence.start + m.index + m[0].length - m[1].length + name.length };
    const r = relayedBefore ?? byName(name, 'organization') ?? add('organization', name.replace(/^the\s+/i, (x) => x), 'outlet whose reporting is relayed', at);
    if (speakers.includes(r)) continue;
    r.relayed = true;
    return r;
  }
  return null;
}

/** "the Harlow Institute report", "a report by the Harlow Institute": the authored mention of a document head nearest `at`. */
function authoredDocument(text: string, head: string, at: number): string | null {
  if (!/^[a-z]+$/.test(head)) return null;
  let best: { dist: number; name: string } | null = null;
  // the nearest one, before or after ("the report" early on, "the Harlow Institute report" further down)
  // (the lookbehind starts a name only at a word's start, which keeps long capitalised runs linear)
  for (const m of text.matchAll(authoredPattern(head))) {
    const author = (m[1] ?? m[2]).trim().replace(/^(?:The|A|An|This|That)\s+/, '').replace(/[’']s$/, '');
    const dist = Math.abs(m.index! - at) + (m.index! > at ? text.length : 0);
    if (author && /^\p{Lu}/u.test(author) && !STOP_AUTHOR.test(author) && (!best || dist < best.dist)) best = { dist, name: `${author} ${head}` };
  }
  return best?.name ?? null;
}
/** The authored-document pattern of a head word, compiled once per head (the heads are a small lexicon). */
const AUTHORED = new Map<string, RegExp>();
function authoredPattern(head: string): RegExp {
  let re = AUTHORED.get(head);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}’'&.-])((?:${AUTHOR_WORD}[^\\S\\n]){1,5})${head}\\b|\\b${head}[^\\S\\n]+(?:by|from)[^\\S\\n]+(?:the[^\\S\\n]+)?((?:${AUTHOR_WORD}(?:[^\\S\\n]|(?=[,.;]))){1,5})`, 'gu');
    AUTHORED.set(head, re);
  }
  return re;
}
/** A capitalised word of an author's name, inner dots allowed ("Forum", "U.S"), never across a sentence stop. */
const AUTHOR_WORD = "\\p{Lu}[\\p{L}’'&-]*(?:\\.\\p{Lu}[\\p{L}’'&-]*)*";
/** Sentence openers that are no authors ("In the report", "The report"). */
const STOP_AUTHOR = /^(?:The|A|An|This|That|These|Those|In|On|At|By|For|From|With|According|Under|As|But|And|Its|His|Her|Their|Our|New|Last|Final|Draft|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)$/;

function isReporter(text: string, name: string): boolean {
  const k = nameTokens(name);
  REPORTER_NAME.lastIndex = 0;
  for (let m = REPORTER_NAME.exec(text); m; m = REPORTER_NAME.exec(text)) {
    const r = nameTokens(m[1]);
    if (k.length && k.every((t) => r.includes(t))) return true;
  }
  return false;
}

const sameSources = (a: Rec[] | undefined, b: Rec[]) => !!a && a.length > 0 && a.length === b.length && a.every((r) => b.includes(r));

/** "He and the other sources" → two speakers; "Department of Health and Human Services" → one. */
function splitCoordination(text: string, span: Span): Span[] {
  const phrase = text.slice(span.start, span.end);
  // "Tove Arlen and Mirelle Brandvold": two full names are two people, not one organization
  const two = /^(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})\s+and\s+(\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,2})$/u.exec(phrase);
  if (two && !ORG_WORDS.test(phrase) && !OUTLET_WORDS.test(phrase)) return [{ start: span.start, end: span.start + two[1].length }, { start: span.end - two[2].length, end: span.end }];
  const m = /^(he|she|it|they|[^,]{1,40}?)\s+and\s+((?:the|other|another|a|an|his|her|their|two|three|several)\s.*)$/i.exec(phrase);
  if (!m || /\b(?:department|ministry|office|board|council|committee|association|union)\b/i.test(m[1])) return [span];
  const second = span.start + phrase.length - m[2].length;
  return [{ start: span.start, end: span.start + m[1].length }, { start: second, end: span.end }];
}

function paragraphStart(text: string, at: number): number {
  const i = text.lastIndexOf('\n', at);
  return i < 0 ? 0 : i + 1;
}

/** The last element that passes, looked for from the end. */
function findLast<T>(xs: readonly T[], ok: (x: T) => boolean): T | undefined {
  for (let i = xs.length - 1; i >= 0; i--) if (ok(xs[i])) return xs[i];
  return undefined;
}

const toSpan = (text: string, s: Span) => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
const clean = (s: Source): Source => { const o = { ...s }; if (o.relayed === undefined) delete o.relayed; return o; };
