// Finds place names in text: a longest-first n-gram lookup over word tokens against every indexed spelling.
// Home-made because the job is a dictionary lookup over ~130k folded keys with context rules around each hit;
// Aho-Corasick libraries would match inside words and know nothing of the rules below.
import type { Gazetteer, Entry, Settlement } from "./gazetteer.js";
import { fold } from "./normalize.js";

export interface RawMatch {
  start: number;
  end: number;
  surface: string;
  key: string;
  entries: Entry[]; // settlement candidates
  oblast: string | null; // oblast pcode if the name can mean one
  regionOnly: boolean;
  level: "settlement" | "oblast" | "raion" | "country";
  raion: string | null;
  possessive: boolean;
}

const WORD = /[\p{L}\p{M}]+(?:['’ʼ][\p{L}\p{M}]+)*/gu;
const JOINER = /^[ \t\-‐–]$/;
const REGION_WORD = /^(region|oblast|province|governorate|r[eé]gion|regi[oó]n|oblast'|область|области|областi)$/i;
const REGIONS_WORD = /^(regions|oblasts|provinces|r[eé]gions|regiones|областях|областей)$/i;
const DISTRICT_WORD = /^(districts?|raions?|rayons?|районы?)$/i;
const RIVERS = new Set([
  "dnipro",
  "dnieper",
  "dnepr",
  "dniepr",
  "oskil",
  "oskol",
  "donets",
  "siverskyi donets",
  "desna",
  "inhulets",
  "bug",
  "southern bug",
  "dniester",
  "dnister",
  "kalmius",
  "vovcha",
  "mokri yaly",
]);
const RIVER_WORD = /^(river|rivers|reservoir|riverbank|bank|banks|estuary|dam|hpp)$/i;
// A capitalised word after a name makes it part of a longer proper name (a person, a unit, a street), unless
// it is one of these.
// (a person's office only: "the Kharkiv Regional State Administration" is also the building hit in the city)
const REGIONAL_OFFICE = /^\s+(?:head|governor|chief|police chief|prosecutor)\b/i;
// (a region's institution as a voice: "the head of the Kharkiv Regional Military Administration", "the Kherson
// regional council said"; as a building it stands in the regional centre: "a missile hit the Mykolaiv Regional State
// Administration")
const REGIONAL_BODY = new RegExp(
  String.raw`^\s+(?:(?:military|state|civil[- ]military)\s+)?(?:administration|council|authorities|officials?|` +
    String.raw`department)\b`,
  "i",
);
const VOICE_BEFORE =
  /\b(?:head|chief|governor|spokes(?:man|woman|person)|deputy|press service|officials?)\s+of\s+(?:the\s+)?$/i;
const VOICE_AFTER = /^[^.;]{0,80}?\b(?:said|says|reported|reports|told|announced|wrote|stated|added|according)\b/i;
const SHIP =
  String.raw`(?:cruiser|warship|ship|flagship|frigate|corvette|submarine|vessel|tanker|tug|destroyer|` +
  String.raw`patrol boat)`;
const SHIP_AFTER = new RegExp(String.raw`^\s+(?:(?:guided[- ])?missile\s+|landing\s+|large\s+)?${SHIP}\b`, "i");
const SHIP_BEFORE = new RegExp(String.raw`\b${SHIP}s?\s+["“«]?$`, "i");
const OK_AFTER = new RegExp(
  String.raw`^(oblast|oblasts|region|regions|raion|district|island|city|town|village|province|ukraine|` +
    String.raw`russia|and|on|in|at|of|the|by|from|to|after|before|while|since|but|or|as|with|for|said|` +
    String.raw`says|was|were|is|are|has|had|monday|tuesday|wednesday|thursday|friday|saturday|sunday|` +
    String.raw`january|february|march|april|may|june|july|august|september|october|november|december)$`,
  "i",
);
// Given names of people the war news quotes (romanised several ways), and titles before a surname: a place
// name right after one is a surname ("Vyacheslav Chaus", "Governor Kim").
// a name before one of these names a river, a unit, a street or a movement, not a settlement
const NOT_A_PLACE_AFTER = new RegExp(
  String.raw`^(river|brigade|battalion|regiment|division|street|avenue|square|boulevard|highway|road|` +
    String.raw`group|reservoir|operational|militants|nationalists?|fighters|fleet)$`,
  "i",
);
const RIVER_PORT = /^\s+(?:port|terminal|station)\b/i;
const RIVER_NAME_AFTER = /^(?:\s+\p{Lu}[\p{L}'’-]+){1,2}\s+[Rr]iver\b(?!\s+(?:[Pp]ort|[Tt]erminal|[Ss]tation)\b)/u;
const NAME_ADJECTIVE = new RegExp(
  String.raw`^(?:Malaya|Maloye|Malyy|Maly|Bolshaya|Bolshoye|Bolshoy|Bolshoi|Novaya|Novoye|Novyy|Novy|Staraya|` +
    String.raw`Staroye|Staryy|Stary|Verkhnyaya|Verkhneye|Verkhniy|Nizhnyaya|Nizhneye|Nizhniy|Velikaya|Velikiy|` +
    String.raw`Mala|Male|Malyi|Velyka|Velyke|Velykyi|Nova|Nove|Novyi|Stara|Stare|Staryi|Verkhnia|Verkhnie|` +
    String.raw`Nyzhnia|Nyzhnie)$`,
);
const MANNER = /^\s+by\s+(\p{L}+)/u;
const CLOCK_BEFORE = /(?:\b\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\bnoon|\bmidnight)\s+$/i;
const GIVEN_NAMES = new Set(
  (
    "volodymyr vladimir volodimir oleksandr olexander alexander aleksandr " +
    "oleksii oleksiy alexei aleksei sergei sergey serhii serhiy " +
    "dmytro dmitry dmitri vyacheslav viacheslav vitalii vitaliy vitaly oleh " +
    "oleg andrii andriy andrei andrey mykola nikolai nikolay yurii yuriy " +
    "yuri ivan pavlo pavel " +
    "petro petr pyotr kyrylo kirill denys denis yevgeny yevgeniy yevhen " +
    "evgeny igor ihor valerii valeriy valery ramzan hanna ganna anna iryna " +
    "irina olena elena " +
    "natalia nataliya tetiana tatiana maria mariya viktor victor roman " +
    "maksym maxim anatolii anatoliy vadym vadim bohdan taras mykhailo " +
    "mikhail vasyl vasily " +
    "leonid kostiantyn konstantin stepan ruslan arsen artem yaroslav " +
    "oleksandra liudmyla lyudmila svitlana vladyslav vladislav borys boris " +
    "fedir fyodor hennadii " +
    "gennady rostyslav rustem emine ramzan yevheniia"
  ).split(" "),
);
/** A given name the war's news quotes (a name after it is a surname, not a place). */
export const isGivenName = (word: string) => GIVEN_NAMES.has(fold(word));
// (a city this large is named by its officials' titles, never a surname the war's news quotes)
const CITY = 100_000;
const PERSON_TITLES = new RegExp(
  String.raw`^(Mr|Mrs|Ms|Dr|Gen|General|President|Governor|Mayor|Minister|Colonel|Col|Commander|Lt|` +
    String.raw`Lieutenant|Major|Sergeant|Captain|Spokesman|Spokeswoman|Senator|Deputy|Prime|Patriarch|` +
    String.raw`Metropolitan)\.?$`,
);
const STOP_SINGLE = new Set([
  "nova",
  "novi",
  "novyi",
  "stara",
  "staryi",
  "velyka",
  "velykyi",
  "mala",
  "malyi",
  "verkhnia",
  "nyzhnia",
  "zelena",
  "chervona",
  "krasna",
  "mirny",
  "mir",
  "pobeda",
  "victoria",
  "sofia",
  "maria",
  "olga",
  "zoria",
  "slava",
  "bereh",
  "lan",
  "mayak",
  "mayaky",
  "ray",
  "sad",
  "bor",
  "dobre",
  "nadiia",
  "liubov",
  "viktoriia",
  // (an English noun capitalised in a name: "the River Port")
  "port",
]);

// a part of the capital or its people after "Kyiv's": the city, not the government
const CITY_PART = new RegExp(
  String.raw`^\s*(?:[\p{L}-]+,?\s+){0,4}(?:districts?|neighbou?rhood|suburbs?|outskirts|cent(?:re|er)|residents|` +
    String.raw`mayor|airports?)\b`,
  "iu",
);
// what a government does in the news: "Kyiv rejected the claim", "Kyiv says"
// ("claims by Kiev", "a statement from Moscow": the capital as the one who says)
const CLAIM_BY = /\b(?:claims?|statements?|assertions?|accusations?|allegations?|denials?)\s+(?:by|from)\s+$/i;
// (and the one a turn of the war favours or hurts: "a major victory for Kyiv", "a blow to Moscow", "hands Moscow its
// biggest gain", "cost Kyiv dearly")
const FORTUNE_OF = new RegExp(
  String.raw`\b(?:(?:victory|victories|win|success|boost|gift|blow|setback|defeat|humiliation|embarrassment)\s+` +
    String.raw`(?:for|to)|hands?|handed|handing|gives?|gave|giving|costs?|costing)\s+$`,
  "i",
);
const RULE = /^(?:['’]s)?\s+(?:regime|government|leadership|junta|side)\b/i;
const ACTS = new RegExp(
  // ("Ukraine, for its part, said", "Moscow in turn denied")
  String.raw`^,?\s+(?:(?:for its part|in turn|in response),?\s+)?(?:has\s+|had\s+|also\s+)?` +
    String.raw`(?:said|says|say|denied|denies|rejected|rejects|dismissed|claimed|claims|insisted|announced|` +
    String.raw`confirmed|responded|warned|accused|refused|agreed|` +
    // ("since Moscow launched its invasion", "Kyiv sent troops into the Kursk region")
    String.raw`launched|launches|began|begins|invaded|sent|sends|ordered|deployed)\b`,
  "i",
);

/** A capitalised word that is no known spelling but one edit away from exactly one larger town ("Popsana"). */
function misspelt(tok: { start: number; end: number; text: string }, text: string, g: Gazetteer): RawMatch | null {
  const k = fold(tok.text);
  if (k.length < 6 || !/^\p{Lu}\p{Ll}+$/u.test(tok.text)) return null;
  const hits = new Set<Settlement>();
  for (const s of g.near.get(k) ?? []) hits.add(s);
  for (let i = 0; i < k.length; i++) for (const s of g.near.get(k.slice(0, i) + k.slice(i + 1)) ?? []) hits.add(s);
  if (hits.size !== 1) return null;
  const s = [...hits][0];
  const m: RawMatch & { tokEnd?: number } = {
    start: tok.start,
    end: tok.end,
    surface: text.slice(tok.start, tok.end),
    key: k,
    entries: [{ s, tier: 3 }],
    oblast: null,
    regionOnly: false,
    possessive: false,
    level: "settlement",
    raion: null,
  };
  return m;
}

// ("the Kyivskyi district of Kharkiv": of a place by its name, not of a region, "the Izium district of Kharkiv oblast",
// "of the Kharkiv region")
const CITY_AFTER = new RegExp(
  String.raw`^\s+of\s+(?:the\s+city\s+of\s+)?\p{Lu}[\p{L}'’-]+(?![\p{L}'’-])(?!\s+(?:region|oblast|province))`,
  "u",
);
/** "Izium district": the raion named after the town (since 2020 the town's raion), else the largest namesake's. */
function toRaion(m: RawMatch, g: Gazetteer) {
  let r = g.raionIndex.get(m.key);
  if (!r && m.entries.length) {
    const s = m.entries.slice().sort((a, b) => a.tier - b.tier || b.s.population - a.s.population)[0].s;
    r = g.admin.get(s.raion);
  }
  if (r) {
    m.level = "raion";
    m.raion = r.pcode;
    m.oblast = r.parent;
  }
}

/**
 * Whether a position lies on a line written all in lower case ("russian drones hit kharkiv overnight"): such a line
 * gives no capital to find names by, so names are looked up there by spelling alone (one pass over the text).
 */
function caselessLines(text: string): (at: number) => boolean {
  const lines: { end: number; caseless: boolean }[] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const t = m[0];
    lines.push({ end: m.index! + t.length, caseless: /\p{Ll}{3}/u.test(t) && !/\p{Lu}/u.test(t) });
  }
  if (!lines.some((l) => l.caseless)) return () => false;
  let k = 0;
  // (asked in text order: a cursor, not a search)
  return (at) => {
    while (k < lines.length && lines[k].end <= at) k++;
    return k < lines.length && lines[k].caseless;
  };
}
/**
 * A name found in lower case: a town of 10,000 people or more, an oblast, or a long name (seven letters or more)
 * that is no common word; short village names ("bar", "yar", "mirny") are English or Russian words as often.
 */
function namesInLowerCase(key: string, g: Gazetteer): boolean {
  if (STOP_SINGLE.has(key) || key.length < 4) return false;
  if (g.oblastIndex.has(key)) return true;
  const entries = g.index.get(key) ?? [];
  return entries.some((e) => e.s.population >= 10000) || (entries.length > 0 && key.length >= 7);
}

function isCapitalised(s: string): boolean {
  const c = s[0];
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

const CITY_NOUN = new RegExp(
  String.raw`^(apartment|apartments|building|block|hospital|residents?|mayor|city|authorities|airport|` +
    String.raw`station|plant|factory|school|market|council|administration|centre|center|clinic|suburbs?|` +
    String.raw`district|strike|attack|tragedy|metro|railway)$`,
  "i",
);

// The folded words that open a name of more than one word ("velyka" of "velyka oleksandrivka"), once per
// gazetteer: a capitalised word that opens none is looked up alone, not as the first of five n-grams.
const openers = new WeakMap<Gazetteer, Set<string>>();
function openersOf(g: Gazetteer): Set<string> {
  let set = openers.get(g);
  if (set) return set;
  set = new Set();
  for (const m of [g.index, g.oblastIndex, g.regionOnly])
    for (const k of m.keys()) for (let i = k.indexOf(" "); i > 0; i = k.indexOf(" ", i + 1)) set.add(k.slice(0, i));
  openers.set(g, set);
  return set;
}

export function findMatches(text: string, g: Gazetteer): RawMatch[] {
  const opens = openersOf(g);
  const toks: { start: number; end: number; text: string }[] = [];
  for (const m of text.matchAll(WORD)) toks.push({ start: m.index!, end: m.index! + m[0].length, text: m[0] });
  // each token folded once; an n-gram's key is its tokens' folds joined by a space (what fold() makes of the
  // spaces and hyphens between them)
  const folded = toks.map((t) => fold(t.text));
  const out: RawMatch[] = [];
  const persons = new Set<string>();
  const caseless = caselessLines(text);
  for (let i = 0; i < toks.length; i++) {
    if (!isCapitalised(toks[i].text) && !(caseless(toks[i].start) && namesInLowerCase(folded[i], g))) continue;
    let found: RawMatch | null = null;
    const longest = opens.has(folded[i]) ? Math.min(g.maxTokens, toks.length - i) : 1;
    for (let n = longest; n >= 1 && !found; n--) {
      let ok = true;
      for (let j = i + 1; j < i + n; j++)
        if (!JOINER.test(text.slice(toks[j - 1].end, toks[j].start))) {
          ok = false;
          break;
        }
      if (!ok) continue;
      const last = toks[i + n - 1];
      let surfaceEnd = last.end;
      let key = n === 1 ? folded[i] : folded.slice(i, i + n).join(" ");
      let possessive = false;
      const poss = /['’ʼ]s$/i.exec(last.text);
      if (poss && !g.index.has(key)) {
        key = key.slice(0, -1);
        surfaceEnd -= 2;
        possessive = true;
      }
      const entries = g.index.get(key) ?? [];
      const oblast = g.oblastIndex.get(key) ?? null;
      const regionOnly = g.regionOnly.get(key);
      if (!entries.length && !oblast && !regionOnly && key !== "ukraine") continue;
      found = {
        start: toks[i].start,
        end: surfaceEnd,
        surface: text.slice(toks[i].start, surfaceEnd),
        key,
        entries,
        oblast: regionOnly ?? oblast,
        regionOnly: !!regionOnly,
        possessive,
        level: key === "ukraine" ? "country" : regionOnly || !entries.length ? "oblast" : "settlement",
        raion: null,
      };
      (found as RawMatch & { tokEnd: number }).tokEnd = i + n;
    }
    if (!found) {
      found = misspelt(toks[i], text, g);
      if (found) (found as RawMatch & { tokEnd: number }).tokEnd = i + 1;
    }
    if (!found) continue;
    const tokEnd = (found as RawMatch & { tokEnd: number }).tokEnd;
    i = tokEnd - 1;
    const next = toks[tokEnd];
    const gapNext = next ? text.slice(found.end, next.start) : "";
    const before = text.slice(Math.max(0, found.start - 40), found.start);
    // rivers: "the Dnieper", "Oskil River", "bank of the Dnipro"
    // (but "the Dnipro apartment building", "the Dnipro mayor": the city, naming what is in it)
    const cityNoun = next && /^\s+$/.test(gapNext) && CITY_NOUN.test(next.text);
    // ("the Siverskyi Donets": a river's name may open on a word of its own)
    const riverAfter = next && RIVER_WORD.test(next.text) && /^\s+$/.test(gapNext);
    const riverBefore = /\bthe\s+(?:\p{Lu}[\p{L}'’-]+\s+)?$/u.test(before);
    if (RIVERS.has(found.key) && !cityNoun && (riverBefore || riverAfter)) continue;
    // (a name before a unit's or a movement's noun names the unit: "Azov Regiment", "Aidar Battalion")
    // (not the noun of a manner adverb: "cleared X street by street")
    const manner =
      !!next && MANNER.exec(text.slice(next.end, next.end + 40))?.[1]?.toLowerCase() === next.text.toLowerCase();
    // (a city's river port is the city's: "the Kherson River Port")
    const riverPort = !!next && /^river$/i.test(next.text) && RIVER_PORT.test(text.slice(next.end, next.end + 12));
    if (next && /^\s+$/.test(gapNext) && NOT_A_PLACE_AFTER.test(next.text) && !manner && !riverPort) continue;
    // (so too the first word of a longer name the river noun closes: "the Mokri Yaly river", "the Velyka Vys River")
    if (RIVER_NAME_AFTER.test(text.slice(found.end, found.end + 60))) continue;
    // "the Sea of Azov": a sea, not the town it is named after
    if (/\bSea\s+of\s+$/i.test(before)) continue;
    // "at 5am Moscow time", "00:30 Kyiv time": a time zone, no place of the event
    if (next?.text.toLowerCase() === "time" && /^\s+$/.test(gapNext) && CLOCK_BEFORE.test(before)) continue;
    // "Petrenko Oleh said": a given name after a surname is a person
    const afterSurname = /[\p{Lu}][\p{Ll}'’-]+\s$/u.test(before) && !/[.!?]\s*[\p{Lu}][\p{Ll}'’-]+\s$/u.test(before);
    if (GIVEN_NAMES.has(found.key) && afterSurname && /^[,.;:)]/.test(text.slice(found.end, found.end + 1))) continue;
    // "Volodymyr Zelensky": a place that is also a given name, before a capitalised word, is a person;
    // "Kyiv Independent", "Shakhtar Donetsk"-style names of outlets and clubs are not places either
    if (
      found.level !== "country" &&
      next &&
      /^ $/.test(gapNext) &&
      isCapitalised(next.text) &&
      !OK_AFTER.test(next.text) &&
      (GIVEN_NAMES.has(found.key) ||
        /^(Independent|Post|Times|Pravda|Today|Herald|Dynamo|Metalist|Shakhtar|Zorya|Vorskla)$/.test(next.text))
    )
      continue;
    if (STOP_SINGLE.has(found.key)) continue;
    // "Rostov-on-Don", "Kyiv-based": a name glued into a hyphenated compound is not a place mention
    if (/^-\p{Ll}/u.test(text.slice(found.end, found.end + 2))) continue;
    // (and a part of a hyphenated name the gazetteer lacks is no mention of another place: "Gora-Podol" is not Hora)
    const glued = /^-\p{Lu}/u.test(text.slice(found.end, found.end + 2));
    if (glued || /\p{L}-$/u.test(text.slice(found.start - 2, found.start))) continue;
    // "Vyacheslav Chaus", "Governor Kim": a given name or a title right before a one-word name makes it a
    // surname; the same surface is then a person everywhere in the text ("Chaus said")
    // (not a title before a city's possessive or a city's name, a translation's word order for its office:
    // "Governor Mykolaiv's Vitaly Kim", "Mayor Kharkiv said")
    const before1 = /([\p{Lu}][\p{L}.'’]+)\s$/u.exec(text.slice(Math.max(0, found.start - 30), found.start));
    const office =
      !!before1 &&
      PERSON_TITLES.test(before1[1]) &&
      (found.possessive || found.entries.some((e) => e.s.population >= CITY));
    if (
      found.level === "settlement" &&
      tokEnd - 1 === i &&
      before1 &&
      !office &&
      (GIVEN_NAMES.has(fold(before1[1])) || PERSON_TITLES.test(before1[1]))
    ) {
      persons.add(found.key);
      continue;
    }
    // "Malaya Loknya", "Bolshoye Soldatskoye": a name's adjective (little, great, new, old, upper, lower) before a
    // word makes a longer name, one the gazetteer would have matched whole had it known it; the word alone is not
    // that place
    if (found.level === "settlement" && tokEnd - 1 === i && before1 && NAME_ADJECTIVE.test(before1[1])) continue;
    // "Orikhove, Luhansk." / "Troitske, Luhansk oblast": an oblast's name closing a place's description names the
    // oblast
    const prevOut = out[out.length - 1];
    if (
      found.oblast &&
      found.level === "settlement" &&
      prevOut?.level === "settlement" &&
      /^,\s*$/.test(text.slice(prevOut.end, found.start)) &&
      /^\s*([.;)]|$)/.test(text.slice(found.end, found.end + 6))
    )
      found.level = "oblast";
    // "visits to the Kherson region and the Luhansk": an oblast's name after "the", with no noun following, is the
    // region
    if (
      found.oblast &&
      found.level === "settlement" &&
      /\bthe\s+$/i.test(before) &&
      !(
        next &&
        /^\s+$/.test(gapNext) &&
        /^\p{Ll}/u.test(next.text) &&
        !/^(in|on|at|and|or|for|since|last|this|over)$/.test(next.text)
      )
    ) {
      const prevTok = /(\p{L}+)\s+the\s+$/u.exec(before)?.[1] ?? "";
      if (/^(and|or|to|of|in)$/i.test(prevTok) && out.some((o) => o.level === "oblast")) found.level = "oblast";
    }
    // region and district readings
    // "the southeastern Donetsk settlements of …", "Kharkiv villages": the name qualifies a plural, so it is the region
    // (and so does an oblast's office: "Donetsk governor Vadym Filashkin"; a mayor's is the city's)
    const plural = /^(settlements|villages|towns|cities|localities|communities|governor)$/i;
    if (next && /^\s+$/.test(gapNext) && plural.test(next.text)) {
      // (a community is named after its centre: "the Bilopillia and Velyka Pysarivka communities")
      if (found.oblast) found.level = "oblast";
      else if (!/^communities$/i.test(next.text)) continue;
    }
    // ("Kherson regional head", "the Zaporizhzhia regional governor": the oblast's officer)
    const regional = next && /^\s+$/.test(gapNext) && /^regional$/i.test(next.text);
    if (regional && found.oblast && REGIONAL_OFFICE.test(text.slice(next.end, next.end + 30))) found.level = "oblast";
    const body = regional && found.oblast ? REGIONAL_BODY.exec(text.slice(next.end, next.end + 40)) : null;
    const bodyEnd = next ? next.end + (body?.[0].length ?? 0) : 0;
    if (body && (VOICE_BEFORE.test(before) || VOICE_AFTER.test(text.slice(bodyEnd, bodyEnd + 90))))
      found.level = "oblast";
    const regionAfter = next && /^\s+$/.test(gapNext) && REGION_WORD.test(next.text);
    const regionsAfter = next && /^\s+$/.test(gapNext) && REGIONS_WORD.test(next.text);
    const regionBefore =
      /\b(regions?|oblasts?|provinces?|regi[oó]n(es)?|r[eé]gions?)\s+(of|de)\s+(the\s+)?$/i.test(before) ||
      // "the regions of Kiev and Cherniguiv": the second name of the list
      (out.length > 0 &&
        out[out.length - 1].level === "oblast" &&
        /^\s*(,|and|,\s*and)\s*$/i.test(text.slice(out[out.length - 1].end, found.start)) &&
        /\b(regions|oblasts|provinces)\s+of\s+(the\s+)?$/i.test(
          text.slice(Math.max(0, out[out.length - 1].start - 30), out[out.length - 1].start),
        ));
    if (found.oblast && (regionAfter || regionsAfter || regionBefore)) {
      found.level = "oblast";
      if (regionsAfter) {
        // "the Zaporizhzhia, Dnipropetrovsk, and Sumy regions": every name of the list is an oblast
        for (let k = out.length - 1; k >= 0; k--) {
          const gap = text.slice(out[k].end, k === out.length - 1 ? found.start : out[k + 1].start);
          if (!/^\s*(,|and|or|,\s*and|,\s*or)\s*$/i.test(gap) || !out[k].oblast) break;
          out[k].level = "oblast";
        }
      }
    } else if (next && /^\s+$/.test(gapNext) && DISTRICT_WORD.test(next.text)) {
      // (a city's own district is part of the city, no raion: "Odesa's Prymorskyi district", "the Kyivskyi district
      // of Kharkiv")
      const prev = out[out.length - 1];
      const cityBefore =
        !!prev && prev.level === "settlement" && /^['’]s\s+(?:the\s+)?$/.test(text.slice(prev.end, found.start));
      if (cityBefore || CITY_AFTER.test(text.slice(next.end, next.end + 40))) continue;
      toRaion(found, g);
      if (/s$/i.test(next.text)) {
        // "the Chuguiv, Kupyansk and Balaklya districts": every name of the list is a district
        for (let k = out.length - 1; k >= 0; k--) {
          const gap = text.slice(out[k].end, k === out.length - 1 ? found.start : out[k + 1].start);
          if (!/^[\s"“”«»]*(,|and|or|,\s*and|,\s*or)[\s"“”«»]*$/i.test(gap) || out[k].level !== "settlement") break;
          toRaion(out[k], g);
        }
      }
    } else if (found.level === "oblast" && !found.regionOnly && !found.entries.length) {
      // adjectival "Kharkivska oblast" or a bare oblast-only name
      found.level = "oblast";
    }
    if (found.level === "settlement" && !found.entries.length) continue;
    // the capital named as a government ("Kyiv's forces", "Kyiv said") is an actor, not a place
    // (but "Kyiv's Darnytskyi district", "Kyiv's outskirts" are the city)
    if (
      found.possessive &&
      (((found.key === "kyiv" || found.key === "kiev") && found.level === "settlement") || found.key === "moscow") &&
      !CITY_PART.test(text.slice(found.end + 2, found.end + 50))
    )
      continue;
    // a vessel's name is no place: "the Moskva missile cruiser", "the cruiser Moskva", "the frigate Admiral Makarov"
    if (SHIP_AFTER.test(text.slice(found.end, found.end + 30)) || SHIP_BEFORE.test(before)) continue;
    // (and the capital as the subject of saying or deciding: "Kyiv rejected the claim", "Kyiv says")
    // (so is Moscow, and either after "according to": "according to Moscow, two drones were destroyed")
    // (and the country itself, as a party: "Ukraine said it had hit targets in Russia's Bryansk region")
    const capital =
      ((found.key === "kyiv" || found.key === "kiev") && found.level === "settlement") ||
      found.key === "moscow" ||
      (found.key === "ukraine" && found.level === "country");
    // (and the capital before a word for its rule: "the Kiev regime", "the Kyiv government", "Moscow's leadership")
    const after = text.slice(found.end, found.end + 30);
    if (
      capital &&
      (ACTS.test(after) ||
        RULE.test(after) ||
        /\baccording to\s+$/i.test(before) ||
        CLAIM_BY.test(before) ||
        FORTUNE_OF.test(before))
    )
      continue;
    out.push(found);
  }
  return out.filter((m) => !persons.has(m.key));
}
