// Issue 6: one event, many reports; copies count once; contradictions shown; the control timeline's rules;
// baselines, changes, roll-ups and the comparison with an external map.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync, mkdirSync, readdirSync, copyFileSync } from "node:fs";
import { join } from "node:path";
import { cli, readJsonl, ROOT, SEEDS, SHARED, tmp } from "./helpers.ts";
import { minhash, shingles, similarity } from "../src/fuse/near-duplicates.ts";

/** Writes articles with their publication days into a fresh folder and ingests them into a new ledger. */
const ledgerOf = (files: Record<string, string>, meta: Record<string, string>) => {
  const dir = tmp(),
    input = join(dir, "in"),
    db = join(dir, "l.db");
  mkdirSync(input, { recursive: true });
  for (const [f, t] of Object.entries(files)) writeFileSync(join(input, f), t);
  writeFileSync(
    join(input, "meta.json"),
    JSON.stringify({ articles: Object.entries(meta).map(([file, published]) => ({ file, published })) }),
  );
  return { dir, db, ingest: cli(["ingest", "--db", db, input]) };
};

test("MinHash estimates Jaccard similarity", () => {
  const a =
    "Ukrainian troops entered the town of Kupiansk on Saturday after " +
    "Russian units pulled out overnight, the regional governor said in a " +
    "statement on Telegram.";
  const b = a.replace("regional governor", "local governor");
  const c =
    "Russian missiles struck energy infrastructure in Kharkiv and " +
    "Kremenchuk overnight, leaving much of the region without power and " +
    "water.";
  const jac = (x: string, y: string) => {
    const A = shingles(x),
      B = shingles(y);
    return [...A].filter((s) => B.has(s)).length / new Set([...A, ...B]).size;
  };
  assert.ok(Math.abs(similarity(minhash(a), minhash(b)) - jac(a, b)) < 0.2);
  assert.ok(similarity(minhash(a), minhash(c)) < 0.2);
});

const WIRE =
  "Ukrainian troops entered Kupiansk on Saturday, the regional governor " +
  "said. Russian units left the town overnight after days of shelling, " +
  "according to the governor, who spoke on national television about the " +
  "situation in the district and the needs of the residents who stayed.";

test("copies of one wire story are one source; an independent report corroborates", () => {
  const { dir, db, ingest } = ledgerOf(
    {
      "a.txt": WIRE,
      "b.txt": "Breaking: " + WIRE + " More to follow.",
      "c.txt":
        "Kupiansk is back under Ukrainian control: Ukrainian forces entered " +
        "Kupiansk on Saturday, Russia's defence ministry acknowledged in its " +
        "daily briefing.",
    },
    { "a.txt": "2022-09-11", "b.txt": "2022-09-11", "c.txt": "2022-09-11" },
  );
  assert.equal(ingest.code, 0);
  const ev = readJsonl(cli(["export", "--db", db, "--out", join(dir, "e.jsonl")]) && join(dir, "e.jsonl"));
  const cc = ev.filter((e) => e.type === "control_change" && e.places[0].pcode === "UA6308009001");
  assert.equal(cc.length, 1, JSON.stringify(cc.map((e) => [e.date, e.articles])));
  assert.deepEqual(cc[0].articles.sort(), ["a.txt", "b.txt", "c.txt"]);
  assert.equal(cc[0].corroboration.independent, 2); // a and b are one story
  assert.ok(cc[0].corroboration.sides.includes("RU"));
  assert.equal(cc[0].corroboration.admitted, true);
  const row = JSON.parse(cli(["control", "--db", db, "--at", "2022-09-12"]).stdout).find(
    (r: { pcode: string }) => r.pcode === "UA6308009001",
  );
  assert.deepEqual([row.controller, row.basis], ["UA", "corroborated"]);
});

test("one article's strikes on one place two days apart are two events; a day apart, one told two ways", () => {
  const { dir, db, ingest } = ledgerOf(
    {
      "a.txt":
        "Russian drones struck Sumy on 3 May, the regional administration said.\n\n" +
        "Russian missiles hit Sumy again on 5 May, killing two people, the administration said.",
      "b.txt":
        "Russian drones struck Okhtyrka overnight, the regional administration said.\n\n" +
        "The attack on Okhtyrka on Tuesday damaged a school, the administration said.",
    },
    { "a.txt": "2023-05-06", "b.txt": "2023-05-09" },
  );
  assert.equal(ingest.code, 0);
  const ev = readJsonl(cli(["export", "--db", db, "--out", join(dir, "e.jsonl")]) && join(dir, "e.jsonl"));
  const at = (name: string) => ev.filter((e) => e.type === "strike" && e.places[0].name === name).map((e) => e.date);
  assert.deepEqual(at("Sumy").sort(), ["2023-05-03", "2023-05-05"]);
  assert.equal(at("Okhtyrka").length, 1, JSON.stringify(at("Okhtyrka")));
});

