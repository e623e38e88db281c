// visit: a leader or official goes to a place. "Zelensky had visited the regional capital, Kherson",
// "a visit by Russian President Vladimir Putin to the occupied city of Mariupol", "Biden made a surprise visit to Kiev".
import type { Extractor } from "./types.js";
import type { ActorMention, Doc, Sentence } from "../types.js";
import { dropped, makeEvent, trigger } from "./common.js";
import { clauseOf, eventPlaces, focusRegion, isReference } from "./context.js";

const VERB =
  String.raw`visit(?:ed|ing|s)?|(?:arrived|arrives|arriving)(?:\s+[\w-]+){0,4}?\s+(?:in|at)|` +
  String.raw`(?:trip|trips|journey|tour|travell?ed|traveled|went|came|comes) (?:out )?(?:of \w+ )?to|toured|tours|` +
  String.raw`inspected|met (?:with )?(?:troops|soldiers|residents|villagers)|received|hosted|welcomed`;
// what ends the visited object: a verb or a clause marker between the trigger and the place
const OBJECT_ENDS = /\b(is|are|was|were|has|have|had|said|heard|on the situation|reports?|which|that|where|who)\b/i;
// (a host receives the visitor: "Zelensky received Chancellor X in Kyiv" is X's visit)
const HOSTING = /^(?:received|hosted|welcomed)$/i;

export const visit: Extractor = {
  type: "visit",
  name: "visit",
  triggers: new RegExp(String.raw`(?<![\p{L}-])(?:${VERB})(?![\p{L}])`, "giu"),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    const c = clauseOf(s, t.start);
    // the visitor: a person the actor lexicon knows, in the clause ("a visit by Putin", "Zelensky visited", "he")
    const people = doc.actors.filter((a) => a.kind === "person" && a.start >= s.start && a.end <= s.end);
    // (a person after the trigger is its visitor only as its by-agent or the one a host receives: "a visit by X to
    // Y", "received X"; "visited Kyiv, where a meeting with Zelensky was held" is not Zelensky's visit)
    const named = people.find(
      (a) =>
        a.start >= t.end &&
        a.start - t.end < 60 &&
        (HOSTING.test(t.text) || /^\s*(?:[\w'’-]+\s+){0,3}?by\s/i.test(doc.text.slice(t.end, a.start))),
    );
    if (HOSTING.test(t.text) && !named) return [];
    let who = HOSTING.test(t.text)
      ? named
      : (people.filter((a) => a.end <= t.start && t.start - a.end < 80).pop() ?? named);
    // "helicopters arriving in the region": something else arrives
    if (/^arriv/i.test(t.text) && /\b\w+s\s+$/i.test(doc.text.slice(Math.max(s.start, t.start - 20), t.start)) && !/\b(he|she)\s+$/i.test(doc.text.slice(t.start - 5, t.start))) return [];
    if (!who && (/^\s*(he|she|the president)\b/i.test(doc.text.slice(c.start, t.start)) || /\b(he|she)\s+((also|later|then|first|previously)\s+)?$/i.test(doc.text.slice(c.start, t.start)))) {
      who = doc.actors.filter((a) => a.kind === "person" && a.end <= s.start).pop();
    }
    if (!who) who = titledVisitor(doc, s, t.start) ?? undefined;
    if (!who) return [];
    // a titled visitor nothing places on either side ("Prime Minister Narendra Modi arrived in Ukraine") is a foreign one
    const side = who.side === "UA" || who.side === "RU" || who.side === "other" ? who.side : who.kind === "person" ? "other" : null;
    if (!side) return [];
    // where: the places after the trigger in its clause ("visited the regional capital, Kherson"); "near X" counts
    // the visited place is the trigger's object: "visited the regional capital, Kherson", "a visit … to the occupied city of Mariupol"
    // ("a visit by Russian President Vladimir Putin to …": the gap counts from after the visitor)
    const from = who.start >= t.end ? who.end : t.end;
    // (the object may be a long phrase with the place at its end: "visited a command post of the X group of
    // forces in Y region"; a verb or a clause marker between ends it)
    const object = (p: { start: number }) => {
      if (p.start < from) return false;
      const gap = doc.text.slice(from, p.start);
      return gap.split(/\s+/).filter(Boolean).length <= 14 && !OBJECT_ENDS.test(gap);
    };
    const after = eventPlaces(doc, s).filter((p) => p.start >= t.end && p.end <= c.end && object(p));
    const near = doc.places.filter((p) => p.start >= t.end && p.end <= c.end && p.start - t.end < 110 && p.place.level !== "country" && isReference(doc, p) && /\bnear\s+(the\s+\w+\s+of\s+)?$/i.test(doc.text.slice(p.start - 25, p.start)));
    let places = after.length ? after.slice(0, 3) : near.slice(0, 1);
    // "he had toured recently liberated areas": the region the article is about
    if (!places.length && /\b(areas|territories|region|villages|front)\b/i.test(doc.text.slice(t.end, c.end))) {
      const f = focusRegion(doc);
      if (f) places = [{ start: t.start, end: t.start, surface: "", place: f, confidence: 0.5, candidates: [], reason: "the article's focus region" }];
    }
    if (!places.length) return [];
    return places.map((p) => makeEvent(doc, t, "visit", side, [p.place], "visit", { attributes: { actor: who!.name, near: !after.length } }));
  },
};

// an office or a delegation that travels: what makes a visit of the subject of "visited"
const OFFICE =
  /\b(?:president|prime minister|premier|chancellor|minister|secretary|chief|head|chair(?:man|woman|person)?|commissioner|leaders?|king|queen|pope|delegation|envoy|ambassador|senators?|lawmakers|congressm[ae]n|governor|mayor|commander|patriarch)\b/i;
/**
 * The visitor the lexicon does not know, read from the grammar: the subject of the visiting verb when it names an
 * office or a delegation ("the commission chair and the EU's foreign policy chief visited X", "a delegation of US
 * senators toured Y"); its side from its words, else a foreign one.
 */
function titledVisitor(doc: Doc, s: Sentence, at: number): ActorMention | null {
  const g = doc.grammar[doc.sentences.indexOf(s)];
  const p = g?.predicates.find((x) => !x.nominal && x.start <= at && at < x.end + 1 && x.subject);
  if (!p?.subject) return null;
  // (with the conjuncts before it: "the commission chair and Borrell")
  let from = p.subject.start;
  const before = doc.text.slice(Math.max(p.clause.start, from - 80), from);
  const joined = /((?:[\p{L}'’.-]+\s+){1,6}?)(?:and|,)\s+$/u.exec(before);
  if (joined && !/[,;:]/.test(joined[1])) from -= before.length - joined.index;
  const words = doc.text.slice(from, p.subject.end);
  if (!OFFICE.test(words) || p.voice === "passive") return null;
  // (the visitor's nationality, not a side's agent: "the Russian president" is Russia's visit)
  const side = /\b(?:Russia|Russian|Moscow|Kremlin)/.test(words) ? "RU" : /\bUkrain/.test(words) ? "UA" : "other";
  return { start: from, end: p.subject.end, name: words, side, kind: "person" };
}
