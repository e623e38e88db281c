// Checks the ledger's control map against an external per-settlement timeline shaped like
// ../shared/data/dev/dsm_control_changes_*.csv (status on day D = its last row dated D or before; settlements the
// file never names were UA throughout its window). Agreement is counted over the place-days where the ledger has an
// opinion (a controller other than UNKNOWN).
import { readFileSync } from "node:fs";
import { parseCsv } from "../ingest/csv.js";
import { controlAt, type BaselineRow } from "./control.js";
import type { FusedEvent } from "./fuse.js";

export interface Comparison {
  window: [string, string];
  days: number;
  placesWithOpinion: number;
  placeDays: number;
  agree: number;
  agreement: number | null;
  byController: Record<string, { n: number; agree: number }>;
  disagreements: { pcode: string; name: string; day: string; ledger: string; external: string }[];
}

const addDay = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

export function compare(events: FusedEvent[], csvPath: string, baseline: BaselineRow[] = []): Comparison {
  const rows = parseCsv(readFileSync(csvPath, "utf8"));
  if (!rows.length || !("pcode" in rows[0]) || !("date" in rows[0]) || !("status" in rows[0]))
    throw new Error(`${csvPath}: needs pcode, date and status columns`);
  const timeline = new Map<string, { date: string; status: string }[]>();
  for (const r of rows) {
    if (!timeline.has(r.pcode)) timeline.set(r.pcode, []);
    timeline.get(r.pcode)!.push({ date: r.date, status: r.status });
  }
  for (const t of timeline.values()) t.sort((a, b) => a.date.localeCompare(b.date));
  const dates = rows.map((r) => r.date).sort();
  const first = dates[0],
    last = dates[dates.length - 1];
  const external = (pcode: string, day: string) => {
    const t = timeline.get(pcode);
    if (!t) return "UA";
    let s: string | null = null;
    for (const x of t) if (x.date <= day) s = x.status;
    return s ?? "UA";
  };
  const res: Comparison = {
    window: [first, last],
    days: 0,
    placesWithOpinion: 0,
    placeDays: 0,
    agree: 0,
    agreement: null,
    byController: {},
    disagreements: [],
  };
  const places = new Set<string>();
  for (let day = first; day <= last; day = addDay(day, 1)) {
    res.days++;
    for (const r of controlAt(events, day, baseline)) {
      if (r.controller === "UNKNOWN") continue;
      places.add(r.pcode);
      const ext = external(r.pcode, day);
      const ok = ext === r.controller;
      res.placeDays++;
      if (ok) res.agree++;
      const b = (res.byController[r.controller] ??= { n: 0, agree: 0 });
      b.n++;
      if (ok) b.agree++;
      else if (res.disagreements.length < 50)
        res.disagreements.push({ pcode: r.pcode, name: r.name, day, ledger: r.controller, external: ext });
    }
  }
  res.placesWithOpinion = places.size;
  res.agreement = res.placeDays ? +(res.agree / res.placeDays).toFixed(3) : null;
  return res;
}
