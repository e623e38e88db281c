// api: the HTTP API and the web app, served by one fastify server bound to 127.0.0.1 by default.
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { readFileSync } from "node:fs";
import { Readable } from "node:stream";
import { join } from "node:path";
import { z } from "zod";
import type { Store } from "../store/index.js";
import { fuse, type FusedEvent } from "../fuse/fuse.js";
import { changes, controlAt, effective, type BaselineRow } from "../fuse/control.js";
import { csv, fusedJson, geojson, jsonl } from "../export/index.js";
import { loadGazetteer } from "../geo/index.js";
import { fold } from "../geo/normalize.js";
import {
  ArticlesQuery,
  AtQuery,
  ChangesQuery,
  Empty,
  EventsQuery,
  ExportFormat,
  Id,
  Pcode,
  PlacesQuery,
} from "./schemas.js";
import { OPENAPI } from "./openapi.js";
import { buildWeb } from "../web/build.js";

export interface ServeOptions {
  store: Store;
  tiles?: string | null;
}

/** Parses with zod or answers 400 naming what is wrong. */
function parse<T extends z.ZodTypeAny>(schema: T, value: unknown, reply: FastifyReply): z.infer<T> | null {
  const r = schema.safeParse(value ?? {});
  if (r.success) return r.data;
  void reply
    .code(400)
    .send({ error: "bad request", issues: r.error.issues.map((i) => `${i.path.join(".") || "query"}: ${i.message}`) });
  return null;
}

