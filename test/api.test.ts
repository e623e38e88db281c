// Every API endpoint on a real ledger (SQLite file, seeds ingested), with the bad parameters each must refuse.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import type { FastifyInstance } from "fastify";
import { openSqlite, type Store } from "../src/store/index.ts";
import { ingestPaths } from "../src/cli/ingest.ts";
import { createServer } from "../src/api/server.ts";
import { SEEDS, tmp } from "./helpers.ts";

let app: FastifyInstance, store: Store;
before(async () => {
  store = await openSqlite(join(tmp(), "api.db"));
  await ingestPaths(store, [SEEDS]);
  app = await createServer({ store });
});
after(async () => {
  await app.close();
  await store.close();
});

const get = async (url: string) => {
  const r = await app.inject({ method: "GET", url });
  return {
    code: r.statusCode,
    body: /application\/(geo\+)?json/.test(r.headers["content-type"]?.toString() ?? "") ? r.json() : r.body,
    headers: r.headers,
  };
};

test("events: filters, paging, and 400 for bad parameters", async () => {
  const all = await get("/api/events?limit=1000");
  assert.equal(all.code, 200);
  assert.ok(all.body.total > 20);
  const cc = await get("/api/events?type=control_change&side=UA&pcode=UA6304009001");
  assert.ok(
    cc.body.items.length >= 1 &&
      cc.body.items.every(
        (e: { type: string; places: { pcode: string }[] }) =>
          e.type === "control_change" && e.places[0].pcode === "UA6304009001",
      ),
  );
  const page = await get("/api/events?limit=2&offset=2");
  assert.equal(page.body.items.length, 2);
  assert.equal(page.body.offset, 2);
  const kh = await get("/api/events?oblast=UA63&from=2022-09-01&to=2022-09-30&bbox=35,48,39,51");
  assert.ok(
    kh.body.items.length > 0 &&
      kh.body.items.every(
        (e: { places: { lon: number }[]; date: string }) => e.places[0].lon >= 35 && e.date >= "2022-09-01",
      ),
  );
  for (const bad of [
    "type=battle",
    "side=XX",
    "status=rumour",
    "pcode=Izium",
    "oblast=63",
    "from=2022-13-01",
    "to=tomorrow",
    "bbox=1,2,3",
    "limit=0",
    "limit=5000",
    "offset=-1",
    "nonsense=1",
  ]) {
    const r = await get(`/api/events?${bad}`);
    assert.equal(r.code, 400, bad);
    assert.ok(r.body.issues.length > 0);
  }
});

test("one event with its reports, and one article with its evidence spans", async () => {
  const { body } = await get("/api/events?type=control_change&pcode=UA6304009001");
  const id = body.items[0].id;
  const ev = await get(`/api/events/${id}`);
  assert.equal(ev.code, 200);
  assert.ok(ev.body.reports.length >= 3);
  assert.ok(Array.isArray(ev.body.contradictions));
  const art = await get(`/api/articles/${ev.body.reports[0].article}`);
  assert.equal(art.code, 200);
  const span = art.body.spans.find((s: { event: string }) => s.event === ev.body.reports[0].id);
  assert.equal(art.body.text.slice(span.start, span.end), ev.body.reports[0].evidence.text);
  assert.equal((await get("/api/events/0123456789abcdef0123")).code, 404);
  assert.equal((await get("/api/events/not-an-id")).code, 400);
  assert.equal((await get("/api/articles/0123456789abcdef")).code, 404);
  assert.equal((await get("/api/articles/..%2F..%2Fetc")).code, 400);
});

