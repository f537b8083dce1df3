// The output contract: ../shared/contract/analysis.schema.json (schema id newslens/analysis@1).
// Fields may be added here; none may be renamed.

export const SCHEMA_ID = 'newslens/analysis@1' as const;

export type InputKind = 'text' | 'html' | 'url' | 'feed-item' | 'warc-record' | 'jsonl-record';
export type EntityType =
  | 'PERSON' | 'ORG' | 'GPE' | 'LOC' | 'NORP' | 'FAC' | 'EVENT' | 'WORK' | 'LAW' | 'PRODUCT' | 'MISC';
export type SourceType = 'named' | 'anonymous' | 'organization' | 'document' | 'unknown';
export type QuoteKind = 'direct' | 'indirect' | 'mixed' | 'partial';
export type ValueType = 'DATE' | 'TIME' | 'MONEY' | 'PERCENT' | 'QUANTITY';

/** A span of article.text: [start, end) in UTF-16 code units; text === article.text.slice(start, end). */
export interface TextSpan { start: number; end: number; text: string }

export interface RelatedStory {
  title: string;
  url?: string | null;
  /** ISO 8601 date */
  date?: string | null;
  readMinutes?: number | null;
}

export interface Article {
  title: string | null;
  /** the body only, paragraphs joined by a blank line */
  text: string;
  paragraphs: { start: number; end: number }[];
  byline: string[];
  publisher: string | null;
  url?: string | null;
  publishedAt: string | null;
  language: string | null;
  wordCount: number;
  readMinutes: number;
  /** the page's own "N min read", when it states one */
  statedReadMinutes?: number | null;
  related: RelatedStory[];
}

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  titles?: string[];
  roles?: string[];
  acronym?: string | null;
  mentions: EntityMention[];
}

/**
 * A mention of an entity: its name; or, with a `kind`, a reference that is no name of its own:
 * 'title', an office standing for a person named elsewhere ("the Secretary"); 'nested', a place
 * named inside a longer name ("Norland" in "Bank of Norland").
 */
export interface EntityMention extends TextSpan {
  kind?: 'title' | 'nested';
}

export interface Source {
  id: string;
  type: SourceType;
  name: string | null;
  descriptor: string | null;
  entity: string | null;
  mentions: TextSpan[];
  relayed?: boolean;
}

export interface Quote {
  id: string;
  kind: QuoteKind;
  content: TextSpan;
  cue: TextSpan | null;
  speakerMention: TextSpan | null;
  sources: string[];
  confidence?: number;
  relayedVia?: string | null;
  nested?: boolean;
}

export interface Sourcing {
  attributedStatements: number;
  bySourceType: Record<string, number>;
  anonymousShare?: number;
  relayedFrom?: string[];
}

export interface Value {
  type: ValueType;
  span: TextSpan;
  value?: string | number | null;
  unit?: string | null;
}

export interface Analysis {
  schema: typeof SCHEMA_ID;
  input: { kind: InputKind; uri: string | null; sha256: string; bytes: number };
  article: Article;
  entities: Entity[];
  sources: Source[];
  quotes: Quote[];
  sourcing: Sourcing;
  warnings: string[];
  values?: Value[];
}
