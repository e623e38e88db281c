// Page furniture is dropped and clean offsets map back to the raw text. Texts written for the test.
import { test } from "node:test";
import assert from "node:assert/strict";
import { cleanText, toRaw } from "../src/ingest/boilerplate.ts";

const PAGE = [
  "Troops enter the town after a week of fighting",
  "",
  "Ukrainian troops entered the town on Saturday, the governor said.",
  "",
  "Viewing this video is likely to lead to the deposit of cookies by the " +
    "operator of the video platform. Give your consent to play it.",
  "",
  "Governor Ivan SampleovPhoto: Sample Agency / Sample Press",
  "A soldier stands at the entrance of the town (SAMPLE/Photographer Name/File photo)",
  "",
  "The sequel after the ad",
  "",
  "Residents said the last convoy left at dawn.",
  "",
  "We would like to thank the writer of this article for this remarkable material",
  "Visit our social media profiles as well as other pages related to them",
  "",
  "Jane Sample",
  "",
  "I am a content specialist who has written about technology for many years.",
  "",
  "Keep reading:",
  "",
  "Another headline about something else entirely",
  "A second teaser headline without a full stop",
  "",
  "Related Articles",
  "",
  "Back to top button",
].join("\n");

test("every kind of furniture is dropped, the prose is kept", () => {
  const c = cleanText(PAGE);
  assert.equal(c.title, "Troops enter the town after a week of fighting");
  assert.equal(
    c.clean,
    "Ukrainian troops entered the town on Saturday, the governor said.\n\nResidents said the last convoy left at dawn.",
  );
  const reasons = new Set(c.dropped.map((d) => d.reason));
  for (const r of [
    "title",
    "consent notice",
    "caption or photo credit",
    "ad or navigation",
    "link list heading",
    "link list",
    "site boilerplate",
    "author bio",
    "author name",
  ])
    assert.ok(reasons.has(r), `no ${r}`);
});

test("clean offsets map back to the raw text", () => {
  const c = cleanText(PAGE);
  for (const word of ["Ukrainian", "governor said", "Residents", "dawn."]) {
    const at = c.clean.indexOf(word);
    assert.equal(PAGE.slice(toRaw(c.segments, at), toRaw(c.segments, at + word.length)), word);
  }
});

test("a prose first line is not a title; a 'date YYYY-MM-DD' stamp is read", () => {
  const c = cleanText(
    " date 2022-09-10 Short video title 0:41\n\nRussian troops withdrew from the town, the ministry said.",
  );
  assert.equal(c.datedLine, "2022-09-10");
  assert.equal(c.title, "Short video title");
  const d = cleanText("Russian troops withdrew from the town, the ministry said.\n\nThe town was quiet.");
  assert.equal(d.title, null);
  assert.match(d.clean, /^Russian troops/);
});

test("headline-like lines inside the text are marked as headings", () => {
  const c = cleanText(
    "Ukrainian troops entered the town, the governor said.\n\nDrop in " +
      "morale\n\nSoldiers were seen leaving, witnesses said.",
  );
  assert.equal(c.headings.length, 1);
  assert.equal(c.clean.slice(c.headings[0].start, c.headings[0].end), "Drop in morale");
});

test("a text of one line without a full stop is its body, not a title of nothing", async () => {
  const { eventsOf } = await import("./helpers.ts");
  for (const text of [
    "Ukrainian forces recaptured Kupiansk on Sunday, the army said",
    "\n\nRussian troops captured Marinka, the defence ministry claimed\n",
  ]) {
    const c = cleanText(text);
    assert.equal(c.title, null);
    assert.equal(c.clean, text.trim());
    assert.equal(c.headings.length, 0);
    const events = eventsOf(text, "2024-05-20");
    assert.equal(events.filter((e) => e.type === "control_change").length, 1, text);
  }
  // (a headline over a body is still the title)
  const page = "Kupiansk retaken\n\nUkrainian forces recaptured Kupiansk on Sunday.";
  assert.equal(cleanText(page).title, "Kupiansk retaken");
});

test("a correction notice is about the text, not news: what an earlier version said is dropped", () => {
  for (const note of [
    "Correction: An earlier version of this report said troops had entered the village on Friday.",
    "Editor's note: this article was amended to remove a claim that the bridge was destroyed.",
    "This story has been updated to correct the name of the brigade.",
    "A previous version of this article misstated which side shelled the depot.",
  ]) {
    const c = cleanText(`The governor said shelling went on overnight.\n\n${note}\n\nTwo houses burned.`);
    assert.equal(c.clean, "The governor said shelling went on overnight.\n\nTwo houses burned.", note);
    assert.ok(
      c.dropped.some((d) => d.reason === "correction notice"),
      note,
    );
  }
  // (a live blog's update is news; so is a line that merely mentions a correction)
  const news = ["Update: drones hit the port again at noon.", "Officials issued a correction to casualty figures."];
  for (const line of news) assert.equal(cleanText(line).clean, line);
});
