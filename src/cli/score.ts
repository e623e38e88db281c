// The scoring of ../shared/gold/FORMAT.md, on exported events (the contract's JSONL shape) and a control map.
// Home-made on purpose: it is the project's own reading of the format, checked against the independent scorer
// in ../shared/tools by the tests.
import { km } from "../geo/normalize.js";

type GoldPlace = { name?: string; pcode?: string; lat?: number; lon?: number; region?: string; country?: string };
export interface GoldEvent {
  type: string;
  side?: string | null;
  place: GoldPlace | GoldPlace[];
  date: string | null;
  date_tolerance_days?: number;
  status?: string;
  source?: { side?: string | null };
  optional?: boolean;
}
export interface GoldFile {
  articles: {
    file: string;
    published?: string;
    complete_types?: string[];
    events: GoldEvent[];
    must_not?: GoldEvent[];
  }[];
  control?: { place: { name: string; pcode: string }; as_of: string; controller?: string; controller_not?: string }[];
}
export interface PredPlace {
  name?: string;
  pcode?: string | null;
  lat?: number | null;
  lon?: number | null;
  level?: string;
  admin1?: string | null;
}
export interface Pred {
  type: string;
  side: string | null;
  date: string | null;
  status?: string;
  source?: { side?: string | null } | null;
  places: PredPlace[];
  evidence?: { file?: string; article?: string; text?: string };
  articles?: string[];
}

const dayNum = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86400000;
const isDay = (d: unknown): d is string => typeof d === "string" && /^\d{4}-\d{2}-\d{2}$/.test(d);
const isMonth = (d: unknown): d is string => typeof d === "string" && /^\d{4}-\d{2}$/.test(d);

function placeMatches(g: GoldPlace | GoldPlace[], p: PredPlace): boolean {
  return [g].flat().some((gp) => {
    if (gp.country) return p.level === "country";
    if (gp.region)
      return (p.level === "oblast" || p.level === "raion") && (p.admin1 ?? "").startsWith(gp.region.slice(0, 4));
    if (p.level && p.level !== "settlement") return false;
    if (gp.pcode && p.pcode) return gp.pcode === p.pcode;
    return (
      gp.lat != null &&
      gp.lon != null &&
      p.lat != null &&
      p.lon != null &&
      km({ lat: gp.lat, lon: gp.lon }, { lat: p.lat, lon: p.lon }) <= 10
    );
  });
}
function dateMatches(g: GoldEvent, date: string | null): boolean {
  if (g.date == null) return true;
  if (isMonth(g.date)) return typeof date === "string" && date.slice(0, 7) === g.date;
  if (!isDay(date)) return false;
  return Math.abs(dayNum(date) - dayNum(g.date)) <= (g.date_tolerance_days ?? 1);
}
const matches = (g: GoldEvent, p: Pred & { place: PredPlace }) =>
  g.type === p.type &&
  (g.side == null || g.side === p.side) &&
  placeMatches(g.place, p.place) &&
  dateMatches(g, p.date);

export interface TypeScore {
  gold: number;
  goldMatched: number;
  pred: number;
  predMatched: number;
  p: number;
  r: number;
  f1: number;
}
export interface EvalResult {
  types: Record<string, TypeScore>;
  overall: { p: number; r: number; f1: number };
  status: { ok: number; n: number };
  sourceSide: { ok: number; n: number };
  date: { ok: number; n: number }; // matched events whose day date is exact (tolerance aside)
  critical: string[];
  misses: string[];
  extras: string[];
  wrong: string[]; // matched events whose status or source side differ from the gold's
  control: { ok: number; n: number };
}

const prf = (gm: number, g: number, pm: number, p: number) => {
  const r = g ? gm / g : 0,
    pr = p ? pm / p : 0;
  return { p: pr, r, f1: r + pr ? (2 * pr * r) / (pr + r) : 0 };
};

