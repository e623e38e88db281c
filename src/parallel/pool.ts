// Work on every core: a piscina pool of threads, each with its own gazetteer and its own connection to the ledger.
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import type { Store } from "../store/index.js";
import { runTask, type Task, type TaskResult } from "./task.js";

export interface Pool {
  readonly threads: number;
  run(task: Task): Promise<TaskResult>;
  close(): Promise<void>;
}

export const defaultJobs = () => availableParallelism();

// starting a thread loads its own gazetteer (about a second): not worth it for a handful of articles
const SMALL_BATCH = 24;

/**
 * `jobs` threads writing to the store's ledger; 1, or a known batch of fewer than SMALL_BATCH articles, works in
 * this thread, on this store.
 */
export function createPool(store: Store, jobs: number, batch?: number): Pool {
  if (jobs <= 1 || (batch !== undefined && batch < SMALL_BATCH))
    return { threads: 0, run: (task) => runTask(store, task), close: async () => undefined };
  const pool = new Piscina({
    filename: new URL("./thread.mjs", import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    idleTimeout: 60_000,
    workerData: { db: store.target, writeLock: new SharedArrayBuffer(4) },
  });
  return { threads: jobs, run: (task) => pool.run(task) as Promise<TaskResult>, close: () => pool.destroy() };
}
