// The related-stories rail at the end of a scraped page: title / date / "N min" lines (the date or
// the minutes may be missing), optionally under a label ("Related Stories", "More in Health").
import type { RelatedStory } from '../../types.js';
import { parseDateLine } from './dates.js';
import { BOILERPLATE, MAX_RAIL_TITLE_CHARS, RAIL_LABELS, RAIL_MINUTES } from './rules.js';

export interface Rail { start: number; related: RelatedStory[] }

/** Without a label, a rail needs this many dated/timed entries to be told apart from the body. */
const MIN_UNLABELLED_ENTRIES = 2;
/** A label further than this from the end does not open a rail. */
const MAX_LABELLED_RAIL_LINES = 60;

/** Where the rail starts (lines[start..] are not body) and its entries in page order. */
export function splitRail(lines: readonly string[], from: number): Rail {
  const none: Rail = { start: lines.length, related: [] };
  let end = lines.length;
  while (end > from && isFurniture(lines[end - 1])) end--;
  const timed = timedEntries(lines, from, end);
  let start = timed.start;
  let related = timed.related;
  if (related.length < MIN_UNLABELLED_ENTRIES && !(related.length === 1 && related[0].date && related[0].readMinutes != null)) {
    start = end; related = [];
  }
  // a label right above the timed entries belongs to the rail; otherwise look for a labelled,
  // undated rail in the last lines
  let k = start;
  while (k > from && isFurniture(lines[k - 1])) k--;
  if (k > from && isRailLabel(lines[k - 1])) return { start: k - 1, related };
  if (related.length) return { start, related };
  const label = findLabel(lines, from, end);
  if (label < 0) return none;
  const entries = untimedEntries(lines.slice(label + 1, end));
  return entries ? { start: label, related: entries } : none;
}

function timedEntries(lines: readonly string[], from: number, end: number): Rail {
  const related: RelatedStory[] = [];
  let i = end - 1;
  let start = end;
  while (i >= from) {
    let j = i;
    let minutes: number | null = null;
    let date: string | null = null;
    const m = RAIL_MINUTES.exec(lines[j]);
    if (m) { minutes = Number(m[1]); j--; }
    const d = j >= from ? parseDateLine(lines[j]) : null;
    if (d) { date = d.iso.slice(0, 10); j--; }
    if ((minutes === null && date === null) || j < from || !isRailTitle(lines[j])) break;
    related.unshift({ title: lines[j], date, readMinutes: minutes });
    start = j;
    i = j - 1;
    while (i >= from && isFurniture(lines[i])) i--; // "Advertisement" between entries
  }
  return { start, related };
}

/** Entries of a labelled rail: titles, each optionally followed by a date and/or minutes line. */
function untimedEntries(lines: readonly string[]): RelatedStory[] | null {
  const out: RelatedStory[] = [];
  for (const line of lines) {
    if (isFurniture(line)) continue;
    const m = RAIL_MINUTES.exec(line);
    const d = parseDateLine(line);
    const last = out[out.length - 1];
    if (m && last && last.readMinutes == null) last.readMinutes = Number(m[1]);
    else if (d && last && last.date == null) last.date = d.iso.slice(0, 10);
    else if (isRailTitle(line)) out.push({ title: line, date: null, readMinutes: null });
    else return null; // a body-like line: this was not a rail
  }
  return out.length ? out : null;
}

function findLabel(lines: readonly string[], from: number, end: number): number {
  for (let i = end - 1; i >= Math.max(from, end - MAX_LABELLED_RAIL_LINES); i--) {
    if (isRailLabel(lines[i])) return i;
  }
  return -1;
}

export const isRailLabel = (line: string): boolean => RAIL_LABELS.some((r) => r.test(line.replace(/(?<![:\s])[:\s]+$/, '')));

// read-time lines are not furniture here: "5 min read" closes a rail entry
const isFurniture = (line: string): boolean => BOILERPLATE.some((r) => r.test(line));

/** A headline-like line: short, not a date or time line, not ending like a prose sentence. */
function isRailTitle(line: string): boolean {
  if (line.length > MAX_RAIL_TITLE_CHARS || line.length < 3) return false;
  if (RAIL_MINUTES.test(line) || parseDateLine(line) || isRailLabel(line) || isFurniture(line)) return false;
  return !/[a-z][.;,]$/.test(line);
}
