// Attribution frames in one sentence: which cue, where its speaker is named, and where the
// reported content is. The sentence is read with its top-level quotations masked (\uE000), so
// the frame around a quotation is seen whatever the quotation holds.
import type { Span } from '../doc.js';
import type { QuoteSpan } from './01-quote-marks.js';
import type { Sentence } from './02-sentences.js';
import { findCues, type Cue } from './03-cues.js';
import { FINITE_VERB, MASK, NP_START, hasNounPhraseTail, isNounPhrase, leadStart, npAfter, npBefore, subjectOf } from './speaker-phrases.js';
import { ANON_HEADS, CLAUSE_ONLY_LEMMAS, CUE_FORMS, DOCUMENT_HEADS, INTRO_ADVERBIAL, NON_STATEMENT_AFTER_CUE, OBJECT_LEMMAS, PARTIAL_LEMMAS, POST_CUE_ADVERBIAL } from './rules.js';

export type FrameShape = 'speaker-first' | 'content-first' | 'inverted' | 'parenthetical' | 'according-to' | 'passive';

export interface Frame {
  cue: Cue;
  speaker: Span | null;
  /** reported content (indirect/mixed), or null when the frame only carries quotations */
  content: Span | null;
  shape: FrameShape;
  /** the listener after told/urged… ("told The Morrow Courier") */
  object: Span | null;
}


export function maskQuotes(text: string, s: Span, quotes: readonly QuoteSpan[]): string {
  let out = text.slice(s.start, s.end);
  for (const q of quotes) {
    if (q.depth !== 0 || q.close <= s.start || q.open >= s.end) continue;
    const a = Math.max(q.open, s.start) - s.start, b = Math.min(q.close, s.end) - s.start;
    out = out.slice(0, a) + MASK.repeat(b - a) + out.slice(b);
  }
  return out;
}

export function findFrames(text: string, sentence: Sentence, masked: string): Frame[] {
  const base = sentence.start;
  const frames: Frame[] = [];
  const asList = asCues(masked, base);
  const plain = findCues(masked, base).filter((c) => !asList.some((a) => a.word.start < c.word.end && c.word.start < a.word.end));
  for (const cue of [...plain, ...asList].sort((a, b) => a.start - b.start)) {
    if (cue.lemma.startsWith('as ')) { const f = asFrame(masked, base, cue); if (f) frames.push(f); continue; }
    // (an agentless passive's content does not hide a real cue: `… are expected to run through May, the carrier added`)
    if (frames.some((f) => f.content && f.shape !== 'passive' && cue.start >= f.content.start && cue.end <= f.content.end)) continue;
    // `When asked about X, Ruiz said …`: a question put to the speaker frames nothing of its own
    if (cue.lemma === 'ask' && ASKED_CLAUSE.test(masked.slice(0, cue.start - base))) continue;
    const prev = frames[frames.length - 1];
    const f = cue.lemma === 'according to' ? accordingTo(masked, base, cue) : frameFor(masked, base, cue, prev);
    if (f && f.shape !== 'passive') for (let i = frames.length - 1; i >= 0; i--) if (frames[i].shape === 'passive' && frames[i].content && cue.start >= frames[i].content!.start && cue.end <= frames[i].content!.end) frames.splice(i, 1);
    if (f) frames.push(f);
  }
  return frames;
}

/** Before `asked`: the sentence start or a subordinator, as in `When asked about …, Ruiz said`. */
const ASKED_CLAUSE = /(?:^|[,;]|\b(?:when|if|after|once|while|before|as))\s*$/i;

