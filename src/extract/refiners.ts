// Refiners: each takes the events of one article and returns a new list (chrono-node's refiner habit).
import type { DateMention, Doc, Event, Place, PlaceMention } from "../types.js";
import type { Refiner } from "./types.js";
import { firstFrom, sentenceAt } from "../text/sentence-at.js";
import { placeId } from "../geo/index.js";
import { intervalDays } from "./context.js";
import { otherSide } from "./roles.js";

const placeKey = (e: Event) => e.places.map(placeId).join("+");
// (one deed of one side at one place, whatever its date, status or wording)
const deedKey = (e: Event) => `${e.type}|${e.side}|${placeKey(e)}`;

// (the day right after the place's mention in the event's sentence: "in Henichesk on Monday")
function dayAfter(doc: Doc, e: Event, p: Place): DateMention | null {
  // (after the trigger: a place named before it is another verb's, "detained a man in X on Wednesday who passed
  // coordinates for a strike on the city")
  const start = Math.max(e.evidence.start, e.trigger?.start ?? e.evidence.start),
    end = e.evidence.end;
  let m: PlaceMention | undefined;
  for (let k = firstFrom(doc.places, start); k < doc.places.length && doc.places[k].end <= end && !m; k++)
    if (doc.places[k].place.pcode === p.pcode) m = doc.places[k];
  const d = m ? doc.dates[firstFrom(doc.dates, m.end)] : undefined;
  return d && d.end <= end && /^,?\s+(?:on\s+)?$/i.test(doc.text.slice(m!.end, d.start)) ? d : null;
}

/** A place with no P-code cannot be mapped or checked: keep the event only for the places that resolved. */
export const dropUnresolvedPlaces: Refiner = {
  name: "drop-unresolved-places",
  refine: (_doc, events) =>
    events.map((e) => ({ ...e, places: e.places.filter((p) => p.pcode) })).filter((e) => e.places.length),
};

/**
 * One event per place: "Izium and Kupyansk were liberated" is two control changes. A place with a day right after it
 * keeps that day: "visited A on Sunday and B on Monday" (the frames read such gapped conjuncts themselves; this is for
 * what the regex extractors read).
 */
export const onePerPlace: Refiner = {
  name: "one-per-place",
  refine: (doc, events) =>
    events.flatMap((e) =>
      e.places.map((p) => {
        const d = e.extractor.startsWith("frame:") ? null : dayAfter(doc, e, p);
        return { ...e, places: [p], ...(d ? { date: d.date, dateEnd: d.dateEnd, precision: d.precision } : {}) };
      }),
    ),
};

// what sets a party's "not" against a claim: the claim named, or waved aside ("contrary to reports", "whatever they
// write on their channels", "the army insisted")
const ANSWERS = new RegExp(
  String.raw`\b(?:claim\w*|reports|rumou?rs?|contrary|fakes?|propaganda|disinformation|whatever|insist\w*|` +
    String.raw`allegations?|channels)\b`,
  "i",
);

/**
 * A party's "X has not been captured" or "we never left Y" is its denial of a claim it answers: one its sentence
 * names, or the same change at the same place claimed elsewhere in the article. Answering none, it describes a
 * state ("the town has not been captured" after a foothold on its edge) and reports no event.
 */
export const negationsAnswerClaims: Refiner = {
  name: "negations-answer-claims",
  refine: (_doc, events) => {
    const claimed = new Set(events.filter((e) => e.status !== "denied").map(deedKey));
    return events.filter(
      (e) =>
        !e.extractor.endsWith("+negated") ||
        ANSWERS.test(e.evidence.text) ||
        claimed.has(deedKey(e)) ||
        // (a taking that failed answers the claim to the taking: "were unable to capture X" after "captured X")
        (e.type === "advance" && claimed.has(deedKey({ ...e, type: "control_change" }))),
    );
  },
};

