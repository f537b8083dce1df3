// stats.ts in PostgreSQL: the same queries and the same result. What differs from SQLite: COUNT and
// SUM are bigint/numeric (cast to int so pg returns numbers, not strings), text sorts in the
// database's collation unless told (COLLATE "C" sorts by code point, as SQLite's BINARY does), and
// ORDER BY may name an output column only bare, so the sort key of topSources is spelled out.
import type pg from 'pg';
import { foldGroupRows, share, sum, typeCounts } from './stats-rows.js';
import type { StatsGroup, StatsResult, StatsRow } from './store.js';

const GROUP_SQL: Record<StatsGroup, string> = {
  outlet: "COALESCE(a.outlet, '(unknown)')",
  month: "COALESCE(a.month, '(undated)')",
};
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
  const groups = await db.query(`SELECT ${cols}, COUNT(*)::int AS n FROM articles a GROUP BY ${keys} ORDER BY ${order}`);
  const byType = await db.query(`SELECT ${cols}, q.source_type AS t, COUNT(*)::int AS n FROM quotes q JOIN articles a ON a.key = q.article_key
    GROUP BY ${keys}, q.source_type`);
  return foldGroupRows(by, groups.rows as Record<string, unknown>[], byType.rows as Record<string, unknown>[]);
}
