// geo: place mentions -> gazetteer candidates -> one resolved place (P-code, lat/lon, level, admin1).
// Takes the clean text and its sentences; gives PlaceMention spans in text order.
import type { Place, PlaceMention, Sentence } from "../types.js";
import { loadGazetteer, type Gazetteer, type Settlement } from "./gazetteer.js";
import { findMatches } from "./match.js";
import { isAbroad, resolve } from "./resolve.js";
import { km } from "./normalize.js";
import { NearGrid } from "./near-grid.js";
import { fromTheLine } from "./front-line.js";
import { sentenceAt } from "../text/sentence-at.js";
import { placedInRussia, REGION_ABROAD, RUSSIAN_REGIONS, regionOfRussiaBefore as regionBefore } from "./in-russia.js";

export { loadGazetteer } from "./gazetteer.js";
export { RUSSIAN_HELD } from "./oblasts.js";

export function settlementPlace(s: Settlement): Place {
  // (a town abroad is given at its country's level, by the country's code, at its own point: "Belgorod", RU)
  if (isAbroad(s)) return { name: s.name, pcode: s.admin1, lat: s.lat, lon: s.lon, level: "country", admin1: null };
  return { name: s.name, pcode: s.pcode, lat: s.lat, lon: s.lon, level: "settlement", admin1: s.admin1 };
}

export { RUSSIAN_REGIONS };
/** The last region of Russia the text names between two points, at its centre. */
export const regionOfRussiaBefore = (text: string, from: number, to: number) =>
  regionBefore(text, from, to, loadGazetteer());

/** A region: an oblast, or a region of Russia (filed at Russia's level, named "<X> region" by ./in-russia.ts). */
export const isRegion = (p: Place): boolean =>
  p.level === "oblast" || (p.level === "country" && p.pcode !== "UA" && REGION_ABROAD.test(p.name));

const COUNTRY_NAME = /^(?:Russia|Russian Federation|Belarus)$/i;
/** A town in Russia or Belarus, where the war is fought too (filed at its country's level under its own name). */
export const townInTheatre = (p: Place): boolean =>
  (p.pcode === "RU" || p.pcode === "BY") && !COUNTRY_NAME.test(p.name);

/** What tells places apart: the P-code, and for a town abroad (filed under its country's code) its name as well. */
export const placeId = (p: Place): string =>
  p.level === "country" && p.pcode && p.pcode !== "UA" ? `${p.pcode}:${p.name}` : (p.pcode ?? p.name);

// the sentence's signs that it is about a place abroad: "in Russia", "Russia's Kursk region", "Belarusian"
const ABROAD_SIGNS: [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b(?:in|inside|into|across|of|from|within)\s+Russia\b|\bRussia['’]s\s+(?:[\p{L}-]+\s+){0,2}` +
        String.raw`(?:region|oblast|province|city|town|village|territory|border)|\bRussian\s+(?:border\s+)?` +
        String.raw`(?:regions?|oblasts?|provinces?|city|cities|towns?|villages?|territory|soil|border)\b|` +
        String.raw`\b(?:${RUSSIAN_REGIONS})\s+(?:region|oblast|province)\b|` +
        // (a region's own officials named by the region: "Bryansk governor X", "the Kursk authorities")
        String.raw`\b(?:${RUSSIAN_REGIONS})(?:['’]s)?\s+(?:regional\s+)?(?:governor|authorities|officials)\b`,
      "iu",
    ),
    "RU",
  ],
  [/\bBelarus(?:ian)?\b/i, "BY"],
  [/\b(?:Moldova|Moldovan|Transnistria\w*)\b/i, "MD"],
];
const countriesIn = (text: string) => new Set(ABROAD_SIGNS.filter(([re]) => re.test(text)).map(([, c]) => c));

export function oblastPlace(g: Gazetteer, pcode: string): Place {
  const u = g.admin.get(pcode);
  return { name: g.oblastName(pcode), pcode, lat: u?.lat ?? null, lon: u?.lon ?? null, level: "oblast", admin1: pcode };
}

/** An oblast's centre, "the regional centre": its most populous settlement (Kyiv's region aside, the capital). */
const capitals = new Map<string, Place | null>();
export function oblastCapital(g: Gazetteer, pcode: string): Place | null {
  if (!capitals.has(pcode)) {
    let best: Settlement | null = null;
    for (const s of g.settlements) if (s.admin1 === pcode && (!best || s.population > best.population)) best = s;
    capitals.set(pcode, pcode === "UA32" || !best ? null : settlementPlace(best));
  }
  return capitals.get(pcode)!;
}

