// Issue 5's acceptance: `frontline eval` on the seeds (overall F1 >= 0.85, no critical error, control included),
// and our scorer agrees with the independent one in ../shared/tools.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { cli, SHARED, tmp } from "./helpers.ts";

const GOLD = join(SHARED, "gold", "seeds.gold.json");

test("eval on the seeds: F1 at least 0.85 and zero critical errors", () => {
  const r = cli(["eval", "--gold", GOLD, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  const j = JSON.parse(r.stdout);
  assert.ok(j.overall.f1 >= 0.85, `F1 ${j.overall.f1}`);
  assert.deepEqual(j.critical, []);
  assert.equal(j.control.ok, j.control.n);
  assert.ok(j.control.n >= 16);
  for (const t of ["control_change", "withdrawal", "strike", "outage", "visit"]) assert.ok(j.types[t], `no ${t} row`);
});

// Floors for the dev sets, so a regression stops CI. Raised as the extraction improves (issue 12); the figures
// are those of the English records, the held-out fold of dev-news2 included but never read.
const FLOORS: Record<string, { f1: number; mustNot: number }> = {
  "dev-news": { f1: 0.87, mustNot: 0 },
  "dev-news2": { f1: 0.74, mustNot: 0 },
};
test("eval on the dev sets: F1 floors and must-not hits", () => {
  const golds = Object.keys(FLOORS).map((s) => join(SHARED, "gold", `${s}.gold.json`));
  const r = cli(["eval", "--gold", ...golds, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  for (const set of JSON.parse(r.stdout) as {
    set: string;
    critical: string[];
    parts: Record<string, { overall: { f1: number } }>;
  }[]) {
    const floor = FLOORS[set.set];
    const f1 = set.parts.en.overall.f1;
    assert.ok(f1 >= floor.f1, `${set.set}: F1 ${f1} below ${floor.f1}`);
    const mustNot = set.critical.filter((c) => !c.startsWith("control ")).length;
    assert.ok(mustNot <= floor.mustNot, `${set.set}: ${mustNot} must-not hits, at most ${floor.mustNot}`);
  }
});

// The fresh sets of test/fresh, articles and labels written blind by helpers from FORMAT.md alone (a, b and c at
// session 40, d and e at 41, f and g at 42): a, b, d and g are read while developing, c, e and f are held
// whole. Their floors sit a
// little under the figures they entered at.
const FRESH: Record<string, number> = {
  "fresh-a": 0.68,
  "fresh-b": 0.6,
  "fresh-c": 0.6,
  "fresh-d": 0.72,
  "fresh-e": 0.79,
  "fresh-f": 0.63,
  "fresh-g": 0.62,
};
test("eval on the fresh sets written blind: F1 floors", () => {
  const golds = Object.keys(FRESH).map((s) => join(import.meta.dirname, "fresh", `${s}.gold.json`));
  const r = cli(["eval", "--gold", ...golds, "--json"]);
  assert.equal(r.code, 0, r.stderr);
  for (const set of JSON.parse(r.stdout) as { set: string; parts: Record<string, { overall: { f1: number } }> }[]) {
    const f1 = set.parts.en.overall.f1;
    assert.ok(f1 >= FRESH[set.set], `${set.set}: F1 ${f1} below ${FRESH[set.set]}`);
  }
});

test("eval agrees with the independent scorer", () => {
  const dir = tmp();
  const db = join(dir, "s.db"),
    ev = join(dir, "e.jsonl");
  cli(["ingest", "--db", db, join(SHARED, "seeds")]);
  cli(["export", "--db", db, "--out", ev]);
  const ours = cli(["eval", "--gold", GOLD]).stdout.trim().split("\n").pop()!;
  const theirs = spawnSync(process.execPath, [join(SHARED, "tools", "score.mjs"), "--gold", GOLD, "--events", ev], {
    encoding: "utf8",
  })
    .stdout.trim()
    .split("\n")
    .pop()!;
  const pick = (s: string) => /F1=\S+ P=\S+ R=\S+/.exec(s)![0];
  assert.equal(pick(ours), pick(theirs));
});

test("eval: a clear error for a missing gold file", () => {
  const r = cli(["eval", "--gold", "no-such.gold.json"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no-such\.gold\.json/);
});
