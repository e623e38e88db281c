// The shared ledger on a real PostgreSQL + PostGIS server (a private one on loopback, started here): the same
// ledger as SQLite, every command on both, spatial and full-text indexes, and queue workers that can be killed.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import pg from "pg";
import PgBoss from "pg-boss";
import { startCluster, type Cluster } from "../scripts/pg-cluster.ts";
import { corpus } from "../scripts/corpus.ts";
import { openStore } from "../src/store/index.ts";
import { createServer } from "../src/api/server.ts";
import { QUEUE } from "../src/queue/index.ts";
import { cli, ROOT, SEEDS, SHARED, tmp } from "./helpers.ts";

const DEV = join(SHARED, "gold", "dev-news.jsonl");
let cluster: Cluster, dir: string, sqlite: string, shared: string;

before(async () => {
  cluster = await startCluster();
  dir = tmp();
  sqlite = join(dir, "ledger.db");
  shared = await cluster.createDb("ledger");
  // the same inputs into both backends: SQLite on one thread, PostgreSQL through the analysis threads
  for (const [db, jobs] of [
    [sqlite, "1"],
    [shared, "2"],
  ]) {
    const r = cli(["ingest", "--db", db, "--jobs", jobs, "--no-progress", SEEDS, DEV]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /ingested 43 articles: 43 new/);
  }
});
after(() => cluster?.stop());

const query = async (url: string, sql: string, params: unknown[] = []) => {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query(sql, params)).rows;
  } finally {
    await c.end();
  }
};

test("SQLite and PostgreSQL hold the same ledger: every export, control map and change list is identical", () => {
  const runs: string[][] = [
    ["export"],
    ["export", "--reports"],
    ["export", "--format", "csv"],
    ["export", "--format", "geojson"],
    ["control", "--at", "2022-09-12"],
    ["control", "--at", "2022-11-11", "--by", "oblast"],
    ["changes", "--from", "2022-09-01", "--to", "2022-11-30"],
  ];
  for (const args of runs) {
    const a = cli([...args, "--db", sqlite]),
      b = cli([...args, "--db", shared]);
    assert.equal(a.code, 0, a.stderr);
    assert.equal(b.code, 0, b.stderr);
    assert.ok(a.stdout.length > 100, `${args.join(" ")} printed something`);
    assert.equal(b.stdout, a.stdout, `frontline ${args.join(" ")} differs between the backends`);
  }
});

test("a DeepStateMap baseline imports the same into both, and the maps and the comparison built on it agree", () => {
  const map = join(
    SHARED,
    "data",
    "dev",
    "deepstatemap_snapshots_sample_2022-04_07",
    "deepstatemap_2022-04-03_1649005166.geojson.gz",
  );
  const dsm = join(SHARED, "data", "dev", "dsm_control_changes_2022-04-03_2022-07-31.csv");
  const out: string[][] = [];
  for (const db of [sqlite, shared]) {
    const r = cli(["baseline", "import", map, "--as-of", "2022-04-03", "--db", db]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /baseline 2022-04-03: 29708 settlements/);
    out.push([
      cli(["control", "--at", "2022-05-01", "--by", "oblast", "--db", db]).stdout,
      cli(["compare", "--control", dsm, "--db", db]).stdout,
    ]);
  }
  assert.ok(JSON.parse(out[0][1]).placesWithOpinion > 20000);
  assert.deepEqual(out[1], out[0]);
});