/**
 * Whether a settlement lies far from the line of contact of a day (50 km or more): no assault on the ground reaches
 * it, so an attack on it is fire from afar ("an attack on Odesa overnight"). A place the gazetteer lacks, or a day
 * before any period, is not far.
 */
export function farFromTheLine(p: Place, day: string | null): boolean {
  const g = loadGazetteer();
  const s = p.pcode ? g.byPcode.get(p.pcode) : undefined;
  const period = day ? g.front.find((x) => x.from <= day) : undefined;
  if (!s || !period?.line.length) return false;
  return fromTheLine(s, period.line, FAR_KM).d >= FAR_KM;
}
const FAR_KM = 50;
export const COUNTRY: Place = { name: "Ukraine", pcode: "UA", lat: 48.38, lon: 31.17, level: "country", admin1: null };

const APPOSED_IN = new RegExp(
  String.raw`^\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|settlement|hamlet|community)\s+` +
    String.raw`(?:in|of)\s+(?:the\s+)?(?:(?:occupied|partially occupied|southern|eastern|northern|western|` +
    String.raw`south-?eastern|north-?eastern|frontline|front-line)\s+)?$`,
  "iu",
);

// A name that names a site, and the site placed in a region: "the Trypillia TPP in the Kyiv region", "the Saky
// airfield in Crimea", "Kremenchuk oil refinery in Poltava oblast". The region places the name as well.
const SITE_IN = new RegExp(
  String.raw`^\s+(?:(?:thermal|hydroelectric|nuclear|power|oil|coal|gas|military|air|river|sea|railway|road)\s+){0,2}` +
    String.raw`(?:TPP|CHP|HPP|NPP|plant|power\s+station|station|refinery|depot|airfield|air\s*base|port|bridge|dam|` +
    String.raw`factory|works|mine|terminal|substation)s?\s+(?:in|of)\s+(?:the\s+)?$`,
  "iu",
);

