// `frontline geocode`: the geoparser on its own, in the record shape of the contract.
import { z } from "zod";
import { segment } from "../text/index.js";
import { findPlaces, loadGazetteer } from "../geo/index.js";

const Record = z
  .object({ id: z.union([z.string(), z.number()]), text: z.string(), published: z.string().nullish() })
  .passthrough();

export function geocodeRecord(input: unknown) {
  const r = Record.safeParse(input);
  if (!r.success)
    throw new Error(
      `invalid record: ${r.error.issues.map((i) => `${i.path.join(".") || "record"} ${i.message}`).join("; ")}`,
    );
  const { sentences } = segment(r.data.text);
  const places = findPlaces(r.data.text, sentences, loadGazetteer()).map((m) => ({
    surface: m.surface,
    start: m.start,
    end: m.end,
    name: m.place.name,
    pcode: m.place.pcode,
    lat: m.place.lat,
    lon: m.place.lon,
    level: m.place.level,
    admin1: m.place.admin1,
    confidence: m.confidence,
  }));
  return { id: r.data.id, places };
}
