// "Key: value" blocks some scrapers put above the page text (Headline:/Date:/Publisher:, or a
// ===== fenced Title/Author/Date/URL block).
import { HEADER_KEYS } from './rules.js';

export interface HeaderBlock {
  fields: Partial<Record<(typeof HEADER_KEYS)[string], string>>;
  /** index of the first line after the block */
  next: number;
}

const KEY_LINE = /^([A-Za-z][A-Za-z ]{0,20}?)\s*:\s*(\S.*)$/;
const FENCE = /^(?:={3,}|-{3,}|\*{3,})$/;
/** A block needs at least this many recognised keys, so "Update: ..." prose is not a header. */
const MIN_KEYS = 2;

export function readHeaderBlock(lines: readonly string[]): HeaderBlock {
  const fields: HeaderBlock['fields'] = {};
  let i = 0, keys = 0;
  for (; i < lines.length; i++) {
    if (FENCE.test(lines[i])) continue;
    const m = KEY_LINE.exec(lines[i]);
    const key = m ? HEADER_KEYS[m[1].trim().toLowerCase()] : undefined;
    if (!m || !key) break;
    fields[key] ??= m[2].trim();
    keys++;
  }
  return keys >= MIN_KEYS ? { fields, next: i } : { fields: {}, next: 0 };
}
