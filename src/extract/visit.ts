// visit: a leader or official goes to a place. "Zelensky had visited the regional capital, Kherson",
// "a visit by Russian President Vladimir Putin to the occupied city of Mariupol", "Biden made a surprise visit to
// Kiev".
import { wordListRegex } from "../text/whole-words.js";
import type { Extractor } from "./types.js";
import type { ActorMention, Doc, PlaceMention, Sentence } from "../types.js";
import { dropped, makeEvent, trigger } from "./common.js";
import { clauseOf, eventPlaces, focusRegion, isReference, placesOf } from "./context.js";
import { sentenceIndex } from "./roles.js";
import { attribute, inQuotation } from "../actors/index.js";
import { RUSSIAN_REGIONS, townInTheatre } from "../geo/index.js";

const VERB =
  String.raw`visit(?:ed|ing|s)?|(?:arrived|arrives|arriving)(?:\s+[\w-]+){0,4}?\s+(?:in|at)|` +
  String.raw`(?:trip|trips|journey|tour) (?:out )?(?:of \w+ )?to|` +
  // (a time between the verb and its goal: "travelled on Wednesday to X", "went last week to Y"; not "went on to")
  String.raw`(?:travell?ed|traveled|went|came|comes)(?:\s+(?:on|last|this|early|late)\s+(?!to\b)[\w-]+)?` +
  String.raw`(?:\s+of\s+\w+)?\s+to|toured|tours|` +
  String.raw`inspected|met (?:with )?(?:troops|soldiers|residents|villagers)|received|hosted|welcomed|in|` +
  // (presence said by an adverbial: "while in X, the president said …", "during a stop in Y")
  String.raw`(?:while|whilst)\s+in|during\s+(?:a|an|his|her|their)\s+(?:brief\s+)?(?:stop|stopover|stay)\s+in`;
const RUSSIAN_REGION = new RegExp(String.raw`\b(?:${RUSSIAN_REGIONS})\s+(?:region|oblast|province)\b|\bRussia\b`, "i");
// the presence adverbial: its visitor is the main clause's subject after it, and its place is the one it names
const PRESENCE = /^(?:while|whilst|during)\s|^in$/i;
// a sentence fronted by where it happens: "In Kyiv on Tuesday, the Hungarian prime minister urged …" (the place, an
// optional time, a comma)
const FRONTED = /[Ii]n\s+(?:the\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,2}(?:\s+(?:on|last|this)\s+\w+)?,/uy;
// what ends the visited object: a verb or a clause marker between the trigger and the place
const OBJECT_ENDS = new RegExp(
  String.raw`\b(is|are|was|were|has|have|had|said|heard|on the situation|reports?|which|that|where|who|after|` +
    String.raw`before|when|while|since)\b`,
  "i",
);
const CALLED_OFF = /\b(?:refused|declined|cancel(?:l?ed|s)?|called off|postponed|scrapped|ruled out)\b[^,;.]*$/i;
const PLANNED = new RegExp(
  String.raw`\b(?:(?:invitation|plans?|planned|planning|intends?|intended|hopes?|hoped|wants?|wanted|is due|` +
    String.raw`are due|expected|set|scheduled)\s+to|planned|upcoming|proposed|possible)\s+(?:an?\s+|the\s+)?$`,
  "i",
);
const CALLED_OFF_AFTER = /\b(?:was|were|has been|had been)\s+(?:cancel|call|postpon)/i;
// a visit noun in an adjunct: "during a visit to X", "on his trip to Y", "in the course of a tour of Z"
const ADJUNCT =
  /\b(?:during|on|in the course of|while on|at the end of)\s+(?:a|an|his|her|their|the)\s+(?:[\w-]+\s+){0,2}$/i;
