// Picks one settlement for each ambiguous name, and says why. Signals, strongest first: an oblast or raion
// named in the same sentence or article; nearness to the other places of the sentence and article (names
// named together lie together); size. A name with no deciding signal stays unresolved.
import type { Entry, Settlement } from "./gazetteer.js";
import { Tier } from "./gazetteer.js";
import { km } from "./normalize.js";
import type { RawMatch } from "./match.js";
import { fromTheLine } from "./front-line.js";

export interface Resolution {
  s: Settlement | null;
  confidence: number;
  reason: string;
  scored: { s: Settlement; score: number }[];
}

interface Context {
  /** the oblast named right after the name, in brackets or after a comma: it qualifies this name alone */
  ownOblast?: string | null;
  ownRaion?: string | null;
  sentenceOblasts: Set<string>;
  articleOblasts: Set<string>;
  sentenceAnchors: Settlement[];
  /** the article's anchors near a point (within 100 km, the farthest that counts) */
  articleAnchors: { within(p: Settlement, radius: number): Iterable<Settlement> };
  /** the nearest candidate of each of the article's other ambiguous names within 25 km of a settlement:
   * namesakes named together lie together */
  peers?: (s: Settlement) => { name: string; d: number }[];
  /** the article's publication day: which oblasts were on the front line then */
  published?: string | null;
  /** the countries abroad the sentence names as where it is ("in Russia", "Russia's Kursk region", "Belarusian") */
  countries?: Set<string>;
  /** the line of contact on the article's day, as the settlements on it (data/front-towns.json) */
  front?: Settlement[];
  /** the P-codes of the towns on it the news of the day named most */
  frontTowns?: Set<string>;
}

/**
 * Among namesakes the text cannot tell apart, the one within 15 km of the line of the article's day, when every
 * other lies 1.7 times as far and 12 km or more away: fighting and claims happen near the front. (The line is the
 * segments between a few towns per period, so only a clear lead decides; the margins were chosen on the behavioural
 * suite, and denser towns or looser margins cost the dev sets an extra.)
 */
function nearTheLine(among: { s: Settlement }[], front: Settlement[] | undefined, towns?: Set<string>) {
  if (!front?.length || among.length < 2) return null;
  // (one of them a town the news of that period named most, the others villages by the same line: the town)
  const named = among.filter((x) => towns?.has(x.s.pcode));
  if (named.length === 1) return { s: named[0].s, why: "a town on the line of the article's day" };
  // (or one of them a point the line is drawn through, the others off it: the line's own places are where the
  // period's fighting was)
  const onIt = among.filter((x) => front.includes(x.s));
  if (onIt.length === 1) return { s: onIt[0].s, why: "0 km from the line of the article's day, drawn through it" };
  const ranked = among.map((x) => ({ s: x.s, ...fromTheLine(x.s, front) })).sort((a, b) => a.d - b.d);
  const [first] = ranked;
  if (first.d >= 15) return null;
  // (namesakes as near the line are no rival when they lie within 15 km of the first, as villages of one name in
  // one district often do: either puts the dot within that distance of the truth, and the reason says so)
  const rivals = ranked.slice(1).filter((x) => x.d < Math.max(1.7 * first.d, 12));
  if (rivals.some((x) => km(x.s, first.s) > 15)) return null;
  const also = rivals.length ? ` (${rivals.length} namesake(s) within 15 km of it)` : "";
  const where = `${first.d.toFixed(0)} km from the line of the article's day, by ${first.t.name}`;
  return { s: first.s, why: `${where}${also}` };
}

/**
 * Where the text does place a name (an oblast, places near it), a namesake by the line of contact of the article's
 * day is the likelier one as well: war news is about the front. A weight, not a veto: a namesake the text puts
 * beside its other places still wins over one by the line that the text does not. Every namesake about as near the
 * line as the nearest (by `nearTheLine`'s margins) gets the same weight: the line is drawn between a few towns, so
 * it cannot tell two villages by it apart. (Not where the text says nothing: `nearTheLine` and the size rules
 * decide that case.)
 */
const LINE_WEIGHT = 2;
const CUT = 20; // km: the line is drawn between a few towns, so a village by it may lie 15-20 km from it
/** Adds the line's weight to the namesakes by it and sorts again; the ones weighted (empty when none is by it). */
function byTheLine(
  scored: { s: Settlement; score: number }[],
  reasons: Map<string, string[]>,
  front: Settlement[],
): Set<Settlement> {
  const lined = new Set<Settlement>();
  const ds = scored.map((x) => ({ x, ...fromTheLine(x.s, front, CUT) }));
  const nearest = Math.min(...ds.map((y) => y.d));
  if (nearest >= CUT) return lined;
  for (const { x, d, t } of ds) {
    if (d >= CUT || d >= Math.max(1.7 * nearest, 12)) continue;
    x.score += LINE_WEIGHT;
    lined.add(x.s);
    reasons.get(x.s.pcode)?.push(`${d.toFixed(0)} km from the line, by ${t.name}`);
  }
  scored.sort((a, b) => b.score - a.score || a.s.pcode.localeCompare(b.s.pcode));
  return lined;
}

