// control_change and withdrawal on sentences written for the tests: each rule, and what must not be an event.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cli, eventsOf, tmp } from "./helpers.ts";
import { writeFileSync } from "node:fs";
import { join } from "node:path";

const run = (text: string, published: string | null = "2022-09-12") =>
  eventsOf(text, published)
    .filter((e) => e.type === "control_change" || e.type === "withdrawal")
    .map((e) => ({
      type: e.type,
      side: e.side,
      place: e.places[0].pcode,
      date: e.date,
      status: e.status,
      source: e.source?.side ?? null,
    }));

test("a liberation names its side, places and date", () => {
  assert.deepEqual(run("Ukrainian troops liberated Izium and Kupiansk on Saturday, the General Staff said."), [
    { type: "control_change", side: "UA", place: "UA6304009001", date: "2022-09-10", status: "claimed", source: "UA" },
    { type: "control_change", side: "UA", place: "UA6308009001", date: "2022-09-10", status: "claimed", source: "UA" },
  ]);
});

test("the agent decides the side, even with a 'liberation' verb", () => {
  const ev = run("Russia's defence ministry said its forces had liberated Lyman, in the Donetsk region, on Friday.");
  assert.equal(ev[0].side, "RU");
  assert.equal(ev[0].source, "RU");
  assert.deepEqual(
    run("Lyman fell to Russian forces on Friday.").map((e) => e.side),
    ["RU"],
  );
  assert.deepEqual(
    run("Kupiansk was captured by Russian troops in February.").map((e) => [e.side, e.date]),
    [["RU", "2022-02"]],
  );
});

test("a withdrawal names who leaves", () => {
  assert.deepEqual(
    run("Russian troops withdrew from Balakliia on Saturday, a Ukrainian officer told reporters.").map((e) => [
      e.type,
      e.side,
      e.place,
    ]),
    [["withdrawal", "RU", "UA6304001001"]],
  );
  assert.deepEqual(
    run("Ukrainian forces withdrew from Lysychansk on Sunday to save lives, the General Staff said.").map((e) => [
      e.type,
      e.side,
    ]),
    [["withdrawal", "UA"]],
  );
  assert.deepEqual(
    run("Ukrainian forces entered Izium after forcing Russian troops to withdraw, an officer said.").map((e) => [
      e.type,
      e.side,
    ]),
    [
      ["control_change", "UA"],
      ["withdrawal", "RU"],
    ],
  );
});

test("negations, intent, hypotheticals and rhetoric are not events", () => {
  assert.deepEqual(run("Russian troops did not withdraw from Kherson, the Kremlin said."), []);
  assert.deepEqual(run("These territories will be recaptured, Dmitry Peskov said of Kherson."), []);
  assert.deepEqual(run('"When we retreat, we are moving forward," an official in Kherson said.'), []);
  assert.deepEqual(run("If Ukrainian forces captured Kherson, the war would change."), []);
  assert.deepEqual(run("Ukraine vowed to liberate Melitopol by the end of the year."), []);
});

test("unconfirmed claims are flagged, in the sentence or the one after", () => {
  assert.equal(
    run("Russian bloggers claimed that Russian units had recaptured Kupiansk, a claim that could not be verified.")[0]
      .status,
    "unconfirmed",
  );
  assert.equal(
    run(
      "Ukraine's defence ministry said Russian troops withdrew from Nova " +
        "Kakhovka on Wednesday. The statement could not be independently " +
        "confirmed.",
    )[0].status,
    "unconfirmed",
  );
  assert.equal(run("Supposedly, Ukrainian troops entered Izium on Saturday.")[0].status, "unconfirmed");
});

test("an unnamed group of places is not a control change of the region around it", () => {
  assert.deepEqual(
    run("Ukrainian troops liberated three more settlements in the south of Kherson region on Wednesday."),
    [],
  );
  assert.deepEqual(run("Some villages in the Mykolaiv region have been freed since the spring, an adviser said."), []);
});

test("the date belongs to the event's clause; undated events fall back to the day before publication", () => {
  assert.deepEqual(
    run("Ukrainian troops entered Kupiansk, the governor said.").map((e) => e.date),
    ["2022-09-11"],
  );
  assert.deepEqual(
    run("Ukrainian troops entered Kupiansk, the governor said.", null).map((e) => e.date),
    [null],
  );
});

