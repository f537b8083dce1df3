// The PostgreSQL store (pg): the tables of the SQLite store, versioned migrations under an
// advisory lock (many workers may open a new database at once), one transaction per write, and
// upserts by input sha256: a record written twice, by two workers or after a retry, is stored once.
import pg from 'pg';
import { PG_MIGRATIONS } from './postgres-migrations.js';
import { queryStatsPg } from './postgres-stats.js';
import { articleRow, entityRows, quoteRows, relayRows, sourceRows } from './rows.js';
import type { Analysis } from '../index.js';
import type { ArticlePage, ArticleSummary, QuoteRow, RecordError, StatsGroup, StatsResult, Store, StoredArticle } from './store.js';

export interface PostgresOptions {
  /** open for reading only (stats, export): the schema must exist, nothing is migrated */
  readonly?: boolean;
  /** replace stored articles instead of skipping them */
  replace?: boolean;
  /** connections in the pool */
  poolSize?: number;
}

export const PG_SCHEMA_VERSION = PG_MIGRATIONS.length;
/** pg_advisory_xact_lock key for migrations ("newslens" in ASCII, truncated to 32 bits). */
const MIGRATION_LOCK = 0x6e65776c;
/** SQLSTATE deadlock_detected, and how often a write retries after one. */
const DEADLOCK = '40P01';
const DEADLOCK_TRIES = 5;
/** Rows per page when export streams the quotes table. */
const QUOTE_PAGE = 2_000;

export class PostgresStore implements Store {
  readonly backend = 'postgres';
  private constructor(readonly address: string, private readonly pool: pg.Pool, private readonly replace: boolean, private readonly readonly: boolean) {}

  static async open(address: string, opts: PostgresOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: address, max: opts.poolSize ?? 4 });
    pool.on('error', () => undefined); // an idle client lost (server restart): the next query reconnects
    try {
      await migrate(pool, opts.readonly ?? false, redact(address));
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    return new PostgresStore(address, pool, opts.replace ?? false, opts.readonly ?? false);
  }

  async known(keys: readonly string[]): Promise<Set<string>> {
    if (this.replace || !keys.length) return new Set();
    const r = await this.pool.query<{ key: string }>(
      'SELECT key FROM articles WHERE key = ANY($1) UNION SELECT key FROM errors WHERE key = ANY($1)', [keys]);
    return new Set(r.rows.map((x) => x.key));
  }

  async write(articles: readonly StoredArticle[], errors: readonly RecordError[]): Promise<void> {
    if (this.readonly) throw new Error('store opened read-only');
    if (!articles.length && !errors.length) return;
    // writers whose batches overlap in another order can deadlock; PostgreSQL aborts one, which
    // runs again (rows keep input order, so no sorting by key to avoid it)
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.writeOnce(articles, errors);
      } catch (err) {
        if ((err as { code?: string }).code !== DEADLOCK || attempt >= DEADLOCK_TRIES) throw err;
        await new Promise((r) => setTimeout(r, Math.random() * 50 * attempt));
      }
    }
  }

  private async writeOnce(articles: readonly StoredArticle[], errors: readonly RecordError[]): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const now = new Date().toISOString();
      for (const { meta, analysis } of articles) {
        if (this.replace) await c.query('DELETE FROM articles WHERE key = $1', [meta.key]);
        const row = articleRow(meta, analysis, now);
        const ins = await c.query(`INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')}) VALUES (${ARTICLE_COLUMNS.map((_, i) => `$${i + 1}`).join(', ')})
          ON CONFLICT (key) DO NOTHING`, ARTICLE_COLUMNS.map((k) => row[k]));
        if (ins.rowCount === 0) continue; // stored already (an earlier run, or another worker)
        await c.query('INSERT INTO analyses VALUES ($1, $2)', [meta.key, JSON.stringify(analysis)]);
        await insertMany(c, 'entities', 5, entityRows(meta.key, analysis), 'ON CONFLICT DO NOTHING');
        await insertMany(c, 'sources', 8, sourceRows(meta.key, analysis), 'ON CONFLICT DO NOTHING');
        await insertMany(c, 'quotes', 16, quoteRows(meta.key, analysis), '');
        await insertMany(c, 'relays', 2, relayRows(meta.key, analysis), 'ON CONFLICT DO NOTHING');
        await c.query('DELETE FROM errors WHERE key = $1', [meta.errorKey]);
      }
      const onError = this.replace
        ? 'ON CONFLICT (key) DO UPDATE SET record_id = EXCLUDED.record_id, input = EXCLUDED.input, code = EXCLUDED.code, message = EXCLUDED.message, failed_at = EXCLUDED.failed_at'
        : 'ON CONFLICT (key) DO NOTHING';
      await insertMany(c, 'errors', 6, errors.map((e) => [e.key, e.id, e.input, e.code, e.message, now]), onError);
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      c.release();
    }
  }

  async stats(opts: { by?: readonly StatsGroup[]; top?: number }): Promise<StatsResult> {
    return queryStatsPg(this.pool, opts.by ?? [], opts.top ?? 10);
  }

  async *quotes(): AsyncIterable<QuoteRow> {
    // keyset pages in (article seq, ord) order: the same order as SQLite's (rowid, ord)
    let after: [string, number] = ['-1', -1];
    for (;;) {
      const r = await this.pool.query(`
        SELECT q.article_key AS "articleKey", a.record_id AS "recordId", a.outlet, a.url, a.published_at AS "publishedAt", a.title,
          q.quote_id AS "quoteId", q.kind, q.content, q.cue, q.speaker, q.source_id AS "sourceId", q.source_type AS "sourceType",
          q.source_name AS "sourceName", q.descriptor, q.relayed_via AS "relayedVia", q.nested, q.confidence, q.start, q."end",
          a.seq::text AS seq, q.ord
        FROM quotes q JOIN articles a ON a.key = q.article_key
        WHERE (a.seq, q.ord) > ($1::bigint, $2::int) ORDER BY a.seq, q.ord LIMIT ${QUOTE_PAGE}`, after);
      for (const { seq: _seq, ord: _ord, ...row } of r.rows as (Omit<QuoteRow, 'nested'> & { nested: number; seq: string; ord: number })[]) {
        yield { ...row, nested: row.nested === 1 };
      }
      if (r.rows.length < QUOTE_PAGE) return;
      const last = r.rows[r.rows.length - 1] as { seq: string; ord: number };
      after = [last.seq, last.ord];
    }
  }

  async articles(opts: { limit: number; offset: number; outlet?: string | null }): Promise<ArticlePage> {
    const where = opts.outlet ? 'WHERE outlet = $1' : 'WHERE $1::text IS NULL';
    const outlet = opts.outlet ?? null;
    const total = (await this.pool.query<{ n: number }>(`SELECT COUNT(*)::int AS n FROM articles ${where}`, [outlet])).rows[0].n;
    const rows = await this.pool.query<ArticleSummary>(`SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY seq LIMIT $2 OFFSET $3`,
      [outlet, opts.limit, opts.offset]);
    return { total, offset: opts.offset, limit: opts.limit, items: rows.rows };
  }

  async article(key: string): Promise<{ summary: ArticleSummary; analysis: Analysis } | null> {
    const r = await this.pool.query<ArticleSummary & { json: string }>(
      `SELECT ${SUMMARY_COLUMNS}, j.json AS json FROM articles a JOIN analyses j ON j.article_key = a.key WHERE a.key = $1`, [key]);
    if (!r.rows.length) return null;
    const { json, ...summary } = r.rows[0];
    return { summary, analysis: JSON.parse(json) as Analysis };
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => undefined);
  }
}

