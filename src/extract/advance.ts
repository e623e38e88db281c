// advance: a side gains ground without taking a named place. "made the biggest breakthrough in the south",
// "Ukrainian units advanced to a depth of 70 kilometres", "Belarusian troops have entered Chernihiv region",
// "fighting for the village of X", "in the direction of X".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import { clausePlaces, dropped, makeEvent, trigger } from "./common.js";
import { articleSide, clauseOf, SUPERLATIVE } from "./context.js";
import { firstSide, sideAfter, sideBefore } from "../actors/index.js";

const VERB =
  String.raw`advanc(?:ed|es|ing)|advances?|breakthroughs?|broke through|breaking through|push(?:ed|` +
  String.raw`ing)? (?:forward|deeper|on)|counter-?offensive (?:continued|continues|advanced)|` +
  String.raw`offensive continued|gains?|moved forward|closing in|closed in|fighting for|assault(?:s|` +
  String.raw` operations)? (?:on|in)|in the direction of|` +
  String.raw`entered (?=(?:the\s+)?\p{Lu}[\p{L}-]+\s+(?:region|oblast))|launched (?:an? |the |its |` +
  String.raw`their )?(?:[\w-]+ ){0,3}?(?:offensive|counter-?offensive|drive|push)|(?:offensive|` +
  String.raw`counter-?offensive|liberation of [\w ]{3,30}?) continu(?:es|ed|ing)`;

// an offensive off the battlefield: "a diplomatic offensive", "an information counteroffensive"
const OFF_FIELD =
  /\b(diplomatic|political|information(?:al)?|charm|media|economic|propaganda|legal|peace|sanctions?)\b/i;

// a determiner (and an adverb) before the participle: "an advancing", "the rapidly advancing", "their advancing"
const ATTRIBUTIVE = /\b(?:an?|the|their|its|his|her|our|your|this|these|those)\s+(?:[a-z]+ly\s+)?$/i;

export const advance: Extractor = {
  type: "advance",
  name: "advance",
  triggers: wordListRegex(VERB),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // "to counter the Ukrainian advance", "stop any further advance": a reference to an advance, not a report
    if (
      /\b(counter|stop|halt|repel|repelled|against|despite|amid|prevent|further)\s+(\w+\s+){0,2}$/i.test(
        doc.text.slice(Math.max(s.start, t.start - 40), t.start),
      )
    )
      return [];
    if (OFF_FIELD.test(t.text)) return [];
    // "ahead of an advancing Russian offensive", "the advancing troops took X": a participle before its noun names
    // the force by what it does; it reports no gain of its own
    if (/^advancing$/i.test(t.text) && ATTRIBUTIVE.test(doc.text.slice(Math.max(s.start, t.start - 30), t.start)))
      return [];
    // "its biggest battlefield gain since it seized X": a superlative measured against a past deed rates the news
    // told beside it, no gain of its own
    const before = doc.text.slice(Math.max(s.start, t.start - 50), t.start);
    if (SUPERLATIVE.test(before) && /^\s+since\b/i.test(doc.text.slice(t.end, t.end + 8))) return [];
    // "the liberation of localities continues in X": the refrain of offensives
    const places = clausePlaces(doc, t, { sentence: true, focus: true });
    if (!places.length) return [];
    // who advances: named in the clause, else in the sentences around it (not the speaker: a defender reports
    // the other side's breakthrough), else the side the article's forces mostly belong to
    const c = clauseOf(s, t.start);
    const i = doc.sentences.indexOf(s);
    // (an offensive "against Russian forces" is the other side's)
    const against = /^\s*(?:\S+\s+){0,3}?against\s+/i.exec(doc.text.slice(t.end, c.end));
    const foe = against
      ? firstSide(doc.text, t.end + against[0].length, Math.min(c.end, t.end + against[0].length + 40))
      : null;
    const side =
      sideAfter(doc.text, t.end, c.end) ??
      sideBefore(doc.text, c.start, t.start)?.side ??
      (foe ? (foe === "UA" ? "RU" : "UA") : null) ??
      articleSide(doc) ??
      (doc.sentences[i + 1] ? firstSide(doc.text, doc.sentences[i + 1].start, doc.sentences[i + 1].end) : null);
    if (!side) return [];
    return places
      .filter((p) => p.place.level !== "country")
      .map((p) => makeEvent(doc, t, "advance", side, [p.place], "advance"));
  },
};
