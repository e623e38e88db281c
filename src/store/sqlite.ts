// The embedded default: one SQLite file through better-sqlite3, WAL mode.
import Database from "better-sqlite3";
import type { Driver, Row, Sql } from "./driver.js";

export function sqliteDriver(path: string): Driver {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // WAL with NORMAL sync: commits survive a crash of the process; only a power cut may lose the last ones, never
  // corrupt the file (SQLite's documented trade-off), and ingest stops waiting on an fsync per article
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");

  // statements are prepared once per SQL text: preparing is a large share of a small insert's cost
  const cache = new Map<string, Database.Statement>();
  const stmt = (sql: string) => {
    let s = cache.get(sql);
    if (!s) cache.set(sql, (s = db.prepare(sql)));
    return s;
  };
  const q: Sql = {
    all: async (sql, params = []) => {
      const s = stmt(sql);
      return s.reader ? (s.all(...params) as Row[]) : (s.run(...params), []);
    },
    run: async (sql, params = []) => stmt(sql).run(...params).changes,
    exec: async (sql) => void db.exec(sql),
  };

  // better-sqlite3 is synchronous and has one connection, but the ledger's transactions are async functions:
  // they are queued so that two never interleave on the connection
  let queue: Promise<unknown> = Promise.resolve();
  return {
    backend: "sqlite",
    ...q,
    tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        db.exec("BEGIN IMMEDIATE");
        try {
          const r = await fn(q);
          db.exec("COMMIT");
          return r;
        } catch (e) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw e;
        }
      });
      queue = next.catch(() => undefined);
      return next;
    },
    lockInTx: async () => undefined,
    close: async () => {
      await queue;
      db.close();
    },
  };
}
