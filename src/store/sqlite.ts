// The SQLite store (better-sqlite3): WAL journal, versioned migrations, one transaction per
// committed batch, so a run killed at any moment leaves whole batches or nothing.
import Database from 'better-sqlite3';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations.js';
import { articleRow, entityRows, quoteRows, relayRows, sourceRows } from './rows.js';
import { queryStats } from './stats.js';
import type { Analysis } from '../index.js';
import type { ArticlePage, ArticleSummary, QuoteRow, RecordError, StatsGroup, StatsResult, Store, StoredArticle } from './store.js';

export interface SqliteOptions {
  /** open for reading only (stats, export); the file must exist */
  readonly?: boolean;
  /** replace stored articles instead of skipping them */
  replace?: boolean;
}

type Db = Database.Database;

export class SqliteStore implements Store {
  readonly backend = 'sqlite';
  readonly path: string;
  private readonly db: Db;
  private readonly replace: boolean;
  private readonly commitTx: (articles: readonly StoredArticle[], errors: readonly RecordError[]) => void;
  private readonly isKnown: Database.Statement;

  constructor(path: string, opts: SqliteOptions = {}) {
    this.path = path;
    this.replace = opts.replace ?? false;
    this.db = new Database(path, opts.readonly ? { readonly: true, fileMustExist: true } : {});
    if (!opts.readonly) {
      this.db.pragma('journal_mode = WAL');
      // WAL + NORMAL: a killed process loses nothing committed (only a power cut could lose the last commits)
      this.db.pragma('synchronous = NORMAL');
      this.db.pragma('foreign_keys = ON');
      this.db.pragma('busy_timeout = 5000');
    }
    migrate(this.db, opts.readonly ?? false, path);
    this.isKnown = this.db.prepare('SELECT 1 FROM articles WHERE key = ? UNION ALL SELECT 1 FROM errors WHERE key = ? LIMIT 1');
    this.commitTx = opts.readonly ? () => { throw new Error('store opened read-only'); } : this.prepareCommit();
  }

  async known(keys: readonly string[]): Promise<Set<string>> {
    const found = new Set<string>();
    if (this.replace) return found;
    for (const k of keys) if (this.isKnown.get(k, k)) found.add(k);
    return found;
  }

  async write(articles: readonly StoredArticle[], errors: readonly RecordError[]): Promise<void> {
    if (articles.length || errors.length) this.commitTx(articles, errors);
  }

  async stats(opts: { by?: readonly StatsGroup[]; top?: number }): Promise<StatsResult> {
    return queryStats(this.db, opts.by ?? [], opts.top ?? 10);
  }

  async *quotes(): AsyncIterable<QuoteRow> {
    const stmt = this.db.prepare(`
      SELECT q.article_key AS articleKey, a.record_id AS recordId, a.outlet, a.url, a.published_at AS publishedAt, a.title,
        q.quote_id AS quoteId, q.kind, q.content, q.cue, q.speaker, q.source_id AS sourceId, q.source_type AS sourceType,
        q.source_name AS sourceName, q.descriptor, q.relayed_via AS relayedVia, q.nested, q.confidence, q.start, q.end
      FROM quotes q JOIN articles a ON a.key = q.article_key ORDER BY a.rowid, q.ord`);
    for (const r of stmt.iterate() as Iterable<Omit<QuoteRow, 'nested'> & { nested: number }>) yield { ...r, nested: r.nested === 1 };
  }

