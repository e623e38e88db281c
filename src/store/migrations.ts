// Versioned schema, one sequence for both backends. Each migration runs once, in order, inside a transaction;
// schema_migrations records it. Written in the SQL common to SQLite and PostgreSQL; a migration that only one
// backend can express gives each its own text.
export interface Migration {
  version: number;
  name: string;
  sql: string | { sqlite: string; postgres: string };
}

/**
 * The text of a migration for a backend. PostgreSQL's REAL is 4 bytes: coordinates need DOUBLE PRECISION to match
 * SQLite.
 */
export function migrationSql(m: Migration, backend: "sqlite" | "postgres"): string {
  if (typeof m.sql !== "string") return m.sql[backend];
  return backend === "postgres" ? m.sql.replace(/\bREAL\b/g, "DOUBLE PRECISION") : m.sql;
}

export const MIGRATIONS: Migration[] = [
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
CREATE TABLE article_bands (band TEXT NOT NULL, article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id));
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
  {
    version: 6,
    name: "spatial and full-text indexes",
    sql: {
      // SQLite: the bounding-box queries the app makes are served by the pcode index and a scan; FTS is not used yet
      sqlite: `SELECT 1;`,
      // PostgreSQL: points as PostGIS geography with GiST indexes, and full-text search over the articles
      postgres: `
CREATE EXTENSION IF NOT EXISTS postgis;
ALTER TABLE event_places ADD COLUMN geog geography(Point, 4326)
  GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
    ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED;
CREATE INDEX event_places_geog ON event_places USING GIST (geog);
ALTER TABLE mentions ADD COLUMN geog geography(Point, 4326)
  GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
    ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED;
CREATE INDEX mentions_geog ON mentions USING GIST (geog);
ALTER TABLE baseline ADD COLUMN geog geography(Point, 4326)
  GENERATED ALWAYS AS (CASE WHEN lat IS NULL OR lon IS NULL THEN NULL
    ELSE ST_SetSRID(ST_MakePoint(lon, lat), 4326)::geography END) STORED;
CREATE INDEX baseline_geog ON baseline USING GIST (geog);
ALTER TABLE articles ADD COLUMN search tsvector
  GENERATED ALWAYS AS (to_tsvector('simple', coalesce(title, '') || ' ' || clean_text)) STORED;
CREATE INDEX articles_search ON articles USING GIN (search);
`,
    },
  },
  {
    version: 7,
    name: "ledger version",
    // a counter every write moves on: readers (the API) learn cheaply whether their fused view is stale
    sql: `
CREATE TABLE ledger_state (id INTEGER PRIMARY KEY, version INTEGER NOT NULL);
INSERT INTO ledger_state (id, version) VALUES (1, 0);
`,
  },
  {
    version: 8,
    name: "article search",
    sql: {
      // FTS5 over the articles' title and clean text, kept in step by triggers (PostgreSQL has its tsvector since v6);
      // diacritics kept, as PostgreSQL's 'simple' configuration keeps them
      sqlite: `
CREATE VIRTUAL TABLE articles_fts USING fts5(title, clean_text, content='articles', content_rowid='rowid',
  tokenize='unicode61 remove_diacritics 0');
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
  INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.rowid, old.title, old.clean_text);
END;
CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, clean_text ON articles BEGIN
  INSERT INTO articles_fts (articles_fts, rowid, title, clean_text)
    VALUES ('delete', old.rowid, old.title, old.clean_text);
  INSERT INTO articles_fts (rowid, title, clean_text) VALUES (new.rowid, new.title, new.clean_text);
END;
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
`,
      postgres: `SELECT 1;`,
    },
  },
];