test("the Izium control change of the seeds is one event listing its three articles", () => {
  const dir = tmp(),
    db = join(dir, "s.db");
  cli(["ingest", "--db", db, SEEDS]);
  cli(["export", "--db", db, "--out", join(dir, "e.jsonl")]);
  const iz = readJsonl(join(dir, "e.jsonl")).filter(
    (e) => e.type === "control_change" && e.side === "UA" && e.places[0].pcode === "UA6304009001",
  );
  assert.equal(iz.length, 1);
  assert.deepEqual(iz[0].articles.sort(), [
    "002_8a9a51f6febcf028.txt",
    "003_c98da85b008aa4a7.txt",
    "004_ba017b36c351b14b.txt",
  ]);
  assert.equal(iz[0].reports.length >= 3, true);
});

test("shuffled ingest order gives the identical export", () => {
  const files = readdirSync(SEEDS).filter((f) => f.endsWith(".txt"));
  const exportOf = (order: string[]) => {
    const dir = tmp(),
      db = join(dir, "l.db");
    for (const f of order) cli(["ingest", "--db", db, join(SEEDS, f)]);
    cli(["ingest", "--db", db, join(ROOT, "data", "samples")]);
    return cli(["export", "--db", db]).stdout;
  };
  const a = exportOf(files),
    b = exportOf(files.slice().reverse());
  assert.ok(a.length > 1000);
  assert.equal(a, b);
});

test(
  "control rules: unconfirmed never flips; a lone withdrawal contests " +
    "only a place its side held; a region-level event colours no settlement",
  () => {
    const { db } = ledgerOf(
      {
        "u.txt":
          "Russian bloggers claimed that Russian units had recaptured Snihurivka " +
          "on Monday, a claim that could not be verified.",
        "w.txt":
          "Russian troops withdrew from Balakliia on Saturday, the Russian " +
          "defence ministry said. Russian forces captured Balakliia in March, " +
          "residents recalled.",
        "v.txt": "Russian troops are leaving Chernihiv, the governor said on Saturday.",
        "r.txt": "Ukrainian troops liberated most of the Kherson region in November, officials said.",
      },
      { "u.txt": "2022-11-15", "w.txt": "2022-09-11", "r.txt": "2022-12-01", "v.txt": "2022-04-02" },
    );
    const rows = JSON.parse(cli(["control", "--db", db, "--at", "2022-12-02"]).stdout) as {
      pcode: string;
      controller: string;
      pending?: string[];
    }[];
    const sn = rows.find((r) => r.pcode.startsWith("UA48") && r.pending);
    assert.equal(sn?.controller, "UNKNOWN");
    assert.equal(rows.find((r) => r.pcode === "UA6304001001")?.controller, "CONTESTED"); // held by Russia, then left
    assert.equal(rows.find((r) => r.pcode === "UA7410039001")?.controller ?? "UNKNOWN", "UNKNOWN"); // never known held
    assert.equal(rows.filter((r) => r.pcode.startsWith("UA65")).length, 0);
  },
);

test("contradictions are linked: a claim and its denial", () => {
  const { db } = ledgerOf(
    {
      "c.txt": "Russia's defence ministry said on Friday that its forces had captured Toretsk.",
      "d.txt":
        "The Ukrainian military denied on Friday that Russian forces had captured Toretsk, saying fighting continues.",
    },
    { "c.txt": "2025-02-07", "d.txt": "2025-02-07" },
  );
  const ev = cli(["export", "--db", db])
    .stdout.trim()
    .split("\n")
    .map((l) => JSON.parse(l))
    .filter((e) => e.type === "control_change");
  const claim = ev.find((e) => e.status !== "denied"),
    denial = ev.find((e) => e.status === "denied");
  assert.ok(claim && denial, JSON.stringify(ev.map((e) => e.status)));
  assert.deepEqual(claim.contradicts, [denial.id]);
  assert.deepEqual(denial.contradicts, [claim.id]);
});

