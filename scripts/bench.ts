// `npm run bench`: throughput, peak memory, latency and accuracy, for SQLite and PostgreSQL, on one core and on all.
// The corpus is built from real texts read in place (scripts/corpus.ts). `npm run bench -- --n 100000` is the
// full-size run; `--backends sqlite` or `--jobs 1` narrow it; `--backends none` measures analysis alone.
//
// Each configuration runs in its own process, so that its peak RSS is its own (worker threads included).
// PostgreSQL is a private server started here with fsync on and synchronous_commit off: a crash of the server
// may lose the last commits, never corrupt the ledger, the same class of durability as SQLite's WAL with NORMAL sync.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, tmpdir } from "node:os";
import { join } from "node:path";
import winkNLP from "wink-nlp";
import model from "wink-eng-lite-web-model";
import { openStore } from "../src/store/index.js";
import { ingestArticles } from "../src/cli/ingest.js";
import { analyseForStore } from "../src/pipeline.js";
import { evalGold } from "../src/cli/eval.js";
import { corpus, SHARED } from "./corpus.js";
import { startCluster } from "./pg-cluster.js";

const arg = (name: string, dflt: string) =>
  process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt;
const n = Number(arg("n", "2000"));
const cores = availableParallelism();

interface Run {
  backend: string;
  jobs: number;
  n: number;
  secs: number;
  rss: number;
  events: number;
  firstEvent: number;
  latency: number;
}

/** One configuration, in this process: ingest n corpus articles into a fresh ledger. */
async function one(db: string, backend: string, jobs: number): Promise<Run> {
  const make = corpus();
  const store = await openStore(db);
  // made as they are taken: the corpus is not part of the memory measured
  const items = (function* () {
    for (let i = 0; i < n; i++) yield { article: make(i) };
  })();
  const t0 = performance.now();
  let firstEvent = -1;
  const sum = await ingestArticles(store, items, n, {
    jobs,
    onFirstEvent: () => (firstEvent = performance.now() - t0),
  });
  const secs = (performance.now() - t0) / 1000;
  if (sum.failed) throw new Error(sum.failures.slice(0, 3).join("; "));
  // warm latency: one new article, from arrival to its event read back from the ledger, as the map reads it
  // this thread warmed up before the clock starts (gazetteer loaded, code compiled), as in a running server: with
  // threads, the ingest ran elsewhere and this thread has analysed nothing yet
  for (let i = 0; i < 50; i++) analyseForStore(make(n + 2 + i));
  const fresh = make(n + 1);
  const a0 = performance.now();
  const r = analyseForStore(fresh);
  await store.saveArticle(r.article, r.doc, r.events);
  const seen = await store.events({ article: r.article.id });
  const latency = performance.now() - a0;
  if (!seen.length) throw new Error("the latency article produced no event");
  const counts = await store.counts();
  await store.close();
  return {
    backend,
    jobs,
    n,
    secs,
    rss: process.resourceUsage().maxRSS / 1024,
    events: counts.events,
    firstEvent,
    latency,
  };
}

if (process.argv.includes("--one")) {
  const [backend, db, jobs] = [arg("backend", "sqlite"), arg("db", ""), Number(arg("jobs", "1"))];
  process.stdout.write(JSON.stringify(await one(db, backend, jobs)) + "\n");
  process.exit(0);
}

const backends = arg("backends", "sqlite,postgres")
  .split(",")
  .filter((b) => b && b !== "none");
