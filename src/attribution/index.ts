// The attribution stage: every statement (direct, indirect, mixed, partial), its cue, its speaker
// and its source, resolved and typed, with relayed reporting.
import type { Mention, Span } from '../doc.js';
import type { Entity, Source } from '../types.js';
import { nameTokens } from './names.js';
import type { EntityTypeAt } from './06-speakers.js';
import type { Stage } from '../pipeline.js';
import { findQuotes, type QuoteSpan } from './01-quote-marks.js';
import { splitSentences, type Sentence } from './02-sentences.js';
import { byPosition, findStatements, type RawStatement } from './05-statements.js';
import { findNested } from './08-nested.js';
import { resolveSources } from './07-sources.js';
import { toParc, withTagged } from './parc.js';
import { firstIndex } from './search.js';

/** The tagger's type for a name: the mention covering most of [start, end). */
function entityTypeAt(mentions: readonly Mention[]): EntityTypeAt {
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  return (start, end) => {
    // the mentions starting before `end` (binary search), walked back while they still reach `start`: names do
    // not overlap, so their ends are sorted too (one scan from the first mention per call was quadratic)
    const lo = firstIndex(sorted.length, (i) => sorted[i].start < end);
    let best: Mention | null = null, bestOverlap = 0;
    for (let k = lo - 1; k >= 0 && sorted[k].end > start; k--) {
      const m = sorted[k], overlap = Math.min(end, m.end) - Math.max(start, m.start);
      if (overlap > bestOverlap) { best = m; bestOverlap = overlap; }
    }
    return best && bestOverlap * 2 >= end - start ? best.type : null;
  };
}

/** The sentence containing offset at (sentences are sorted and disjoint): a binary search. */
function sentenceAt(sentences: readonly Span[], at: number): Span | undefined {
  let lo = 0, hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1, s = sentences[mid];
    if (at < s.start) hi = mid - 1;
    else if (at >= s.end) lo = mid + 1;
    else return s;
  }
  return undefined;
}

/** A source is the entity whose mention lies inside one of its mentions, or whose name it bears. */
function linkEntities(sources: readonly Source[], entities: readonly Entity[]): Source[] {
  return sources.map((s) => {
    if (!s.name || s.type === 'anonymous' || s.type === 'unknown') return s;
    const keys = nameTokens(s.name);
    const hit = entities.find((e) => (e.type === 'PERSON') === (s.type === 'named')
      && (e.mentions.some((m) => s.mentions.some((sm) => sm.start <= m.start && m.end <= sm.end && keys.some((k) => nameTokens(m.text).includes(k))))
        || (keys.length > 0 && keys.every((k) => nameTokens(e.name).includes(k)))));
    return hit ? { ...s, entity: hit.id } : s;
  });
}

/** What the rules find: quotations, sentences and statements (outer and nested, by position). */
export function ruleStatements(text: string, paragraphs: readonly Span[], expired?: () => boolean): { quotes: QuoteSpan[]; sentences: Sentence[]; statements: RawStatement[] } {
  const quotes = findQuotes(text, paragraphs);
  const sentences = splitSentences(text, paragraphs, quotes);
  const outer = findStatements(text, sentences, quotes, expired);
  const statements = [...outer, ...findNested(text, outer, quotes)].sort(byPosition);
  return { quotes, sentences, statements };
}

export const attribution: Stage = {
  name: 'attribution',
  requires: ['text', 'article'],
  assigns: ['quotes', 'sources'],
  run(doc, ctx) {
    const paragraphs = doc.article?.paragraphs ?? [];
    const { quotes, sentences, statements: rules } = ruleStatements(doc.text, paragraphs, ctx.expired);
    const statements = ctx.attributions === 'parc' ? withTagged(doc.text, paragraphs, sentences, quotes, rules, ctx.expired) : rules;
    const sentenceOf = (at: number): Span => sentenceAt(sentences, at) ?? { start: at, end: at };
    const quoted = quotes.filter((q) => q.depth === 0).map((q) => ({ start: q.start, end: q.end }));
    const resolved = resolveSources(doc.text, statements, sentenceOf, quoted, entityTypeAt(doc.mentions ?? []));
    if (ctx.attributions !== 'parc') return { ...doc, quotes: resolved.quotes, sources: linkEntities(resolved.sources, doc.entities ?? []) };
    // the sources of statements PARC leaves out (nested, bare partial quotes) go with them
    const parcQuotes = toParc(doc.text, resolved.quotes), cited = new Set(parcQuotes.flatMap((q) => [...q.sources, ...(q.relayedVia ? [q.relayedVia] : [])]));
    return { ...doc, quotes: parcQuotes, sources: linkEntities(resolved.sources.filter((s) => cited.has(s.id)), doc.entities ?? []) };
  },
};
