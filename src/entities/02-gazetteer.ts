// Gazetteer matches over the tokens: the longest phrase from the lexicons starting at each token.
// Each token gets the classes of the match covering it and its position in it (B I L U).
import type { TokenView } from './01-view.js';
import { GZ, longestFrom, phrasesOf, type GzClass, type Lexicons, type Phrase } from './lexicons.js';

export interface GzMatch { start: number; end: number; phrases: readonly Phrase[] }

/** Longest-first, left-to-right, non-overlapping matches (token ranges [start, end)). */
export function matchGazetteer(v: TokenView, lex: Lexicons): GzMatch[] {
  const out: GzMatch[] = [];
  const { words, n } = v;
  for (let i = 0; i < n; ) {
    const maxLen = longestFrom(lex, words[i]);
    let found: GzMatch | null = null;
    if (maxLen !== undefined) {
      const lim = Math.min(maxLen, v.sentEnd[v.sentOf[i]] - i);
      let key = '';
      const keys: string[] = [];
      for (let k = 0; k < lim; k++) { key = k ? `${key} ${words[i + k]}` : words[i]; keys.push(key); }
      for (let k = lim; k >= 1; k--) {
        const p = phrasesOf(lex, keys[k - 1]);
        if (p) { found = { start: i, end: i + k, phrases: p }; break; }
      }
    }
    if (found) { out.push(found); i = found.end; } else i++;
  }
  return out;
}

/** Per token: 1 where a match of class `cls` covers it. */
export function classMask(n: number, matches: readonly GzMatch[], cls: GzClass): Uint8Array {
  const at = new Uint8Array(n);
  for (const m of matches) if (m.phrases.some((p) => p.cls === cls)) at.fill(1, m.start, m.end);
  return at;
}

/** The matches of class `cls` by their first token (matches do not overlap: one a start). */
export function matchesByStart(matches: readonly GzMatch[], cls: GzClass): Map<number, GzMatch> {
  const by = new Map<number, GzMatch>();
  for (const m of matches) if (m.phrases.some((p) => p.cls === cls)) by.set(m.start, m);
  return by;
}

/** Per token: the gazetteer classes of the match covering it (bit GZ.indexOf(cls)) | its position (B I L U = 0..3) << 16; 0 = none. */
export function gazetteerCodes(n: number, matches: readonly GzMatch[]): Uint32Array {
  const codes = new Uint32Array(n);
  for (const m of matches) {
    const len = m.end - m.start;
    let bits = 0;
    for (const p of m.phrases) bits |= 1 << GZ.indexOf(p.cls);
    for (let i = m.start; i < m.end; i++) {
      const pos = len === 1 ? 3 : i === m.start ? 0 : i === m.end - 1 ? 2 : 1;
      codes[i] = (bits | (pos << 16)) >>> 0;
    }
  }
  return codes;
}