/** `as a batch of records shows, the agency has …`: a sentence-level `as` clause with a reporting verb and a comma. */
const AS_CLAUSE = /(?:^|[;,]\s+|—\s*)(?:[Yy]et\s+|[Bb]ut\s+|[Aa]nd\s+)?[Aa]s\s+((?:the|a|an|his|her|their|its|one|two|three|several|recent|new)\s[^,;:.\uE000]{1,110}?|[A-Z][^,;:\uE000\s]*(?:\s[A-Z][^,;:\uE000\s]*){0,3}|he|she|they)\s+((?:has\s+|have\s+|had\s+|also\s+)?(?:shows|showed|found|finds|notes|noted|reported|reports|documented|documents|said|says|wrote|writes|put it))\s*,\s*(?=\S)/gu;
function asCues(masked: string, base: number): Cue[] {
  const out: Cue[] = [];
  for (const m of masked.matchAll(AS_CLAUSE)) {
    const verb = m[2], at = m.index! + m[0].indexOf(m[1]) + m[1].length;
    const vStart = masked.indexOf(verb, at), last = verb.split(/\s+/).pop()!.toLowerCase();
    const lemma = last === 'it' ? 'say' : CUE_FORMS.get(last);
    if (!lemma || !isNounPhrase(m[1], true)) continue;
    out.push({ start: base + vStart, end: base + vStart + verb.length, word: { start: base + vStart, end: base + vStart + verb.length }, lemma: `as ${lemma}` });
  }
  return out;
}
function asFrame(masked: string, base: number, cue: Cue): Frame | null {
  const m = /^\s*,\s*/.exec(masked.slice(cue.end - base))!;
  // the last `as` word before the cue (never the `as` inside `has`)
  const np = /^[^]*\bas\s+([^]*?)\s*$/i.exec(masked.slice(0, cue.start - base));
  if (!np) return null;
  const spStart = cue.start - base - np[0].length + np[0].indexOf(np[1]);
  const content = trimClause(masked, base, { start: cue.end + m[0].length, end: base + masked.length });
  if (!content) return null;
  return { cue: { ...cue, lemma: cue.lemma.slice(3) }, speaker: { start: base + spStart, end: base + spStart + np[1].length }, content, shape: 'parenthetical', object: null };
}

