// The top of a scraped page: headline (often printed twice), section label, byline, date line,
// the page's own read time and furniture, up to the first body paragraph.
import type { Message } from '../../doc.js';
import { parseBareName, parseByline, type Byline } from './byline.js';
import { parseDateLine } from './dates.js';
import { sameText } from './lines.js';
import { isRailLabel } from './rail.js';
import { BOILERPLATE, MAX_HEADER_LINES, MAX_TITLE_CHARS, MIN_BODY_CHARS, SECTION_WORDS, STATED_READ_TIME } from './rules.js';

export interface Masthead {
  title: string | null;
  byline: Byline | null;
  date: string | null;
  section: string | null;
  statedReadMinutes: number | null;
  /** first body line */
  next: number;
  messages: Message[];
}

/** Headlines are short: more words than this and the line is body text. */
const MAX_TITLE_WORDS = 35;

export function readMasthead(lines: readonly string[], from: number, knownTitle: string | null, knownSubtitle: string | null = null): Masthead {
  const out: Masthead = { title: knownTitle, byline: null, date: null, section: null, statedReadMinutes: null, next: from, messages: [] };
  let i = from;
  if (!knownTitle && i < lines.length && isTitle(lines[i], lines[i + 1])) out.title = lines[i++];
  let updated: string | null = null;
  const headerEnd = Math.min(lines.length, i + MAX_HEADER_LINES);
  for (; i < headerEnd; i++) {
    const line = lines[i];
    if (out.title && sameText(line, out.title)) continue; // the headline printed again
    if (knownSubtitle && sameText(line, knownSubtitle)) continue;
    const date = parseDateLine(line);
    if (date) {
      if (date.label === 'updated') updated ??= date.iso;
      else out.date ??= date.iso;
      continue;
    }
    const minutes = STATED_READ_TIME.exec(line);
    if (minutes) { out.statedReadMinutes ??= Number(minutes[1] ?? minutes[2]); continue; }
    if (BOILERPLATE.some((r) => r.test(line))) continue;
    const by = parseByline(line);
    if (by && by.names.length && !out.byline) { out.byline = by; if (by.date) out.date ??= by.date; continue; }
    if (isSectionLabel(line) && !out.section && !out.byline) { out.section = line; continue; }
    const bare = !out.byline && isHeaderNeighbour(lines, i) ? parseBareName(line) : null;
    if (bare) { out.byline = bare; continue; }
    if (isRailLabel(line)) continue;
    break;
  }
  if (!out.date && updated) {
    out.date = updated;
    out.messages.push({ stage: 'extract', rule: 'date-updated', reason: 'the page gives only an "Updated" time; used it as the publication date', level: 'info' });
  }
  out.next = i;
  return out;
}

/** A headline: short, and not a prose paragraph. Line 1 of a page is its headline unless long. */
function isTitle(line: string, next: string | undefined): boolean {
  if (line.length > MAX_TITLE_CHARS || line.split(/\s+/).length > MAX_TITLE_WORDS) return false;
  if (next !== undefined && sameText(line, next)) return true;
  return !parseDateLine(line) && !BOILERPLATE.some((r) => r.test(line));
}

function isSectionLabel(line: string): boolean {
  const t = line.toLowerCase().replace(/[›>»/|]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (SECTION_WORDS.has(t)) return true;
  // "World › Europe" breadcrumbs, or a one/two-word capitalised desk name without punctuation
  const parts = t.split(' ');
  return parts.length <= 3 && parts.every((p) => SECTION_WORDS.has(p)) || (/^\p{Lu}[\p{L}&]+$/u.test(line) && line.length <= 24);
}

/** A bare name counts as a byline only next to a date/read-time/byline line or right after the title. */
function isHeaderNeighbour(lines: readonly string[], i: number): boolean {
  const near = [lines[i - 1], lines[i + 1]].filter((l): l is string => l !== undefined);
  return near.some((l) => !!parseDateLine(l) || STATED_READ_TIME.test(l) || !!parseByline(l));
}

/** A line that reads like body text ends the header zone. */
export const isBodyLike = (line: string): boolean => line.length >= MIN_BODY_CHARS || /[.!?"”’]$/.test(line) && line.split(/\s+/).length >= 6;
