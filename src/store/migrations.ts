// Versioned schema. Each migration runs once, in order, inside a transaction; schema_migrations records it.
// Written in the SQL common to SQLite and PostgreSQL.
export const MIGRATIONS: { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "ledger",
    sql: `
CREATE TABLE articles (
  id TEXT PRIMARY KEY,
  file TEXT NOT NULL,
  input TEXT NOT NULL,
  url TEXT,
  title TEXT,
  outlet TEXT,
  published TEXT,
  translated_from TEXT,
  language TEXT,
  raw_text TEXT NOT NULL,
  clean_text TEXT NOT NULL,
  segments TEXT NOT NULL,
  dropped TEXT NOT NULL,
  headings TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE TABLE mentions (
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  kind TEXT NOT NULL,
  start_offset INTEGER NOT NULL,
  end_offset INTEGER NOT NULL,
  surface TEXT NOT NULL,
  value TEXT,
  pcode TEXT,
  lat REAL,
  lon REAL,
  level TEXT,
  admin1 TEXT,
  confidence REAL,
  detail TEXT,
  PRIMARY KEY (article_id, kind, start_offset, end_offset)
);
CREATE INDEX mentions_pcode ON mentions(pcode);
CREATE TABLE events (
  id TEXT PRIMARY KEY,
  article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  type TEXT NOT NULL,
  side TEXT,
  event_date TEXT,
  date_end TEXT,
  date_precision TEXT,
  status TEXT NOT NULL,
  source_name TEXT,
  source_side TEXT,
  quantity TEXT,
  evidence_start INTEGER NOT NULL,
  evidence_end INTEGER NOT NULL,
  evidence_text TEXT NOT NULL,
  trigger_text TEXT NOT NULL,
  extractor TEXT NOT NULL
);
CREATE INDEX events_article ON events(article_id);
CREATE INDEX events_type_date ON events(type, event_date);
CREATE TABLE event_places (
  event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  ord INTEGER NOT NULL,
  name TEXT NOT NULL,
  pcode TEXT,
  lat REAL,
  lon REAL,
  level TEXT NOT NULL,
  admin1 TEXT,
  PRIMARY KEY (event_id, ord)
);
CREATE INDEX event_places_pcode ON event_places(pcode);
`,
  },
  {
    version: 2,
    name: "event attributes",
    sql: `ALTER TABLE events ADD COLUMN attributes TEXT;`,
  },
  {
    version: 3,
    name: "reporting chain",
    sql: `ALTER TABLE events ADD COLUMN source_via TEXT;`,
  },
  {
    version: 4,
    name: "near-duplicate articles",
    sql: `
ALTER TABLE articles ADD COLUMN minhash TEXT;
ALTER TABLE articles ADD COLUMN dup_group TEXT;
CREATE TABLE article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE, PRIMARY KEY (band, article_id));
`,
  },
  {
    version: 5,
    name: "baseline map",
    sql: `
CREATE TABLE baseline (
  pcode TEXT NOT NULL,
  as_of TEXT NOT NULL,
  name TEXT NOT NULL,
  lat REAL,
  lon REAL,
  admin1 TEXT,
  controller TEXT NOT NULL,
  source TEXT NOT NULL,
  PRIMARY KEY (pcode, as_of)
);
`,
  },
];
