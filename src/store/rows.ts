// Analysis → table rows. Quotes carry their first source's type and name so stats need no joins
// beyond articles; whatever the contract holds (empty arrays included) maps to rows.
import type { Analysis, Source } from '../index.js';
import type { RecordMeta } from './store.js';

export interface ArticleRow {
  key: string; content_sha256: string; record_id: string; input: string; kind: string;
  outlet: string | null; url: string | null; published_at: string | null; month: string | null;
  title: string | null; byline: string | null; language: string | null;
  word_count: number; statements: number; anonymous_share: number | null; analysed_at: string;
}

export type EntityRow = [key: string, id: string, type: string, name: string, mentions: number];
export type SourceRow = [key: string, id: string, type: string, name: string | null, descriptor: string | null,
  entity: string | null, relayed: number, mentions: number];
export type QuoteRowTuple = [key: string, ord: number, id: string, kind: string, content: string, start: number, end: number,
  cue: string | null, speaker: string | null, sourceId: string | null, sourceType: string, sourceName: string | null,
  descriptor: string | null, relayedVia: string | null, nested: number, confidence: number | null];

export function articleRow(meta: RecordMeta, a: Analysis, now: string): ArticleRow {
  const publishedAt = meta.publishedAt ?? a.article.publishedAt ?? null;
  return {
    key: meta.key, content_sha256: a.input.sha256, record_id: meta.id, input: meta.input, kind: meta.kind,
    outlet: meta.outlet ?? a.article.publisher ?? hostOf(meta.url ?? a.article.url ?? null),
    url: meta.url ?? a.article.url ?? null,
    published_at: publishedAt, month: monthOf(publishedAt),
    title: a.article.title ?? meta.title ?? null,
    byline: a.article.byline.length ? a.article.byline.join('; ') : null,
    language: a.article.language, word_count: a.article.wordCount,
    statements: a.quotes.length, anonymous_share: a.sourcing.anonymousShare ?? null, analysed_at: now,
  };
}

export const entityRows = (key: string, a: Analysis): EntityRow[] =>
  a.entities.map((e) => [key, e.id, e.type, e.name, e.mentions.length]);

export const sourceRows = (key: string, a: Analysis): SourceRow[] =>
  a.sources.map((s) => [key, s.id, s.type, s.name, s.descriptor, s.entity, s.relayed ? 1 : 0, s.mentions.length]);

export function quoteRows(key: string, a: Analysis): QuoteRowTuple[] {
  const byId = new Map<string, Source>(a.sources.map((s) => [s.id, s]));
  return a.quotes.map((q, i) => {
    const src = q.sources.length ? byId.get(q.sources[0]) : undefined;
    return [key, i, q.id, q.kind, q.content.text, q.content.start, q.content.end, q.cue?.text ?? null,
      q.speakerMention?.text ?? null, src?.id ?? q.sources[0] ?? null, src?.type ?? 'unknown', src?.name ?? null,
      src?.descriptor ?? null, relayedName(q.relayedVia ?? null, byId), q.nested ? 1 : 0, q.confidence ?? null];
  });
}

/** relayedVia holds the id of a relayed source (the outlet or reporter); stats want its name. */
function relayedName(id: string | null, byId: Map<string, Source>): string | null {
  if (!id) return null;
  const s = byId.get(id);
  return s?.name ?? s?.descriptor ?? id;
}

export const relayRows = (key: string, a: Analysis): [string, string][] =>
  [...new Set(a.sourcing.relayedFrom ?? [])].map((o) => [key, o]);

/** YYYY-MM when the date starts with an ISO year and month. */
export function monthOf(date: string | null): string | null {
  const m = date ? /^(\d{4})-(\d{2})/.exec(date) : null;
  return m ? `${m[1]}-${m[2]}` : null;
}

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