// (what says the speech set at a visit is still to come: "will announce aid during a visit to X")
const FUTURE = /\b(?:will|shall|is to|are to|(?:is|are) (?:due|set|expected) to|plans? to|intends? to)\b/i;
// (what opens a clause of another event between a visit and a place: "… a week after troops attacked X")
const ANOTHER_CLAUSE = /\b(?:after|before|since|when|while|as|because|where|which|who|that|until)\b/i;
// (a host receives the visitor: "Zelensky received Chancellor X in Kyiv" is X's visit)
const HOSTING = /^(?:received|hosted|welcomed)$/i;

export const visit: Extractor = {
  type: "visit",
  name: "visit",
  triggers: wordListRegex(VERB),
  extract(doc, s, m) {
    // (a fronted "In X," is a leader's presence only where it opens the sentence; read there, in place, so a
    // page-long sentence with many "in"s stays linear)
    let front: RegExpExecArray | null = null;
    if (/^in$/i.test(m[0])) {
      if (m.index > 3 || /\w/.test(s.text.slice(0, m.index))) return [];
      FRONTED.lastIndex = m.index;
      if (!(front = FRONTED.exec(s.text))) return [];
    }
    let t = trigger(doc, s, m);
    const c = clauseOf(s, t.start);
    // a visit refused or called off is none; one planned is an intent ("plans to visit X", "a planned trip to Y")
    const before = doc.text.slice(Math.max(c.start, t.start - 60), t.start);
    if (CALLED_OFF.test(before) || CALLED_OFF_AFTER.test(doc.text.slice(t.end, c.end))) return [];
    // (or the grammar reads it so: a headline's "Zelensky to visit X")
    const g = doc.grammar[sentenceIndex(doc, s)];
    const planned = g?.predicates.some(
      (p) => g.tokens[p.head].start === t.start && (p.modality === "intent" || p.modality === "future"),
    );
    if (PLANNED.test(before) || planned) t = { ...t, q: "intent" };
    if (dropped(t, true)) return [];
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
    let who = HOSTING.test(t.text)
      ? named
      : PRESENCE.test(t.text)
        ? presentOne(doc, s, t)
        : (people.filter((a) => a.end <= t.start && t.start - a.end < 80).pop() ?? named);
    if (PRESENCE.test(t.text) && !who) return [];
    // (there, one from abroad or from the other side: "In Kharkiv, the mayor said …" tells of no visit)
    if (front && who?.side !== "other" && who?.side !== "RU") return [];
    // "helicopters arriving in the region": something else arrives ("has arrived" is no plural)
    const plural = /\b(?!(?:has|was|is)\s)\w+s\s+$/i.test(doc.text.slice(Math.max(s.start, t.start - 20), t.start));
    const pronoun = /\b(he|she)\s+$/i.test(doc.text.slice(t.start - 5, t.start));
    if (/^arriv/i.test(t.text) && plural && !pronoun) return [];
    if (
      !who &&
      (/^\s*(he|she|the president)\b/i.test(doc.text.slice(c.start, t.start)) ||
        /\b(he|she)\s+((also|later|then|first|previously)\s+)?$/i.test(doc.text.slice(c.start, t.start)))
    ) {
      who = doc.actors.filter((a) => a.kind === "person" && a.end <= s.start).pop();
    }
    // ("“We came to X to meet the commanders,” Zelensky said": a first person in a quotation is its speaker)
    let quoted = false;
    if (
      !who &&
      /\b(?:I|we)\s+(?:(?:have|had|just|also|then|first)\s+)*$/i.test(doc.text.slice(c.start, t.start)) &&
      inQuotation(doc, t.start)
    ) {
      const said = attribute(doc, s, t.start).source;
      who = said ? doc.actors.find((a) => a.kind === "person" && a.name === said.name) : undefined;
      quoted = !!who;
    }
    if (!who) who = titledVisitor(doc, s, t) ?? undefined;
    if (!who) return [];
    // a titled visitor nothing places on either side ("Prime Minister Narendra Modi arrived in Ukraine") is a
    // foreign one
    const side =
      who.side === "UA" || who.side === "RU" || who.side === "other"
        ? who.side
        : who.kind === "person"
          ? "other"
          : null;
    if (!side) return [];
    // where: the places after the trigger in its clause ("visited the regional capital, Kherson"); "near X" counts
    // the visited place is the trigger's object: "visited the regional capital, Kherson", "a visit … to the
    // occupied city of Mariupol"
    // ("a visit by Russian President Vladimir Putin to …": the gap counts from after the visitor)
    const from = who.start >= t.end && !PRESENCE.test(t.text) && !quoted ? who.end : t.end;
    // (the object may be a long phrase with the place at its end: "visited a command post of the X group of
    // forces in Y region"; a verb or a clause marker between ends it)
    const object = (p: { start: number }) => {
      if (p.start < from) return false;
      const gap = doc.text.slice(from, p.start);
      return gap.split(/\s+/).filter(Boolean).length <= 14 && !OBJECT_ENDS.test(gap);
    };
    // ("X was visited by a delegation": the subject is the place)
    const passive = /\b(?:was|were|been|being)\s+(?:\w+ly\s+)?$/i.test(before);
    const after = visitable(doc, s).filter((p) =>
      passive
        ? p.start >= c.start && p.end <= t.start
        : front
          ? p.start >= t.end && p.end <= t.start + front[0].length && p.place.pcode?.startsWith("UA")
          : p.start >= t.end && p.end <= c.end && object(p),
    );
    const near = doc.places.filter(
      (p) =>
        p.start >= t.end &&
        p.end <= c.end &&
        p.start - t.end < 110 &&
        (p.place.level !== "country" || inTheatre(p)) &&
        isReference(doc, p) &&
        /\bnear\s+(the\s+\w+\s+of\s+)?$/i.test(doc.text.slice(p.start - 25, p.start)),
    );
    // (a fronted place abroad is no visit there, nor elsewhere: "In the Belgorod region, the governor said …")
    if (front && !after.length) return [];
    let places = after.length ? after.slice(0, 3) : near.slice(0, 1);
    // (a region the rest of the sentence narrows to a town in it: "visited positions in the X region, handing out
    // medals to soldiers in Y")
    const regions = places.filter((p) => p.place.level === "oblast");
    const inside = regions.length
      ? eventPlaces(doc, s).find(
          (p) =>
            p.start >= t.end &&
            p.place.level === "settlement" &&
            regions.some((o) => o.place.pcode === p.place.admin1) &&
            !isReference(doc, p) &&
            !ANOTHER_CLAUSE.test(doc.text.slice(t.end, p.start)),
        )
      : undefined;
    if (inside) places = [...places.filter((p) => !regions.includes(p) && p !== inside), inside];
    // "he had toured recently liberated areas": the region the article is about
    // (not a region of Russia: "visited a command post in the Kursk region" is no visit to the article's focus)
    const rest = doc.text.slice(t.end, c.end);
    if (!places.length && /\b(areas|territories|region|villages|front)\b/i.test(rest) && !RUSSIAN_REGION.test(rest)) {
      const f = focusRegion(doc);
      if (f)
        places = [
          {
            start: t.start,
            end: t.start,
            surface: "",
            place: f,
            confidence: 0.5,
            candidates: [],
            reason: "the article's focus region",
          },
        ];
    }
    if (!places.length) return [];
    // (what the visitor says in "while in X, the president said …" or "X announced aid during a visit to Y" is not
    // who tells of his being there: the visit is the speech's circumstance, which the outlet reports)
    const circumstance =
      PRESENCE.test(t.text) || ADJUNCT.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start));
    return places.map((p) => {
      const attributes = { actor: who!.name, near: !after.length };
      const e = makeEvent(doc, t, "visit", side, [p.place], "visit", { attributes });
      const self = circumstance && e.status === "claimed" && e.source?.name === who!.name;
      // (nor is a pledge made there an intent to visit; a speech still to come keeps it: "will announce … during")
      const pledged = circumstance && e.status === "intent" && t.q !== "intent" && !FUTURE.test(before);
      if (pledged) return { ...e, status: "reported" as const };
      return self ? { ...e, status: "reported" as const, source: null } : e;
    });
  },
};

