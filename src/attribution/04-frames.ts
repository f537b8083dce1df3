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
  /** the listener after told/urged… ("told The Daily Ledger") */
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
    const prev = frames[frames.length - 1];
    const f = cue.lemma === 'according to' ? accordingTo(masked, base, cue) : frameFor(masked, base, cue, prev);
    if (f && f.shape !== 'passive') for (let i = frames.length - 1; i >= 0; i--) if (frames[i].shape === 'passive' && frames[i].content && cue.start >= frames[i].content!.start && cue.end <= frames[i].content!.end) frames.splice(i, 1);
    if (f) frames.push(f);
  }
  return frames;
}

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
  if (afterBe && /ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && !/^\s*(?:that\b|[,:]?\s*\uE000)/i.test(afterRaw)) return null;
  if (afterBe && !/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base))) {
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
  const endOfSentence = /^[\s.!?;]*$/.test(after) || (TRAILING_ADVERBIAL.test(after) && !/\bthat\b/i.test(after) && !FINITE_VERB.test(after));
  const beforeTrim = before.replace(/(?<!\s)\s+$/, '');
  // `Ruiz defended the plan, saying it would pass`: a participle's speaker is the main clause's subject
  if (/ing$/i.test(masked.slice(cue.word.start - base, cue.word.end - base)) && /,\s*$/.test(masked.slice(0, cue.start - base))) {
    // (the subject is looked for before the cue only: `sued the county, saying that two permits were …`)
    const subject = prev?.speaker ?? subjectOf(masked.slice(0, cue.start - base), base);
    return subject && !endOfSentence ? complementFrame(masked, base, cue, afterStart, subject) : null;
  }
  // inverted: `…,” said X` / `…, said X, who …`
  // `…, said Brian Arredondo, a program director.`: a name right after the cue is the speaker
  const namedAfter = /^(?:(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Prof|Rev)\.?\s+)?\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){1,3}\s*(?:,|\.?\s*$)/u.test(after);
  const appositive = !namedAfter && /,$/.test(beforeTrim) && !/\uE000/.test(beforeTrim) && hasNounPhraseTail(beforeTrim.slice(0, -1));
  // `…,” told the Sentinel Project` names the listener, never an inverted speaker
  if (/[,:\uE000]$/.test(beforeTrim) && !appositive && !OBJECT_LEMMAS.has(cue.lemma) && NP_START.test(after) && !/^\s*that\b/i.test(after)) {
    const np = npAfter(after, afterStart);
    // `…, said it was one of the worst` is a clause after the cue, not an inverted speaker
    if (np && !isNounPhrase(masked.slice(np.start - base, np.end - base), true)) return null;
    const contentEnd = base + beforeTrim.replace(/[,:]$/, '').length;
    const content = /\uE000$/.test(beforeTrim) ? mixedLead(masked, base, cue.start, cue) : clauseBefore(masked, base, contentEnd);
    return np ? { cue, speaker: np, content, shape: 'inverted', object: null } : null;
  }
  // `X called it “…” and said …`: the second verb shares the first one's speaker
  const shared = prev?.speaker && /^[\s,\uE000]*(?:and|but)\s+$/i.test(masked.slice(prev.cue.end - base, cue.start - base).replace(/^[^\uE000]*\uE000+/, ''))
    ? prev.speaker : null;
  let speaker = npBefore(masked, base, cue) ?? shared;
  if (!speaker) return null;
  const quoteBefore = /\uE000[\s,:;—–-]*$/.test(masked.slice(0, speaker.start - base));
  if (quoteBefore && !/^\s*(?:that\b|[,:]?\s*\uE000)/i.test(after)) {
    const mixed = mixedLead(masked, base, speaker.start, cue);
    const listener = OBJECT_LEMMAS.has(cue.lemma) ? trimmed(base, afterStart - base, afterStart - base + after.replace(/(?<![.!?\s])[.!?\s]+$/, '').length, masked) : null;
    return { cue, speaker, content: mixed, shape: 'content-first', object: listener };
  }
  // `…, city officials said on Tuesday, leaving commuters …`: participial narration follows the cue
  if (endOfSentence || (skipped > 0 ? /^,?\s*[a-z]+ing\b/ : /^,\s*[a-z]+ing\b/).test(after) && !/^,?\s*(?:nothing|something|anything|everything|being)\b/.test(after)) {
    // content first: `CONTENT, the official said.` (or quotations before the cue)
    const lead = masked.slice(0, speaker.start - base).replace(/(?<![\s,])[\s,]+$/, '');
    if (!lead || /^[\s\uE000,]*$/.test(lead)) return { cue, speaker, content: null, shape: 'content-first', object: null };
    return { cue, speaker, content: trimClause(masked, base, { start: base + leadStart(masked, lead), end: base + lead.length }), shape: 'content-first', object: null };
  }
  const paren = /^(?:(?:me|us|him|her|them|reporters)\s*)?,\s*\S/i.exec(after);
  const spText = masked.slice(speaker.start - base, speaker.end - base);
  if (paren && !/^[^,]*,\s*\uE000/.test(after) && spText.includes(', ')) {
    // `Trump, military sources also tell me, is …`: the speaker is after the last comma
    const cut = spText.lastIndexOf(', ') + 2;
    speaker = { start: speaker.start + cut, end: speaker.end };
  }
  const lead = masked.slice(0, speaker.start - base);
  if (paren && !/^[^,]*,\s*\uE000/.test(after) && /,\s*$/.test(lead) && /\S/.test(lead.replace(/,\s*$/, ''))) {
    // parenthetical: `The plan, three members said, was rewritten` → the whole sentence
    const whole = trimClause(masked, base, { start: base + leadStart(masked, masked), end: base + masked.length });
    return { cue, speaker, content: whole, shape: 'parenthetical', object: null };
  }
  return complementFrame(masked, base, cue, afterStart, speaker);
}

