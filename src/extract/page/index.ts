// Scraped-text pages (no library does this): headline printed twice, section label, byline, date
// line, boilerplate, and a trailing related-stories rail split off as data. Also reads plain
// one-paragraph-per-line articles (headline on line 1) and "Key: value" headed scraper output.
import type { Message } from '../../doc.js';
import { emptyExtracted, type Extracted } from '../extracted.js';
import { parseByline } from './byline.js';
import { parseDate } from './dates.js';
import { readHeaderBlock } from './header-block.js';
import { sameText, toLines } from './lines.js';
import { readMasthead } from './masthead.js';
import { isRailLabel, splitRail } from './rail.js';
import { BOILERPLATE, STATED_READ_TIME } from './rules.js';

export function extractPage(raw: string): Extracted {
  const ex = emptyExtracted();
  const lines = toLines(raw);
  const header = readHeaderBlock(lines);
  const f = header.fields;
  const publisher = f.publisher ?? null;
  const knownTitle = f.title ? stripSiteSuffix(f.title, publisher) : null;
  const head = readMasthead(lines, header.next, knownTitle, f.subtitle ?? null);
  const rail = splitRail(lines, head.next);
  const removed: string[] = [];
  for (let i = head.next; i < rail.start; i++) {
    const line = lines[i];
    if (isFurniture(line) || (head.title && sameText(line, head.title)) || (f.title && sameText(line, f.title)) || (f.subtitle && sameText(line, f.subtitle))) {
      removed.push(line);
      continue;
    }
    ex.paragraphs.push(line);
  }
  const headerByline = f.author ? parseByline(`By ${f.author}`) : null;
  ex.title = head.title;
  ex.byline = head.byline?.names ?? headerByline?.names ?? [];
  ex.publisher = publisher ?? head.byline?.publisher ?? headerByline?.publisher ?? null;
  ex.publishedAt = head.date ?? (f.date ? parseDate(f.date) : null);
  ex.url = f.url && /^https?:\/\//i.test(f.url) ? f.url : null;
  ex.language = f.language && /^[a-z]{2}\b/i.test(f.language) ? f.language.slice(0, 2).toLowerCase() : null;
  ex.statedReadMinutes = head.statedReadMinutes;
  ex.related = rail.related;
  ex.messages = [...head.messages, ...notes(removed, rail.related.length)];
  return ex;
}

const isFurniture = (line: string) => BOILERPLATE.some((r) => r.test(line)) || STATED_READ_TIME.test(line) || isRailLabel(line);

/** "Headline - Site Name" → "Headline" when the site is the publisher. */
function stripSiteSuffix(title: string, publisher: string | null): string {
  if (!publisher) return title;
  const m = /^(.*\S)\s+[-–—|]\s+(.+)$/.exec(title);
  return m && sameText(m[2], publisher) ? m[1] : title;
}

function notes(removed: string[], related: number): Message[] {
  const out: Message[] = [];
  if (removed.length) out.push({ stage: 'extract', rule: 'page-furniture', reason: `removed ${removed.length} furniture line(s) from the body`, level: 'info' });
  if (related) out.push({ stage: 'extract', rule: 'related-rail', reason: `split off ${related} related stories`, level: 'info' });
  return out;
}