const inTheatre = (p: PlaceMention) => townInTheatre(p.place);
/**
 * The places a visit may go to: the event places, and towns in Russia and Belarus, where the war's leaders go too
 * ("Putin visited a command post in the Kursk region"); not the rest of the world's.
 */
function visitable(doc: Doc, s: Sentence): PlaceMention[] {
  const theatre = (p: PlaceMention) => inTheatre(p) && !isReference(doc, p);
  return [...eventPlaces(doc, s), ...placesOf(doc, s).filter(theatre)].sort((a, b) => a.start - b.start);
}

/**
 * Who was at the place of "while in X, …": the first person of the main clause after the adverbial (a person the
 * lexicon knows, or one by title), or its pronoun's antecedent. "While in X, he met …" needs a person before.
 */
function presentOne(doc: Doc, s: Sentence, t: { start: number; end: number }): ActorMention | undefined {
  const rest = doc.text.slice(t.end, s.end);
  // (the adverbial ends at its comma, or after a dashed aside: "while in X — the site of … — the president said")
  const aside = /^[^,—–]*\s[—–]\s[^—–]*[—–]\s*/.exec(rest);
  const comma = rest.indexOf(",");
  if (!aside && comma < 0) return undefined;
  const end = t.end + (aside ? aside[0].length : comma + 1);
  const main = doc.text.slice(end, s.end);
  const person = doc.actors.find((a) => a.kind === "person" && a.start >= end && a.start - end < 40 && a.end <= s.end);
  if (person) return person;
  if (/^\W*(?:he|she)\b/i.test(main)) return doc.actors.filter((a) => a.kind === "person" && a.end <= s.start).pop();
  // (else the subject of the main clause's verb, by its title: "while in X, the president handed out awards")
  const p = doc.grammar[sentenceIndex(doc, s)]?.predicates.find((x) => !x.nominal && x.start >= end && x.subject);
  const subject = p?.subject && p.subject.start >= end ? doc.text.slice(p.subject.start, p.subject.end) : "";
  return (subject && officeHolder(doc, s, p!.subject!.start, subject)) || undefined;
}

