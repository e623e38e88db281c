// The control map for one day: each place that some event speaks of is UA, RU, CONTESTED or UNKNOWN, with the
// events behind it. Evidence: control changes, withdrawals (contested at most) and visits by a side's leaders,
// each a fused event whose corroboration sets the basis. Claims flagged unconfirmed, denied or intended never
// change the controller; they are listed as pending.
import type { FusedEvent } from "./fuse.js";

export type Controller = "UA" | "RU" | "CONTESTED" | "UNKNOWN";
export type Basis = "corroborated" | "claimed" | "baseline";
export interface ControlRow {
  name: string;
  pcode: string;
  lat: number | null;
  lon: number | null;
  admin1?: string | null;
  controller: Controller;
  basis: Basis | null;
  since: string | null;
  evidence: string[];
  pending?: string[];
}
/** A starting map: the controller of each settlement on a day, before news updates it. */
export interface BaselineRow {
  pcode: string;
  name: string;
  lat: number | null;
  lon: number | null;
  admin1: string | null;
  controller: Controller;
  asOf: string;
  source: string;
}

const DECISIVE = new Set(["reported", "claimed"]);
/** How far back a change of hands vouches for the side that lost the place. */
const PRIOR_DAYS = 30;
const other = (s: string | null) => (s === "UA" ? "RU" : s === "RU" ? "UA" : null);

/** The first day an event can be placed on: a month-precision date counts from the 1st. */
export const effective = (e: { date: string | null }) =>
  e.date ? (e.date.length === 7 ? `${e.date}-01` : e.date.length === 4 ? `${e.date}-01-01` : e.date) : null;

const counts = (e: FusedEvent) =>
  e.place.level === "settlement" &&
  !!e.place.pcode &&
  (e.type === "control_change" ||
    e.type === "withdrawal" ||
    (e.type === "visit" && (e.side === "UA" || e.side === "RU") && e.representative.attributes?.near !== true));

