// Doc → Analysis (the contract). Every field is present even before the stage that fills it exists.
import type { Doc, Message } from '../doc.js';
import { sourcingOf } from '../profile/index.js';
import { SCHEMA_ID, type Analysis } from '../types.js';

/** Reading speed for the computed read time. */
const WORDS_PER_MINUTE = 230;

export function toAnalysis(doc: Doc): Analysis {
  const a = doc.article;
  const wordCount = countWords(doc.text);
  const quotes = [...(doc.quotes ?? [])];
  const sources = [...(doc.sources ?? [])];
  const analysis: Analysis = {
    schema: SCHEMA_ID,
    input: { kind: doc.input.kind, uri: doc.input.uri, sha256: doc.input.sha256, bytes: doc.input.bytes },
    article: {
      title: a?.title ?? null,
      text: doc.text,
      paragraphs: (a?.paragraphs ?? []).map((p) => ({ start: p.start, end: p.end })),
      byline: [...(a?.byline ?? [])],
      publisher: a?.publisher ?? null,
      url: a?.url ?? doc.input.url ?? null,
      publishedAt: a?.publishedAt ?? null,
      language: a?.language ?? null,
      wordCount,
      readMinutes: wordCount ? Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE)) : 0,
      statedReadMinutes: a?.statedReadMinutes ?? null,
      related: (a?.related ?? []).map((r) => ({ ...r })),
    },
    entities: [...(doc.entities ?? [])],
    sources,
    quotes,
    sourcing: doc.profile ?? sourcingOf(quotes, sources),
    warnings: doc.messages.filter((m) => m.level !== 'info').map(formatMessage),
  };
  if (doc.values) analysis.values = [...doc.values];
  return analysis;
}

export const formatMessage = (m: Message): string => `${m.stage}/${m.rule}: ${m.reason}`;

export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.\-]*/gu);
  return m ? m.length : 0;
}
