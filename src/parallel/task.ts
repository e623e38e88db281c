// The unit of parallel work: analyse one article and write it to the ledger, in one transaction. Threads write
// themselves (each with its own connection) so that no single thread serialises the JSON, signatures and SQL of
// every article; SQLite takes one writer at a time and makes the others wait (busy_timeout), PostgreSQL takes all.
import { workerData } from "node:worker_threads";
import { analyseForStore } from "../pipeline.js";
import { openStore, type Store } from "../store/index.js";
import type { RawArticle } from "../types.js";

export interface Task {
  op: "ingest" | "reextract";
  raw: RawArticle;
}
export interface TaskResult {
  status: "inserted" | "unchanged" | "replaced";
  events: number;
}

export async function runTask(store: Store, task: Task): Promise<TaskResult> {
  const { article, doc, events } = analyseForStore(task.raw);
  if (task.op === "reextract") {
    await store.replaceAnalysis(article, doc, events);
    return { status: "replaced", events: events.length };
  }
  return { status: await store.saveArticle(article, doc, events), events: events.length };
}

// in a pool thread: the ledger named by the pool, opened once per thread
let store: Promise<Store> | null = null;
export async function threadTask(task: Task): Promise<TaskResult> {
  const { db, writeLock } = workerData as { db: string; writeLock: SharedArrayBuffer };
  store ??= openStore(db, { writeLock });
  return runTask(await store, task);
}
