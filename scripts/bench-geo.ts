// Geoparsing benchmark on ../shared/data/dev: the CIR (Bellingcat/Centre for Information Resilience) sample,
// title + description against the given coordinates, and UCDP GED headlines against theirs.
// Prints accuracy within 10 km and 25 km, the share resolved, and mentions per second. `npm run bench:geo`.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseCsv } from "../src/ingest/csv.js";
import { findPlaces, loadGazetteer } from "../src/geo/index.js";
import { segment } from "../src/text/index.js";
import { fold, km } from "../src/geo/normalize.js";
import type { PlaceMention } from "../src/types.js";

const DEV = join(import.meta.dirname, "..", "..", "shared", "data", "dev");

/** The place a short text is about: its first resolved settlement, else its first resolved region. */
export function mainPlace(ms: PlaceMention[]): PlaceMention | null {
  return (
    ms.find((m) => m.place.level === "settlement" && m.place.lat != null) ??
    ms.find((m) => m.place.lat != null && m.place.level !== "country") ??
    null
  );
}

export interface GeoScore {
  n: number;
  resolved: number;
  within10: number;
  within25: number;
  mentions: number;
  seconds: number;
}

export function score(rows: { text: string; lat: number; lon: number }[]): GeoScore {
  const g = loadGazetteer();
  const t0 = performance.now();
  let resolved = 0,
    within10 = 0,
    within25 = 0,
    mentions = 0;
  for (const r of rows) {
    const ms = findPlaces(r.text, segment(r.text).sentences, g);
    mentions += ms.length;
    const p = mainPlace(ms);
    if (!p) continue;
    resolved++;
    const d = km({ lat: p.place.lat!, lon: p.place.lon! }, r);
    if (d <= 10) within10++;
    if (d <= 25) within25++;
  }
  return { n: rows.length, resolved, within10, within25, mentions, seconds: (performance.now() - t0) / 1000 };
}

export function cirRows(onlyNamed: boolean) {
  const rows = parseCsv(readFileSync(join(DEV, "cir_eyesonrussia_events_dev_sample.csv"), "utf8"));
  return rows
    .map((r) => ({
      text: `${r.title.replace(/^\d{2}\/\d{2}\/\d{4}\s*/, "")}. ${r["brief description"]}`,
      lat: +r.lat,
      lon: +r.lon,
      town: r["town/city"],
    }))
    .filter((r) => Number.isFinite(r.lat) && Number.isFinite(r.lon) && r.lat !== 0)
    .filter((r) => !onlyNamed || (r.town && fold(r.text).includes(fold(r.town))));
}

export function ucdpRows() {
  const rows = parseCsv(readFileSync(join(DEV, "ucdp_ged_ukraine_2014_2021.csv"), "utf8"));
  return rows
    .filter((r) => r.source_headline && r.latitude)
    .map((r) => ({
      text: r.source_headline.replace(/"/g, "").split(";").join(". "),
      lat: +r.latitude,
      lon: +r.longitude,
    }));
}

const pct = (a: number, b: number) => (b ? ((100 * a) / b).toFixed(1) + "%" : "n/a");
function line(name: string, s: GeoScore) {
  console.log(
    `${name.padEnd(34)} rows ${String(s.n).padStart(5)}  resolved ` +
      `${pct(s.resolved, s.n).padStart(6)}  within 10 km ` +
      `${pct(s.within10, s.n).padStart(6)}  within 25 km ` +
      `${pct(s.within25, s.n).padStart(6)}  ` +
      `${(s.mentions / s.seconds).toFixed(0)} mentions/s`,
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadGazetteer();
  line("CIR, town named in the text", score(cirRows(true)));
  line("CIR, all rows", score(cirRows(false)));
  line("UCDP headlines", score(ucdpRows()));
}
