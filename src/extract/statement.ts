// statement: what a side announces rather than does: negotiations offered, annexation, mobilisation, nuclear
// threats, promises to retake ground. "would be open to participating in peace negotiations",
// "These territories 'will be recaptured'", "the territories annexed by Putin on Friday".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import { makeEvent, trigger, clausePlaces } from "./common.js";
import { COUNTRY } from "../geo/index.js";
import { speakersSide } from "./context.js";
import { sideBefore } from "../actors/index.js";
import { predicateAt } from "./roles.js";

const VERB =
  String.raw`(?:peace )?(?:negotiations|talks)|annex(?:ed|ing|ation|es)|mobili[sz](?:ation|ed|ing|e)|` +
  String.raw`nuclear (?:weapons|retaliation|strike)|will (?:be )?(?:recaptur|retak|regain|liberat|` +
  String.raw`return)\w*|vow(?:ed|s)? to (?:retake|recapture|regain|liberate|defend)|will (?:restore|` +
  String.raw`rebuild)`;

export const statement: Extractor = {
  type: "statement",
  name: "statement",
  triggers: wordListRegex(VERB),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    // "would be open to negotiations" is the statement itself, so hypotheticals stay
    if (t.q === "negated") return [];
    // ("Russian mobilised men", "the annexed regions": a participle that describes announces nothing)
    if (predicateAt(doc, s, t)?.attributive) return [];
    const side = speakersSide(doc, s, t.start) ?? sideBefore(doc.text, s.start, t.start)?.side ?? null;
    if (!side) return [];
    const kind = /negotiat|talks/i.test(t.text)
      ? "negotiations"
      : /annex/i.test(t.text)
        ? "annexation"
        : /mobili/i.test(t.text)
          ? "mobilisation"
          : /nuclear/i.test(t.text)
            ? "nuclear"
            : "pledge";
    const ps = clausePlaces(doc, t).filter((p) => p.place.level !== "settlement");
    const places = ps.length ? ps.map((p) => p.place) : [COUNTRY];
    // a pledge or threat is intent; saying one is open to talks is a claim about the present
    const intent = /^(will|vow)/i.test(t.text) || kind === "pledge" || kind === "nuclear";
    const unreal = t.q === "intent" || t.q === "hypothetical" || t.q === "demanded";
    const t2 = { ...t, q: intent ? ("intent" as const) : unreal ? null : t.q };
    return places.map((p) => makeEvent(doc, t2, "statement", side, [p], "statement", { attributes: { kind } }));
  },
};
