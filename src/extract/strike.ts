// strike: one side hits a place. "Russian missiles struck central Kyiv", "Kupiansk had come under artillery fire
// from the Ukrainian armed forces", "explosions were reported in Kharkiv, Lviv and Dnipro", "two power plants in
// Kremenchuk and Kharkiv were struck". One event per place; weapon and target are recorded when named.
import { wordListRegex } from "../text/whole-words.js";
import { RUSSIAN_HELD } from "../geo/index.js";
import type { Doc, Sentence, Side, Span } from "../types.js";
import type { Extractor } from "./types.js";
import { agentSide, clausePlaces, dropped, makeEvent, trigger } from "./common.js";
import {
  accusedsPart,
  grammarOf,
  occupantsSide,
  otherSide,
  predicateAt,
  rolesOf,
  sideOfPhrase,
  verbSides,
} from "./roles.js";
import { livedUnder, speakersSide } from "./context.js";

// a concessive or circumstantial phrase the fire is in, with its adjectives: "despite heavy", "amid constant"
const DESPITE = /\b(?:despite|amid|amidst|in spite of)\s+(?:(?:the\s+)?[a-z-]+\s+){0,2}$/i;
const VERB =
  String.raw`struck|strike[sd]?|hit|hits|shell(?:ed|ing|s)|bombard(?:ed|ing|ment)|bomb(?:ed|ing)|` +
  String.raw`air ?strikes?|airstrikes?|(?:missile|rocket|drone|artillery|air|kamikaze|massive|` +
  String.raw`combined|revenge) (?:attacks?|strikes?|fire|barrage)|(?:came|come|comes|` +
  String.raw`coming) under (?:\w+ )?fire|under (?:intensive |heavy |constant )?(?:\w+ )?(?:attacks?|` +
  String.raw`fire|shelling)|fired (?:upon|on|at)|attacks? on|strikes? on|attack(?:ed|ing|` +
  String.raw`s)?(?=\s+(?:\p{Lu}|the (?:city|town|village|region|capital)))|explosions? (?:was |` +
  String.raw`were )?(?:reported|heard|rocked|rang out)|barrage of (?:missiles|rockets|drones)|` +
  String.raw`targeted|pounded|(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?(?:destroyed|` +
  String.raw`damaged|hit|affected)|destroyed the|damaged the`;

