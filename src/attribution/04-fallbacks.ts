// Frames and speakers beyond the main reading of a sentence (04-frames.ts): `according to` and agentless
// passives, cues inside relative clauses, noun cues (`Ruiz’s claim that …`), and the speaker when no noun
// phrase stands right before the cue.
import type { Span } from '../doc.js';
import type { Cue } from './03-cues.js';
import type { Frame } from './04-frames.js';
import { MIN_CONTENT_WORDS, trimClause, trimmed } from './04-bounds.js';
import { FINITE_VERB, MASK, isNounPhrase, leadStart, subjectOf } from './speaker-phrases.js';

/** A word that cannot open a speaker noun phrase (a verb form or function word after a comma). */
const NOT_SPEAKER_START = /^(?:and|but|or|so|yet|that|which|who|when|while|where|if|as|because|although|though|after|before|since|it|there|this|these|those|to|in|on|at|of|for|with|by|from)\b/i;
/** A short noun phrase opening a sentence: up to six words, no comma. */
const SENTENCE_SUBJECT = /^((?:(?:the|a|an)\s+)?(?:[\p{L}\d.’'-]+\s+){0,5}?[\p{L}\d.’'-]+),\s/iu;
/**
 * When the noun phrase right before the cue is not a speaker: `Ana Ruiz, long expected to run, said …`
 * and `Ruiz, who has served since 2004, says …` (the subject before a comma-set apposition, relative
 * clause or participle phrase); `The senator survived the vote and says …` (a coordinated cue shares
 * the sentence's subject).
 */
export function speakerFallback(masked: string, base: number, cue: Cue): Span | null {
  const before = masked.slice(0, cue.start - base);
  const lead = leadStart(masked, before);
  // (a quotation may sit in the predicate before the coordinated cue: `urged voters to “…” and said …`;
  // an infinitive cue shares the subject too: `went so far as to say …`; a time may come between: `and on Monday announced`)
  if (/\b(?:(?:and|but)\s+(?:(?:on|last|this|in)\s+[\p{L}\d]+\s+)?(?:(?:has|have|had|also|since|later|then|now|\p{Ll}+ly)\s+){0,3}|to\s+)$/u.test(before)) {
    // (the clause's subject: from the sentence start, else after the last comma: `When asked, he shrugged and noted`)
    const comma = before.lastIndexOf(', ');
    for (const from of comma > 0 ? [0, comma + 2] : [0]) {
      const subject = subjectOf(before.slice(from), base + from);
      const word = subject ? masked.slice(subject.start - base, subject.end - base) : '';
      if (subject && !/^(?:the|a|an|when|while|if|as|after|before|since|because|although|though|where|and|but|so|yet|that|which|who)$/i.test(word)) return subject;
    }
  }
  const quantity = QUANTITY_SUBJECT.exec(before);
  if (quantity) {
    const at = quantity.index + quantity[0].indexOf(quantity[1]);
    return { start: base + at, end: base + at + quantity[1].length };
  }
  // `When he bought the mine, Mr. Clarke said …`: a name after the last comma
  const tail = TAIL_NAME.exec(before);
  if (tail) {
    const at = tail.index + tail[0].indexOf(tail[1]);
    return { start: base + at, end: base + at + tail[1].length };
  }
  const head = SENTENCE_SUBJECT.exec(before.slice(lead));
  // (a quotation may close the relative clause: `Ruiz, who calls the plan “a sham,” said …`)
  const setOff = /,\s*$/.test(before) && !before.includes(MASK)
    || (head && /\uE000\s*$/.test(before) && /^\s*(?:who|which)\s/.test(before.slice(lead + head[0].length)));
  if (head && setOff && !NOT_SPEAKER_START.test(head[1]) && isNounPhrase(head[1], true) && !FINITE_VERB.test(head[1])) {
    return { start: base + lead, end: base + lead + head[1].length };
  }
  return null;
}

/** A name after the sentence's last comma, right before the cue. */
const TAIL_NAME = /,\s+((?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Prof)\.\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,3})\s+(?:\p{Ll}+ly\s+)?$/u;

/** `about half of Democratic voters said`, `60 percent of those polled say`: a share of a group speaks. */
const QUANTITY_SUBJECT = /(?:^|,\s+|\s)((?:(?:about|nearly|almost|roughly|just|only|fewer than|more than|less than|over|under|at least)\s+)?(?:half|a third|two-thirds|a quarter|a majority|the majority|a plurality|most|many|some|\d[\d,.]*\s*(?:percent|%))\s+of\s+[^,;:\uE000]{1,60}?)\s+(?:\p{Ll}+ly\s+)?$/u;


