// Helpers shared by extractors: clause bounds, the places and dates that belong to a trigger, and the cues that
// qualify an assertion (negation, hypotheticals, intent, lack of confirmation).
import type { DateMention, Doc, Place, PlaceMention, Sentence, Span } from "../types.js";
import type { SentenceGrammar } from "../text/grammar.js";
import { datelineDay, dayHeaders, shiftDays } from "../time/index.js";
import { firstFrom } from "../text/sentence-at.js";
import {
  articleSide as sideOfText,
  attribute,
  closingSpeaker,
  OPENS_ON_SPEAKER,
  pointsBack,
  quoteAround,
} from "../actors/index.js";
import { loadGazetteer, oblastPlace } from "../geo/index.js";

/** The side of whoever is cited for the sentence, when it is UA or RU. */
export function speakersSide(doc: Doc, s: Sentence, at: number): "UA" | "RU" | null {
  const side = attribute(doc, s, at).source?.side;
  return side === "UA" || side === "RU" ? side : null;
}

const OWN_FORCES_BEFORE = new RegExp(
  String.raw`\b(its|their|our)\s+(own\s+)?(troops|forces|units|soldiers|army|military|` +
    String.raw`fighters|servicemen|men)\b[^.;]{0,40}$`,
  "i",
);
/** "the ministry said its troops withdrew": a possessive names the speaker's own side. */
export function speakersOwnSide(doc: Doc, s: Sentence, at: number): "UA" | "RU" | null {
  const left = doc.text.slice(s.start, at);
  if (!OWN_FORCES_BEFORE.test(left)) return null;
  const side = attribute(doc, s, at).source?.side;
  return side === "UA" || side === "RU" ? side : null;
}

// dashes are not breaks: "the three liberated settlements – A, B and C – are…" is one clause
// (", and on July 25, …" opens a new clause; ", and Balakliia" inside a list of places does not)
const BREAK = new RegExp(
  String.raw`;|,\s+(?:but|while|whereas|although|though)\b|\s+(?:but|whereas)\s+|` +
    String.raw`,\s+and\s+(?=(?:on|in|at|then|later|since|after|before)\b)|` +
    // (", as an air-raid alert was declared in X": a clause of its own, with its own places; not "as a result")
    String.raw`,\s+as\s+(?=(?:an?|the|[A-Z])\w*\s)(?!(?:a\s+result|a\s+consequence|a\s+whole|part|of|well)\b)`,
  "g",
);
const SINCE_THEN = /\bsince\s+then\b/i;
// (a state told as of now is the report's, whatever the sentence it points back to was dated: "X was shelled last
// month. The city is now under full occupation.")
// (a present state: "is now", "are currently", "now holds"; not a now of another clause, "two men, now in hospital")
const AS_OF_NOW =
  /\b(?:is|are)\s+(?:now|currently|at present)\b|\b(?:now|currently)\s+(?:is|are|remains?|holds?|controls?)\b/i;
// (the breaks of a sentence, found once: asked for every event, a scan each time grew with the square of its length)
const breaksOf = new WeakMap<Sentence, [number, number][]>();
// "at the time", or a sentence that adds to the one before: asked once per sentence (a page-long sentence of events
// asked it at every one)
// ("hours earlier", "minutes later", "shortly before": a time counted from the one told before, within its day)
const POINTS_BACK_IN_TIME = new RegExp(
  String.raw`\b(?:at the time|at that time|back then|then|the same (?:night|day|evening|morning|time)|` +
    String.raw`(?:hours|minutes|moments) (?:earlier|later|before|after)|shortly (?:before|after|afterwards))\b`,
  "i",
);
const MEANWHILE = /^\W*meanwhile\b/i;
const anaphoricTimes = new WeakMap<Sentence, boolean>();
function anaphoricTime(s: Sentence): boolean {
  let a = anaphoricTimes.get(s);
  if (a === undefined) {
    // ("since then" is no pointer: it opens a span from that time to the report's, "since then, Russia has lost …")
    a =
      POINTS_BACK_IN_TIME.test(s.text.replace(new RegExp(SINCE_THEN.source, "gi"), "")) ||
      /^(also|in addition|besides|moreover|likewise)\b/i.test(s.text);
    anaphoricTimes.set(s, a);
  }
  return a;
}

/** Clause around offset `at` (absolute) inside its sentence: split on ";", ", but", " while ", ", and on …". */
export function clauseOf(s: Sentence, at: number): { start: number; end: number } {
  const rel = at - s.start;
  let breaks = breaksOf.get(s);
  if (!breaks) {
    breaks = [...s.text.matchAll(BREAK)].map((m): [number, number] => [m.index!, m.index! + m[0].length]);
    breaksOf.set(s, breaks);
  }
  // (the first break that does not end before the offset, by binary search)
  let lo = 0,
    hi = breaks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (breaks[mid][1] <= rel) lo = mid + 1;
    else hi = mid;
  }
  const start = lo > 0 ? breaks[lo - 1][1] : 0;
  // (a break the offset falls inside is neither bound: the next one is)
  let k = lo;
  if (breaks[k] && breaks[k][0] < rel) k++;
  const end = breaks[k]?.[0] ?? s.text.length;
  return { start: s.start + start, end: s.start + end };
}

// A place after one of these is a reference point, not where the event is ("northeast of Kherson").
// (a colon ends it: "east of X: A, B and C" lists A, B and C; a preposition of its own ends it too: "from
// positions near X at Y" fired at Y)
const REFERENCE = new RegExp(
  String.raw`\b(north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|south-east|` +
    String.raw`south-west|outskirts|near|outside|kilometers|kilometres|km|miles|border between|border with|` +
    String.raw`direction of|towards?|road to|closer to|approach(es)? to|between|around|via)\b` +
    // (not the half of a compass adjective: "the north-eastern city of X" describes X)
    String.raw`(?!-?(?:east|west)?ern\b)(?:(?!\b(?:at|into|onto)\b)[^.,;:)\]]){0,25}$|` +
    // (or with the place's description between: "just west of the Russian-held city of X")
    String.raw`\b(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?` +
    String.raw`(?:[\w-]+\s+){0,3}(?:city|town|village|settlement|regional centre)\s+of\s+$`,
  "i",
);
// ("in the north of X", "across the east of Y": a part of the place, inside it; "to the north of X" is outside)
const PART_IN = new RegExp(
  String.raw`\b(?:in|across|throughout|into|inside)\s+the\s+(?:far\s+)?(?:north|south|east|west|north-?east|` +
    String.raw`north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?$`,
  "i",
);
// where the one who reports it is: "speaking on television from X", "reporting from Y", "told reporters in Z"
// (not what is reported there: "officials are reporting explosions in X" fell in X)
const SPEAKING_FROM = new RegExp(
  String.raw`\b(?:speaking|talking|writing|reporting|broadcasting|addressing [\w\s]{1,30}?)\b` +
    String.raw`(?:(?!\s(?:explosions?|blasts?|strikes?|attacks?|shelling|fighting|clashes|damage|casualties)\b)` +
    String.raw`[^.;:]){0,40}?` +
    String.raw`\b(?:from|in)\s+(?:the\s+)?(?:city of\s+)?$|\btold (?:reporters|journalists|a news conference) in\s+$`,
  "i",
);
// …and a place inside one of these names an office or a person, not where the event is.
// ("people in X" are there: only offices and homes)
const TITLE = new RegExp(
  String.raw`\b(governor|head|mayor|chief|administration|council|authorities|officials?|spokes(man|woman)|deputy|` +
    String.raw`leader|residents?|native|archbishop|court|prosecutor)\s+(of|in|for)\s+(the\s+)?([\p{L}'’-]+\s+)?$`,
  "iu",
);

// ("advanced 2 km in northern X", "pushed a kilometre into Y": a distance covered inside the place, which is where)
const DISTANCE_IN =
  /\b(?:kilomet(?:er|re)s?|km|miles?)\s+(?:deep\s+)?(?:in|into|inside|within)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$/i;
// "near the railway station in X", "outside a school in Y": the site is near; the town it is in is where it happened
const NEAR_SITE_IN = /\b(?:near|outside|around)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+\s+in\s+(?:the\s+)?$/i;
// where the wounded were taken or treated is not where they were wounded: "taken to hospital in X"
const TREATED = new RegExp(
  String.raw`\b(?:(?:taken|rushed|brought|evacuated|transported|airlifted|moved|delivered|admitted)\s+to\s+` +
    String.raw`(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:hospitals?|clinics?|medical\s+facilit(?:y|ies)|morgue)|` +
    String.raw`hospitali[sz]ed|treated)\s+in\s+(?:the\s+)?$`,
  "i",
);

