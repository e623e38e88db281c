// The ledger, written once for both backends over a Driver: migrations, one transaction per article, near-duplicate
// groups, and the reads the CLI, API and exports make.
import { createHash } from "node:crypto";
import type { Article, Event, Segment } from "../types.js";
import { toRaw } from "../ingest/index.js";
import type { BaselineRow } from "../fuse/control.js";
import type { ArticleHit, EventFilter, Store, StoredArticle, StoredDoc, StoredEvent } from "./index.js";
import type { Driver, Row, Sql } from "./driver.js";
import { MIGRATIONS, migrationSql } from "./migrations.js";
import { bands, DUPLICATE, minhash, similarity } from "../fuse/near-duplicates.js";

// advisory-lock keys (PostgreSQL): schema changes, and near-duplicate grouping, which reads other articles' groups
const MIGRATE_LOCK = 7_340_001,
  GROUP_LOCK = 7_340_002;
const NEAR_COPY = 0.9,
  PER_BAND = 8;

export function eventId(articleId: string, e: Event): string {
  const key = [
    articleId,
    e.type,
    e.side,
    e.places.map((p) => p.pcode ?? p.name).join("+"),
    e.date,
    e.status,
    e.evidence.start,
    e.evidence.end,
    e.trigger.start,
  ].join("|");
  return createHash("sha256").update(key).digest("hex").slice(0, 24);
}

async function migrate(db: Driver) {
  await db.tx(async (q) => {
    await db.lockInTx(q, MIGRATE_LOCK);
    await q.exec(
      "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY " +
        "KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
    );
    const applied = new Set((await q.all("SELECT version FROM schema_migrations")).map((r) => Number(r.version)));
    for (const m of MIGRATIONS) {
      if (applied.has(m.version)) continue;
      await q.exec(migrationSql(m, db.backend));
      await q.run("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        m.version,
        m.name,
        new Date().toISOString(),
      ]);
    }
  });
}

const str = (v: unknown) => (v == null ? null : (v as string));
const num = (v: unknown) => (v == null ? null : Number(v));

function toArticle(r: Row): StoredArticle {
  return {
    id: r.id as string,
    file: r.file as string,
    input: r.input as string,
    url: str(r.url),
    title: str(r.title),
    outlet: str(r.outlet),
    published: str(r.published),
    translatedFrom: str(r.translated_from),
    language: str(r.language),
    text: r.raw_text as string,
    clean: r.clean_text as string,
  };
}

function toEvent(r: Row, places: Row[], segments: Segment[]): StoredEvent {
  const cs = r.evidence_start as number,
    ce = r.evidence_end as number;
  return {
    id: r.id as string,
    articleId: r.article_id as string,
    dupGroup: str(r.dup_group) ?? (r.article_id as string),
    file: r.file as string,
    url: str(r.url),
    outlet: str(r.outlet),
    published: str(r.published),
    type: r.type as StoredEvent["type"],
    side: str(r.side) as StoredEvent["side"],
    date: str(r.event_date),
    dateEnd: str(r.date_end),
    precision: str(r.date_precision) as StoredEvent["precision"],
    status: r.status as StoredEvent["status"],
    source: r.source_name
      ? { name: r.source_name as string, side: str(r.source_side) as StoredEvent["side"], via: str(r.source_via) }
      : null,
    quantity: r.quantity ? JSON.parse(r.quantity as string) : null,
    attributes: r.attributes ? JSON.parse(r.attributes as string) : null,
    places: places.map((p) => ({
      name: p.name as string,
      pcode: str(p.pcode),
      lat: num(p.lat),
      lon: num(p.lon),
      level: p.level as StoredEvent["places"][0]["level"],
      admin1: str(p.admin1),
    })),
    evidence: {
      text: r.evidence_text as string,
      start: toRaw(segments, cs),
      end: toRaw(segments, ce),
      cleanStart: cs,
      cleanEnd: ce,
    },
    trigger: r.trigger_text as string,
    extractor: r.extractor as string,
  };
}

/**
 * Inserts rows with multi-row VALUES, a few hundred at a time: one statement per table and article instead of one
 * per row, which is what a server round trip costs most (and SQLite still binds far fewer than its 32,766 limit).
 */
async function insertRows(q: Sql, head: string, width: number, rows: unknown[][], tail = " ON CONFLICT DO NOTHING") {
  const tuple = `(${new Array(width).fill("?").join(", ")})`;
  for (let i = 0; i < rows.length; i += 400) {
    const chunk = rows.slice(i, i + 400);
    await q.run(`${head} VALUES ${chunk.map(() => tuple).join(", ")}${tail}`, chunk.flat());
  }
}

interface AnalysisRows {
  mentions: unknown[][];
  events: unknown[][];
  places: unknown[][];
}