test("PostGIS: event places are geography with a GiST index; articles have full-text search", async () => {
  // Izium lies about 2 km from this point; Kherson does not
  const near = await query(
    shared,
    "SELECT DISTINCT name FROM event_places WHERE ST_DWithin(geog, " +
      "ST_SetSRID(ST_MakePoint(37.26, 49.21), 4326)::geography, 5000)",
  );
  assert.deepEqual(
    near.map((r) => r.name),
    ["Izium"],
  );
  const idx = await query(
    shared,
    "SELECT indexdef FROM pg_indexes WHERE indexname IN ('event_places_geog', 'articles_search') ORDER BY indexname",
  );
  assert.match(idx[0].indexdef, /USING gin \(search\)/);
  assert.match(idx[1].indexdef, /USING gist \(geog\)/);
  const hits = await query(
    shared,
    "SELECT count(*)::int AS n FROM articles WHERE search @@ plainto_tsquery('simple', 'Kherson')",
  );
  assert.ok(hits[0].n >= 3, `articles mentioning Kherson: ${hits[0].n}`);
});

test("the API answers the same from either backend", async () => {
  const answers: string[][] = [];
  for (const db of [sqlite, shared]) {
    const store = await openStore(db);
    const app = await createServer({ store });
    const paths = [
      "/api/events?type=control_change&limit=500",
      "/api/control?at=2022-09-12",
      "/api/places/UA6304009001",
      "/api/articles?q=Kherson%20troops&limit=50",
    ];
    answers.push(await Promise.all(paths.map(async (url) => (await app.inject({ url })).body)));
    await app.close();
    await store.close();
  }
  assert.ok(JSON.parse(answers[0][0]).total > 10);
  assert.ok(JSON.parse(answers[0][3]).length >= 2, "full-text search finds articles");
  assert.deepEqual(answers[1], answers[0]);
});

