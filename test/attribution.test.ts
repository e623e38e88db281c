// Who says so: each quote form, each status cue, with the reporting chain. Sentences written for the tests.
import { test } from "node:test";
import assert from "node:assert/strict";
import { analyse } from "../src/pipeline.ts";

const one = (text: string, published = "2022-09-12") => {
  const e = analyse({
    input: "t",
    file: "t",
    url: null,
    title: null,
    outlet: null,
    published,
    translatedFrom: null,
    language: null,
    text,
  }).events.find((x) => x.type === "control_change" || x.type === "withdrawal" || x.type === "strike")!;
  return {
    status: e.status,
    name: e.source?.name ?? null,
    side: e.source?.side ?? null,
    via: e.source?.via ?? null,
    date: e.date,
  };
};

test("quote forms", () => {
  // “…,” X said
  assert.deepEqual(one("“Ukrainian troops entered Izium on Saturday,” Oleksii Reznikov said."), {
    status: "claimed",
    name: "Oleksii Reznikov",
    side: "UA",
    via: null,
    date: "2022-09-10",
  });
  // X told Y
  const told = one(
    "Ukrainian forces entered Izium, an official involved in the operation to liberate the city told CNN on Saturday.",
  );
  assert.equal(told.status, "claimed");
  assert.equal(told.side, "UA");
  assert.equal(told.via, "CNN");
  // according to X
  assert.deepEqual(
    one("According to the Russian Ministry of Defence, its troops withdrew from Balakliia on Saturday.").side,
    "RU",
  );
  // X claimed / wrote on Telegram / tweeted / said in his daily address
  assert.equal(one("Russian war bloggers claimed that Russian units had recaptured Kupiansk.").side, "RU");
  assert.equal(
    one("Zelensky wrote on Telegram that Ukrainian forces had liberated Lyman, in the Donetsk region.").name,
    "Volodymyr Zelensky",
  );
  assert.equal(one("Zelensky tweeted that Ukrainian troops entered Kupiansk.").side, "UA");
  assert.equal(
    one("Ukrainian forces liberated Balakliia, Zelensky said in his daily address.").name,
    "Volodymyr Zelensky",
  );
  // X quoted by the state news agency RIA
  const ria = one(
    "Vladislav Sokolov, head of the Russian-backed Izium administration, " +
      "was quoted by the state news agency RIA as saying that Ukrainian " +
      "troops shelled Izium.",
  );
  assert.deepEqual([ria.name, ria.side, ria.via], ["Vladislav Sokolov", "RU", "RIA"]);
});

test("pronouns and roles across sentences", () => {
  const t =
    "Ukraine's defence minister Oleksii Reznikov spoke in Ramstein. He " +
    "added that Ukrainian troops had entered Kupiansk on Saturday.";
  assert.deepEqual([one(t).name, one(t).side], ["Oleksii Reznikov", "UA"]);
  const m =
    "Russia's defence ministry briefed reporters on Sunday. The ministry " +
    "said its forces had withdrawn from Izium to regroup.";
  assert.deepEqual([one(m).name, one(m).side], ["Ministry of Defence of Russia", "RU"]);
  // a person first met by title keeps the side of that title
  const p =
    "Deputy Defence Minister of Ukraine Hanna Maliar spoke on Monday. " +
    "Ukrainian troops recaptured Neskuchne in the Donetsk region, Maliar " +
    "said.";
  assert.deepEqual([one(p).name, one(p).side], ["Hanna Maliar", "UA"]);
});

test("status cues", () => {
  assert.equal(one("Ukrainian troops entered Izium on Saturday.").status, "reported");
  assert.equal(one("Ukrainian troops entered Izium on Saturday, the governor said.").status, "claimed");
  assert.equal(one("Ukrainian troops supposedly entered Izium on Saturday.").status, "unconfirmed");
  assert.equal(
    one(
      "Images appeared on social networks of Ukrainian troops entering Izium; " +
        "Ukrainian forces entered Izium on Saturday, it is not known exactly " +
        "when.",
    ).status,
    "unconfirmed",
  );
  assert.equal(
    one("Russian troops withdrew from Nova Kakhovka, the ministry said. Reuters was unable to verify the information.")
      .status,
    "unconfirmed",
  );
  assert.equal(
    one("The Russian defence ministry denied that its troops had withdrawn from Kupiansk.").status,
    "denied",
  );
});

test("machine-translated inversions and pronoun speakers", () => {
  // "…, informs X": the speaker after the verb
  const staff = "Marines liberated Robotyne, informs the General Staff of the Armed Forces of Ukraine.";
  assert.equal(one(staff).status, "claimed");
  const moscow = "Assault detachments have liberated Marinka, informs the ministry of defence of Russian Federation.";
  assert.equal(one(moscow).side, "RU");
  // "They also said …": whoever spoke in the sentence before
  const text =
    "Ukrainian marines said they had repelled four attacks near Krynky. " +
    "They also said they had advanced near Kozachi Laheri.";
  const they = analyse({
    input: "t",
    file: "t",
    url: null,
    title: null,
    outlet: null,
    published: "2023-06-12",
    translatedFrom: null,
    language: null,
    text,
  }).events.find((e) => e.type === "advance" && e.side === "UA");
  assert.equal(they?.source?.side, "UA");
});