const ARTICLE_COLUMNS = ['key', 'content_sha256', 'record_id', 'input', 'kind', 'outlet', 'url', 'published_at', 'month', 'title',
  'byline', 'language', 'word_count', 'statements', 'anonymous_share', 'analysed_at'] as const;

const SUMMARY_COLUMNS = `key, record_id AS "recordId", outlet, url, published_at AS "publishedAt", title, byline,
  word_count AS "wordCount", statements, anonymous_share AS "anonymousShare"`;

/** One multi-row INSERT (rows in order) for a table's rows of one article. */
async function insertMany(c: pg.PoolClient, table: string, width: number, rows: readonly (readonly unknown[])[], conflict: string): Promise<void> {
  if (!rows.length) return;
  const values = rows.map((_, r) => `(${Array.from({ length: width }, (__, i) => `$${r * width + i + 1}`).join(', ')})`).join(', ');
  await c.query(`INSERT INTO ${table} VALUES ${values} ${conflict}`, rows.flat());
}

async function migrate(pool: pg.Pool, readonly: boolean, where: string): Promise<void> {
  const c = await pool.connect();
  try {
    const version = async (): Promise<number | null> => {
      // a plain catalog query, not to_regclass(): that reads a cache the advisory lock does not refresh
      const t = await c.query("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'newslens_schema'");
      if (!t.rowCount) return null;
      return (await c.query<{ v: number }>('SELECT MAX(version)::int AS v FROM newslens_schema')).rows[0].v ?? 0;
    };
    const check = (v: number | null): boolean => {
      if (v !== null && v > PG_SCHEMA_VERSION) {
        throw new Error(`${where} has schema version ${v}, newer than this newslens (${PG_SCHEMA_VERSION}); upgrade newslens`);
      }
      return v === PG_SCHEMA_VERSION;
    };
    if (check(await version())) return;
    if (readonly) {
      const v = await version();
      throw new Error(v === null ? `${where} is not a newslens database` : `${where} has schema version ${v}; run \`newslens batch\` or \`newslens worker\` with this version once to migrate it`);
    }
    await c.query('BEGIN');
    try {
      await c.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      let v = await version(); // another process may have migrated while this one waited
      if (!check(v)) {
        if (v === null) {
          const other = await c.query("SELECT 1 FROM pg_tables WHERE schemaname = current_schema() AND tablename = 'articles'");
          if (other.rowCount) throw new Error(`${where} is not a newslens database (it has an articles table of its own)`);
          await c.query('CREATE TABLE newslens_schema (version INTEGER PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())');
          v = 0;
        }
        for (; v < PG_SCHEMA_VERSION; v++) {
          await c.query(PG_MIGRATIONS[v]);
          await c.query('INSERT INTO newslens_schema (version) VALUES ($1)', [v + 1]);
        }
      }
      await c.query('COMMIT');
    } catch (err) {
      await c.query('ROLLBACK').catch(() => undefined);
      throw err;
    }
  } finally {
    c.release();
  }
}

/** The address without its password, for messages. */
export function redact(address: string): string {
  try {
    const u = new URL(address);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'the PostgreSQL database';
  }
}