  async articles(opts: { limit: number; offset: number; outlet?: string | null }): Promise<ArticlePage> {
    const where = opts.outlet ? 'WHERE outlet = @outlet' : '';
    const total = (this.db.prepare(`SELECT count(*) AS n FROM articles ${where}`).get({ outlet: opts.outlet ?? null }) as { n: number }).n;
    const rows = this.db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM articles ${where} ORDER BY rowid LIMIT @limit OFFSET @offset`)
      .all({ outlet: opts.outlet ?? null, limit: opts.limit, offset: opts.offset }) as ArticleSummary[];
    return { total, offset: opts.offset, limit: opts.limit, items: rows };
  }

  async article(key: string): Promise<{ summary: ArticleSummary; analysis: Analysis } | null> {
    const row = this.db.prepare(`SELECT ${SUMMARY_COLUMNS}, j.json AS json FROM articles a JOIN analyses j ON j.article_key = a.key WHERE a.key = ?`)
      .get(key) as (ArticleSummary & { json: string }) | undefined;
    if (!row) return null;
    const { json, ...summary } = row;
    return { summary, analysis: JSON.parse(json) as Analysis };
  }

  async close(): Promise<void> {
    if (this.db.open) this.db.close();
  }

  private prepareCommit(): (articles: readonly StoredArticle[], errors: readonly RecordError[]) => void {
    const db = this.db;
    const del = db.prepare('DELETE FROM articles WHERE key = ?');
    const insArticle = db.prepare(`INSERT OR IGNORE INTO articles VALUES (@key, @content_sha256, @record_id, @input, @kind, @outlet,
      @url, @published_at, @month, @title, @byline, @language, @word_count, @statements, @anonymous_share, @analysed_at)`);
    const insJson = db.prepare('INSERT INTO analyses VALUES (?, ?)');
    const insEntity = db.prepare('INSERT OR IGNORE INTO entities VALUES (?, ?, ?, ?, ?)');
    const insSource = db.prepare('INSERT OR IGNORE INTO sources VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
    const insQuote = db.prepare('INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const insRelay = db.prepare('INSERT OR IGNORE INTO relays VALUES (?, ?)');
    const clearError = db.prepare('DELETE FROM errors WHERE key = ?');
    const insError = db.prepare(`INSERT OR ${this.replace ? 'REPLACE' : 'IGNORE'} INTO errors VALUES (?, ?, ?, ?, ?, ?)`);
    return db.transaction((articles: readonly StoredArticle[], errors: readonly RecordError[]) => {
      const now = new Date().toISOString();
      for (const { meta, analysis } of articles) {
        if (this.replace) del.run(meta.key);
        if (insArticle.run(articleRow(meta, analysis, now)).changes === 0) continue; // stored by an earlier run
        insJson.run(meta.key, JSON.stringify(analysis));
        for (const r of entityRows(meta.key, analysis)) insEntity.run(r);
        for (const r of sourceRows(meta.key, analysis)) insSource.run(r);
        for (const r of quoteRows(meta.key, analysis)) insQuote.run(r);
        for (const r of relayRows(meta.key, analysis)) insRelay.run(r);
        clearError.run(meta.errorKey);
      }
      for (const e of errors) insError.run(e.key, e.id, e.input, e.code, e.message, now);
    });
  }
}

function migrate(db: Db, readonly: boolean, path: string): void {
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    throw new Error(`${path} has schema version ${version}, newer than this newslens (${SCHEMA_VERSION}); upgrade newslens`);
  }
  if (version === SCHEMA_VERSION) return;
  if (readonly) {
    if (version === 0 && !hasTable(db, 'articles')) throw new Error(`${path} is not a newslens database`);
    throw new Error(`${path} has schema version ${version}; run \`newslens batch\` with this version once to migrate it`);
  }
  if (version === 0 && hasAnyTable(db)) throw new Error(`${path} is not a newslens database (it has other tables)`);
  db.transaction(() => {
    for (let v = version; v < SCHEMA_VERSION; v++) db.exec(MIGRATIONS[v]);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  })();
}

const hasTable = (db: Db, name: string): boolean =>
  !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name);
const SUMMARY_COLUMNS = `key, record_id AS recordId, outlet, url, published_at AS publishedAt, title, byline,
  word_count AS wordCount, statements, anonymous_share AS anonymousShare`;

const hasAnyTable = (db: Db): boolean => !!db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table'").get();
