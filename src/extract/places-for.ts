// Where a trigger happened: the places it governs in its clause, else the context before it.
import type { Doc, PlaceMention, Sentence, Place } from "../types.js";
import { clauseOf, eventPlaces, PLACE_NOUN, UNNAMED_GROUP, mentionsOf, topicSettlement } from "./context.js";
import { oblastPlace, loadGazetteer } from "../geo/index.js";

const LIST_GAP = new RegExp(
  String.raw`^[\s,:;–—-]*(?:(?:and|or|as well as|` +
    String.raw`&)\s+)?(?:the\s+)?(?:(?:[a-z-]+\s+){0,2}(?:town|city|village|settlement|region|` +
    String.raw`district)s?\s+of\s+)?$`,
  "i",
);
/** A run of places joined by commas, "and", "as well as", colons or dashes: "Izium and Kupyansk". */
function run(doc: Doc, list: PlaceMention[]): PlaceMention[] {
  const out = list.slice(0, 1);
  for (let i = 1; i < list.length; i++) {
    const gap = doc.text.slice(list[i - 1].end, list[i].start);
    // ", and the small town of Girnyk": up to two words may describe the place noun
    if (!LIST_GAP.test(gap) && !/^\s*(regions?|oblasts?|districts?)?\s*(,|and)\s*(the\s+)?$/i.test(gap)) break;
    out.push(list[i]);
  }
  return out;
}

export interface Where {
  mentions: PlaceMention[];
  places: Place[];
  how: "object" | "subject" | "sentence" | "context" | "anaphor" | "role";
}

const regionOf = (p: PlaceMention): Place | null =>
  p.place.admin1 ? oblastPlace(loadGazetteer(), p.place.admin1) : null;

// a definite place noun after a trigger, or owning what it names, points back
const PLACE_AFTER = new RegExp(String.raw`^[\s"“”'’]*(?:of\s+)?the\s+(?:${PLACE_NOUN})\b(?!\s+of\b)`, "i");
const PLACES_BEFORE = new RegExp(String.raw`\bthe\s+(?:${PLACE_NOUN})['’]s\s+$`, "i");

const GROUP_NOUN = new RegExp(
  String.raw`\b(localities|settlements|villages|towns|territories|areas)\b(?!\s*(of\b|` +
    String.raw`[–—:(,-]|(such as|including|namely|like)\b))`,
  "i",
);
const SUBJECT_LIST_GAP = new RegExp(
  String.raw`^[\s,:;–—-]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?(?:(?:entire|whole|nearby|` +
    String.raw`neighbouring|neighboring)\s+)?$`,
  "i",
);
/**
 * @param after   how far after the trigger its object may lie
 * @param context whether to look at earlier sentences when the sentence names no place
 */
