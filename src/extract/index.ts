// The extract stage: raw input → article body (doc.text), paragraphs and metadata. Three readers:
// a scraped page's text (ours), HTML (Readability + page metadata) and an already clean body.
import type { Doc, Message, ReadAs, Span } from '../doc.js';
import { looksLikeHtml } from '../input/sniff.js';
import type { Stage } from '../pipeline.js';
import { extractBody } from './body.js';
import { guessLanguage } from './language.js';
import type { Extracted } from './extracted.js';
import { extractHtml } from './html/index.js';
import { extractPage } from './page/index.js';
import { capWarning, cutAt, MAX_BODY_CHARS, MAX_TEXT_CHARS } from './limits.js';

export const extract: Stage = {
  name: 'extract',
  requires: ['raw'],
  assigns: ['text', 'article'],
  run(doc, ctx) {
    const as = resolveReadAs(doc, ctx.options.readAs);
    // HTML has its own caps (html/caps.ts); text is cut here, before any line is scanned
    const capped: Message[] = [];
    let raw = doc.raw;
    if (as !== 'html' && raw.length > MAX_TEXT_CHARS) {
      raw = raw.slice(0, cutAt(raw, MAX_TEXT_CHARS));
      capped.push(capWarning('input-cap', 'the input', raw.length, doc.raw.length));
    }
    if (as === 'body') {
      const body = extractBody(raw);
      const meta = { ...metaOf(body.extracted), language: guessLanguage(raw) };
      return { ...doc, text: raw, article: { ...meta, paragraphs: body.paragraphs }, messages: [...doc.messages, ...capped, ...body.extracted.messages] };
    }
    const ex = as === 'html' ? extractHtml(raw, doc.input.url ?? urlOf(doc.input.uri), ctx.expired) : extractPage(raw);
    const joined = joinParagraphs(ex.paragraphs);
    let { text } = joined;
    const messages = [...doc.messages, ...capped, ...ex.messages];
    if (text.length > MAX_BODY_CHARS) {
      messages.push(capWarning('body-cap', 'the article body', cutAt(text, MAX_BODY_CHARS), text.length));
      text = text.slice(0, cutAt(text, MAX_BODY_CHARS));
    }
    const paragraphs = capSpans(joined.paragraphs, text.length);
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

/** Spans cut to a text of length n (those past it dropped). */
function capSpans(spans: readonly Span[], n: number): Span[] {
  const out: Span[] = [];
  for (const p of spans) {
    if (p.start >= n) break;
    out.push(p.end > n ? { start: p.start, end: n } : p);
  }
  return out;
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
