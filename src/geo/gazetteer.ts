// Loads the compact gazetteer built by scripts/build-gazetteer.ts and indexes every spelling of every place.
import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { join } from "node:path";
import { fold } from "./normalize.js";
import { allVariants, russianLatin } from "./variants.js";
import { OBLASTS, REGION_ONLY } from "./oblasts.js";

export interface Settlement {
  pcode: string;
  name: string;
  uk: string;
  lat: number;
  lon: number;
  population: number;
  admin1: string;
  raion: string;
  hromada: string;
}
export interface AdminUnit {
  level: "oblast" | "raion" | "hromada";
  pcode: string;
  parent: string;
  name: string;
  lat: number;
  lon: number;
}

/** How a spelling was obtained: exact official or GeoNames names rank above rule-made variants. */
export const enum Tier {
  Curated = 0,
  Official = 1,
  Alternate = 2,
  Variant = 3,
}
export interface Entry {
  s: Settlement;
  tier: Tier;
}

export interface Gazetteer {
  settlements: Settlement[];
  byPcode: Map<string, Settlement>;
  index: Map<string, Entry[]>; // folded spelling -> settlements
  oblastIndex: Map<string, string>; // folded name -> oblast pcode
  regionOnly: Map<string, string>; // folded name -> oblast pcode, names never meaning a settlement
  raionIndex: Map<string, AdminUnit>; // folded name or stem -> raion
  admin: Map<string, AdminUnit>;
  oblastName: (pcode: string) => string;
  maxTokens: number;
  /** one-letter-deleted forms of the larger towns' names, for misspellings ("Popsana" for Popasna) */
  near: Map<string, Settlement[]>;
  /** towns on the line of contact by period, latest first, and the villages between them (data/front-towns.json) */
  front: { from: string; towns: Settlement[]; line: Settlement[] }[];
}

const DATA = join(import.meta.dirname, "..", "..", "data", "gazetteer");
const tsv = (f: string) =>
  gunzipSync(readFileSync(join(DATA, f)))
    .toString("utf8")
    .split("\n")
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split("\t"));

let cached: Gazetteer | null = null;

// (the codes among GeoNames' alternates, airports' and the like: "WAS" for Washington, "IEV" for Kyiv; folded, they
// would be words, "was")
const CODE = /^\p{Lu}{2,4}$/u;
/**
 * The name the English press gives a place abroad: GeoNames keeps the soft sign ("Ryazan’", "Vyaz’ma"), the press
 * drops it; and where GeoNames names a town by its adjective ("L’govskiy") and lists the town's own name among the
 * alternates ("Lgov"), the press uses that.
 */
