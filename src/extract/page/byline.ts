// Byline lines: "By Name", "By A, B and C", "By Name, Health Reporter", "Name | Outlet",
// "Name; Outlet Reporter", and the bare "Firstname Lastname" line some pages print.
import { parseDateLine } from './dates.js';
import { BYLINE_ROLE, OUTLET_HINT, SECTION_WORDS } from './rules.js';

export interface Byline { names: string[]; publisher: string | null; date: string | null }

const BY = /^(?:by|written by|words by|story by|reporting by|from)\s*:?\s+(?=\S)/i;
const NAME_PARTICLES = new Set(['de', 'da', 'del', 'della', 'der', 'den', 'van', 'von', 'la', 'le', 'du', 'dos', 'das', 'bin', 'ibn', 'al', 'el', 'y', 'st.', 'mc', 'ter']);
const NAME_TOKEN = /^(?:\p{Lu}[\p{L}\p{M}'’]*(?:[-‐]\p{Lu}?[\p{L}\p{M}'’]+)*\.?|\p{Lu}\.(?:\p{Lu}\.)*|(?:al|el)-\p{Lu}[\p{L}\p{M}'’]+)$/u;
/** Names have two to five words (particles aside). */
const MIN_NAME_WORDS = 2;
const MAX_NAME_WORDS = 5;

// Leading spaces in these patterns start only where a run of spaces starts ((?<!\s)): otherwise
// a long run of spaces costs O(n²) (test/redos.test.ts); the matches are the same.
/** A byline when the line starts with "By"/"Reporting by" or has the "Name | Outlet" shape. */
export function parseByline(line: string): Byline | null {
  const t = line.trim();
  if (BY.test(t)) return splitByline(t.replace(BY, ''));
  if (/[|•·]/.test(t)) {
    const [first] = t.split(/(?:(?<!\s)\s*)?[|•·]\s*/);
    if (first && isPersonName(first)) return splitByline(t);
  }
  return null;
}

/** A bare name line ("Ysolde Fairbairn"): only trusted next to the headline's date/byline zone. */
export function parseBareName(line: string): Byline | null {
  const parts = line.split(/(?:(?<!\s)\s*)?(?:,|(?<=\s)(?:and|&)(?=\s))\s*/).filter(Boolean);
  if (!parts.length || !parts.every(isPersonName)) return null;
  return { names: parts, publisher: null, date: null };
}

function splitByline(rest: string): Byline {
  const out: Byline = { names: [], publisher: null, date: null };
  const [namesPart, ...tail] = rest.split(/(?:(?<!\s)\s*)?(?:[|•·;]|\s[-–—]\s)\s*/);
  for (const t of tail) {
    const d = parseDateLine(t);
    if (d) out.date ??= d.iso;
    else if (!BYLINE_ROLE.test(t) || OUTLET_HINT.test(t)) out.publisher ??= stripRole(t);
  }
  const chunks = (namesPart ?? '').split(/(?:(?<!\s)\s*)?,\s*/).filter(Boolean);
  for (const chunk of chunks) {
    if (BYLINE_ROLE.test(chunk) && !OUTLET_HINT.test(chunk)) continue; // "Health Reporter"
    const names = chunk.split(/(?<!\s)\s+(?:and|&)\s+/i).map((s) => s.trim()).filter(Boolean);
    for (const n of names) {
      if (isPersonName(n) || out.names.length === 0 && !OUTLET_HINT.test(n)) out.names.push(n);
      else if (OUTLET_HINT.test(n)) out.publisher ??= n;
    }
  }
  return out;
}

const stripRole = (s: string) => s.replace(/(?<!\s)\s+(?:staff\s+)?(?:reporter|correspondent|writer|editor)s?$/i, '').trim() || s;

/** Two to five capitalised words (initials and particles allowed), no digits, not a desk name. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (!t || /\d/.test(t) || t.length > 60 || SECTION_WORDS.has(t.toLowerCase())) return false;
  const words = t.split(/\s+/);
  let nameWords = 0;
  for (const w of words) {
    if (NAME_PARTICLES.has(w.toLowerCase())) continue;
    if (!NAME_TOKEN.test(w)) return false;
    if (SECTION_WORDS.has(w.toLowerCase()) && words.length <= 2) return false;
    nameWords++;
  }
  if (nameWords < MIN_NAME_WORDS || nameWords > MAX_NAME_WORDS) return false;
  return !OUTLET_HINT.test(t);
}
