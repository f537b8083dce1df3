// The Store interface every backend implements (SQLite now; PostgreSQL later, issue 8). Methods are
// async so a networked backend fits the same shape; SQLite simply resolves at once.
import type { Analysis, InputKind } from '../index.js';

/** What is known about a record before analysis: where it came from and its research metadata. */
export interface RecordMeta {
  /** sha256 (hex) of the record's input bytes: the resume key */
  key: string;
  /** the key its failure would be stored under in `errors` (see RecordError.key) */
  errorKey: string;
  /** the record's own id (JSONL id field, WARC-Record-ID, feed guid) or its location */
  id: string;
  /** where it was read: `file`, `file:line`, `file@offset`, `feed#item` */
  input: string;
  kind: InputKind;
  outlet?: string | null;
  url?: string | null;
  publishedAt?: string | null;
  title?: string | null;
}

export interface StoredArticle { meta: RecordMeta; analysis: Analysis }

/** A record that could not be analysed (corrupt line, truncated WARC record, empty file, ...). */
export interface RecordError {
  /** sha256 of input location + record bytes, so equal corrupt bytes in two places stay two rows */
  key: string;
  id: string;
  input: string;
  code: string;
  message: string;
}

export type StatsGroup = 'outlet' | 'month';

export interface TypeCounts { named: number; anonymous: number; organization: number; document: number; unknown: number }

export interface StatsRow {
  outlet?: string;
  month?: string;
  articles: number;
  statements: number;
  bySourceType: TypeCounts;
  /** anonymous statements / all statements (0 when there are none) */
  anonymousShare: number;
}

export interface StatsResult {
  articles: number;
  errors: number;
  statements: number;
  bySourceType: TypeCounts;
  anonymousShare: number;
  topSources: { name: string; type: string; statements: number; articles: number }[];
  topRelayed: { outlet: string; statements: number; articles: number }[];
  /** one row per group when grouped, else absent */
  groups?: StatsRow[];
}

/** One row of the quotes export: a statement with its article and source. */
export interface QuoteRow {
  articleKey: string; recordId: string; outlet: string | null; url: string | null; publishedAt: string | null; title: string | null;
  quoteId: string; kind: string; content: string; cue: string | null; speaker: string | null;
  sourceId: string | null; sourceType: string; sourceName: string | null; descriptor: string | null;
  relayedVia: string | null; nested: boolean; confidence: number | null; start: number; end: number;
}

/** A destination for batch results (the store, or a JSONL file). */
export interface Sink {
  /** the keys among these that this sink already holds (article keys or error keys) */
  known(keys: readonly string[]): Promise<Set<string>>;
  /** writes one committed batch atomically (all or nothing) */
  write(articles: readonly StoredArticle[], errors: readonly RecordError[]): Promise<void>;
  close(): Promise<void>;
}

/** One stored article in a listing. */
export interface ArticleSummary {
  key: string; recordId: string; outlet: string | null; url: string | null; publishedAt: string | null;
  title: string | null; byline: string | null; wordCount: number; statements: number; anonymousShare: number | null;
}

export interface ArticlePage { total: number; offset: number; limit: number; items: ArticleSummary[] }

export interface Store extends Sink {
  readonly backend: string;
  stats(opts: { by?: readonly StatsGroup[]; top?: number }): Promise<StatsResult>;
  quotes(): AsyncIterable<QuoteRow>;
  /** stored articles in input order, optionally of one outlet */
  articles(opts: { limit: number; offset: number; outlet?: string | null }): Promise<ArticlePage>;
  /** one stored article with its full analysis, or null */
  article(key: string): Promise<{ summary: ArticleSummary; analysis: Analysis } | null>;
}
