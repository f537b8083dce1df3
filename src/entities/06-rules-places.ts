// "Nairobi, Kenya": a place followed by the country or state it lies in is one LOC span in
// Worldwide (98 such spans in the train split). Lists of places ("Kenya, Rwanda, Uganda") stay
// apart: the rule needs a place that is not itself a country, and no list around the pair.
import type { GzMatch } from './02-gazetteer.js';
import type { Chunk } from './05-tag.js';
import type { RuleInput } from './06-rules.js';

/** Gazetteer classes of the containing unit: countries and first-level subdivisions (states, provinces). */
const CONTAINERS = new Set(['country', 'gpe']);

export function placeWithCountry(chunks: Chunk[], { view: v, gz }: RuleInput): Chunk[] {
  const pair = (k: number) => chunks[k].type === 'LOC' && k + 1 < chunks.length && chunks[k + 1].type === 'LOC'
    && chunks[k + 1].start - chunks[k].end === 1 && v.words[chunks[k].end] === ',';
  let any = false;
  for (let k = 0; k < chunks.length && !any; k++) any = pair(k);
  if (!any) return chunks;
  const byStart = new Map<number, GzMatch>(); // gazetteer matches do not overlap: one per start
  for (const m of gz) byStart.set(m.start, m);
  const exact = (c: Chunk) => { const m = byStart.get(c.start); return m && m.end === c.end ? m : undefined; };
  const isContainer = (c: Chunk) => exact(c)?.phrases.some((p) => CONTAINERS.has(p.cls)) ?? false;
  const isCountry = (c: Chunk) => exact(c)?.phrases.some((p) => p.cls === 'country') ?? false;
  const loc = (k: number) => (k >= 0 && k < chunks.length && chunks[k].type === 'LOC' ? chunks[k] : null);
  /** chunk k and chunk j are separated by one comma or "and" (a list) */
  const listed = (a: Chunk | null, b: Chunk | null) => !!a && !!b && b.start - a.end === 1 && (v.words[a.end] === ',' || v.words[a.end] === 'and');
  const out: Chunk[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const a = chunks[k], b = loc(k + 1);
    if (a.type === 'LOC' && b && b.start - a.end === 1 && v.words[a.end] === ',' && v.sentOf[a.start] === v.sentOf[b.start]
      && isContainer(b) && !isCountry(a) && !listed(loc(k - 1), a) && !listed(b, loc(k + 2))) {
      out.push({ ...a, end: b.end });
      k++;
      continue;
    }
    out.push(a);
  }
  return out;
}
