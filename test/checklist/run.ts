// The behavioural suite in CheckList's style (Ribeiro et al., ACL 2020): minimum-functionality cases written for the
// project, one file per phenomenon (test/checklist/cases, written from the phenomena alone, without the code or
// the gold texts), and cases generated from them: invariance (another settlement in another spelling, a "Read
// also" line or a photo credit inserted, another speaker of the same side) and direction (Ukrainian and Russian
// swapped flips the side; "could not be independently verified" makes a claim unconfirmed; the other side's
// denial adds a denied event).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyse } from "../../src/pipeline.ts";
import { loadGazetteer } from "../../src/geo/index.ts";
import { fold } from "../../src/geo/normalize.ts";
import { OBLASTS } from "../../src/geo/oblasts.ts";
import type { Event, RawArticle } from "../../src/types.ts";

export interface Want {
  type?: string;
  side?: string | null;
  place?: string;
  oblast?: string;
  level?: string;
  status?: string;
  date?: string;
  quantity?: number;
}
export interface Case {
  text: string;
  published?: string;
  expect?: Want[];
  forbid?: Want[];
  flip?: boolean;
}
export interface TestFile {
  test: string;
  phenomenon: string;
  published: string;
  cases: Case[];
}
export interface Generated {
  test: string;
  kind: string;
  text: string;
  published: string;
  expect: Want[];
  forbid: Want[];
}

export const CASES = join(import.meta.dirname, "cases");

export function loadTests(dir = CASES): TestFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => {
      const t = JSON.parse(readFileSync(join(dir, f), "utf8")) as TestFile;
      if (!t.test || !Array.isArray(t.cases))
        throw new Error(`${f}: not a checklist file (test, phenomenon, published, cases)`);
      t.cases.forEach((c, i) => {
        if (!c.text || !(c.expect?.length || c.forbid?.length))
          throw new Error(`${f}: case ${i + 1} has no text or no expectation`);
      });
      return t;
    });
}

// ---- matching --------------------------------------------------------------------------------------------------

const oblastCode = (name: string) => {
  const f = fold(name.replace(/\s+(oblast|region|province)$/i, ""));
  return OBLASTS.find((o) => [o.name.replace(/ oblast$/, ""), ...o.names].some((n) => fold(n) === f))?.pcode ?? null;
};

/** The P-codes an expected settlement name may stand for (every settlement of that name, in its oblast if given). */
function pcodesOf(name: string, oblast?: string): Set<string> | null {
  const g = loadGazetteer();
  const entries = g.index.get(fold(name)) ?? [];
  const ob = oblast ? oblastCode(oblast) : null;
  const hits = entries.filter((e) => !ob || e.s.admin1 === ob).map((e) => e.s.pcode);
  return hits.length ? new Set(hits) : null;
}

function placeOk(w: Want, e: Event): boolean {
  if (!w.place) return true;
  return e.places.some((p) => {
    const level = w.level ?? "settlement";
    if (level === "country") return p.level === "country";
    // (a region of Russia is filed at Russia's level too, by its name: "Kursk region")
    if (level === "oblast" && !oblastCode(w.place!))
      return p.level === "country" && fold(p.name) === fold(`${w.place} region`);
    if (level === "oblast") return (p.level === "oblast" || p.level === "raion") && p.admin1 === oblastCode(w.place!);
    // a town abroad (Belgorod) is filed at its country's level, under the country's code: its name decides
    if (p.level === "country") return fold(p.name) === fold(w.place!);
    if (p.level !== "settlement") return false;
    const codes = pcodesOf(w.place!, w.oblast);
    return codes ? !!p.pcode && codes.has(p.pcode) : fold(p.name) === fold(w.place!);
  });
}

export function matches(w: Want, e: Event): boolean {
  if (w.type && w.type !== e.type) return false;
  if (w.side !== undefined && w.side !== e.side) return false;
  if (w.status && w.status !== e.status) return false;
  if (w.date && !(e.date ?? "").startsWith(w.date)) return false;
  if (w.quantity !== undefined && e.quantity?.value !== w.quantity) return false;
  return placeOk(w, e);
}

