// The shared ledger: PostgreSQL with PostGIS through node-postgres, a small pool per process. Many workers and
// readers use one database; each article is still one transaction.
import pg from "pg";
import type { Driver, Row, Sql } from "./driver.js";

// COUNT and SUM come back as int8, which node-postgres leaves as strings; the ledger's counts fit a double
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

/** `?` placeholders to PostgreSQL's `$1, $2…`. The ledger's SQL has no `?` inside string literals. */
const numbered = (sql: string) => {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
};

const sqlOn = (c: pg.Pool | pg.PoolClient): Sql => ({
  all: async (sql, params = []) => (await c.query({ text: numbered(sql), values: params })).rows as Row[],
  run: async (sql, params = []) => (await c.query({ text: numbered(sql), values: params })).rowCount ?? 0,
  exec: async (sql) => void (await c.query(sql)),
});

export async function postgresDriver(url: string, opts: { max?: number } = {}): Promise<Driver> {
  const pool = new pg.Pool({ connectionString: url, max: opts.max ?? 4, application_name: "frontline" });
  // an idle client losing its server must not crash the process; the next query reports the error
  pool.on("error", () => undefined);
  try {
    await pool.query("SELECT 1");
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw new Error(`cannot connect to ${redact(url)}: ${(e as Error).message}`);
  }
  return {
    backend: "postgres",
    target: url,
    ...sqlOn(pool),
    async tx<T>(fn: (q: Sql) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const r = await fn(sqlOn(client));
        await client.query("COMMIT");
        return r;
      } catch (e) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    lockInTx: async (q, key) => void (await q.all("SELECT pg_advisory_xact_lock(?::bigint)", [key])),
    close: () => pool.end(),
  };
}

/** The URL without its password, for messages. */
export function redact(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "the database URL";
  }
}
