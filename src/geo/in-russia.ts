// Settlements the text itself puts in Russia: "the village of X in the Kursk region", "near A and B in Russia's
// Belgorod region", "the Russian village of C". GeoNames' cities500 keeps only the towns of Russia's border
// oblasts, not their villages, and the news of the incursions names the villages; a name the text places there is
// in Russia whatever the gazetteer knows (a Sumy or Kirovohrad village of a like spelling is not meant). The place
// is filed at its country's level, as the gold sets and the export file every place abroad, at its region's centre.
import type { PlaceMention, Sentence } from "../types.js";
import type { Gazetteer } from "./gazetteer.js";
import { fold } from "./normalize.js";
import { isGivenName } from "./match.js";

/** Russia's regions the war's news names most (its border, and the rear that drones reach). */
export const RUSSIAN_REGIONS =
  String.raw`Belgorod|Kursk|Bryansk|Rostov|Voronezh|Krasnodar|Oryol|Orel|Lipetsk|Kaluga|Smolensk|Tula|` +
  String.raw`Ryazan|Saratov|Moscow|Pskov|Murmansk|Volgograd`;

// (a name of one or two capitalised words, hyphenated parts included: "Nikolayevo-Darino", "Malaya Loknya"; case
// matters, so no flag "i" here: under it \p{Lu} would match any letter)
const NAME = String.raw`\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*)?`;
const NAMES = String.raw`${NAME}(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${NAME}){0,7}`;
const REGION = String.raw`(?:Russia['’]s\s+)?(?:the\s+)?(${RUSSIAN_REGIONS})\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)`;
const SETTLEMENT = String.raw`(?:village|town|settlement|hamlet|city)s?`;
const PLACED = new RegExp(
  [
    // "the Russian village of X", "the Russian border towns of A and B"
    String.raw`\b[Rr]ussian\s+(?:border\s+)?${SETTLEMENT}\s+of\s+(?<a>${NAMES})`,
    // "the village of X in the Kursk region", "settlements of A and B in Russia"
    String.raw`\b${SETTLEMENT}\s+of\s+(?<b>${NAMES})\s*,?\s+(?:in|of)\s+(?:${REGION}|Russia\b)`,
    // "near A and B in the Kursk region", "in X (Belgorod region)", "at X, Kursk oblast", "retook Y in the Kursk
    // region" (after a place's preposition or a verb's past)
    String.raw`\b(?:near|in|at|around|outside|towards?|from|of|into|` +
      String.raw`\p{Ll}{2,}ed|taken|retaken|took|retook|hit|struck|left|held|won|lost)` +
      String.raw`\s+(?<c>${NAMES})\s*(?:,\s*|\s+(?:in|of)\s+|\(\s*)` +
      REGION,
  ].join("|"),
  "gu",
);
// (in a passage set in a region of Russia, the villages it names by a settlement noun: "attempts to advance near the
// settlements of A and B were repelled", after "…break into the Kursk region" in the sentence before)
const IN_FOCUS = new RegExp(String.raw`\b(?:${SETTLEMENT}|localit(?:y|ies))\s+of\s+(?<d>${NAMES})`, "gu");
// (and the names after "near" there that the gazetteer does not know: "attempts to break through near Malaya Loknya
// and Korenevo" after "…pushed into the Kursk region")
const NEAR_FOCUS = new RegExp(String.raw`\b(?:near|around|outside)\s+(?<e>${NAMES})`, "gu");
// (a region sets the scene for the sentences after it, within a few paragraphs, until an oblast is named)
const FOCUS_REACH = 1500;
const REGION_IN = new RegExp(REGION, "u");
const OPENING_REGION = new RegExp(String.raw`^\W*(?:[Mm]eanwhile,?\s+)?(?:In|Across|Over)\s+${REGION}`, "u");
const REGIONS_ALL = new RegExp(REGION, "gu");
const NAMES_ALL = new RegExp(NAME, "gu");
const REGION_NAME = new RegExp(`^(?:${RUSSIAN_REGIONS})$`);
// (quick test first: most sentences name no region of Russia)
const ANY = new RegExp(String.raw`\b(?:${RUSSIAN_REGIONS})\b|\b[Rr]ussia`, "u");
const NOT_A_NAME = /^(?:Russia|Ukraine|The|A|An|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** The mentions with every settlement the text puts in Russia added or, when read as a Ukrainian namesake, moved. */
export function placedInRussia(
  text: string,
  sentences: Sentence[],
  found: PlaceMention[],
  g: Gazetteer,
): PlaceMention[] {
  const added: PlaceMention[] = [];
  const addedAt = new Set<number>(); // (a name two patterns both find is added once)
  const moved = new Map<PlaceMention, PlaceMention>();
  let j = 0; // (mentions and matches are both in text order: one walk through both)
  const regions = [...text.matchAll(REGIONS_ALL)].map((m) => ({
    end: m.index! + m[0].length,
    name: m[1],
  }));
  const oblasts = found.filter((p) => p.place.level === "oblast");
  let [r, o] = [0, 0];
  for (const s of sentences) {
    // (the region of Russia that sets the scene: named last before the sentence, nearby, and no oblast since)
    while (r < regions.length && regions[r].end <= s.start) r++;
    // (an oblast the sentence itself names ends the scene too: "In the Kharkiv region, … the village of X")
    while (o < oblasts.length && oblasts[o].end <= s.end) o++;
    const scene = regions[r - 1];
    // (and so does one the sentence opens with: "In Russia's Belgorod region, …, the village of X was hit")
    // (the sentence's own word for where it is, stronger than a scene set before: unless it names an oblast too)
    // (the oblasts are walked in step: the last one ending inside the sentence is its own)
    const ownOblast = o > 0 && oblasts[o - 1].start >= s.start;
    const opening = ownOblast ? undefined : OPENING_REGION.exec(s.text)?.[1];
    const focus =
      opening ??
      (scene && scene.end >= s.start - FOCUS_REACH && !(o > 0 && oblasts[o - 1].end > scene.end) ? scene.name : null);
    if (!focus && !ANY.test(s.text)) continue;
    const inFocus = focus ? [...s.text.matchAll(IN_FOCUS), ...s.text.matchAll(NEAR_FOCUS)] : [];
    for (const m of [...s.text.matchAll(PLACED), ...inFocus]) {
      const list = m.groups!.a ?? m.groups!.b ?? m.groups!.c ?? m.groups!.d ?? m.groups!.e;
      const scened = !!(m.groups!.d ?? m.groups!.e);
      const region = REGION_IN.exec(m[0])?.[1] ?? (scened ? focus : null);
      const centre = region ? regionCentre(g, region) : null;
      const from = s.start + m.index! + m[0].indexOf(list);
      for (const n of list.matchAll(NAMES_ALL)) {
        const start = from + n.index!,
          end = start + n[0].length;
        // (nor a person: "said Alexander Bogomaz of the Bryansk region")
        const first = n[0].split(/[\s-]/)[0];
        if (NOT_A_NAME.test(n[0]) || REGION_NAME.test(n[0]) || isGivenName(first)) continue;
        while (j > 0 && found[j - 1].end > start) j--;
        while (j < found.length && found[j].end <= start) j++;
        const at = j < found.length && found[j].start < end ? found[j] : null;
        // (a place abroad, filed at its country's level, stays as resolved; an oblast is no settlement of Russia)
        if (at && at.place.level !== "settlement") continue;
        // (the scene alone moves only a name the gazetteer knows at home by a rule-made spelling or not at all)
        if (at && scened && !opening && at.place.pcode && at.confidence > 0.75) continue;
        const place = { name: n[0], pcode: "RU", lat: centre?.lat ?? null, lon: centre?.lon ?? null };
        const mention: PlaceMention = {
          start,
          end,
          surface: n[0],
          place: { ...place, level: "country", admin1: null },
          confidence: 0.7,
          candidates: [],
          reason: region ? `placed by the text in Russia's ${region} region` : "placed by the text in Russia",
        };
        if (at) moved.set(at, mention);
        else if (!addedAt.has(start)) {
          added.push(mention);
          addedAt.add(start);
        }
      }
    }
  }
  const all = added.length || moved.size ? [...found.map((p) => moved.get(p) ?? p), ...added] : found;
  return withoutQualifiers(
    text,
    all.sort((a, b) => a.start - b.start),
  );
}

/** The name a region of Russia is given ("Kursk region"), as against its city ("Kursk"). */
export const REGION_ABROAD = / region$/;

// ("the Engels air base in Russia's Saratov region": a region of Russia after a place abroad only says where it is;
// else it is the region, not its city: "Ukrainian troops entered the Kursk region")
const QUALIFIER_BEFORE = /(?:\bin|\bof|,)\s+(?:Russia['’]s\s+)?(?:the\s+)?$/;
const REGION_AFTER = /^\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)\b/;
// ("the Bryansk, Kursk and Belgorod regions": a list that shares one plural head names regions, every member)
const REGIONS_LIST_AFTER = new RegExp(
  String.raw`^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)${NAME}){1,7}\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)s\b`,
  "u",
);
const abroad = (p: PlaceMention) => p.place.level === "country" && p.place.pcode !== "UA";
function withoutQualifiers(text: string, found: PlaceMention[]): PlaceMention[] {
  return found
    .filter((p, i) => {
      const prev = found[i - 1];
      if (!prev || !abroad(p) || !abroad(prev) || /[.!?\n]/.test(text.slice(prev.end, p.start))) return true;
      return !(
        REGION_AFTER.test(text.slice(p.end, p.end + 12)) && QUALIFIER_BEFORE.test(text.slice(prev.end, p.start))
      );
    })
    .map((p) =>
      abroad(p) &&
      REGION_NAME.test(p.surface) &&
      (/^\s+(?:[Rr]egion|[Oo]blast|[Pp]rovince)s?\b/.test(text.slice(p.end, p.end + 12)) ||
        REGIONS_LIST_AFTER.test(text.slice(p.end, p.end + 160)))
        ? { ...p, place: { ...p.place, name: `${p.surface} region` }, reason: "a region of Russia" }
        : p,
    );
}

/** A region's centre: its namesake city abroad ("Kursk" for the Kursk region). */
function regionCentre(g: Gazetteer, region: string): { lat: number; lon: number } | null {
  const city = (g.index.get(fold(region)) ?? []).find((e) => !e.s.admin1.startsWith("UA"));
  return city ? { lat: city.s.lat, lon: city.s.lon } : null;
}

/** The last region of Russia the text names between two points ("the Kursk region"), as a place mention. */
export function regionOfRussiaBefore(text: string, from: number, to: number, g?: Gazetteer): PlaceMention | null {
  let last: RegExpExecArray | null = null;
  // (the shared expression's position is set here each time; matchAll elsewhere works on a copy of it)
  REGIONS_ALL.lastIndex = from;
  for (let m = REGIONS_ALL.exec(text); m && m.index + m[0].length <= to; m = REGIONS_ALL.exec(text)) last = m;
  if (!last) return null;
  const centre = g ? regionCentre(g, last[1]) : null;
  const start = last.index + last[0].indexOf(last[1]);
  return {
    start,
    end: start + last[1].length,
    surface: last[1],
    place: {
      name: `${last[1]} region`,
      pcode: "RU",
      lat: centre?.lat ?? null,
      lon: centre?.lon ?? null,
      level: "country",
      admin1: null,
    },
    confidence: 0.7,
    candidates: [],
    reason: "a region of Russia",
  };
}
