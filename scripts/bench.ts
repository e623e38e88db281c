// `npm run bench`: throughput, peak memory and accuracy of the embedded default. The corpus is built from real
// texts read in place (the seeds and the dev-news excerpts), repeated with varied metadata and a varying line so
// that every copy is a new article. `npm run bench -- --n 100000` for the full-size run.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { openSqlite } from "../src/store/index.js";
import { analyse } from "../src/pipeline.js";
import { evalGold } from "../src/cli/eval.js";
import type { RawArticle } from "../src/types.js";

const SHARED = join(import.meta.dirname, "..", "..", "shared");
const n = Number(process.argv[process.argv.indexOf("--n") + 1] ?? 0) || 2000;

const texts: { text: string; published: string }[] = [];
const meta = JSON.parse(readFileSync(join(SHARED, "seeds", "meta.json"), "utf8")).articles as { file: string; published: string }[];
for (const f of readdirSync(join(SHARED, "seeds")).filter((f) => f.endsWith(".txt"))) texts.push({ text: readFileSync(join(SHARED, "seeds", f), "utf8"), published: meta.find((m) => m.file === f)!.published });
for (const l of readFileSync(join(SHARED, "gold", "dev-news.jsonl"), "utf8").split("\n").filter(Boolean)) { const r = JSON.parse(l); texts.push({ text: r.text, published: r.published }); }

const corpus = (i: number): RawArticle => {
  const t = texts[i % texts.length];
  return { input: `bench-${i}`, file: `bench-${i}`, url: null, title: null, outlet: `outlet-${i % 17}`, published: t.published, translatedFrom: null, language: "en", text: `${t.text}\n\nBench copy ${i}.` };
};

const dir = mkdtempSync(join(tmpdir(), "frontline-bench-"));
try {
  // the floor of cost: a bare wink-nlp tokenisation pass over the same corpus
  const nlp = winkNLP(model);
  let t0 = performance.now();
  for (let i = 0; i < n; i++) nlp.readDoc(corpus(i).text).tokens().length();
  const tokSecs = (performance.now() - t0) / 1000;

  const store = openSqlite(join(dir, "bench.db"));
  t0 = performance.now();
  let firstEvent = -1;
  for (let i = 0; i < n; i++) {
    const a0 = performance.now();
    const { article, doc, events } = analyse(corpus(i));
    store.saveArticle(article, doc, events);
    if (firstEvent < 0 && events.length) firstEvent = performance.now() - a0;
  }
  const secs = (performance.now() - t0) / 1000;
  const counts = store.counts();
  store.close();
  const seeds = await evalGold(join(SHARED, "gold", "seeds.gold.json"), [join(SHARED, "seeds")]);
  const dev = await evalGold(join(SHARED, "gold", "dev-news.gold.json"), [join(SHARED, "gold", "dev-news.jsonl")]);
  const rss = process.resourceUsage().maxRSS / 1024;
  console.log(`backend   articles  articles/s  tokenise-only/s  ratio  peak RSS  events   first event`);
  console.log(`sqlite    ${String(n).padEnd(8)}  ${(n / secs).toFixed(1).padStart(10)}  ${(n / tokSecs).toFixed(1).padStart(15)}  ${(secs / tokSecs).toFixed(1).padStart(5)}  ${rss.toFixed(0).padStart(5)} MB  ${String(counts.events).padEnd(7)}  ${firstEvent.toFixed(0)} ms`);
  console.log(`accuracy  seeds F1 ${seeds.overall.f1.toFixed(3)} (P ${seeds.overall.p.toFixed(3)}, R ${seeds.overall.r.toFixed(3)}), dev-news F1 ${dev.overall.f1.toFixed(3)} (P ${dev.overall.p.toFixed(3)}, R ${dev.overall.r.toFixed(3)})`);
  console.log("(one core; PostgreSQL and parallel workers are issue 8)");
} finally {
  rmSync(dir, { recursive: true, force: true });
}
