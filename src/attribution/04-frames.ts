// Attribution frames in one sentence: which cue, where its speaker is named, and where the reported content is. The sentence
// is read with its top-level quotations masked (\uE000), so the frame around a quotation is seen whatever the quotation holds.
import type { Span } from '../doc.js';
import type { QuoteSpan } from './01-quote-marks.js';
import type { Sentence } from './02-sentences.js';
import { findCues, type Cue } from './03-cues.js';
import { hasCueWord, skipAdverbials, trimClause, trimmed } from './04-bounds.js';
import { coordinatedAttribution } from './04-coordinated.js';
import { absoluteWith, accordingTo, nominalCue, nounFromFrames, passive, relativeClauseCue, speakerFallback } from './04-fallbacks.js';
import { FINITE_VERB, MASK, NP_START, hasNounPhraseTail, isNounPhrase, leadStart, npAfter, npBefore, subjectOf } from './speaker-phrases.js';
import { ASIDE_BEFORE_VERB, CALL_ON, MAX_CLOSING_TAIL, MESSAGE_BEFORE, NAME_REST, NAME_THEN_APPOSITION, PREP_ASIDE, PREP_BRIDGE, QUOTE_IN_INTRO, ROLE_BEFORE_NAME, TRAILING_ADVERBIAL } from './frame-patterns.js';
import { ANON_HEADS, CLAUSE_ONLY_LEMMAS, CUE_FORMS, DOCUMENT_HEADS, INFINITIVE_LEMMAS, INTRO_ADVERBIAL, NON_STATEMENT_AFTER_CUE, OBJECT_LEMMAS, PARTIAL_LEMMAS, POST_CUE_ADVERBIAL } from './rules.js';

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
    const host = frames.find((f) => f.content && f.shape !== 'passive' && cue.start >= f.content.start && cue.end <= f.content.end);
    if (host) {
      // `A teacher told her that B, Ruiz said.`: a cue closing the sentence reports all of it; the first
      // attribution is nested inside (08-nested.ts finds it there)
      // (words may follow it: `…, the board said in a report released Wednesday.`, but no clause of its own)
      const rest = masked.slice(cue.end - base);
      const outer = rest.length <= MAX_CLOSING_TAIL && !/\bthat\b|\uE000/i.test(rest) && !FINITE_VERB.test(rest) ? frameFor(masked, base, cue, undefined) : null;
      if (outer?.shape === 'content-first' && outer.content && outer.content.start <= (host.speaker?.start ?? host.cue.start)) { frames.splice(frames.indexOf(host), 1, outer); continue; }
      // `X said A, but Y denied that B`: a coordinated clause with its own subject and cue is a second statement
      const second = coordinatedAttribution(masked, base, host, cue, () => frameFor(masked, base, cue, frames[frames.length - 1]));
      if (second) frames.push(second);
      continue;
    }
    // `When asked about X, Ruiz said …`: a question put to the speaker frames nothing of its own
    if (cue.lemma === 'ask' && ASKED_CLAUSE.test(masked.slice(0, cue.start - base))) continue;
    const prev = frames[frames.length - 1];
    const f = cue.lemma === 'according to' ? accordingTo(masked, base, cue) : frameFor(masked, base, cue, prev);
    if (f && f.shape !== 'passive') for (let i = frames.length - 1; i >= 0; i--) if (frames[i].shape === 'passive' && frames[i].content && cue.start >= frames[i].content!.start && cue.end <= frames[i].content!.end) frames.splice(i, 1);
    if (f) frames.push(f);
  }
  // `warnings from landlords that …`, `claims by the mayor that …`: a noun of saying (read as a verb too, "claims",
  // it loses that reading), unless it sits in another frame's content or holds another frame's cue
  const nouns = nounFromFrames(masked, base);
  if (!nouns.length) return frames;
  const verbs = frames.filter((g) => !nouns.some((n) => n.cue.start === g.cue.start));
  const kept = nouns.filter((n) => !verbs.some((g) => (g.content && n.cue.start >= g.content.start && n.cue.end <= g.content.end)
    || (g.cue.start >= n.cue.start && g.cue.start < n.content!.end)));
  return [...verbs, ...kept].sort((a, b) => a.cue.start - b.cue.start);
}

