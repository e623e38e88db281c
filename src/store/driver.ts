// The little each backend must provide so that one ledger implementation (ledger.ts) runs on both: run a
// statement, read rows, and run a function inside one transaction. SQL is written once, with `?` placeholders
// and the syntax SQLite and PostgreSQL share (ON CONFLICT … DO NOTHING, NULLS FIRST).
export type Row = Record<string, unknown>;

export interface Sql {
  all(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a statement and answers how many rows it changed. */
  run(sql: string, params?: unknown[]): Promise<number>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(sql: string): Promise<void>;
}

export interface Driver extends Sql {
  readonly backend: "sqlite" | "postgres";
  /** what opens this ledger again (file path or URL): threads and workers open their own connections */
  readonly target: string;
  /** Runs `fn` in one transaction: committed when it returns, rolled back when it throws. */
  tx<T>(fn: (q: Sql) => Promise<T>): Promise<T>;
  /** Takes a lock held until the transaction ends (PostgreSQL advisory lock); SQLite's writer lock already is one. */
  lockInTx(q: Sql, key: number): Promise<void>;
  close(): Promise<void>;
}