test("full-text search of articles: every word must be there; query syntax in the input is only words", async () => {
  const izium = await get("/api/articles?q=Izium");
  assert.equal(izium.code, 200);
  assert.ok(izium.body.length >= 3, `articles with Izium: ${izium.body.length}`);
  const both = await get("/api/articles?q=Izium%20Kherson");
  assert.ok(both.body.length >= 1 && both.body.length < izium.body.length);
  assert.deepEqual((await get("/api/articles?q=Izium%20zzzqqq")).body, []);
  for (const hostile of ['""', '"Izium', "Izium*", "NEAR(a b)", "title:x OR", "') --", "!!"]) {
    const r = await get(`/api/articles?q=${encodeURIComponent(hostile)}`);
    assert.equal(r.code, 200, hostile);
    assert.ok(Array.isArray(r.body), hostile);
  }
  for (const bad of ["q=a", "", "q=Izium&limit=0", "q=Izium&limit=101", "q=Izium&x=1"])
    assert.equal((await get(`/api/articles?${bad}`)).code, 400, bad);
});

test("places in any spelling, and a place's timeline", async () => {
  for (const q of ["Izyum", "Izioum", "izium", "Ізюм"]) {
    const r = await get(`/api/places?q=${encodeURIComponent(q)}`);
    assert.equal(r.body[0]?.pcode, "UA6304009001", q);
  }
  assert.equal((await get("/api/places?q=I")).code, 400);
  assert.equal((await get("/api/places")).code, 400);
  const t = await get("/api/places/UA6304009001");
  assert.equal(t.code, 200);
  assert.deepEqual(t.body.timeline.map((x: { controller: string }) => x.controller).slice(-1), ["UA"]);
  assert.ok(t.body.events.length > 2);
  assert.equal((await get("/api/places/Izium")).code, 400);
});

test("control and changes", async () => {
  const c = await get("/api/control?at=2022-09-13");
  assert.equal(c.body.find((r: { pcode: string }) => r.pcode === "UA6304009001").controller, "UA");
  assert.equal((await get("/api/control")).code, 400);
  assert.equal((await get("/api/control?at=2022-02-30")).code, 400);
  const ch = await get("/api/changes?from=2022-09-01&to=2022-09-13");
  assert.ok(
    ch.body.some((r: { pcode: string; controller: string }) => r.pcode === "UA6304009001" && r.controller === "UA"),
  );
  assert.equal((await get("/api/changes?from=2022-09-13&to=2022-09-01")).code, 400);
  const range = await get("/api/range");
  assert.ok(range.body.from <= range.body.to);
});

test("exports are streamed in three formats; the OpenAPI document lists every path", async () => {
  const j = await get("/api/export.jsonl");
  assert.equal(j.code, 200);
  assert.ok(
    String(j.body)
      .trim()
      .split("\n")
      .every((l: string) => JSON.parse(l).id),
  );
  const g = await get("/api/export.geojson");
  assert.equal(g.body.type, "FeatureCollection");
  const c = await get("/api/export.csv");
  assert.match(String(c.body), /^id,type,side,date/);
  assert.equal((await get("/api/export.xml")).code, 400);
  const o = await get("/api/openapi.json");
  for (const p of [
    "/api/events",
    "/api/events/{id}",
    "/api/articles",
    "/api/articles/{id}",
    "/api/places",
    "/api/places/{pcode}",
    "/api/control",
    "/api/changes",
    "/api/export.{format}",
  ])
    assert.ok(o.body.paths[p], p);
});

test("security: CSP and headers; nothing outside the API and the app; malformed requests survive", async () => {
  const r = await get("/");
  assert.match(String(r.headers["content-security-policy"]), /script-src 'self'/);
  assert.equal(r.headers["x-content-type-options"], "nosniff");
  assert.equal((await get("/etc/passwd")).code, 404);
  assert.equal((await get("/../package.json")).code, 404);
  const post = await app.inject({ method: "POST", url: "/api/events", payload: "x".repeat(5000) });
  assert.ok(post.statusCode >= 400 && post.statusCode < 500);
  assert.equal((await get("/api/events?type=%E0%A4%A")).code, 400);
  assert.equal((await get("/api/range")).code, 200); // still serving
});