/** The rows of one analysed article, built before its transaction so that the writer's lock is held only to write. */
function analysisRows(a: Article, doc: StoredDoc, events: Event[]): AnalysisRows {
  const mentions: unknown[][] = [];
  for (const p of doc.places) {
    mentions.push([
      a.id,
      "place",
      p.start,
      p.end,
      p.surface,
      p.place.name,
      p.place.pcode,
      p.place.lat,
      p.place.lon,
      p.place.level,
      p.place.admin1,
      p.confidence,
      JSON.stringify({ reason: p.reason, candidates: p.candidates }),
    ]);
  }
  for (const d of doc.dates)
    mentions.push([
      a.id,
      "date",
      d.start,
      d.end,
      d.text,
      d.date,
      null,
      null,
      null,
      d.precision,
      null,
      null,
      JSON.stringify({ dateEnd: d.dateEnd }),
    ]);
  for (const x of doc.actors)
    mentions.push([
      a.id,
      "actor",
      x.start,
      x.end,
      doc.text.slice(x.start, x.end),
      x.name,
      null,
      null,
      null,
      x.kind,
      null,
      null,
      JSON.stringify({ side: x.side }),
    ]);
  // one row per key: a multi-row insert may not name the same key twice in PostgreSQL
  const unique = (rows: unknown[][], key: (r: unknown[]) => string) => {
    const m = new Map<string, unknown[]>();
    for (const r of rows) if (!m.has(key(r))) m.set(key(r), r);
    return [...m.values()];
  };
  const eventRows: unknown[][] = [],
    placeRows: unknown[][] = [];
  const seen = new Set<string>();
  for (const e of events) {
    const id = eventId(a.id, e);
    if (seen.has(id)) continue; // the same event read twice from one article
    seen.add(id);
    eventRows.push([
      id,
      a.id,
      e.type,
      e.side,
      e.date,
      e.dateEnd,
      e.precision,
      e.status,
      e.source?.name ?? null,
      e.source?.side ?? null,
      e.quantity ? JSON.stringify(e.quantity) : null,
      e.evidence.start,
      e.evidence.end,
      e.evidence.text,
      e.trigger.text,
      e.extractor,
      e.attributes ? JSON.stringify(e.attributes) : null,
      e.source?.via ?? null,
    ]);
    e.places.forEach((p, i) => placeRows.push([id, i, p.name, p.pcode, p.lat, p.lon, p.level, p.admin1]));
  }
  return { mentions: unique(mentions, (r) => `${r[1]}|${r[2]}|${r[3]}`), events: eventRows, places: placeRows };
}

async function writeAnalysis(q: Sql, rows: AnalysisRows) {
  await insertRows(
    q,
    "INSERT INTO mentions (article_id, kind, start_offset, end_offset, " +
      "surface, value, pcode, lat, lon, level, admin1, confidence, detail)",
    13,
    rows.mentions,
  );
  await insertRows(
    q,
    `INSERT INTO events (id, article_id, type, side, event_date, date_end, ` +
      `date_precision, status, source_name, source_side, quantity, ` +
      `evidence_start, evidence_end, evidence_text, trigger_text, extractor, ` +
      `attributes, source_via)`,
    18,
    rows.events,
  );
  await insertRows(q, "INSERT INTO event_places (event_id, ord, name, pcode, lat, lon, level, admin1)", 8, rows.places);
}

/** A copy of an article already in the ledger joins its group; the group is named by its smallest member id. */
async function group(q: Sql, a: Article, sig: number[], C: string) {
  const bs = bands(sig);
  let best: { group: string; sim: number } | null = null;
  // the first few articles of each band, not all: a band many articles share belongs to a story already grouped,
  // and reading every copy of it would make ingest slow down with each copy (deterministic: by id)
  const perBand = bs.map(
    (_, i) =>
      `SELECT * FROM (SELECT article_id FROM article_bands WHERE band = ? AND ` +
      `article_id <> ? ORDER BY article_id${C} LIMIT ${PER_BAND}) AS b${i}`,
  );
  const peers = await q.all(
    `SELECT a.id, a.minhash, a.dup_group FROM articles a WHERE a.id IN (${perBand.join(" UNION ")})`,
    bs.flatMap((b) => [b, a.id]),
  );
  for (const r of peers) {
    if (!r.minhash) continue;
    const sim = similarity(sig, JSON.parse(r.minhash as string));
    const g = r.dup_group as string;
    if (sim >= DUPLICATE && (!best || sim > best.sim || (sim === best.sim && g < best.group))) best = { group: g, sim };
  }
  // a near-verbatim copy adds nothing its original's bands do not already catch; leaving its bands out keeps the
  // candidates of a much-copied story from growing with every copy (otherwise grouping is quadratic in the copies)
  if (!best || best.sim < NEAR_COPY)
    await insertRows(
      q,
      "INSERT INTO article_bands (band, article_id)",
      2,
      bs.map((b) => [b, a.id]),
    );
  // named by the smallest id, so the ledger does not depend on the order of ingest
  const name = best && best.group < a.id ? best.group : a.id;
  await q.run("UPDATE articles SET minhash = ?, dup_group = ? WHERE id = ?", [JSON.stringify(sig), name, a.id]);
  if (best && best.group !== name)
    await q.run("UPDATE articles SET dup_group = ? WHERE dup_group = ?", [name, best.group]);
}

