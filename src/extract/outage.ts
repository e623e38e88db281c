// outage: power, water or gas cut in a place. "a total blackout in the Kharkiv and Donetsk regions",
// "Most of the villages do not have electricity or gas", "30% of the city without electricity".
import { wordListRegex } from "../text/whole-words.js";
import type { Sentence } from "../types.js";
import type { Extractor } from "./types.js";
import { clausePlaces, makeEvent, trigger, readNumber } from "./common.js";
import { clauseOf, previousPlace } from "./context.js";

const VERB =
  String.raw`blackouts?|power (?:cuts?|outages?|failures?)|(?:electricity|power|water|gas|` +
  String.raw`heating) (?:cuts?|outages?|shortages?|supplies? (?:were |was )?(?:disrupted|cut))|` +
  String.raw`without (?:electricity|power|water|gas|heating|light)|(?:do|does|` +
  String.raw`did) not have (?:electricity|power|water|gas|heating)|no (?:electricity|power|` +
  String.raw`water(?: supply)?|gas(?: supply)?|heating|light)|(?:emergency )?(?:power )?shutdowns?|` +
  String.raw`de-?energi[sz]ed|(?:disrupted|cut off) (?:electricity|power|water|gas)`;

export const outage: Extractor = {
  type: "outage",
  name: "outage",
  triggers: wordListRegex(VERB),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (t.q === "hypothetical") return [];
    // "do not have electricity" is itself the report; other negations ("no longer without power") end it
    if (t.q === "negated" && !/not have/i.test(t.text)) return [];
    const c = clauseOf(s, t.start);
    const clause = doc.text.slice(c.start, c.end);
    const utility = /water/i.test(t.text)
      ? "water"
      : /\bgas\b/i.test(t.text)
        ? "gas"
        : /heating/i.test(t.text)
          ? "heating"
          : "power";
    const extent = /\b(total|complete|full|entire|all)\b/i.test(clause)
      ? "total"
      : /\b(partial|partly|some|parts? of|\d+\s?%)/i.test(clause)
        ? "partial"
        : null;
    let places = clausePlaces(doc, t, { sentence: true, country: true });
    let goesOn: Sentence | null = null;
    // "Currently, some areas are without electricity" after "attacks in 8 regions of Ukraine": the areas just named
    // (and "Artillery hit X. The shelling cut a power line; 3,000 homes are without light": the town just named)
    if (!places.length) {
      const prev = doc.sentences[doc.sentences.indexOf(s) - 1];
      const u =
        prev &&
        prev.paragraph === s.paragraph &&
        doc.places.find((p) => p.place.level === "country" && p.start >= prev.start && p.end <= prev.end);
      const there = u ? null : previousPlace(doc, s);
      if (u) places = [u];
      else if (there) {
        places = [there.mention];
        goesOn = there.sentence;
      }
    }
    if (!places.length || t.q === "intent" || t.q === "denied" || t.q === "demanded") return [];
    const pct = /(\d+)\s?%/.exec(clause);
    const subs = /(\d[\d,.\s]*)\s+(subscribers|households|consumers|customers|people)/i.exec(clause);
    const quantity = pct
      ? { value: +pct[1], unit: "percent" }
      : subs
        ? { value: readNumber(subs[1]) ?? 0, unit: subs[2].toLowerCase().replace(/s$/, "") }
        : null;
    return places.map((p) =>
      makeEvent(doc, t, "outage", null, [p.place], "outage", { quantity, attributes: { utility, extent } }, goesOn),
    );
  },
};