// Oblasts on the front line, by period (facts compiled for Frontline from the course of the war): the north until
// the Russian withdrawal of early April 2022; the east and south after it; the right bank of Kherson and Mykolaiv
// oblast until November 2022; Dnipropetrovsk oblast again from mid-2025.
const FRONT: [string, string, string[]][] = [
  ["2022-02-24", "2022-04-07", ["UA32", "UA74", "UA59", "UA63", "UA14", "UA44", "UA65", "UA23", "UA48"]],
  ["2022-04-08", "2022-11-11", ["UA63", "UA14", "UA44", "UA65", "UA23", "UA48"]],
  ["2022-11-12", "2025-05-31", ["UA63", "UA14", "UA44", "UA65", "UA23"]],
  ["2025-06-01", "9999-12-31", ["UA63", "UA14", "UA44", "UA65", "UA23", "UA12"]],
];
export function frontOblasts(day: string | null | undefined): Set<string> | null {
  if (!day) return null;
  const row = FRONT.find(([from, to]) => day >= from && day <= to);
  return row ? new Set(row[2]) : null;
}

// Oblasts where the fighting of 2022– has been: a village named in war news with nothing else to place it is
// far likelier there. A weak prior: it decides only when it leaves a single candidate.
const WAR_ZONE = new Set(["UA14", "UA44", "UA63", "UA65", "UA23", "UA48", "UA12", "UA59", "UA74", "UA32", "UA01"]);

const sizeScore = (s: Settlement) =>
  (s.population > 0 ? Math.log10(s.population) / 7 : 0) + (s.pcode.endsWith("001") ? 0.05 : 0);

/** A place abroad stands for its country where an oblast code stands for a Ukrainian one. */
export const isAbroad = (s: Settlement) => !s.admin1.startsWith("UA");

/**
 * A name both at home and abroad is the one abroad only on a sign of its country in the sentence, or when it is a
 * city that dwarfs every namesake at home and nothing names an oblast for it ("Rostov" with no region is
 * Rostov-on-Don, not the Sumy village; "Pokrovka" stays Ukrainian).
 */
function homeOrAbroad(m: RawMatch, ctx: Context): Entry[] {
  const home = m.entries.filter((e) => !isAbroad(e.s));
  const away = m.entries.filter((e) => isAbroad(e.s));
  // (namesakes all abroad: the largest, a town of some country the war's news is not about is all it needs to be)
  if (!home.length && away.length > 1) return [away.reduce((a, b) => (b.s.population > a.s.population ? b : a))];
  if (!home.length || !away.length) return m.entries;
  const named = away.filter((e) => ctx.countries?.has(e.s.admin1));
  if (named.length) return named;
  // (a namesake abroad by another town abroad the article names stays a candidate, for nearness to decide: in a
  // report on fighting around Sudzha, "Korenevo" is the Russian town, not a Sumy village of a like spelling)
  const byAway = away.filter((e) => {
    for (const a of ctx.articleAnchors.within(e.s, 60)) if (isAbroad(a) && a.pcode !== e.s.pcode) return true;
    return false;
  });
  if (byAway.length) return [...home, ...byAway];
  const largest = Math.max(...home.map((e) => e.s.population));
  const city = away.filter((e) => e.s.population >= 100000 && e.s.population > 20 * largest);
  const placedHome = ctx.ownOblast || home.some((e) => ctx.sentenceOblasts.has(e.s.admin1));
  return city.length && !placedHome ? city : home;
}

