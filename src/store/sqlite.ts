// The embedded default: one SQLite file through better-sqlite3, WAL mode.
import Database from "better-sqlite3";
import type { Driver, Row, Sql } from "./driver.js";

/**
 * A write lock in shared memory for the threads of one pool. SQLite makes a writer that finds the file locked
 * sleep in growing steps (its busy handler: 1, 2, 5, 10… ms), so threads queuing for the lock would idle for
 * milliseconds each time; Atomics wakes the next one the moment the lock is free. Home-made because it is five
 * lines over Atomics. Other processes still meet SQLite's own lock and busy_timeout.
 */
export function writeLock(buffer: SharedArrayBuffer) {
  const cell = new Int32Array(buffer, 0, 1);
  return {
    acquire: () => {
      while (Atomics.compareExchange(cell, 0, 0, 1) !== 0) Atomics.wait(cell, 0, 1, 100);
    },
    release: () => {
      Atomics.store(cell, 0, 0);
      Atomics.notify(cell, 0, 1);
    },
  };
}

export function sqliteDriver(path: string, opts: { writeLock?: SharedArrayBuffer } = {}): Driver {
  const lock = opts.writeLock ? writeLock(opts.writeLock) : null;
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // WAL with NORMAL sync: commits survive a crash of the process; only a power cut may lose the last ones, never
  // corrupt the file (SQLite's documented trade-off), and ingest stops waiting on an fsync per article
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  // 32 MB of page cache per connection (the default is 2 MB): more of a large ledger's indexes stay in memory
  db.pragma("cache_size = -32768");

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
    target: path,
    ...q,
    tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const next = queue.then(async () => {
        lock?.acquire();
        try {
          db.exec("BEGIN IMMEDIATE");
          const r = await fn(q);
          db.exec("COMMIT");
          return r;
        } catch (e) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw e;
        } finally {
          lock?.release();
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