test("a server on the shared ledger sees what another process writes to it", async () => {
  const url = await cluster.createDb("live");
  const store = await openStore(url);
  const app = await createServer({ store });
  const count = async () => JSON.parse((await app.inject({ url: "/api/range" })).body).events as number;
  assert.equal(await count(), 0);
  const r = cli(["ingest", "--db", url, "--no-progress", join(SEEDS, "000_a6a6b8673fc8b0cf.txt")]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok((await count()) > 0, "the new events are served without a restart");
  await app.close();
  await store.close();
});

test("reextract replaces each article's events in place on both backends, and the ledger comes out the same", () => {
  for (const db of [sqlite, shared]) {
    const before = cli(["export", "--db", db]).stdout;
    const r = cli(["reextract", "--db", db, "--jobs", "2", "--no-progress"]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stderr, /reextracted 43 articles: (\d+) events before, \1 after, 0 failed/);
    assert.equal(cli(["export", "--db", db]).stdout, before);
  }
  const some = cli(["reextract", "--db", shared, "--since", "2025-01-01", "--no-progress"]);
  assert.match(some.stderr, /reextracted ([1-9]|[1-3]\d) articles/);
});

test("a bad --db URL is a clear error, not a stack trace", () => {
  const r = cli(["export", "--db", "postgres://nobody:secret@127.0.0.1:1/none"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /cannot connect to postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none/);
  assert.doesNotMatch(r.stderr, /secret|    at /);
  assert.match(cli(["worker", "--db", sqlite]).stderr, /the queue lives in PostgreSQL/);
});

const worker = (url: string, extra: string[] = []): ChildProcess =>
  spawn(
    process.execPath,
    [join(ROOT, "bin", "frontline.js"), "worker", "--db", url, "--jobs", "1", "--lease", "2", ...extra],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
const exited = (p: ChildProcess) =>
  new Promise<number | null>((res) => (p.exitCode !== null ? res(p.exitCode) : p.once("exit", (code) => res(code))));

test("kill a worker mid-batch: its jobs come back to the others, nothing is lost or stored twice", async () => {
  const N = 240;
  const make = corpus();
  const file = join(dir, "batch.jsonl");
  writeFileSync(
    file,
    Array.from({ length: N }, (_, i) => {
      const a = make(i);
      return JSON.stringify({ id: a.file, text: a.text, published: a.published, outlet: a.outlet, url: a.url });
    }).join("\n") + "\n",
  );
  const url = await cluster.createDb("queue");
  const q = cli(["enqueue", "--db", url, "--lease", "2", file]);
  assert.equal(q.code, 0, q.stderr);
  assert.match(q.stderr, new RegExp(`queued ${N} of ${N} articles`));
  // enqueueing again adds nothing: one job per article
  assert.match(
    cli(["enqueue", "--db", url, "--lease", "2", file]).stderr,
    new RegExp(`queued 0 of ${N}|queued ${N} of ${N}`),
  );
  const jobs = await query(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1", [QUEUE]);
  assert.equal(jobs[0].n, N);

  const victim = worker(url);
  // (killed with jobs in hand: a worker between two batches holds none. It is frozen (SIGSTOP) before its jobs are
  // counted, so none can finish between the count and the kill, and let go on while it holds none)
  const sql = "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'active'";
  for (let t = 0; t < 1200; t++) {
    await new Promise((r) => setTimeout(r, 25));
    if ((await query(url, "SELECT count(*)::int AS n FROM articles"))[0].n < 20) continue;
    victim.kill("SIGSTOP");
    if ((await query(url, sql, [QUEUE]))[0].n > 0) break;
    victim.kill("SIGCONT");
  }
  victim.kill("SIGKILL");
  await exited(victim);
  const held = (
    await query(url, "SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'active'", [QUEUE])
  )[0].n;
  const left = (await query(url, "SELECT count(*)::int AS n FROM articles"))[0].n;
  assert.ok(left >= 20 && left < N, `killed with ${left} of ${N} stored`);
  assert.ok(held > 0, "the killed worker held jobs");

  // two fresh workers drain the queue, the dead worker's jobs included once their lease runs out
  const rest = [worker(url, ["--drain"]), worker(url, ["--drain"])];
  const codes = await Promise.all(rest.map(exited));
  assert.deepEqual(codes, [0, 0]);

  const states = await query(url, "SELECT state, count(*)::int AS n FROM pgboss.job WHERE name = $1 GROUP BY state", [
    QUEUE,
  ]);
  assert.deepEqual(states, [{ state: "completed", n: N }]);
  assert.deepEqual(JSON.parse(cli(["queue", "--db", url]).stdout), { completed: N });
  assert.equal((await query(url, "SELECT count(*)::int AS n FROM articles"))[0].n, N);
  // the same ledger as one uninterrupted SQLite ingest of the batch
  const ref = join(dir, "batch.db");
  assert.equal(cli(["ingest", "--db", ref, "--jobs", "2", "--no-progress", file]).code, 0);
  for (const args of [["export", "--reports"], ["export"]])
    assert.equal(cli([...args, "--db", url]).stdout, cli([...args, "--db", ref]).stdout, args.join(" "));
});

test("a job that keeps failing is retried up to its cap and then set aside as failed", async () => {
  const url = await cluster.createDb("poison");
  assert.equal(cli(["enqueue", "--db", url, join(SEEDS)]).code, 0);
  // a message from another producer without an article in it
  const boss = new PgBoss({ connectionString: url, schedule: false, supervise: false });
  await boss.start();
  await boss.insert([{ name: QUEUE, data: { nonsense: true }, retryLimit: 2, retryDelay: 0 }]);
  await boss.stop({ graceful: false, wait: true });
  const w = worker(url, ["--drain"]);
  let err = "";
  w.stderr!.on("data", (d) => (err += d));
  assert.equal(await exited(w), 2);
  assert.match(err, /not an article: input: .*; text: Invalid input/);
  assert.equal(err.match(/not an article/g)?.length, 3, "tried once and retried twice");
  const failed = await query(
    url,
    "SELECT state, retry_count FROM pgboss.job WHERE name = $1 AND state <> 'completed'",
    [QUEUE],
  );
  assert.deepEqual(failed, [{ state: "failed", retry_count: 2 }]);
  assert.equal((await query(url, "SELECT count(*)::int AS n FROM articles"))[0].n, 5);
});
