// The PostgreSQL schema: the same tables and columns as migrations.ts (SQLite), version for
// version, in PostgreSQL's types. Differences, each on purpose: `end` is a reserved word (quoted);
// REAL is SQLite's 8-byte float, so DOUBLE PRECISION here; articles get a `seq` identity column for
// what SQLite's rowid gives (input order); the version lives in newslens_schema (no user_version).
// Append only, in step with MIGRATIONS: PG_MIGRATIONS[i] is the same change as MIGRATIONS[i].
export const PG_MIGRATIONS: readonly string[] = [
  // 1: articles keyed by the sha256 of their input record, their parts, and the records that failed
  `
  CREATE TABLE articles (
    key TEXT PRIMARY KEY,
    content_sha256 TEXT NOT NULL,
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    kind TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published_at TEXT,
    month TEXT,
    title TEXT,
    byline TEXT,
    language TEXT,
    word_count INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    anonymous_share DOUBLE PRECISION,
    analysed_at TEXT NOT NULL,
    seq BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE
  );
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_month ON articles(month);
  CREATE TABLE analyses (
    article_key TEXT PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
    json TEXT NOT NULL
  );
  CREATE TABLE entities (
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    entity_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_key, entity_id)
  );
  CREATE TABLE sources (
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    source_id TEXT NOT NULL,
    type TEXT NOT NULL,
    name TEXT,
    descriptor TEXT,
    entity_id TEXT,
    relayed INTEGER NOT NULL,
    mentions INTEGER NOT NULL,
    PRIMARY KEY (article_key, source_id)
  );
  CREATE TABLE quotes (
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    ord INTEGER NOT NULL,
    quote_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    content TEXT NOT NULL,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    cue TEXT,
    speaker TEXT,
    source_id TEXT,
    source_type TEXT NOT NULL,
    source_name TEXT,
    descriptor TEXT,
    relayed_via TEXT,
    nested INTEGER NOT NULL,
    confidence DOUBLE PRECISION,
    PRIMARY KEY (article_key, ord)
  );
  CREATE INDEX quotes_source ON quotes(source_type, source_name);
  CREATE TABLE relays (
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    outlet TEXT NOT NULL,
    PRIMARY KEY (article_key, outlet)
  );
  CREATE TABLE errors (
    key TEXT PRIMARY KEY,
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    failed_at TEXT NOT NULL
  );
  `,
];