export const WEAPONS: [RegExp, string][] = [
  [/\b(missiles?|rockets?|Iskander|Kalibr|Kinzhal|Kh-\d+|X-\d+|S-300|Tochka|ballistic|cruise)\b/i, "missile"],
  [/\b(drones?|Shahed|Geran|kamikaze|UAVs?|Lancet)\b/i, "drone"],
  [/\b(artillery|shell(ed|ing|s)?|mortars?|MLRS|Grad|Uragan|Smerch|howitzers?|HIMARS)\b/i, "artillery"],
  [/\b(air ?strikes?|airstrikes?|aviation|aircraft|bomb(s|ed|ing)?|glide bombs?|KABs?)\b/i, "air"],
];
export const TARGETS: [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b(power (plants?|stations?)|TPP|CHP|HPP|thermal|substations?|energy|electricity|` +
        String.raw`power grid|gas (distribution|infrastructure))\b`,
      "i",
    ),
    "energy",
  ],
  [/\b(bridges?)\b/i, "bridge"],
  [
    new RegExp(
      String.raw`\b(residential|homes?|houses?|apartments?|civilians?|hospitals?|schools?|` +
        String.raw`shopping|mall|markets?|church|theat(er|re)|kindergarten|dormitor)`,
      "i",
    ),
    "civilian",
  ],
  [
    new RegExp(
      String.raw`\b(command posts?|ammunition depots?|depots?|barracks|military (bases?|` +
        String.raw`facilities|infrastructure)|air ?bases?|airfields?|positions|supply lines?|` +
        String.raw`fuel reserves)\b`,
      "i",
    ),
    "military",
  ],
  [/\b(infrastructure|railway|rail|port|dam|warehouses?|facilit(y|ies))\b/i, "infrastructure"],
];
// who or what can strike: a weapon, a force, a side or a party the lexicon knows, or a pronoun for one
const STRIKER = new RegExp(
  String.raw`\b(?:troops|forces|army|military|units?|soldiers|artillery|gunners|pilots|navy|fleet|aviation|` +
    String.raw`defen[cs]e|enemy|occupiers|invaders|Russia|Ukraine|Moscow|Kyiv|Russians?|Ukrainians?|` +
    String.raw`they|it|we|he|she)\b`,
  "i",
);
const isStriker = (doc: Doc, x: Span) => {
  const w = doc.text.slice(x.start, x.end);
  return (
    STRIKER.test(w) ||
    WEAPONS.some(([re]) => re.test(w)) ||
    doc.actors.some((a) => a.start >= x.start && a.end <= x.end && a.side !== null)
  );
};
const AIR_DEFENCE = /\b(?:air[- ]defen[cs]es?|anti-aircraft|interceptors?|Patriots?|IRIS-T|NASAMS|fire groups)\b/i;
const WALKOUT = /\b(?:on|hunger|general|labou?r|warning|national)\s+strikes?\b|\bstrikes?\s+action\b/i;
// what follows "shells" the verb: its object ("Russia shells Kherson", "shells the city")
const SHELLED_OBJECT = /^\s+(?:\p{Lu}|(?:the|a|an|its|their|our|residential|civilian|front-?line|border)\b)/u;
const SUPERLATIVE_NOUN = /\b(?:\w+iest|largest|biggest|heaviest|worst|most\s+\w+)\s+(?:[\w-]+\s+){0,2}$/i;
const pick = (list: [RegExp, string][], text: string) => list.find(([re]) => re.test(text))?.[1] ?? null;
// (a sentence's weapon, target and side words, found once: asked at every trigger, a page-long sentence of strikes
// made them quadratic)
const sentenceWords = new WeakMap<Sentence, { weapon: string | null; target: string | null; sided: boolean }>();
function wordsOf(s: Sentence) {
  let w = sentenceWords.get(s);
  if (!w) {
    w = {
      weapon: pick(WEAPONS, s.text),
      target: pick(TARGETS, s.text),
      sided: /\b(Russian|Ukrainian|enemy|occupiers)\b/i.test(s.text),
    };
    sentenceWords.set(s, w);
  }
  return w;
}

export const strike: Extractor = {
  type: "strike",
  name: "strike",
  triggers: wordListRegex(VERB),
  extract(doc, s, m) {
    const t = trigger(doc, s, m);
    if (dropped(t)) return [];
    // (a strike of workers is no attack: "dock workers went on strike", "a hunger strike", "strike action")
    if (WALKOUT.test(doc.text.slice(Math.max(s.start, t.start - 12), Math.min(s.end, t.end + 8)))) return [];
    // "hit" and "strike" are also everyday words: a strike needs a weapon, a target or a side nearby
    const { weapon, target, sided } = wordsOf(s);
    if (/^(hit|hits|strike|strikes|struck|targeted)$/i.test(t.text) && !weapon && !target && !sided) return [];
    // (and what strikes, when the grammar names it, is a weapon, a force or a side: not "prices hit a record high",
    // "the sanctions package hits 116 entities")
    const pred = /(?:^|\s)(hit|hits|strike|strikes|struck|targeted)$/i.test(t.text) ? predicateAt(doc, s, t) : null;
    // (so is the by-agent of a passive: "X was hit by floods" is no strike)
    const striker = pred && !pred.nominal ? rolesOf(pred).agent : null;
    if (striker && !isStriker(doc, striker)) return [];
    // (what air defence strikes is a weapon in the air, intercepted: "a drone that was struck by air defences")
    if (striker && AIR_DEFENCE.test(doc.text.slice(striker.start, striker.end))) return [];
    // "was destroyed", "damaged the": a strike only when what was hit is infrastructure, homes or a military site
    if (/destroyed|damaged|affected|\bhit$/i.test(t.text) && !target) return [];
    // "attacked" + a name: the pattern is case-blind, so check the capital here
    if (
      /^attack(ed|ing|s)?$/i.test(t.text) &&
      !/^\s*(\p{Lu}|the (city|town|village|region|capital))/u.test(doc.text.slice(t.end, t.end + 20))
    )
      return [];
    // ("short of artillery shells", "300 shells a day": the ammunition; the verb has its object right after it,
    // "Russia shells Kherson", "shells the city", which the tagger may call a noun too)
    if (/^shells$/i.test(t.text) && !SHELLED_OBJECT.test(doc.text.slice(t.end, t.end + 20))) return [];
    // (a superlative's noun measures the deed its sentence told against others, it tells none of its own: "killing
    // 17, in the deadliest single attack on civilians since …")
    if (SUPERLATIVE_NOUN.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start))) return [];
    // (nor the part an accused played: "an agent who had been directing missile strikes")
    if (accusedsPart(doc, s, t)) return [];
    // (a place's lot under attack, not the day's: "has been shelled almost daily since it was liberated")
    if (livedUnder(doc, s, t.start, t.end)) return [];
    // "hit a record", "struck a deal"
    if (/^\s+(a\s+)?(record|deal|agreement|note|chord|milestone)\b/i.test(doc.text.slice(t.end, t.end + 20))) return [];
    // (never the country from a mere mention of it, nor any place named in a title: the frames read the country
    // when the text makes it the target, and an official's own town when the official reports the strike)
    const places = clausePlaces(doc, t, { sentence: true, topic: true });
    if (!places.length) return [];
    // "fire from the Ukrainian armed forces": the attacker after "from"
    const from = /^\s*(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?(Ukrainian|Russian|Ukraine|Russia)/i.exec(
      doc.text.slice(t.end, t.end + 60),
    );
    // the attacker named in the trigger ("Russian attacks"), after "from" or "by", or before it; else Russia, whose
    // strikes most reports are about (a speaker reporting a strike is usually its target, so never the default)
    const inner = /\b(Ukrainian|Russian)\b/i.exec(t.text)?.[1];
    // "Ukrainian troops under constant shelling", "came under fire": the side named before is the target
    // (so does one who holds on despite it: "held the village despite heavy shelling", "amid constant shelling")
    const underFire =
      /^(?:(?:came|come|comes|coming)\s+)?under\b/i.test(t.text) ||
      (!t.text.includes(" ") && DESPITE.test(doc.text.slice(Math.max(s.start, t.start - 40), t.start)));
    const hitSide = underFire ? agentSide(doc, t, null, false) : null;
    // the grammar's agent next (the by-phrase, or an active verb's subject); in a passive with none, the other side
    // of what was hit, or of who reports it (a strike's reporter is usually its target), never the side word of the
    // victim before the verb ("Ukrainian positions were shelled")
    const v = underFire ? null : verbSides(doc, s, t);
    const unnamed = () => otherSide(v!.patient) ?? otherSide(speakersSide(doc, s, t.start));
    const byGrammar = v ? (v.agent ?? (v.passive ? unnamed() : null)) : null;
    // (a strike named by a noun: the other side of what it hit, "the attack on Moscow's fleet", "the strike hit a
    // school where Russian soldiers were stationed"; asked only when nothing before decides)
    const struckSide = () => (v ? null : otherSide(targetSide(doc, s, t)));
    // with no attacker named: Russia, whose strikes most reports are about, but Ukraine on Crimea and Sevastopol
    const usual = places.every((p) => RUSSIAN_HELD.has(p.place.admin1 ?? "")) ? "UA" : "RU";
    const side = inner
      ? /^Ukrain/i.test(inner)
        ? "UA"
        : "RU"
      : from
        ? /^Ukrain/i.test(from[1])
          ? "UA"
          : "RU"
        : underFire
          ? hitSide === "UA"
            ? "RU"
            : hitSide === "RU"
              ? "UA"
              : "RU"
          : (byGrammar ?? (v?.passive ? usual : (struckSide() ?? agentSide(doc, t, null, false) ?? usual)));
    return places.map((p) =>
      makeEvent(doc, t, "strike", side, [p.place], "strike", { attributes: { weapon: weapon ?? "unknown", target } }),
    );
  },
};

/**
 * The side of what a strike named by a noun hit: the object of "attack on", or of the verb the noun is the subject
 * of, or those a building it hit shelters. Null when none names one.
 */
function targetSide(doc: Doc, s: Sentence, t: Span): Side | null {
  const g = grammarOf(doc, s);
  if (!g) return null;
  const own = predicateAt(doc, s, t);
  if (own?.nominal) return sideOfPhrase(doc, s, rolesOf(own).patient);
  const host = g.predicates.find(
    (o) => !o.nominal && o.voice === "active" && !!o.subject && o.subject.start <= t.start && t.end <= o.subject.end,
  );
  return host ? (occupantsSide(doc, s, host) ?? sideOfPhrase(doc, s, rolesOf(host).patient)) : null;
}
