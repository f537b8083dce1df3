// From refined chunks to the Doc's mentions, entities and values: titles and roles for people,
// alias clusters into entities (fullest name, acronym, every mention: further occurrences of a tagged
// name are mentions too), DATE/MONEY into values.
import { toTextSpan, type Mention, type Span } from '../doc.js';
import type { Entity, EntityType, Value } from '../types.js';
import type { TokenView } from './01-view.js';
import type { GzMatch } from './02-gazetteer.js';
import { isAcronym } from './06-rules.js';
import type { Chunk } from './05-tag.js';
import { decorate, type Decoration } from './07-titles.js';
import { clusterAliases, type AliasCand } from './08-aliases.js';
import { dateValue, moneyValue } from './09-values.js';
import { TITLE_LINKERS } from './rules.js';
import type { Lexicons } from './lexicons.js';
import { propagate } from './propagate.js';
import { LEGAL_FORMS } from './06-rules-names.js';
import { nestedNames, officeWords, titleReferences, type NameAt, type OfficeHolder, type Reference } from './11-references.js';

const POSSESSIVE = /['’]s$/;
const PLACE_CLASSES = new Set(['country', 'city', 'gpe', 'place']);

export interface Built { mentions: Mention[]; entities: Entity[]; values: Value[] }

export function build(v: TokenView, gz: readonly GzMatch[], chunks: readonly Chunk[], lex: Lexicons): Built {
  const gzEndingAt = new Map(gz.map((m) => [m.end, m]));
  const gzExact = new Map(gz.map((m) => [`${m.start}:${m.end}`, m]));
  const values: Value[] = [];
  const named: { c: Chunk; type: EntityType; deco: Decoration | null }[] = [];
  const titleRanges: [number, number][] = [];
  for (const c of propagate(v, chunks)) {
    if (c.type === 'DATE' || c.type === 'MONEY') { values.push(valueOf(v, c)); continue; }
    const deco = c.type === 'PERSON' ? decorate(c, v, gz, gzEndingAt) : null;
    if (deco && deco.from < c.start) titleRanges.push([deco.from, c.start]);
    const m = gzExact.get(`${c.start}:${c.end}`);
    const type: EntityType = c.type === 'LOC' ? (m?.phrases.some((p) => PLACE_CLASSES.has(p.cls)) ? 'GPE' : 'LOC') : c.type;
    named.push({ c, type, deco });
  }
  // a place or group that completes a person's title is part of the title ("Minister of Labor Anneke Thorsby"),
  // one that modifies it is still a name ("U.S. President", "Kenyan Defence Secretary")
  const titleEnd = new Int32Array(v.n); // token → end of a title range over it (linear: titles are short)
  for (const [a, b] of titleRanges) for (let t = a; t < b; t++) titleEnd[t] = Math.max(titleEnd[t], b);
  const ofTitle = (c: Chunk) => c.start > 0 && TITLE_LINKERS.has(v.words[c.start - 1]) && titleEnd[c.start] >= c.end;
  const kept = named.filter(({ c, type }) => type === 'PERSON' || type === 'ORG' || !ofTitle(c));
  const spanOf = (c: Chunk): Span => {
    let end = v.end[c.end - 1];
    if (POSSESSIVE.test(v.words[c.end - 1]) && end - 2 > v.start[c.end - 1]) end -= 2;
    else if (c.end - c.start >= 2 && LEGAL_FORMS.has(v.words[c.end - 1]) && v.words[c.end - 1].endsWith('.')) end -= 1; // "Kestrin Corp."'s stop (06-rules-names.ts)
    return { start: v.start[c.start], end };
  };
  const cands: AliasCand[] = kept.map(({ c, type }) => ({
    start: c.start, end: c.end, type,
    words: v.words.slice(c.start, c.end).map((w, k) => (k === c.end - c.start - 1 ? w.replace(POSSESSIVE, '') : w)),
  }));
  const root = clusterAliases(cands, v, lex);
  // entities in order of first mention
  const order: number[] = [], members = new Map<number, number[]>();
  root.forEach((r, i) => { if (!members.has(r)) { members.set(r, []); order.push(r); } members.get(r)!.push(i); });
  const mentions: Mention[] = [], entities: Entity[] = [], holders: OfficeHolder[] = [];
  order.forEach((r, k) => {
    const id = `e${k + 1}`, idx = members.get(r)!;
    const full = idx.reduce((a, b) => (fuller(cands[b], cands[a], v) ? b : a));
    const type = majorityType(idx.map((i) => cands[i].type), cands[full].type);
    const name = cands[full].words.join(' ').replace(/(?<!\s)\s+([.,])/g, '$1'); // (?<!\s): linear
    const titles = new Set<string>(), roles = new Set<string>();
    let acronym: string | null = null;
    const spans = idx.map((i) => {
      const sp = spanOf(kept[i].c), d = kept[i].deco;
      for (const t of d?.titles ?? []) titles.add(v.text.slice(t.start, t.end));
      for (const x of d?.roles ?? []) roles.add(x);
      if (i !== full && isAcronym(v, cands[i].start) && cands[i].end - cands[i].start === 1) {
        const a = v.words[cands[i].start];
        if (!acronym || a.length < acronym.length) acronym = a;
      }
      mentions.push({ start: sp.start, end: sp.end, type, entity: id, ...(d?.titles.length ? { titles: d.titles } : {}) });
      return toTextSpan(v.text, sp.start, sp.end);
    });
    const e: Entity = { id, type, name: nameText(v, kept[full].c, spanOf) ?? name, mentions: spans };
    if (titles.size) e.titles = [...titles];
    if (roles.size) e.roles = [...roles];
    if (acronym && acronym !== e.name) e.acronym = acronym;
    if (type === 'PERSON') holders.push({ entity: k, offices: [...titles, ...roles].flatMap(officeWords), phrases: [...roles] });
    entities.push(e);
  });
  mentions.sort((a, b) => a.start - b.start);
  const entityOf = new Map(order.map((r, k) => [r, k]));
  const names = cands.map((c, i) => { const entity = entityOf.get(root[i])!; return { ...c, entity, type: entities[entity].type }; });
  addReferences(v, entities, holders, kept.map(({ c }) => c), titleRanges, names, (w) => lex.phrases.get(w)?.find((p) => p.cls === 'country')?.canonical || w);
  return { mentions, entities, values };
}

/** Offices used alone for a person ("the Secretary") and places inside longer names join the mentions (11-references.ts). */
function addReferences(v: TokenView, entities: Entity[], holders: readonly OfficeHolder[], chunks: readonly Chunk[], titleRanges: readonly [number, number][],
  names: readonly NameAt[], canonical: (words: string) => string): void {
  const taken = new Uint8Array(v.n);
  for (const c of chunks) taken.fill(1, c.start, c.end);
  for (const [a, b] of titleRanges) taken.fill(1, a, b);
  const grown = new Set<Entity>();
  const add = (refs: readonly Reference[], kind: 'title' | 'nested') => {
    for (const r of refs) {
      const e = entities[r.entity];
      e.mentions.push({ ...toTextSpan(v.text, r.start, r.end), kind });
      grown.add(e);
    }
  };
  if (holders.length) add(titleReferences(v, holders, taken), 'title');
  add(nestedNames(v, names, canonical), 'nested');
  for (const e of grown) e.mentions.sort((a, b) => a.start - b.start);
}

/** The entity's type: the one most of its mentions were tagged with; a tie goes to the fullest name's. */
function majorityType(types: readonly EntityType[], fullest: EntityType): EntityType {
  const n = new Map<EntityType, number>();
  for (const t of types) n.set(t, (n.get(t) ?? 0) + 1);
  let best = fullest;
  for (const [t, k] of n) if (k > n.get(best)!) best = t;
  return best;
}

/** a is fuller than b: more words, then longer text; acronyms lose to spelled-out names */
function fuller(a: AliasCand, b: AliasCand, v: TokenView): boolean {
  const aa = a.end - a.start === 1 && isAcronym(v, a.start), ba = b.end - b.start === 1 && isAcronym(v, b.start);
  if (aa !== ba) return ba;
  if (a.type === 'PERSON' && b.type !== 'PERSON') return true;
  if (b.type === 'PERSON' && a.type !== 'PERSON') return false;
  if (a.words.length !== b.words.length) return a.words.length > b.words.length;
  return a.words.join(' ').length > b.words.join(' ').length;
}

const nameText = (v: TokenView, c: Chunk, spanOf: (c: Chunk) => Span): string => {
  const s = spanOf(c);
  return v.text.slice(s.start, s.end).replace(/\s+/g, ' ');
};

/** A decade ("the 1960s", "mid-2010s"): the date is the year, the plural s stays outside (Worldwide's convention). */
const DECADE = /^\d{0,2}\d0s$/;

function valueOf(v: TokenView, c: Chunk): Value {
  const last = v.words[c.end - 1];
  let end = v.end[c.end - 1];
  if (c.type === 'DATE' && POSSESSIVE.test(last) && last.length > 2) end -= 2;
  else if (c.type === 'DATE' && DECADE.test(last)) end -= 1;
  const span = toTextSpan(v.text, v.start[c.start], end);
  if (c.type === 'DATE') return { type: 'DATE', span, value: dateValue(span.text) };
  const m = moneyValue(span.text);
  return { type: 'MONEY', span, value: m.value, unit: m.unit };
}