function frameFor(masked: string, base: number, cue: Cue, prev?: Frame): Frame | null {
  const before = masked.slice(0, cue.start - base);
  const afterRaw = masked.slice(cue.end - base);
  if (NON_STATEMENT_AFTER_CUE.test(afterRaw)) return null;
  // `Democratic state Sen. Ana Ruiz`, `the state Capitol`: `state` before a capitalised word is an adjective
  if (/^state$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && /^\s+\p{Lu}/u.test(afterRaw)) return null;
  // `Ms. Ruiz continued: “…”` / `“…,” she continued`: `continue` is a cue only beside a quotation
  if (cue.lemma === 'continue' && !/^\s*:\s*\uE000/.test(afterRaw) && !/\uE000[\s,]*(?:[^\s\uE000]+\s+){0,4}$/.test(before)) return null;
  // `exit polling reported by CNN`: a participle with its agent modifies a noun; it is no cue
  if (/^\s+by\s/i.test(afterRaw) && /ed$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) return null;
  const afterBe = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(masked.slice(0, cue.word.start - base));
  // `is demanding that …` is a progressive cue; `was demanding but fair` is an adjective
  // (`is demanding President Ruiz resign`, `is asking the court to …`: a directive's listener opens the
  // clause; other verbs need a capitalised subject and a finite verb — no `that` needed)
  if (afterBe && /ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && !/^\s*(?:that\b|[,:]?\s*\uE000)/i.test(afterRaw)
    && !(cue.lemma === 'call' && CALL_ON.test(afterRaw.trimStart()))
    && !(DIRECTIVE_LEMMAS.has(cue.lemma) || cue.lemma === 'ask' ? /^\s+(?:\p{Lu}|(?:the|his|her|their|its|our)\s)/u : /^\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{L}+\s+)?(?:is|was|are|were|has|had|would|will|could|should|can|must)\b/u).test(afterRaw)) return null;
  if (afterBe && !/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) {
    // `it was widely reported that …` reports the clause, with no speaker
    if (/^\s+that\s/i.test(afterRaw) && /\bit(?:\s+(?:has|had)\s+been|[’']s\s+been|\s+was|\s+is)\s+(?:\p{Ll}+ly\s+)?$/iu.test(masked.slice(0, cue.word.start - base))) {
      const content = trimClause(masked, base, { start: cue.end + /^\s+that\s/i.exec(afterRaw)![0].length, end: base + masked.length });
      return content ? { cue, speaker: null, content, shape: 'passive', object: null } : null;
    }
    // `was reported first by The Quarry Gazette`: the outlet whose reporting is passed on speaks (whole sentence)
    const by = cue.lemma === 'report' ? /^\s+(?:(?:earlier|first|previously|also)\s+)?by\s+(?=\p{Lu}|the\s)/u.exec(afterRaw) : null;
    const agent = by ? npAfter(masked.slice(cue.end - base + by[0].length), cue.end + by[0].length) : null;
    if (agent) return { cue, speaker: agent, content: trimClause(masked, base, { start: base + leadStart(masked, masked), end: base + masked.length }), shape: 'inverted', object: null };
    // passive: `was said to be …` is an agentless statement (not in a relative clause: `Saturday, which is expected to bring …`)
    return /^\s+(?:to|as)\b/i.test(afterRaw) && !/\b(?:which|that|who)\s+(?:\w+\s+)?(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(masked.slice(0, cue.word.start - base)) ? passive(masked, base, cue) : null;
  }
  const skipped = skipAdverbials(afterRaw);
  const afterStart = cue.end + skipped + /^\s*/.exec(afterRaw.slice(skipped))![0].length;
  const after = masked.slice(afterStart - base);
  // `…, Rep. Ana Ruiz said during a vote on the bill.`: a trailing adverbial ends the frame too
  const endOfSentence = /^[\s.!?;]*$/.test(after) || (TRAILING_ADVERBIAL.test(after) && !/\bthat\b/i.test(after) && !FINITE_VERB.test(after) && !(cue.lemma === 'call' && CALL_ON.test(after)));
  const beforeTrim = before.replace(/(?<!\s)\s+$/, '');
  // `Ruiz defended the plan, saying it would pass`: a participle's speaker is the main clause's subject
  // (also after a preposition, `opened the rally by saying …`, `aside from saying …`, and after a
  // message, `released a statement saying …`)
  if (/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && (/(?:,|\b(?:by|from|after|before|without|while))\s*$/.test(masked.slice(0, cue.start - base)) || MESSAGE_BEFORE.test(masked.slice(0, cue.start - base)))) {
    // (the subject is looked for before the cue only: `sued the county, saying that two permits were …`)
    // (failing that, the sentence's opening noun phrase: `Graham, a pastor who …, sued the board, contending that …`)
    const subject = prev?.speaker ?? subjectOf(masked.slice(0, cue.start - base), base) ?? speakerFallback(masked, base, cue);
    return subject && !endOfSentence ? complementFrame(masked, base, cue, afterStart, subject) : null;
  }
  // inverted: `…,” said X` / `…, said X, who …`
  // `…, said Lucan Ferreday, a program director.`: a name right after the cue is the speaker
  const namedAfter = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\.?\s*$)/u.test(after);
  const appositive = !namedAfter && /,$/.test(beforeTrim) && !/\uE000/.test(beforeTrim) && hasNounPhraseTail(beforeTrim.slice(0, -1));
  // `…,” told the Oakhurst Review` names the listener, never an inverted speaker
  const roleName = ROLE_BEFORE_NAME.exec(after);
  let np = /[,:\uE000]$/.test(beforeTrim) && !appositive && !OBJECT_LEMMAS.has(cue.lemma) && (NP_START.test(after) || roleName) && !/^\s*that\b/i.test(after)
    ? npAfter(after, afterStart) : null;
  // `…, said it was the slowest in years` is a clause after the cue, not an inverted speaker (the
  // speaker is then looked for before the cue: `Ruiz, who calls it “a sham,” said he …`); a name with
  // a long apposition (`said Ana Ruiz, director of …`) and a role before a name (`said pollster Ana Ruiz`) are speakers
  if (np && !isNounPhrase(masked.slice(np.start - base, np.end - base), true)) {
    const name = roleName ?? NAME_THEN_APPOSITION.exec(after);
    np = name ? { start: afterStart, end: afterStart + name[0].replace(/(?<![\s.]\p{Lu})\.$/u, '').length } : null;
  }
  if (np) {
    const contentEnd = base + beforeTrim.replace(/[,:]$/, '').length;
    const content = /\uE000$/.test(beforeTrim) ? mixedLead(masked, base, cue.start, cue) : clauseBefore(masked, base, contentEnd);
    return { cue, speaker: np, content, shape: 'inverted', object: null };
  }
  // `X called it “…” and said …`: the second verb shares the first one's speaker
  const shared = prev?.speaker && /^[\s,\uE000]*(?:and|but)\s+$/i.test(masked.slice(prev.cue.end - base, cue.start - base).replace(/^[^\uE000]*\uE000+/, ''))
    ? prev.speaker : null;
  // `He said:` ending its paragraph: the quotation follows in the next one (the statements stage pairs them)
  if (/^\s*:\s*$/.test(afterRaw)) { const sp = npBefore(masked, base, cue); return sp ? { cue, speaker: sp, content: null, shape: 'speaker-first', object: null } : null; }
  const rel = relativeClauseCue(masked, base, cue, afterStart);
  if (rel) return rel;
  const before1 = absoluteWith(masked, base, cue) ?? npBefore(masked, base, cue);
  // a bare article is no speaker (`The retired pilot flew … and says`): the fallback finds the subject
  let speaker = (before1 && !/^(?:the|a|an)$/i.test(masked.slice(before1.start - base, before1.end - base)) ? before1 : null) ?? shared ?? speakerFallback(masked, base, cue);
  if (!speaker) return null;
  const quoteBefore = /\uE000[\s,:;—–-]*$/.test(masked.slice(0, speaker.start - base));
  // `To a question on “…,” Ruiz said costs would rise`: a quotation inside an opening adverbial is not the content
  const quoteInIntro = !endOfSentence && QUOTE_IN_INTRO.test(masked.slice(leadStart(masked, masked)));
  if (quoteBefore && !quoteInIntro && !/^\s*(?:that\b|[,:]?\s*\uE000)/i.test(after)) {
    const mixed = mixedLead(masked, base, speaker.start, cue);
    const listener = OBJECT_LEMMAS.has(cue.lemma) ? trimmed(base, afterStart - base, afterStart - base + after.replace(/(?<![.!?\s])[.!?\s]+$/, '').length, masked) : null;
    return { cue, speaker, content: mixed, shape: 'content-first', object: listener };
  }
  // `…, city officials said on Tuesday, leaving commuters …`: participial narration follows the cue
  if (endOfSentence || (skipped > 0 ? /^,?\s*[a-z]+ing\b/ : /^,\s*[a-z]+ing\b/).test(after) && !/^,?\s*(?:nothing|something|anything|everything|being|during)\b/.test(after)) {
    // content first: `CONTENT, the official said.` (or quotations before the cue)
    const lead = masked.slice(0, speaker.start - base).replace(/(?<![\s,])[\s,]+$/, '');
    if (!lead || /^[\s\uE000,]*$/.test(lead)) return { cue, speaker, content: null, shape: 'content-first', object: null };
    return { cue, speaker, content: trimClause(masked, base, { start: base + leadStart(masked, lead), end: base + lead.length }), shape: 'content-first', object: null };
  }
  const paren = /^(?:(?:me|us|him|her|them|reporters)\s*)?,\s*\S/i.exec(after);
  const spText = masked.slice(speaker.start - base, speaker.end - base);
  if (paren && !/^[^,]*,\s*\uE000/.test(after) && spText.includes(', ')) {
    // `The mayor, two aides have told us, is …`: the speaker is after the last comma
    const cut = spText.lastIndexOf(', ') + 2;
    speaker = { start: speaker.start + cut, end: speaker.end };
  }
  const lead = masked.slice(0, speaker.start - base);
  if (paren && !/^[^,]*,\s*\uE000/.test(after) && /,\s*$/.test(lead) && /\S/.test(lead.replace(/,\s*$/, ''))) {
    // parenthetical: `The plan, three members said, was rewritten` → the whole sentence
    const whole = trimClause(masked, base, { start: base + leadStart(masked, masked), end: base + masked.length });
    return { cue, speaker, content: whole, shape: 'parenthetical', object: null };
  }
  const f = complementFrame(masked, base, cue, afterStart, speaker);
  // `Ruiz, who announced a plan on Monday, plans to …`: a cue in a relative clause reports up to the clause's closing comma
  if (f?.content && RELATIVE_CUE.test(masked.slice(speaker.end - base, cue.start - base))) {
    const comma = /,\s(?!which\b|who\b)/.exec(masked.slice(f.content.start - base, f.content.end - base));
    if (comma) f.content = { start: f.content.start, end: f.content.start + comma.index };
  }
  return f;
}

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
function speakerFallback(masked: string, base: number, cue: Cue): Span | null {
  const before = masked.slice(0, cue.start - base);
  const lead = leadStart(masked, before);
  // (a quotation may sit in the predicate before the coordinated cue: `urged voters to “…” and said …`;
  // an infinitive cue shares the subject too: `went so far as to say …`)
  if (/\b(?:(?:and|but)\s+(?:(?:has|have|had|also|since|later|then|now|\p{Ll}+ly)\s+){0,3}|to\s+)$/u.test(before)) {
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
/** A message before a participle cue: `released a statement saying …`, `sent a tweet saying …`. */
const MESSAGE_BEFORE = /\b(?:a|an|the|his|her|its|their)\s+(?:[\p{L}-]+\s+)?(?:statement|tweet|post|letter|message|email|e-mail|release|video|note|memo|ad)\s+$/iu;

/** `about half of Democratic voters said`, `60 percent of those polled say`: a share of a group speaks. */
const QUANTITY_SUBJECT = /(?:^|,\s+|\s)((?:(?:about|nearly|almost|roughly|just|only|fewer than|more than|less than|over|under|at least)\s+)?(?:half|a third|two-thirds|a quarter|a majority|the majority|a plurality|most|many|some|\d[\d,.]*\s*(?:percent|%))\s+of\s+[^,;:\uE000]{1,60}?)\s+(?:\p{Ll}+ly\s+)?$/u;

/** `on`/`upon`/`for` after `call` when a listener and an infinitive follow (`called on Ruiz to resign`). */
const CALL_ON = /^(?:on|upon|for)\s+(?=[^,.;:\uE000]{1,80}?\sto\s+\p{Ll})/u;

/** A complement that is a clause: a short subject, then a finite verb (`Ruiz was a threat`). */
const CLAUSE_COMPLEMENT = /^(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?:is|was|are|were|has|had|would|will|could|should|can|must|did|does)\s/iu;

/** `a rule that he said would make it harder …`: a cue inside a relative clause whose predicate follows it. */
const RELATIVE_SUBJECT = /\b(?:that|which|who)\s+((?:he|she|they|we|I|it|(?:the|a|an|his|her|their|its)\s+[\p{L}’'-]+(?:\s+[\p{L}’'-]+)?|\p{Lu}[\p{L}’'.-]+(?:\s+\p{Lu}[\p{L}’'.-]+){0,2}))\s+(?:(?:has|have|had|also|once|previously|\p{Ll}+ly)\s+){0,2}$/u;
function relativeClauseCue(masked: string, base: number, cue: Cue, afterStart: number): Frame | null {
  const m = RELATIVE_SUBJECT.exec(masked.slice(0, cue.start - base));
  if (!m || !/^(?:would|will|could|should|can|might|may|must|was|were|is|are|had|has|have)\s/i.test(masked.slice(afterStart - base))) return null;
  const content = trimClause(masked, base, { start: afterStart, end: base + masked.length });
  if (!content) return null;
  const at = m.index + m[0].indexOf(m[1]);
  return { cue, speaker: { start: base + at, end: base + at + m[1].length }, content, shape: 'speaker-first', object: null };
}

/** `…, with 30 percent of voters saying …`: the noun phrase of an absolute `with` phrase speaks. */
function absoluteWith(masked: string, base: number, cue: Cue): Span | null {
  if (!/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) return null;
  const before = masked.slice(0, cue.start - base);
  const withNp = /\bwith\s+((?:[\p{L}\d%.’'-]+\s+){0,5}?[\p{L}\d%.’'-]+)\s+$/iu.exec(before);
  if (!withNp || !isNounPhrase(withNp[1])) return null;
  const at = withNp.index + withNp[0].indexOf(withNp[1]);
  return { start: base + at, end: base + at + withNp[1].length };
}

/** Between a speaker and its cue: the opening of a non-restrictive relative clause. */
const RELATIVE_CUE = /^\s*,\s*(?:who|which)\s+(?:[\p{L}’'-]+\s+){0,3}$/u;

/** A speaker-first frame: the cue's complement (past `that` and a listener) is the content. */
function complementFrame(masked: string, base: number, cue: Cue, afterStart: number, speaker: Span): Frame | null {
  let contentStart = afterStart;
  let object: Span | null = null;
  // `called on the council to …`, `calls for the city to …`: a directive with a listener and an infinitive
  const callOn = cue.lemma === 'call' ? CALL_ON.exec(masked.slice(afterStart - base)) : null;
  if (callOn) {
    const content = trimClause(masked, base, { start: afterStart + callOn[0].length, end: base + masked.length });
    return content ? { cue: { ...cue, end: afterStart + callOn[0].length - /\s*$/.exec(callOn[0])![0].length }, speaker, content, shape: 'speaker-first', object: null } : null;
  }
  // `found, in most towns, that …`: a comma-set adverbial before `that`
  const setOff = /^\s*,[^,.;:\uE000]{1,40},\s*(?=that\s)/i.exec(masked.slice(cue.end - base));
  if (setOff) contentStart = cue.end + setOff[0].length;
  // `noted in his usual whisper that …` (read from the cue: adverbial skipping may have cut the phrase)
  const prep = /^(?:[^,.;:\uE000]{0,60}?\s)??(?=that\s)/i.exec(masked.slice(cue.end - base));
  if (!setOff && prep && prep[0].trim() && PREP_BRIDGE.test(prep[0]) && !FINITE_VERB.test(prep[0])) contentStart = cue.end + prep[0].length;
  const rest = masked.slice(contentStart - base);
  const that = /^(?:[^,.;:\uE000]{0,80}?\s)??that\s/i.exec(rest);
  const bridge = that ? that[0].slice(0, -5) : '';
  // (`said in an interview with The New York Times that …`: the adverbial may stop inside a name)
  if (that && (bridge.trim() === '' || PREP_BRIDGE.test(bridge) || NAME_REST.test(bridge) || (OBJECT_LEMMAS.has(cue.lemma) && bridge.split(/\s+/).length <= 8) || skipAdverbials(bridge) >= bridge.trim().length) && !FINITE_VERB.test(bridge)) {
    if (that[0].trim() !== 'that') object = trimmed(base, contentStart - base, contentStart - base + that[0].length - 5, masked);
    contentStart += that[0].length;
  } else if (OBJECT_LEMMAS.has(cue.lemma) && cue.lemma !== 'urge' && cue.lemma !== 'warn' && cue.lemma !== 'advise') {
    const obj = /^\s*(?!\s)([^,.;:\uE000]{1,80}?)(?=\s+(?:the|a|an|it|he|she|they|we|i|there|this|his|her|their|its|no|some|[\d])\b|\s*[,:]\s*\uE000)/i.exec(rest);
    // `tell us the same answer: the part is on order` — what was told follows the colon
    const colon = /^\s*((?:\S+\s+){0,5}?\S+):\s+(?=\S)/.exec(rest);
    if (colon && !colon[0].includes('\uE000')) { object = trimmed(base, contentStart - base, contentStart - base + colon[1].length + 1, masked); contentStart += colon[0].length; }
    else if (obj) { object = trimmed(base, contentStart - base, contentStart - base + obj[0].length, masked); contentStart += obj[0].length; }
  }
  const content = trimClause(masked, base, { start: contentStart, end: base + masked.length });
  if (!content || content.end <= content.start) return null;
  // "disclosed large losses", "found a leak": these verbs report something only with a clause
  if (CLAUSE_ONLY_LEMMAS.has(cue.lemma) && !DIRECTIVE_LEMMAS.has(cue.lemma) && !that && !/^\uE000/.test(masked.slice(content.start - base))
    && !FINITE_VERB.test(masked.slice(content.start - base, content.end - base).split(/\s+/).slice(0, 8).join(' '))) return null;
  // `questioned why …` reports a question's content; `questioned the plan` is a partial-quote frame
  // (`declared Ruiz was a threat`, `declared that …`: with a clause the verb reports indirect speech)
  if (PARTIAL_LEMMAS.has(cue.lemma) && !(cue.lemma === 'question' && /^(?:why|how|whether)\s/i.test(masked.slice(content.start - base)))
    && !CLAUSE_COMPLEMENT.test(masked.slice(content.start - base))) return { cue, speaker, content: null, shape: 'speaker-first', object };
  return { cue, speaker, content, shape: 'speaker-first', object };
}

function accordingTo(masked: string, base: number, cue: Cue): Frame | null {
  const after = masked.slice(cue.end - base);
  const np = /^\s*([^,;\uE000]+?)(?=\s*(?:,|;|\.\s*$|$))/.exec(after);
  if (!np) return null;
  const speaker = trimmed(base, cue.end - base, cue.end - base + np[0].length, masked);
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
    const shortLead = before.slice(lead).trim().split(/\s+/).length <= SHORT_LEAD_WORDS && rest.split(/\s+/).length >= MIN_CONTENT_WORDS && !/^(?:in part|partly|largely|mainly|because)\b/i.test(rest);
    if (/^\s*,\s*\S/.test(tail) && shortLead) {
      // (the end is the part after the source's own, trimmed: the cue inside is not a second attribution)
      const restEnd = trimClause(masked, base, { start: base + masked.length - tail.length, end: base + masked.length });
      return { cue, speaker, content: restEnd ? { start: base + lead, end: restEnd.end } : null, shape: 'according-to', object: null };
    }
    if (/^\s*,\s*\S/.test(tail) && isNounPhrase(before.slice(lead)) && !isNounPhrase(rest, true)) {
      return { cue, speaker, content: trimClause(masked, base, { start: base + lead, end: base + masked.length }), shape: 'according-to', object: null };
    }
    return { cue, speaker, content: trimClause(masked, base, { start: base + lead, end: base + before.length }), shape: 'according-to', object: null };
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

/** An opening this short before `, according to X,` is part of the reported sentence, not all of it. */
const SHORT_LEAD_WORDS = 6;

/** `the ban was said to be …`: the whole clause, no speaker. */
function passive(masked: string, base: number, cue: Cue): Frame {
  const lead = leadStart(masked, masked.slice(0, cue.start - base));
  const content = trimClause(masked, base, { start: base + lead, end: base + masked.length });
  return { cue, speaker: null, content, shape: 'passive', object: null };
}

/** Plain speech verbs after which `words “quote,” X said` is one mixed statement. */
const MIXED_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'argue', 'explain', 'insist', 'warn', 'claim', 'acknowledge', 'recall', 'predict',
  'contend', 'assert', 'concede', 'admit', 'complain', 'reply', 'respond', 'counter', 'declare', 'stress', 'emphasize']);
const hasCueWord = (s: string): boolean => (s.toLowerCase().match(/\p{L}+/gu) ?? []).some((w) => CUE_FORMS.has(w));

/** `Not paying taxes “makes me smart,” Trump said`: words before the sentence's quotation make it mixed. */
function mixedLead(masked: string, base: number, end: number, cue: Cue): Span | null {
  const lead = masked.slice(0, end - base).replace(/(?<![\s,:;—–-])[\s,:;—–-]+$/, '');
  const firstMask = lead.indexOf(MASK);
  const words = lead.slice(leadStart(masked, lead), firstMask);
  const ok = firstMask > 0 && MIXED_LEMMAS.has(cue.lemma) && /\p{L}/u.test(words) && !hasCueWord(words) && !/[,:—–-]\s*$/.test(words)
    && !/^\s*(?:asked|when|while|if|as)\b/i.test(words) && /\uE000$/.test(lead);
  return ok ? trimClause(masked, base, { start: base + leadStart(masked, lead), end: base + lead.length }) : null;
}


/** An opening prepositional phrase holding a quotation: `To a question on “…,”`, `In a post titled “…,”`. */
const QUOTE_IN_INTRO = /^(?:to|in|on|at|after|before|during|for|from|with|about|regarding|asked about)\s[^\uE000,]{0,60}\uE000/i;
/** `pollster Ana Ruiz`, `former senator Ana Ruiz`: lowercase role words, then a capitalised name. */
const ROLE_BEFORE_NAME = /^(?!(?:in|on|at|to|of|for|with|by|from|about|after|before|during|that|this|it|he|she|they|we|i|there|then|now|also|again|last|once)\b)\p{Ll}[\p{Ll}-]+(?:\s+\p{Ll}[\p{Ll}-]+){0,2}\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?=\s*(?:,|\.?\s*$))/u;
/** `Ana R. Ruiz, director of …`: a capitalised name before its comma. */
const NAME_THEN_APPOSITION = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,3}(?=,\s)/u;

/** A prepositional phrase running to the sentence's end after the cue. */
const TRAILING_ADVERBIAL = /^(?:during|at|in|on|after|before|from|over|via|through|throughout|outside|inside|near|following|amid)\s[^,;:\uE000]{1,80}$/i;

/** Directives take an infinitive ("urged parents to call"), which is their content. */
const DIRECTIVE_LEMMAS = new Set(['want', 'urge', 'recommend', 'propose', 'demand', 'advise', 'promise', 'vow', 'pledge']);
function clauseBefore(masked: string, base: number, end: number): Span | null {
  const lead = leadStart(masked, masked.slice(0, end - base));
  return trimClause(masked, base, { start: base + lead, end });
}

/** The rest of a capitalised name between an adverbial and `that`. */
const NAME_REST = /^\s*(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}$/u;
/** `noted in his usual whisper that …`: a short prepositional phrase between the cue and `that`. */
const PREP_BRIDGE = /^\s*(?:in|at|on|during|with|by|over|after|before|to)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+\s*$/u;

/** Content without surrounding spaces, a leading "that", a final full stop or a trailing comma. */
function trimClause(masked: string, base: number, span: Span): Span | null {
  let s = span.start - base, e = span.end - base;
  while (s < e && /[\s,:;—–-]/.test(masked[s])) s++;
  // a leading complementiser goes; a sentence's own first word ("That criticism was …") stays
  if (s > 0 && /^that\s/i.test(masked.slice(s, e))) s += 5;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  // an unmatched closing parenthesis belongs to the sentence around the content: `(According to X, ….)`
  if (e > s && masked[e - 1] === ')' && !masked.slice(s, e).includes('(')) e--;
  if (e > s && /[.;,:!?]/.test(masked[e - 1]) && !/(?<![A-Za-z.])(?:[A-Za-z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|a\.m|p\.m)\.$/.test(masked.slice(s, e))) e--;
  while (e > s && /[\s,]/.test(masked[e - 1])) e--;
  // participial narration after the content is left out
  // (a reporting participle after the content starts a statement of its own: `…, adding that …`)
  const narr = /,\s+(?:making|prompting|leaving|bringing|raising|marking|sending|forcing|causing|pushing|putting|ending|capping|adding|saying|noting|arguing|insisting|explaining|claiming|acknowledging|asserting|stating|suggesting|accusing|telling|urging|predicting|recalling|declaring|promising|vowing|conceding|warning)\b/i.exec(masked.slice(s, e));
  if (narr) e = s + narr.index;
  // `… they were not; 46 percent said …`: a semicolon before another attribution ends the content
  const semi = /;\s/.exec(masked.slice(s, e));
  if (semi && hasCueWord(masked.slice(s + semi.index, e))) e = s + semi.index;
  const end = CLAUSE_END.exec(masked.slice(s, e));
  if (end && masked.slice(s, s + end.index).trim().split(/\s+/).length >= MIN_CONTENT_WORDS) e = s + end.index;
  // `…, which forced her to cancel`, `…, while others …`: a trailing non-restrictive clause is narration
  for (const re of [NARRATION_TAIL, SECOND_PREDICATE]) {
    const tail = re.exec(masked.slice(s, e));
    // a reporting verb there starts a statement of its own (split later), so it is not cut here
    if (tail && re === SECOND_PREDICATE && /ed\s+that\s$/.test(tail[0]) && CUE_FORMS.has(tail[0].trim().split(/\s+/).slice(-2)[0])) continue;
    if (tail && masked.slice(s, s + tail.index).trim().split(/\s+/).length >= MIN_CONTENT_WORDS) e = s + tail.index;
  }
  return e > s ? { start: base + s, end: base + e } : null;
}

// (only a last clause: `X, which agreed to buy data, had not paid` keeps its relative clause)
// (the lookbehinds keep runs of spaces linear)
const NARRATION_TAIL = /(?:,\s+(?:which|while|whereas|referring to|citing)|(?<![\s,]),?\s+compared (?:with|to))\s[^,]*$/i;
/** Where the reported clause visibly ends and the article's own narration resumes: a comma then
 *  `who`, `although`, `though`, `with X …ing`, or any participle (`…, calling the plan …`; not
 *  `willing to`, an adjective), and a
 *  dash before `and`/`but` (`… a mock debate — and thinks …`). The first such boundary wins. */
const CLAUSE_END = /,\s+(?:(?:who|whom|although|though|even though)\b|with\s+(?:\S+\s+){1,4}?\p{Ll}+ing\b|(?!including\b|according\b|notwithstanding\b|something\b|nothing\b|anything\b|everything\b|during\b)\p{Ll}{3,}ing\b(?!\s+to\b))|\s+[—–]\s+(?:and|but)\s/u;
/** `…, but lamented that …`, `…, but he said …`: the speaker's next predicate or a new attribution ends the content. */
const SECOND_PREDICATE = /(?<![\s,])(?:,\s*|\s+)(?:and|but)\s+(?:also\s+|then\s+|later\s+)?(?:\p{Ll}{3,}ed\s+that\s|(?:he|she|they|I)\s+(?:\p{Ll}+ly\s+)?(?:said|says|added|noted|argued|insisted)\b)|,\s+(?:another|others|some|many)\s+(?:say|says|said)\b|,\s+according to\s/u;
/** Content is not cut shorter than this many words. */
const MIN_CONTENT_WORDS = 3;

function trimmed(base: number, s: number, e: number, masked: string): Span | null {
  while (s < e && /\s/.test(masked[s])) s++;
  while (e > s && /[\s,]/.test(masked[e - 1])) e--;
  return e > s ? { start: base + s, end: base + e } : null;
}

function skipAdverbials(after: string): number {
  let n = 0;
  for (let guard = 0; guard < 4; guard++) {
    const m = POST_CUE_ADVERBIAL.exec(after.slice(n));
    if (!m || m[0].length === 0) break;
    n += m[0].length;
  }
  return n;
}
