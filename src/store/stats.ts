// Corpus statistics in SQL: statements by source type, anonymous share, most quoted sources, most
// relayed outlets, article and error counts, optionally per outlet and/or month.
import type Database from 'better-sqlite3';
import { foldGroupRows, share, sum, typeCounts } from './stats-rows.js';
import type { StatsGroup, StatsResult, StatsRow } from './store.js';

const GROUP_SQL: Record<StatsGroup, string> = {
  outlet: "COALESCE(a.outlet, '(unknown)')",
  month: "COALESCE(a.month, '(undated)')",
};

export function queryStats(db: Database.Database, by: readonly StatsGroup[], top: number): StatsResult {
  const one = <T>(sql: string): T => db.prepare(sql).get() as T;
  const articles = one<{ n: number }>('SELECT COUNT(*) AS n FROM articles').n;
  const errors = one<{ n: number }>('SELECT COUNT(*) AS n FROM errors').n;
  const totals = typeCounts(db.prepare('SELECT source_type AS t, COUNT(*) AS n FROM quotes GROUP BY source_type').all() as { t: string; n: number }[]);
  const statements = sum(totals);
  const result: StatsResult = {
    articles, errors, statements, bySourceType: totals, anonymousShare: share(totals.anonymous, statements),
    topSources: db.prepare(`
      SELECT COALESCE(source_name, descriptor, '(unnamed)') AS name, source_type AS type,
        COUNT(*) AS statements, COUNT(DISTINCT article_key) AS articles
      FROM quotes WHERE source_type NOT IN ('anonymous', 'unknown')
      GROUP BY 1, 2 ORDER BY statements DESC, articles DESC, name LIMIT ?`).all(top) as StatsResult['topSources'],
    topRelayed: db.prepare(`
      SELECT outlet, SUM(st) AS statements, COUNT(DISTINCT article_key) AS articles FROM (
        SELECT relayed_via AS outlet, article_key, 1 AS st FROM quotes WHERE relayed_via IS NOT NULL
        UNION ALL SELECT outlet, article_key, 0 AS st FROM relays)
      GROUP BY outlet ORDER BY articles DESC, statements DESC, outlet LIMIT ?`).all(top) as StatsResult['topRelayed'],
  };
  if (by.length) result.groups = groupRows(db, by);
  return result;
}

function groupRows(db: Database.Database, by: readonly StatsGroup[]): StatsRow[] {
  const cols = by.map((g, i) => `${GROUP_SQL[g]} AS g${i}`).join(', ');
  const keys = by.map((_, i) => `g${i}`).join(', ');
  const groups = db.prepare(`SELECT ${cols}, COUNT(*) AS n FROM articles a GROUP BY ${keys} ORDER BY ${keys}`).all() as Record<string, unknown>[];
  const byType = db.prepare(`SELECT ${cols}, q.source_type AS t, COUNT(*) AS n FROM quotes q JOIN articles a ON a.key = q.article_key
    GROUP BY ${keys}, q.source_type`).all() as Record<string, unknown>[];
  return foldGroupRows(by, groups, byType);
}