/** Before `asked`: the sentence start or a subordinator (and a pronoun), as in `When asked about …, Ruiz said`, `When I asked …`. */
const ASKED_CLAUSE = /(?:^|[,;]|\b(?:when|if|after|once|while|before|as)(?:\s+(?:I|we|he|she|they|you))?)\s*$/i;

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
  const nominal = nominalCue(masked, base, cue, before, afterRaw);
  if (nominal !== undefined) return nominal;
  // `Democratic state Sen. Ana Ruiz`, `the state Capitol`: `state` before a capitalised word is an adjective
  if (/^state$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && /^\s+\p{Lu}/u.test(afterRaw)) return null;
  // `Ms. Ruiz continued: “…”` / `“…,” she continued`: `continue` is a cue only beside a quotation, or ending a
  // sentence after a comma and a name or pronoun (`…, Ruiz continued.`; not `the rain continued`)
  if (cue.lemma === 'continue' && !/^\s*:\s*\uE000/.test(afterRaw) && !/\uE000[\s,]*(?:[^\s\uE000]+\s+){0,4}$/.test(before)
    && !(/,\s*(?:(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}|(?:he|she|they)\s+)$/u.test(before) && /^\s*(?:[.!?]|$)/.test(afterRaw))) return null;
  // `exit polling reported by CNN`: a participle with its agent modifies a noun; it is no cue
  if (/^\s+by\s/i.test(afterRaw) && /ed$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) return null;
  const afterBe = /\b(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(masked.slice(0, cue.word.start - base));
  // `is demanding that …` is a progressive cue; `was demanding but fair` is an adjective
  // (`is demanding President Ruiz resign`, `is asking the court to …`: a directive's listener opens the
  // clause; other verbs need a capitalised subject and a finite verb — no `that` needed; `she’s predicting that`, `is telling residents that`)
  if ((afterBe || /\b(?:he|she|it|they|we|you)[’'](?:s|re)\s+(?:\w+\s+)?$/i.test(masked.slice(0, cue.word.start - base))) && /ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && !/^\s*(?:that\b|[,:]?\s*\uE000)/i.test(afterRaw)
    && !(cue.lemma === 'call' && CALL_ON.test(afterRaw.trimStart())) && !(OBJECT_LEMMAS.has(cue.lemma) && /^\s+[^,.;:\uE000]{1,80}?\sthat\s/.test(afterRaw))
    && !(DIRECTIVE_LEMMAS.has(cue.lemma) || INFINITIVE_LEMMAS.has(cue.lemma) || cue.lemma === 'ask' ? /^\s+(?:\p{Lu}|(?:the|his|her|their|its|our)\s)/u : /^\s+\p{Lu}\p{Ll}+\s+(?:\p{Lu}\p{L}+\s+)?(?:is|was|are|were|has|had|would|will|could|should|can|must)\b/u).test(afterRaw)) return null;
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
    // passive: `was said to be …` is an agentless statement (not in a relative clause: `Saturday, which is expected to bring …`;
    // and `was invited to speak` is a request made of the subject, not something said about it)
    return /^\s+(?:to|as)\b/i.test(afterRaw) && !INFINITIVE_LEMMAS.has(cue.lemma)
      && !/\b(?:which|that|who)\s+(?:\w+\s+)?(?:was|were|is|are|been|being)\s+(?:\w+\s+)?$/i.test(masked.slice(0, cue.word.start - base)) ? passive(masked, base, cue) : null;
  }
  const skipped = skipAdverbials(afterRaw);
  const afterStart = cue.end + skipped + /^\s*/.exec(afterRaw.slice(skipped))![0].length;
  const after = masked.slice(afterStart - base);
  // `…, Rep. Ana Ruiz said during a vote on the bill.` / `…, she said, on condition of anonymity.`: a trailing adverbial ends the frame too
  const endOfSentence = /^[\s.!?;]*$/.test(after) || (TRAILING_ADVERBIAL.test(after.replace(/^,\s*/, '')) && !/\bthat\b/i.test(after) && !FINITE_VERB.test(after) && !(cue.lemma === 'call' && CALL_ON.test(after)));
  const beforeTrim = before.replace(/(?<!\s)\s+$/, '');
  // `Ruiz defended the plan, saying it would pass`: a participle's speaker is the main clause's subject
  // (also after a preposition, `opened the rally by saying …`, `aside from saying …`, and after a
  // message, `released a statement saying …`)
  const gerund = /ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base));
  // `… that explaining it to visitors takes …`, `Explaining it was hard`: a gerund opening a clause is its subject, no cue
  if (gerund && /(?:^|\b(?:that|which|because|if|when|and|but|or))\s*$/i.test(before)) return null;
  // `The mayor, explaining the delay, said …`: a participle set off before the main verb is an aside
  // (with a noun phrase only: `saying the delay was short,` is a statement of its own)
  const aside = gerund && /,\s*$/.test(before) ? ASIDE_BEFORE_VERB.exec(after) : null;
  if (aside && !FINITE_VERB.test(aside[1]) && !/\bthat\b/i.test(aside[1])) return null;
  if (gerund && (/(?:,|\b(?:by|from|after|before|without|while|upon|on))\s*$/.test(before) || MESSAGE_BEFORE.test(before))) {
    // (the subject is looked for before the cue only: `sued the county, saying that two permits were …`)
    // (failing that, the sentence's opening noun phrase: `Graham, a pastor who …, sued the board, contending that …`)
    const subject = prev?.speaker ?? subjectOf(masked.slice(0, cue.start - base), base) ?? speakerFallback(masked, base, cue);
    return subject && !endOfSentence ? complementFrame(masked, base, cue, afterStart, subject) : null;
  }
  // inverted: `…,” said X` / `…, said X, who …`; `…, said Lucan Ferreday, a program director.`: a name right after the cue speaks
  const namedAfter = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\.?\s*$)/u.test(after);
  // `…, said one of the bill’s sponsors, Rep. Ana Ruiz.`: "one of …" with no verb after it is the speaker (not an apposition before)
  const oneOfAfter = /^one of (?:the|its|his|her|their|our)\s/i.test(after) && !FINITE_VERB.test(after);
  const appositive = !namedAfter && !oneOfAfter && /,$/.test(beforeTrim) && !/\uE000/.test(beforeTrim) && hasNounPhraseTail(beforeTrim.slice(0, -1));
  // `…,” told the Oakhurst Review` names the listener, never an inverted speaker; `Said the captain, “…”` opens a sentence inverted
  const roleName = ROLE_BEFORE_NAME.exec(after);
  let np = (/[,:\uE000]$/.test(beforeTrim) || (!beforeTrim && /^[^\uE000]{2,160},\s*\uE000/.test(after))) && !appositive && !OBJECT_LEMMAS.has(cue.lemma) && (NP_START.test(after) || roleName) && !/^\s*that\b/i.test(after)
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
  // `CONTENT, Ana Ruiz told the Ledger on Monday.`: only the listener (and a time) follows a content-first cue
  const listenerOnly = OBJECT_LEMMAS.has(cue.lemma) && /,\s*$/.test(masked.slice(0, speaker.start - base)) && /^[^,;:\uE000]{1,60}?[.!?]?\s*$/.test(after)
    && !FINITE_VERB.test(after) && !/\b(?:that|to|whether|if|how|why|what)\b/i.test(after);
  // `…, city officials said on Tuesday, leaving commuters …`: participial narration follows the cue
  if (endOfSentence || listenerOnly || (skipped > 0 ? /^,?\s*[a-z]+ing\b/ : /^,\s*[a-z]+ing\b/).test(after) && !/^,?\s*(?:nothing|something|anything|everything|being|during)\b/.test(after)) {
    // content first: `CONTENT, the official said.` (or quotations before the cue)
    const lead = masked.slice(0, speaker.start - base).replace(/(?<![\s,])[\s,]+$/, '');
    if (!lead || /^[\s\uE000,]*$/.test(lead)) return { cue, speaker, content: null, shape: 'content-first', object: null };
    const listener = listenerOnly ? trimmed(base, afterStart - base, afterStart - base + after.replace(/(?<![.!?\s])[.!?\s]+$/, '').length, masked) : null;
    return { cue, speaker, content: trimClause(masked, base, { start: base + leadStart(masked, lead), end: base + lead.length }, true), shape: 'content-first', object: listener };
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

/** A complement that is a clause: a short subject, then a finite verb (`Ruiz was a threat`). */
const CLAUSE_COMPLEMENT = /^(?:(?:the|a|an|his|her|their|its)\s+)?(?:[\p{L}’'.-]+\s+){0,3}?(?:is|was|are|were|has|had|would|will|could|should|can|must|did|does)\s/iu;

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
    return content ? { cue: { ...cue, end: afterStart + callOn[0].trimEnd().length }, speaker, content, shape: 'speaker-first', object: null } : null;
  }
  // `found, in most towns, that …`: a comma-set adverbial before `that`
  // `wrote on Threadline, a riders' forum, that …`: a prepositional phrase with an aside of its own
  const setOff = /^\s*,[^,.;:\uE000]{1,40},\s*(?=that\s)/i.exec(masked.slice(cue.end - base)) ?? PREP_ASIDE.exec(masked.slice(cue.end - base));
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
  // `encouraged voters to turn out` is a request; `pressed the button` is not
  if (INFINITIVE_LEMMAS.has(cue.lemma) && !/^(?:[^\s,;:\uE000]+\s+){1,8}?(?:not\s+)?to\s+\p{Ll}/u.test(masked.slice(content.start - base, content.end - base))) return null;
  // "disclosed large losses", "found a leak": these verbs report something only with a clause
  if (CLAUSE_ONLY_LEMMAS.has(cue.lemma) && !DIRECTIVE_LEMMAS.has(cue.lemma) && !that && !/^\uE000/.test(masked.slice(content.start - base))
    && !FINITE_VERB.test(masked.slice(content.start - base, content.end - base).split(/\s+/).slice(0, 8).join(' '))) return null;
  // `questioned why …` reports a question's content; `questioned the plan` is a partial-quote frame
  // (`declared Ruiz was a threat`, `declared that …`: with a clause the verb reports indirect speech)
  if (PARTIAL_LEMMAS.has(cue.lemma) && !(cue.lemma === 'question' && /^(?:why|how|whether)\s/i.test(masked.slice(content.start - base)))
    && !CLAUSE_COMPLEMENT.test(masked.slice(content.start - base))) return { cue, speaker, content: null, shape: 'speaker-first', object };
  return { cue, speaker, content, shape: 'speaker-first', object };
}

/** Plain speech verbs after which `words “quote,” X said` is one mixed statement. */
const MIXED_LEMMAS = new Set(['say', 'tell', 'add', 'write', 'argue', 'explain', 'insist', 'warn', 'claim', 'acknowledge', 'recall', 'predict',
  'contend', 'assert', 'concede', 'admit', 'complain', 'reply', 'respond', 'counter', 'declare', 'stress', 'emphasize']);

/** `Not paying taxes “makes me smart,” Trump said`: words before the sentence's quotation make it mixed. */
function mixedLead(masked: string, base: number, end: number, cue: Cue): Span | null {
  const lead = masked.slice(0, end - base).replace(/(?<![\s,:;—–-])[\s,:;—–-]+$/, '');
  const firstMask = lead.indexOf(MASK);
  const words = lead.slice(leadStart(masked, lead), firstMask);
  const ok = firstMask > 0 && MIXED_LEMMAS.has(cue.lemma) && /\p{L}/u.test(words) && !hasCueWord(words) && !/[,:—–-]\s*$/.test(words)
    && !/^\s*(?:asked|when|while|if|as)\b/i.test(words) && /\uE000$/.test(lead);
  return ok ? trimClause(masked, base, { start: base + leadStart(masked, lead), end: base + lead.length }) : null;
}

/** Directives take an infinitive ("urged parents to call"), which is their content. */
const DIRECTIVE_LEMMAS = new Set(['want', 'urge', 'recommend', 'propose', 'demand', 'advise', 'promise', 'vow', 'pledge']);
function clauseBefore(masked: string, base: number, end: number): Span | null {
  const lead = leadStart(masked, masked.slice(0, end - base));
  return trimClause(masked, base, { start: base + lead, end }, true);
}