export function placesFor(
  doc: Doc,
  s: Sentence,
  trig: { start: number; end: number },
  opts: { context: boolean; after?: number; subjectAlways?: boolean },
): Where | null {
  const c = clauseOf(s, trig.start);
  // "had liberated the town", "claimed the city's capture": a definite place noun refers back to the topic
  const anaphor =
    PLACE_AFTER.test(doc.text.slice(trig.end, trig.end + 30)) ||
    PLACES_BEFORE.test(doc.text.slice(Math.max(s.start, trig.start - 30), trig.start));
  if (anaphor) {
    const t = topicSettlement(doc, trig.start);
    if (t) return { mentions: [t], places: [t.place], how: "anaphor" };
  }
  const all = eventPlaces(doc, s);
  const afterText = doc.text.slice(trig.end, Math.min(c.end, trig.end + (opts.after ?? 110)));
  const objs = all.filter((p) => p.start >= trig.end && p.end <= trig.end + afterText.length);
  // the object: the first run of places after the trigger, behind at most a short noun phrase
  // ("liberated the strategically vital regions of Izium", "entered the town of Kupyansk", "taken over: Kupyansk")
  if (objs.length) {
    const gap = doc.text.slice(trig.end, objs[0].start);
    const words = gap.trim().split(/\s+/).filter(Boolean).length;
    const fromPhrase = /^\s*(from|out of)\b/i.test(gap);
    const verbOrClause = new RegExp(
      String.raw`\b(is|are|was|were|has|have|had|will|would|said|says|continues?|continued|began|begins|` +
        String.raw`remains?|for|by|with|since|after|before|because|which|that|who|while|near|to)\b`,
      "i",
    ).test(gap);
    // "the liberation of localities … in the Kharkiv region": a plural of places is the object, the name only its area
    const groupNoun = !fromPhrase && GROUP_NOUN.test(gap);
    // "…in the southeastern Donetsk settlements of Blahodatne": a place noun introducing the names allows a longer gap
    const introduced = /\b(towns?|city|cities|villages?|settlements?|localities|communities)\s+of\s*$/i.test(gap);
    if ((words <= 7 || ((fromPhrase || introduced) && words <= 10)) && !verbOrClause && !groupNoun) {
      const r = run(doc, objs);
      return { mentions: r, places: r.map((m) => m.place), how: "object" };
    }
  }
  const group = UNNAMED_GROUP.test(afterText);
  // passive: "Kupyansk and Izium were liberated", "Most of the Kherson region was quickly occupied"
  const subj = all.filter((p) => p.end <= trig.start && p.start >= c.start);
  if (subj.length && !group) {
    const last = subj[subj.length - 1];
    const between = doc.text.slice(last.end, trig.start);
    const passive = new RegExp(
      String.raw`^\s*(?:regions?|oblasts?|city|town|village)?\s*,?\s*(?:[^,]{0,60},\s*)?(?:(?:was|were|is|` +
        String.raw`are|has|have|had|being|been|got)\s+(?:(?:\w+ly|also|now|already|finally|just|` +
        String.raw`since)\s+)*)+$`,
      "i",
    ).test(between);
    if (passive || opts.subjectAlways) {
      const chain = [last];
      for (let i = subj.length - 2; i >= 0; i--) {
        const gap = doc.text.slice(subj[i].end, chain[0].start);
        if (!SUBJECT_LIST_GAP.test(gap)) break;
        chain.unshift(subj[i]);
      }
      return { mentions: chain, places: chain.map((m) => m.place), how: "subject" };
    }
  }
  // "after heavy fighting for Lisichansk, … withdraw from their positions": one settlement named in the sentence
  const settlements = all.filter((p) => p.place.level === "settlement");
  if (group && opts.context && settlements.length && new Set(settlements.map((p) => p.place.pcode)).size === 1) {
    return { mentions: [settlements[0]], places: [settlements[0].place], how: "sentence" };
  }
  // another clause of the same sentence names a region: "Most of the Kherson region was occupied…, but … recaptured"
  const regions = all.filter((p) => p.place.level === "oblast" || p.place.level === "raion");
  if (regions.length && !objs.length)
    return { mentions: regions.slice(0, 1), places: [regions[0].place], how: "sentence" };
  // Earlier sentences only when this one names no place at all: a sentence that names places but not as the
  // trigger's object ("withdrew from … north-eastern Ukraine") is about somewhere we cannot pin down.
  if (!opts.context || doc.places.some((p) => p.start >= s.start && p.end <= s.end)) return null;
  const i = doc.sentences.indexOf(s);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const prev = doc.sentences[k];
    if (doc.article.headings.some((h) => prev.start >= h.start && prev.start < h.end)) continue;
    // for an unnamed group only the region matters, so a reference point ("near Kherson") serves too
    const ps = (
      group
        ? doc.places.filter((p) => p.start >= prev.start && p.end <= prev.end && p.place.level !== "country")
        : eventPlaces(doc, prev)
    ).filter((p) => p.place.pcode);
    if (!ps.length) continue;
    if (group) {
      const last = ps[ps.length - 1];
      const reg = last.place.level === "oblast" ? last.place : regionOf(last);
      return reg ? { mentions: [last], places: [reg], how: "context" } : null;
    }
    // only a place the article keeps coming back to, not one named in passing
    const settlement = ps.filter((p) => p.place.level === "settlement" && mentionsOf(doc, p.place.pcode) >= 2).pop();
    if (settlement) return { mentions: [settlement], places: [settlement.place], how: "context" };
    if (ps.some((p) => p.place.level === "settlement")) return null;
    const last = ps[ps.length - 1];
    return { mentions: [last], places: [last.place.level === "oblast" ? last.place : regionOf(last)!], how: "context" };
  }
  return null;
}
