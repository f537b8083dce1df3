// Reading a store the way a researcher would, to check what batch wrote.
import Database from 'better-sqlite3';

export function dbCounts(path: string): { articles: number; errors: number; distinctIds: number; analyses: number } {
  const db = new Database(path, { readonly: true });
  try {
    const n = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    return {
      articles: n('SELECT COUNT(*) AS n FROM articles'),
      errors: n('SELECT COUNT(*) AS n FROM errors'),
      distinctIds: n('SELECT COUNT(DISTINCT record_id) AS n FROM articles'),
      analyses: n('SELECT COUNT(*) AS n FROM analyses'),
    };
  } finally {
    db.close();
  }
}

export function dbRows<T>(path: string, sql: string): T[] {
  const db = new Database(path, { readonly: true });
  try {
    return db.prepare(sql).all() as T[];
  } finally {
    db.close();
  }
}