export function resolve(m: RawMatch, ctx: Context): Resolution {
  const all = homeOrAbroad(m, ctx);
  // exact spellings beat rule-made variants: a rule variant of one village never outranks another's real name
  // (GeoNames alternates and rule variants are one class: both are transliterations of the same names)
  const official = all.filter((e) => e.tier <= Tier.Official);
  const entries: Entry[] = official.length ? official : all;
  if (entries.length === 1) {
    const conf = entries[0].tier === Tier.Variant ? 0.75 : 0.95;
    return {
      s: entries[0].s,
      confidence: conf,
      reason: entries[0].tier === Tier.Variant ? "only place with this spelling variant" : "unique name",
      scored: [{ s: entries[0].s, score: 1 }],
    };
  }
  const reasons = new Map<string, string[]>();
  const own = new Set(all.map((e) => e.s.pcode));
  const scored = entries
    .map(({ s, tier }) => {
      const why: string[] = [];
      let score = sizeScore(s) + (tier === Tier.Curated ? 1 : 0);
      if (tier === Tier.Curated) why.push("curated spelling");
      if (ctx.ownRaion && ctx.ownRaion === s.raion) {
        score += 3;
        why.push(`${s.raion} named right after it`);
      }
      if (ctx.ownOblast && ctx.ownOblast === s.admin1) {
        score += 5;
        why.push(`${s.admin1} named right after it`);
      }
      if (ctx.sentenceOblasts.has(s.admin1)) {
        score += 3;
        why.push(`${s.admin1} named in the sentence`);
      } else if (ctx.articleOblasts.has(s.admin1)) {
        score += 1.5;
        why.push(`${s.admin1} named in the article`);
      }
      // (a name never anchors its own namesakes: "Bucha" placed as the town is no reason for the village of Bucha
      // 15 km away)
      const near = (anchors: Iterable<Settlement>) => {
        let d = Infinity;
        for (const a of anchors) if (!own.has(a.pcode)) d = Math.min(d, km(s, a));
        return d;
      };
      const dS = near(ctx.sentenceAnchors),
        dA = near(ctx.articleAnchors.within(s, 100));
      if (dS < 60) {
        score += 3 * Math.exp(-dS / 25);
        why.push(`${dS.toFixed(0)} km from a place of the sentence`);
      }
      if (dA < 100) {
        score += 1.5 * Math.exp(-dA / 40);
        why.push(`${dA.toFixed(0)} km from a place of the article`);
      }
      // each other ambiguous name that has a namesake close to this candidate is a vote for it (two names of one
      // article 20 km apart are a pair the news puts together: the vote decays over 20 km, not 10)
      for (const { name, d } of ctx.peers?.(s) ?? []) {
        score += Math.exp(-d / 20);
        why.push(`${d.toFixed(0)} km from a namesake of ${name}`);
      }
      if (s.population > 0) why.push(`population ${s.population}`);
      reasons.set(s.pcode, why);
      return { s, score };
    })
    .sort((a, b) => b.score - a.score || a.s.pcode.localeCompare(b.s.pcode));
  const noContext = scored.every((x) => !(reasons.get(x.s.pcode) ?? []).some((r) => !r.startsWith("population")));
  const lined = !noContext && ctx.front?.length ? byTheLine(scored, reasons, ctx.front) : new Set<Settlement>();
  const [best, second] = scored;
  // a city of 100,000 or more with no namesake a twentieth its size is the one the news means, unless its name is
  // followed by another oblast: an oblast or a town elsewhere in the sentence ("Zaporizhzhia and Dnipro") does not
  // hand it to a village of that name there
  const bySizeOrder = [...scored].sort((a, b) => b.s.population - a.s.population);
  const [city, runner] = bySizeOrder;
  // (nor when the sentence's other places all lie by a namesake and far from the city: "west of Kreminna … toward
  // Makiivka" is the village by Kreminna, not the city 100 km south; a list of cities across the country is not)
  // (measured only when the city would win: the nearest and the farthest of the sentence's other places)
  const reach = (x: Settlement) => {
    const d = ctx.sentenceAnchors.filter((a) => !own.has(a.pcode)).map((a) => km(x, a));
    return { near: Math.min(...d), far: d.length ? Math.max(...d) : Infinity };
  };
  const besideOther = () =>
    reach(city.s).near > 80 && scored.some((x) => x !== city && reach(x.s).near < 30 && reach(x.s).far < 50);
  // (nor when the sentence names a region where one namesake lies by the line of the day, and not the city's: "an
  // official in Zaporizhzhia region said troops moved forward near Kamianske" is the village on the front there)
  const placedByTheLine = () =>
    !!ctx.front?.length &&
    ctx.sentenceOblasts.size > 0 &&
    !ctx.sentenceOblasts.has(city.s.admin1) &&
    scored.some((x) => x !== city && ctx.sentenceOblasts.has(x.s.admin1) && fromTheLine(x.s, ctx.front!, 15).d < 15);
  if (
    city.s.population >= 100000 &&
    city.s.population > 20 * (runner?.s.population ?? 0) &&
    !(ctx.ownOblast && ctx.ownOblast !== city.s.admin1) &&
    !besideOther() &&
    !placedByTheLine()
  )
    return { s: city.s, confidence: 0.8, reason: `${entries.length} candidates; ${city.s.pcode} is the city`, scored };
  const inWar = scored.filter((x) => WAR_ZONE.has(x.s.admin1));
  const largest = best.s.population >= 5000 && best.s.population > 4 * (second?.s.population ?? 0);
  if (noContext && inWar.length === 1 && !largest) {
    return {
      s: inWar[0].s,
      confidence: 0.55,
      reason: `${entries.length} candidates; ${inWar[0].s.pcode} is the only one in an oblast of the fighting`,
      scored,
    };
  }
  // namesakes the text leaves tied (or says nothing of): the one by the line of contact of the article's day
  const margin = best.score - (second?.score ?? 0);
  // (size alone does not untie villages: a town of 6,000 far from the line is not the village on it that the text's
  // context fits as well)
  // (nor does the line's own weight: what is left is what the text says)
  const bare = (x: { s: Settlement; score: number }) => x.score - sizeScore(x.s) - (lined.has(x.s) ? LINE_WEIGHT : 0);
  const tiedAll = noContext
    ? scored
    : margin < 0.3
      ? scored.filter((x) => best.score - x.score < 0.3)
      : best.s.population < 50000
        ? scored.filter((x) => bare(best) - bare(x) < 0.3)
        : [];
  const byLine = nearTheLine(tiedAll, ctx.front, ctx.frontTowns);
  // (a town of 10,000 or more, four times its largest namesake, outweighs the line when nothing else speaks, as
  // Lyman of Donetsk oblast outweighs the villages of that name; a large village far from it does not)
  const bigTown = largest && best.s.population >= 10000;
  if (byLine && !(noContext && bigTown))
    return {
      s: byLine.s,
      confidence: 0.7,
      reason: `${entries.length} candidates; ${byLine.s.pcode} is ${byLine.why}`,
      scored,
    };
  // with nothing else to go by, the front line of the article's day: the only namesake in a front-line oblast,
  // or the only one there that GeoNames lists (a place notable enough to be in the news)
  const front = frontOblasts(ctx.published);
  if (noContext && front && !largest) {
    const there = scored.filter((x) => front.has(x.s.admin1));
    const listed = there.filter((x) => x.s.population > 0);
    // (else the only seat of a hromada among them: the community's centre is the namesake the news is about)
    const seats = there.filter((x) => x.s.pcode.endsWith("001"));
    const pick =
      there.length === 1
        ? there[0]
        : listed.length === 1
          ? listed[0]
          : !listed.length && seats.length === 1
            ? seats[0]
            : null;
    const what = there.length === 1 ? "only one" : listed.length === 1 ? "only listed town" : "only hromada seat";
    if (pick)
      return {
        s: pick.s,
        confidence: 0.5,
        reason: `${entries.length} candidates; ${pick.s.pcode} is the ${what} in an oblast on the front line on ${
          ctx.published
        }`,
        scored,
      };
  }
  const contextual = (reasons.get(best.s.pcode) ?? []).some((r) => !r.startsWith("population"));
  // Size alone decides only when the place is a real town (GeoNames lists it) and clearly the largest.
  const bySize = best.s.population >= 5000 && best.s.population > 4 * (second?.s.population ?? 0);
  // (a tie the text cannot break, between places GeoNames does not list, goes to the only hromada seat among them:
  // "Ocheretyne in Donetsk region" is the community's centre, not the hamlet of the same name in that oblast)
  const tied = scored.filter((x) => best.score - x.score < 0.3);
  const seat = tied.filter((x) => x.s.pcode.endsWith("001"));
  if (contextual && margin < 0.3 && seat.length === 1 && tied.every((x) => x.s.population === 0))
    return {
      s: seat[0].s,
      confidence: 0.5,
      reason: `${entries.length} candidates; ${seat[0].s.pcode} is the only hromada seat among those the text fits`,
      scored,
    };
  // (a tie the text leaves between one town GeoNames lists and hamlets it does not goes to the town: "Shevchenkove
  // (Kharkiv region), Lyman (Donetsk region) …" is the hromada's centre, whatever namesakes of Lyman lie near a hamlet)
  const listed = tied.filter((x) => x.s.population > 0);
  if (contextual && margin < 0.3 && listed.length === 1 && listed[0].s.pcode.endsWith("001"))
    return {
      s: listed[0].s,
      confidence: 0.5,
      reason: `${entries.length} candidates; ${listed[0].s.pcode} is the only listed town among those the text fits`,
      scored,
    };
  if (contextual ? margin < 0.3 : !bySize) {
    return {
      s: null,
      confidence: 0,
      reason: `${entries.length} places share this name and nothing in the text decides`,
      scored,
    };
  }
  // (a town of 10,000 or more whose namesakes are all hamlets GeoNames does not list is as sure as a name gets
  // without context, sure enough to place the names around it: "west of Kreminna … toward Makiivka")
  const town = best.s.population >= 10000 && scored.slice(1).every((x) => x.s.population === 0);
  return {
    s: best.s,
    confidence: Math.min(0.95, Math.max(0.5 + margin / 4, town ? 0.75 : 0)),
    reason:
      `${entries.length} candidates; chose ${best.s.pcode}: ` +
      `${(reasons.get(best.s.pcode) ?? []).join("; ") || "largest"}`,
    scored,
  };
}

export type { Context };
