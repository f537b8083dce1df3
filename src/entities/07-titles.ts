// Titles and roles of person mentions. Titles are the honorifics, ranks and capitalised offices just
// before the name ("Gen.", "Secretary of State"); roles are offices and descriptions from those
// titles, from a lower-case descriptor before the name ("former Guardian columnist X") and from
// an apposition after it ("X, commander of CENTCOM,").
import type { Span } from '../doc.js';
import { isCap, isSentFirst, type TokenView } from './01-view.js';
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import { APPOSITION_BLOCKERS, MAX_APPOSITION_TOKENS, MAX_ROLE_TOKENS, ROLE_HEADS, ROLE_STOPS, TITLE_LINKERS } from './rules.js';

export interface Decoration { titles: Span[]; roles: string[]; /** first token of the earliest title */ from: number }

/** Capitalised words allowed before a role head inside a title: "Defense Secretary", "Assistant Secretary". */
const MAX_TITLE_MODIFIERS = 2;
/** Honorifics stacked before one name ("Lt. Gen. Dr."): a bound, so "Mr. Mr. Mr. …" stays linear. */
const MAX_STACKED_TITLES = 4;
const isWord = (w: string) => /^[\p{L}\p{N}]/u.test(w);
/** Words that open sentences without being part of a title before a name (with ROLE_STOPS). */
const OPENERS = new Set([...ROLE_STOPS, 'so', 'now', 'yet', 'still', 'meanwhile', 'today', 'yesterday', 'here', 'there', 'thus', 'however',
  'later', 'earlier', 'instead', 'since', 'if', 'because', 'although', 'though', 'once', 'meanwhile', 'last', 'this', 'that', 'these', 'those']);
/** A spelled-out office word ("Secretary", "President"): it may carry modifiers ("Defense Secretary"); abbreviations ("Gen.") may not. */
const isOffice = (w: string) => /^\p{Lu}\p{Ll}+$/u.test(w) && ROLE_HEADS.has(w.toLowerCase());
const ENDS = new Set([',', '.', ';', ')', '(', '—', '–', ':', '!', '?', '"', '“', '”']);

export function decorate(c: Chunk, v: TokenView, gz: readonly GzMatch[], gzEndingAt: ReadonlyMap<number, GzMatch>): Decoration {
  const titles: Span[] = [], roles: string[] = [];
  const text = (a: number, b: number) => v.text.slice(v.start[a], v.end[b - 1]);
  const span = (a: number, b: number): Span => ({ start: v.start[a], end: v.end[b - 1] });
  const s0 = v.sentStart[v.sentOf[c.start]];
  let cursor = c.start;
  // 1. honorifics and ranks directly before the name; an office word ("Secretary") is left to 2, which takes its modifiers too
  for (let m = gzEndingAt.get(cursor); m && titles.length < MAX_STACKED_TITLES && m.phrases.some((p) => p.cls === 'title') && m.start >= s0 && !isOffice(v.words[m.end - 1]); m = gzEndingAt.get(cursor)) {
    titles.unshift(span(m.start, m.end));
    if (ROLE_HEADS.has(v.words[m.end - 1].toLowerCase()) && /^\p{Lu}\p{Ll}/u.test(v.words[m.end - 1])) roles.unshift(text(m.start, m.end));
    cursor = m.start;
  }
  // 2. a capitalised office before that: [Modifier]{0,2} Head [of [the] Object…]
  let a = cursor;
  while (a > s0 && cursor - a < MAX_ROLE_TOKENS) {
    const w = v.words[a - 1];
    if (!(isCap(v, a - 1) && isWord(w)) && !TITLE_LINKERS.has(w)) break;
    a--;
  }
  let head = -1;
  for (let i = a; i < cursor; i++) if (isCap(v, i) && ROLE_HEADS.has(v.words[i].toLowerCase())) { head = i; break; }
  if (head >= 0) {
    let h = head;
    // a sentence's first word is no modifier when it is a function word ("So Secretary …", "The Minister …")
    while (h > a && head - h < MAX_TITLE_MODIFIERS && isCap(v, h - 1) && !(isSentFirst(v, h - 1) && OPENERS.has(v.words[h - 1].toLowerCase()))) h--;
    titles.unshift(span(h, cursor));
    roles.unshift(text(h, cursor));
    cursor = h;
  } else if (cursor > s0 && ROLE_HEADS.has(v.words[cursor - 1]) && !isCap(v, cursor - 1)) {
    // 3. a lower-case descriptor ending in a role noun: "former Guardian columnist X"
    let b = cursor - 1;
    while (b > s0 && cursor - b < MAX_ROLE_TOKENS && isWord(v.words[b - 1]) && !ROLE_STOPS.has(v.words[b - 1].toLowerCase())) b--;
    roles.unshift(text(b, cursor));
  }
  // 4. an apposition: "X, commander of the 4th Fleet," / "X, the newly named Deputy Director of …."
  const s1 = v.sentEnd[v.sentOf[c.start]];
  if (c.end + 1 < s1 && v.words[c.end] === ',') {
    let i = c.end + 1;
    while (i < s1 && /^(the|a|an)$/i.test(v.words[i])) i++;
    const from = i;
    while (i < s1 && !ENDS.has(v.words[i]) && i - from < MAX_APPOSITION_TOKENS) i++;
    const firstWord = v.words[from]?.toLowerCase() ?? '';
    const closed = i >= s1 || ENDS.has(v.words[i]);
    let hasHead = false;
    for (let k = from; k < Math.min(i, from + 6); k++) if (ROLE_HEADS.has(v.words[k].toLowerCase())) hasHead = true;
    if (i > from && closed && hasHead && !APPOSITION_BLOCKERS.has(firstWord)) roles.push(text(from, i));
  }
  return { titles, roles, from: cursor };
}
