// reinforcement: a side brings troops or equipment in. "using Mi-26 helicopters to reinforce units in Kharkiv",
// "redeploying reserve troops in both Kupiansk and Izium", "Russia sends reinforcements".
import type { Extractor } from "./types.js";
import { agentSide, clausePlaces, dropped, makeEvent, trigger } from "./common.js";

export const reinforcement: Extractor = {
  type: "reinforcement",
  name: "reinforcement",
  triggers: /(?<![\p{L}-])(?:reinforc(?:e|ed|es|ing|ements?)|redeploy(?:ed|ing|s)?|deploy(?:ed|ing|s)? (?:additional|more|reserve|fresh)|bolster(?:ed|ing|s)?|sent (?:more |additional |fresh )?(?:troops|reserves)|(?:our )?reserves are (?:reaching|arriving)|regroup(?:ed|ing)?|gather(?:ed|ing)? near)(?![\p{L}])/giu,
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t, true)) return [];
    const places = clausePlaces(doc, t, { sentence: true });
    if (!places.length) return [];
    const side = agentSide(doc, t, null);
    if (!side) return [];
    return places.filter((p) => p.place.level !== "country").map((p) => makeEvent(doc, t, "reinforcement", side, [p.place], "reinforcement"));
  },
};