export function evaluate(
  gold: GoldFile,
  preds: Pred[],
  controlAt?: (day: string) => { pcode: string; controller: string }[],
): EvalResult {
  const byArticle = new Map<string, (Pred & { place: PredPlace })[]>();
  for (const e of preds) {
    const keys = new Set(
      [e.evidence?.file, e.evidence?.article, ...(e.articles ?? [])].filter((k): k is string => !!k),
    );
    for (const place of e.places.length ? e.places : [{}])
      for (const k of keys) {
        if (!byArticle.has(k)) byArticle.set(k, []);
        byArticle.get(k)!.push({ ...e, place });
      }
  }
  const t = new Map<string, { g: number; gm: number; p: number; pm: number }>();
  const bump = (type: string) => {
    if (!t.has(type)) t.set(type, { g: 0, gm: 0, p: 0, pm: 0 });
    return t.get(type)!;
  };
  const res: EvalResult = {
    types: {},
    overall: { p: 0, r: 0, f1: 0 },
    status: { ok: 0, n: 0 },
    sourceSide: { ok: 0, n: 0 },
    date: { ok: 0, n: 0 },
    critical: [],
    misses: [],
    extras: [],
    wrong: [],
    control: { ok: 0, n: 0 },
  };
  for (const a of gold.articles) {
    const ps = byArticle.get(a.file) ?? [];
    for (const g of a.events) {
      if (g.optional) continue;
      const agree = (p: Pred) => (p.status === g.status ? 2 : 0) + (p.source?.side === g.source?.side ? 1 : 0);
      const hit = ps.filter((p) => matches(g, p)).sort((x, y) => agree(y) - agree(x))[0];
      const s = bump(g.type);
      s.g++;
      if (!hit) {
        res.misses.push(
          `${a.file}: ${g.type} ${g.side ?? ""} ` +
            `${JSON.stringify([g.place].flat().map((p) => p.name ?? p.region ?? p.country))} ` +
            `${g.date}`,
        );
        continue;
      }
      s.gm++;
      if (g.status) {
        res.status.n++;
        if (hit.status === g.status) res.status.ok++;
      }
      if (g.source?.side) {
        res.sourceSide.n++;
        if (hit.source?.side === g.source.side) res.sourceSide.ok++;
      }
      if ((g.status && hit.status !== g.status) || (g.source?.side && hit.source?.side !== g.source.side)) {
        res.wrong.push(
          `${a.file}: ${g.type} ` +
            `${[g.place].flat().map((p) => p.name ?? p.region ?? p.country)[0]} ` +
            `status ${hit.status} (gold ${g.status}) source ` +
            `${hit.source?.side ?? "-"} (gold ${g.source?.side ?? "-"}) ` +
            `«${(hit.evidence?.text ?? "").slice(0, 90)}»`,
        );
      }
      if (isDay(g.date)) {
        res.date.n++;
        if (hit.date === g.date) res.date.ok++;
      }
    }
    for (const p of ps) {
      if (!(a.complete_types ?? []).includes(p.type)) continue;
      const ok = a.events.some((g) => matches(g, p));
      const s = bump(p.type);
      s.p++;
      if (ok) s.pm++;
      else
        res.extras.push(
          `${a.file}: ${p.type} ${p.side} ${p.place.name ?? p.place.level} ` +
            `${p.date} «${(p.evidence?.text ?? "").slice(0, 80)}»`,
        );
    }
    for (const m of a.must_not ?? [])
      if (ps.some((p) => matches(m, p)))
        res.critical.push(
          `${a.file}: must not: ${m.type} ${m.side} ${JSON.stringify([m.place].flat().map((p) => p.name ?? p.region))}`,
        );
  }
  if (controlAt) {
    const cache = new Map<string, { pcode: string; controller: string }[]>();
    for (const c of gold.control ?? []) {
      if (!cache.has(c.as_of)) cache.set(c.as_of, controlAt(c.as_of));
      const got = cache.get(c.as_of)!.find((r) => r.pcode === c.place.pcode)?.controller ?? "UNKNOWN";
      const ok = c.controller ? got === c.controller : got !== c.controller_not;
      res.control.n++;
      if (ok) res.control.ok++;
      else
        res.critical.push(
          `control ${c.place.name} at ${c.as_of}: got ${got}, want ${c.controller ?? "not " + c.controller_not}`,
        );
    }
  }
  let G = 0,
    GM = 0,
    P = 0,
    PM = 0;
  for (const [type, s] of [...t].sort()) {
    G += s.g;
    GM += s.gm;
    P += s.p;
    PM += s.pm;
    res.types[type] = { gold: s.g, goldMatched: s.gm, pred: s.p, predMatched: s.pm, ...prf(s.gm, s.g, s.pm, s.p) };
  }
  res.overall = prf(GM, G, PM, P);
  return res;
}

export function report(r: EvalResult, verbose = false): string {
  const f = (x: number) => x.toFixed(3);
  const lines = ["type                 recall      precision   F1"];
  for (const [type, s] of Object.entries(r.types)) {
    // a type the gold does not list completely has no precision, so no F1: its recall stands alone
    lines.push(
      `${type.padEnd(20)} ` +
        `${String(s.goldMatched).padStart(3)}/${String(s.gold).padEnd(4)}   ` +
        `${String(s.predMatched).padStart(3)}/${String(s.pred).padEnd(4)}   ` +
        `${s.pred ? f(s.f1) : "  —"}`,
    );
  }
  if (verbose) {
    for (const m of r.misses) lines.push(`MISS  ${m}`);
    for (const x of r.extras) lines.push(`EXTRA ${x}`);
    for (const x of r.wrong) lines.push(`WRONG ${x}`);
  }
  for (const c of r.critical) lines.push(`CRITICAL ${c}`);
  const ratio = (o: { ok: number; n: number }) => (o.n ? (o.ok / o.n).toFixed(2) : "n/a");
  lines.push(
    `F1=${f(r.overall.f1)} P=${f(r.overall.p)} R=${f(r.overall.r)} ` +
      `status=${ratio(r.status)} source_side=${ratio(r.sourceSide)} ` +
      `date_exact=${ratio(r.date)} control=${r.control.ok}/${r.control.n} ` +
      `critical=${r.critical.length}`,
  );
  return lines.join("\n");
}