const jobsList = [...new Set(arg("jobs", `1,${cores}`).split(",").map(Number))];
const dir = mkdtempSync(join(tmpdir(), "frontline-bench-"));
const cluster = backends.includes("postgres") ? await startCluster({ durable: true }) : null;
try {
  // the floor of cost: a bare wink-nlp tokenisation pass over the same corpus, one core
  const nlp = winkNLP(model);
  const make = corpus();
  let chars = 0;
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const text = make(i).text;
    chars += text.length;
    nlp.readDoc(text).tokens().length();
  }
  const tokRate = n / ((performance.now() - t0) / 1000);

  // analysis alone, one core: ms per article and per 2 KB (issue 12's budget: 5 ms), and one 200 KB live-blog page
  // (0.5 s): analysis must stay linear in the length of its input
  for (let i = 0; i < 30; i++) analyseForStore(make(n + 100 + i));
  let aChars = 0;
  const a0 = performance.now();
  const sample = Math.min(n, 1000);
  for (let i = 0; i < sample; i++) {
    const a = make(i);
    aChars += a.text.length;
    analyseForStore(a);
  }
  const msPer = (performance.now() - a0) / sample;
  let blog = "";
  for (let i = 0; blog.length < 200_000; i++) blog += make(n + 200 + i).text + "\n\n";
  const b0 = performance.now();
  analyseForStore({ ...make(n + 199), text: blog });
  const blogSecs = (performance.now() - b0) / 1000;

  const runs: Run[] = [];
  for (const backend of backends) {
    for (const jobs of jobsList) {
      const db = backend === "postgres" ? await cluster!.createDb(`bench_${jobs}`) : join(dir, `bench-${jobs}.db`);
      process.stderr.write(`bench: ${backend}, ${jobs} thread(s), ${n} articles…\n`);
      const r = spawnSync(
        process.execPath,
        [
          "--import",
          "tsx",
          import.meta.filename,
          "--one",
          "--backend",
          backend,
          "--db",
          db,
          "--jobs",
          String(jobs),
          "--n",
          String(n),
        ],
        { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], maxBuffer: 1 << 24 },
      );
      if (r.status !== 0) throw new Error(`bench ${backend} ${jobs}: exit ${r.status}`);
      runs.push(JSON.parse(r.stdout.trim().split("\n").pop()!));
    }
  }
  const seeds = (await evalGold(join(SHARED, "gold", "seeds.gold.json"), [join(SHARED, "seeds")])).all;
  const dev = (await evalGold(join(SHARED, "gold", "dev-news.gold.json"), [join(SHARED, "gold", "dev-news.jsonl")]))
    .all;

  console.log(`corpus: ${n} articles, ${(chars / n).toFixed(0)} characters each on average; ${cores} cores`);
  console.log(`floor: bare wink-nlp tokenisation, ${tokRate.toFixed(0)} articles/s on one core`);
  console.log(
    `analysis, one core: ${msPer.toFixed(2)} ms per article, ` +
      `${((msPer * 2048) / (aChars / sample)).toFixed(2)} ms per 2 KB; a ` +
      `${(blog.length / 1000).toFixed(0)} KB live-blog page: ` +
      `${blogSecs.toFixed(2)} s`,
  );
  console.log("");
  console.log(
    "| backend | threads | articles/s | × floor | peak RSS | events | first event (cold) | new article → map |",
  );
  console.log("| --- | --- | --- | --- | --- | --- | --- | --- |");
  for (const r of runs) {
    const rate = r.n / r.secs;
    // cost against the floor on the same number of cores: 1.0 would be as fast as tokenising alone
    const ratio = (tokRate * Math.min(r.jobs, cores)) / rate;
    console.log(
      `| ${r.backend} | ${r.jobs} | ${rate.toFixed(0)} | ${ratio.toFixed(1)} ` +
        `| ${r.rss.toFixed(0)} MB | ${r.events} | ` +
        `${(r.firstEvent / 1000).toFixed(2)} s | ${r.latency.toFixed(0)} ms |`,
    );
  }
  console.log("");
  console.log(
    `accuracy: seeds F1 ${seeds.overall.f1.toFixed(3)} (P ` +
      `${seeds.overall.p.toFixed(3)}, R ${seeds.overall.r.toFixed(3)}), ` +
      `dev-news F1 ${dev.overall.f1.toFixed(3)} (P ` +
      `${dev.overall.p.toFixed(3)}, R ${dev.overall.r.toFixed(3)})`,
  );
} finally {
  cluster?.stop();
  rmSync(dir, { recursive: true, force: true });
}
