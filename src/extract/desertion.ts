// desertion: soldiers leave their units. "there had been at least 15 defections", "troops are now deserting".
import type { Extractor } from "./types.js";
import { dropped, makeEvent, trigger, readNumber, NUMBER, clausePlaces } from "./common.js";
import { COUNTRY } from "../geo/index.js";
import { clauseOf, speakersSide } from "./context.js";
import { attribute } from "../actors/index.js";

/** Where the speech phrase of a sentence ends: what follows is the reported content. */
const attributedEnd = (doc: Parameters<Extractor["extract"]>[0], s: Parameters<Extractor["extract"]>[1]) => attribute(doc, s, s.start).span?.[1] ?? s.start;
import { sideBefore } from "../actors/index.js";

export const desertion: Extractor = {
  type: "desertion",
  name: "desertion",
  triggers: /(?<![\p{L}-])(?:desert(?:ed|ing|ers?|ions?)|defect(?:ed|ing|ions?|ors?)|changing into civilian (?:attire|clothes)|abandoned their uniforms)(?![\p{L}])/giu,
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // "desert" the landscape is not meant: the word must be about troops
    if (!/\b(troops|soldiers|servicemen|units|defections|deserters|desertion|uniforms|civilian)\b/i.test(s.text)) return [];
    const c = clauseOf(s, t.start);
    // deserters are named ("Russian troops are deserting"), else they are the other side of whoever reports them
    const speaker = speakersSide(doc, s, t.start);
    const reported = doc.text.slice(Math.max(c.start, attributedEnd(doc, s)), t.start);
    const side = sideBefore(reported, 0, reported.length)?.side ?? (speaker === "UA" ? "RU" : speaker === "RU" ? "UA" : "RU");
    const n = new RegExp(`(${NUMBER})\\s+(?:\\w+\\s+)?(?:defections|desertions|deserters|soldiers|troops)`, "i").exec(s.text);
    const ps = clausePlaces(doc, t, { sentence: true });
    const places = ps.length ? ps.map((p) => p.place) : [COUNTRY];
    return places.map((p) => makeEvent(doc, t, "desertion", side === "UA" ? "UA" : "RU", [p], "desertion", { quantity: n ? { value: readNumber(n[1]) ?? 0, unit: "soldier" } : null }));
  },
};
