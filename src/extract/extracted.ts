// What every extractor (scraped-text page, HTML, clean body) hands to the extract stage.
import type { Message } from '../doc.js';
import type { RelatedStory } from '../types.js';

export interface Extracted {
  title: string | null;
  byline: string[];
  publisher: string | null;
  /** ISO 8601 date or date-time */
  publishedAt: string | null;
  /** ISO 639-1 */
  language: string | null;
  url: string | null;
  /** the page's own stated read time ("4 min read") */
  statedReadMinutes: number | null;
  /** body paragraphs, in order, each already trimmed and single-line */
  paragraphs: string[];
  related: RelatedStory[];
  messages: Message[];
}

export const emptyExtracted = (): Extracted => ({
  title: null, byline: [], publisher: null, publishedAt: null, language: null, url: null,
  statedReadMinutes: null, paragraphs: [], related: [], messages: [],
});