function filterSql(f: EventFilter): { where: string; args: unknown[] } {
  const where: string[] = [],
    args: unknown[] = [];
  if (f.type) {
    where.push("e.type = ?");
    args.push(f.type);
  }
  if (f.side) {
    where.push("e.side = ?");
    args.push(f.side);
  }
  if (f.status) {
    where.push("e.status = ?");
    args.push(f.status);
  }
  if (f.article) {
    where.push("e.article_id = ?");
    args.push(f.article);
  }
  if (f.from) {
    where.push("e.event_date >= ?");
    args.push(f.from);
  }
  if (f.to) {
    where.push("e.event_date <= ?");
    args.push(f.to);
  }
  if (f.pcode) {
    where.push("EXISTS (SELECT 1 FROM event_places ep2 WHERE ep2.event_id = e.id AND ep2.pcode = ?)");
    args.push(f.pcode);
  }
  return { where: where.length ? "WHERE " + where.join(" AND ") : "", args };
}

export async function openLedger(db: Driver): Promise<Store> {
  try {
    await migrate(db);
  } catch (e) {
    await db.close().catch(() => undefined);
    throw e;
  }
  // both backends order text byte-wise, so the two ledgers list events identically
  const C = db.backend === "postgres" ? ' COLLATE "C"' : "";
  const since = (s?: string) =>
    s
      ? { where: "WHERE (published >= ? OR (published IS NULL AND ingested_at >= ?))", args: [s, s] }
      : { where: "", args: [] as unknown[] };
  // last in each writing transaction, so the row lock it takes is held only for the commit
  const bump = (q: Sql) => q.run("UPDATE ledger_state SET version = version + 1 WHERE id = 1");
  const has = async (q: Sql, id: string) => (await q.all("SELECT 1 AS x FROM articles WHERE id = ?", [id])).length > 0;

  return {
    backend: db.backend,
    target: db.target,
    hasArticle: (id) => has(db, id),
    saveArticle: (a, doc, events) => {
      // outside the transaction: the signature needs no lock, and the writer's lock is held for less time
      const sig = minhash(a.clean),
        rows = analysisRows(a, doc, events);
      const articleRow = [
        a.id,
        a.file,
        a.input,
        a.url,
        a.title,
        a.outlet,
        a.published,
        a.translatedFrom,
        a.language,
        a.text,
        a.clean,
        JSON.stringify(a.segments),
        JSON.stringify(a.dropped),
        JSON.stringify(a.headings),
        new Date().toISOString(),
      ];
      return db.tx(async (q) => {
        // ON CONFLICT: a second worker saving the same article waits for the first and then finds it there
        const n = await q.run(
          `INSERT INTO articles (id, file, input, url, title, outlet, published, translated_from, language, raw_text,
            clean_text, segments, dropped, headings, ingested_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING`,
          articleRow,
        );
        if (!n) return "unchanged" as const;
        await writeAnalysis(q, rows);
        await db.lockInTx(q, GROUP_LOCK);
        await group(q, a, sig, C);
        await bump(q);
        return "inserted" as const;
      });
    },
    replaceAnalysis: (a, doc, events) => {
      const rows = analysisRows(a, doc, events);
      return db.tx(async (q) => {
        if (!(await has(q, a.id))) throw new Error(`no stored article ${a.id}`);
        // the near-duplicate group is kept: it was computed over the text, which an extractor upgrade does not change
        await q.run("DELETE FROM events WHERE article_id = ?", [a.id]);
        await q.run("DELETE FROM mentions WHERE article_id = ?", [a.id]);
        await q.run(
          "UPDATE articles SET title = ?, clean_text = ?, segments = ?, dropped = ?, headings = ? WHERE id = ?",
          [a.title, a.clean, JSON.stringify(a.segments), JSON.stringify(a.dropped), JSON.stringify(a.headings), a.id],
        );
        await writeAnalysis(q, rows);
        await bump(q);
      });
    },
    async events(f: EventFilter = {}) {
      const { where, args } = filterSql(f);
      const from = `FROM events e JOIN articles a ON a.id = e.article_id ${where}`;
      const rows = await db.all(
        `SELECT e.*, a.file, a.url, a.outlet, a.published, a.segments, ` +
          `a.dup_group ${from} ORDER BY e.event_date${C} NULLS FIRST, e.type${C}, ` +
          `e.id${C}`,
        args,
      );
      // the places of all those events in one query, not one per event: a round trip each is slow on a server
      const places = new Map<string, Row[]>();
      for (const p of await db.all(
        `SELECT ep.* FROM event_places ep WHERE ep.event_id IN (SELECT e.id ${from}) ORDER BY ep.event_id, ep.ord`,
        args,
      )) {
        const k = p.event_id as string;
        if (!places.has(k)) places.set(k, []);
        places.get(k)!.push(p);
      }
      const segs = new Map<string, Segment[]>();
      const segmentsOf = (r: Row) => {
        const k = r.article_id as string;
        if (!segs.has(k)) segs.set(k, JSON.parse(r.segments as string));
        return segs.get(k)!;
      };
      return rows.map((r) => toEvent(r, places.get(r.id as string) ?? [], segmentsOf(r)));
    },
    async article(id) {
      const [r] = await db.all("SELECT * FROM articles WHERE id = ?", [id]);
      return r ? toArticle(r) : null;
    },
    async articles({ since: s, after, limit }) {
      const w = since(s);
      const cond = after ? `${w.where ? w.where + " AND" : "WHERE"} id${C} > ?` : w.where;
      return (
        await db.all(`SELECT * FROM articles ${cond} ORDER BY id${C} LIMIT ?`, [
          ...w.args,
          ...(after ? [after] : []),
          limit,
        ])
      ).map(toArticle);
    },
    async countArticles({ since: s } = {}) {
      const w = since(s);
      return Number((await db.all(`SELECT COUNT(*) AS n FROM articles ${w.where}`, w.args))[0].n);
    },
    async searchArticles(text, limit) {
      // words only: the query reaches neither backend's query syntax, so no input can make it fail
      const words = [...new Set(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [])].slice(0, 16);
      if (!words.length) return [];
      const hit = "SELECT a.id, a.file, a.title, a.outlet, a.published, a.url FROM articles a";
      const order = `ORDER BY a.published${C} DESC NULLS LAST, a.id${C} LIMIT ?`;
      const rows =
        db.backend === "postgres"
          ? await db.all(`${hit} WHERE a.search @@ plainto_tsquery('simple', ?) ${order}`, [words.join(" "), limit])
          : await db.all(`${hit} JOIN articles_fts f ON f.rowid = a.rowid WHERE articles_fts MATCH ? ${order}`, [
              words.map((w) => `"${w}"`).join(" AND "),
              limit,
            ]);
      return rows.map((r): ArticleHit => ({
        id: r.id as string,
        file: r.file as string,
        title: str(r.title),
        outlet: str(r.outlet),
        published: str(r.published),
        url: str(r.url),
      }));
    },
    async counts() {
      const c = async (t: string) => Number((await db.all(`SELECT COUNT(*) AS n FROM ${t}`))[0].n);
      return { articles: await c("articles"), events: await c("events"), mentions: await c("mentions") };
    },
    version: async () => Number((await db.all("SELECT version FROM ledger_state WHERE id = 1"))[0].version),
    schemaVersion: async () => Number((await db.all("SELECT MAX(version) AS v FROM schema_migrations"))[0].v),
    async importBaseline(rows) {
      await db.tx(async (q) => {
        for (const d of new Set(rows.map((r) => r.asOf))) await q.run("DELETE FROM baseline WHERE as_of = ?", [d]);
        // a settlement listed twice for one day: the last row wins, as it would row by row
        const last = new Map(
          rows.map((r) => [
            `${r.pcode}|${r.asOf}`,
            [r.pcode, r.asOf, r.name, r.lat, r.lon, r.admin1, r.controller, r.source],
          ]),
        );
        await insertRows(
          q,
          "INSERT INTO baseline (pcode, as_of, name, lat, lon, admin1, controller, source)",
          8,
          [...last.values()],
          "",
        );
        await bump(q);
      });
      return rows.length;
    },
    async baseline() {
      return (await db.all(`SELECT * FROM baseline ORDER BY pcode${C}, as_of${C}`)).map((r) => ({
        pcode: r.pcode as string,
        name: r.name as string,
        lat: num(r.lat),
        lon: num(r.lon),
        admin1: str(r.admin1),
        controller: r.controller as BaselineRow["controller"],
        asOf: r.as_of as string,
        source: r.source as string,
      }));
    },
    close: () => db.close(),
  };
}
