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

test("eval agrees with the independent scorer", () => {
  const dir = tmp();
  const db = join(dir, "s.db"), ev = join(dir, "e.jsonl");
  cli(["ingest", "--db", db, join(SHARED, "seeds")]);
  cli(["export", "--db", db, "--out", ev]);
  const ours = cli(["eval", "--gold", GOLD]).stdout.trim().split("\n").pop()!;
  const theirs = spawnSync(process.execPath, [join(SHARED, "tools", "score.mjs"), "--gold", GOLD, "--events", ev], { encoding: "utf8" }).stdout.trim().split("\n").pop()!;
  const pick = (s: string) => /F1=\S+ P=\S+ R=\S+/.exec(s)![0];
  assert.equal(pick(ours), pick(theirs));
});

test("eval: a clear error for a missing gold file", () => {
  const r = cli(["eval", "--gold", "no-such.gold.json"]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /no-such\.gold\.json/);
});