// "the Avdiivka direction", "the Bakhmut axis": a place naming a sector of the front (near enough to place a
// strike or an advance, never what "the village" refers back to)
const SECTOR_AFTER = /^['’]?s?\s+(direction|axis|sector|front|salient|bulge|pocket|operational area)\b/i;
export const namesSector = (doc: Doc, p: PlaceMention) => SECTOR_AFTER.test(doc.text.slice(p.end, p.end + 24));
// (a sector inside a speaker's title is the speaker's post: "a spokesman for Ukraine's forces in the Lyman direction")
const POST_BEFORE = new RegExp(
  String.raw`\b(?:spokes(?:man|woman|person)|press officer|commander|officer|representative|head|chief)\s+` +
    String.raw`(?:of|for|with)\s+(?:[\p{L}'’-]+\s+){0,4}?(?:in|on|at)\s+the\s+$`,
  "iu",
);
export const speakersPost = (doc: Doc, p: PlaceMention) =>
  POST_BEFORE.test(doc.text.slice(Math.max(0, p.start - 70), p.start)) && namesSector(doc, p);

// "the Kupiansk–Izium highway", "the Bakhmut-Horlivka direction": a route named by its two ends is no place of
// either (the first end has the dash and the second name after it; the second, the name and dash before it)
const ROUTE = String.raw`\s+(?:highway|road|motorway|route|railway|rail line|railroad|direction|axis)\b`;
const ROUTE_FROM = new RegExp(String.raw`^\s?[-–—]\s?\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)?${ROUTE}`, "u");
const ROUTE_TO = new RegExp(`^${ROUTE}`);
const DASH_BEFORE = /\p{L}\s?[-–—]\s?$/u;
const isRouteEnd = (doc: Doc, p: PlaceMention) =>
  ROUTE_FROM.test(doc.text.slice(p.end, p.end + 60)) ||
  (DASH_BEFORE.test(doc.text.slice(Math.max(0, p.start - 3), p.start)) &&
    ROUTE_TO.test(doc.text.slice(p.end, p.end + 20)));

// "Kharkiv mayor Ihor Terekhov", "the Sumy regional military administration": the office after its place's name
// (or its possessive: "the capital's mayor", "Kherson's military administration")
const OFFICE_WORDS = String.raw`^(?:['’]s)?\s+(?:(?:city|regional|oblast|district|military|state|local)\s+){0,3}`;
export const OFFICE_AFTER = new RegExp(
  String.raw`${OFFICE_WORDS}(?:mayor|governor|head|chief|administration|council|authorities|police)\b`,
  "i",
);
// (a person's office, not an institution's: "the flag over the Kupiansk city council" is raised in Kupiansk)
// (the title before the name, in ISW's way: "Kharkiv Oblast Military Administration Head Oleh Syniehubov")
const OFFICE_HOLDER_AFTER = new RegExp(
  String.raw`${OFFICE_WORDS}(?:(?:administration|council)\s+)?(?:mayor|governor|head|chief)\b`,
  "i",
);
// (but an institution that speaks is where the words come from, not where the deed was: "…, the Kherson regional
// military administration said", "according to the Sumy regional administration")
const INSTITUTION = String.raw`${OFFICE_WORDS}(?:administration|council|authorities|police|prosecutor['’]s office)`;
const SPEAKING_AFTER = new RegExp(
  String.raw`${INSTITUTION}\s+(?:said|says|reported|reports|wrote|writes|announced|stated|informed|added|noted)\b`,
  "i",
);
const CITED_BEFORE = /\b(?:according to|citing|quoted by|cited by)\s+(?:the\s+)?$/i;
const INSTITUTION_AFTER = new RegExp(INSTITUTION, "i");
// ("Police in Kharkiv region said …", "officials in X reported …": the place of those who speak, before the verb)
const BODY_IN = /\b(?:police|authorities|officials|prosecutors|rescuers|investigators)\s+(?:in|of)\s+(?:the\s+)?$/i;
const THEN_SAID = new RegExp(
  String.raw`^\s+(?:(?:region|oblast|province|city|district)\s+)?` +
    String.raw`(?:said|says|reported|reports|wrote|writes|announced|stated|added)\b`,
  "i",
);
const speaks = (doc: Doc, p: PlaceMention) =>
  SPEAKING_AFTER.test(doc.text.slice(p.end, p.end + 70)) ||
  (BODY_IN.test(doc.text.slice(Math.max(0, p.start - 30), p.start)) &&
    THEN_SAID.test(doc.text.slice(p.end, p.end + 30))) ||
  (CITED_BEFORE.test(doc.text.slice(Math.max(0, p.start - 20), p.start)) &&
    INSTITUTION_AFTER.test(doc.text.slice(p.end, p.end + 50)));
// (asked of each mention many times, by frames and extractors alike: the answer is kept with the mention)
const referenceCache = new WeakMap<PlaceMention, boolean>();
// a town that names the community around it: "a village in the Velykyi Burluk hromada", "the Orikhiv urban
// community" (the municipality that holds the place, not the place of the event)
const COMMUNITY_AFTER = /^\s+(?:(?:urban|rural|settlement|village|city|territorial)\s+){0,2}(?:hromada|community)\b/i;
// (only after a place it holds: "X, a village in the Y community", "the village of X of the Y hromada"; "shelling of
// the Y community" is the community hit)
const IN_COMMUNITY =
  /(?:\b(?:village|town|settlement|hamlet|locality)|\p{Lu}[\p{L}'’-]+),?\s+(?:in|of)\s+(?:the\s+)?$/u;

/** A dateline's place: "MOSCOW:", "KYIV, Feb 17 (Reuters) -" says where the report was filed, not where it happened. */
// (with its date: "KYIV, Feb 17 (Reuters) -")
const FILED = /^\s*(?:[:(—–]|-\s|,\s*\p{Lu}[\p{L}\d\s.,]*[(:—–])/u;
export const filedFrom = (doc: Doc, p: PlaceMention) =>
  /^\p{Lu}[\p{Lu}\s-]+$/u.test(p.surface) && FILED.test(doc.text.slice(p.end, p.end + 30));

export function isReference(doc: Doc, p: PlaceMention): boolean {
  const known = referenceCache.get(p);
  if (known !== undefined) return known;
  const before = doc.text.slice(Math.max(0, p.start - 45), p.start);
  const r =
    (REFERENCE.test(before) && !NEAR_SITE_IN.test(before) && !DISTANCE_IN.test(before) && !PART_IN.test(before)) ||
    TITLE.test(before) ||
    TREATED.test(before) ||
    SPEAKING_FROM.test(before) ||
    isQualifier(doc, p) ||
    isRouteEnd(doc, p) ||
    OFFICE_HOLDER_AFTER.test(doc.text.slice(p.end, p.end + 50)) ||
    (COMMUNITY_AFTER.test(doc.text.slice(p.end, p.end + 40)) && IN_COMMUNITY.test(before)) ||
    speakersPost(doc, p) ||
    speaks(doc, p) ||
    filedFrom(doc, p);
  referenceCache.set(p, r);
  return r;
}

// a bearing that may describe the region a place lies in: "the central", "south-western", "northern"
const BEARING_ADJECTIVE = String.raw`(?:north|south)?-?(?:east|west)ern|southern|northern|central`;

/**
 * An oblast named right after a settlement only says where the settlement is: "Trostianets in the Sumy region",
 * "Urozhaine, Donetsk Oblast", "Popasnaya Lugansk region".
 */
// what may stand between a place and the region that qualifies it: "X, Y region", "X (Y oblast)", "X in the
// occupied Y region", "X of Y district of Z region"
const QUALIFYING_GAP = new RegExp(
  String.raw`^\s*(?:(?:district|raion|region|oblast)\s*)?(,\s*|\(\s*)?((in|of)\s+)?(the\s+)?` +
    String.raw`((partially|temporarily|${BEARING_ADJECTIVE}|` +
    String.raw`occupied|so-called)\s+){0,3}$`,
  "i",
);

const FACILITY_GAP = new RegExp(
  String.raw`^\s+(?:[\p{Ll}-]+\s+){0,3}(?:plant|station|facility|factory|refinery|depot|airfield|air base|base|port|` +
    String.raw`dam|bridge|reservoir|mine|works|complex|hub|airport)\s+in\s+(?:the\s+)?` +
    String.raw`(?:(?:${BEARING_ADJECTIVE})\s+)?$`,
  "iu",
);

const APPOSITION_PLACING = new RegExp(
  String.raw`^\s*,\s*(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,3}?(?:city|town|village|settlement|` +
    String.raw`port|hub|community|district|centre|center)\s+(?:in|` +
    String.raw`of)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}$`,
  "iu",
);
export function isQualifier(doc: Doc, p: PlaceMention): boolean {
  if (p.place.level !== "oblast" && p.place.level !== "raion") return false;
  // "the southeastern Donetsk settlements of Blahodatne and Neskuchne"
  if (/^\s+(settlements|villages|towns|cities|localities)\s+of\s/i.test(doc.text.slice(p.end, p.end + 30))) return true;
  // the settlement named last before it (places are in text order: a binary search, then a short walk back)
  let lo = 0,
    hi = doc.places.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (doc.places[mid].end <= p.start) lo = mid + 1;
    else hi = mid;
  }
  let k = lo - 1;
  // (a district that qualifies a settlement passes the qualifying on: "X of Y district of Z region")
  while (
    k >= 0 &&
    doc.places[k].place.level !== "settlement" &&
    !(doc.places[k].place.level === "raion" && p.place.level === "oblast")
  )
    k--;
  const prev = k >= 0 ? doc.places[k] : undefined;
  if (!prev) return false;
  const gap = doc.text.slice(prev.end, p.start);
  // (a region the settlement does not lie in lists another place: "Sumy, Rivne region and …"; an unplaced name,
  // or one with a namesake there, may still be qualified by it)
  const oblast = p.place.level === "oblast" ? p.place.pcode : p.place.admin1;
  const within = !prev.place.admin1 || prev.place.admin1 === oblast || prev.candidates.some((c) => c.admin1 === oblast);
  if (!within) return false;
  if (QUALIFYING_GAP.test(gap)) return true;
  // a facility named after the settlement, then placed: "the Burshtyn thermal power plant in Ivano-Frankivsk region"
  if (FACILITY_GAP.test(gap)) return true;
  // an apposition that places the settlement: "Uman, a city in central Ukraine's Cherkasy region"
  return gap.length < 80 && APPOSITION_PLACING.test(gap);
}

export const usable = (p: PlaceMention) => p.place.level !== "country";

/** The nouns that point back to a settlement named before ("the town"; "the community" is a hromada). */
export const PLACE_NOUN = "town|city|village|settlement|community|hromada";

/**
 * The oblast an article is about: the one named most, counting its settlements, when it is clearly ahead.
 * Region-level reports with no place of their own ("the offensive continued") belong there.
 */
const focusCache = new WeakMap<Doc, Place | null>();
export function focusRegion(doc: Doc): Place | null {
  if (!focusCache.has(doc)) focusCache.set(doc, focusRegionUncached(doc));
  return focusCache.get(doc)!;
}
function focusRegionUncached(doc: Doc): Place | null {
  const counts = new Map<string, number>();
  for (const p of doc.places)
    if (p.place.admin1 && p.place.level !== "country")
      counts.set(p.place.admin1, (counts.get(p.place.admin1) ?? 0) + 1);
  const ranked = [...counts].sort((a, b) => b[1] - a[1]);
  if (!ranked.length || ranked[0][1] < 2 || (ranked[1] && ranked[1][1] * 1.5 > ranked[0][1])) return null;
  return oblastPlace(loadGazetteer(), ranked[0][0]);
}

/** How often the article names a place: a place named once is no topic to refer back to. */
// (counted once per article)
const mentionCounts = new WeakMap<Doc, Map<string, number>>();
export function mentionsOf(doc: Doc, pcode: string | null): number {
  if (!pcode) return 0;
  let m = mentionCounts.get(doc);
  if (!m) {
    m = new Map();
    for (const p of doc.places) if (p.place.pcode) m.set(p.place.pcode, (m.get(p.place.pcode) ?? 0) + 1);
    mentionCounts.set(doc, m);
  }
  return m.get(pcode) ?? 0;
}

/**
 * What "the town", "the city's capture" refer to: the latest settlement named before that the article names
 * at least twice, else the article's dominant settlement (named most, at least twice, more than any other).
 */
// (read once per article: asked for each event, the scan grew with the square of a live blog's length)
const topics = new WeakMap<Doc, { named: PlaceMention[]; top: PlaceMention | null }>();
export function topicSettlement(doc: Doc, at: number): PlaceMention | null {
  let t = topics.get(doc);
  if (!t) {
    const settlements = doc.places.filter((p) => p.place.level === "settlement" && p.place.pcode);
    // (for what the article is about, every mention counts, "near Chasiv Yar" too)
    const counts = new Map<string, number>();
    for (const p of settlements) counts.set(p.place.pcode!, (counts.get(p.place.pcode!) ?? 0) + 1);
    const named = settlements.filter((p) => !isReference(doc, p) && counts.get(p.place.pcode!)! >= 2);
    const ranked = [...counts].sort((a, b) => b[1] - a[1]);
    const clear = ranked.length > 0 && ranked[0][1] >= 2 && !(ranked[1] && ranked[1][1] === ranked[0][1]);
    t = { named, top: clear ? (settlements.find((p) => p.place.pcode === ranked[0][0]) ?? null) : null };
    topics.set(doc, t);
  }
  // the last one named before (places are in text order)
  let lo = 0,
    hi = t.named.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (t.named[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? t.named[lo - 1] : t.top;
}

// The place mentions of each sentence, grouped once per article: asked for every trigger, a scan of all the
// article's places each time grew with the square of its length.
const bySentence = new WeakMap<Doc, Map<number, PlaceMention[]>>();
export function placesOf(doc: Doc, s: Sentence): PlaceMention[] {
  let m = bySentence.get(doc);
  if (!m) {
    m = new Map();
    let k = 0;
    for (const x of doc.sentences) {
      while (k < doc.places.length && doc.places[k].start < x.start) k++;
      const here: PlaceMention[] = [];
      for (let j = k; j < doc.places.length && doc.places[j].start < x.end; j++)
        if (doc.places[j].end <= x.end) here.push(doc.places[j]);
      m.set(x.start, here);
    }
    bySentence.set(doc, m);
  }
  return m.get(s.start) ?? doc.places.filter((p) => p.start >= s.start && p.end <= s.end);
}

/** Whether the k-th sentence is a paragraph of its own, as wire copy sets each sentence. */
function aloneInParagraph(doc: Doc, k: number): boolean {
  const x = doc.sentences[k];
  return doc.sentences[k - 1]?.paragraph !== x.paragraph && doc.sentences[k + 1]?.paragraph !== x.paragraph;
}
export const NATIONWIDE = new RegExp(
  String.raw`\b(?:nationwide|(?:across|throughout|all over) (?:the (?:whole )?country|Ukraine)|` +
    String.raw`in (?:several|many|\w+) regions)\b`,
  "i",
);
export const TOWN_NOUN = /\b(?:the|this|that)\s+(?:town|city|village|settlement)\b(?!\s+(?:of|council|hall)\b)/i;
const REGION_ANAPHOR = /\b(?:the|this|that)\s+(?:region|oblast|province)\b/i;
/**
 * A town placed by another, nearby or neighbouring, or named in the past deed a superlative is measured against, is
 * not the one the text is about: "the heaviest shelling since the battle for nearby Bakhmut".
 */
export function besideTheTopic(doc: Doc, p: PlaceMention): boolean {
  if (NEARBY.test(doc.text.slice(Math.max(0, p.start - 14), p.start))) return true;
  const before = doc.text.slice(Math.max(0, p.start - 120), p.start);
  const since = /\bsince\b[^,;.]{0,60}$/i.exec(before);
  return !!since && SUPERLATIVE.test(before.slice(0, since.index));
}
const NEARBY = /\b(?:nearby|neighbou?ring)\s+$/i;

/**
 * Where a sentence that names no settlement of its own goes on: the one settlement the sentence before it, in its
 * paragraph, names ("A drone hit a car in X. The driver was wounded"; "Artillery hit X. The shelling cut a power
 * line"); null when that sentence names none or several.
 */
export function previousPlace(
  doc: Doc,
  s: Sentence,
  here: (PlaceMention & { ref?: boolean })[] = placesOf(doc, s),
  depth = 1,
): { mention: PlaceMention; sentence: Sentence } | null {
  if (here.some((m) => !m.ref && m.place.level === "settlement")) return null;
  // (nor one that says its scope is the whole country: "19 were killed across Ukraine", "nationwide")
  if (NATIONWIDE.test(s.text)) return null;
  const i = firstFrom(doc.sentences, s.start);
  const prev = doc.sentences[i - 1];
  // (a line that opens on the speaker before goes on with that report: "… ⏎ According to him, two were killed")
  // (and wire copy gives each sentence a paragraph of its own: there the report goes on across them)
  const wire = !!prev && aloneInParagraph(doc, i - 1) && aloneInParagraph(doc, i);
  if (!prev || (prev.paragraph !== s.paragraph && !OPENS_ON_SPEAKER.test(s.text) && !wire)) return null;
  // (a town abroad goes on as well: "Drones attacked Belgorod. Two people were injured")
  const town = (m: PlaceMention) =>
    (m.place.level === "settlement" && !!m.place.pcode) || (m.place.level === "country" && m.place.pcode !== "UA");
  // (a place the event was near or on the edge of is where its aftermath is: "hit the outskirts of X. A man was
  // killed")
  const EDGE = /\b(?:outskirts|near|outside|around)\s+(?:of\s+)?(?:the\s+)?$/i;
  const nearBy = (m: PlaceMention) => EDGE.test(doc.text.slice(Math.max(0, m.start - 20), m.start));
  // (not an axis named after a city: "In the Kupiansk direction, units repelled attacks near X")
  const named = placesOf(doc, prev).filter(
    (m) => town(m) && (!isReference(doc, m) || nearBy(m)) && !namesSector(doc, m) && !besideTheTopic(doc, m),
  );
  const key = (m: PlaceMention) => `${m.place.pcode} ${m.place.name}`;
  // (a sentence that names its town only as "the town" goes on in the one its own sentence before named: "Drones hit
  // X. The mayor said the town was attacked overnight. Two people were hurt.")
  if (!named.length && depth > 0 && TOWN_NOUN.test(prev.text)) {
    const further = previousPlace(doc, prev, undefined, depth - 1);
    return further && { mention: further.mention, sentence: prev };
  }
  if (!named.length || named.some((m) => key(m) !== key(named[0]))) return null;
  // ("Missiles hit X. 200,000 homes in the region are without power": the region is the town's oblast)
  const admin1 = REGION_ANAPHOR.test(s.text) ? named[0].place.admin1 : null;
  const region = admin1 ? oblastPlace(loadGazetteer(), admin1) : null;
  return { mention: region ? { ...named[0], place: region } : named[0], sentence: prev };
}

/** Place mentions of the sentence, in order, that can be the location of an event. */
export function eventPlaces(doc: Doc, s: Sentence): PlaceMention[] {
  // (nor an axis named after a city: "advanced in the Kharkiv direction")
  return placesOf(doc, s).filter((p) => usable(p) && !isReference(doc, p) && !namesSector(doc, p));
}

/** "three more settlements", "several localities", "30 villages", "localities": an unnamed group of places. */
export const UNNAMED_GROUP = new RegExp(
  String.raw`^\s*(?:of\s+)?(?:the\s+|their\s+)?(?:localities|settlements|villages|towns|territor(?:y|` +
    String.raw`ies)|areas|positions|ground|land)\b|\b(?:their|its) positions\b|` +
    String.raw`(?:(?:the\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens of|` +
    String.raw`dozen|several|many|some|more than \d+|over \d+|a number of|nearly \w+|around \w+|` +
    String.raw`about \w+)\s+(?:more\s+|other\s+|new\s+|small\s+)?(?:settlements|villages|localities|` +
    String.raw`towns|cities|communities|hamlets|positions))`,
  "i",
);

// a superlative or a first the words before a since-clause measure by: "the deadliest since", "the first … since"
export const SUPERLATIVE =
  /\b(?:\w+iest|largest|biggest|heaviest|worst|longest|greatest|most\s+\w+|first)\b[^.;]{0,60}$/i;
// a superlative or a first that a since-date closes: "the largest attack since", "for the first time since"
const COMPARISON = new RegExp(
  String.raw`\b(?:first|most|more|largest|biggest|heaviest|worst|deadliest|highest|lowest|record|` +
    String.raw`\w{3,}est)\b|\b(?:time|ever)\s*$`,
  "i",
);
/** "for the third time this year": a date that bounds a count of times, not the day of this one. */
function countsTimes(doc: Doc, s: Sentence, d: DateMention): boolean {
  return /\bfor\s+the\s+[\w-]+\s+time\s*$/i.test(doc.text.slice(Math.max(s.start, d.start - 40), d.start));
}
// a since on a deed of its own: "since the fall of X", "since the start of the invasion"
const SINCE_DEED = new RegExp(
  String.raw`^since\s+(?:the\s+|its\s+|their\s+)?(?:fall|capture|seizure|loss|liberation|recapture|withdrawal|` +
    String.raw`retreat|invasion|start|beginning|launch|collapse|occupation)\s+of\b`,
  "i",
);
/** "the heaviest shelling since May", "until March": a date that only bounds a comparison or a span. */
export function comparedDate(doc: Doc, s: Sentence, d: DateMention): boolean {
  const before = doc.text.slice(Math.max(s.start, d.start - 80), d.start);
  if (countsTimes(doc, s, d)) return true;
  const m = /\b(since|until|till)\s+(?:the\s+|last\s+)?$/i.exec(before);
  // (or further into the since-phrase: "a record since the first weeks of the war in March 2022")
  const far = /\bsince\b[^,;.]{0,60}$/i.exec(before);
  if (far && COMPARISON.test(before.slice(0, far.index))) return true;
  // (or a since-phrase on a deed of its own, dated for it: "a push since the fall of X in February")
  if (far && SINCE_DEED.test(before.slice(far.index))) return true;
  return !!m && (!/^since$/i.test(m[1]) || COMPARISON.test(before.slice(0, m.index)));
}

// (the day the report speaks from: its dateline's, else publication; once per document)
const filed = new WeakMap<Doc, string | null>();
const HABIT = new RegExp(
  String.raw`\b(?:(?:almost|nearly)\s+)?(?:daily|nightly|regularly|regular|constantly|constant|repeatedly|frequent|` +
    String.raw`frequently|routinely|every (?:day|night|week)|a series of|time and again|relentless(?:ly)?|` +
    // ("has been attacked more than a dozen times in May": a count of times is a tally)
    String.raw`(?:a dozen|dozens of|hundreds of|\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|` +
    String.raw`multiple|numerous|countless) times)\b`,
  "i",
);
const LIVED_UNDER = /\b(?:has|have|had)\s+(?:\w+\s+)?(?:been|seen|come|faced|endured|suffered|experienced|borne)\b/i;
// (a since of the last few days: a weekday, yesterday, a part of a day, "since midnight", "since the early morning")
const RECENT_DAY = new RegExp(
  String.raw`^since\s+(?:last\s+|this\s+|the\s+)?(?:early\s+|late\s+)?(?:monday|tuesday|wednesday|thursday|` +
    String.raw`friday|saturday|sunday|yesterday|midnight|dawn|morning|afternoon|evening|night)\b`,
  "i",
);
// (a since of the war's start: long ago, even in the war's first weeks)
export const WAR_START = new RegExp(
  String.raw`^since\s+(?:the\s+)?(?:(?:very\s+)?(?:start|beginning|outbreak|first day)\b|` +
    String.raw`(?:full-scale\s+)?invasion\b|(?:February\s+)?2022\b|2014\b)`,
  "i",
);
// (a night is a day's news though no date is read for it: "overnight", "tonight")
const THIS_NIGHT = /\b(?:overnight|during the night|tonight|last\s+night|this\s+(?:morning|afternoon|evening))\b/i;
/** A clause names a day (or a night) of its own: "on Sunday", "overnight", "over the past day". */
export function dayOfItsOwn(doc: Doc, clause: Span): boolean {
  if (THIS_NIGHT.test(doc.text.slice(clause.start, clause.end))) return true;
  // (the first date from the clause's start, found by binary search: a page of many clauses stays linear)
  for (let k = firstFrom(doc.dates, clause.start); k < doc.dates.length && doc.dates[k].start < clause.end; k++)
    if (doc.dates[k].precision === "day") return true;
  return false;
}
/** A since-phrase's words and date name a day of the last few weeks (or a part of one: "since midnight"). */
export function recentDay(doc: Doc, since: string, d: DateMention | undefined): boolean {
  if (RECENT_DAY.test(since.slice(since.search(/\bsince\b/i)))) return true;
  const pub = doc.article.published;
  if (!pub || !d || d.precision !== "day") return false;
  const days = (Date.parse(pub) - Date.parse(d.date)) / 864e5;
  return days >= 0 && days <= 31;
}
/**
 * The attacks a place has lived under, told in a perfect of being or seeing with a habit or a since of long ago: "X has
 * been shelled almost daily since it was liberated", "has come under regular fire since the start of the invasion",
 * "has seen its plants damaged by a series of strikes since late March". Its lot, not the day's news ("has been
 * shelled since Tuesday" is this week's). `from`–`to`: the trigger.
 */
export function livedUnder(doc: Doc, s: Sentence, from: number, to: number): boolean {
  const c = clauseOf(s, from);
  const lo = Math.max(c.start, s.start, from - 120),
    hi = Math.min(c.end, s.end, to + 160);
  const span = doc.text.slice(lo, hi);
  // (the place as the one that lives it, "has been shelled", "has come under fire"; an attacker's campaign told in the
  // active, "Russian forces have shelled X daily since June", goes on to the report's day)
  if (!LIVED_UNDER.test(doc.text.slice(lo, to))) return false;
  if (HABIT.test(span)) return true;
  const at = span.search(/\bsince\s/i);
  if (at < 0 || lo + at < from) return false;
  if (WAR_START.test(span.slice(at))) return true;
  // (the first date after "since", found by binary search: a page of many strikes stays linear)
  const k = firstFrom(doc.dates, lo + at);
  const day = k < doc.dates.length && doc.dates[k].start < lo + at + 80 ? doc.dates[k] : undefined;
  return !recentDay(doc, span.slice(at, at + 80), day);
}

function filedOn(doc: Doc): string | null {
  if (!filed.has(doc)) filed.set(doc, datelineDay(doc.text, doc.article.published)?.day ?? doc.article.published);
  return filed.get(doc)!;
}
// (a live blog's day headers, once per document: an entry is news of its header's day)
const headersOf = new WeakMap<Doc, { day: string; start: number; end: number }[]>();
function headerDay(doc: Doc, at: number): string | null {
  let hs = headersOf.get(doc);
  if (!hs) headersOf.set(doc, (hs = dayHeaders(doc.text, doc.article.published)));
  // (the last header before it, by binary search: a long blog of many headers and entries stays linear)
  let lo = 0,
    hi = hs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (hs[mid].end <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? hs[lo - 1].day : null;
}

export interface EventDate {
  date: string | null;
  dateEnd: string | null;
  precision: DateMention["precision"] | null;
  // (narrative: the day the sentence before set, carried on; weaker than a day the context points to)
  basis: "text" | "context" | "narrative" | "publication" | "none";
}

const RELATIVE = /\b(?:which|who|whom|whose|where)\b/i;
// the pronouns that open a relative clause telling a deed of its own
const ASIDE = /^(?:which|who|whom)$/;

/**
 * A sentence's relative clauses set off by a comma (", which troops retook last May,"), each running to the comma
 * that closes it, over the clauses inside it (", which fell in May 2022 after its defenders surrendered,"); in text
 * order, found once per sentence.
 */
function asidesOf(doc: Doc, s: Sentence, g: SentenceGrammar): Span[] {
  const known = ASIDES.get(g);
  if (known) return known;
  const out: Span[] = [];
  const seen = new Set<number>(); // (one clause, many predicates)
  for (const p of g.predicates) {
    const x = p.clause;
    if (x.kind !== "relative" || !ASIDE.test(x.marker ?? "") || !/,\s*$/.test(doc.text.slice(x.start - 3, x.start)))
      continue;
    if (seen.has(x.start)) continue;
    seen.add(x.start);
    const close = doc.text.slice(x.start, Math.min(s.end, x.start + 300)).search(/[,;]/);
    const end = close < 0 ? Math.max(x.end, Math.min(s.end, x.start + 300)) : x.start + close;
    out.push({ start: x.start, end });
  }
  out.sort((a, b) => a.start - b.start);
  ASIDES.set(g, out);
  return out;
}
const ASIDES = new WeakMap<SentenceGrammar, Span[]>();

/**
 * The date of a trigger: a date in its own clause (nearest), else the only date of the sentence, else the
 * previous sentence's date when the sentence points back ("at the time"), else the day of this week the sentence
 * before it in its paragraph set, else the day before the report was filed (its dateline's day, else publication:
 * news reports what happened since the last edition; the basis is kept so the user sees it was assumed).
 * `foreign`: dates the caller knows belong to another clause ("near X, a village liberated in August 2023").
 */
export function dateFor(
  doc: Doc,
  s: Sentence,
  at: number,
  inheritFrom: Sentence[] = [],
  foreign: (d: DateMention) => boolean = () => false,
): EventDate {
  const d = dateOn(doc, s, at, inheritFrom, foreign);
  // (a deed told "N days after" another happened before it: the day the sentence tells is the later one's)
  const n = intervalDays(doc, s.start, at);
  return n && d.date?.length === 10 ? { ...d, date: shiftDays(d.date, -n), dateEnd: null, precision: "day" } : d;
}

const RETELLING = new RegExp(
  String.raw`\bas\s+(?:we|I|it|he|she|they|the\s+[\p{L}-]+(?:\s+[\p{L}-]+)?)\s+(?:(?:had|has|have)\s+)?` +
    String.raw`(?:reported|wrote|said|announced)\s+$`,
  "iu",
);
export const retold = (doc: Doc, s: Sentence, d: DateMention) =>
  RETELLING.test(doc.text.slice(Math.max(s.start, d.start - 50), d.start));
// "a week after X hit Y", "three days after the strike on Z": an interval before the event the sentence is about
const INTERVAL_AFTER = new RegExp(
  String.raw`\b(?:exactly |just |only |some |about |nearly |almost |barely )?(a|an|one|two|three|four|five|six|seven|` +
    String.raw`eight|nine|ten|\d{1,2})\s+(days?|weeks?)\s+after\s+(?:[\p{L}\d'’-]+\s+){0,8}$`,
  "iu",
);
const SMALL = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
/** The days between a deed told after "N days/weeks after" and the one the sentence is about; null if none. */
function intervalLength(m: RegExpExecArray): number {
  const n = /^\d+$/.test(m[1]) ? Number(m[1]) : /^an?$/i.test(m[1]) ? 1 : SMALL.indexOf(m[1].toLowerCase()) + 1;
  return n * (/^week/i.test(m[2]) ? 7 : 1);
}
export function intervalDays(doc: Doc, from: number, at: number): number | null {
  const m = INTERVAL_AFTER.exec(doc.text.slice(Math.max(from, at - 90), at));
  return m ? intervalLength(m) : null;
}

function dateOn(
  doc: Doc,
  s: Sentence,
  at: number,
  inheritFrom: Sentence[],
  foreign: (d: DateMention) => boolean,
): EventDate {
  const c = clauseOf(s, at);
  // "the largest attack since Feb. 24", "until March": a reference point, not the event's day
  // (for an event inside that clause — "since it captured the port last month" — the date is its own)
  // (but "since" right before its date starts a state that lasts till now, unless it closes a comparison: "has been
  // without power since Saturday" dates the outage to Saturday, "the heaviest shelling since May" does not)
  const reference = (d: DateMention) => {
    const from = Math.max(s.start, d.start - 80);
    const m = /\b(since|until|till|before|prior to|ahead of)\b([^,;.]{0,70})$/i.exec(doc.text.slice(from, d.start));
    if (!m || at >= from + m.index!) return false;
    const lead = doc.text.slice(Math.max(c.start, from + m.index! - 90), from + m.index!);
    // (and only the trigger's own state: not "recaptured X, in Russian hands since February")
    const gap = doc.text.slice(at, from + m.index!);
    const own = gap.length < 60 && !/[,;(–—]|\b(?:than|that|which|who|where|when)\b/i.test(gap);
    return !(own && /^since$/i.test(m[1]) && /^\s*(?:the\s+|last\s+)?$/i.test(m[2]) && !COMPARISON.test(lead));
  };
  // (a relative clause set off by a comma tells a deed of its own, in a time of its own: the trigger's clause does
  // not take that time, "shelling of X, which troops retook earlier this month, killed four on Wednesday", "Russian
  // troops, who broke through near X in April, have since entered Y"; and the clause's deed is a place's past, dated
  // by that clause alone: "X, which Ukrainian forces retook, came under fire on Sunday" does not date the retaking)
  const g = doc.grammar?.[firstFrom(doc.sentences, s.start)];
  const asides = g?.start === s.start ? asidesOf(doc, s, g) : [];
  // (asides do not nest: the one that may hold the trigger is the last to open before it; a page-long sentence of
  // many asides is searched, not walked, for each of its events)
  const last = asides[firstFrom(asides, at + 1) - 1];
  const aside = last && at < last.end ? last : null;
  if (aside) {
    let d: DateMention | undefined;
    for (let k = firstFrom(doc.dates, aside.start); !d && k < doc.dates.length && doc.dates[k].start < aside.end; k++)
      if (!reference(doc.dates[k])) d = doc.dates[k];
    if (d) return { date: d.date, dateEnd: d.dateEnd, precision: d.precision, basis: "text" };
    return { date: null, dateEnd: null, precision: null, basis: "none" };
  }
  // (the day of a report the sentence retells is the day its deed was news: "As we reported yesterday, two were
  // killed in X" happened by yesterday, not today)
  const retelling = (d: DateMention) => retold(doc, s, d);
  const inOther = (d: DateMention) => {
    const x = asides[firstFrom(asides, d.start + 1) - 1];
    return !!x && d.start < x.end;
  };
  // (the dates of a span, found by binary search; the sentence's only when the clause has none; and only within a
  // few hundred characters of the trigger, as clauses are: a page-long sentence of many events stays linear)
  const usableIn = (from: number, to: number) => {
    const out: DateMention[] = [];
    // (a date's text may take the comma that ends its clause: "said on Wednesday, as …")
    for (let k = firstFrom(doc.dates, from); k < doc.dates.length && doc.dates[k].end <= to + 1; k++) {
      const d = doc.dates[k];
      if (!reference(d) && (retelling(d) || (!foreign(d) && !countsTimes(doc, s, d) && !inOther(d)))) out.push(d);
    }
    return out;
  };
  const inC = usableIn(Math.max(s.start, c.start, at - 600), Math.min(s.end, c.end, at + 600));
  const inS = inC.length ? inC : usableIn(Math.max(s.start, at - 600), Math.min(s.end, at + 600));
  // a time adverbial after the trigger ("visited Mariupol last Saturday") or opening the clause ("On Saturday, …")
  // belongs to it; one in the middle before it may belong to another verb ("Their trips this week followed a visit")
  // (but not one past a relative pronoun: "laid a wreath in X, the town where troops killed civilians last spring"
  // dates the killing)
  const rank = (d: DateMention) =>
    d.start >= at
      ? RELATIVE.test(doc.text.slice(at, d.start))
        ? 2
        : 0
      : d.start - c.start < 25 || at - d.end < 20
        ? 1
        : 2;
  const pick = (ds: DateMention[]) =>
    ds.sort((a, b) => rank(a) - rank(b) || Math.abs(a.start - at) - Math.abs(b.start - at))[0];
  const d = pick(
    inC.length
      ? inC
      : inS.length === 1 || inS.every((x) => x.date === inS[0].date)
        ? inS
        : inS.filter((x) => x.start < at).slice(-1),
  );
  // (a night the clause names is nearer than a month or a week it names: "shot down 30 drones overnight, the latest
  // in a series of attacks this month" fell on the night the report's day began with, as below)
  if (
    d &&
    d.precision !== "day" &&
    NIGHT.test(doc.text.slice(c.start, c.end)) &&
    filedOn(doc) &&
    !headerDay(doc, s.start)
  )
    return { date: filedOn(doc), dateEnd: null, precision: "day", basis: "publication" };
  if (d) return { date: d.date, dateEnd: d.dateEnd, precision: d.precision, basis: "text" };
  // "at the time", or a sentence that adds to the one before ("Also, …", "In addition, …")
  // ("Meanwhile, a missile struck X": at the time of the report's news, a day of the last week named before)
  const meanwhile = !anaphoricTime(s) && MEANWHILE.test(s.text);
  const anaphoric = anaphoricTime(s) || meanwhile;
  const filedDay = filedOn(doc);
  const thisWeek = (x: DateMention) =>
    x.precision === "day" && !!filedDay && x.date <= filedDay && x.date >= shiftDays(filedDay, -7);
  // (not a date that bounds a clause of background: "the first it has claimed since its forces were driven out in
  // April 2022. Units took the village …" goes on in the claim's time)
  const bounding = (x: DateMention, from: number) =>
    /\b(?:since|until|till)\b[^,;.]{0,70}$/i.test(doc.text.slice(Math.max(from, x.start - 80), x.start));
  if (anaphoric || (inheritFrom.length && !SINCE_THEN.test(s.text) && !AS_OF_NOW.test(s.text.slice(0, 400)))) {
    // (nor the span a tally is counted over: "losses over the past day amounted to …" is no time told)
    const tallied = (x: DateMention) =>
      /^(?:past|last)\b/i.test(x.text) &&
      /\b(?:over|in|during|for|within)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(0, x.start - 12), x.start));
    const prev = doc.dates.filter(
      (x) =>
        x.end <= s.start &&
        (anaphoric || inheritFrom.some((p) => x.start >= p.start && x.end <= p.end)) &&
        !bounding(x, 0) &&
        !tallied(x) &&
        (!meanwhile || thisWeek(x)),
    );
    const last = prev[prev.length - 1];
    if (last) return { date: last.date, dateEnd: last.dateEnd, precision: last.precision, basis: "context" };
  }
  // (a sentence with no time of its own goes on in the time the one before it set, in its paragraph: a report's
  // narrative keeps its day until it names another, "On Monday night, Russia attacked … A depot in X was hit.")
  const k = firstFrom(doc.sentences, s.start);
  const header = headerDay(doc, s.start);
  const pub = header ?? filedOn(doc);
  // ("since then" leaves the time the sentence before set: what follows it runs up to the report)
  // (wire copy gives each sentence a paragraph of its own: there the narrative goes on across them)
  const alone = (i: number) => aloneInParagraph(doc, i);
  const joined = (i: number) => doc.sentences[i].paragraph === doc.sentences[i + 1].paragraph || alone(i);
  // (and across up to two sentences between that name no time of their own: "On Thursday, X was shelled. According
  // to the governor, a shell hit a house. Power lines were also damaged." all tell Thursday)
  const timeless = (x: Sentence) => {
    const j = firstFrom(doc.dates, x.start);
    return !(j < doc.dates.length && doc.dates[j].start < x.end) && !SINCE_THEN.test(x.text);
  };
  // (never back into a headline: a title is no narrative)
  const heading = (x: Sentence) => headingStarts(doc).has(x.start);
  let b = k - 1;
  while (
    b > 0 &&
    k - b < 3 &&
    joined(b) &&
    timeless(doc.sentences[b]) &&
    joined(b - 1) &&
    !heading(doc.sentences[b - 1])
  )
    b--;
  const before = b >= 0 ? doc.sentences[b] : null;
  const single = (x: Sentence) => x === doc.sentences[b] && alone(b);
  // (a sentence that opens with a night of its own sets its own time: "Overnight, drones struck X" after "On
  // Tuesday, …" is the night the report's day began with, as below)
  // (and so does one that puts itself at some time before, named by no day: "X has previously vowed to …")
  const ownNight = NIGHT_OPENING.test(s.text) || SOME_TIME_BEFORE.test(s.text);
  if (before && (before.paragraph === s.paragraph || single(before)) && !SINCE_THEN.test(s.text) && !ownNight) {
    // (an event's day: not a bound, "since Monday", nor the day something was said, "said on Monday"; nor a day
    // inside a clause that a bound opens, "taken since the offensive began on May 10")
    const bound = (x: DateMention) =>
      /\b(?:since|until|till|before|after|by|said|says|told|reported|announced|wrote|added|stated)\s+(?:on\s+)?$/i.test(
        doc.text.slice(Math.max(before.start, x.start - 16), x.start),
      ) || bounding(x, before.start);
    // (and the days of this week's news: a day long before is background, which the next sentence leaves)
    // (nor a span of days: "seized this week", "over the past week")
    const span = (x: DateMention) => !!x.dateEnd && (x.dateEnd > shiftDays(x.date, 1) || /\bweeks?\b/i.test(x.text));
    const recent = (x: DateMention) => !!pub && x.date <= pub && x.date >= shiftDays(pub, -7);
    const own: DateMention[] = [];
    for (let j = firstFrom(doc.dates, before.start); j < doc.dates.length && doc.dates[j].end <= before.end; j++)
      if (doc.dates[j].precision === "day" && !span(doc.dates[j]) && !bound(doc.dates[j]) && recent(doc.dates[j]))
        own.push(doc.dates[j]);
    // (a dateline and a weekday may name the one day twice: "KYIV, Dec 5 - … on Monday")
    if (own.length && own.every((x) => x.date === own[0].date && x.dateEnd === own[0].dateEnd))
      return { date: own[0].date, dateEnd: own[0].dateEnd, precision: "day", basis: "narrative" };
  }
  if (!pub) return { date: null, dateEnd: null, precision: null, basis: "none" };
  // (a live blog's entry with no time of its own is news of its header's day)
  if (header) return { date: header, dateEnd: null, precision: "day", basis: "context" };
  // (a present perfect tells what is news on the day of filing, not the day before: "troops have taken X, the
  // ministry said"; not one of a span up to now, "have killed dozens since the spring")
  if (g && perfectAt(g, at) && !PERFECT_SPAN.test(doc.text.slice(c.start, c.end)))
    return { date: pub, dateEnd: null, precision: "day", basis: "publication" };
  // (a night named by no day is the one the report's day began with: "drones struck X overnight" is filed the
  // morning after, and what fell after midnight fell on that day; "last night" is dated by chrono as the day before)
  // (the gold sets date such nights so, 4 of 4; some of the suite's tests date them by the evening they began)
  if (NIGHT.test(doc.text.slice(c.start, c.end)))
    return { date: pub, dateEnd: null, precision: "day", basis: "publication" };
  // (a daily summary that says at its head the day it covers tells that day's news: "information as of 18:00",
  // "during the day, 76 clashes took place", "over the past 24 hours")
  if (dailySummary(doc)) return { date: pub, dateEnd: null, precision: "day", basis: "publication" };
  return { date: shiftDays(pub, -1), dateEnd: null, precision: "day", basis: "publication" };
}

// (the starts of the sentences inside a headline, once per document: headlines and sentences walked in step)
const headingsOf = new WeakMap<Doc, Set<number>>();
function headingStarts(doc: Doc): Set<number> {
  let set = headingsOf.get(doc);
  if (set) return set;
  set = new Set<number>();
  const hs = [...doc.article.headings].sort((a, b) => a.start - b.start);
  let h = 0;
  for (const x of doc.sentences) {
    while (h < hs.length && hs[h].end <= x.start) h++;
    if (h < hs.length && x.start >= hs[h].start) set.add(x.start);
  }
  headingsOf.set(doc, set);
  return set;
}
// (the day a summary covers, said at its head: "as of 18:00", "during the day", "earlier in the day"; not "over the
// past day" alone, which the morning's regional posts say of the day before, and the helpers' tests date so, 2 to 1)
const DAILY_SPAN = /\b(?:during|over|in|throughout)\s+the\s+day\b|\bas of \d{1,2}[:.]\d{2}\b/i;
const summaries = new WeakMap<Doc, boolean>();
function dailySummary(doc: Doc): boolean {
  let known = summaries.get(doc);
  if (known === undefined) {
    const head = doc.sentences.slice(0, 4);
    known = head.some((x) => DAILY_SPAN.test(x.text.slice(0, 400)));
    summaries.set(doc, known);
  }
  return known;
}
const NIGHT_WORDS = String.raw`(?:overnight|during the night)\b`;
const NIGHT = new RegExp(String.raw`\b` + NIGHT_WORDS, "i");
const SOME_TIME_BEFORE = /\b(?:previously|formerly|in the past|at one time)\b/i;
const NIGHT_OPENING = new RegExp(String.raw`^\W*(?:(?:meanwhile|also|and|then)\W+)?` + NIGHT_WORDS, "i");

/**
 * The verb at a trigger (for an event noun, the verb whose subject, object or phrase holds it: "the liberation of X
 * has been completed") is in the present perfect: "has" or "have" before it, adverbs and "been" between, and no
 * "to" before that ("claimed to have taken X" is a past the claim looks back on).
 */
function perfectAt(g: SentenceGrammar, at: number): boolean {
  const p = g.predicates.find((x) => g.tokens[x.head].start <= at && at < g.tokens[x.head].end);
  const holds = (x: Span | null) => !!x && at >= x.start && at < x.end;
  const v = !p
    ? null
    : p.nominal
      ? g.predicates.find((x) => !x.nominal && [x.subject, x.object, ...x.pps].some(holds))
      : p;
  return !!v && perfectVerb(g, v.head, 2);
}
// (a verb joined by "and" to a perfect shares its "has": "has made a breakthrough and raised its flag"; one after
// "to have" is as recent as the verb that governs it: "has claimed to have taken X")
function perfectVerb(g: SentenceGrammar, head: number, depth: number): boolean {
  const t = g.tokens;
  let k = head - 1;
  while (k >= 0 && (t[k].pos === "ADV" || /^(?:been|being)$/.test(t[k].lower))) k--;
  if (k < 0) return false;
  if (/^(?:has|have|'ve)$/.test(t[k].lower))
    return (
      t[k - 1]?.lower !== "to" || (depth > 0 && k >= 2 && t[k - 2].pos === "VERB" && perfectVerb(g, k - 2, depth - 1))
    );
  // (a participle set off by a comma is as recent as the verb it hangs on: "has damaged a plant, leaving the city
  // without power")
  const adjunct = t[k].lower === "," && t[head].lower.endsWith("ing");
  if ((t[k].lower !== "and" && !adjunct) || depth === 0) return false;
  for (let j = k - 1; j >= 0 && j >= k - (adjunct ? 30 : 12); j--)
    if (t[j].pos === "VERB" || (adjunct && t[j].pos === "AUX")) return perfectVerb(g, j, depth - 1);
  return false;
}
// (a perfect of a span runs up to today but did not happen on it: "have killed dozens since the spring")
const PERFECT_SPAN = new RegExp(
  String.raw`\b(?:since|repeatedly|so far|to date|in recent (?:days|weeks|months)|over the (?:past|last)|` +
    String.raw`for (?:days|weeks|months|years)|ever)\b`,
  "i",
);
// ("there have been no such strikes", "there were no attacks on X": an event noun negated by its determiner)
const NEGATION = new RegExp(
  // ("have yet to make significant advances": not yet made)
  String.raw`\b(not|n['’]t|never|no longer|failed to|fail to|unable to|refused to|did not|has not|have not|had not|` +
    String.raw`yet to|false|fake|without|no such|there (?:was|were|is|are|has been|have been|had been) no)` +
    String.raw`\s+(\w+\s+){0,3}$`,
  "i",
);
// what lies open to an attack is no attack told: "exposing X to heavy shelling", "vulnerable to drone strikes"
const OPEN_TO = /\b(?:expos(?:e|es|ed|ing)|vulnerable|susceptible)\b[^.;:]{0,60}\bto\s+(?:[\w-]+\s+){0,2}$/i;
// what a place serves as for an attack is no attack told: "the main base for Russia's push toward X", "a springboard
// for an offensive on Y", "the launch pad for attacks on Z"
const BASE_FOR = new RegExp(
  String.raw`\b(?:bases?|springboards?|launch(?:ing)?[ -]?pads?|staging (?:grounds?|areas?|posts?|points?)|` +
    String.raw`jumping-off (?:points?|grounds?)|platforms?|bridgeheads?)\s+for\s+(?:[\w'’-]+\s+){0,3}$`,
  "i",
);
// "no" as the determiner of the event's noun: "no blackouts are planned", "no casualties were reported" (not "no
// fewer than", "no later than")
const NO_DETERMINER = /\bno\s+(?!(?:fewer|less|more|later|sooner|longer|doubt)\b)(?:[\w-]+\s+){0,2}$/i;
// a word in a past form: regular, or one of the irregular pasts of war reporting (not "hit", a present as well)
export const PAST_FORM = new RegExp(
  "(?:ed|withdrew|fled|took|fell|left|drove|retook|overran|won|struck|shot|sank|went|came|broke|lost|caught|" +
    "blew|burnt)$",
  "i",
);
const HYPOTHETICAL =
  /\b(if|whether|when|whenever|unless|would|could|might|should|in case|as if|as though|every time)\b[^,.;]*$/i;
// the modal, lower case: "May" is also the month ("on 10 May after artillery attacked …")
const MAY = /\bmay\b(?!\s+\d)[^,.;]*$/;
const INTENT = new RegExp(
  String.raw`\b(` +
    String.raw`will|shall|going to|ordered to|have to|has to|must|need to|needs to|plans? to|planned to|` +
    String.raw`planning to|intend(?:s|ed)? to|intending to|wanted to|hoped to|expects? to|expected to|` +
    String.raw`vow(ed|s)? to|promis(ed|es) to|pledg(ed|es)? to|threaten(ed|ing|s)? to|aim(s|ed)? to|` +
    String.raw`hopes? to|wants? to|seek(s|ing)? to|attempt(s|ed|ing)? to|trying to|tried to|try to|` +
    String.raw`beginning to|begin to|be` +
    String.raw`)\s+(\w+\s+){0,2}$`,
  "i",
);

// (a plan reaches the verbs conjoined to its own: "intends to capture X and then advance on Y", "will encircle X
// and cut off Y": the next verb is bare, with no subject of its own)
const INTENT_ON = new RegExp(
  String.raw`\b(?:will|plans? to|planning to|intends? to|intending to|aims? to|seeks? to|wants? to|vow(?:ed|s)? to|` +
    String.raw`threaten(?:ed|s)? to|going to|hopes? to|expects? to|ordered to)\s+\w+\b[^.;:()]{0,60}?\s+` +
    String.raw`(?:and|or)\s+(?:then\s+|later\s+|eventually\s+|possibly\s+)?$`,
  "i",
);
// what someone is called on or urged to do is not done: "called on the troops in X to surrender". With an addressee
// between the verb and its infinitive it is neither done nor the addressee's plan ("urged Kyiv to pull its troops
// out of X"); without one it is the asker's own plan ("asked for permission to withdraw")
const URGED = new RegExp(
  String.raw`\b(?:called on|calls on|calling on|call on|urged|urges|urging|asked|asks|demanded|demands|invited|` +
    String.raw`appealed to|appeals to|pressed|pressured)\b([^.;]{0,60})\bto\s+$`,
  "i",
);
const ADDRESSEE = /^\s+(?!for\b|to\b|permission\b)\S/i;
// "demanded that Ukraine withdraw", "insists that Russia leave": a bare verb after a word of demand and "that"
const MANDATIVE_THAT = new RegExp(
  // (not "suggest": "footage suggests that Russian forces advance" reports, in the present)
  String.raw`\b(?:demand|insist|urg|requir|propos|recommend|request|ask|stipulat)\w*\s+that\s+` +
    String.raw`(?:[\p{L}'’-]+\s+){1,6}$`,
  "iu",
);

export type Qualifier = "negated" | "denied" | "hypothetical" | "intent" | "demanded" | null;

// ("pushed back on Moscow's claims that …": the figurative push back answers words)
const DENIAL = new RegExp(
  String.raw`\b(denied|denies|deny|denying|rejected|rejects|refuted|refutes|dismissed|play(?:ed|s|ing)? down|` +
    String.raw`downplay(?:ed|s)?|push(?:ed|es|ing)? back (?:on|against)(?=\s+(?:[\p{L}'’-]+\s+){0,3}` +
    String.raw`(?:claims?|reports?|statements?|assertions?|allegations?)\b))\b[^.;]{0,80}$`,
  "iu",
);

const CLAIM_BEFORE = /\b(?:claims?|reports?|statements?|information|allegations?|assertions?|rumou?rs?)\b[^.;]{0,80}$/i;
// the words of a verdict on a claim ("an outright fake", "pure propaganda", "untrue")
const VERDICT =
  String.raw`(?:outright\s+|blatant\s+|pure\s+)?(?:fakes?|lies?|propaganda|disinformation|false|untrue|` +
  String.raw`not true|nonsense|fiction|fabricat\w+|groundless)\b`;
export const VERDICT_PREDICATE = new RegExp(
  String.raw`^[^.;]{0,80}?\b(?:(?:is|are|was|were)\s+(?:(?:an?|the|simply|just|absolutely|completely)\s+)*` +
    VERDICT +
    String.raw`|do(?:es)?\s+not\s+correspond\s+(?:to|with)\s+reality\b)`,
  "i",
);
const CALLED = /\b(?:called|calls|branded|brands|labell?ed|labels)\b[^.;]{0,80}$/i;
const VERDICT_AFTER = new RegExp(String.raw`^[^.;]{0,80}?\s(?:as\s+)?(?:an?\s+)?` + VERDICT, "i");

// an event noun that is the subject of a goal: "the liberation of X remains a priority", "the capture of Y is only a
// matter of time", "taking Z is the main objective" (a plan or a vow, not a deed)
const GOAL_PREDICATE = new RegExp(
  String.raw`^[\p{L}-]+(?:\s+of)?\s+[^.;]{0,100}?\b(?:remains?|is|are|was|were|will be|would be|becomes?|became)\s+` +
    String.raw`(?:(?:still|only|just|now|also|simply)\s+)?(?:one\s+of\s+|among\s+)?` +
    String.raw`(?:(?:the|our|its|their|his|her|a|an|Russia['’]s|Ukraine['’]s|Kyiv['’]s|Moscow['’]s)\s+)?` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:priorit(?:y|ies)|tasks?|goals?|aims?|objectives?|targets?|missions?|` +
    String.raw`(?:matter|question) of (?:time|days|weeks))\b`,
  "iu",
);

// an event named as the subject of a modal: "retaking X would require far larger forces", "the fall of Y could open
// the road to Z", "a Russian capture of W will cut the supply line": what the event would bring, not the event. The
// trigger starts its clause's subject (after the clause's start, "that" or a verb of saying, and a determiner)
const MODAL_SUBJECT_AFTER = new RegExp(
  String.raw`^[\p{L}-]+(?:\s+(?:of|by))?\s+(?:the\s+)?(?:(?:city|town|village)\s+of\s+)?` +
    String.raw`(?:[\p{Lu}][\p{L}'’-]*\s+){1,3}(?:(?:itself|alone|too|also)\s+)?(?:would|could|might|may|will|can)\b`,
  "u",
);
const SUBJECT_START = new RegExp(
  String.raw`(?:^|[,:;"“”]\s*|\b(?:that|said|says|say|believes?|believed|think|thinks|warned|argued|noted|added)\s+)` +
    String.raw`(?:(?:the|a|an|any|its|their|his|her|[\p{Lu}][\p{L}]*['’]s)\s+)?` +
    String.raw`(?:(?:[Rr]ussian|[Uu]krainian|eventual|possible|potential|full|quick|swift|final)\s+)?$`,
  "u",
);

/** a verb in its bare form (not "withdraws", "withdrew", "withdrawn"): the subjunctive after a demand */
function bareVerbAt(text: string, at: number): boolean {
  const w = /^[\p{L}-]+/u.exec(text.slice(at, at + 30))?.[0]?.toLowerCase() ?? "";
  return !!w && !/(?:s|ed|en|ing)$/.test(w) && !/^(?:was|were|had|did|went|took|left|fell|drew|withdrew)$/.test(w);
}

/** What the words right before a trigger do to it. A denial is kept (as denied); other negations drop it. */
export function qualifier(doc: Doc, s: Sentence, trigStart: number, clauseStart = 0): Qualifier {
  // (the grammar's clause, when the caller has one, bounds the modals: "could not verify the statement that X had
  // been liberated" — the "could" is the verifying's, not the liberation's)
  const whole = clauseOf(s, trigStart);
  const c = { start: Math.max(whole.start, clauseStart), end: whole.end };
  const left = doc.text.slice(Math.max(c.start, trigStart - 70), trigStart);
  // (a denial not made is none: "Kyiv did not deny reports that …")
  const near = doc.text.slice(Math.max(s.start, trigStart - 100), trigStart);
  const denial = DENIAL.exec(near);
  // (nor one nobody makes: "nobody in Kyiv denies that X has been lost")
  const before = denial ? near.slice(0, denial.index) : "";
  if (denial && !/\b(?:not|n['’]t|never)\s+$/i.test(before) && !/\b(?:nobody|no one|none)\b[^,.;]{0,30}$/i.test(before))
    return "denied";
  // "called reports that X had fallen a fake", "branded the claim of taking Y propaganda": the verdict after it
  // (what both verdict patterns can reach: a bounded slice, so that a page-long sentence stays linear)
  const after = doc.text.slice(trigStart, Math.min(s.end, trigStart + 200));
  if (CALLED.test(near) && VERDICT_AFTER.test(after)) return "denied";
  // "claims that X had fallen are false", "the statements about the capture of Y are a lie": a claim named before the
  // event, judged by the predicate after it
  if (CLAIM_BEFORE.test(near) && VERDICT_PREDICATE.test(after)) return "denied";
  if (NEGATION.test(left) || NO_DETERMINER.test(left)) return "negated";
  if (OPEN_TO.test(left) || BASE_FOR.test(left)) return "hypothetical";
  if (GOAL_PREDICATE.test(after)) return "intent";
  const subjectWord = /^[\p{L}-]+/u.exec(after)?.[0] ?? "";
  if (!PAST_FORM.test(subjectWord) && MODAL_SUBJECT_AFTER.test(after)) {
    if (SUBJECT_START.test(doc.text.slice(Math.max(c.start, trigStart - 60), trigStart))) return "hypothetical";
  }
  const urged = URGED.exec(left);
  if (urged && ADDRESSEE.test(urged[1])) return "demanded";
  if (MANDATIVE_THAT.test(left) && bareVerbAt(doc.text, trigStart)) return "demanded";
  // (a verb in a past form joined by "and" is a deed of its own, outside the plan before it: "were ordered to leave X
  // and pulled back toward Y" did pull back; "ordered to leave X and regroup" did not)
  const trigWord = /^[\p{L}-]+/u.exec(doc.text.slice(trigStart, trigStart + 30))?.[0] ?? "";
  const joinedDeed = /\band\s+$/i.test(left) && PAST_FORM.test(trigWord);
  if (((INTENT.test(left) || INTENT_ON.test(left)) && !joinedDeed) || urged) return "intent";
  if (MAY.test(doc.text.slice(c.start, trigStart))) return "hypothetical";
  const hm = HYPOTHETICAL.exec(doc.text.slice(c.start, trigStart));
  if (hm) {
    // "when Russian troops withdrew from Kherson" reports a past event; "when we retreat" is a generality
    const word = /^[\p{L}-]+/u.exec(doc.text.slice(trigStart))?.[0] ?? "";
    // (a past main clause makes its when-clause past too: "two were killed when a drone hit a house")
    const main = doc.text.slice(s.start, c.start + hm.index!);
    // ("two people died when a missile hit X", "the power went out when …": a past main verb of any form)
    const pastMain =
      main.split(/\s+/).some((w) => PAST_FORM.test(w.replace(/[^\p{L}]/gu, ""))) &&
      !/\b(?:will|would|could|might|may)\b/i.test(main);
    const past = PAST_FORM.test(word) || /\b(?:was|were|had|did)\b/i.test(main) || pastMain;
    if (!(/^(when|every time)$/i.test(hm[1]) && past)) return "hypothetical";
  }
  return null;
}

// (what the text says no one could check: the words that make a claim unconfirmed)
const NOT_VERIFIED =
  String.raw`neither (?:(?:side|party)['’]s )?(?:claims?|reports?|accounts?|statements?) (?:could|can|has|have) ` +
  String.raw`(?:be )?(?:been )?(?:independently )?(?:verified|confirmed)|` +
  String.raw`(was|were|is|are) (?:immediately )?(unable|not (?:immediately )?able|not possible) to (independently )?` +
  String.raw`(verify|confirm)|` +
  // ("the BBC has not been able to verify this", "it has not yet been possible to confirm")
  String.raw`(has|have|had) not (yet )?been (able|possible) to (independently )?(verify|confirm)|` +
  String.raw`(it was|it is) not possible to (independently )?(verify|confirm)|` +
  String.raw`no immediate (confirmation|independent confirmation)|` +
  // (with the adverbs a wire puts between: "could not immediately verify the images")
  String.raw`could not (immediately |independently )*(verify|confirm)|` +
  String.raw`could not be (immediately |independently )*(confirmed|verified)|` +
  String.raw`cannot be (independently )?(confirmed|verified)|can(no|')t (independently )?(confirm|verify)|` +
  String.raw`not (been )?(independently )?(confirmed|verified)|unconfirmed|unverified|` +
  String.raw`no independent confirmation|` +
  // (ISW's "has not observed confirmation of this claim")
  String.raw`(?:has|have|had) not (?:yet )?(?:observed|seen) (?:any )?(?:visual |geolocated )?` +
  String.raw`(?:confirmation|evidence)|` +
  String.raw`no (?:visual|geolocated) (?:confirmation|evidence)|` +
  // ("ISW has observed no evidence to support the claim")
  String.raw`(?:has|have|had) (?:observed|seen|found) no (?:visual |geolocated )?(?:confirmation|evidence)`;
const IMAGERY = /\b(?:images?|footage|videos?|photos?|photographs?|pictures?|imagery)\b/i;
const VERIFY = new RegExp(String.raw`\b(` + NOT_VERIFIED + String.raw`)\b`, "i");
const UNCONFIRMED = new RegExp(
  String.raw`\b(` +
    NOT_VERIFIED +
    String.raw`|` +
    String.raw`supposedly|allegedly|alleged|reportedly|it is not known|it was not known|it is unclear|` +
    String.raw`it was unclear|appeared on social (networks|media)|circulating on social media` +
    String.raw`)\b`,
  "i",
);

// a hedge on what a person is said to have done qualifies that person, not the event: "detained a man who allegedly
// passed coordinates", "arrested an alleged Russian agent"
const HEDGED_PERSON = new RegExp(
  String.raw`\b(?:(?:who|whom|that)\s+(?:had\s+|has\s+|was\s+|were\s+)?(?:allegedly|reportedly|supposedly)|` +
    String.raw`alleged(?:ly)?\s+(?:[\w-]+\s+)?(?:agents?|spy|spies|collaborators?|saboteurs?|traitors?|informants?|` +
    String.raw`accomplices?|spotters?|members?|organi[sz]ers?))\b`,
  "gi",
);
const EVERY_CLAIM = new RegExp(
  String.raw`\b(?:neither|both|none|all|either)\b[^.]*\b(?:claims?|reports?|statements?)\b|` +
    String.raw`\b(?:the|these|those)\s+(?:claims|reports|statements)\b`,
  "i",
);
const NAMED_CLAIM = new RegExp(
  String.raw`^\s*(?:the|these|those|such|both|neither|either)\s+(?:(?:side['’]s|battlefield|Russian|Ukrainian|` +
    String.raw`latest|new)\s+)?(?:claims?|reports?|accounts?|statements?)\s+(?:could|can|has|have|was|were)\b|` +
    String.raw`\b(?:verify|confirm)\s+(?:the|these|those|such|either|both)\s+(?:side['’]s\s+)?` +
    String.raw`(?:battlefield\s+)?(?:claims?|reports?|accounts?|situation)\b|` +
    // ("cannot verify reports from the front line", "could not confirm claims about the fighting")
    String.raw`\b(?:verify|confirm)\s+(?:the\s+)?(?:claims?|reports?|accounts?)\s+(?:from|of|on|about)\s+(?:the\s+)?` +
    String.raw`(?:front|battlefield|fighting|frontline)`,
  "i",
);
const BOTH_SIDES =
  /\b(?:neither|either|both)\s+(?:side|party|sides|parties)(?:['’]s?)?\s|\b(?:neither|either)\s+claim/i;
const CLAIM = new RegExp(
  String.raw`\b(said|says|told|claimed|claims|announced|reported|stated|wrote|posted|according to|declared|` +
    String.raw`indicated|statement|alleged)\b`,
  "i",
);

const UNCONFIRMED_ALL = new RegExp(UNCONFIRMED.source, "gi");

/**
 * The text flags the assertion as unverified: in its own sentence, or in one of the next two when no other
 * claim stands between ("X said …. ‘…’ indicated the statement, which could not be confirmed").
 */
const unconfirmedCache = new WeakMap<Sentence, boolean>();
export function unconfirmed(doc: Doc, s: Sentence): boolean {
  let known = unconfirmedCache.get(s);
  if (known === undefined) unconfirmedCache.set(s, (known = unconfirmedUncached(doc, s)));
  return known;
}
function unconfirmedUncached(doc: Doc, s: Sentence): boolean {
  if (UNCONFIRMED.test(s.text.replace(HEDGED_PERSON, ""))) return true;
  const i = doc.sentences.indexOf(s);
  const closer = closingSpeaker(doc, s);
  for (let n = i + 1; n <= i + 5 && n < doc.sentences.length; n++) {
    const cue = VERIFY.exec(doc.sentences[n].text);
    if (!cue) continue;
    // (a caveat on the pictures is about the report that shows them: "Photos appeared to show X. Reuters could not
    // verify the images" leaves a minister's claim before them as it was)
    const pictures = IMAGERY.test(doc.sentences[n].text.slice(cue.index, cue.index + cue[0].length + 40));
    if (pictures && !IMAGERY.test(s.text)) continue;
    // ("Neither claim could be independently verified", "The claims could not be verified": every claim told just
    // before it in its paragraph)
    const every = EVERY_CLAIM.test(doc.sentences[n].text);
    if (every && doc.sentences[n].paragraph === s.paragraph && n <= i + 3) return true;
    // (wire copy sets each sentence apart: "X said it had taken Y. [reply] The claim could not be independently
    // verified." A caveat on the claims, by name, covers a claim up to three sentences before it, whatever comes
    // between; one on every claim or on both sides' ("neither side's account", "either side's claims") up to five,
    // as a claim, a reply and the reply's detail go before it)
    if ((NAMED_CLAIM.test(doc.sentences[n].text) || every) && CLAIM.test(s.text)) {
      if (n <= i + 3 || BOTH_SIDES.test(doc.sentences[n].text)) return true;
    }
    if (n > i + 3) continue;
    // "Missiles struck Kharkiv. Moscow claimed …; Reuters could not verify that report": a caveat is about a claim,
    // here the one in its own sentence, not the outlet's own report before it
    // (unless that claim only attributes a quotation the sentence before closes: "“… They left.” indicated the
    // statement, which could not be confirmed")
    const attributesQuote = /[”"»]\s*$/.test(doc.sentences[n - 1].text) || /^\s*[a-z]/.test(doc.sentences[n].text);
    if (CLAIM.test(doc.sentences[n].text.slice(0, cue.index)) && !CLAIM.test(s.text) && !attributesQuote) return false;
    // the cue is about the nearest claim before it (a sentence that only names who said the event's is part of
    // that claim: "X took Y. This was announced by Z. The claim could not be verified")
    // (or one whose speaker closes the event's report, up to three sentences on: "X was shelled. Two were hurt,
    // the governor said. …")
    for (let j = n - 1; j >= i; j--) {
      const sj = doc.sentences[j];
      if (closer && closer[0] >= sj.start && closer[1] <= sj.end) return true;
      if (n > i + 2) break;
      // (the rest of the event's own quotation is part of its claim: "“… hit it. It won't fire again,” he said.")
      if (j > i && sameQuotation(doc, s, sj)) continue;
      if (j === i || CLAIM.test(sj.text)) return j === i || (j === i + 1 && pointsBack(doc, sj));
    }
  }
  return false;
}

const sameQuotation = (doc: Doc, a: Sentence, b: Sentence) => {
  const q = quoteAround(doc, a.start + a.text.search(/\S/) + 1);
  return !!q && q.start === quoteAround(doc, b.start)?.start;
};

// (where a sentence joins a clause with a subject of its own: ", and the ministry said", ", while reports of …", ";")
const CLAUSE_JOIN = /[,;]\s*(?:and|but|while|whereas)\s+|;\s+/gi;
/**
 * A caveat in the sentence that belongs to another of its joined clauses: "Bombs hit X, while reports of a strike
 * on Y could not be verified" leaves X as told; "A claimed B, which could not be verified, and C shelled D" leaves
 * D so. A caveat on every claim ("neither claim …") covers all.
 */
export function caveatElsewhere(doc: Doc, s: Sentence, at: number): boolean {
  const c = caveatsOf(doc, s);
  if (!c) return false;
  const mine = c.joins.filter((j) => j <= at).length;
  return !c.cues.some((cue) => cue.segment === mine || (cue.back && cue.segment === mine + 1));
}
// (the joins and the caveats of a sentence, found once: each event of a long sentence asks)
const caveats = new WeakMap<Sentence, { joins: number[]; cues: { segment: number; back: boolean }[] } | null>();
function caveatsOf(doc: Doc, s: Sentence) {
  if (caveats.has(s)) return caveats.get(s)!;
  let out: { joins: number[]; cues: { segment: number; back: boolean }[] } | null = null;
  const found = EVERY_CLAIM.test(s.text) ? [] : [...s.text.matchAll(UNCONFIRMED_ALL)];
  const g = doc.grammar[doc.sentences.indexOf(s)];
  if (found.length && g) {
    // (a join counts when a predicate's subject opens right after it)
    const starts = new Set(g.predicates.filter((p) => !p.nominal && p.subject).map((p) => p.subject!.start));
    const opens = (j: number) => [0, 1, 2, 3].some((d) => starts.has(j + d));
    const joins = [...s.text.matchAll(CLAUSE_JOIN)].map((m) => s.start + m.index! + m[0].length).filter(opens);
    const segment = (x: number) => joins.filter((j) => j <= x).length;
    const placed = doc.places.filter((m) => m.start >= s.start && m.end <= s.end);
    const cues = found.map((cue) => {
      const its = segment(s.start + cue.index!);
      // (a caveat that points back covers the clause before its own: "X claimed A, but ISW has not observed
      // confirmation of this claim", "…; the figure could not be verified"; so does one that names no place of
      // its own: "…, but ISW has not observed confirmation of a withdrawal from the village")
      const from = its ? joins[its - 1] : s.start;
      const own = placed.some((m) => m.start >= from && m.end <= (joins[its] ?? s.end));
      const pointer = doc.text.slice(from, s.start + cue.index! + cue[0].length + 60);
      const back = its > 0 && (!own || POINTS_BACK.test(pointer));
      return { segment: its, back };
    });
    out = { joins, cues };
  }
  caveats.set(s, out);
  return out;
}
const POINTS_BACK = new RegExp(
  String.raw`\b(?:this|that|the|these|those|such)\s+(?:claims?|reports?|figures?|information|statements?|` +
    String.raw`accounts?|footage)\b|^\W*(?:this|that|it)\b|\b(?:offered|gave|provided|published) no\b`,
  "i",
);

/** The side whose forces the article mostly reports on. */
export const articleSide = (doc: Doc) => sideOfText(doc.text);
