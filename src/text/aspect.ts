// Habitual aspect: a deed told as what keeps happening ("X is shelled daily", "Russia routinely strikes Y", "drones
// have been hitting Z for months", "troops used to shell W every night") describes a place's lot, not one event.
// wink-nlp tags tense and number but not aspect, so the markers are read here from the tokens of each clause.
import type { GToken, Predicate } from "./grammar.js";
import { firstFrom } from "./sentence-at.js";

// adverbs of frequency ("daily" and "nightly" only as adverbs: "the daily bulletin" is a noun's)
const OFTEN = new RegExp(
  String.raw`^(?:daily|nightly|regularly|routinely|constantly|continually|continuously|frequently|often|` +
    String.raw`repeatedly|systematically|incessantly|relentlessly|habitually|periodically)$`,
);
// adjectives of frequency on an event noun: "the daily shelling of X", "under regular fire" (not those of one
// unbroken spell: "held on amid constant shelling" is under fire now)
const OFTEN_NOUN = /^(?:daily|nightly|regular|frequent|repeated|systematic|near-daily|almost-daily|everyday)$/;
const SPAN_OF_TIME = /^(?:day|night|week|morning|evening|hour)s?$/;
// (months or more: "shelled X for days" before storming it is an episode of its own)
const LONG = /^(?:months|years)$/;
// the words of a length before its unit: "for more than two years", "for the past few months"
const HOW_LONG = new RegExp(
  String.raw`^(?:\d+|a|the|few|several|many|more|than|over|almost|nearly|about|some|past|last|recent|two|three|` +
    String.raw`four|five|six|seven|eight|nine|ten|eleven|twelve|eighteen|dozens|of)$`,
);

/** The token indices that open a marker of frequency: "every day", "day after day", "N times a week", "used to". */
function markers(tokens: GToken[]): number[] {
  const out: number[] = [];
  const at = (k: number) => tokens[k]?.lower ?? "";
  for (let k = 0; k < tokens.length; k++) {
    const w = at(k);
    if (OFTEN.test(w) && !(/^(?:daily|nightly)$/.test(w) && /^(?:NOUN|PROPN|ADJ)$/.test(tokens[k + 1]?.pos ?? "")))
      out.push(k);
    // "every day", "every single night"
    else if (
      w === "every" &&
      (SPAN_OF_TIME.test(at(k + 1)) || (at(k + 1) === "single" && SPAN_OF_TIME.test(at(k + 2))))
    )
      out.push(k);
    // "day after day", "night after night", "time and again", "again and again"
    else if (SPAN_OF_TIME.test(w) && at(k + 1) === "after" && at(k + 2) === w) out.push(k);
    else if ((w === "time" || w === "again") && at(k + 1) === "and" && at(k + 2) === "again") out.push(k);
    // "on a daily basis", "on a regular basis"
    else if (w === "basis" && at(k - 2) === "a" && /^(?:daily|nightly|regular|weekly|constant)$/.test(at(k - 1)))
      out.push(k);
    // "several times a day", "twice a week"
    else if (/^(?:times|twice)$/.test(w) && /^(?:a|per|each)$/.test(at(k + 1)) && SPAN_OF_TIME.test(at(k + 2)))
      out.push(k);
    // "every few days", "every other night", "every two weeks"
    else if (w === "every" && /^(?:few|other|couple|two|three|four|five|several)$/.test(at(k + 1))) {
      if (SPAN_OF_TIME.test(at(k + 2)) || (at(k + 2) === "of" && SPAN_OF_TIME.test(at(k + 3)))) out.push(k);
    }
    // a rate: "lose several tanks a day", "40 drones per night" (not "a day after the attack")
    else if (
      /^(?:a|per)$/.test(w) &&
      /^(?:day|night|week)$/.test(at(k + 1)) &&
      tokens[k - 1]?.pos === "NOUN" &&
      /s$/.test(at(k - 1)) &&
      !/^(?:after|before|earlier|later|ago|or)$/.test(at(k + 2))
    )
      out.push(k);
    // "used to strike": a habit of the past
    else if (w === "used" && at(k + 1) === "to" && tokens[k + 2]?.pos === "VERB") out.push(k + 2);
  }
  return out;
}

/**
 * Marks each predicate told as a habit: the verb a frequency marker of its clause stands nearest to, an event noun
 * with an adjective of frequency, and a verb lasting months or more ("have been shelling X for months"). Whether a
 * time of its own still makes it one event ("repeatedly shelled X overnight") is for the reader of dates to say.
 */
export function markHabits(tokens: GToken[], predicates: Predicate[]): void {
  const verbs = predicates.filter((p) => !p.nominal);
  for (const k of markers(tokens)) {
    const at = tokens[k].start;
    const mine = verbs.filter((v) => at >= v.clause.start && at < v.clause.end);
    // opening its clause, the verb after it ("Every night, drones attack Y", "…, every night our drones count Z");
    // else the verb right after it ("regularly strikes", "are routinely shelled"), else the last before it ("X is
    // shelled daily")
    const opens = k === 0 || /^(?:PUNCT|CCONJ|SCONJ)$/.test(tokens[k - 1].pos);
    const after = (opens ? verbs : mine).find((v) => v.head > k && (opens || v.head <= k + 3));
    const best = after ?? mine.filter((v) => v.head < k).pop() ?? mine.find((v) => v.head > k);
    if (best) best.habitual = true;
  }
  for (const p of predicates) {
    if (p.nominal) continue;
    // "for months", "for more than two years"
    for (const x of p.pps) {
      if (x.prep !== "for") continue;
      // (its first words, found by binary search: a sentence of many phrases stays linear)
      const from = firstFrom(tokens, x.start);
      const inside = tokens.slice(from + 1, from + 7).filter((t) => t.end <= x.end);
      const unit = inside.findIndex((t) => LONG.test(t.lower));
      if (unit >= 0 && inside.slice(0, unit).every((t) => HOW_LONG.test(t.lower))) p.habitual = true;
    }
  }
  for (const p of predicates) {
    if (!p.nominal) continue;
    // ("the daily shelling", "regular Russian shelling")
    const [a, b] = [tokens[p.head - 1], tokens[p.head - 2]];
    if ((a && OFTEN_NOUN.test(a.lower)) || (b && OFTEN_NOUN.test(b.lower) && /^(?:ADJ|NOUN|PROPN)$/.test(a.pos)))
      p.habitual = true;
    // an event noun a habit holds is one too: "comes under attack several times a day", "civilians are killed by
    // shelling on a regular basis"
    const at = tokens[p.head].start;
    const holds = (v: Predicate) =>
      v.habitual && [v.subject, v.object, v.agent, v.listed, ...v.pps].some((x) => x && at >= x.start && at < x.end);
    if (verbs.some((v) => v.clause.start === p.clause.start && holds(v))) p.habitual = true;
  }
}
