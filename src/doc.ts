// The Doc every pipeline stage reads and returns, and the span helpers. All offsets in a Doc are
// half-open UTF-16 ranges into doc.text; the only converters to contract spans live here.
import type { Entity, EntityType, InputKind, Quote, RelatedStory, Source, Sourcing, TextSpan, Value } from './types.js';

export type StageName = 'input' | 'extract' | 'text' | 'entities' | 'attribution' | 'profile' | 'output';

/** Who wrote a message: a stage, or the runner itself (e.g. `pipeline/time-budget`). */
export type MessageSource = StageName | 'pipeline';

/** How the input is read: a scraped page's text, HTML, an already clean body, or auto-detected. */
export type ReadAs = 'auto' | 'page' | 'html' | 'body';

export interface Span { start: number; end: number }

export interface Message {
  stage: MessageSource;
  rule: string;
  reason: string;
  /** info messages say which strategy won; they are not rendered as warnings */
  level?: 'warning' | 'info';
  span?: Span;
}

export interface InputInfo {
  kind: InputKind;
  uri: string | null;
  sha256: string;
  bytes: number;
  /** what the input was read as; 'auto' is resolved by the extract stage */
  readAs: ReadAs;
  /** media type of a fetched URL or a declared record, when known */
  contentType?: string | null;
  /** the URL the article came from (final URL after redirects), for relative links */
  url?: string | null;
}

export interface ArticleMeta {
  title: string | null;
  byline: readonly string[];
  publisher: string | null;
  publishedAt: string | null;
  language: string | null;
  url: string | null;
  statedReadMinutes: number | null;
  /** the body's paragraphs in doc.text */
  paragraphs: readonly Span[];
  related: readonly RelatedStory[];
}

/** One entity mention found by the entities stage: the name itself, without titles or honorifics. */
export interface Mention {
  start: number;
  end: number;
  type: EntityType;
  /** id of the Entity (in doc.entities) this mention belongs to */
  entity: string;
  /** honorifics, ranks and pre-name titles attached to this mention ("Gen.", "Secretary of State") */
  titles?: readonly Span[];
}

/** Token columns: column i is token i (see src/text). */
export interface Tokens {
  readonly count: number;
  readonly start: Uint32Array;
  readonly end: Uint32Array;
  readonly flags: Uint16Array;
  readonly sentence: Uint32Array;
  readonly paragraph: Uint32Array;
}

export interface Doc {
  readonly input: InputInfo;
  /** the decoded input */
  readonly raw: string;
  /** the article body once extracted ('' before); every Span points here */
  readonly text: string;
  readonly article?: ArticleMeta;
  readonly tokens?: Tokens;
  readonly sentences?: readonly Span[];
  readonly mentions?: readonly Mention[];
  readonly entities?: readonly Entity[];
  readonly values?: readonly Value[];
  readonly quotes?: readonly Quote[];
  readonly sources?: readonly Source[];
  readonly profile?: Sourcing;
  readonly messages: readonly Message[];
}

/** The contract span for [start, end) of text; clamps into bounds so the invariant always holds. */
export function toTextSpan(text: string, start: number, end: number): TextSpan {
  const s = Math.max(0, Math.min(start, text.length));
  const e = Math.max(s, Math.min(end, text.length));
  return { start: s, end: e, text: text.slice(s, e) };
}

/** True when span.text equals text.slice(span.start, span.end) and the range is in bounds. */
export function spanHolds(text: string, span: TextSpan): boolean {
  return span.start >= 0 && span.end >= span.start && span.end <= text.length
    && text.slice(span.start, span.end) === span.text;
}

/** Spans of non-blank lines separated by one or more newlines, trimmed of surrounding spaces. */
export function lineSpans(text: string): Span[] {
  const out: Span[] = [];
  let i = 0;
  while (i <= text.length) {
    let j = text.indexOf('\n', i);
    if (j < 0) j = text.length;
    let s = i, e = j;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e });
    i = j + 1;
  }
  return out;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 0xa0 || c === 0x2009 || c === 0x200b || c === 0xfeff;
}

export const addMessages = (doc: Doc, msgs: readonly Message[]): readonly Message[] =>
  msgs.length ? [...doc.messages, ...msgs] : doc.messages;
