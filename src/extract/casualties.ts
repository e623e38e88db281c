// casualties: people killed or wounded, counted by ACLED's rules: the lowest figure given; "dozens" = 12;
// "hundreds" = 100; no figure = 0. "37 people were killed", "at the cost of tens or hundreds of lives".
import type { Extractor } from "./types.js";
import { clausePlaces, dropped, makeEvent, trigger, readNumber, NUMBER } from "./common.js";

export const casualties: Extractor = {
  type: "casualties",
  name: "casualties",
  triggers: new RegExp(String.raw`(?<![\p{L}-])(?:(${NUMBER})(?:\s+or\s+${NUMBER})?\s+(?:\w+\s+){0,2}?(?:people|civilians|soldiers|servicemen|troops|residents|children|lives|dead|wounded|injured)(?:\s+(?:were|have been|had been))?\s*(?:killed|wounded|injured|dead|died)?|killed|wounded|injured|casualties)(?![\p{L}])`, "giu"),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    if (!/\b(killed|wounded|injured|dead|died|lives|casualties|deaths)\b/i.test(t.text) && !/\b(killed|wounded|injured|dead|died|lives|casualties)\b/i.test(doc.text.slice(t.end, t.end + 25))) return [];
    // the bare words only when no counted phrase of the same sentence covers them
    if (/^(killed|wounded|injured|casualties)$/i.test(t.text) && new RegExp(`${NUMBER}\\s+(?:\\w+\\s+){0,3}$`, "i").test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) return [];
    const value = m[1] ? readNumber(m[1]) ?? 0 : 0;
    const kind = /\b(civilians?|residents|children|people)\b/i.test(t.text) ? "civilian" : /\b(soldiers|servicemen|troops)\b/i.test(t.text) ? "military" : null;
    const hurt = /wounded|injured/i.test(t.text) ? "wounded" : "killed";
    const places = clausePlaces(doc, t, { sentence: true, near: true, country: true });
    if (!places.length) return [];
    return places.slice(0, 1).map((p) => makeEvent(doc, t, "casualties", null, [p.place], "casualties", { quantity: { value, unit: hurt }, attributes: { kind } }));
  },
};
