// HTML → Extracted. Order: resource caps (else a flat, DOM-free read) → parse → JSON-LD and
// <meta> → related rails read and cut out → page metadata → body strict → loose → tidy.
// Never throws: every problem becomes a message, and an unexpected failure falls back to the
// flat read.
import type { Message } from '../../doc.js';
import { emptyExtracted, type Extracted } from '../extracted.js';
import { splitByline } from './byline.js';
import { overCaps } from './caps.js';
import { normalizeDate } from './dates.js';
import { type DomDocument, parseDocument, selectAll } from './dom.js';
import { flatExtract } from './flat.js';
import { readJsonLd } from './json-ld.js';
import { absoluteUrl, canonicalUrl, metaMap, readMetadata } from './metadata.js';
import { extractBody } from './readability.js';
import { findRails, readRelated, removeRails } from './related.js';
import { tidyParagraphs } from './tidy.js';

/** `expired` is the run's budget check: once it says so, no further body strategy is tried. */
export function extractHtml(html: string, url: string | null, expired: () => boolean = () => false): Extracted {
  const src = typeof html === 'string' ? html : '';
  const pageUrl = absoluteUrl(url, null);
  try {
    const why = overCaps(src);
    if (why) return flat(src, pageUrl, [warn('html-caps', `${why}; read as flat text, without the DOM`)]);
    return fromDom(src, pageUrl, expired);
  } catch (e) {
    const reason = `HTML reader failed (${e instanceof Error ? e.message.slice(0, 200) : String(e)}); read as flat text`;
    return flat(src, pageUrl, [warn('html-failed', reason)]);
  }
}

function fromDom(html: string, pageUrl: string | null, expired: () => boolean): Extracted {
  const messages: Message[] = [];
  const doc = parseDocument(html);
  const ld = readJsonLd(selectAll(doc, 'script[type*="ld+json" i]').map((s) => s.textContent ?? ''));
  messages.push(...ld.messages);
  const meta = metaMap(doc);
  const base = canonicalUrl(doc, meta, ld.article, pageUrl);
  const rails = findRails(doc);
  const related = readRelated(rails, base);
  removeRails(rails);
  const pm = readMetadata(doc, meta, ld.article, pageUrl);
  const fresh = (): DomDocument => {
    const d = parseDocument(html);
    removeRails(findRails(d));
    return d;
  };
  const body = extractBody(doc, fresh, messages, expired);
  const publisher = pm.publisher ?? body.siteName;
  const byline = pm.byline.length ? pm.byline : splitByline(body.byline, publisher);
  const title = pm.title;
  const paragraphs = tidyParagraphs(body.paragraphs, { title, byline });
  if (!title) messages.push(info('no-title', 'no headline found in JSON-LD, OpenGraph, <h1> or <title>'));
  if (!byline.length) messages.push(info('no-byline', 'no author found in JSON-LD, <meta>, rel=author or the page'));
  return {
    ...emptyExtracted(),
    title,
    byline,
    publisher,
    publishedAt: pm.publishedAt ?? normalizeDate(body.publishedTime),
    language: pm.language,
    url: pm.url,
    statedReadMinutes: pm.statedReadMinutes,
    paragraphs,
    related,
    messages,
  };
}

function flat(html: string, pageUrl: string | null, messages: Message[]): Extracted {
  let read: { title: string | null; paragraphs: string[] } = { title: null, paragraphs: [] };
  try {
    read = flatExtract(html);
  } catch {
    messages.push(warn('html-flat-failed', 'even the flat text read failed; no body'));
  }
  const paragraphs = read.title ? tidyParagraphs(read.paragraphs, { title: read.title, byline: [] }) : read.paragraphs;
  messages.push(info('html-strategy', `body from flat text scan (${paragraphs.length} paragraphs)`));
  return { ...emptyExtracted(), title: read.title, url: pageUrl, paragraphs, messages };
}

const warn = (rule: string, reason: string): Message => ({ stage: 'extract', rule, reason, level: 'warning' });
const info = (rule: string, reason: string): Message => ({ stage: 'extract', rule, reason, level: 'info' });
