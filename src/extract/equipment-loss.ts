// equipment_loss: weapons and vehicles captured, destroyed or abandoned. "two more T-62M tanks were captured",
// "left behind weapons and ammunition", "dozens and dozens of abandoned tanks".
import type { Extractor } from "./types.js";
import { clausePlaces, dropped, makeEvent, trigger, readNumber, NUMBER } from "./common.js";
import { clauseOf, speakersSide } from "./context.js";
import { sideBefore } from "../actors/index.js";

const KIT = String.raw`(?:tanks?|(?:armou?red )?vehicles?|APCs?|IFVs?|BMPs?|BMP-\d|BTR-\d+|T-\d+\w*|howitzers?|artillery(?: pieces)?|weapons|ammunition|equipment|helicopters?|aircraft|jets?|drones?|trophies|MLRS|air defen[cs]e systems?)`;
const VERB = String.raw`(?:captured|destroyed|abandoned|seized|left behind|leaving behind|shot down|downed|lost|knocked out)`;

export const equipmentLoss: Extractor = {
  type: "equipment_loss",
  name: "equipment-loss",
  triggers: new RegExp(String.raw`(?<![\p{L}-])(?:${VERB}(?:\s+(?:\w+\s+){0,3}?)${KIT}|(?:${NUMBER}\s+)?(?:more\s+)?(?:[\w-]+\s+){0,2}?${KIT}\s+(?:were|was|have been|had been)\s+${VERB}|(?:abandoned|destroyed|captured)\s+(?:Russian\s+|Ukrainian\s+)?${KIT})(?![\p{L}])`, "giu"),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    const outcome = /captur|seiz|trophies/i.test(t.text) ? "captured" : /abandon|left behind|leaving behind/i.test(t.text) ? "abandoned" : "destroyed";
    const c = clauseOf(s, t.start);
    // whose equipment: named on it ("Russian tanks"); else, for what was captured or destroyed, the enemy of whoever
    // took it or reports it; for what was left behind, whoever left it; Russia by default (the usual report)
    const inner = /\b(Russian|Ukrainian)\b/.exec(t.text)?.[1];
    const actor = sideBefore(doc.text, c.start, t.start)?.side ?? speakersSide(doc, s, t.start);
    const other = (x: string | null | undefined) => (x === "UA" ? "RU" : x === "RU" ? "UA" : null);
    const owner = inner ? (inner === "Russian" ? "RU" : "UA") : outcome === "abandoned" ? actor ?? "RU" : other(actor) ?? "RU";
    const model = /\b(T-\d+\w*|BMP-\d|BTR-\d+|Mi-\d+|Su-\d+|Ka-\d+)\b/.exec(t.text)?.[1] ?? null;
    const num = new RegExp(`^${NUMBER}`, "i").exec(t.text);
    const value = num ? readNumber(num[0]) : null;
    const unit = /tank|T-\d/i.test(t.text) ? "tank" : /vehicle|BMP|BTR|APC|IFV/i.test(t.text) ? "vehicle" : "item";
    const places = clausePlaces(doc, t, { sentence: true, near: true });
    if (!places.length) return [];
    return places.map((p) => makeEvent(doc, t, "equipment_loss", owner, [p.place], "equipment-loss", {
      quantity: value != null ? { value, unit, ...(model ? { model } : {}) } : null, attributes: { outcome, model },
    }));
  },
};