test("geocode: the contract's record shape", () => {
  const dir = tmp();
  const f = join(dir, "g.jsonl");
  writeFileSync(
    f,
    JSON.stringify({ id: "a", text: "Fighting continued near Izyum and in the Kharkiv region." }) + "\n" + "{bad\n",
  );
  const r = cli(["geocode", f]);
  assert.equal(r.code, 2);
  assert.match(r.stderr, /g\.jsonl:2: /);
  const line = JSON.parse(r.stdout.trim().split("\n")[0]);
  assert.equal(line.id, "a");
  assert.deepEqual(
    line.places.map((p: { surface: string; pcode: string; level: string; start: number }) => [
      p.surface,
      p.pcode,
      p.level,
      p.start,
    ]),
    [
      ["Izyum", "UA6304009001", "settlement", 24],
      ["Kharkiv", "UA63", "oblast", 41],
    ],
  );
  for (const k of ["name", "lat", "lon", "admin1", "confidence", "end"]) assert.ok(k in line.places[0]);
  // (a folder is a clear error, not a stack trace)
  const d = cli(["geocode", dir]);
  assert.notEqual(d.code, 0);
  assert.match(d.stderr, /a folder, not a JSONL file/);
  assert.doesNotMatch(d.stderr, /EISDIR|at .*\.js/);
});

test("lists: hyphenated names, names past the last conjunction, 'back under control', a measure's of-phrase", () => {
  assert.deepEqual(
    run("Velykyi Burluk, Kupiansk-Vuzlovyi and Balakliia are back under Ukrainian control.").map((e) => e.place),
    ["UA6308001001", "UA6308009003", "UA6304001001"],
  );
  assert.deepEqual(
    run("Ukrainian forces recaptured Balakliia, pushing Russian guns out of range of Chuhuiv.").map((e) => e.place),
    ["UA6304001001"],
  );
});

test("an anniversary recalls, it does not report; a plain 'a month ago' dates an event", () => {
  assert.deepEqual(run("Three years ago today, Ukrainian troops liberated Kupiansk after months of occupation."), []);
  assert.deepEqual(run("Balakliia marked a year since Russian troops withdrew from the town."), []);
  assert.deepEqual(
    run("A month ago, on August 10, Russian troops withdrew from Balakliia, a spokesman said.").map((e) => e.type),
    ["withdrawal"],
  );
});

test("driving out: the driver takes the place and the driven withdraw, out of part of it only an advance", () => {
  assert.deepEqual(
    run("Ukrainian troops knocked the Russians out of Balakliia on Friday.").map((e) => [e.type, e.side]),
    [
      ["control_change", "UA"],
      ["withdrawal", "RU"],
    ],
  );
  assert.deepEqual(
    run("Russian forces expelled Ukrainian units from most of Kupiansk, a Russian-installed official claimed.").map(
      (e) => e.type,
    ),
    ["withdrawal"],
  );
});

test("a command's word for leaving: troops regrouped from a place, a decision taken to do it", () => {
  const brief = (text: string) => run(text).map((e) => `${e.type} ${e.side} ${e.place} ${e.status}`);
  // ("a decision was taken to X" tells X decided, as "decided to X" does)
  assert.deepEqual(
    brief("Moscow's defence ministry said a decision had been taken to regroup the units stationed near Lyman."),
    ["withdrawal RU UA1412011001 claimed"],
  );
  assert.deepEqual(brief("Russia's command decided to regroup the troops stationed in Lyman."), [
    "withdrawal RU UA1412011001 reported",
  ]);
  // (its forces are the subject's: Russia's)
  assert.deepEqual(brief("Russia regrouped its forces from Lyman, Ukrainian officials said."), [
    "withdrawal RU UA1412011001 claimed",
  ]);
  // (regrouping for an attack prepares it; redeploying to a place is no leaving)
  assert.deepEqual(brief("Russia is regrouping its forces near Lyman for a new offensive."), []);
  assert.deepEqual(brief("Russia redeployed reserves to Lyman by helicopter."), []);
});
