// Name keys for alias clustering (08-aliases.ts): the forms under which two mentions of one thing
// compare equal ("The Acme Corp." ~ "Acme", "U.S. Congress" ~ "United States Congress"), and the
// small tables they use. Keys are case- and diacritic-folded, so case variants ("OKAFOR" ~ "Okafor")
// and accent variants ("Ángeles" ~ "Angeles") meet.
import type { Lexicons } from './lexicons.js';
import { INITIALS_SKIP } from './rules.js';

/**
 * Legal-form and corporate designators at the end of an organisation's name: "Acme Corp." is
 * "Acme". Lower-cased, without the final period. Source: the common English legal-form suffixes
 * (and the best-known foreign ones used in English news).
 */
export const ORG_DESIGNATORS = new Set([
  'corp', 'corporation', 'inc', 'incorporated', 'ltd', 'limited', 'co', 'company', 'llc', 'llp', 'plc', 'group',
  'holdings', 'ag', 'sa', 'gmbh', 'nv', 'bv', 'spa', 'pty', 'lp',
]);

export const fold = (s: string): string => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Words without a leading article and trailing commas: the part of a name that identifies it. */
function core(ws: readonly string[]): readonly string[] {
  let a = 0, b = ws.length;
  while (b > a + 1 && /^[,.]$/.test(ws[b - 1])) b--;
  if (b - a > 1 && /^the$/i.test(ws[a])) a++;
  return ws.slice(a, b);
}

/** The plain key: folded words, "the" dropped. */
export const nameKey = (ws: readonly string[]): string => fold(core(ws).join(' '));

/** A leading country alias of a multi-word name, as [canonical country, words after it]: "U.S. Navy" → ["United States", ["Navy"]]. */
export function countryPrefix(ws: readonly string[], lex: Lexicons): [string, readonly string[]] | null {
  const w = core(ws);
  const longest = Math.min(lex.firstTokens.get(w[0]) ?? 0, w.length - 1);
  for (let n = longest; n >= 1; n--) {
    const c = lex.phrases.get(w.slice(0, n).join(' '))?.find((p) => p.cls === 'country');
    if (c) return [c.canonical, w.slice(n)];
  }
  return null;
}

/**
 * Extra keys of a multi-word organisation (or other non-person) name: its content words when it has
 * function words ("Bank of the Northern Isles" ~ "Bank Northern Isles"), the name without a legal-form
 * designator ("Acme Corp." ~ "Acme"), and the part before a comma (a place's region, a company's legal form).
 */
export function variantKeys(ws: readonly string[]): string[] {
  const w = core(ws), out: string[] = [];
  const content = w.filter((x) => !INITIALS_SKIP.has(x.toLowerCase()) && x !== ',');
  if (w.length >= 3 && content.length >= 2 && content.length < w.length) out.push(`cw\u0000${fold(content.join(' '))}`);
  // "Cape Hope, Westland" ~ "Cape Hope"; "Acme Corporation, Inc." ~ "Acme Corporation"
  const comma = w.indexOf(',');
  if (comma > 0) out.push(fold(w.slice(0, comma).join(' ')));
  let b = w.length;
  while (b > 1 && (ORG_DESIGNATORS.has(w[b - 1].toLowerCase().replace(/\.$/, '')) || w[b - 1] === ',')) b--;
  if (b < w.length && b >= 1) out.push(fold(w.slice(0, b).join(' ')));
  return out;
}