test("a closing dash names the speaker; 'according to X, Y did' is X's", () => {
  // (the Ukrainian and Russian press's "…, – Name, role." with no verb)
  const dash = one(
    "In the night, Russian drones struck an oil depot in Kremenchuk, – " +
      "Dmytro Lunin, head of the regional military administration.",
  );
  assert.deepEqual([dash.status, dash.name, dash.side], ["claimed", "Dmytro Lunin", "UA"]);
  // (a dash pair around an aside, or a by-agent after it, names no speaker)
  assert.equal(
    one("Kozacha Lopan was retaken – after six months of occupation – by Ukrainian forces on Sunday.").status,
    "reported",
  );
  // (the source is in the to-phrase, not the subject after the comma)
  const report = one("According to the report, Russian forces shelled Kupiansk overnight.");
  assert.deepEqual([report.status, report.name], ["claimed", "the report"]);
});

test("a participle of saying that describes a noun names no speaker", () => {
  assert.equal(one("Russian missiles struck Odesa on a previously announced day of mourning.").status, "reported");
  assert.equal(one("The reported strike on Kharkiv killed two people, the mayor said.").name, "the mayor");
});

test("a denial of an owned claim gives the denied event to the denier and the claim to its owner", () => {
  const all = (text: string) =>
    analyse({
      input: "t",
      file: "t",
      url: null,
      title: null,
      outlet: null,
      published: "2023-06-10",
      translatedFrom: null,
      language: null,
      text,
    })
      .events.filter((e) => e.type === "control_change")
      .map((e) => [e.side, e.status, e.source?.side ?? null]);
  assert.deepEqual(all("Kyiv rejected Moscow's claims that Russian units had captured Urozhaine."), [
    ["RU", "denied", "UA"],
    ["RU", "claimed", "RU"],
  ]);
  assert.deepEqual(all("Russia's defence ministry dismissed Kyiv's claim to have retaken Staromaiorske."), [
    ["UA", "denied", "RU"],
    ["UA", "claimed", "UA"],
  ]);
});

test("a paragraph signed after a dash is its signer's; a speaker inside a while-clause speaks for it alone", () => {
  // (the Ukrainian press closes a statement with "— Name, office", the translation keeping the dash)
  const signed = one(
    "Shelling hit Marhanets overnight, two houses burned. No one was hurt, - Petro Dankevych, head of the district " +
      "military administration.",
  );
  assert.deepEqual([signed.status, signed.side], ["claimed", "UA"]);
  const verb = one("A drone hit Sumy at night, there are wounded, – reported the head of the regional administration.");
  assert.deepEqual([verb.status, verb.side], ["claimed", "UA"]);
  // (a line that only signs signs the lines above it)
  const line = one("Semenivka community: the enemy dropped 2 mines from a drone.\n— Chernihiv Regional Administration");
  assert.deepEqual([line.status, line.side], ["claimed", "UA"]);
  // (an ordinary dash inside a sentence signs nothing)
  assert.equal(one("Russian artillery shelled Kherson - the fourth time this week.").status, "reported");
  // "A shelled X, while officials in Y accused Ukraine of striking the town": the officials speak for Y's strike only
  const t =
    "Russian artillery shelled Marhanets overnight, while Russian-installed officials in Kakhovka accused Ukraine of " +
    "striking the town.";
  assert.deepEqual([one(t).status, one(t).name], ["reported", null]);
  // (a trailing "officials said" after the clause still speaks for the whole sentence)
  const both = "Russia shelled Sumy overnight as Ukrainian drones hit a depot near Belgorod, officials said.";
  assert.equal(one(both).status, "claimed");
});

test("a sentence that counts off what the one before counted goes on with its report", () => {
  const strikeOn = (text: string, place: string) =>
    analyse({
      input: "t",
      file: "t",
      url: null,
      title: null,
      outlet: null,
      published: "2023-10-17",
      translatedFrom: null,
      language: null,
      text,
    }).events.find((x) => x.type === "strike" && x.places[0].name === place);
  const launched = "Russia launched 20 drones at Kharkiv region overnight, Ukraine's air force said.";
  const e = strikeOn(`${launched} 16 of them were downed; the rest hit a depot in Chuhuiv.`, "Chuhuiv");
  assert.deepEqual([e?.status, e?.source?.side], ["claimed", "UA"]);
  // (without the count, the outlet's own voice)
  assert.equal(strikeOn(`${launched} A drone hit a depot in Chuhuiv.`, "Chuhuiv")?.status, "reported");
});
