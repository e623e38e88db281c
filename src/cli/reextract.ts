// `frontline reextract`: runs today's pipeline again over stored articles (after an extractor or gazetteer
// upgrade) and replaces what was read from each, one transaction per article. The raw text is in the ledger,
// so nothing needs the original files.
import type { Store, StoredArticle } from "../store/index.js";
import type { RawArticle } from "../types.js";
import { createPool } from "../parallel/pool.js";
import { bounded, progressBar } from "./ingest.js";

export interface ReextractSummary {
  articles: number;
  before: number;
  after: number;
  failed: number;
  failures: string[];
}

const toRaw = (a: StoredArticle): RawArticle => ({
  input: a.input,
  file: a.file,
  url: a.url,
  title: a.title,
  outlet: a.outlet,
  published: a.published,
  translatedFrom: a.translatedFrom,
  language: a.language,
  text: a.text,
});

export async function reextract(
  store: Store,
  opts: { since?: string; jobs?: number; progress?: boolean; onError?: (m: string) => void } = {},
): Promise<ReextractSummary> {
  const total = await store.countArticles({ since: opts.since });
  const sum: ReextractSummary = {
    articles: 0,
    before: (await store.counts()).events,
    after: 0,
    failed: 0,
    failures: [],
  };
  const bar = progressBar("reextract", total, !!opts.progress);
  const pool = createPool(store, opts.jobs ?? 1, total);
  let events = 0;
  try {
    // a page at a time, so that a ledger of millions of articles never sits in memory
    for (let after: string | undefined; ;) {
      const page = await store.articles({ since: opts.since, after, limit: 500 });
      if (!page.length) break;
      after = page[page.length - 1].id;
      await bounded(page, Math.max(1, pool.threads * 16), async (a) => {
        try {
          const r = await pool.run({ op: "reextract", raw: toRaw(a) });
          sum.articles++;
          events += r.events;
        } catch (e) {
          sum.failed++;
          sum.failures.push(`${a.input}: ${(e as Error).message}`);
          bar.clear();
          opts.onError?.(`${a.input}: ${(e as Error).message}`);
        }
        bar.tick(events, sum.failed);
      });
    }
  } finally {
    bar.stop();
    await pool.close();
  }
  sum.after = (await store.counts()).events;
  return sum;
}
