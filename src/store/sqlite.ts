// The embedded default: one SQLite file (better-sqlite3), WAL mode, one transaction per article.
import Database from "better-sqlite3";
import { createHash } from "node:crypto";
import type { Article, Doc, Event, Segment } from "../types.js";
import { toRaw } from "../ingest/index.js";
import type { EventFilter, Store, StoredArticle, StoredEvent } from "./index.js";
import type { BaselineRow } from "../fuse/control.js";
import { MIGRATIONS } from "./migrations.js";
import { bands, DUPLICATE, minhash, similarity } from "../fuse/near-duplicates.js";

export function eventId(articleId: string, e: Event): string {
  const key = [articleId, e.type, e.side, e.places.map((p) => p.pcode ?? p.name).join("+"), e.date, e.status, e.evidence.start, e.evidence.end, e.trigger.start].join("|");
  return createHash("sha256").update(key).digest("hex").slice(0, 24);
}

export function openSqlite(path: string): Store {
  const db = new Database(path);
  db.pragma("journal_mode = WAL");
  // WAL with NORMAL sync: commits survive a crash of the process; only a power cut may lose the last ones, never
  // corrupt the file (SQLite's documented trade-off), and ingest stops waiting on an fsync per article
  db.pragma("synchronous = NORMAL");
  db.pragma("foreign_keys = ON");
  db.pragma("busy_timeout = 5000");
  db.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set((db.prepare("SELECT version FROM schema_migrations").all() as { version: number }[]).map((r) => r.version));
  for (const m of MIGRATIONS) {
    if (applied.has(m.version)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)").run(m.version, m.name, new Date().toISOString());
    })();
  }

  const has = db.prepare("SELECT 1 FROM articles WHERE id = ?");
  const insArticle = db.prepare(`INSERT INTO articles (id, file, input, url, title, outlet, published, translated_from, language, raw_text, clean_text, segments, dropped, headings, ingested_at)
    VALUES (@id, @file, @input, @url, @title, @outlet, @published, @translatedFrom, @language, @raw, @clean, @segments, @dropped, @headings, @now)`);
  const insMention = db.prepare(`INSERT OR IGNORE INTO mentions (article_id, kind, start_offset, end_offset, surface, value, pcode, lat, lon, level, admin1, confidence, detail)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insEvent = db.prepare(`INSERT OR IGNORE INTO events (id, article_id, type, side, event_date, date_end, date_precision, status, source_name, source_side, quantity, evidence_start, evidence_end, evidence_text, trigger_text, extractor, attributes, source_via)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  const insPlace = db.prepare(`INSERT OR IGNORE INTO event_places (event_id, ord, name, pcode, lat, lon, level, admin1) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);

  const bandPeers = db.prepare("SELECT DISTINCT b.article_id, a.minhash, a.dup_group FROM article_bands b JOIN articles a ON a.id = b.article_id WHERE b.band = ?");
  const insBand = db.prepare("INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)");
  const setGroup = db.prepare("UPDATE articles SET minhash = ?, dup_group = ? WHERE id = ?");
  const renameGroup = db.prepare("UPDATE articles SET dup_group = ? WHERE dup_group = ?");

  /** A copy of an article already in the ledger joins its group; the group is named by its earliest member. */
  const group = (a: Article) => {
    const sig = minhash(a.clean);
    let best: { id: string; group: string; sim: number } | null = null;
    for (const band of bands(sig)) {
      for (const r of bandPeers.all(band) as { article_id: string; minhash: string; dup_group: string }[]) {
        const sim = similarity(sig, JSON.parse(r.minhash));
        if (sim >= DUPLICATE && (!best || sim > best.sim || (sim === best.sim && r.dup_group < best.group))) best = { id: r.article_id, group: r.dup_group, sim };
      }
    }
    for (const band of bands(sig)) insBand.run(band, a.id);
    // the group is named by its smallest article id, so the ledger does not depend on the order of ingest
    const name = best && best.group < a.id ? best.group : a.id;
    setGroup.run(JSON.stringify(sig), name, a.id);
    if (best && best.group !== name) renameGroup.run(name, best.group);
  };

  const save = db.transaction((a: Article, doc: Doc, events: Event[]) => {
    insArticle.run({
      id: a.id, file: a.file, input: a.input, url: a.url, title: a.title, outlet: a.outlet, published: a.published,
      translatedFrom: a.translatedFrom, language: a.language, raw: a.text, clean: a.clean,
      segments: JSON.stringify(a.segments), dropped: JSON.stringify(a.dropped), headings: JSON.stringify(a.headings), now: new Date().toISOString(),
    });
    for (const p of doc.places) {
      insMention.run(a.id, "place", p.start, p.end, p.surface, p.place.name, p.place.pcode, p.place.lat, p.place.lon, p.place.level, p.place.admin1, p.confidence,
        JSON.stringify({ reason: p.reason, candidates: p.candidates }));
    }
    for (const d of doc.dates) insMention.run(a.id, "date", d.start, d.end, d.text, d.date, null, null, null, d.precision, null, null, JSON.stringify({ dateEnd: d.dateEnd }));
    for (const x of doc.actors) insMention.run(a.id, "actor", x.start, x.end, doc.text.slice(x.start, x.end), x.name, null, null, null, x.kind, null, null, JSON.stringify({ side: x.side }));
    for (const e of events) {
      const id = eventId(a.id, e);
      insEvent.run(id, a.id, e.type, e.side, e.date, e.dateEnd, e.precision, e.status, e.source?.name ?? null, e.source?.side ?? null,
        e.quantity ? JSON.stringify(e.quantity) : null, e.evidence.start, e.evidence.end, e.evidence.text, e.trigger.text, e.extractor,
        e.attributes ? JSON.stringify(e.attributes) : null, e.source?.via ?? null);
      e.places.forEach((p, i) => insPlace.run(id, i, p.name, p.pcode, p.lat, p.lon, p.level, p.admin1));
    }
    group(a);
  });

  type Row = Record<string, unknown>;
  const placesOf = db.prepare("SELECT * FROM event_places WHERE event_id = ? ORDER BY ord");
  const toEvent = (r: Row, places: Row[], segments: Segment[]): StoredEvent => {
    const cs = r.evidence_start as number, ce = r.evidence_end as number;
    return {
      id: r.id as string, articleId: r.article_id as string, dupGroup: (r.dup_group as string) ?? (r.article_id as string), file: r.file as string, url: (r.url as string) ?? null, outlet: (r.outlet as string) ?? null,
      published: (r.published as string) ?? null,
      type: r.type as StoredEvent["type"], side: (r.side as StoredEvent["side"]) ?? null, date: (r.event_date as string) ?? null,
      dateEnd: (r.date_end as string) ?? null, precision: (r.date_precision as StoredEvent["precision"]) ?? null, status: r.status as StoredEvent["status"],
      source: r.source_name ? { name: r.source_name as string, side: (r.source_side as StoredEvent["side"]) ?? null, via: (r.source_via as string) ?? null } : null,
      quantity: r.quantity ? JSON.parse(r.quantity as string) : null,
      attributes: r.attributes ? JSON.parse(r.attributes as string) : null,
      places: places.map((p) => ({ name: p.name as string, pcode: (p.pcode as string) ?? null, lat: (p.lat as number) ?? null, lon: (p.lon as number) ?? null, level: p.level as StoredEvent["places"][0]["level"], admin1: (p.admin1 as string) ?? null })),
      evidence: { text: r.evidence_text as string, start: toRaw(segments, cs), end: toRaw(segments, ce), cleanStart: cs, cleanEnd: ce },
      trigger: r.trigger_text as string, extractor: r.extractor as string,
    };
  };

  return {
    hasArticle: (id) => !!has.get(id),
    saveArticle(article, doc, events) {
      if (has.get(article.id)) return "unchanged";
      save(article, doc, events);
      return "inserted";
    },
    events(f: EventFilter = {}) {
      const where: string[] = [], args: unknown[] = [];
      if (f.type) { where.push("e.type = ?"); args.push(f.type); }
      if (f.side) { where.push("e.side = ?"); args.push(f.side); }
      if (f.status) { where.push("e.status = ?"); args.push(f.status); }
      if (f.article) { where.push("e.article_id = ?"); args.push(f.article); }
      if (f.from) { where.push("e.event_date >= ?"); args.push(f.from); }
      if (f.to) { where.push("e.event_date <= ?"); args.push(f.to); }
      if (f.pcode) { where.push("EXISTS (SELECT 1 FROM event_places ep WHERE ep.event_id = e.id AND ep.pcode = ?)"); args.push(f.pcode); }
      const rows = db.prepare(`SELECT e.*, a.file, a.url, a.outlet, a.published, a.segments, a.dup_group FROM events e JOIN articles a ON a.id = e.article_id
        ${where.length ? "WHERE " + where.join(" AND ") : ""} ORDER BY e.event_date, e.type, e.id`).all(...args) as Row[];
      const segs = new Map<string, Segment[]>();
      const segmentsOf = (r: Row) => {
        if (!segs.has(r.article_id as string)) segs.set(r.article_id as string, JSON.parse(r.segments as string));
        return segs.get(r.article_id as string)!;
      };
      return rows.map((r) => toEvent(r, placesOf.all(r.id) as Row[], segmentsOf(r)));
    },
    article(id) {
      const r = db.prepare("SELECT * FROM articles WHERE id = ?").get(id) as Row | undefined;
      if (!r) return null;
      return {
        id: r.id as string, file: r.file as string, input: r.input as string, url: (r.url as string) ?? null, title: (r.title as string) ?? null,
        outlet: (r.outlet as string) ?? null, published: (r.published as string) ?? null, translatedFrom: (r.translated_from as string) ?? null,
        language: (r.language as string) ?? null, text: r.raw_text as string, clean: r.clean_text as string,
      } satisfies StoredArticle;
    },
    counts() {
      const c = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n;
      return { articles: c("articles"), events: c("events"), mentions: c("mentions") };
    },
    schemaVersion: () => (db.prepare("SELECT MAX(version) AS v FROM schema_migrations").get() as { v: number }).v,
    importBaseline(rows) {
      const del = db.prepare("DELETE FROM baseline WHERE as_of = ?");
      const ins = db.prepare("INSERT OR REPLACE INTO baseline (pcode, as_of, name, lat, lon, admin1, controller, source) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
      db.transaction(() => {
        for (const d of new Set(rows.map((r) => r.asOf))) del.run(d);
        for (const r of rows) ins.run(r.pcode, r.asOf, r.name, r.lat, r.lon, r.admin1, r.controller, r.source);
      })();
      return rows.length;
    },
    baseline() {
      return (db.prepare("SELECT * FROM baseline ORDER BY pcode, as_of").all() as Record<string, unknown>[]).map((r) => ({
        pcode: r.pcode as string, name: r.name as string, lat: (r.lat as number) ?? null, lon: (r.lon as number) ?? null, admin1: (r.admin1 as string) ?? null,
        controller: r.controller as BaselineRow["controller"], asOf: r.as_of as string, source: r.source as string,
      }));
    },
    close: () => db.close(),
  };
}