// (a toll is a count of the whole: "death toll rose to", "N confirmed dead"; a second "killed N" may be another deed's)
const TOLL = /^frame:(?:death-toll|known-dead)\//;
const wholeOf = (part: NonNullable<Event["quantity"]>, e: Event) =>
  TOLL.test(e.extractor) && e.quantity!.unit === part.unit && e.quantity!.value > part.value;

/**
 * Damage told at the place the sentence before named, with no time of its own, is the strike told there: "Ukrainian
 * forces shelled X. Several houses were damaged." is one strike, of the first sentence's side and day.
 */
export const aftermathOfItsStrike: Refiner = {
  name: "aftermath-of-its-strike",
  refine: (doc, events) => {
    // (the strikes told outright, by place, found once: a live blog of many stays linear)
    const told = new Map<string, Event[]>();
    for (const x of events) {
      if (x.type !== "strike" || x.extractor.includes("+aftermath")) continue;
      const k = placeKey(x);
      if (!told.has(k)) told.set(k, []);
      told.get(k)!.push(x);
    }
    return events.map((e) => {
      // (one told with a time of its own keeps it: "The strike took place overnight from Monday to Tuesday")
      if (e.type !== "strike" || !e.extractor.includes("+aftermath") || dateBasis(e) === "text") return e;
      const k = firstFrom(doc.sentences, e.evidence.start);
      const from = doc.sentences[Math.max(0, k - 2)]?.start ?? 0;
      const x = (told.get(placeKey(e)) ?? []).filter(
        (x) => x.evidence.start >= from && x.evidence.start < e.evidence.start,
      );
      const last = x[x.length - 1];
      if (!last) return e;
      const day = { side: last.side, date: last.date, dateEnd: last.dateEnd, precision: last.precision };
      // (its report may add who says so: kept, and merged below when it says the same; a line that names no one goes
      // on with the report before it)
      return e.source ? { ...e, ...day } : { ...e, ...day, status: last.status, source: last.source };
    });
  },
};

/**
 * The same type, side, place and date said twice in one article is one event; the first wording is kept. (Said by
 * each side, it is two testimonies: "X fell, its Ukrainian head said" and "the LPR announced the capture of X".)
 */
export const mergeSameEvent: Refiner = {
  name: "merge-same-event",
  refine: (_doc, events) => {
    const seen = new Map<string, Event>();
    for (const e of events) {
      const party = e.source?.side === "UA" || e.source?.side === "RU" ? e.source.side : "";
      const k = `${e.type}|${e.side}|${placeKey(e)}|${e.date}|${e.status}|${party}`;
      const first = seen.get(k);
      if (!first) seen.set(k, e);
      // (of a toll told as wounded and killed, the dead count: "nine were injured and three killed"; of one told as a
      // part and the whole, the whole: "another body was found, raising the death toll to four")
      else if (e.type === "casualties" && e.quantity?.unit === "killed" && first.quantity?.unit === "wounded")
        seen.set(k, { ...first, quantity: e.quantity });
      else if (e.type === "casualties" && e.quantity && (!first.quantity || wholeOf(first.quantity, e)))
        seen.set(k, { ...first, quantity: e.quantity });
    }
    return [...seen.values()];
  },
};

// (how an event's date was found: written in the text, carried from its context, or assumed from publication; the
// extractor's name records it, and fusion reads it too)
export const dateBasis = (e: Pick<Event, "extractor">) => /date:(\w+)/.exec(e.extractor)?.[1] ?? "text";

/**
 * People hurt in a settlement of a region the sentence, or the one before it, says was shelled were hurt by that fire:
 * the strike was there too. "Russian troops shelled 18 settlements of X region; in Y a man was wounded" is a strike
 * on Y as well as on the region ("A woman was killed in Z" after it, the same). Civilians only: a side's own dead
 * at a place tell of fighting, not of fire.
 */
