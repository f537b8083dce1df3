// The PARC convention (PolNeAR, PARC3) over the newslens statements: a quotation interrupted by its
// cue is one attribution whose content runs from the first stretch to the last, and the PARC tagger
// (parc-tagger.ts, trained on PolNeAR) adds the attributions PARC counts beyond speech: beliefs,
// intentions, evaluations, acts ("endorsed", "criticized", "believes", "polls show").
import type { Span } from '../doc.js';
import type { Quote } from '../types.js';
import type { QuoteSpan } from './01-quote-marks.js';
import type { Sentence } from './02-sentences.js';
import { byPosition, make, type RawStatement } from './05-statements.js';
import { taggerInputs, type ParcToken } from './parc-features.js';
import { parcModel } from './parc-model.js';
import { attributionsOf, decode, type TaggedAttribution } from './parc-tagger.js';
import { firstIndex } from './search.js';

/** Two stretches further apart than this are two attributions, even with the same source. */
const MAX_GAP_CHARS = 120;

/** The statements as PARC attributions: interrupted quotes joined, nested statements and bare partial quotes left out. */
export function toParc(text: string, quotes: readonly Quote[]): Quote[] {
  const out: Quote[] = [];
  for (const q of quotes) {
    // PARC is univocal: an attribution inside another's content is not one of its own (on PolNeAR train
    // 9% of our nested statements matched gold); a partial quote the tagger did not widen is only the
    // quoted words, where PARC's content is the clause around them (13% matched)
    if (q.nested || q.kind === 'partial') continue;
    const prev = out[out.length - 1];
    if (prev && continues(text, prev, q)) {
      const content = { start: prev.content.start, end: q.content.end, text: text.slice(prev.content.start, q.content.end) };
      out[out.length - 1] = { ...prev, kind: prev.kind === q.kind ? prev.kind : 'mixed', content };
    } else out.push(q);
  }
  return out.map((q, i) => ({ ...q, id: `q${i + 1}` }));
}

/** q is the next stretch of prev's quotation: quoted, same sources, same paragraph, close behind. */
function continues(text: string, prev: Quote, q: Quote): boolean {
  if (prev.kind !== 'direct' && prev.kind !== 'mixed') return false;
  if (q.kind !== 'direct' && q.kind !== 'mixed') return false;
  if (q.content.start < prev.content.end || q.content.start - prev.content.end > MAX_GAP_CHARS) return false;
  if (!prev.sources.length || prev.sources.join() !== q.sources.join()) return false;
  // one cue, between them: "…," she said, "…" (the second stretch carries the first's cue)
  const cue = prev.cue;
  if (!cue || q.cue?.start !== cue.start || cue.start < prev.content.end || cue.end > q.content.start) return false;
  const gap = text.slice(prev.content.end, q.content.start);
  // a second act between them ("…," he said, adding, "…") makes the second stretch its own attribution
  if (gap.includes('\n') || /,[^\p{L}\p{N}]{0,6}\s\p{Ll}+ing\b/u.test(gap)) return false;
  // the joined span carries the cue and speaker between the stretches: only a short aside keeps it
  // the same attribution by overlap ("…," she said, "…" rather than a speaker with a long description)
  return wordCount(gap) * 10 <= 3 * (wordCount(prev.content.text) + wordCount(q.content.text));
}

const wordCount = (s: string): number => s.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;

/** Rule statements plus the PARC tagger's attributions that the rule statements leave mostly
 *  uncovered (beliefs, intentions, evaluations, acts the rules do not read as speech), in text order.
 *  Past the time budget the paragraphs not yet tagged are left to the rules. */
