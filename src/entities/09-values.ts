// DATE and MONEY values: the tagger finds the spans; here they get a normalised value where the
// text states one (ISO 8601 date or partial date; a number and an ISO 4217 unit for money).
import { CURRENCIES, SCALES } from './rules.js';

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};
const monthOf = (w: string): number | undefined => MONTHS[w.toLowerCase().replace(/\.$/, '').slice(0, w.toLowerCase().startsWith('sept') ? 4 : 3)];
const pad = (n: number) => String(n).padStart(2, '0');
const YEAR = /^(1[0-9]{3}|20[0-9]{2})$/;

/** An ISO date (YYYY, YYYY-MM or YYYY-MM-DD) when the text names one absolutely, else null. */
export function dateValue(s: string): string | null {
  const t = s.replace(/,/g, ' ').replace(/(\d)(st|nd|rd|th)\b/g, '$1').replace(/\bof\b/g, ' ').trim().split(/\s+/);
  let y: number | undefined, m: number | undefined, d: number | undefined;
  for (const w of t) {
    if (YEAR.test(w)) y = Number(w);
    else if (monthOf(w) && /^\p{L}/u.test(w) && w.length >= 3) m = monthOf(w);
    else if (/^\d{1,2}$/.test(w) && Number(w) >= 1 && Number(w) <= 31) d = Number(w);
    else if (/^\d{4}-\d{2}-\d{2}$/.test(w)) return w;
    else if (/^\d{1,2}\/\d{1,2}\/\d{4}$/.test(w)) { const [a, b, c] = w.split('/').map(Number); return `${c}-${pad(b <= 12 ? b : a)}-${pad(b <= 12 ? a : b)}`; }
  }
  if (y === undefined) return null;
  if (m === undefined) return t.length === 1 ? String(y) : null;
  return d === undefined ? `${y}-${pad(m)}` : `${y}-${pad(m)}-${pad(d)}`;
}

const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, a: 1, half: 0.5 };

/** Amount and currency of a money span, e.g. "US$4.2 billion" → {value: 4.2e9, unit: 'USD'}. */
export function moneyValue(s: string): { value: number | null; unit: string | null } {
  let unit: string | null = null;
  for (const [re, code] of CURRENCIES) if (re.test(s)) { unit = code; break; }
  const num = /(\d[\d,  ]*(?:\.\d+)?)/.exec(s);
  let value: number | null = null;
  if (num) value = Number(num[1].replace(/[,  ]/g, ''));
  else { const w = /\b(one|two|three|four|five|six|seven|eight|nine|ten|a|half)\b/i.exec(s); if (w) value = WORD_NUMBERS[w[1].toLowerCase()]; }
  const scale = /\b(thousand|million|billion|trillion|mn|bn|tn|crores?|lakhs?)\b/i.exec(s) ?? /\d(k|m|b|bn|mn)\b/i.exec(s);
  if (value !== null && scale) value *= SCALES[scale[1].toLowerCase()] ?? 1;
  if (value !== null && !Number.isFinite(value)) value = null;
  return { value, unit };
}
