// Exports in the shapes of ../shared/contract/IO.md: JSONL events, GeoJSON points, CSV rows.
import type { StoredEvent } from "../store/index.js";
import { acled, viina } from "./codebooks.js";
import type { FusedEvent } from "../fuse/fuse.js";

export function eventJson(e: StoredEvent) {
  return {
    id: e.id,
    type: e.type,
    side: e.side,
    date: e.date,
    date_end: e.dateEnd,
    date_precision: e.precision,
    places: e.places.map((p) => ({
      name: p.name,
      pcode: p.pcode,
      lat: p.lat,
      lon: p.lon,
      level: p.level,
      admin1: p.admin1,
    })),
    status: e.status,
    source: e.source,
    // the reporting chain, outermost first: the outlet that published, the agency it cites, the speaker
    chain: [e.outlet, e.source?.via, e.source?.name].filter((x): x is string => !!x),
    quantity: e.quantity,
    attributes: e.attributes ?? null,
    evidence: {
      article: e.articleId,
      file: e.file,
      url: e.url,
      text: e.evidence.text,
      start: e.evidence.start,
      end: e.evidence.end,
    },
    articles: [e.articleId],
    outlet: e.outlet,
    published: e.published,
    extractor: e.extractor,
    acled: acled(e),
    viina: viina(e),
  };
}

/** One fused event: the representative report's wording, every report, and how well it is corroborated. */
export function fusedJson(f: FusedEvent) {
  const base = eventJson({ ...f.representative, places: [f.place] });
  return {
    ...base,
    id: f.id,
    date: f.date,
    status: f.status,
    // every article that reports it (file names, or JSONL ids, as in evidence.file), then their ledger ids
    articles: [...new Set(f.reports.map((r) => r.file))],
    article_ids: [...new Set(f.reports.map((r) => r.articleId))],
    reports: f.reports.map((r) => ({
      id: r.id,
      article: r.articleId,
      file: r.file,
      url: r.url,
      outlet: r.outlet,
      published: r.published,
      date: r.date,
      status: r.status,
      source: r.source,
      evidence: { text: r.evidence.text, start: r.evidence.start, end: r.evidence.end },
    })),
    corroboration: f.corroboration,
    contradicts: f.contradicts,
  };
}

export function* jsonl(events: Iterable<StoredEvent | FusedEvent>): Generator<string> {
  for (const e of events) yield JSON.stringify("representative" in e ? fusedJson(e) : eventJson(e)) + "\n";
}

/** One point feature per event and place; events without coordinates are left out of the map, not the ledger. */
export function* geojson(events: Iterable<StoredEvent | FusedEvent>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const e of events) {
    const j = "representative" in e ? fusedJson(e) : eventJson(e);
    for (const p of "representative" in e ? [e.place] : e.places) {
      if (p.lat == null || p.lon == null) continue;
      const { places: _places, ...props } = j;
      const f = {
        type: "Feature",
        geometry: { type: "Point", coordinates: [p.lon, p.lat] },
        properties: { ...props, place: p },
      };
      yield (first ? "\n" : ",\n") + JSON.stringify(f);
      first = false;
    }
  }
  yield "\n]}\n";
}

const CSV_COLUMNS = [
  "id",
  "type",
  "side",
  "date",
  "date_end",
  "date_precision",
  "status",
  "source_name",
  "source_side",
  "place_name",
  "pcode",
  "lat",
  "lon",
  "level",
  "admin1",
  "quantity",
  "attributes",
  "file",
  "article",
  "url",
  "outlet",
  "published",
  "evidence_start",
  "evidence_end",
  "evidence_text",
  "acled_event_type",
  "acled_sub_event_type",
  "acled_actor1",
  "acled_admin1",
  "acled_location",
  "acled_geo_precision",
  "acled_time_precision",
  "viina_category",
  "reports",
  "independent_sources",
  "confidence",
  "contradicts",
] as const;

const cell = (v: unknown) => {
  if (v == null) return "";
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  // quote when needed; a leading = + - @ is prefixed so spreadsheets never run article text as a formula
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per event and place. */
export function* csv(events: Iterable<StoredEvent | FusedEvent>): Generator<string> {
  yield CSV_COLUMNS.join(",") + "\n";
  for (const x of events) {
    const f = "representative" in x ? x : null;
    const e: StoredEvent = f
      ? { ...f.representative, id: f.id, date: f.date, status: f.status, places: [f.place] }
      : (x as StoredEvent);
    const places = e.places.length ? e.places : [null];
    for (const p of places) {
      const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
        id: e.id,
        type: e.type,
        side: e.side,
        date: e.date,
        date_end: e.dateEnd,
        date_precision: e.precision,
        status: e.status,
        source_name: e.source?.name,
        source_side: e.source?.side,
        place_name: p?.name,
        pcode: p?.pcode,
        lat: p?.lat,
        lon: p?.lon,
        level: p?.level,
        admin1: p?.admin1,
        quantity: e.quantity,
        attributes: e.attributes,
        file: e.file,
        article: e.articleId,
        url: e.url,
        outlet: e.outlet,
        published: e.published,
        evidence_start: e.evidence.start,
        evidence_end: e.evidence.end,
        evidence_text: e.evidence.text,
        ...(() => {
          const a = acled({ ...e, places: p ? [p] : [] });
          return {
            acled_event_type: a.event_type,
            acled_sub_event_type: a.sub_event_type,
            acled_actor1: a.actor1,
            acled_admin1: a.admin1,
            acled_location: a.location,
            acled_geo_precision: a.geo_precision,
            acled_time_precision: a.time_precision,
            viina_category: viina(e),
            reports: f ? f.reports.length : 1,
            independent_sources: f ? f.corroboration.independent : 1,
            confidence: f ? f.corroboration.confidence : null,
            contradicts: f ? f.contradicts.join(" ") : "",
          };
        })(),
      };
      yield CSV_COLUMNS.map((c) => cell(row[c])).join(",") + "\n";
    }
  }
}
