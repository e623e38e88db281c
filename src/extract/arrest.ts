// arrest: a side detains someone. "the chief of a liberated village had been detained on suspicion of collaborating".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import { agentSide, clausePlaces, dropped, makeEvent, trigger } from "./common.js";
import { speakersSide } from "./context.js";
import { otherSide, verbSides } from "./roles.js";

export const arrest: Extractor = {
  type: "arrest",
  name: "arrest",
  triggers: wordListRegex(
    "arrest(?:ed|s)?|detain(?:ed|s)?|apprehended|taken into custody|abduct(?:ed|s)?|kidnapp?(?:ed|s)?",
  ),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // "called for the arrest of", "a warrant for the arrest of": an arrest sought is not one made
    const sought = new RegExp(
      String.raw`\b(?:call(?:ed|s)? for|demand(?:ed|s)?|seek(?:s|ing)?|sought|warrants?\s+for|urg(?:ed|` +
        String.raw`es))\s+(?:the\s+|an?\s+)?$`,
      "i",
    );
    if (sought.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) return [];
    // who detained: the grammar's agent (the by-phrase, or the subject of an active verb); in a passive without
    // one, the speaker's side ("a Ukrainian saboteur has been apprehended, the FSB said"), never the side word of
    // the one detained
    const v = verbSides(doc, s, t);
    const unnamed = v?.passive ? (speakersSide(doc, s, t.start) ?? otherSide(v.patient)) : null;
    const side = (v && (v.agent ?? unnamed)) ?? agentSide(doc, t, null);
    if (!side) return [];
    const ps = clausePlaces(doc, t, { sentence: true });
    // "a liberated village" with no name: the region of the article's last place
    const places = ps.length ? ps.map((p) => p.place) : regionBefore(doc, s);
    return places.map((p) => makeEvent(doc, t, "arrest", side, [p], "arrest"));
  },
};

function regionBefore(doc: Parameters<Extractor["extract"]>[0], s: Parameters<Extractor["extract"]>[1]) {
  const prev = doc.places.filter((p) => p.end <= s.start && p.place.level === "oblast").pop();
  return prev ? [prev.place] : [];
}