export const strikesWhereTheyHurt: Refiner = {
  name: "strikes-where-they-hurt",
  refine: (doc, events) => {
    // (the region-wide strikes by the sentence that tells them, and the settlements struck, found once: a live blog
    // of many tolls stays linear)
    const regional = new Map<number, Event[]>();
    const struck = new Set<string>();
    for (const x of events) {
      if (x.type !== "strike") continue;
      for (const p of x.places) if (p.pcode) struck.add(p.pcode);
      if (!x.places.length || !x.places.every((p) => p.level === "oblast")) continue;
      const at = doc.sentences[sentenceAt(doc.sentences, x.evidence.start)]?.start ?? x.evidence.start;
      const told = regional.get(at);
      if (told) told.push(x);
      else regional.set(at, [x]);
    }
    if (!regional.size) return events;
    const out: Event[] = [];
    for (const e of events) {
      out.push(e);
      if (e.type !== "casualties" || e.side !== null || e.places.length !== 1) continue;
      const [here] = e.places;
      if (here.level !== "settlement" || !here.admin1 || !here.pcode || struck.has(here.pcode)) continue;
      // (the same sentence, or the one right before it in its paragraph)
      const k = sentenceAt(doc.sentences, e.evidence.start);
      const [s, before] = [doc.sentences[k], doc.sentences[k - 1]];
      const told = [s, before?.paragraph === s?.paragraph ? before : undefined].flatMap((x) =>
        x ? (regional.get(x.start) ?? []) : [],
      );
      const fire = told.find((x) => x.places.some((p) => p.pcode === here.admin1));
      if (!fire) continue;
      struck.add(here.pcode);
      out.push({
        ...fire,
        places: [here],
        evidence: e.evidence,
        trigger: e.trigger,
        extractor: `${fire.extractor}+hurt-there`,
      });
    }
    return out;
  },
};

/**
 * The dead and wounded of a strike are counted on the strike's day, however late the count is told: "the toll from
 * Saturday's strike on X rose to 45, officials said on Tuesday", "…hit by a missile on Friday. 23 people have been
 * confirmed dead." A toll takes the date of the strike on its place that its own sentence tells, else of the
 * nearest such strike told before it, else of the only one the article tells later ("Recall that on Saturday the
 * Russians hit X"). A strike the text gives no date of lends none.
 */
export const tollsOnTheirStrikesDay: Refiner = {
  name: "tolls-on-their-strikes-day",
  refine: (doc, events) => {
    // (the strikes by place, once: a live blog of many strikes and tolls stays linear)
    const byPlace = new Map<string, Event[]>();
    for (const x of events)
      if (x.type === "strike" && x.date && dateBasis(x) !== "publication") {
        const k = placeKey(x);
        if (!byPlace.has(k)) byPlace.set(k, []);
        byPlace.get(k)!.push(x);
      }
    if (!byPlace.size) return events;
    return events.map((e) => {
      if (e.type !== "casualties") return e;
      const here = byPlace.get(placeKey(e)) ?? [];
      // (a toll told "N days after" another deed keeps its own day: "shelled X on Sunday, a week after a strike on its
      // market killed two")
      if (intervalDays(doc, e.evidence.start, e.trigger.start)) return e;
      const same = here.find((x) => x.evidence.start === e.evidence.start);
      const before = here.filter((x) => x.evidence.start < e.evidence.start).pop();
      const later = new Set(here.map((x) => x.date)).size === 1 ? here[0] : undefined;
      const by = same ?? before ?? later;
      // (a toll a sentence of its own dates before that strike is of another: "a memorial to 17 people killed by a
      // missile on 6 September 2023"; one counted since, "said on Monday that 23 are dead", is the strike's)
      if (by && !same && dateBasis(e) === "text" && e.date && by.date && e.date < by.date) return e;
      return by && by.date !== e.date ? { ...e, date: by.date, dateEnd: by.dateEnd, precision: by.precision } : e;
    });
  },
};

