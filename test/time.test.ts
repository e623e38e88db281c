// Dates resolved against the publication day, with news past-bias.
import { test } from "node:test";
import assert from "node:assert/strict";
import { findDates } from "../src/time/index.ts";

const one = (text: string, pub: string | null) => findDates(text, pub).map((d) => [d.date, d.precision]);

test("a bare weekday is the last such day on or before publication", () => {
  assert.deepEqual(one("troops entered the town on Saturday", "2022-09-12"), [["2022-09-10", "day"]]); // a Monday
  assert.deepEqual(one("on Wednesday evening", "2022-10-05"), [["2022-10-05", "day"]]); // the same day
  assert.deepEqual(one("on Saturday night", "2022-09-12"), [["2022-09-10", "day"]]);
  assert.deepEqual(one("last Saturday", "2023-03-23"), [["2023-03-18", "day"]]);
});

test("month-only dates stay month precision; 'last year' counts back", () => {
  assert.deepEqual(one("in November last year", "2023-03-23"), [["2022-11", "month"]]);
  assert.deepEqual(one("in February 2022", "2023-03-23"), [["2022-02", "month"]]);
  assert.deepEqual(one("in November", "2023-03-23"), [["2022-11", "month"]]);
});

test("explicit dates in the forms the press uses", () => {
  assert.deepEqual(one("He [miércoles] March 22, 2023, all units left", "2023-03-23"), [["2023-03-22", "day"]]);
  assert.deepEqual(one("this Monday, September 12", "2022-09-12"), [["2022-09-12", "day"]]);
  assert.deepEqual(one("on 16 August", "2023-08-17"), [["2023-08-16", "day"]]);
});

test("ranges keep their end", () => {
  const [d] = findDates("shelling over the last two weeks", "2022-09-10");
  assert.equal(d.date, "2022-08-27");
  assert.equal(d.dateEnd, "2022-09-10");
});

test("without a publication day relative dates stay unresolved; absolute ones are kept", () => {
  assert.deepEqual(one("on Wednesday the town fell", null), []);
  assert.deepEqual(one("on March 3, 2022 the town fell", null), [["2022-03-03", "day"]]);
});

test("dates counted from another event are not read as dates", () => {
  assert.deepEqual(one("two days after the columns crossed", "2022-09-11"), []);
});

test("dates counted from the invasion, and vague years", () => {
  assert.deepEqual(one("the visit came 13 months after the full-scale invasion", "2023-03-23"), [["2023-03", "month"]]);
  assert.deepEqual(one("At 200e day of the conflict, the army recaptured the town", "2022-09-12"), [
    ["2022-09-11", "day"],
  ]);
  assert.deepEqual(one("a successful counteroffensive late last year", "2023-03-23"), [["2022", "year"]]);
});

test("holidays fixed in the calendar are days, in the last year they fell on or before publication", () => {
  assert.deepEqual(one("a depot was hit on New Year's Day", "2024-01-03"), [["2024-01-01", "day"]]);
  assert.deepEqual(one("drones came over New Year's Eve", "2023-01-02"), [["2022-12-31", "day"]]);
  assert.deepEqual(one("the city was shelled on Victory Day", "2024-06-01"), [["2024-05-09", "day"]]);
  assert.deepEqual(one("a parade of burnt tanks before Independence Day", "2023-08-20"), [["2022-08-24", "day"]]);
  assert.deepEqual(one("Christmas lights went up in the square", "2023-12-20"), []);
});

test("a span counted back in years is as precise as its unit: a year, or the month a year back", () => {
  const d = (text: string) => findDates(text, "2023-06-10").map((m) => [m.date, m.precision]);
  assert.deepEqual(d("The bridge was built 60 years ago."), [["1963", "year"]]);
  assert.deepEqual(d("Two years ago the plant still worked."), [["2021", "year"]]);
  assert.deepEqual(d("A year ago the front ran further east."), [["2022-06", "month"]]);
});

