// Analysis on every core: a piscina pool of worker threads, each with its own gazetteer, while the main thread
// writes to the ledger (SQLite has one writer; PostgreSQL takes several, but one process's pool is enough to keep it busy).
import { availableParallelism } from "node:os";
import { Piscina } from "piscina";
import { analyseForStore } from "../pipeline.js";
import type { RawArticle } from "../types.js";

export type Analysis = ReturnType<typeof analyseForStore>;
export interface Analyser { readonly threads: number; run(raw: RawArticle): Promise<Analysis>; close(): Promise<void> }

export const defaultJobs = () => availableParallelism();

/** `jobs` threads; 1 analyses in this thread (no start-up cost, the right choice for a handful of articles). */
export function createAnalyser(jobs: number): Analyser {
  if (jobs <= 1) return { threads: 0, run: async (raw) => analyseForStore(raw), close: async () => undefined };
  const pool = new Piscina({ filename: new URL("./analyse-thread.mjs", import.meta.url).href, minThreads: jobs, maxThreads: jobs, idleTimeout: 60_000 });
  return { threads: jobs, run: (raw) => pool.run(raw) as Promise<Analysis>, close: () => pool.destroy() };
}