export async function createServer(opts: ServeOptions): Promise<FastifyInstance> {
  const app = Fastify({ logger: false, bodyLimit: 1024, routerOptions: { maxParamLength: 200 } });
  const { store } = opts;
  const web = await buildWeb();
  // the fused ledger, recomputed when the ledger grows
  // (another worker may write to a shared PostgreSQL ledger while this server runs, so the key is read each time)
  type Ledger = { key: string; events: FusedEvent[]; byId: Map<string, FusedEvent>; baseline: BaselineRow[] };
  let cache: Promise<Ledger> | null = null;
  const build = async (key: string): Promise<Ledger> => {
    const events = fuse(await store.events());
    return { key, events, byId: new Map(events.map((e) => [e.id, e])), baseline: await store.baseline() };
  };
  const ledger = async () => {
    const key = String(await store.version());
    if (!cache || (await cache).key !== key) cache = build(key);
    return cache;
  };

  const tileOrigin = opts.tiles ? new URL(opts.tiles.replace(/\{[a-z]\}/g, "a")).origin : "";
  app.addHook("onSend", async (_req, reply, payload) => {
    reply.header(
      "Content-Security-Policy",
      `default-src 'none'; script-src 'self'; style-src 'self'; img-src ` +
        `'self' data: ${tileOrigin}; connect-src 'self'; base-uri 'none'; ` +
        `form-action 'none'; frame-ancestors 'none'`,
    );
    reply.header("X-Content-Type-Options", "nosniff");
    reply.header("Referrer-Policy", "no-referrer");
    reply.header("X-Frame-Options", "DENY");
    reply.header("Cross-Origin-Opener-Policy", "same-origin");
    return payload;
  });
  app.setErrorHandler((err, _req, reply) => {
    const code = (err as { statusCode?: number }).statusCode ?? 500;
    void reply.code(code).send({ error: code >= 500 ? "internal error" : (err as Error).message });
  });
  app.setNotFoundHandler((_req, reply) => void reply.code(404).send({ error: "not found" }));

  // --- the web app
  const stat = (path: string, type: string, body: string | Buffer) =>
    app.get(path, (_req, reply) => void reply.type(type).send(body));
  stat("/", "text/html; charset=utf-8", web.html);
  stat("/app.js", "text/javascript; charset=utf-8", web.js);
  stat("/app.css", "text/css; charset=utf-8", web.css);
  stat(
    "/oblasts.geojson",
    "application/geo+json",
    readFileSync(join(import.meta.dirname, "..", "..", "data", "oblasts.geojson")),
  );
  app.get("/config.json", (_req, reply) => void reply.send({ tiles: opts.tiles ?? null }));

  // --- the API
  app.get("/api/openapi.json", (_req, reply) => void reply.send(OPENAPI));
  app.get("/api/range", async (req, reply) => {
    if (!parse(Empty, req.query, reply)) return;
    const L = await ledger();
    const days = L.events
      .map((e) => effective(e))
      .filter((d): d is string => !!d)
      .sort();
    void reply.send({ from: days[0] ?? null, to: days[days.length - 1] ?? null, events: L.events.length });
  });
  app.get("/api/events", async (req, reply) => {
    const q = parse(EventsQuery, req.query, reply);
    if (!q) return;
    const L = await ledger();
    const bbox = q.bbox?.split(",").map(Number);
    const items = L.events.filter(
      (e) =>
        (!q.type || e.type === q.type) &&
        (!q.side || e.side === q.side) &&
        (!q.status || e.status === q.status) &&
        (!q.pcode || e.place.pcode === q.pcode) &&
        (!q.oblast || e.place.admin1 === q.oblast) &&
        (!q.from || (effective(e) ?? "") >= q.from) &&
        (!q.to || (effective(e) ?? "9") <= q.to) &&
        (!bbox ||
          (e.place.lon != null &&
            e.place.lat != null &&
            e.place.lon >= bbox[0] &&
            e.place.lat >= bbox[1] &&
            e.place.lon <= bbox[2] &&
            e.place.lat <= bbox[3])),
    );
    void reply.send({
      total: items.length,
      offset: q.offset,
      items: items.slice(q.offset, q.offset + q.limit).map(fusedJson),
    });
  });
  app.get("/api/events/:id", async (req, reply) => {
    const p = parse(Id, req.params, reply);
    if (!p) return;
    const L = await ledger();
    const e = L.byId.get(p.id);
    if (!e) return void reply.code(404).send({ error: `no event ${p.id}` });
    void reply.send({
      ...fusedJson(e),
      contradictions: e.contradicts
        .map((id) => L.byId.get(id))
        .filter(Boolean)
        .map((x) => fusedJson(x!)),
    });
  });
  app.get("/api/articles", async (req, reply) => {
    const q = parse(ArticlesQuery, req.query, reply);
    if (!q) return;
    void reply.send(await store.searchArticles(q.q, q.limit));
  });
  app.get("/api/articles/:id", async (req, reply) => {
    const p = parse(Id, req.params, reply);
    if (!p) return;
    const a = await store.article(p.id);
    if (!a) return void reply.code(404).send({ error: `no article ${p.id}` });
    const spans = (await store.events({ article: a.id })).map((e) => ({
      event: e.id,
      type: e.type,
      start: e.evidence.cleanStart,
      end: e.evidence.cleanEnd,
    }));
    // the text goes out as data; the app renders it as text, never as HTML
    void reply.send({
      id: a.id,
      file: a.file,
      url: a.url,
      title: a.title,
      outlet: a.outlet,
      published: a.published,
      text: a.clean,
      spans,
    });
  });
  app.get("/api/places", async (req, reply) => {
    const q = parse(PlacesQuery, req.query, reply);
    if (!q) return;
    const L = await ledger();
    const g = loadGazetteer();
    const key = fold(q.q);
    const inLedger = new Set(L.events.map((e) => e.place.pcode));
    const seen = new Set<string>();
    const out: {
      pcode: string;
      name: string;
      lat: number;
      lon: number;
      admin1: string;
      oblast: string;
      inLedger: boolean;
    }[] = [];
    const exact = g.index.get(key) ?? [];
    const prefix = exact.length
      ? []
      : [...g.index]
          .filter(([k]) => k.startsWith(key))
          .slice(0, 200)
          .flatMap(([, v]) => v);
    for (const { s } of [...exact, ...prefix].sort(
      (a, b) =>
        Number(inLedger.has(b.s.pcode)) - Number(inLedger.has(a.s.pcode)) ||
        a.tier - b.tier ||
        b.s.population - a.s.population,
    )) {
      if (seen.has(s.pcode)) continue;
      seen.add(s.pcode);
      out.push({
        pcode: s.pcode,
        name: s.name,
        lat: s.lat,
        lon: s.lon,
        admin1: s.admin1,
        oblast: g.oblastName(s.admin1),
        inLedger: inLedger.has(s.pcode),
      });
      if (out.length >= q.limit) break;
    }
    void reply.send(out);
  });
  app.get("/api/places/:pcode", async (req, reply) => {
    const p = parse(Pcode, req.params, reply);
    if (!p) return;
    const L = await ledger();
    const events = L.events.filter((e) => e.place.pcode === p.pcode);
    const days = [...new Set(events.map((e) => effective(e)).filter((d): d is string => !!d))].sort();
    const base = L.baseline.filter((b) => b.pcode === p.pcode);
    // the controller from each day something was reported: the intervals of the timeline (a place's control
    // depends on its own events and baseline only)
    const timeline = [...new Set([...base.map((b) => b.asOf), ...days])]
      .sort()
      .map((d) => {
        const row = controlAt(events, d, base).find((r) => r.pcode === p.pcode);
        return {
          from: d,
          controller: row?.controller ?? "UNKNOWN",
          basis: row?.basis ?? null,
          evidence: row?.evidence ?? [],
        };
      })
      .filter((x, i, all) => i === 0 || x.controller !== all[i - 1].controller);
    const s = loadGazetteer().byPcode.get(p.pcode);
    void reply.send({
      pcode: p.pcode,
      name: s?.name ?? events[0]?.place.name ?? p.pcode,
      timeline,
      events: events.map(fusedJson),
    });
  });
  app.get("/api/control", async (req, reply) => {
    const q = parse(AtQuery, req.query, reply);
    if (!q) return;
    const L = await ledger();
    void reply.send(controlAt(L.events, q.at, L.baseline));
  });
  app.get("/api/changes", async (req, reply) => {
    const q = parse(ChangesQuery, req.query, reply);
    if (!q) return;
    const L = await ledger();
    void reply.send(changes(L.events, q.from, q.to, L.baseline));
  });
  app.get("/api/export.:format", async (req, reply) => {
    const p = parse(ExportFormat, req.params, reply);
    if (!p) return;
    const L = await ledger();
    const gen = p.format === "csv" ? csv(L.events) : p.format === "geojson" ? geojson(L.events) : jsonl(L.events);
    const type =
      p.format === "csv"
        ? "text/csv; charset=utf-8"
        : p.format === "geojson"
          ? "application/geo+json"
          : "application/x-ndjson";
    reply.type(type).header("Content-Disposition", `attachment; filename="frontline.${p.format}"`);
    // streamed: large ledgers never sit in memory as one string
    return reply.send(Readable.from(gen));
  });
  return app;
}
