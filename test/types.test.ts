// One fixture per event type on sentences written for the tests, with the negatives each must ignore.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "../src/pipeline.ts";
import type { EventType } from "../src/types.ts";

const run = (text: string, type: EventType, published = "2022-10-12") =>
  analyse({
    input: "t",
    file: "t",
    url: null,
    title: null,
    outlet: null,
    published,
    translatedFrom: null,
    language: null,
    text,
  })
    .events.filter((e) => e.type === type)
    .map((e) => ({
      side: e.side,
      place: e.places[0].pcode,
      date: e.date,
      status: e.status,
      q: e.quantity,
      a: e.attributes,
    }));

test("strike: attacker, weapon, target, one event per place", () => {
  const ev = run(
    "On Monday, Russian missiles struck power plants in Kremenchuk and Kharkiv, the regional governor said.",
    "strike",
  );
  assert.deepEqual(
    ev.map((e) => [e.side, e.place, e.date, e.a?.weapon, e.a?.target]),
    [
      ["RU", "UA5302011001", "2022-10-10", "missile", "energy"],
      ["RU", "UA6312027001", "2022-10-10", "missile", "energy"],
    ],
  );
  assert.deepEqual(
    run(
      "Kupiansk came under artillery fire from the Ukrainian armed forces on Saturday, a Russian blogger said.",
      "strike",
    ).map((e) => [e.side, e.a?.weapon]),
    [["UA", "artillery"]],
  );
  assert.deepEqual(run("The company hit a record in Kharkiv last year.", "strike"), []);
  assert.deepEqual(run("Russia pledged to reduce attacks on Chernihiv.", "strike"), []);
});

test("equipment_loss: outcome, model, count", () => {
  const [e] = run("Ukrainian troops said two more T-62M tanks were captured near Kherson on Monday.", "equipment_loss");
  assert.equal(e.side, "RU");
  assert.deepEqual(e.q, { value: 2, unit: "tank", model: "T-62M" });
  assert.equal(e.a?.outcome, "captured");
});

test("surrender, desertion, arrest", () => {
  assert.deepEqual(
    run("Footage showed Russian soldiers surrendering in Kherson on Tuesday.", "surrender").map((e) => e.side),
    ["RU"],
  );
  assert.deepEqual(
    run(
      "The General Staff of the Ukrainian Armed Forces said on Friday that " +
        "there had been at least 15 defections in the Kharkiv region.",
      "desertion",
    ).map((e) => [e.side, e.q?.value]),
    [["RU", 15]],
  );
  assert.deepEqual(
    run(
      "Ukrainian police detained the head of a village in the Kharkiv region " +
        "on suspicion of collaboration, the governor said.",
      "arrest",
    ).map((e) => [e.side, e.place]),
    [["UA", "UA63"]],
  );
});

test("reinforcement and advance", () => {
  assert.deepEqual(
    run(
      "Russian commanders were redeploying reserve troops in both Kupiansk and Izium, a Russian blogger said.",
      "reinforcement",
    ).map((e) => [e.side, e.place]),
    [
      ["RU", "UA6308009001"],
      ["RU", "UA6304009001"],
    ],
  );
  assert.deepEqual(
    run("Ukrainian troops made a breakthrough in the Kherson region on Monday.", "advance").map((e) => [
      e.side,
      e.place,
      e.date,
    ]),
    [["UA", "UA65", "2022-10-10"]],
  );
  assert.deepEqual(run("Russian reserves arrived to stop any further advance in the Kherson region.", "advance"), []);
});

test("outage: utility, extent, per oblast", () => {
  const ev = run("Zelensky reported a total blackout in the Kharkiv and Donetsk regions on Sunday.", "outage");
  assert.deepEqual(
    ev.map((e) => [e.place, e.a?.utility, e.a?.extent]),
    [
      ["UA63", "power", "total"],
      ["UA14", "power", "total"],
    ],
  );
  assert.deepEqual(
    run("Most of the villages in the Kharkiv region do not have electricity or gas, the governor said.", "outage").map(
      (e) => e.place,
    ),
    ["UA63"],
  );
});

test("casualties by ACLED's counting rules", () => {
  assert.deepEqual(
    run("Three civilians were killed in Kramatorsk on Monday, the governor said.", "casualties").map((e) => [
      e.q,
      e.a?.kind,
    ]),
    [[{ value: 3, unit: "killed" }, "civilian"]],
  );
  assert.deepEqual(
    run("Dozens of soldiers were wounded near Bakhmut.", "casualties").map((e) => e.q?.value),
    [12],
  );
});

test("visit: the visitor's side and the place; 'near' does not place a control", () => {
  assert.deepEqual(
    run(
      "Russian President Vladimir Putin visited the occupied city of Mariupol on Saturday.",
      "visit",
      "2023-03-20",
    ).map((e) => [e.side, e.place, e.date, e.a?.near]),
    [["RU", "UA1414005001", "2023-03-18", false]],
  );
  assert.deepEqual(
    run(
      "On Wednesday Zelensky made a visit to eastern Ukraine, presenting medals near the town of Bakhmut.",
      "visit",
      "2023-03-23",
    ).map((e) => [e.side, e.a?.near]),
    [["UA", true]],
  );
  assert.deepEqual(run("Russian helicopters were seen arriving in Kupiansk.", "visit"), []);
});

test("territory_claim: area and settlements", () => {
  assert.deepEqual(
    run("Ukraine claims the liberation of some 3,000 square kilometers of territory.", "territory_claim").map((e) => [
      e.side,
      e.place,
      e.q,
    ]),
    [["UA", "UA", { value: 3000, unit: "km2" }]],
  );
  assert.deepEqual(
    run(
      "Zelensky said his troops had liberated more than 30 settlements in the Kharkiv region.",
      "territory_claim",
    ).map((e) => [e.place, e.q?.value]),
    [["UA63", 30]],
  );
  assert.deepEqual(run("Russia holds 43,000 square kilometers.", "territory_claim"), []);
});

test("statement: negotiations, annexation, intent", () => {
  assert.deepEqual(
    run("Sergei Lavrov declared on Sunday that his country would be open to peace negotiations.", "statement").map(
      (e) => [e.side, e.status, e.a?.kind],
    ),
    [["RU", "claimed", "negotiations"]],
  );
  assert.deepEqual(
    run("These territories will be recaptured, Dmitry Peskov said.", "statement").map((e) => [e.side, e.status]),
    [["RU", "intent"]],
  );
});
