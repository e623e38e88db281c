// Reads inputs, analyses each article and stores it in its own transaction. Bad inputs are reported one line
// each and the batch goes on.
import cliProgress from "cli-progress";
import { articleId, readInputs, type InputResult } from "../ingest/index.js";
import { analyse } from "../pipeline.js";
import type { Store } from "../store/index.js";

export interface IngestSummary { read: number; inserted: number; unchanged: number; events: number; failed: number; failures: string[] }

export async function ingestPaths(store: Store, paths: string[], opts: { progress?: boolean; onError?: (msg: string) => void } = {}): Promise<IngestSummary> {
  const results: InputResult[] = [];
  for await (const r of readInputs(paths)) results.push(r);
  const sum: IngestSummary = { read: 0, inserted: 0, unchanged: 0, events: 0, failed: 0, failures: [] };
  const bar = opts.progress ? new cliProgress.SingleBar({ format: "ingest [{bar}] {value}/{total} articles | {events} events | {failed} failed", stream: process.stderr, hideCursor: true }, cliProgress.Presets.shades_classic) : null;
  bar?.start(results.length, 0, { events: 0, failed: 0 });
  const fail = (msg: string) => {
    sum.failed++;
    sum.failures.push(msg);
    if (bar) process.stderr.write("\r\x1b[K"); // clear the bar's line; it redraws on the next tick
    opts.onError?.(msg);
  };
  for (const r of results) {
    if ("error" in r) fail(`${r.error.input}: ${r.error.reason}`);
    else {
      sum.read++;
      try {
        if (store.hasArticle(articleId(r.article.text))) sum.unchanged++;
        else {
          const { article, doc, events } = analyse(r.article);
          if (store.saveArticle(article, doc, events) === "inserted") { sum.inserted++; sum.events += events.length; } else sum.unchanged++;
        }
      } catch (e) {
        fail(`${r.article.input}: ${(e as Error).message}`);
      }
    }
    bar?.increment(1, { events: sum.events, failed: sum.failed });
  }
  bar?.stop();
  return sum;
}
