// Reads inputs, analyses each article (on every core for a large batch) and stores it in its own transaction.
// Bad inputs are reported one line each and the batch goes on.
import cliProgress from "cli-progress";
import { articleId, readInputs, type InputResult } from "../ingest/index.js";
import type { Store } from "../store/index.js";
import type { RawArticle } from "../types.js";
import { createPool } from "../parallel/pool.js";

export interface IngestSummary {
  read: number;
  inserted: number;
  unchanged: number;
  events: number;
  failed: number;
  failures: string[];
}
export interface IngestOptions {
  progress?: boolean;
  onError?: (msg: string) => void;
  /** analysis threads; a batch of a few articles is analysed in this thread whatever the value (parallel/pool.ts) */
  jobs?: number;
  /** called once, when the first event of the batch is in the ledger (time to first event) */
  onFirstEvent?: () => void;
}

/** A progress bar on standard error that error lines do not garble. */
export function progressBar(label: string, total: number, show: boolean) {
  if (!show) return { tick: (_e: number, _f: number) => undefined, clear: () => undefined, stop: () => undefined };
  const bar = new cliProgress.SingleBar(
    {
      format: `${label} [{bar}] {value}/{total} articles | {events} events | {failed} failed | {eta_formatted} left`,
      stream: process.stderr,
      hideCursor: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(total, 0, { events: 0, failed: 0 });
  return {
    tick: (events: number, failed: number) => bar.increment(1, { events, failed }),
    clear: () => void process.stderr.write("\r\x1b[K"), // the bar redraws on its next tick
    stop: () => bar.stop(),
  };
}

/** Runs `work` over items with at most `window` in flight. */
export async function bounded<T>(items: Iterable<T>, window: number, work: (item: T) => Promise<void>) {
  const inflight = new Set<Promise<void>>();
  for (const item of items) {
    const p = work(item).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= window) await Promise.race(inflight);
  }
  await Promise.all(inflight);
}

export async function ingestPaths(store: Store, paths: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const results: InputResult[] = [];
  for await (const r of readInputs(paths)) results.push(r);
  return ingestArticles(store, results, results.length, opts);
}

/**
 * Stores what was read (articles, or the errors reading them), taken from `results` as they are needed so that a
 * generator need not hold a whole batch in memory; `total` sizes the progress bar and picks one thread or many.
 */
export async function ingestArticles(
  store: Store,
  results: Iterable<InputResult>,
  total: number,
  opts: IngestOptions = {},
): Promise<IngestSummary> {
  const sum: IngestSummary = { read: 0, inserted: 0, unchanged: 0, events: 0, failed: 0, failures: [] };
  const bar = progressBar("ingest", total, !!opts.progress);
  const fail = (msg: string) => {
    sum.failed++;
    sum.failures.push(msg);
    bar.clear();
    opts.onError?.(msg);
  };
  const pool = createPool(store, opts.jobs ?? 1, total);
  let first = false;
  const one = async (raw: RawArticle) => {
    sum.read++;
    try {
      if (await store.hasArticle(articleId(raw.text))) sum.unchanged++;
      else {
        const r = await pool.run({ op: "ingest", raw });
        if (r.status === "inserted") {
          sum.inserted++;
          sum.events += r.events;
          if (!first && r.events) {
            first = true;
            opts.onFirstEvent?.();
          }
        } else sum.unchanged++;
      }
    } catch (e) {
      fail(`${raw.input}: ${(e as Error).message}`);
    }
  };
  try {
    // enough in flight that no thread waits for the next article
    await bounded(results, Math.max(1, pool.threads * 16), async (r) => {
      if ("error" in r) fail(`${r.error.input}: ${r.error.reason}`);
      else await one(r.article);
      bar.tick(sum.events, sum.failed);
    });
  } finally {
    bar.stop();
    await pool.close();
  }
  return sum;
}