// (what tells an event apart from one told before: "X came under fire again", "another strike on X")
// (deeds on the ground; a statement is a new one each time it is made, and a toll has its own refiner below)
const RETOLD = new Set<Event["type"]>(["strike", "control_change", "advance", "withdrawal", "outage"]);
// (a day assumed from the report's filing, or carried on from the sentence before, gives way to the deed's own)
const ASSUMED = new Set(["publication", "narrative"]);
const ANOTHER = /\b(?:again|another|new|fresh|second|third|renewed|repeated(?:ly)?|once more)\b/i;
/**
 * An event told again without a date is the one the article dates: "A missile hit X on Friday, … X came under attack
 * amid the offensive." A report dated only by publication (or by the sentence before it) takes the day of the other
 * reports of its type, side and place in the article when they tell one day, unless its sentence says it is another
 * ("again", "a new attack").
 */
export const retoldOnItsDay: Refiner = {
  name: "retold-on-its-day",
  refine: (_doc, events) => {
    // (the dated report of each deed, or null once two of them tell different days; and apart, the day a report's
    // narrative carried, which a report dated only by publication takes when no report of the deed dates it)
    const dated = new Map<string, Event | null>(),
      carried = new Map<string, Event | null>();
    for (const x of events)
      if (x.date && dateBasis(x) !== "publication" && x.status !== "intent") {
        const by = dateBasis(x) === "narrative" ? carried : dated;
        const k = deedKey(x);
        const first = by.get(k);
        by.set(k, first === undefined ? x : first && first.date === x.date ? first : null);
      }
    if (!dated.size && !carried.size) return events;
    return events.map((e) => {
      if (!ASSUMED.has(dateBasis(e)) || !RETOLD.has(e.type) || ANOTHER.test(e.evidence.text)) return e;
      const k = deedKey(e);
      const by = dated.get(k) ?? (dateBasis(e) === "publication" ? carried.get(k) : undefined);
      return by && by.date !== e.date ? { ...e, date: by.date, dateEnd: by.dateEnd, precision: by.precision } : e;
    });
  },
};

// an attack's outcome: beaten back, or come to nothing
const BEATEN_BACK = new RegExp(
  String.raw`\b(?:repelled|repulsed|beaten (?:back|off)|beat (?:back|off)|fended off|held off|thwarted|foiled|` +
    String.raw`failed|unsuccessful|to no avail|stopped)\b`,
  "i",
);
/**
 * An attack told, then its outcome: "attacked positions near X but were beaten back", "…attacked near X at dawn.
 * They were repelled." An assault the same sentence (after its verb) or the next one in its paragraph says was beaten
 * back moved no one: no advance, as a repelled attack is none (the gold sets code none; three sets written blind at
 * session 40 forbid one).
 */
