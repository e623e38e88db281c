// Exports in the shapes of ../shared/contract/IO.md: JSONL events, GeoJSON points, CSV rows.
import type { StoredEvent } from "../store/index.js";
import { acled, viina } from "./codebooks.js";

export function eventJson(e: StoredEvent) {
  return {
    id: e.id,
    type: e.type,
    side: e.side,
    date: e.date,
    date_end: e.dateEnd,
    date_precision: e.precision,
    places: e.places.map((p) => ({ name: p.name, pcode: p.pcode, lat: p.lat, lon: p.lon, level: p.level, admin1: p.admin1 })),
    status: e.status,
    source: e.source,
    // the reporting chain, outermost first: the outlet that published, the agency it cites, the speaker
    chain: [e.outlet, e.source?.via, e.source?.name].filter((x): x is string => !!x),
    quantity: e.quantity,
    attributes: e.attributes ?? null,
    evidence: { article: e.articleId, file: e.file, url: e.url, text: e.evidence.text, start: e.evidence.start, end: e.evidence.end },
    articles: [e.articleId],
    outlet: e.outlet,
    published: e.published,
    extractor: e.extractor,
    acled: acled(e),
    viina: viina(e),
  };
}

export function* jsonl(events: Iterable<StoredEvent>): Generator<string> {
  for (const e of events) yield JSON.stringify(eventJson(e)) + "\n";
}

/** One point feature per event and place; events without coordinates are left out of the map, not the ledger. */
export function* geojson(events: Iterable<StoredEvent>): Generator<string> {
  yield '{"type":"FeatureCollection","features":[';
  let first = true;
  for (const e of events) {
    const j = eventJson(e);
    for (const p of e.places) {
      if (p.lat == null || p.lon == null) continue;
      const { places: _places, ...props } = j;
      const f = { type: "Feature", geometry: { type: "Point", coordinates: [p.lon, p.lat] }, properties: { ...props, place: p } };
      yield (first ? "\n" : ",\n") + JSON.stringify(f);
      first = false;
    }
  }
  yield "\n]}\n";
}

const CSV_COLUMNS = ["id", "type", "side", "date", "date_end", "date_precision", "status", "source_name", "source_side", "place_name", "pcode", "lat", "lon", "level", "admin1", "quantity", "attributes", "file", "article", "url", "outlet", "published", "evidence_start", "evidence_end", "evidence_text",
  "acled_event_type", "acled_sub_event_type", "acled_actor1", "acled_admin1", "acled_location", "acled_geo_precision", "acled_time_precision", "viina_category"] as const;

const cell = (v: unknown) => {
  if (v == null) return "";
  const s = typeof v === "string" ? v : typeof v === "object" ? JSON.stringify(v) : String(v);
  // quote when needed; a leading = + - @ is prefixed so spreadsheets never run article text as a formula
  const safe = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
};

/** One row per event and place. */
export function* csv(events: Iterable<StoredEvent>): Generator<string> {
  yield CSV_COLUMNS.join(",") + "\n";
  for (const e of events) {
    const places = e.places.length ? e.places : [null];
    for (const p of places) {
      const row: Record<(typeof CSV_COLUMNS)[number], unknown> = {
        id: e.id, type: e.type, side: e.side, date: e.date, date_end: e.dateEnd, date_precision: e.precision, status: e.status,
        source_name: e.source?.name, source_side: e.source?.side, place_name: p?.name, pcode: p?.pcode, lat: p?.lat, lon: p?.lon,
        level: p?.level, admin1: p?.admin1, quantity: e.quantity, attributes: e.attributes, file: e.file, article: e.articleId, url: e.url, outlet: e.outlet,
        published: e.published, evidence_start: e.evidence.start, evidence_end: e.evidence.end, evidence_text: e.evidence.text,
        ...(() => {
          const a = acled({ ...e, places: p ? [p] : [] });
          return {
            acled_event_type: a.event_type, acled_sub_event_type: a.sub_event_type, acled_actor1: a.actor1, acled_admin1: a.admin1,
            acled_location: a.location, acled_geo_precision: a.geo_precision, acled_time_precision: a.time_precision, viina_category: viina(e),
          };
        })(),
      };
      yield CSV_COLUMNS.map((c) => cell(row[c])).join(",") + "\n";
    }
  }
}
