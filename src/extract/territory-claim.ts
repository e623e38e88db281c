// territory_claim: a side says how much ground it took. "the liberation of some 3,000 square kilometers",
// "liberated and taken control of more than 30 settlements in the Kharkiv region", "twenty in the last 24 hours".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import { agentSide, dropped, makeEvent, trigger, readNumber, NUMBER } from "./common.js";
import { COUNTRY, loadGazetteer, oblastPlace } from "../geo/index.js";

const AREA = String.raw`${NUMBER}\s+(?:square kilomet(?:er|re)s|sq\.? ?km|km2|km²|square miles)`;
const PLACES = String.raw`${NUMBER}\s+(?:more\s+)?(?:settlements|villages|localities|towns|communities)`;
// (not the occupiers themselves: "the occupiers shelled 27 settlements" took none)
const TAKE = new RegExp(
  String.raw`\b(liberat|recaptur|retook|retak|took|taken|captur|seiz|control|regain|reclaim|occup(?!iers?\b)|gain|` +
    String.raw`freed|de-?occup)`,
  "i",
);

export const territoryClaim: Extractor = {
  type: "territory_claim",
  name: "territory-claim",
  triggers: wordListRegex(String.raw`${AREA}|${PLACES}`),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // the figure must be ground taken, within the clause: "out of the 43,000 square kilometers in the hands of" is not
    const window = doc.text.slice(Math.max(s.start, t.start - 90), Math.min(s.end, t.end + 40));
    if (!TAKE.test(window) || /\bout of (the )?$/i.test(doc.text.slice(Math.max(s.start, t.start - 12), t.start)))
      return [];
    const value = readNumber(t.text);
    if (value == null) return [];
    const unit = /kilomet|km|miles/i.test(t.text) ? (/miles/i.test(t.text) ? "sq mi" : "km2") : "settlement";
    const side = agentSide(doc, t, "UA");
    // the region the figure is about: the oblast of the places the sentence names, references included
    const named = doc.places.filter(
      (p) => p.start >= s.start && p.end <= s.end && p.place.admin1 && p.place.level !== "country",
    );
    const oblasts = [...new Set(named.map((p) => p.place.admin1!))];
    const places = oblasts.length ? oblasts.map((o) => oblastPlace(loadGazetteer(), o)) : [COUNTRY];
    return places.map((p) =>
      makeEvent(doc, t, "territory_claim", side, [p], "territory-claim", { quantity: { value, unit } }),
    );
  },
};
