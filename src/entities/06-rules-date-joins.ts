// Date chunks the model or the `dates` rule left in pieces, joined as Worldwide annotates them
// (read from the train split's DATE spans: "Month Day, Year" is one span 99 times; a weekday before
// its date, "Friday, July 15", one span 23 times against 5 apart). Ranges ("July 31 to August 4")
// are left apart: the train split has them both ways. Year ranges written as one word ("1792-93")
// are joined by hyphenated-names (06-rules-hyphens.ts).
import { isCap } from './01-view.js';
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

const YEAR = /^(?:1[5-9]\d\d|20\d\d)$/;
const DAY = /^(?:[12]?\d|3[01])(?:st|nd|rd|th)?$/;

const hasClass = (m: GzMatch, cls: string) => m.phrases.some((p) => p.cls === cls);

export function dateJoins(chunks: Chunk[], { view: v, gz }: RuleInput): Chunk[] {
  if (!chunks.some((c) => c.type === 'DATE')) return chunks;
  const month = new Uint8Array(v.n), weekday = new Uint8Array(v.n);
  for (const m of gz) {
    const mo = hasClass(m, 'month'), wd = hasClass(m, 'weekday');
    if (mo || wd) for (let i = m.start; i < m.end; i++) { if (mo) month[i] = 1; if (wd) weekday[i] = 1; }
  }
  const taken = new Uint8Array(v.n);
  for (const c of chunks) taken.fill(1, c.start, c.end);
  const dayOrMonth = (i: number) => month[i] === 1 || DAY.test(v.words[i]);
  /** B joins A: "June 13" + ", 2016"; "Friday" + ", 22 July"; "Feb." + "25, 2021" */
  const joins = (a: Chunk, b: Chunk): boolean => {
    const gap = b.start - a.end;
    if (gap > 1 || (gap === 1 && v.words[a.end] !== ',')) return false;
    if (b.end - b.start === 1 && YEAR.test(v.words[b.start]) && dayOrMonth(a.end - 1)) return true;
    if (gap === 1 && a.end - a.start === 1 && weekday[a.start] && dayOrMonth(b.start)) return true;
    return gap === 0 && month[a.end - 1] === 1 && DAY.test(v.words[b.start]);
  };
  const out: Chunk[] = [];
  for (const c0 of chunks) {
    const c = c0.type === 'DATE' ? trim(c0) : c0, last = out[out.length - 1];
    if (last && last.type === 'DATE' && c.type === 'DATE' && joins(last, c)) out[out.length - 1] = { ...last, end: c.end };
    else out.push(c);
  }
  return out;

  /** "[13 2022]" after an untagged "May" takes it; a trailing lower-case word ("26 June publication") is not part of the date */
  function trim(c: Chunk): Chunk {
    let { start, end } = c;
    if (end - start > 1 && /^\p{Ll}+$/u.test(v.words[end - 1]) && !month[end - 1] && !weekday[end - 1]) end--;
    if (start > 0 && DAY.test(v.words[start]) && month[start - 1] && isCap(v, start - 1) && !taken[start - 1]) start--;
    return start === c.start && end === c.end ? c : { ...c, start, end };
  }
}
