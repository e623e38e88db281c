// Golden fixtures in Turf's habit: each seed (read in place from ../shared/seeds) against its expected events
// in test/out. Regenerate on purpose with `npm run fixtures:update` and review the diff.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, readdirSync, existsSync } from "node:fs";
import { join, basename } from "node:path";
import { analyse } from "../src/pipeline.ts";
import type { RawArticle } from "../src/types.ts";
import { IN, OUT, SEEDS, seedMeta } from "./helpers.ts";

const UPDATE = !!process.env.UPDATE_FIXTURES;

// Third-party sentences stay in ../shared: a fixture records offsets into the clean text, not the words, and a
// source's name only when it is a lexicon name (a phrase taken from the article is shown as its side alone).
const LEXICON_NAMES = new Set(
  (JSON.parse(readFileSync(join(import.meta.dirname, "..", "data", "actors.json"), "utf8")).actors as string[][]).map(
    (a) => a[1],
  ),
);

function expected(raw: RawArticle) {
  const { events } = analyse(raw);
  return {
    file: raw.file,
    events: events.map((e) => ({
      type: e.type,
      side: e.side,
      place: e.places.map((p) => `${p.name} ${p.pcode} ${p.level}`).join("; "),
      date: e.date,
      precision: e.precision,
      status: e.status,
      source: e.source
        ? `${LEXICON_NAMES.has(e.source.name) ? e.source.name : "(phrase)"} (${e.source.side ?? "?"})`
        : null,
      evidence: [e.evidence.start, e.evidence.end],
      trigger: [e.trigger.start, e.trigger.end],
      extractor: e.extractor,
    })),
  };
}

function check(name: string, raw: RawArticle) {
  const out = join(OUT, `${name}.json`);
  const got = expected(raw);
  if (UPDATE) writeFileSync(out, JSON.stringify(got, null, 1) + "\n");
  // a fixture without its expected file fails: writing one here would pass whatever the code does
  assert.ok(existsSync(out), `${out} is missing: write it on purpose with npm run fixtures:update and review it`);
  assert.deepEqual(got, JSON.parse(readFileSync(out, "utf8")));
}

const blank = (file: string, text: string, published: string | null): RawArticle => ({
  input: file,
  file,
  url: null,
  title: null,
  outlet: null,
  published,
  translatedFrom: null,
  language: null,
  text,
});

for (const m of seedMeta()) {
  test(`seed ${m.file}`, () =>
    check(basename(m.file, ".txt"), blank(m.file, readFileSync(join(SEEDS, m.file), "utf8"), m.published)));
}

// articles written for the project, with their publication day in the first line: "published: YYYY-MM-DD"
for (const f of readdirSync(IN)
  .filter((f) => f.endsWith(".txt"))
  .sort()) {
  test(`article ${f}`, () => {
    const text = readFileSync(join(IN, f), "utf8");
    const pub = /^published: (\d{4}-\d{2}-\d{2})\n/.exec(text);
    check(basename(f, ".txt"), blank(f, pub ? text.slice(pub[0].length) : text, pub?.[1] ?? null));
  });
}