test("a live blog's day header dates the entries below it, up to the next; it dates nothing itself", () => {
  const blog =
    "Friday 6 October\n10:15 Shelling hit the town this morning.\nSaturday, 7 October 2023\n" +
    "09:02 Officials said yesterday's strike killed two.";
  const ds = findDates(blog, "2023-10-09").map((d) => [d.text, d.date]);
  // (the stamps take their header's day; "this morning" and "yesterday" count from it)
  assert.deepEqual(ds, [
    ["10:15", "2023-10-06"],
    ["this morning", "2023-10-06"],
    ["09:02", "2023-10-07"],
    ["yesterday", "2023-10-06"],
  ]);
  // (a day after publication, or long before it, is no header)
  const late = findDates("Monday 16 October\nShelling hit the town this morning.", "2023-10-09");
  assert.equal(late.find((d) => d.text === "this morning")?.date, "2023-10-09");
  // (a day inside prose is an ordinary date)
  assert.deepEqual(one("The town was shelled on 6 October.", "2023-10-09"), [["2023-10-06", "day"]]);
});

test("entries under day headers take the header's day; the first header is no headline", async () => {
  const { eventsOf } = await import("./helpers.ts");
  const blog =
    "Tuesday 14 May\n08:10 Russian drones hit Kupiansk this morning, the governor said.\n" +
    "Wednesday 15 May\n07:40 Ukrainian troops repelled an assault near Vovchansk, the General Staff said.\n" +
    "11:05 A guided bomb struck Kharkiv.";
  const es = eventsOf(blog, "2024-05-16");
  assert.equal(es.find((e) => e.places[0]?.name === "Kupiansk")?.date, "2024-05-14");
  assert.equal(es.find((e) => e.places[0]?.name === "Kharkiv")?.date, "2024-05-15");
});

test("a part of the day is a day: 'this afternoon', 'at noon', 'before dawn' are today, not this year", () => {
  for (const w of ["this afternoon", "this evening", "at noon today"])
    assert.deepEqual(one(`The town was shelled ${w}.`, "2023-10-10"), [["2023-10-10", "day"]], w);
});

test("the war's opening days are February 2022, its first weeks March; not 'since', nor a start a year names", () => {
  assert.deepEqual(one("seized in the opening days of the full-scale invasion", "2023-05-02"), [["2022-02", "month"]]);
  assert.deepEqual(one("held at the beginning of the war", "2024-01-10"), [["2022-02", "month"]]);
  assert.deepEqual(one("occupied in the first weeks of the invasion", "2022-08-01"), [["2022-03", "month"]]);
  assert.deepEqual(one("taken when Russia invaded", "2022-11-11"), [["2022-02", "month"]]);
  assert.deepEqual(one("fired since the start of the invasion", "2023-05-02"), []);
  assert.deepEqual(one("at the start of the war in 2014", "2023-05-02"), [["2014", "year"]]);
});

test("'earlier in the day' and 'later on the day' are the day reported, not the one before", () => {
  assert.deepEqual(one("Earlier in the day, a drone hit a warehouse.", "2024-04-09"), [["2024-04-09", "day"]]);
  assert.deepEqual(one("Troops entered the village later on the day, he said.", "2023-08-16"), [["2023-08-16", "day"]]);
});

test("a season is read as its year (the last begun by publication); a coming one and 'the fall of X' are none", () => {
  assert.deepEqual(one("The town was retaken last summer.", "2025-03-19"), [["2024", "year"]]);
  assert.deepEqual(one("The town was retaken last summer.", "2024-07-02"), [["2023", "year"]]);
  assert.deepEqual(one("It was seized in the autumn of 2022.", "2024-07-02"), [["2022", "year"]]);
  assert.deepEqual(one("Blackouts hit the city this winter.", "2023-01-20"), [["2023", "year"]]);
  assert.deepEqual(one("Blackouts hit the city last winter.", "2023-01-20"), [["2022", "year"]]);
  assert.deepEqual(one("Russia may strike the grid this winter.", "2023-08-20"), []);
  assert.deepEqual(one("The fall of the town shocked the region.", "2023-08-20"), []);
  assert.deepEqual(one("The front barely moved in the summer of fighting.", "2023-08-20"), []);
});

test("a vague count of days or weeks from a day the text named is that day's month; from nothing, no date", () => {
  assert.deepEqual(one("The town was retaken on 8 March 2023. Days later the mayor returned.", "2024-05-02"), [
    ["2023-03-08", "day"],
    ["2023-03", "month"],
  ]);
  assert.deepEqual(one("Troops left the city on 30 June 2022; a few weeks later it was shelled.", "2024-05-02"), [
    ["2022-06-30", "day"],
    ["2022-07", "month"],
  ]);
  assert.deepEqual(one("Days later the mayor returned.", "2024-05-02"), []);
});
