// Byline strings → person names: "By Jane Doe and John Roe | The Ledger" → ["Jane Doe", "John Roe"].
import { squash } from './dom.js';
import {
  BYLINE_NOT_AUTHOR, BYLINE_OUTLET, BYLINE_PLACE, BYLINE_PREFIX, BYLINE_ROLE_WORDS, BYLINE_SPLIT,
  MAX_NAME_WORDS, NAME_PARTICLES,
} from './rules.js';

/** Longer "bylines" are prose or a bio, not a list of names. */
const MAX_BYLINE_INPUT = 300;

/** A single name longer than this is a sentence. */
const MAX_NAME_CHARS = 60;

/** The names in one byline string; outlet (the publisher) is dropped when it appears as a name. */
export function splitByline(raw: string | null | undefined, outlet: string | null = null): string[] {
  let s = squash(raw);
  if (!s || s.length > MAX_BYLINE_INPUT || /^(?:https?:|www\.)/i.test(s)) return [];
  s = s.replace(BYLINE_PREFIX, '');
  const cut = BYLINE_OUTLET.exec(s);
  if (cut) s = s.slice(0, cut.index);
  const out: string[] = [];
  for (let piece of s.split(BYLINE_SPLIT)) {
    piece = piece.replace(BYLINE_PREFIX, '').replace(BYLINE_PLACE, '').replace(/^[\s.,:;-]+|[\s.,:;-]+$/g, '');
    if (BYLINE_NOT_AUTHOR.test(piece) || !isName(piece) || sameOutlet(piece, outlet)) continue;
    if (!out.some((n) => n.toLowerCase() === piece.toLowerCase())) out.push(piece);
  }
  return out;
}

/** Names from several byline strings, in order, without repeats. */
export function mergeNames(lists: readonly string[][]): string[] {
  const out: string[] = [];
  for (const list of lists) for (const n of list) if (!out.some((o) => o.toLowerCase() === n.toLowerCase())) out.push(n);
  return out;
}

function isName(s: string): boolean {
  if (!s || s.length > MAX_NAME_CHARS || /[\d@<>{}[\]=_#]/.test(s)) return false;
  if (BYLINE_ROLE_WORDS.test(s)) return false;
  const words = s.split(' ');
  return words.length <= MAX_NAME_WORDS && /^\p{Lu}/u.test(words[0])
    && words.every((w) => /^[\p{Lu}'’]/u.test(w) || NAME_PARTICLES.has(w));
}

const bare = (s: string): string => s.toLowerCase().replace(/^the /, '').replace(/[^\p{L}\p{N}]+/gu, '');

function sameOutlet(name: string, outlet: string | null): boolean {
  return !!outlet && bare(name) === bare(outlet);
}