export function run(g: Generated): { ok: boolean; why: string[]; events: Event[] } {
  const raw: RawArticle = {
    input: g.test,
    file: `${g.test}.txt`,
    url: null,
    title: null,
    outlet: null,
    published: g.published,
    translatedFrom: null,
    language: null,
    text: g.text,
  };
  const { events } = analyse(raw);
  const why: string[] = [];
  for (const w of g.expect) if (!events.some((e) => matches(w, e))) why.push(`missing ${JSON.stringify(w)}`);
  for (const w of g.forbid)
    for (const e of events)
      if (matches(w, e)) why.push(`forbidden ${e.type} ${e.side} ${e.places.map((p) => p.name).join("+")} ${e.status}`);
  return { ok: !why.length, why, events };
}

// ---- generation ------------------------------------------------------------------------------------------------

/** Settlements in two spellings each (official romanisation, a Russian-derived one) that the swap puts in. */
const SWAP: [string, string, string][] = [
  ["Izium", "Izyum", "Kharkiv"],
  ["Kupiansk", "Kupyansk", "Kharkiv"],
  ["Bakhmut", "Artemovsk", "Donetsk"],
  ["Avdiivka", "Avdeyevka", "Donetsk"],
  ["Vuhledar", "Ugledar", "Donetsk"],
  ["Kreminna", "Kremennaya", "Luhansk"],
  ["Toretsk", "Dzerzhinsk", "Donetsk"],
  ["Huliaipole", "Gulyaipole", "Zaporizhzhia"],
  ["Vovchansk", "Volchansk", "Kharkiv"],
  ["Robotyne", "Rabotino", "Zaporizhzhia"],
  ["Balakliia", "Balakleya", "Kharkiv"],
  ["Svatove", "Svatovo", "Luhansk"],
];
const HEADLINES = [
  ["Read also: Russian troops shell Nikopol overnight", { type: "strike", place: "Nikopol" }],
  ["READ MORE: Ukrainian forces liberate Snihurivka, says governor", { type: "control_change", place: "Snihurivka" }],
  ["Related: Zelensky visits soldiers in Kramatorsk", { type: "visit", place: "Kramatorsk" }],
  ["Photo: Russian tanks destroyed near Trostianets / Reuters", { type: "equipment_loss", place: "Trostianets" }],
] as const;
const SPEAKERS: Record<string, string[]> = {
  UA: [
    "the General Staff of Ukraine's armed forces",
    "Ukraine's defence ministry",
    "the Ukrainian military",
    "Volodymyr Zelensky",
  ],
  RU: [
    "the Russian defence ministry",
    "Russia's defence ministry",
    "the Russian Defence Ministry",
    "Kremlin spokesman Dmitry Peskov",
  ],
};
const FLIP: [RegExp, string][] = [
  [/\bUkrainians\b/g, "\0RUS"],
  [/\bRussians\b/g, "\0UKRS"],
  [/\bUkrainian\b/g, "\0RU"],
  [/\bRussian\b/g, "\0UA"],
  [/\bUkraine's\b/g, "\0RUP"],
  [/\bRussia's\b/g, "\0UAP"],
  [/\bUkraine\b/g, "\0RC"],
  [/\bRussia\b/g, "\0UC"],
  [/\bKyiv\b/g, "\0MOS"],
  [/\bMoscow\b/g, "\0KYI"],
];
const FLIP_BACK: Record<string, string> = {
  RUS: "Russians",
  UKRS: "Ukrainians",
  RU: "Russian",
  UA: "Ukrainian",
  RUP: "Russia's",
  UAP: "Ukraine's",
  RC: "Russia",
  UC: "Ukraine",
  MOS: "Moscow",
  KYI: "Kyiv",
};
const flipSide = (w: Want): Want => ({ ...w, side: w.side === "UA" ? "RU" : w.side === "RU" ? "UA" : w.side });
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Every case as written, and the invariance and direction cases made from it. */
export function generate(t: TestFile): Generated[] {
  const out: Generated[] = [];
  t.cases.forEach((c, i) => {
    const base: Generated = {
      test: t.test,
      kind: "mft",
      text: c.text,
      published: c.published ?? t.published,
      expect: c.expect ?? [],
      forbid: c.forbid ?? [],
    };
    out.push(base);
    const tag = (kind: string, g: Partial<Generated>) => out.push({ ...base, ...g, kind: `${kind}#${i + 1}` });
    // another settlement, in its Russian-derived spelling: the event follows the place
    const named = base.expect.find(
      (w) =>
        w.place && (w.level ?? "settlement") === "settlement" && new RegExp(`\\b${escape(w.place)}\\b`).test(c.text),
    );
    if (named && !base.forbid.some((w) => w.place === named.place)) {
      const inText = SWAP.filter(([a, b]) => !c.text.includes(a) && !c.text.includes(b));
      for (const [official, spelt, oblast] of inText.slice(i % 4, (i % 4) + 2)) {
        const re = new RegExp(`\\b${escape(named.place!)}\\b`, "g");
        const move = (w: Want) => (w.place === named.place ? { ...w, place: official, oblast } : w);
        tag("inv-place", {
          text: c.text.replace(re, spelt),
          expect: base.expect.map(move),
          forbid: base.forbid.map(move),
        });
      }
    }
    // page furniture inside the text: nothing changes, and the furniture's own event never appears
    const [line, event] = HEADLINES[i % HEADLINES.length];
    if (!c.text.includes(event.place)) {
      tag("inv-furniture", { text: `${c.text}\n${line}`, forbid: [...base.forbid, event] });
      tag("inv-furniture-first", { text: `${line}\n${c.text}`, forbid: [...base.forbid, event] });
    }
    // another speaker of the same side
    for (const side of ["UA", "RU"]) {
      const said = SPEAKERS[side].find((s) => c.text.includes(s));
      if (said)
        tag("inv-speaker", {
          text: c.text.replace(said, SPEAKERS[side][(SPEAKERS[side].indexOf(said) + 1) % SPEAKERS[side].length]),
        });
    }
    // Ukrainian and Russian swapped: every side flips
    if (c.flip) {
      let text = c.text;
      for (const [re, mark] of FLIP) text = text.replace(re, mark);
      text = text.replace(/\0([A-Z]+)/g, (_, k: string) => FLIP_BACK[k]);
      tag("dir-flip", { text, expect: base.expect.map(flipSide), forbid: base.forbid.map(flipSide) });
    }
    // "could not be independently verified": a claim becomes unconfirmed
    const asserted = base.expect.filter((w) => w.status === "claimed");
    if (asserted.length && asserted.length === base.expect.length && !c.text.includes("\n")) {
      tag("dir-unverified", {
        text: `${c.text} The claim could not be independently verified.`,
        expect: base.expect.map((w) => ({ ...w, status: "unconfirmed" })),
        forbid: base.forbid.filter((w) => !w.status),
      });
    }
    // the other side's denial of a claimed change of hands: a denied event beside the claim
    const claim = base.expect.find(
      (w) =>
        w.type === "control_change" &&
        w.status === "claimed" &&
        w.side === "RU" &&
        w.place &&
        (w.level ?? "settlement") === "settlement",
    );
    if (claim && !c.text.includes("\n")) {
      tag("dir-denial", {
        text: `${c.text}\nUkraine's General Staff denied that Russian forces had captured ${claim.place}.`,
        expect: [...base.expect, { ...claim, status: "denied" }],
        forbid: base.forbid.filter((w) => !w.status),
      });
    }
  });
  return out;
}

export interface TestScore {
  test: string;
  phenomenon: string;
  mft: [number, number];
  generated: [number, number];
  failures: string[];
}

export function score(tests: TestFile[]): TestScore[] {
  return tests.map((t) => {
    const s: TestScore = { test: t.test, phenomenon: t.phenomenon, mft: [0, 0], generated: [0, 0], failures: [] };
    for (const g of generate(t)) {
      const r = run(g);
      const slot = g.kind === "mft" ? s.mft : s.generated;
      slot[1]++;
      if (r.ok) slot[0]++;
      else s.failures.push(`[${g.kind}] ${g.text.replace(/\n/g, " ⏎ ")}\n      ${r.why.join("; ")}`);
    }
    return s;
  });
}
