// Date chunks the model or the `dates` rule left in pieces, joined as Worldwide annotates them
// (read from the train split's DATE spans: "Month Day, Year" is one span 99 times; a weekday before
// its date, "Friday, July 15", one span 23 times against 5 apart). Ranges ("July 31 to August 4")
// are left apart: the train split has them both ways.
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const DAY = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/;

const hasClass = (m: GzMatch, cls: string) => m.phrases.some((p) => p.cls === cls);

export function dateJoins(chunks: Chunk[], { view: v, gz }: RuleInput): Chunk[] {
  const month = new Uint8Array(v.n), weekday = new Uint8Array(v.n);
  for (const m of gz) {
    const mo = hasClass(m, 'month'), wd = hasClass(m, 'weekday');
    if (mo || wd) for (let i = m.start; i < m.end; i++) { if (mo) month[i] = 1; if (wd) weekday[i] = 1; }
  }
  const dayOrMonth = (i: number) => month[i] === 1 || DAY.test(v.words[i]);
  /** B joins A: "June 13" + ", 2016"; "Friday" + ", 22 July"; "Feb." + "25, 2021" */
  const joins = (a: Chunk, b: Chunk): boolean => {
    const gap = b.start - a.end;
    if (gap > 1 || (gap === 1 && v.words[a.end] !== ',')) return false;
    if (b.end - b.start === 1 && YEAR.test(v.words[b.start]) && dayOrMonth(a.end - 1)) return true;
    if (gap === 1 && a.end - a.start === 1 && weekday[a.start] && dayOrMonth(b.start)) return true;
    return gap === 0 && month[a.end - 1] === 1 && v.words[a.end - 1].endsWith('.') && DAY.test(v.words[b.start]);
  };
  const out: Chunk[] = [];
  for (const c of chunks) {
    const last = out[out.length - 1];
    if (last && last.type === 'DATE' && c.type === 'DATE' && joins(last, c)) out[out.length - 1] = { ...last, end: c.end };
    else out.push(c);
  }
  return out;
}