const LOCAL_OFFICE = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:regional|local|district|oblast|city|town|village|(?:city|town|region)['’]s)\s+)+` +
    String.raw`(?:military\s+)?(?:governor|mayor|head|chief|administration|authorities|officials?)$`,
  "i",
);
// an office or a delegation that travels: what makes a visit of the subject of "visited"
const OFFICE = new RegExp(
  String.raw`\b(?:president|prime minister|premier|chancellor|minister|secretary|chief|head|` +
    String.raw`chair(?:man|woman|person)?|` +
    String.raw`commissioner|leaders?|king|queen|pope|delegation|envoy|ambassador|senators?|lawmakers|deputies|` +
    String.raw`congressm[ae]n|governor|mayor|commander|patriarch|prosecutor)\b`,
  "i",
);
// a visitor after the trigger: its by-agent ("a visit by X to Y"), or the guest a host receives ("received X in Y")
// (not the way one came: "arrived in Kyiv by overnight train")
const BY_VISITOR = new RegExp(
  String.raw`^\s*(?:[\w'’-]+\s+){0,3}?by\s+` +
    String.raw`(?!(?:(?:an?|the|overnight|night|special|armou?red)\s+)?` +
    String.raw`(?:train|car|plane|air|road|rail|helicopter|bus|boat|sea|land)\b)` +
    String.raw`((?:the\s+)?[^,;.]{3,90}?)(?=\s+(?:to|in|on|at|which|who)\b|[,;.]|$)`,
  "i",
);
const GUEST = /^\s*((?:the\s+)?[^,;.]{3,90}?)(?=\s+(?:in|on|at)\b|[,;.]|$)/i;
const AUXILIARY_TAIL = /\s+(?:also|then|later|has|have|had|will|was|were|is|recently|first)(?:\s+\w+ly)?\s*$/i;
// the verbs a visit noun takes its visitor from: "X paid a visit to", "X made a surprise trip to"
const LIGHT = /\b(?:paid|pays|paying|made|makes|making|was on|is on)\s+(?:a|an|his|her|their)\s+(?:[\w-]+\s+){0,2}$/i;
/**
 * The visitor the lexicon does not know, when its words name an office or a delegation: the words before the
 * verb in its clause ("the commission chair and X visited", "the governor of Mykolaiv oblast visited"; before
 * "paid a visit to"), a by-agent after it ("a visit by the Dutch prime minister to X", "was visited by a
 * delegation of Y"), or the guest a host receives. Its side: its nationality, a Ukrainian region it governs, else
 * a foreign one.
 */