// The nuclear power plants named after their oblast or its centre, and the towns they stand at (facts compiled for
// Frontline): Zaporizhzhia at Enerhodar, Khmelnytskyi at Netishyn, Rivne at Varash. Keys: oblast and city P-codes.
const NPP_TOWNS: Record<string, string> = {
  UA23: "UA2304011001",
  UA2306007001: "UA2304011001",
  UA68: "UA6806017001",
  UA6804047001: "UA6806017001",
  UA56: "UA5602003001",
  UA5606047001: "UA5602003001",
};
const NPP_AFTER =
  /^['’]?s?\s+(?:nuclear(?:\s+power)?\s+(?:plant|station)|NPP|atomic\s+(?:power\s+)?(?:plant|station))\b/i;

/** Place mentions with their settlements; `published` lets the front line of the day decide between namesakes. */
export function findPlaces(
  text: string,
  sentences: Sentence[],
  g: Gazetteer = loadGazetteer(),
  published: string | null = null,
): PlaceMention[] {
  const matches = findMatches(text, g);
  const sIdx = matches.map((m) => sentenceAt(sentences, m.start));
  // Context: oblasts named explicitly, and anchors (names with one candidate, or one clearly larger place)
  const articleOblasts = new Set<string>();
  const sentenceOblasts = new Map<number, Set<string>>();
  matches.forEach((m, i) => {
    if (m.level === "oblast" || m.level === "raion") {
      const p = m.oblast!;
      articleOblasts.add(p);
      if (!sentenceOblasts.has(sIdx[i])) sentenceOblasts.set(sIdx[i], new Set());
      sentenceOblasts.get(sIdx[i])!.add(p);
    }
  });
  const empty = {
    sentenceOblasts: new Set<string>(),
    articleOblasts: new Set<string>(),
    sentenceAnchors: [],
    articleAnchors: new NearGrid<Settlement>(),
  };
  const first = matches.map((m) => (m.level === "settlement" ? resolve(m, empty) : null));
  const anchorsBySentence = new Map<number, Settlement[]>();
  const articleAnchors = new NearGrid<Settlement>();
  // a confident resolution anchors the rest, in its sentence and in the article (each place once in the article:
  // a live blog names Kyiv hundreds of times, and every candidate is measured to every anchor)
  const anchored = new Set<string>();
  const anchor = (r: { s: Settlement | null; confidence: number } | null, i: number) => {
    if (!r?.s || r.confidence < 0.7) return;
    if (!anchored.has(r.s.pcode)) articleAnchors.add(r.s);
    anchored.add(r.s.pcode);
    if (!anchorsBySentence.has(sIdx[i])) anchorsBySentence.set(sIdx[i], []);
    anchorsBySentence.get(sIdx[i])!.push(r.s);
  };
  first.forEach(anchor);
  // settlements that are certain also name their oblast for the others ("Izium" puts Kharkiv oblast in focus)
  for (const a of articleAnchors.all) articleOblasts.add(a.admin1);

  // Second pass: places resolved by context become anchors for the rest ("Blahodatne and Neskuchne" once
  // Urozhaine is placed). Only confident resolutions count, and a name never anchors itself.
  const ambiguous = new Map<string, Settlement[]>();
  matches.forEach((m, i) => {
    if (m.level === "settlement" && !(first[i]?.s && first[i]!.confidence >= 0.7) && m.entries.length > 1) {
      const inFocus = m.entries.map((e) => e.s).filter((s) => !articleOblasts.size || articleOblasts.has(s.admin1));
      if (inFocus.length) ambiguous.set(m.key, inFocus);
    }
  });
  // the candidates of the ambiguous names on a grid of quarter degrees (28 km north-south, 19 km east-west here),
  // so a candidate meets only its neighbours
  // (a live blog names hundreds of ambiguous places: every candidate against every group grew with the square)
  const grid = new NearGrid<{ lat: number; lon: number; key: string; s: Settlement }>(0.25);
  for (const [key, group] of ambiguous) for (const s of group) grid.add({ lat: s.lat, lon: s.lon, key, s });
  const peersNear = (s: Settlement, own: string) => {
    const best = new Map<string, { name: string; d: number }>();
    for (const p of grid.within(s, 25)) {
      if (p.key === own || p.s.pcode === s.pcode) continue;
      const d = km(s, p.s);
      if (d < (best.get(p.key)?.d ?? Infinity)) best.set(p.key, { name: p.s.name, d });
    }
    return [...best.values()];
  };
  // "Lyman (Donetsk region)", "Shevchenkove, Kharkiv oblast": a region right after a name qualifies that name
  const qualifier = (i: number): string | null => {
    const next = matches[i + 1];
    if (!next || (next.level !== "oblast" && next.level !== "raion")) return null;
    // (or "in" alone: "Andriivka in Kherson region")
    const between = text.slice(matches[i].end, next.start);
    if (/^\s*(?:[(,]\s*(?:in\s+)?|in\s+|of\s+)(?:the\s+)?$/i.test(between)) return next.oblast ?? null;
    // (an apposition that places it does too: "Kamianske, a frontline village in Zaporizhzhia oblast")
    return APPOSED_IN.test(between) || SITE_IN.test(between) ? (next.oblast ?? null) : null;
  };
  // (a region after a list qualifies each of its names: "Kamianske and Piatykhatky in Zaporizhzhia region"; read
  // from the end, so that a list of any length costs one step per name)
  const LIST_SEP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/i;
  const listed = new Array<string | null>(matches.length).fill(null);
  for (let i = matches.length - 1; i >= 0; i--) {
    const next = matches[i + 1];
    const inList = next?.level === "settlement" && LIST_SEP.test(text.slice(matches[i].end, next.start));
    listed[i] = qualifier(i) ?? (inList ? listed[i + 1] : null);
  }
  const ownOblast = (i: number) => listed[i];
  // (the line of contact of the article's day: the latest period that began by then)
  const period = published ? g.front.find((p) => p.from <= published) : undefined;
  const [front, frontTowns] = [period?.line, period && new Set(period.towns.map((t) => t.pcode))];
  const signs = new Map<number, Set<string>>();
  const countriesOf = (k: number) => {
    if (!signs.has(k)) signs.set(k, countriesIn(sentences[k] ? text.slice(sentences[k].start, sentences[k].end) : ""));
    return signs.get(k)!;
  };
  const ctxFor = (i: number) => ({
    ownOblast: ownOblast(i),
    // ("Pishchane of Kupiansk district": the district named right after it narrows further)
    ownRaion: ownOblast(i) && matches[i + 1].level === "raion" ? matches[i + 1].raion : null,
    sentenceOblasts: sentenceOblasts.get(sIdx[i]) ?? new Set<string>(),
    articleOblasts,
    sentenceAnchors: anchorsBySentence.get(sIdx[i]) ?? [],
    articleAnchors,
    peers: (s: Settlement) => peersNear(s, matches[i].key),
    published,
    countries: countriesOf(sIdx[i]),
    front,
    frontTowns,
  });
  const firstPass = matches.map((m, i) =>
    m.level === "settlement" && !(first[i]?.s && first[i]!.confidence >= 0.7) ? resolve(m, ctxFor(i)) : null,
  );
  firstPass.forEach(anchor);

  const out = matches.map((m, i): PlaceMention => atThePlant(m, mentionAt(m, i)));
  // (a nuclear power plant named after its region or city stands at its company town)
  function atThePlant(m: (typeof matches)[number], p: PlaceMention): PlaceMention {
    const at = p.place.pcode && NPP_AFTER.test(text.slice(m.end, m.end + 40)) ? NPP_TOWNS[p.place.pcode] : undefined;
    const town = at ? g.byPcode.get(at) : undefined;
    if (!town) return p;
    return {
      ...p,
      place: settlementPlace(town),
      reason: `the ${m.surface} nuclear power plant stands at ${town.name}`,
    };
  }
  function mentionAt(m: (typeof matches)[number], i: number): PlaceMention {
    const base = { start: m.start, end: m.end, surface: m.surface };
    if (m.level === "country") return { ...base, place: COUNTRY, confidence: 0.9, candidates: [], reason: "country" };
    if (m.level === "oblast") {
      return {
        ...base,
        place: oblastPlace(g, m.oblast!),
        confidence: 0.9,
        candidates: [],
        reason: m.regionOnly ? "region name" : "named as a region",
      };
    }
    if (m.level === "raion") {
      const u = g.admin.get(m.raion!)!;
      return {
        ...base,
        place: { name: `${u.name} raion`, pcode: u.pcode, lat: u.lat, lon: u.lon, level: "raion", admin1: u.parent },
        confidence: 0.8,
        candidates: [],
        reason: "named as a district",
      };
    }
    const r = resolve(m, ctxFor(i));
    const candidates = r.scored
      .slice(0, 5)
      .map(({ s, score }) => ({ pcode: s.pcode, name: s.name, admin1: s.admin1, score: +score.toFixed(3) }));
    const place: Place = r.s
      ? settlementPlace(r.s)
      : { name: m.entries[0].s.name, pcode: null, lat: null, lon: null, level: "settlement", admin1: null };
    return { ...base, place, confidence: +r.confidence.toFixed(2), candidates, reason: r.reason };
  }
  // One sense per discourse: a name the article placed once by its own region right after it is the same place
  // where it comes again bare ("the village of Urozhaine, Donetsk Oblast, … Urozhaine has been liberated"); the
  // nearest placed mention before it, else after it. (Not a guess from the sentence's regions.)
  const placed = new Map<string, PlaceMention[]>();
  out.forEach((p, i) => {
    if (p.place.level !== "settlement" || !p.place.pcode || ownOblast(i) !== p.place.admin1) return;
    if (!placed.has(matches[i].key)) placed.set(matches[i].key, []);
    placed.get(matches[i].key)!.push(p);
  });
  const named = out.map((p, i) => {
    const same = p.place.level === "settlement" && !p.place.pcode ? placed.get(matches[i].key) : undefined;
    if (!same) return p;
    const by = [...same].reverse().find((q) => q.start < p.start) ?? same[0];
    return { ...p, place: by.place, confidence: Math.min(by.confidence, 0.7), reason: `as placed at ${by.start}` };
  });
  return withEpithets(text, placedInRussia(text, sentences, named, g), g);
}

// Cities the news names by what they are: "the capital" or "the Ukrainian capital" is Kyiv, "Ukraine's second city"
// is Kharkiv (the patterns leave out "the Russian capital", "the regional capital" and "the capital of X")
const EPITHETS: [RegExp, string][] = [
  // (nor "the capital, Chisinau": a capital its apposition names is that city)
  // (case matters here, so no flag "i": under it \p{Lu} would match any letter)
  [
    new RegExp(
      String.raw`\b(?:[Tt]he|Ukraine['’]s)\s+(?:Ukrainian\s+)?[Cc]apital\b` +
        String.raw`(?!\s+(?:of|region|oblast|city of)\b|,\s*(?!Kyiv)\p{Lu})`,
      "gu",
    ),
    "UA8000000000",
  ],
  [/\bUkraine['’]s\s+second(?:[- ]largest|[- ]biggest)?\s+city\b/gi, "UA6312027001"],
];
function withEpithets(text: string, found: PlaceMention[], g: Gazetteer): PlaceMention[] {
  const extra: PlaceMention[] = [];
  for (const [re, pcode] of EPITHETS) {
    const s = g.byPcode.get(pcode);
    if (!s) continue;
    let j = 0; // (the mentions are in order, and so are the matches: one walk through both)
    for (const m of text.matchAll(re)) {
      const start = m.index!,
        end = start + m[0].length;
      while (j < found.length && found[j].end <= start) j++;
      if (j < found.length && found[j].start < end) continue;
      const place = settlementPlace(s);
      extra.push({ start, end, surface: m[0], place, confidence: 0.8, candidates: [], reason: "named by what it is" });
    }
  }
  return extra.length ? [...found, ...extra].sort((a, b) => a.start - b.start) : found;
}