/** `a rule that he said would make it harder …`: a cue inside a relative clause whose predicate follows it. */
const RELATIVE_SUBJECT = /\b(?:that|which|who)\s+((?:he|she|they|we|I|it|(?:the|a|an|his|her|their|its)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2}))\s+(?:(?:has|have|had|also|once|previously|\p{Ll}+ly)\s+){0,2}$/u;
export function relativeClauseCue(masked: string, base: number, cue: Cue, afterStart: number): Frame | null {
  const m = RELATIVE_SUBJECT.exec(masked.slice(0, cue.start - base));
  if (!m || !/^(?:would|will|could|should|can|might|may|must|was|were|is|are|had|has|have)\s/i.test(masked.slice(afterStart - base))) return null;
  const content = trimClause(masked, base, { start: afterStart, end: base + masked.length });
  if (!content) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { cue, speaker: { start: base + at, end: base + at + m[1].length }, content, shape: 'speaker-first', object: null };
}

/** `…, with 30 percent of voters saying …`: the noun phrase of an absolute `with` phrase speaks. */
export function absoluteWith(masked: string, base: number, cue: Cue): Span | null {
  if (!/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) return null;
  const before = masked.slice(0, cue.start - base);
  const withNp = /\bwith\s+((?:[\p{L}\d%.’'-]+\s+){0,5}?[\p{L}\d%.’'-]+)\s+$/iu.exec(before);
  if (!withNp || !isNounPhrase(withNp[1])) return null;
  const at = withNp.index + withNp[0].indexOf(withNp[1]);
  return { start: base + at, end: base + at + withNp[1].length };
}

export function accordingTo(masked: string, base: number, cue: Cue): Frame | null {
  const after = masked.slice(cue.end - base);
  const np = /^\s*([^,;\uE000]+?)(?=\s*(?:,|;|\.\s*$|$))/.exec(after);
  if (!np) return null;
  // (`(…, according to X).`: the closing bracket is not the source's)
  const npEnd = /^[^(]*\)\s*$/.test(np[0]) ? np[0].lastIndexOf(')') : np[0].length;
  const speaker = trimmed(base, cue.end - base, cue.end - base + npEnd, masked);
  const before = masked.slice(0, cue.start - base).replace(/(?<![\s,])[\s,]+$/, '');
  // `It has not gone unnoticed: according to X, …` and `(According to X, …)`: what precedes is no content
  const opener = /^(?:[^:]*:|[\s(\[—–-]*)$/.test(before) || /\b(?:after|because|that|when|while|since|if|as|and|but)$/i.test(before);
  const lead = leadStart(masked, before);
  if (before.length > lead && !opener) {
    // `CONTENT, according to X.` or `X, according to Y, Z` (then the whole sentence)
    const tail = masked.slice(cue.end - base + np[0].length);
    const rest = tail.replace(/^\s*,\s*/, '').replace(/(?<![.\s])[.\s]+$/, '');
    // `The plan, according to X, was rewritten` → the whole sentence; `CLAUSE, according to X, in part
    // because …` → the clause; a short opening (`Since last November, according to X, forces have …`,
    // `Now, according to the poll, some are swinging`) → the whole sentence
    const shortLead = before.slice(lead).trim().split(/\s+/).length <= SHORT_LEAD_WORDS && rest.split(/\s+/).length >= MIN_CONTENT_WORDS && !/^(?:in part|partly|largely|mainly|because)\b/i.test(rest) && !COORDINATED_REST.test(rest);
    if (/^\s*,\s*\S/.test(tail) && shortLead) {
      // (the end is the part after the source's own, trimmed: the cue inside is not a second attribution)
      const restEnd = trimClause(masked, base, { start: base + masked.length - tail.length, end: base + masked.length });
      return { cue, speaker, content: restEnd ? { start: base + lead, end: restEnd.end } : null, shape: 'according-to', object: null };
    }
    // (`…, but the count is not over` is a clause of the article's own, not the subject's predicate)
    if (/^\s*,\s*\S/.test(tail) && isNounPhrase(before.slice(lead)) && !isNounPhrase(rest, true) && !COORDINATED_REST.test(rest)) {
      return { cue, speaker, content: trimClause(masked, base, { start: base + lead, end: base + masked.length }), shape: 'according-to', object: null };
    }
    return { cue, speaker, content: trimClause(masked, base, { start: base + asideStart(before, lead), end: base + before.length }, true), shape: 'according-to', object: null };
  }
  const comma = cue.end - base + np[0].length;
  if (opener && before.length > lead && !/:$/.test(before) && !/^[\s(\[—–-]*$/.test(before)) {
    // `He crossed the border after, according to him, the network censured him`: the clause after the source
    const content = trimClause(masked, base, { start: base + comma + (/^\s*,/.exec(masked.slice(comma))?.[0].length ?? 0), end: base + masked.length });
    return content ? { cue, speaker, content, shape: 'according-to', object: null } : null;
  }
  const content = trimClause(masked, base, { start: base + comma + (/^\s*,/.exec(masked.slice(comma))?.[0].length ?? 0), end: base + masked.length });
  return content ? { cue, speaker, content, shape: 'according-to', object: null } : null;
}

/** `… (the real figure is nearer 12 percent, according to X)`, `… - which it often must, according to X`: the
 *  content starts inside an unclosed bracket or after an unpaired dash. */
function asideStart(before: string, lead: number): number {
  const paren = before.lastIndexOf('(');
  if (paren >= lead && !before.includes(')', paren)) return paren + 1;
  const dashes = [...before.matchAll(/\s(?:[—–]|--?)\s/g)];
  return dashes.length % 2 === 1 && dashes[0].index! >= lead ? dashes[dashes.length - 1].index! + dashes[dashes.length - 1][0].length : lead;
}

/** A clause after the source that is the article's own: `…, according to X, but the count is not over`. */
const COORDINATED_REST = /^(?:but|and|yet|so|while|although|though|whereas)\b/i;

/** An opening this short before `, according to X,` is part of the reported sentence, not all of it. */
const SHORT_LEAD_WORDS = 6;

/** `the ban was said to be …`: the whole clause, no speaker. */
export function passive(masked: string, base: number, cue: Cue): Frame {
  const lead = leadStart(masked, masked.slice(0, cue.start - base));
  const content = trimClause(masked, base, { start: base + lead, end: base + masked.length });
  return { cue, speaker: null, content, shape: 'passive', object: null };
}

/** `Ruiz’s claim that …`, `a Harbour Ledger report that …`: a noun cue whose owner is a possessive or a
 *  proper name, with a complement clause (`that` then no verb: `a report that was released` is relative).
 *  undefined when the cue is no such noun. */
export function nominalCue(masked: string, base: number, cue: Cue, before: string, afterRaw: string): Frame | null | undefined {
  if (!/^(?:claims?|reports?)$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) || cue.start !== cue.word.start) return undefined;
  // the owner: a possessive (`Ruiz’s`, `her`) or a name after an article (`a Harbour Ledger`)
  // (after an owner the word is a noun: with a relative `that` or none it frames nothing)
  const owner = /(?:^|\s)((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*[’']s|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+$/u.exec(before)
    ?? (/s$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) ? null // `The Ledger reports that` is a verb
      : /\b(?:a|an|the|A|An|The)\s+((?:\p{Lu}[\p{L}.-]*\s+){0,3}\p{Lu}[\p{L}.-]*)\s+$/u.exec(before));
  if (!owner) return undefined;
  const that = /^\s+that\s+(?!(?:was|were|is|are|has|had|have|will|would|could|can|did|does|\p{Ll}+ed)\b)/u.exec(afterRaw);
  if (!that) return null;
  const content = trimClause(masked, base, { start: cue.end + that[0].length, end: base + masked.length });
  const at = before.length - owner[0].length + owner[0].indexOf(owner[1]);
  return content ? { cue, speaker: { start: base + at, end: base + at + owner[1].replace(/[’']s$/, '').length }, content, shape: 'speaker-first', object: null } : null;
}

/** Nouns of saying that take their speaker after `from`/`by` and their content after `that`, with the verb they stand for. */
const SAYING_NOUNS: Record<string, string> = { warning: 'warn', claim: 'claim', assurance: 'assure', allegation: 'allege', complaint: 'complain', prediction: 'predict', promise: 'promise' };
const NOUN_FROM = /\b(warnings?|claims?|assurances?|allegations?|complaints?|predictions?|promises?)\s+(?:from|by)\s+([^,;:\uE000]{2,60}?)\s+that\s+(?=\S)/giu;

/** `brushing aside warnings from landlords that the measure was …`: a noun of saying, its speaker and its content. */
export function nounFromFrames(masked: string, base: number): Frame[] {
  const out: Frame[] = [];
  for (const m of masked.matchAll(NOUN_FROM)) {
    const noun = m[1], speakerAt = m.index! + m[0].indexOf(m[2], noun.length);
    if (!isNounPhrase(m[2]) || /\bthat\b/i.test(m[2])) continue;
    // (`Despite claims by the mayor that the budget was balanced, the deficit grew`: an opening phrase ends at its comma)
    const from = m.index! + m[0].length, comma = masked.indexOf(',', from);
    const fronted = /^\s*(?:despite|amid|after|following|given|with|without|against|over|in spite of)\s/i.test(masked.slice(0, m.index)) && comma > 0;
    const content = trimClause(masked, base, { start: base + from, end: base + (fronted ? comma : masked.length) });
    if (!content) continue;
    const lemma = SAYING_NOUNS[noun.toLowerCase().replace(/s$/, '')];
    const cue: Cue = { start: base + m.index!, end: base + m.index! + noun.length, word: { start: base + m.index!, end: base + m.index! + noun.length }, lemma };
    out.push({ cue, speaker: { start: base + speakerAt, end: base + speakerAt + m[2].length }, content, shape: 'speaker-first', object: null });
  }
  return out;
}
