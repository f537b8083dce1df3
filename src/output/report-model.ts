// Plain-data views of an Analysis shared by the text and HTML reports (no formatting here).
// Analyses may arrive from JSON files written by anyone, so lookups tolerate dangling ids and odd values.
import type { Analysis, Entity, Quote, Source, SourceType, Sourcing } from '../types.js';

/** Display order of source types; also the palette keys of both renderers. */
export const SOURCE_TYPES: readonly SourceType[] = ['named', 'anonymous', 'organization', 'document', 'unknown'];
const ENTITY_ORDER = ['PERSON', 'ORG', 'GPE', 'LOC', 'NORP', 'FAC', 'EVENT', 'WORK', 'LAW', 'PRODUCT', 'MISC'];

/** Unknown type strings fall back to 'unknown' so colours and CSS class names stay in our palette. */
export function sourceTypeOf(t: unknown): SourceType {
  return (SOURCE_TYPES as readonly unknown[]).includes(t) ? (t as SourceType) : 'unknown';
}

export const sourceLabel = (s: Source): string => s.name || s.descriptor || s.id || '(unnamed source)';

export const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

export interface SourceGroup {
  source: Source;
  /** statements this source made */
  statements: Quote[];
  /** statements that reached the article through this (relayed) source */
  relays: Quote[];
}

/** Statements under each source (a statement with two sources sits under both); the rest are unattributed. */
export function groupBySource(a: Analysis): { groups: SourceGroup[]; unattributed: Quote[] } {
  const groups = new Map<string, SourceGroup>();
  for (const s of a.sources ?? []) if (!groups.has(s.id)) groups.set(s.id, { source: s, statements: [], relays: [] });
  const unattributed: Quote[] = [];
  for (const q of a.quotes ?? []) {
    const ids = [...new Set(q.sources ?? [])].filter((id) => groups.has(id));
    if (ids.length === 0) unattributed.push(q);
    for (const id of ids) groups.get(id)!.statements.push(q);
    if (q.relayedVia) groups.get(q.relayedVia)?.relays.push(q);
  }
  return { groups: [...groups.values()], unattributed };
}

export interface Speaker { label: string; type: SourceType | null; others: string[] }

/** Who made a statement: the first resolvable source sets the colour; the rest are named alongside. */
export function speakerOf(q: Quote, byId: ReadonlyMap<string, Source>): Speaker {
  const found = (q.sources ?? []).map((id) => byId.get(id)).filter((s): s is Source => !!s);
  if (found.length === 0) return { label: 'unattributed', type: null, others: [] };
  const labels = found.map(sourceLabel);
  return { label: labels.join(' & '), type: sourceTypeOf(found[0].type), others: labels.slice(1) };
}

export const sourcesById = (a: Analysis): Map<string, Source> => new Map((a.sources ?? []).map((s) => [s.id, s]));

/** The outlet a statement was relayed through, by name. */
export function relayName(q: Quote, byId: ReadonlyMap<string, Source>): string | null {
  if (!q.relayedVia) return null;
  const s = byId.get(q.relayedVia);
  return s ? sourceLabel(s) : q.relayedVia;
}

/** Distinct names among the mentions other than the canonical name (case-insensitive), plus the acronym; titles and nested names are no aliases. */
export function entityAliases(e: Entity): string[] {
  const seen = new Set([norm(e.name).toLowerCase()]);
  const out: string[] = [];
  for (const t of [...(e.mentions ?? []).filter((m) => !m.kind).map((m) => m.text), e.acronym ?? '']) {
    const n = norm(t);
    const key = n.toLowerCase();
    if (!n || seen.has(key)) continue;
    seen.add(key);
    out.push(n);
  }
  return out;
}

/** Entities grouped by type in a fixed order; types outside the contract come last. */
export function groupEntities(a: Analysis): [string, Entity[]][] {
  const by = new Map<string, Entity[]>();
  for (const e of a.entities ?? []) by.set(e.type, [...(by.get(e.type) ?? []), e]);
  const rank = (t: string) => (ENTITY_ORDER.includes(t) ? ENTITY_ORDER.indexOf(t) : ENTITY_ORDER.length);
  return [...by.entries()].sort((x, y) => rank(x[0]) - rank(y[0]));
}

export interface ProfileRow { type: string; count: number }

/** Non-zero counts by source type, palette order first. */
export function profileRows(s: Sourcing | undefined): ProfileRow[] {
  const counts = s?.bySourceType ?? {};
  const keys = [...SOURCE_TYPES, ...Object.keys(counts).filter((k) => !(SOURCE_TYPES as string[]).includes(k))];
  return keys.map((type) => ({ type, count: Number(counts[type]) || 0 })).filter((r) => r.count > 0);
}

/** anonymousShare as a percentage (the contract stores a 0–1 fraction), or null when there is nothing to divide. */
export function anonymousPercent(s: Sourcing | undefined): number | null {
  if (!s) return null;
  const share = s.anonymousShare;
  if (typeof share === 'number' && Number.isFinite(share)) return Math.round((share <= 1 ? share * 100 : share) * 10) / 10;
  const n = s.attributedStatements;
  return n > 0 ? Math.round(((Number(s.bySourceType?.anonymous) || 0) / n) * 1000) / 10 : null;
}

/** Outlets this article relays, by name (ids are mapped to names; falls back to relayed sources). */
export function relayedNames(a: Analysis): string[] {
  const byId = sourcesById(a);
  const raw = a.sourcing?.relayedFrom ?? (a.sources ?? []).filter((s) => s.relayed).map(sourceLabel);
  return [...new Set(raw.map((r) => (byId.has(r) ? sourceLabel(byId.get(r)!) : r)).filter(Boolean))];
}

export interface Range { start: number; end: number }

/** Valid, ordered paragraph ranges; when the analysis has none, the text split at blank lines. */
export function paragraphRanges(a: Analysis): Range[] {
  const text = a.article?.text ?? '';
  const given = (a.article?.paragraphs ?? [])
    .map((p) => ({ start: Math.max(0, Math.trunc(p.start)), end: Math.min(text.length, Math.trunc(p.end)) }))
    .filter((p) => p.end > p.start)
    .sort((x, y) => x.start - y.start);
  if (given.length) return given;
  const out: Range[] = [];
  const re = /[^\n]+(?:\n(?![^\S\n]*\n)[^\n]*)*/g; // [^\S\n]: \s* here would rescan every blank line
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** Related-story details after the title: "2024-10-22 · 3 min". */
export function relatedMeta(r: { date?: string | null; readMinutes?: number | null }): string {
  return [r.date ?? '', typeof r.readMinutes === 'number' && r.readMinutes > 0 ? `${r.readMinutes} min` : '']
    .filter(Boolean)
    .join(' · ');
}

const norm = (s: unknown): string => String(s ?? '').replace(/\s+/g, ' ').trim();
