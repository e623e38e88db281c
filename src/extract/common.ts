// What most extractors share: the places a trigger concerns, the side named as its agent, and the event itself
// with date, status and source filled in by the shared rules.
import type { Doc, Event, EventType, Place, PlaceMention, Sentence, Side } from "../types.js";
import {
  clauseOf,
  dateFor,
  eventPlaces,
  focusRegion,
  placesOf,
  qualifier,
  speakersSide,
  topicSettlement,
  type Qualifier,
} from "./context.js";
import { sideAfter, sideBefore } from "../actors/index.js";
import { statusAndSource } from "./assert.js";
import { COUNTRY } from "../geo/index.js";

export interface Trigger {
  s: Sentence;
  start: number;
  end: number;
  text: string;
  q: Qualifier;
}

export function trigger(doc: Doc, s: Sentence, m: RegExpExecArray): Trigger {
  const start = s.start + m.index;
  return { s, start, end: start + m[0].length, text: m[0], q: qualifier(doc, s, start) };
}

/** A qualifier that keeps no event: negation and hypotheticals; intent only where the type allows it. */
export const dropped = (t: Trigger, allowIntent = false) =>
  t.q === "negated" || t.q === "hypothetical" || t.q === "demanded" || (t.q === "intent" && !allowIntent);

/**
 * The places of a trigger's clause (reference points and qualifiers left out), else of its sentence; the country
 * when "Ukraine" is all the sentence names.
 */
export function clausePlaces(
  doc: Doc,
  t: Trigger,
  opts: {
    sentence?: boolean;
    country?: boolean;
    title?: boolean;
    topic?: boolean;
    focus?: boolean;
    near?: boolean;
  } = {},
): PlaceMention[] {
  const c = clauseOf(t.s, t.start);
  const inSentence = eventPlaces(doc, t.s);
  const inClause = inSentence.filter((p) => p.start >= c.start && p.end <= c.end);
  const ps = inClause.length ? inClause : opts.sentence ? inSentence : [];
  if (ps.length) return ps;
  const named = placesOf(doc, t.s).filter((p) => p.place.level !== "country");
  // "tanks were captured near Kherson": close enough to place what happened there
  const near = named.filter((p) =>
    /\bnear\s+(the\s+)?((town|city|village) of\s+)?$/i.test(doc.text.slice(Math.max(0, p.start - 30), p.start)),
  );
  if (opts.near && near.length) return near.slice(0, 1);
  // "the head of the Dnipropetrovsk region claimed that Russian forces had hit…": the speaker's jurisdiction
  if (opts.title && named.length) return named.slice(0, 1);
  // "a lot of destruction in the city": the article's topic
  if (opts.topic && !named.length && /\bthe (city|town|village)\b/i.test(t.s.text)) {
    const tp = topicSettlement(doc, t.start);
    if (tp) return [tp];
  }
  if (opts.focus && !named.length) {
    const f = focusRegion(doc);
    if (f)
      return [
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
  if (opts.country) {
    const u = placesOf(doc, t.s).find((p) => p.place.level === "country");
    if (u) return [u];
    if (/\b(Ukraine|Ukrainian (cities|towns|regions))\b/.test(t.s.text))
      return [
        {
          start: t.s.start,
          end: t.s.start,
          surface: "Ukraine",
          place: COUNTRY,
          confidence: 0.5,
          candidates: [],
          reason: "country",
        },
      ];
  }
  return [];
}

/**
 * The side acting: named as the agent after the trigger ("by Ukrainian troops") or before it, else the speaker's
 * (unless the type's speakers are usually its targets), else the fallback.
 */
export function agentSide(doc: Doc, t: Trigger, fallback: Side | null = null, speaker = true): Side | null {
  const c = clauseOf(t.s, t.start);
  return (
    sideAfter(doc.text, t.end, c.end) ??
    sideBefore(doc.text, c.start, t.start)?.side ??
    (speaker ? speakersSide(doc, t.s, t.start) : null) ??
    fallback
  );
}

/** `goesOnFrom`: the sentence before whose place the event goes on at (and whose speaker, if it names none). */
export function makeEvent(
  doc: Doc,
  t: Trigger,
  type: EventType,
  side: Side | null,
  places: Place[],
  extractor: string,
  extra: Partial<Event> = {},
  goesOnFrom: Sentence | null = null,
): Event {
  const date = dateFor(doc, t.s, t.start);
  const { status, source } = statusAndSource(doc, t.s, t.start, t.q, goesOnFrom);
  return {
    type,
    side,
    places,
    date: date.date,
    dateEnd: date.dateEnd,
    precision: date.precision,
    status,
    source,
    quantity: null,
    evidence: { start: t.s.start, end: t.s.end, text: t.s.text },
    trigger: { start: t.start, end: t.end, text: t.text },
    extractor: `${extractor}/date:${date.basis}`,
    ...extra,
  };
}

/** Numbers written as words or digits, with ACLED's reading of vague counts ("dozens" = 12, "hundreds" = 100). */
const WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
  dozens: 12,
  hundreds: 100,
  thousands: 1000,
  several: 3,
};
export function readNumber(s: string): number | null {
  const t = s
    .toLowerCase()
    .replace(/^(at least|more than|over|some|about|around|nearly|almost|up to)\s+/, "")
    .replace(/^an?\s+(?=dozen\b)/, "");
  // (numbers are short: a bounded run keeps a long string of digits and commas from backtracking)
  const d = /^(\d[\d,.\s]{0,20}\d|\d)/.exec(t);
  if (d) return +d[1].replace(/[,\s]/g, "").replace(/\.(?=\d{3}\b)/g, "");
  const w = /^([a-z]+)(?:[- ]([a-z]+))?/.exec(t);
  if (!w || !(w[1] in WORDS)) return null;
  // ("twenty-five": the tens and the unit after them)
  const unit = w[2] && WORDS[w[1]] >= 20 && WORDS[w[1]] < 100 ? (WORDS[w[2]] ?? 0) : 0;
  return WORDS[w[1]] + (unit < 10 ? unit : 0);
}
// the cardinals spelled out, one to ninety-nine, as reports write counts ("thirteen people", "twenty-five drones");
// the longer of two words that share a start first ("seventeen" before "seven")
const UNITS = "one|two|three|four|five|six|seven|eight|nine";
export const CARDINAL =
  String.raw`(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:${UNITS}))?|` +
  String.raw`ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS})`;
export const NUMBER =
  String.raw`(?:at least |more than |over |some |about |around |nearly |almost |` +
  String.raw`up to )?(?:\d[\d,.]{0,20}\d|\d|a|an|${CARDINAL}|a hundred|dozens(?: and dozens)?|` +
  String.raw`hundreds|thousands|several)`;
