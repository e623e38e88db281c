// casualties given as a verbless count after a label and a colon, a regional post's and a live blog's way: "Final
// toll: 4 dead, 11 wounded", "Casualties from the strike, according to the police: 3 killed, 11 injured". The frames
// read casualties from verbs; these counts have none, so a pattern reads them here.
import { wordListRegex } from "../text/whole-words.js";
import type { Sentence } from "../types.js";
import type { Extractor } from "./types.js";
import { clausePlaces, dropped, makeEvent, NUMBER, readNumber, trigger } from "./common.js";
import { previousPlace, topicSettlement } from "./context.js";

// (the count right after a colon: what the label before it introduces)
const TOLL = String.raw`(?<=:\s{0,3})${NUMBER}\s+(?:people\s+)?(?:dead|killed|injured|wounded)\b`;
// (the label names a toll: "toll", "casualties", "victims", "the dead and wounded")
const LABEL = /\b(?:toll|casualties|victims|losses among civilians|dead and (?:wounded|injured))\b/i;

export const tollList: Extractor = {
  type: "casualties",
  name: "toll-list",
  triggers: wordListRegex(TOLL),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    const colon = doc.text.lastIndexOf(":", t.start);
    // (the label within a line's reach before the colon: bounded, so a page-long sentence of many counts stays linear)
    if (colon < s.start || !LABEL.test(doc.text.slice(Math.max(s.start, colon - 120), colon))) return [];
    if (dropped(t)) return [];
    const unit = /(\w+)$/.exec(t.text)?.[1];
    const value = readNumber(t.text);
    if (value === null) return [];
    // (where: the sentence's place, else the town the sentence before named, else the report's town)
    let places = clausePlaces(doc, t, { sentence: true });
    let goesOn: Sentence | null = null;
    if (!places.length) {
      const there = previousPlace(doc, s);
      const topic = there ? null : topicSettlement(doc, t.start);
      if (there) ((places = [there.mention]), (goesOn = there.sentence));
      else if (topic) places = [topic];
    }
    if (!places.length) return [];
    const dead = /^(?:dead|killed)$/i.test(unit ?? "");
    return [
      makeEvent(
        doc,
        t,
        "casualties",
        null,
        [places[0].place],
        "toll-list",
        { quantity: { value, unit: dead ? "killed" : "wounded" }, attributes: { kind: null } },
        goesOn,
      ),
    ];
  },
};