function titledVisitor(doc: Doc, s: Sentence, t: { start: number; end: number; text: string }): ActorMention | null {
  const c = clauseOf(s, t.start);
  const after = doc.text.slice(t.end, c.end);
  const by = BY_VISITOR.exec(after);
  const guest = HOSTING.test(t.text) ? GUEST.exec(after) : null;
  let from: number, words: string;
  if (by || guest) {
    const m = (by ?? guest)!;
    from = t.end + m.index + m[0].length - m[1].length;
    words = m[1];
  } else {
    // the words before the verb in its clause, from the last comma: the subject, with its conjuncts and of-phrases
    // (which the grammar's subject may cut short)
    let lead = doc.text.slice(c.start, t.start);
    // (a visit in an adjunct, "X said during a visit to Y": the visitor is the subject of the verb it sets)
    if (ADJUNCT.test(lead)) {
      const g = doc.grammar[sentenceIndex(doc, s)];
      const verb = g?.predicates.filter((p) => !p.nominal && p.subject && p.end <= t.start && p.start >= c.start).pop();
      if (verb?.subject) lead = doc.text.slice(c.start, verb.subject.end);
    }
    const light = LIGHT.exec(lead);
    if (light) lead = lead.slice(0, light.index);
    // (and from a dash: "KYIV — Estonia's prime minister arrived …" is the minister's, not the dateline's)
    const cut = Math.max(
      lead.lastIndexOf(","),
      lead.lastIndexOf(";"),
      lead.lastIndexOf(":"),
      lead.lastIndexOf("("),
      lead.lastIndexOf("—"),
      lead.lastIndexOf("–"),
    );
    const rest = lead.slice(cut + 1);
    from = c.start + cut + 1 + (rest.length - rest.trimStart().length);
    words = rest.replace(AUXILIARY_TAIL, "").trim();
  }
  return officeHolder(doc, s, from, words);
}

/** The words `words` at `from` as a visitor, when they name an office or a delegation; its side as above. */
function officeHolder(doc: Doc, s: Sentence, from: number, words: string): ActorMention | null {
  if (!words || words.split(/\s+/).length > 14 || !OFFICE.test(words)) return null;
  const to = from + words.length;
  // (the sentence's own places, grouped once per article: a long page stays linear)
  // (and a local office is of the place it governs, no visitor from abroad: "the regional governor", "the city's
  // mayor")
  const home =
    LOCAL_OFFICE.test(words) ||
    placesOf(doc, s).some((p) => p.start >= from && p.end <= to && p.place.pcode?.startsWith("UA"));
  // (the visitor's nationality, not a side's agent: "the Russian president" is Russia's visit)
  const side = /\b(?:Russia|Russian|Moscow|Kremlin|Duma)/.test(words)
    ? "RU"
    : /\bUkrain/.test(words) || home
      ? "UA"
      : "other";
  return { start: from, end: to, name: words, side, kind: "person" };
}