export function controlAt(events: FusedEvent[], at: string, baseline: BaselineRow[] = []): ControlRow[] {
  const byPlace = new Map<string, { place: FusedEvent["place"]; evs: FusedEvent[]; base?: BaselineRow }>();
  for (const b of baseline) {
    if (b.asOf > at) continue;
    const prev = byPlace.get(b.pcode);
    if (!prev || (prev.base && prev.base.asOf <= b.asOf))
      byPlace.set(b.pcode, {
        place: { name: b.name, pcode: b.pcode, lat: b.lat, lon: b.lon, level: "settlement", admin1: b.admin1 },
        evs: [],
        base: b,
      });
  }
  for (const e of events) {
    if (!counts(e)) continue;
    const k = e.place.pcode!;
    if (!byPlace.has(k)) byPlace.set(k, { place: e.place, evs: [] });
    byPlace.get(k)!.evs.push(e);
  }
  const rows: ControlRow[] = [];
  for (const [pcode, { place, evs, base }] of [...byPlace].sort((a, b) => a[0].localeCompare(b[0]))) {
    const dated = evs.filter((e) => effective(e) && effective(e)! <= at && (!base || effective(e)! >= base.asOf));
    const decisive = dated.filter((e) => DECISIVE.has(e.status) && e.side);
    const pending = dated.filter((e) => !DECISIVE.has(e.status)).map((e) => e.id);
    let controller: Controller = base?.controller ?? "UNKNOWN";
    let since: string | null = base ? base.asOf : null,
      basis: Basis | null = base ? "baseline" : null,
      evidence: string[] = [];
    // A change of hands also says who held the place before it: in the weeks before the first reported change
    // (or withdrawal), the losing side held it. Inferred, so "claimed" at most, and only where nothing else speaks.
    // (withdrawals do not count here: troops "withdraw from" towns they besieged as often as from towns they held)
    const firstChange = evs
      .filter((e) => DECISIVE.has(e.status) && e.side && e.type === "control_change" && effective(e))
      .sort((a, b) => effective(a)!.localeCompare(effective(b)!))[0];
    if (!base && firstChange && effective(firstChange)! > at) {
      const loser = firstChange.type === "withdrawal" ? firstChange.side : other(firstChange.side);
      const from = new Date(Date.parse(`${effective(firstChange)}T00:00:00Z`) - PRIOR_DAYS * 86400000)
        .toISOString()
        .slice(0, 10);
      if (loser && at >= from) {
        rows.push({
          name: place.name,
          pcode,
          lat: place.lat,
          lon: place.lon,
          admin1: place.admin1,
          controller: loser as Controller,
          basis: "claimed",
          since: null,
          evidence: [firstChange.id],
          ...(pending.length ? { pending } : {}),
        });
        continue;
      }
    }
    // walk day by day: a day's control changes decide; a withdrawal alone leaves the place contested
    for (const day of [...new Set(decisive.map((e) => effective(e)!))].sort()) {
      const today = decisive.filter((e) => effective(e) === day);
      const changes = today.filter((e) => e.type === "control_change");
      // (a visit confirms, never outvotes)
      const gains = changes.length ? changes : today.filter((e) => e.type === "visit");
      const leaves = today.filter((e) => e.type === "withdrawal");
      let next: Controller | null = null,
        ev: FusedEvent[] = [];
      if (gains.length) {
        // rival claims on one day: the side with more independent sources wins, a tie is contested
        const weight = (s: string) =>
          gains.filter((e) => e.side === s).reduce((n, e) => n + e.corroboration.independent, 0);
        const ua = weight("UA"),
          ru = weight("RU");
        next = ua > ru ? "UA" : ru > ua ? "RU" : "CONTESTED";
        ev = gains.filter((e) => next === "CONTESTED" || e.side === next);
        ev.push(...leaves.filter((e) => other(e.side) === next)); // the loser's withdrawal that day confirms it
      } else if (leaves.length) {
        if (controller === other(leaves[0].side)) continue; // the other side already holds it
        // reported by independent sources, a withdrawal hands the place over; alone, it leaves a place the
        // withdrawing side held contested, and says nothing of a place nobody is known to have held (troops
        // "leave" towns they only besieged)
        const independent = new Set(
          leaves.flatMap((e) => e.reports.filter((r) => DECISIVE.has(r.status)).map((r) => r.dupGroup)),
        ).size;
        if (independent >= 2 && other(leaves[0].side)) next = other(leaves[0].side) as Controller;
        else if (controller === leaves[0].side || controller === "CONTESTED") next = "CONTESTED";
        else continue;
        ev = leaves;
      }
      if (!next) continue;
      if (next !== controller) {
        since = day;
        evidence = [];
      }
      controller = next;
      evidence.push(...ev.map((e) => e.id));
      const behind = evs.filter((e) => evidence.includes(e.id));
      const independent = new Set(
        behind.flatMap((e) => e.reports.filter((r) => DECISIVE.has(r.status)).map((r) => r.dupGroup)),
      ).size;
      basis = independent >= 2 || behind.some((e) => e.corroboration.admitted) ? "corroborated" : "claimed";
    }
    rows.push({
      name: place.name,
      pcode,
      lat: place.lat,
      lon: place.lon,
      admin1: place.admin1,
      controller,
      basis,
      since,
      evidence: [...new Set(evidence)],
      ...(pending.length ? { pending } : {}),
    });
  }
  return rows;
}

/** The places whose controller differs between two days. */
export function changes(events: FusedEvent[], from: string, to: string, baseline: BaselineRow[] = []) {
  const a = new Map(controlAt(events, from, baseline).map((r) => [r.pcode, r]));
  return controlAt(events, to, baseline)
    .filter((r) => (a.get(r.pcode)?.controller ?? "UNKNOWN") !== r.controller)
    .map((r) => ({ ...r, from: a.get(r.pcode)?.controller ?? "UNKNOWN" }));
}

/** Settlements per oblast and controller. */
export function rollup(rows: ControlRow[]) {
  const out = new Map<string, Record<Controller, number>>();
  for (const r of rows) {
    const k = r.admin1 ?? "?";
    if (!out.has(k)) out.set(k, { UA: 0, RU: 0, CONTESTED: 0, UNKNOWN: 0 });
    out.get(k)![r.controller]++;
  }
  return [...out].sort((a, b) => a[0].localeCompare(b[0])).map(([admin1, c]) => ({ admin1, ...c }));
}