test("contradictions: 'liberated' against its denial; a vow to recapture against the other side's gain", () => {
  const { db } = ledgerOf(
    {
      "l.txt": "Ukrainian troops liberated Staromaiorske, in the Donetsk region, on Sunday, the brigade said.",
      "r.txt":
        "The Russian defence ministry on Sunday denied that Ukrainian troops had " +
        "recaptured Staromaiorske, in the Donetsk region.",
      "v.txt":
        "Ukrainian troops recaptured Lyman, in the Donetsk region, on Saturday. " +
        "These territories will be recaptured, Dmitry Peskov said of the " +
        "Donetsk region.",
    },
    { "l.txt": "2023-06-12", "r.txt": "2023-06-12", "v.txt": "2022-10-02" },
  );
  const ev = cli(["export", "--db", db])
    .stdout.trim()
    .split("\n")
    .map((l) => JSON.parse(l));
  const lib = ev.find(
    (e) => e.type === "control_change" && e.status !== "denied" && e.places[0].name === "Staromaiorske",
  );
  // (a repelled attack is no event: session 40; a denial of the change is its contradiction)
  const rep = ev.find((e) => e.status === "denied" && e.places[0].name === "Staromaiorske");
  assert.ok(lib && rep, JSON.stringify(ev.map((e) => [e.type, e.status, e.places[0].name])));
  assert.ok(lib.contradicts.includes(rep.id));
  const vow = ev.find((e) => e.type === "statement" && e.status === "intent");
  const lyman = ev.find((e) => e.type === "control_change" && e.places[0].name === "Lyman");
  assert.ok(vow && lyman && vow.contradicts.includes(lyman.id));
});

test("baseline: a DeepStateMap snapshot, then news; changes between days; roll-up per oblast", () => {
  const dir = tmp(),
    db = join(dir, "l.db");
  const snap = join(
    SHARED,
    "data",
    "dev",
    "deepstatemap_snapshots_sample_2022-04_07",
    "deepstatemap_2022-07-31_1659264086.geojson.gz",
  );
  const r = cli(["baseline", "import", snap, "--as-of", "2022-07-31", "--db", db]);
  assert.equal(r.code, 0, r.stderr);
  assert.match(r.stderr, /29708 settlements \(.*RU \d+/);
  const at = (d: string) =>
    new Map(
      (
        JSON.parse(cli(["control", "--db", db, "--at", d]).stdout) as {
          pcode: string;
          controller: string;
          basis: string;
        }[]
      ).map((x) => [x.pcode, x]),
    );
  assert.deepEqual(
    [at("2022-08-01").get("UA6304009001")?.controller, at("2022-08-01").get("UA6304009001")?.basis],
    ["RU", "baseline"],
  ); // Izium
  assert.equal(at("2022-08-01").get("UA8000000000")?.controller, "UA"); // Kyiv
  cli(["ingest", "--db", db, SEEDS]);
  assert.equal(at("2022-09-13").get("UA6304009001")?.controller, "UA");
  const ch = JSON.parse(cli(["changes", "--db", db, "--from", "2022-09-01", "--to", "2022-09-13"]).stdout) as {
    pcode: string;
    from: string;
    controller: string;
  }[];
  assert.ok(ch.some((c) => c.pcode === "UA6304009001" && c.from === "RU" && c.controller === "UA"));
  const roll = JSON.parse(cli(["control", "--db", db, "--at", "2022-08-01", "--by", "oblast"]).stdout) as {
    admin1: string;
    RU: number;
    UA: number;
  }[];
  assert.ok(roll.find((x) => x.admin1 === "UA01")!.RU > 900); // Crimea
  const csvDir = tmp();
  writeFileSync(join(csvDir, "b.csv"), "pcode,controller\nUA6304009001,RU\nUA6312027001,UA\n");
  assert.equal(
    cli(["baseline", "import", join(csvDir, "b.csv"), "--as-of", "2022-06-01", "--db", join(csvDir, "c.db")]).code,
    0,
  );
  writeFileSync(join(csvDir, "bad.csv"), "pcode,controller\nUA6304009001,maybe\n");
  const bad = cli([
    "baseline",
    "import",
    join(csvDir, "bad.csv"),
    "--as-of",
    "2022-06-01",
    "--db",
    join(csvDir, "c.db"),
  ]);
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /bad\.csv:2: controller must be/);
});

test("compare reports agreement with an external timeline and the places covered", () => {
  const dir = tmp(),
    db = join(dir, "l.db");
  cli(["ingest", "--db", db, join(SHARED, "gold", "dev-news.jsonl")]);
  const r = JSON.parse(
    cli([
      "compare",
      "--db",
      db,
      "--control",
      join(SHARED, "data", "dev", "dsm_control_changes_2022-04-03_2022-07-31.csv"),
    ]).stdout,
  );
  assert.deepEqual(r.window, ["2022-04-03", "2022-07-31"]);
  assert.ok(r.placesWithOpinion > 5);
  assert.ok(r.agreement > 0.7, `agreement ${r.agreement}`);
  void copyFileSync;
});
