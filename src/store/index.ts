// store: articles, mentions, events and evidence spans. The interface is what the CLI, exports and fusion
// use; SQLite implements it now, and a PostgreSQL backend will implement the same (the SQL avoids
// SQLite-only features: TEXT/INTEGER/REAL columns, JSON kept as TEXT, no reserved words as names).
import type { Article, Doc, Event, Place, Side, Status, ActorSide, Precision, EventType } from "../types.js";
import type { BaselineRow } from "../fuse/control.js";

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

export interface StoredArticle {
  id: string; file: string; input: string; url: string | null; title: string | null; outlet: string | null;
  published: string | null; translatedFrom: string | null; language: string | null; text: string; clean: string;
}

export interface EventFilter { type?: string; side?: string; status?: string; pcode?: string; from?: string; to?: string; article?: string }

export interface Store {
  /** Saves one analysed article and everything found in it, in one transaction. Unchanged content is skipped. */
  saveArticle(article: Article, doc: Doc, events: Event[]): "inserted" | "unchanged";
  hasArticle(id: string): boolean;
  events(filter?: EventFilter): StoredEvent[];
  article(id: string): StoredArticle | null;
  counts(): { articles: number; events: number; mentions: number };
  schemaVersion(): number;
  /** A starting map, one row per settlement and day; importing a day again replaces that day. */
  importBaseline(rows: BaselineRow[]): number;
  baseline(): BaselineRow[];
  close(): void;
}

export { openSqlite } from "./sqlite.js";
