// What the SQLite and PostgreSQL stats queries share: statement counts by source type, folded
// into per-group rows from two plain result sets (groups, then groups × source type).
import type { StatsGroup, StatsRow, TypeCounts } from './store.js';

export const TYPES = ['named', 'anonymous', 'organization', 'document', 'unknown'] as const;

export function typeCounts(rows: { t: string; n: number }[]): TypeCounts {
  const c: TypeCounts = { named: 0, anonymous: 0, organization: 0, document: 0, unknown: 0 };
  for (const { t, n } of rows) c[(TYPES as readonly string[]).includes(t) ? (t as keyof TypeCounts) : 'unknown'] += n;
  return c;
}

export const sum = (c: TypeCounts): number => c.named + c.anonymous + c.organization + c.document + c.unknown;
export const share = (part: number, whole: number): number => (whole ? part / whole : 0);

/** Rows keyed g0, g1, … per group column, with `n` (articles) and, for the type rows, `t`. */
export function foldGroupRows(by: readonly StatsGroup[], groups: Record<string, unknown>[], byType: Record<string, unknown>[]): StatsRow[] {
  const rows = new Map<string, StatsRow>();
  const keyOf = (r: Record<string, unknown>): string => by.map((_, i) => String(r[`g${i}`])).join('\u0000');
  for (const r of groups) {
    const row: StatsRow = { articles: r.n as number, statements: 0, bySourceType: typeCounts([]), anonymousShare: 0 };
    by.forEach((g, i) => { row[g] = String(r[`g${i}`]); });
    rows.set(keyOf(r), row);
  }
  for (const r of byType) {
    const row = rows.get(keyOf(r));
    if (!row) continue;
    const t = (TYPES as readonly string[]).includes(r.t as string) ? (r.t as keyof TypeCounts) : 'unknown';
    row.bySourceType[t] += r.n as number;
    row.statements += r.n as number;
  }
  for (const row of rows.values()) row.anonymousShare = share(row.bySourceType.anonymous, row.statements);
  return [...rows.values()];
}
