// The control map for one day: each place that some event speaks of is UA, RU, CONTESTED or UNKNOWN, with the
// events behind it: control changes, withdrawals (contested at most) and visits by a side's leaders. Claims flagged unconfirmed, denied or intended never change the controller; they are
// listed as pending.
import type { StoredEvent } from "../store/index.js";

export type Controller = "UA" | "RU" | "CONTESTED" | "UNKNOWN";
export interface ControlRow {
  name: string; pcode: string; lat: number | null; lon: number | null;
  controller: Controller; basis: "corroborated" | "claimed" | "baseline" | null; since: string | null;
  evidence: string[]; pending?: string[];
}

const DECISIVE = new Set(["reported", "claimed"]);
const other = (s: string | null) => (s === "UA" ? "RU" : s === "RU" ? "UA" : null);

/** The first day an event can be placed on: a month-precision date counts from the 1st. */
const effective = (e: StoredEvent) => (e.date ? (e.date.length === 7 ? `${e.date}-01` : e.date.length === 4 ? `${e.date}-01-01` : e.date) : null);

export function controlAt(events: StoredEvent[], at: string): ControlRow[] {
  const byPlace = new Map<string, { place: StoredEvent["places"][0]; evs: StoredEvent[] }>();
  for (const e of events) {
    // a leader's visit to a place shows who holds it ("a visit by Putin to occupied Mariupol"); "near Bakhmut" does not
    const visit = e.type === "visit" && (e.side === "UA" || e.side === "RU") && e.attributes?.near !== true;
    if (e.type !== "control_change" && e.type !== "withdrawal" && !visit) continue;
    for (const p of e.places) {
      if (p.level !== "settlement" || !p.pcode) continue; // regions are too coarse to colour a settlement
      if (!byPlace.has(p.pcode)) byPlace.set(p.pcode, { place: p, evs: [] });
      byPlace.get(p.pcode)!.evs.push(e);
    }
  }
  const rows: ControlRow[] = [];
  for (const [pcode, { place, evs }] of [...byPlace].sort((a, b) => a[0].localeCompare(b[0]))) {
    const dated = evs.filter((e) => effective(e) && effective(e)! <= at);
    const decisive = dated.filter((e) => DECISIVE.has(e.status) && e.side);
    const pending = dated.filter((e) => !DECISIVE.has(e.status)).map((e) => e.id);
    let controller: Controller = "UNKNOWN", since: string | null = null, basis: ControlRow["basis"] = null, evidence: string[] = [];
    // walk day by day: a day's control changes decide; a withdrawal alone leaves the place contested
    const days = [...new Set(decisive.map((e) => effective(e)!))].sort();
    for (const day of days) {
      const today = decisive.filter((e) => effective(e) === day);
      const gains = today.filter((e) => e.type === "control_change" || e.type === "visit");
      const leaves = today.filter((e) => e.type === "withdrawal");
      let next: Controller | null = null, ev: StoredEvent[] = [];
      if (gains.length) {
        // conflicting claims on one day: the side with more independent reports wins, a tie is contested
        // (a visit only confirms; it never outvotes a reported change of the same day)
        const changes = gains.some((e) => e.type === "control_change") ? gains.filter((e) => e.type === "control_change") : gains;
        const count = (s: string) => new Set(changes.filter((e) => e.side === s).map((e) => e.articleId)).size;
        const ua = count("UA"), ru = count("RU");
        next = ua > ru ? "UA" : ru > ua ? "RU" : "CONTESTED";
        ev = changes.filter((e) => next === "CONTESTED" || e.side === next);
        // the losing side's withdrawal the same day confirms the gain
        ev.push(...leaves.filter((e) => other(e.side) === next));
      } else if (leaves.length) {
        const leaver = leaves[0].side;
        if (controller === other(leaver)) continue; // the other side already holds it
        next = "CONTESTED";
        ev = leaves;
      }
      if (!next) continue;
      if (next !== controller) { since = day; evidence = []; }
      controller = next;
      evidence.push(...ev.map((e) => e.id));
      const articles = new Set(evidence.map((id) => evs.find((e) => e.id === id)!.articleId));
      const admitted = ev.some((e) => (e.type === "withdrawal" && e.source?.side === e.side) || (e.type === "control_change" && e.source?.side === other(e.side)));
      basis = articles.size >= 2 || admitted ? "corroborated" : "claimed";
    }
    rows.push({
      name: place.name, pcode, lat: place.lat, lon: place.lon, controller, basis, since, evidence: [...new Set(evidence)],
      ...(pending.length ? { pending } : {}),
    });
  }
  return rows;
}
