// Starting maps: a DeepStateMap-style GeoJSON (polygons of occupied, contested and retaken ground) or a CSV of
// place and controller. Every settlement of the gazetteer gets the controller the map shows on that day.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { basename } from "node:path";
import booleanPointInPolygon from "@turf/boolean-point-in-polygon";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { loadGazetteer } from "../geo/index.js";
import { fold } from "../geo/normalize.js";
import { parseCsv } from "../ingest/csv.js";
import type { BaselineRow, Controller } from "./control.js";

type Area = {
  controller: Controller;
  feature: Feature<Polygon | MultiPolygon>;
  bbox: [number, number, number, number];
};

/** What a DeepStateMap polygon's bilingual name says about who holds it. */
export function polygonController(name: string): Controller | null {
  if (/occupied|ОРДЛО|CADR|CALR|Crimea|Окупова/i.test(name)) return "RU";
  if (/contested|unknown|Під питанням|невідома/i.test(name)) return "CONTESTED";
  if (/taken back|liberated|Звільнено/i.test(name)) return "UA";
  return null;
}

function polygons(geometry: {
  type: string;
  coordinates?: unknown;
  geometries?: unknown[];
}): (Polygon | MultiPolygon)[] {
  if (geometry.type === "Polygon" || geometry.type === "MultiPolygon") return [geometry as Polygon | MultiPolygon];
  if (geometry.type === "GeometryCollection")
    return (geometry.geometries as { type: string }[]).flatMap((g) => polygons(g as never));
  return [];
}

function bboxOf(g: Polygon | MultiPolygon): [number, number, number, number] {
  const pts = (g.type === "Polygon" ? g.coordinates.flat() : g.coordinates.flat(2)) as number[][];
  let a = Infinity,
    b = Infinity,
    c = -Infinity,
    d = -Infinity;
  for (const [x, y] of pts) {
    a = Math.min(a, x);
    b = Math.min(b, y);
    c = Math.max(c, x);
    d = Math.max(d, y);
  }
  return [a, b, c, d];
}

export function fromGeoJson(path: string, asOf: string): BaselineRow[] {
  const raw = readFileSync(path);
  const text = path.endsWith(".gz") ? gunzipSync(raw).toString("utf8") : raw.toString("utf8");
  const fc = JSON.parse(text) as {
    type: string;
    features?: { properties?: { name?: string }; geometry?: { type: string } }[];
  };
  if (fc.type !== "FeatureCollection" || !Array.isArray(fc.features))
    throw new Error(`${path}: not a GeoJSON FeatureCollection`);
  const areas: Area[] = [];
  for (const f of fc.features) {
    const controller = polygonController(f.properties?.name ?? "");
    if (!controller || !f.geometry) continue;
    for (const g of polygons(f.geometry as never))
      areas.push({ controller, feature: { type: "Feature", properties: {}, geometry: g }, bbox: bboxOf(g) });
  }
  if (!areas.length) throw new Error(`${path}: no polygon names an occupied, contested or retaken area`);
  const source = basename(path);
  // occupied ground wins over contested, contested over retaken; outside every polygon is Ukraine's
  const order: Controller[] = ["RU", "CONTESTED", "UA"];
  return loadGazetteer().settlements.map((s) => {
    const inside = areas.filter(
      (a) =>
        s.lon >= a.bbox[0] &&
        s.lon <= a.bbox[2] &&
        s.lat >= a.bbox[1] &&
        s.lat <= a.bbox[3] &&
        booleanPointInPolygon([s.lon, s.lat], a.feature),
    );
    const controller = order.find((c) => inside.some((a) => a.controller === c)) ?? "UA";
    return { pcode: s.pcode, name: s.name, lat: s.lat, lon: s.lon, admin1: s.admin1, controller, asOf, source };
  });
}

/** CSV with a pcode (or name) column and a controller (or status) column. */
export function fromCsv(path: string, asOf: string): BaselineRow[] {
  const g = loadGazetteer();
  const rows = parseCsv(readFileSync(path, "utf8"));
  const source = basename(path);
  return rows.map((r, i) => {
    const ctl = (r.controller ?? r.status ?? "").toUpperCase();
    if (!["UA", "RU", "CONTESTED", "UNKNOWN"].includes(ctl))
      throw new Error(`${path}:${i + 2}: controller must be UA, RU, CONTESTED or UNKNOWN, not "${ctl}"`);
    const s = r.pcode
      ? g.byPcode.get(r.pcode)
      : g.index
          .get(fold(r.name ?? ""))
          ?.filter((e) => e.tier <= 1)
          .map((e) => e.s)
          .sort((a, b) => b.population - a.population)[0];
    if (!s) throw new Error(`${path}:${i + 2}: no settlement ${r.pcode ?? r.name}`);
    return {
      pcode: s.pcode,
      name: s.name,
      lat: s.lat,
      lon: s.lon,
      admin1: s.admin1,
      controller: ctl as Controller,
      asOf: r.as_of || asOf,
      source,
    };
  });
}
