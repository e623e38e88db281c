// The first gazetteer: spellings, regions, and choosing between namesakes.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findPlaces } from "../src/geo/index.ts";
import { segment } from "../src/text/index.ts";

const places = (text: string) => findPlaces(text, segment(text).sentences).map((m) => [m.surface, m.place.pcode, m.place.level]);

test("spelling families resolve to one settlement", () => {
  const cases: [string, string][] = [
    ["Izium", "UA6304009001"], ["Izyum", "UA6304009001"], ["Izioum", "UA6304009001"], ["Ізюм", "UA6304009001"], ["Изюм", "UA6304009001"],
    ["Kupyansk", "UA6308009001"], ["Kup'yansk", "UA6308009001"], ["Koupiansk", "UA6308009001"],
    ["Nova Kajovka", "UA6506017001"], ["Balakleya", "UA6304001001"], ["Balakliïa", "UA6304001001"],
    ["Artemivsk", "UA1402001001"], ["Krasny Liman", "UA1412011001"], ["Kharkov", "UA6312027001"], ["Charkiw", "UA6312027001"],
    ["Duchane", "UA6502013002"],
  ];
  for (const [name, pcode] of cases) {
    const got = places(`Fighting was reported in ${name} on Monday.`);
    assert.deepEqual(got[0]?.slice(1), [pcode, "settlement"], `${name}: ${JSON.stringify(got)}`);
  }
});

test("'X region' is the oblast, 'X' alone the city; lists of regions are all oblasts", () => {
  assert.deepEqual(places("in the Kherson region"), [["Kherson", "UA65", "oblast"]]);
  assert.deepEqual(places("in Kherson"), [["Kherson", "UA6510015001", "settlement"]]);
  assert.deepEqual(places("a partial blackout in the Zaporizhzhia, Dnipropetrovsk, and Sumy regions").map((p) => p[1]), ["UA23", "UA12", "UA59"]);
  assert.deepEqual(places("the northern region of Kharkiv"), [["Kharkiv", "UA63", "oblast"]]);
});

test("names of people, rivers and units are not places", () => {
  assert.deepEqual(places("President Volodymyr Zelensky spoke."), []);
  assert.deepEqual(places("along the Dnieper river and the Oskil River"), []);
});

test("co-mentioned places decide between namesakes", () => {
  const got = places("the three settlements – Novovoskresenske, Novogrigorivka and Petropavlivka – in the Kherson region");
  assert.deepEqual(got.map((p) => p[1]), ["UA6502015004", "UA6502013005", "UA6502017007", "UA65"]);
});

test("a name nothing decides stays unresolved", () => {
  const got = places("Shelling was reported near Ivanivka.");
  assert.deepEqual(got, [["Ivanivka", null, "settlement"]]);
});
