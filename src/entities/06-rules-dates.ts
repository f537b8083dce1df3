// The dates rule of the rule layer (06-rules.ts): DATE chunks as Worldwide annotates them, completed
// with their day and year, and bare years outside other names.
import { inUrl, isAllCap, isCap } from './01-view.js';
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { Rule } from './06-rules.js';

const byStart = (a: Chunk, b: Chunk) => a.start - b.start;
const hasClass = (m: GzMatch, cls: string) => m.phrases.some((p) => p.cls === cls);

/** A bare year: Worldwide annotates years as DATE wherever they stand outside another name. */
const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
/** Tokens that make a chunk a date: month or weekday names, years, decades, ordinals, numeric dates, eras. */
const DATE_TOKEN = /^(?:(?:1[0-9]|20)\d\d(?:s|[-–/]\d{2,4})?|'?\d0s|\d{1,2}(?:st|nd|rd|th)|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{2,4})?|centur(?:y|ies)|[IVXL]+)$/u;
/** One-word dates that are neither months nor weekdays: holidays, and the pandemic Worldwide dates by. */
const HOLIDAYS = /^(?:Christmas|Easter|Eid|Ramadan|Ramazan|Diwali|Holi|Hanukkah|Passover|Thanksgiving|Halloween|Navratri|Covid-19|COVID-19|Covid|COVID)$/;
/** A number read as a quantity, not a year, when one of these follows it. */
const QUANTITY_NEXT = /^(?:%|percent|per|km|kilometres?|kilometers?|miles?|m|metres?|meters?|kg|tonnes?|tons?|hectares?|acres?|people|MW|GW|feet|ft|cases|deaths|units|votes|words|pages)$/i;
const DAY = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/;
const ORDINAL = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)$/;
/** Words before "May" that make it the month. */
const MONTH_LEADS = new Set(['in', 'since', 'until', 'till', 'by', 'of', 'early', 'late', 'mid', 'last', 'next', 'this', 'from', 'to', 'through', 'on', 'between', 'and']);
const CURRENCY_PREV = /^(?:[$£€¥₹₦]|US\$|Rs\.?|USD|EUR|GBP|No\.?|#)$/;

/**
 * Dates as Worldwide annotates them: a DATE chunk needs a date word (month, weekday, year, decade,
 * ordinal, numeric date, named holiday or era) — "20", "200km" or "sorry" are not dates; and a bare
 * year outside any other chunk is a DATE, joined to a DATE chunk just before it ("July 26, 2022").
 */
export const dates: Rule = (chunks, { view: v, gz }) => {
  const dateWord = new Uint8Array(v.n);
  const weekday = new Uint8Array(v.n);
  for (const m of gz) if (hasClass(m, 'month') || hasClass(m, 'weekday')) for (let i = m.start; i < m.end; i++) { dateWord[i] = 1; if (hasClass(m, 'weekday')) weekday[i] = 1; }
  // a weekday or a month with its day the model took for a name ("on Wednesday" as MISC) is a date
  const retyped = chunks.map((c) => (c.type !== 'DATE' && c.end - c.start === 1 && dateWord[c.start] && isCap(v, c.start)
    && (weekday[c.start] || (c.end < v.n && DAY.test(v.words[c.end])) || (c.start > 0 && DAY.test(v.words[c.start - 1]))) ? { ...c, type: 'DATE' as const } : c));
  const out = retyped.filter((c) => {
    if (c.type !== 'DATE') return true;
    for (let i = c.start; i < c.end; i++) if (dateWord[i] || DATE_TOKEN.test(v.words[i]) || HOLIDAYS.test(v.words[i])) return true;
    return c.end - c.start > 1 && isCap(v, c.start) && isCap(v, c.end - 1); // "Madaraka Day"
  });
  const taken = new Int32Array(v.n).fill(-1);
  out.forEach((c, k) => { for (let i = c.start; i < c.end; i++) taken[i] = k; });
  const added: Chunk[] = [];
  const free = (i: number, s: number) => i >= v.sentStart[s] && i < v.sentEnd[s] && taken[i] < 0;
  const isDay = (i: number) => DAY.test(v.words[i]);
  /** a month or weekday with its day and year around it ("25 June", "21st of March", "July 26, 2022", "Monday, June 3") */
  const grow = (a: number, b: number, s: number): [number, number] => {
    if (dateWord[a]) {
      if (free(a - 1, s) && isDay(a - 1)) a--;
      else if (free(a - 2, s) && v.words[a - 1] === 'of' && ORDINAL.test(v.words[a - 2])) a -= 2;
    }
    if (!dateWord[b - 1] && !isDay(b - 1)) return [a, b];
    if (free(b + 1, s) && v.words[b] === ',' && dateWord[b + 1] && isCap(v, b + 1)) b += 2;
    // "Mar. 26": the text stage may end a sentence at the abbreviation's stop
    if (dateWord[b - 1] && b < v.n && v.words[b - 1].endsWith('.') && isDay(b)) s = v.sentOf[b];
    if (dateWord[b - 1] && free(b, s) && isDay(b)) b++;
    if (free(b, s) && YEAR.test(v.words[b])) b++;
    else if (free(b + 1, s) && v.words[b] === ',' && YEAR.test(v.words[b + 1])) b += 2;
    return [a, b];
  };
  // the model's DATE chunks, completed ("[Mar.] 26, 2022" → "Mar. 26, 2022")
  out.forEach((c, k) => {
    if (c.type !== 'DATE') return;
    const [a, b] = grow(c.start, c.end, v.sentOf[c.start]);
    if (a === c.start && b === c.end) return;
    out[k] = { ...c, start: a, end: b };
    for (let x = a; x < b; x++) taken[x] = k;
  });
  for (let i = 0; i < v.n; i++) {
    if (taken[i] >= 0) continue;
    const w = v.words[i], s = v.sentOf[i], s0 = v.sentStart[s], s1 = v.sentEnd[s];
    if (dateWord[i] && isCap(v, i) && !isAllCap(v, i) && !(w === 'May' && !(free(i + 1, s) && isDay(i + 1)) && !(i > s0 && MONTH_LEADS.has(v.words[i - 1])))) {
      // a month or weekday the model left out: with its day and year ("25 June", "July 26, 2022", "Monday, June 3")
      const [a, b] = grow(i, i + 1, s);
      added.push({ start: a, end: b, type: 'DATE' });
      for (let x = a; x < b; x++) taken[x] = -2;
      i = b - 1;
      continue;
    }
    if (!YEAR.test(w) || inUrl(v, i)) continue;
    if (i + 1 < s1 && QUANTITY_NEXT.test(v.words[i + 1])) continue;
    if (i > s0 && CURRENCY_PREV.test(v.words[i - 1])) continue;
    // join a DATE chunk ending just before ("July 2017", "July 26, 2022")
    const j = i > s0 && taken[i - 1] >= 0 ? i - 1 : i > s0 + 1 && v.words[i - 1] === ',' && taken[i - 2] >= 0 ? i - 2 : -1;
    const prev = j >= 0 ? out[taken[j]] : null;
    if (prev && prev.type === 'DATE' && prev.end === j + 1 && v.sentOf[prev.start] === s) {
      out[taken[j]] = { ...prev, end: i + 1 };
      for (let x = prev.start; x <= i; x++) taken[x] = taken[j];
      continue;
    }
    added.push({ start: i, end: i + 1, type: 'DATE' });
  }
  return added.length ? [...out, ...added].sort(byStart) : out;
};