function pressName(name: string, alts: string): string {
  const plain = name.replace(/['’]/g, "");
  const stem = /^(.{3,}?)(?:skiy|skij|sky)$/.exec(plain)?.[1];
  return stem && alts.split("|").includes(stem) ? stem : plain;
}

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const settlements: Settlement[] = [];
  const index = new Map<string, Entry[]>();
  const add = (key: string, s: Settlement, tier: Tier) => {
    if (key.length < 3) return;
    const list = index.get(key);
    if (!list) {
      index.set(key, [{ s, tier }]);
      return;
    }
    const prev = list.find((e) => e.s === s);
    if (prev) prev.tier = Math.min(prev.tier, tier);
    else list.push({ s, tier });
  };
  // (the Cyrillic names among a place's GeoNames alternates, romanised as the Russian press writes them)
  const addRomanised = (alts: string, s: Settlement) => {
    for (const a of alts ? alts.split("|") : [])
      if (/^[а-яёА-ЯЁ -]+$/.test(a)) for (const v of russianLatin(fold(a))) add(v, s, Tier.Variant);
  };

  // (a Russian name GeoNames gives one settlement is the Russian name of its Ukrainian namesakes: Піщане is
  // Песчаное, "Peschanoye", wherever it lies; GeoNames records it for a few of them only)
  const russianOf = new Map<string, Set<string>>();
  for (const [pcode, name, uk, lat, lon, pop, alts] of tsv("settlements.tsv.gz")) {
    const s: Settlement = {
      pcode,
      name,
      uk,
      lat: +lat,
      lon: +lon,
      population: +pop,
      admin1: pcode.slice(0, 4),
      raion: pcode.slice(0, 6),
      hromada: pcode.slice(0, 9),
    };
    settlements.push(s);
    add(fold(name), s, Tier.Official);
    add(fold(uk), s, Tier.Official);
    for (const a of alts ? alts.split("|") : []) if (!CODE.test(a)) add(fold(a), s, Tier.Alternate);
    for (const v of allVariants(name, uk)) add(v, s, Tier.Variant);
    for (const a of alts ? alts.split("|") : [])
      if (/^[A-Za-z' -]+$/.test(a)) for (const v of allVariants(a, "")) add(v, s, Tier.Variant);
    // a Russian name GeoNames keeps only in Cyrillic (Алёшки for Oleshky) reaches English text romanised as the
    // Russian press writes it ("Aleshki")
    addRomanised(alts, s);
    for (const a of alts ? alts.split("|") : [])
      if (/^[а-яёА-ЯЁ -]+$/.test(a) && !/[іїєґ]/i.test(a)) {
        const set = russianOf.get(uk) ?? new Set<string>();
        set.add(a);
        russianOf.set(uk, set);
      }
  }
  for (const s of settlements)
    for (const a of russianOf.get(s.uk) ?? []) for (const v of russianLatin(fold(a))) add(v, s, Tier.Variant);
  // places abroad (a Russian border town, a capital): their country's code stands for the oblast, and they rank with
  // GeoNames alternates, below Ukrainian official names ("Rostov" the city and "Rostov" a Sumy village meet in
  // ./resolve.ts, which hands a name abroad only on a sign of the country)
  for (const [id, country, name, lat, lon, pop, alts] of tsv("abroad.tsv.gz")) {
    const s: Settlement = {
      pcode: `${country}-${id}`,
      name: pressName(name, alts),
      uk: "",
      lat: +lat,
      lon: +lon,
      population: +pop,
      admin1: country,
      raion: "",
      hromada: "",
    };
    add(fold(name), s, Tier.Alternate);
    for (const a of alts ? alts.split("|") : []) if (!CODE.test(a)) add(fold(a), s, Tier.Alternate);
    // (and its Russian name romanised as the press writes it: Грайворон -> Graivoron beside GeoNames' Grayvoron)
    addRomanised(alts, s);
  }
  const byPcode = new Map(settlements.map((s) => [s.pcode, s]));
  const curated = JSON.parse(readFileSync(join(DATA, "variants.json"), "utf8")) as {
    variants: [string, string, string][];
  };
  for (const [surface, pcode] of curated.variants) {
    const s = byPcode.get(pcode);
    if (s) add(fold(surface), s, Tier.Curated);
  }

  const admin = new Map<string, AdminUnit>();
  const raionIndex = new Map<string, AdminUnit>();
  const oblastIndex = new Map<string, string>();
  for (const [level, pcode, parent, en, uk, ru, lat, lon] of tsv("admin.tsv.gz")) {
    const u: AdminUnit = { level: level as AdminUnit["level"], pcode, parent, name: en, lat: +lat, lon: +lon };
    admin.set(pcode, u);
    if (level === "oblast") {
      oblastIndex.set(fold(en), pcode);
      oblastIndex.set(fold(uk), pcode);
    }
    if (level === "raion") {
      for (const n of [en, uk, ru].filter(Boolean)) {
        raionIndex.set(fold(n), u);
        // "Iziumskyi" is the raion of Izium: the press says "Izium district"
        const stem = fold(n).replace(/(skyi|skyy|sky|skiy|ckyi|ський|ский|цький|цкий)$/u, "");
        if (stem.length > 3) raionIndex.set(stem, u);
      }
    }
  }
  for (const o of OBLASTS) for (const n of o.names) oblastIndex.set(fold(n), o.pcode);
  const regionOnly = new Map<string, string>();
  for (const [p, names] of Object.entries(REGION_ONLY)) for (const n of names) regionOnly.set(fold(n), p);

  // SymSpell-style index at edit distance 1 (deletes, and so transpositions too) over the names of places with
  // at least 10,000 people: misspellings of small villages would match too many real names.
  const near = new Map<string, Settlement[]>();
  const addNear = (k: string, s: Settlement) => {
    const list = near.get(k) ?? [];
    if (!list.includes(s)) list.push(s);
    near.set(k, list);
  };
  for (const s of settlements) {
    if (s.population < 10000) continue;
    const k = fold(s.name);
    if (k.length < 6 || k.includes(" ")) continue;
    addNear(k, s);
    for (let i = 0; i < k.length; i++) addNear(k.slice(0, i) + k.slice(i + 1), s);
  }

  let maxTokens = 1;
  for (const k of index.keys()) maxTokens = Math.max(maxTokens, k.split(" ").length);
  const oblastName = (p: string) => OBLASTS.find((o) => o.pcode === p)?.name ?? admin.get(p)?.name ?? p;
  const lines = JSON.parse(readFileSync(join(DATA, "..", "front-towns.json"), "utf8")) as {
    periods: { from: string; towns: string[]; line?: string[] }[];
  };
  const settled = (ts: string[]) => ts.map((t) => byPcode.get(t.split(" ")[0])).filter((t) => !!t) as Settlement[];
  const front = lines.periods
    .map((p) => ({ from: p.from, towns: settled(p.towns), line: [...settled(p.towns), ...settled(p.line ?? [])] }))
    .sort((a, b) => b.from.localeCompare(a.from));
  // (and the towns on the front line, whatever their size or GeoNames' count of them: the press names them most,
  // in the most spellings; not the villages that only trace the line between them)
  for (const s of new Set(front.flatMap((p) => p.towns))) {
    const k = fold(s.name);
    if (k.length < 6 || k.includes(" ") || near.get(k)?.includes(s)) continue;
    addNear(k, s);
    for (let i = 0; i < k.length; i++) addNear(k.slice(0, i) + k.slice(i + 1), s);
  }
  cached = {
    settlements,
    byPcode,
    index,
    oblastIndex,
    regionOnly,
    raionIndex,
    admin,
    oblastName,
    maxTokens: Math.min(maxTokens, 5),
    near,
    front,
  };
  return cached;
}
