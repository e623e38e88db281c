// Strikes read by frames, on sentences written for the tests: what was heard, what was damaged, who came under
// fire, the official's own town, the country as a whole, and what is not a strike on a place.
import { test } from "node:test";
import assert from "node:assert/strict";
import { eventsOf } from "./helpers.ts";

const run = (text: string, type = "strike") =>
  eventsOf(text, "2023-11-14")
    .filter((e) => e.type === type)
    .map((e) => `${e.side} ${e.places[0].name}`);

test("explosions heard or reported are strikes where they were heard; occupied places are Ukraine's targets", () => {
  assert.deepEqual(run("Two loud blasts were heard in Uman and Vinnytsia before dawn."), ["RU Uman", "RU Vinnytsia"]);
  assert.deepEqual(run("A string of explosions shook Kremenchuk late on Friday."), ["RU Kremenchuk"]);
  assert.deepEqual(run("Explosions rang out in occupied Berdiansk overnight, local channels wrote."), ["UA Berdiansk"]);
  assert.deepEqual(run("The explosion of interest in drone racing reached Poltava this year."), []);
});

test("damage to a facility with no attacker named is a strike's aftermath; a storm's is not", () => {
  assert.deepEqual(run("Substations in Nizhyn and Pryluky were damaged overnight, the grid operator said."), [
    "RU Nizhyn",
    "RU Pryluky",
  ]);
  assert.deepEqual(run("Heavy rain damaged roads in Uzhhorod, the city council said."), []);
});

test("coming under fire: the target is the subject, the attacker the from-phrase or the fire's own side", () => {
  assert.deepEqual(run("Hola Prystan came under heavy mortar fire from Ukrainian positions on Tuesday."), [
    "UA Hola Prystan",
  ]);
  assert.deepEqual(run("Ukrainian trenches near Kreminna came under artillery fire for six hours."), ["RU Kreminna"]);
});

test("an official's town is where the strike was when the clause names no place", () => {
  assert.deepEqual(run("The mayor of Myrhorod said Russian drones had hit an industrial facility overnight."), [
    "RU Myrhorod",
  ]);
  assert.deepEqual(run("Lozova mayor Serhiy Zelensky said a drone hit a warehouse before midnight."), ["RU Lozova"]);
  // (not when the clause names the place: the governor of a region speaks for the town hit)
  assert.deepEqual(run("Russian shelling hit Zolochiv at dawn, the governor of Kharkiv oblast said."), ["RU Zolochiv"]);
});

test("the country attacked as a whole is the place when no town is named; a country after a town qualifies it", () => {
  assert.deepEqual(run("Russia attacked Ukraine overnight with 30 cruise missiles."), ["RU Ukraine"]);
  assert.deepEqual(run("A Russian missile struck a hotel in Kramatorsk, Ukraine, on Sunday."), ["RU Kramatorsk"]);
  // (a part of the country or its possessive is not the country: "Ukraine's second-largest city" is Kharkiv)
  assert.deepEqual(run("Drones struck a fuel depot in western Ukraine overnight."), []);
  assert.deepEqual(run("Russia attacked Ukraine's second-largest city with glide bombs."), ["RU Kharkiv"]);
});

test("nominal attacks on targets, and a gerund with an of-phrase", () => {
  assert.deepEqual(run("Moscow stepped up attacks on the power grid in Chernihiv."), ["RU Chernihiv"]);
  assert.deepEqual(run("Shelling of Nova Kakhovka by Ukrainian forces went on all night."), ["UA Nova Kakhovka"]);
});

test("an institution's name with 'of' keeps its country; a ship hit is a loss, not a strike on a place", () => {
  assert.deepEqual(run("A fuel depot near Skadovsk was destroyed by the Armed Forces of Ukraine."), ["UA Skadovsk"]);
  assert.deepEqual(
    run("A patrol boat was struck by the Navy of Ukraine, the head of the Odesa administration said."),
    [],
  );
});

test("a facility taken in a town is an advance there, not the town's capture", () => {
  assert.deepEqual(run("Vuhledar's coal mine was captured by Russian forces in March.", "control_change"), []);
});

test("an unnamed town described from a city is not the city; residents of a region are not where a strike fell", () => {
  assert.deepEqual(
    run("A missile attack on a holiday camp in a village near the city of Mykolaiv killed four people."),
    [],
  );
  assert.deepEqual(
    run("The station was crowded during the missile strike, as residents of the Zaporizhzhia region fled."),
    [],
  );
  assert.deepEqual(run("Russian missiles hit a holiday camp near Mykolaiv, killing four people."), ["RU Mykolaiv"]);
});

test("a list of names runs on past its last conjunction to the area that closes it", () => {
  assert.deepEqual(
    run(
      "Substations from Lviv to Uman, Poltava and Sumy, Rivne region, Chernihiv region and the entire north were hit.",
    ),
    ["RU Lviv", "RU Uman", "RU Poltava", "RU Sumy", "RU Rivne oblast", "RU Chernihiv oblast"],
  );
});

test("places hit as such, and a facility's name with a parenthesis before its place phrase", () => {
  assert.deepEqual(run("Four regions were targeted overnight, including the capital, Kyiv, the air force said."), [
    "RU Kyiv",
  ]);
  assert.deepEqual(run("The institute (a former barracks) of signals was hit in Korosten."), ["RU Korosten"]);
});

test(
  "a place set as a line's label before a colon places what the line " + "reports; 'around' and 'outside' place too",
  () => {
    const report = [
      "Over the day the enemy shelled the border of Chernihiv region 14 times.",
      "Semenivka community: the enemy dropped 2 mines from a drone.",
      "Novhorod-Siverskyi community: artillery shelling, 6 explosions.",
    ].join("\n");
    assert.deepEqual(run(report).slice(1), ["RU Semenivka", "RU Novhorod-Siverskyi"]);
    // (a label that is no place places nothing: "Update: …")
    assert.deepEqual(run("Update: the enemy dropped 2 mines from a drone."), []);
    assert.deepEqual(run("Ukrainian guns hit Russian positions around occupied Vasylivka on Monday."), [
      "UA Vasylivka",
    ]);
    assert.deepEqual(run("Russian guns shelled villages outside Kupiansk."), ["RU Kupiansk"]);
  },
);

test(
  "war words that strike nothing here: a walkout, a mine under a tank, a " + "strike on a place abroad we do not list",
  () => {
    assert.deepEqual(run("Port workers in Izmail went on strike on Monday over unpaid wages."), []);
    assert.deepEqual(run("A Russian BMP hit a mine near Robotyne and burned out."), []);
    assert.deepEqual(run("Russian missiles hit a coal mine in Pavlohrad."), ["RU Pavlohrad"]);
    const abroad = "Air strikes on Aleppo killed 12 people, as officials in Lviv urged more air defence.";
    assert.deepEqual([...run(abroad), ...run(abroad, "casualties")], []);
  },
);
