// Versioned schema: migration i brings the database from user_version i to i + 1. Append only;
// never edit a migration that has shipped.
export const MIGRATIONS: readonly string[] = [
  // 1: articles keyed by the sha256 of their input record, their parts, and the records that failed
  `
  CREATE TABLE articles (
    key TEXT PRIMARY KEY,            -- sha256 of the record's input bytes
    content_sha256 TEXT NOT NULL,    -- analysis.input.sha256 (the text that was analysed)
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    kind TEXT NOT NULL,
    outlet TEXT,
    url TEXT,
    published_at TEXT,
    month TEXT,                      -- YYYY-MM of published_at, for --by month
    title TEXT,
    byline TEXT,
    language TEXT,
    word_count INTEGER NOT NULL,
    statements INTEGER NOT NULL,
    anonymous_share REAL,
    analysed_at TEXT NOT NULL
  );
  CREATE INDEX articles_outlet ON articles(outlet);
  CREATE INDEX articles_month ON articles(month);
  CREATE TABLE analyses (
    article_key TEXT PRIMARY KEY REFERENCES articles(key) ON DELETE CASCADE,
    json TEXT NOT NULL               -- the whole contract (newslens/analysis@1)
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
    end INTEGER NOT NULL,
    cue TEXT,
    speaker TEXT,
    source_id TEXT,                  -- the first of quote.sources
    source_type TEXT NOT NULL,       -- that source's type, 'unknown' when none
    source_name TEXT,
    descriptor TEXT,
    relayed_via TEXT,                -- the name of the source quote.relayedVia points to
    nested INTEGER NOT NULL,
    confidence REAL,
    PRIMARY KEY (article_key, ord)
  );
  CREATE INDEX quotes_source ON quotes(source_type, source_name);
  CREATE TABLE relays (              -- sourcing.relayedFrom: outlets whose reporting the article relays
    article_key TEXT NOT NULL REFERENCES articles(key) ON DELETE CASCADE,
    outlet TEXT NOT NULL,
    PRIMARY KEY (article_key, outlet)
  );
  CREATE TABLE errors (
    key TEXT PRIMARY KEY,            -- sha256 of input location + record bytes
    record_id TEXT NOT NULL,
    input TEXT NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    failed_at TEXT NOT NULL
  );
  `,
];

export const SCHEMA_VERSION = MIGRATIONS.length;
