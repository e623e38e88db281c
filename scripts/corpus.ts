// A benchmark and load-test corpus built from real texts read in place: the seeds, the dev-news excerpts, and the
// report texts in ../shared/data/dev (CIR descriptions, UCDP source headlines). Article i is news text i mod 43
// followed by report i mod 3,989 as a closing paragraph, with its own metadata: every article is new (a new
// content hash) and of news length (the reports alone are headline-sized and would flatter the throughput),
// while near-duplicate detection still groups copies of one story as the wire copies they are.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../src/ingest/csv.js";
import type { RawArticle } from "../src/types.js";

export const SHARED = join(import.meta.dirname, "..", "..", "shared");

export function loadTexts(): { text: string; published: string | null; kind: string }[] {
  const texts: { text: string; published: string | null; kind: string }[] = [];
  const meta = JSON.parse(readFileSync(join(SHARED, "seeds", "meta.json"), "utf8")).articles as {
    file: string;
    published: string;
  }[];
  for (const f of readdirSync(join(SHARED, "seeds"))
    .filter((f) => f.endsWith(".txt"))
    .sort()) {
    texts.push({
      text: readFileSync(join(SHARED, "seeds", f), "utf8"),
      published: meta.find((m) => m.file === f)?.published ?? null,
      kind: "seed",
    });
  }
  for (const l of readFileSync(join(SHARED, "gold", "dev-news.jsonl"), "utf8")
    .split("\n")
    .filter(Boolean)) {
    const r = JSON.parse(l);
    texts.push({ text: r.text, published: r.published ?? null, kind: "dev-news" });
  }
  const dev = join(SHARED, "data", "dev");
  for (const r of parseCsv(readFileSync(join(dev, "cir_eyesonrussia_events_dev_sample.csv"), "utf8"))) {
    if (r["brief description"]?.trim())
      texts.push({ text: r["brief description"], published: r.date || null, kind: "cir" });
  }
  for (const r of parseCsv(readFileSync(join(dev, "ucdp_ged_ukraine_2014_2021.csv"), "utf8"))) {
    if (r.source_headline?.trim())
      texts.push({
        text: r.source_headline.replace(/;/g, ".\n"),
        published: (r.date_start || "").slice(0, 10) || null,
        kind: "ucdp",
      });
  }
  return texts;
}

export function corpus(texts = loadTexts()) {
  const news = texts.filter((t) => t.kind === "seed" || t.kind === "dev-news"),
    reports = texts.filter((t) => t.kind === "cir" || t.kind === "ucdp");
  return (i: number): RawArticle => {
    const t = news[i % news.length],
      r = reports[i % reports.length];
    return {
      input: `corpus-${i}`,
      file: `corpus-${i}`,
      url: `https://example.org/frontline-corpus/${i}`,
      title: null,
      outlet: `outlet-${i % 17}`,
      published: t.published,
      translatedFrom: i % 5 === 0 ? "uk" : null,
      language: "en",
      text: `${t.text}\n\n${r.text}\n\nCorpus copy ${i}.`,
    };
  };
}
