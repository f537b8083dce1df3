// Hand-written ANSI colours for the text report (no dependency needed for a handful of SGR codes).
import type { SourceType } from '../types.js';

// Bright blue/magenta stay readable on dark terminals; the same hues as the HTML report's palette.
const TYPE_SGR: Record<SourceType, string> = {
  named: '94',
  anonymous: '95',
  organization: '32',
  document: '33',
  unknown: '90',
};

export interface Paint {
  bold(s: string): string;
  dim(s: string): string;
  warn(s: string): string;
  /** colour for a source type; null (no source) is drawn like 'unknown' */
  type(t: SourceType | null, s: string): string;
}

const sgr = (code: string) => (s: string) => (s ? `\u001b[${code}m${s}\u001b[0m` : s);

const PLAIN: Paint = { bold: (s) => s, dim: (s) => s, warn: (s) => s, type: (_t, s) => s };

const COLOUR: Paint = {
  bold: sgr('1'),
  dim: sgr('2'),
  warn: sgr('33'),
  type: (t, s) => sgr(TYPE_SGR[t ?? 'unknown'] ?? TYPE_SGR.unknown)(s),
};

export const painter = (color: boolean): Paint => (color ? COLOUR : PLAIN);

/** Printed width of a string that may hold our own SGR codes (one column per code point). */
export const visibleWidth = (s: string): number => Array.from(s.replace(/\u001b\[[0-9;]*m/g, '')).length;

/**
 * Greedy word wrap. `first`/`rest` are line prefixes (they may carry colour); words longer than a
 * line are hard-broken so no line is wider than `width`.
 */
export function wrap(text: string, width: number, first = '', rest = first): string[] {
  const lines: string[] = [];
  const chunk = Math.max(1, width - Math.max(visibleWidth(first), visibleWidth(rest)));
  let prefix = first;
  let words: string[] = [];
  let used = visibleWidth(first);
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (const piece of chop(word, chunk)) {
      const w = visibleWidth(piece);
      if (words.length && used + 1 + w > width) {
        lines.push(prefix + words.join(' '));
        prefix = rest;
        words = [];
        used = visibleWidth(rest);
      }
      used += (words.length ? 1 : 0) + w;
      words.push(piece);
    }
  }
  if (words.length || lines.length === 0) lines.push(prefix + words.join(' '));
  return lines;
}

function chop(word: string, max: number): string[] {
  const cps = Array.from(word);
  // Never split inside our own colour codes; coloured words are short labels anyway.
  if (cps.length <= max || word.includes('\u001b')) return [word];
  const out: string[] = [];
  for (let i = 0; i < cps.length; i += max) out.push(cps.slice(i, i + max).join(''));
  return out;
}
