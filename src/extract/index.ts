// The extract stage: raw input → article body (doc.text), paragraphs and metadata. Three readers:
// a scraped page's text (ours), HTML (Readability + page metadata) and an already clean body.
import type { Doc, ReadAs, Span } from '../doc.js';
import { looksLikeHtml } from '../input/sniff.js';
import type { Stage } from '../pipeline.js';
import { extractBody } from './body.js';
import { guessLanguage } from './language.js';
import type { Extracted } from './extracted.js';
import { extractHtml } from './html/index.js';
import { extractPage } from './page/index.js';

export const extract: Stage = {
  name: 'extract',
  requires: ['raw'],
  assigns: ['text', 'article'],
  run(doc, ctx) {
    const as = resolveReadAs(doc, ctx.options.readAs);
    if (as === 'body') {
      const body = extractBody(doc.raw);
      const meta = { ...metaOf(body.extracted), language: guessLanguage(doc.raw) };
      return { ...doc, text: doc.raw, article: { ...meta, paragraphs: body.paragraphs }, messages: [...doc.messages, ...body.extracted.messages] };
    }
    const ex = as === 'html' ? extractHtml(doc.raw, doc.input.url ?? urlOf(doc.input.uri)) : extractPage(doc.raw);
    const { text, paragraphs } = joinParagraphs(ex.paragraphs);
    const messages = [...doc.messages, ...ex.messages];
    if (!text) messages.push({ stage: 'extract', rule: 'empty-body', reason: 'no article body found', level: 'warning' });
    const language = ex.language ?? guessLanguage(text);
    return { ...doc, text, article: { ...metaOf(ex), language, paragraphs }, messages };
  },
};

function resolveReadAs(doc: Doc, option: ReadAs): Exclude<ReadAs, 'auto'> {
  const as = doc.input.readAs !== 'auto' ? doc.input.readAs : option;
  if (as !== 'auto') return as;
  return doc.input.kind === 'html' || looksLikeHtml(doc.raw) ? 'html' : 'page';
}

/** Paragraphs joined by a blank line, with their offsets. */
export function joinParagraphs(paras: readonly string[]): { text: string; paragraphs: Span[] } {
  const paragraphs: Span[] = [];
  let text = '';
  for (const p of paras) {
    if (!p) continue;
    if (text) text += '\n\n';
    paragraphs.push({ start: text.length, end: text.length + p.length });
    text += p;
  }
  return { text, paragraphs };
}

function metaOf(ex: Extracted) {
  return {
    title: ex.title, byline: ex.byline, publisher: ex.publisher, publishedAt: ex.publishedAt,
    language: ex.language, url: ex.url, statedReadMinutes: ex.statedReadMinutes, related: ex.related,
  };
}

const urlOf = (uri: string | null): string | null => (uri && /^https?:\/\//i.test(uri) ? uri : null);