/** A speaker-first frame: the cue's complement (past `that` and a listener) is the content. */
function complementFrame(masked: string, base: number, cue: Cue, afterStart: number, speaker: Span): Frame | null {
  let contentStart = afterStart;
  let object: Span | null = null;
  // `found, in most towns, that …`: a comma-set adverbial before `that`
  const setOff = /^\s*,[^,.;:\uE000]{1,40},\s*(?=that\s)/i.exec(masked.slice(cue.end - base));
  if (setOff) contentStart = cue.end + setOff[0].length;
  // `noted in his usual whisper that …` (read from the cue: adverbial skipping may have cut the phrase)
  const prep = /^(?:[^,.;:\uE000]{0,60}?\s)??(?=that\s)/i.exec(masked.slice(cue.end - base));
  if (!setOff && prep && prep[0].trim() && PREP_BRIDGE.test(prep[0]) && !FINITE_VERB.test(prep[0])) contentStart = cue.end + prep[0].length;
  const rest = masked.slice(contentStart - base);
  const that = /^(?:[^,.;:\uE000]{0,80}?\s)??that\s/i.exec(rest);
  const bridge = that ? that[0].slice(0, -5) : '';
  if (that && (bridge.trim() === '' || PREP_BRIDGE.test(bridge) || (OBJECT_LEMMAS.has(cue.lemma) && bridge.split(/\s+/).length <= 8) || skipAdverbials(bridge) >= bridge.trim().length) && !FINITE_VERB.test(bridge)) {
    if (that[0].trim() !== 'that') object = trimmed(base, contentStart - base, contentStart - base + that[0].length - 5, masked);
    contentStart += that[0].length;
  } else if (OBJECT_LEMMAS.has(cue.lemma) && cue.lemma !== 'urge' && cue.lemma !== 'warn' && cue.lemma !== 'advise') {
    const obj = /^\s*(?!\s)([^,.;:\uE000]{1,80}?)(?=\s+(?:the|a|an|it|he|she|they|we|i|there|this|his|her|their|its|no|some|[\d])\b|\s*[,:]\s*\uE000)/i.exec(rest);
    // `tell me the same thing: it's in the queue` — what was told follows the colon
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
  if (PARTIAL_LEMMAS.has(cue.lemma) && !(cue.lemma === 'question' && /^(?:why|how|whether)\s/i.test(masked.slice(content.start - base)))) return { cue, speaker, content: null, shape: 'speaker-first', object };
  return { cue, speaker, content, shape: 'speaker-first', object };
}

function accordingTo(masked: string, base: number, cue: Cue): Frame | null {
  const after = masked.slice(cue.end - base);
  const np = /^\s*([^,;\uE000]+?)(?=\s*(?:,|;|\.\s*$|$))/.exec(after);
  if (!np) return null;
  const speaker = trimmed(base, cue.end - base, cue.end - base + np[0].length, masked);
  const before = masked.slice(0, cue.start - base).replace(/(?<![\s,])[\s,]+$/, '');
  const lead = leadStart(masked, before);
  if (before.length > lead) {
    // `CONTENT, according to X.` or `X, according to Y, Z` (then the whole sentence)
    const tail = masked.slice(cue.end - base + np[0].length);
    // `The plan, according to X, was rewritten` → the whole sentence; `CLAUSE, according to X, in part
    // because …` → the clause
    if (/^\s*,\s*\S/.test(tail) && isNounPhrase(before.slice(lead)) && !isNounPhrase(tail.replace(/^\s*,\s*/, '').replace(/(?<![.\s])[.\s]+$/, ''), true)) {
      return { cue, speaker, content: trimClause(masked, base, { start: base + lead, end: base + masked.length }), shape: 'according-to', object: null };
    }
    return { cue, speaker, content: trimClause(masked, base, { start: base + lead, end: base + before.length }), shape: 'according-to', object: null };
  }
  const comma = cue.end - base + np[0].length;
  const content = trimClause(masked, base, { start: base + comma + (/^\s*,/.exec(masked.slice(comma))?.[0].length ?? 0), end: base + masked.length });
  return content ? { cue, speaker, content, shape: 'according-to', object: null } : null;
}

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


/** A prepositional phrase running to the sentence's end after the cue. */
const TRAILING_ADVERBIAL = /^(?:during|at|in|on|after|before|from|over|via|through|throughout|outside|inside|near|following|amid)\s[^,;:\uE000]{1,80}$/i;

/** Directives take an infinitive ("urged parents to call"), which is their content. */
const DIRECTIVE_LEMMAS = new Set(['want', 'urge', 'recommend', 'propose', 'demand', 'advise', 'promise', 'vow', 'pledge']);
function clauseBefore(masked: string, base: number, end: number): Span | null {
  const lead = leadStart(masked, masked.slice(0, end - base));
  return trimClause(masked, base, { start: base + lead, end });
}

/** `noted in his usual whisper that …`: a short prepositional phrase between the cue and `that`. */
const PREP_BRIDGE = /^\s*(?:in|at|on|during|with|by|over|after|before|to)\s+(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+\s*$/u;

/** Content without surrounding spaces, a leading "that", a final full stop or a trailing comma. */
function trimClause(masked: string, base: number, span: Span): Span | null {
  let s = span.start - base, e = span.end - base;
  while (s < e && /[\s,:;—–-]/.test(masked[s])) s++;
  // a leading complementiser goes; a sentence's own first word ("That criticism was …") stays
  if (s > 0 && /^that\s/i.test(masked.slice(s, e))) s += 5;
  while (e > s && /\s/.test(masked[e - 1])) e--;
  if (e > s && /[.;,:!?]/.test(masked[e - 1]) && !/(?<![A-Za-z.])(?:[A-Za-z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd|St|a\.m|p\.m)\.$/.test(masked.slice(s, e))) e--;
  while (e > s && /[\s,]/.test(masked[e - 1])) e--;
  // participial narration after the content is left out
  // (a reporting participle after the content starts a statement of its own: `…, adding that …`)
  const narr = /,\s+(?:making|prompting|leaving|bringing|raising|marking|sending|forcing|causing|pushing|putting|ending|capping|adding|saying|noting|arguing|insisting|explaining|claiming|acknowledging|asserting|stating|suggesting|accusing|telling|urging|predicting|recalling|declaring|promising|vowing|conceding|warning)\b/i.exec(masked.slice(s, e));
  if (narr) e = s + narr.index;
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