export function withTagged(
  text: string, paragraphs: readonly Span[], sentences: readonly Sentence[], quotes: readonly QuoteSpan[], rules: readonly RawStatement[],
  expired: () => boolean = () => false,
): RawStatement[] {
  const model = parcModel();
  if (!model) return [...rules];
  const added: RawStatement[] = [];
  const quoted = quotes.map((q) => ({ start: q.open, end: q.close }));
  const partials = rules.filter((r) => r.kind === 'partial');
  const cover = coverage(text.length, rules);
  const inputs = taggerInputs(text, paragraphs, sentences, quotes);
  for (let n = 0; n < inputs.length && !expired(); n++) {
    const p = inputs[n];
    const margins: number[] = [];
    const labels = decode(p.tokens, p.feats, p.sentenceStarts, model, undefined, margins);
    for (const a of attributionsOf(text, p.tokens, labels, p.sentenceStarts, quoted)) {
      if (widenPartial(partials, a)) continue;
      if ((cover[a.content.end] - cover[a.content.start]) * 2 > a.content.end - a.content.start) continue;
      if (wordCount(text.slice(a.content.start, a.content.end)) < MIN_TAGGED_WORDS) continue;
      const isQuoted = quoted.some((q) => q.start <= a.content.start && a.content.end <= q.end);
      const lemma = a.cue ? text.slice(a.cue.start, a.cue.end).toLowerCase() : null;
      const margin = meanMargin(p.tokens, margins, a.content);
      if (margin < MIN_TAGGED_MARGIN) continue;
      added.push(make(isQuoted ? 'direct' : 'indirect', a.content, a.cue, lemma, a.source, n, TAGGED_CONFIDENCE * margin / (margin + MARGIN_SCALE)));
    }
  }
  return [...rules, ...added].sort(byPosition);
}

/**
 * PARC's content of a partial quote is the clause around the quoted words (`called the plan "a
 * gamble"` has content `the plan "a gamble"`), which the tagger finds and the rules do not: on PolNeAR
 * dev the tagger's span matched 19 times where the rule's quoted words did once. True when it widened one.
 */
function widenPartial(partials: readonly RawStatement[], a: TaggedAttribution): boolean {
  const r = partials.find((x) => overlap(x.content, a.content) > 0 && a.content.start <= x.content.start && x.content.end <= a.content.end + 1);
  if (r) { r.content = a.content; r.kind = 'mixed'; }
  return !!r;
}

/** Tagged contents of one or two words are mostly stray labels: 8% of them matched PolNeAR dev gold. */
const MIN_TAGGED_WORDS = 3;

/** A tagged attribution's confidence grows with the tagger's mean margin over its content (best label's
 *  score minus the runner-up's) towards this ceiling: always below the rules' speech frames (0.5–0.9). */
const TAGGED_CONFIDENCE = 0.45;
/** The margin at which the confidence reaches half the ceiling (tagged contents' margins run ~5–60). */
const MARGIN_SCALE = 10;
/** Tagged attributions with a lower mean margin are dropped: on PolNeAR dev the lowest tenth (margin
 *  under ~15) matched gold 18% of the time, and dropping them raised content F1 from 69.0 to 69.6. */
const MIN_TAGGED_MARGIN = 15;

/** The mean decision margin over the tokens of `span` (tokens sorted: a binary search to its first). */
function meanMargin(tokens: readonly ParcToken[], margins: readonly number[], span: Span): number {
  let sum = 0, count = 0;
  for (let i = firstIndex(tokens.length, (k) => tokens[k].start < span.start); i < tokens.length && tokens[i].end <= span.end; i++) { sum += margins[i]; count++; }
  return count ? sum / count : 0;
}

/** cover[i]: how many of the characters before i some rule statement's content covers (the stretches
 *  of one quotation together), so that any span's coverage is one subtraction. */
function coverage(length: number, rules: readonly RawStatement[]): Int32Array {
  const edges = new Int32Array(length + 1);
  for (const r of rules) { edges[Math.min(r.content.start, length)]++; edges[Math.min(r.content.end, length)]--; }
  const cover = new Int32Array(length + 1);
  for (let i = 0, open = 0; i < length; i++) { open += edges[i]; cover[i + 1] = cover[i] + (open > 0 ? 1 : 0); }
  return cover;
}

const overlap = (a: Span, b: Span): number => Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
