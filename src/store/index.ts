// store: articles, mentions, events and evidence spans, behind one asynchronous interface that the CLI, the API,
// exports, fusion and the workers use. Two backends implement it with the same SQL and the same code
// (ledger.ts): SQLite, the embedded default, and PostgreSQL/PostGIS for a ledger shared by many workers and users.
import type { Article, Doc, Event, Place, Side, Status, ActorSide, Precision, EventType } from "../types.js";
import type { BaselineRow } from "../fuse/control.js";
import { openLedger } from "./ledger.js";
import { sqliteDriver } from "./sqlite.js";

export interface StoredEvent {
  id: string;
  articleId: string;
  /** the near-duplicate group of the article: copies of one story count as one source */
  dupGroup: string;
  file: string;
  url: string | null;
  outlet: string | null;
  published: string | null;
  type: EventType;
  side: Side | null;
  date: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: Status;
  source: { name: string; side: ActorSide | null; via?: string | null } | null;
  quantity: Event["quantity"];
  attributes: Event["attributes"] | null;
  places: Place[];
  evidence: { text: string; start: number; end: number; cleanStart: number; cleanEnd: number };
  trigger: string;
  extractor: string;
}

export interface ArticleHit {
  id: string;
  file: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  url: string | null;
}

export interface StoredArticle {
  id: string;
  file: string;
  input: string;
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null;
  translatedFrom: string | null;
  language: string | null;
  text: string;
  clean: string;
}

/** What the store keeps of an analysed document: the mentions, not the tokens. Small enough to pass between threads. */
export type StoredDoc = Pick<Doc, "text" | "places" | "dates" | "actors">;

export interface EventFilter {
  type?: string;
  side?: string;
  status?: string;
  pcode?: string;
  from?: string;
  to?: string;
  article?: string;
}

export interface Store {
  readonly backend: "sqlite" | "postgres";
  readonly target: string;
  /** Saves one analysed article and everything found in it, in one transaction. Unchanged content is skipped. */
  saveArticle(article: Article, doc: StoredDoc, events: Event[]): Promise<"inserted" | "unchanged">;
  /** Replaces what was read from a stored article (after an extractor upgrade), in one transaction. */
  replaceAnalysis(article: Article, doc: StoredDoc, events: Event[]): Promise<void>;
  hasArticle(id: string): Promise<boolean>;
  events(filter?: EventFilter): Promise<StoredEvent[]>;
  article(id: string): Promise<StoredArticle | null>;
  /**
   * Stored articles in id order, a page at a time; `since` keeps those published (or, undated, ingested) on or
   * after a day.
   */
  articles(opts: { since?: string; after?: string; limit: number }): Promise<StoredArticle[]>;
  countArticles(opts?: { since?: string }): Promise<number>;
  /** Articles holding every word of `q` (full-text index on both backends), newest first. */
  searchArticles(q: string, limit: number): Promise<ArticleHit[]>;
  counts(): Promise<{ articles: number; events: number; mentions: number }>;
  schemaVersion(): Promise<number>;
  /** Moves on with every write: whether a view computed from the ledger is stale. */
  version(): Promise<number>;
  /** A starting map, one row per settlement and day; importing a day again replaces that day. */
  importBaseline(rows: BaselineRow[]): Promise<number>;
  baseline(): Promise<BaselineRow[]>;
  close(): Promise<void>;
}

export const isPostgres = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/** Opens the ledger a `--db` value names: a postgres:// URL, or a SQLite file (created when missing). */
export async function openStore(target: string, opts: { writeLock?: SharedArrayBuffer } = {}): Promise<Store> {
  if (isPostgres(target)) {
    // loaded on demand: the embedded default never needs the pg driver
    const { postgresDriver } = await import("./postgres.js");
    return openLedger(await postgresDriver(target));
  }
  return openLedger(sqliteDriver(target, opts));
}

/** The embedded default, by file path. */
export const openSqlite = (path: string): Promise<Store> => openLedger(sqliteDriver(path));
