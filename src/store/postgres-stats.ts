// stats.ts in PostgreSQL: the same queries and the same result. What differs from SQLite: COUNT and
// SUM are bigint/numeric (cast to int so pg returns numbers, not strings), text sorts in the
// database's collation unless told (COLLATE "C" sorts by code point, as SQLite's BINARY does), and
// ORDER BY may name an output column only bare, so the sort key of topSources is spelled out.
import type pg from 'pg';
import type { StatsGroup, StatsResult, StatsRow, TypeCounts } from './store.js';

const GROUP_SQL: Record<StatsGroup, string> = {
  outlet: "COALESCE(a.outlet, '(unknown)')",
  month: "COALESCE(a.month, '(undated)')",
};
const TYPES = ['named', 'anonymous', 'organization', 'document', 'unknown'] as const;
const SOURCE_NAME = "COALESCE(source_name, descriptor, '(unnamed)')";

type Queryable = Pick<pg.Pool, 'query'>;

export async function queryStatsPg(db: Queryable, by: readonly StatsGroup[], top: number): Promise<StatsResult> {
  const rows = async <T>(sql: string, params: unknown[] = []): Promise<T[]> => (await db.query(sql, params)).rows as T[];
  const [[{ n: articles }], [{ n: errors }], types, topSources, topRelayed] = await Promise.all([
    rows<{ n: number }>('SELECT COUNT(*)::int AS n FROM articles'),
    rows<{ n: number }>('SELECT COUNT(*)::int AS n FROM errors'),
    rows<{ t: string; n: number }>('SELECT source_type AS t, COUNT(*)::int AS n FROM quotes GROUP BY source_type'),
    rows<StatsResult['topSources'][number]>(`
      SELECT ${SOURCE_NAME} AS name, source_type AS type,
        COUNT(*)::int AS statements, COUNT(DISTINCT article_key)::int AS articles
      FROM quotes WHERE source_type NOT IN ('anonymous', 'unknown')
      GROUP BY 1, 2 ORDER BY statements DESC, articles DESC, ${SOURCE_NAME} COLLATE "C" LIMIT $1`, [top]),
    rows<StatsResult['topRelayed'][number]>(`
      SELECT outlet, SUM(st)::int AS statements, COUNT(DISTINCT article_key)::int AS articles FROM (
        SELECT relayed_via AS outlet, article_key, 1 AS st FROM quotes WHERE relayed_via IS NOT NULL
        UNION ALL SELECT outlet, article_key, 0 AS st FROM relays) r
      GROUP BY outlet ORDER BY articles DESC, statements DESC, outlet COLLATE "C" LIMIT $1`, [top]),
  ]);
  const totals = typeCounts(types);
  const statements = sum(totals);
  const result: StatsResult = {
    articles, errors, statements, bySourceType: totals, anonymousShare: share(totals.anonymous, statements), topSources, topRelayed,
  };
  if (by.length) result.groups = await groupRows(db, by);
  return result;
}

async function groupRows(db: Queryable, by: readonly StatsGroup[]): Promise<StatsRow[]> {
  const cols = by.map((g, i) => `${GROUP_SQL[g]} AS g${i}`).join(', ');
  const keys = by.map((_, i) => `g${i}`).join(', ');
  const order = by.map((g) => `${GROUP_SQL[g]} COLLATE "C"`).join(', ');
  const rows = new Map<string, StatsRow>();
  const keyOf = (r: Record<string, unknown>): string => by.map((_, i) => String(r[`g${i}`])).join('\u0000');
  const groups = await db.query(`SELECT ${cols}, COUNT(*)::int AS n FROM articles a GROUP BY ${keys} ORDER BY ${order}`);
  for (const r of groups.rows as Record<string, unknown>[]) {
    const row: StatsRow = { articles: r.n as number, statements: 0, bySourceType: typeCounts([]), anonymousShare: 0 };
    by.forEach((g, i) => { row[g] = String(r[`g${i}`]); });
    rows.set(keyOf(r), row);
  }
  const q = await db.query(`SELECT ${cols}, q.source_type AS t, COUNT(*)::int AS n FROM quotes q JOIN articles a ON a.key = q.article_key
    GROUP BY ${keys}, q.source_type`);
  for (const r of q.rows as Record<string, unknown>[]) {
    const row = rows.get(keyOf(r));
    if (!row) continue;
    const t = (TYPES as readonly string[]).includes(r.t as string) ? (r.t as keyof TypeCounts) : 'unknown';
    row.bySourceType[t] += r.n as number;
    row.statements += r.n as number;
  }
  for (const row of rows.values()) row.anonymousShare = share(row.bySourceType.anonymous, row.statements);
  return [...rows.values()];
}

function typeCounts(rows: { t: string; n: number }[]): TypeCounts {
  const c: TypeCounts = { named: 0, anonymous: 0, organization: 0, document: 0, unknown: 0 };
  for (const { t, n } of rows) c[(TYPES as readonly string[]).includes(t) ? (t as keyof TypeCounts) : 'unknown'] += n;
  return c;
}

const sum = (c: TypeCounts): number => c.named + c.anonymous + c.organization + c.document + c.unknown;
const share = (part: number, whole: number): number => (whole ? part / whole : 0);
