// surrender: soldiers give themselves up. "images of Russian soldiers surrendering in Kherson",
// "The last group of 531 militants surrendered today".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import { clausePlaces, dropped, makeEvent, trigger, readNumber, NUMBER } from "./common.js";
import { clauseOf } from "./context.js";
import { sideBefore } from "../actors/index.js";

const FINITE = /\b(?:was|were|been|being|be|get|got|had|have|has)\s+$/i;

export const surrender: Extractor = {
  type: "surrender",
  name: "surrender",
  triggers: wordListRegex(
    "surrender(?:ed|ing|s)?|laid down (?:their|his) (?:arms|weapons)|gave themselves up|taken prisoner|were captured",
  ),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // ("soldiers taken prisoner near X", among those exchanged: a participle describing people tells no surrender of
    // the day; a finite one does: "were taken prisoner")
    if (/^taken/i.test(m[0]) && !FINITE.test(doc.text.slice(Math.max(0, t.start - 12), t.start))) return [];
    const c = clauseOf(s, t.start);
    const who = sideBefore(doc.text, c.start, t.start)?.side ?? null;
    // "militants", "defenders" in a Russian statement are Ukrainians; without a side name it stays open
    const side =
      who ?? (/\b(militants|defenders|nationalists|Azov)\b/i.test(doc.text.slice(c.start, t.start)) ? "UA" : null);
    if (!side) return [];
    const n = new RegExp(
      `(${NUMBER})\\s+(?:\\w+\\s+){0,2}(?:soldiers|troops|servicemen|militants|fighters|defenders)`,
      "i",
    ).exec(doc.text.slice(c.start, t.start));
    const places = clausePlaces(doc, t, { sentence: true, near: true });
    if (!places.length) return [];
    return places.map((p) =>
      makeEvent(doc, t, "surrender", side, [p.place], "surrender", {
        quantity: n ? { value: readNumber(n[1]) ?? 0, unit: "soldier" } : null,
      }),
    );
  },
};
