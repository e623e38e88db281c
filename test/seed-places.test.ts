// Issue 3: every settlement of the seed gold is found in its article and resolved to the gold P-code.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { findPlaces } from "../src/geo/index.ts";
import { segment } from "../src/text/index.ts";
import { prepare } from "../src/ingest/index.ts";
import { SEEDS, SHARED } from "./helpers.ts";

type GoldPlace = { pcode?: string; name?: string } | { pcode?: string; name?: string }[];
const gold = JSON.parse(readFileSync(join(SHARED, "gold", "seeds.gold.json"), "utf8")) as {
  articles: { file: string; events: { place: GoldPlace }[] }[];
};

for (const a of gold.articles) {
  test(`seed ${a.file}: gold settlements resolve`, () => {
    const raw = readFileSync(join(SEEDS, a.file), "utf8");
    const art = prepare({
      input: a.file,
      file: a.file,
      url: null,
      title: null,
      outlet: null,
      published: null,
      translatedFrom: null,
      language: null,
      text: raw,
    });
    const found = new Set(findPlaces(art.clean, segment(art.clean).sentences).map((m) => m.place.pcode));
    const want = new Map<string, string>();
    for (const e of a.events)
      for (const p of [e.place].flat()) if (p.pcode && p.pcode.length === 12) want.set(p.pcode, p.name ?? "");
    const missing = [...want].filter(([p]) => !found.has(p)).map(([p, n]) => `${n} ${p}`);
    assert.deepEqual(missing, []);
  });
}