export const attacksBeatenBack: Refiner = {
  name: "attacks-beaten-back",
  refine: (doc, events) =>
    events.filter((e) => {
      if (e.type !== "advance" || !/^frame:(?:ground-attack|launch-assault|counterattacked)\//.test(e.extractor))
        return true;
      const k = sentenceAt(doc.sentences, e.trigger.start);
      const s = doc.sentences[k],
        next = doc.sentences[k + 1];
      const after = doc.text.slice(e.trigger.end, s ? s.end : e.evidence.end);
      const then = next && s && next.paragraph === s.paragraph ? next.text : "";
      return !BEATEN_BACK.test(after) && !BEATEN_BACK.test(then);
    }),
};

// forces that go into a place ("entered X", "are in the centre of X", "walked into X")
const ENTRY = /^frame:(?:enter|entered|go-into|got-into|in-part-of|fight-in-part|move-into)\//;
// what a withdrawal from part of a place names between its verb and the place: "pulled back from positions near X"
const FROM_A_PART = /\b(?:positions?|parts?|outskirts|districts?|lines?|near|around|outside|south|north|east|west)\b/i;
/**
 * An entry into a place the other side has left is its change of hands: "Ukrainian soldiers entered the centre of X,
 * hours after Moscow said it had pulled its forces out of the city", "Russian troops withdrew from X. Ukrainian units
 * entered the town on Friday." The withdrawal, in the entry's sentence or one beside it in the paragraph, says the
 * entrants met no holder; an entry alone stays an advance (fighting may go on inside). The change keeps the entry's
 * status, source and day, and is only added where no change of that side at that place is read already.
 */
export const entriesAfterWithdrawals: Refiner = {
  name: "entries-after-withdrawals",
  refine: (doc, events) => {
    const out = [...events];
    const at = (e: Event) => sentenceAt(doc.sentences, e.trigger.start);
    const done = (e: Event) => e.status === "denied" || e.status === "intent";
    // (withdrawals and changes of hands by side and place, looked up once: a live blog's events stay linear)
    const byKey = (type: string) => {
      const m = new Map<string, Event[]>();
      for (const e of events) {
        if (e.type !== type) continue;
        const key = `${e.side}|${placeKey(e)}`;
        if (!m.has(key)) m.set(key, []);
        m.get(key)!.push(e);
      }
      return m;
    };
    const withdrawals = byKey("withdrawal");
    const changed = new Set(byKey("control_change").keys());
    for (const e of events) {
      if (e.type !== "advance" || !ENTRY.test(e.extractor) || done(e) || e.places.length !== 1) continue;
      const k = at(e);
      const key = placeKey(e);
      const left = (withdrawals.get(`${otherSide(e.side)}|${key}`) ?? []).find((w) => {
        if (done(w)) return false;
        // (a withdrawal still going on has not left the place: "forces are now withdrawing from X")
        // (unless it is done: "had finished pulling out of X")
        const lead = doc.text.slice(Math.max(0, w.trigger.start - 24), w.trigger.start);
        const over = /\b(?:finish(?:ed)?|complet(?:ed|e))\s+$/i.test(lead);
        if (!over && /\b\w+ing\b|\b(?:continu\w*|still)\b/i.test(w.trigger.text)) return false;
        const j = at(w);
        if (Math.abs(j - k) > 1 || doc.sentences[j]?.paragraph !== doc.sentences[k]?.paragraph) return false;
        // (from the whole place: nothing but its name, or "the city", between the verb and the place)
        const m = doc.places.find(
          (x) => x.start >= w.trigger.end && x.end <= w.evidence.end && x.place.pcode === w.places[0].pcode,
        );
        return !m || !FROM_A_PART.test(doc.text.slice(w.trigger.end, m.start));
      });
      if (!left || changed.has(`${e.side}|${key}`)) continue;
      changed.add(`${e.side}|${key}`);
      out.push({ ...e, type: "control_change", extractor: `${e.extractor}+vacated` });
    }
    return out;
  },
};

/** Nothing happens after it is reported: an event dated after publication is a misread date. */
export const dropFutureDates: Refiner = {
  name: "drop-future-dates",
  refine: (doc, events) => {
    const pub = doc.article.published;
    return pub
      ? events.map((e) => (e.date && e.date.slice(0, 10) > pub ? { ...e, date: null, precision: null } : e))
      : events;
  },
};

// Russia's war against Ukraine began in February 2014 (Crimea); nothing it reports happened before that year
const WAR_BEGAN = "2014";
/**
 * A deed its own sentence dates before the war is another war's history, told to remind: "on October 14, 1943 X
 * was liberated". (A year the sentence does not write is a misread date, not history: the event stays, undated.)
 */
export const dropOtherWars: Refiner = {
  name: "drop-other-wars",
  refine: (_doc, events) =>
    events.flatMap((e) => {
      if (!e.date || e.date.slice(0, 4) >= WAR_BEGAN) return [e];
      // (a date before the war that the sentence does not write as a year, "80 years ago" in "for the first time
      // since 80 years ago", is misread for the deed: it goes undated)
      return e.evidence.text.includes(e.date.slice(0, 4)) ? [] : [{ ...e, date: null, dateEnd: null, precision: null }];
    }),
};
