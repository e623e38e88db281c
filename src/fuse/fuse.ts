// One event, many reports. Reports of the same type, side and place whose dates are compatible are one event;
// copies of one story (near-duplicate articles) count as one source; contradicting events are linked.
// Deterministic: reports are ordered by date, article id and report id before clustering, so the ledger does
// not depend on the order articles arrived in.
import { createHash } from "node:crypto";
import type { StoredEvent } from "../store/index.js";
import type { Place } from "../types.js";
import { dateBasis } from "../extract/refiners.js";
import { placeId } from "../geo/index.js";

export interface Corroboration {
  independent: number; // distinct near-duplicate groups among the asserting reports
  sides: string[]; // sides of the sources that assert it
  admitted: boolean; // the side that loses by it says so
  confidence: number;
  parts: Record<string, number>;
}

export interface FusedEvent {
  id: string;
  type: StoredEvent["type"];
  side: StoredEvent["side"];
  place: Place;
  date: string | null;
  dateEnd: string | null;
  precision: StoredEvent["precision"];
  status: StoredEvent["status"];
  representative: StoredEvent;
  reports: StoredEvent[];
  corroboration: Corroboration;
  contradicts: string[];
}

const dayNum = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +(d.slice(8, 10) || "1")) / 86400000;

/** Two reports can be of one event when their dates overlap: days within two, a day inside a month, one year. */
export function compatible(a: string | null, b: string | null, days = 2): boolean {
  if (!a || !b) return a === b;
  if (a.length === 10 && b.length === 10) return Math.abs(dayNum(a) - dayNum(b)) <= days;
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) === b.slice(0, n);
}

const POLARITY = (s: StoredEvent["status"]) => (s === "denied" ? "denied" : s === "intent" ? "intent" : "asserted");
const RANK: Record<string, number> = { reported: 0, claimed: 1, unconfirmed: 2, denied: 3, intent: 4 };
const other = (s: string | null) => (s === "UA" ? "RU" : s === "RU" ? "UA" : null);

export function fuse(events: StoredEvent[]): FusedEvent[] {
  const groups = new Map<string, StoredEvent[]>();
  // one report per place: exports and fusion work place by place
  for (const e of events)
    for (const p of e.places) {
      const k = [e.type, e.side, placeId(p), POLARITY(e.status)].join("|");
      if (!groups.has(k)) groups.set(k, []);
      groups.get(k)!.push({ ...e, places: [p] });
    }
  const fused: FusedEvent[] = [];
  for (const [, reps] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
    reps.sort(
      (a, b) =>
        (a.date ?? "9").localeCompare(b.date ?? "9") ||
        a.articleId.localeCompare(b.articleId) ||
        a.id.localeCompare(b.id),
    );
    const clusters: StoredEvent[][] = [];
    // each cluster's day dates by article (so the test below costs the article's own reports, not the cluster's)
    const daysOf = new Map<StoredEvent[], Map<string, string[]>>();
    for (const r of reps) {
      // a report the text dates only by its publication day joins the cluster it fits best; so does an undated one
      // when there is a single cluster to join
      // compared with the cluster's first report, so a chain of close days never stretches one event over a week;
      // a region's daily reports of fighting are distinct events unless they name the same day or the next
      const days = r.places[0].level === "settlement" ? 2 : 1;
      // (an article that tells of two days at one place tells of two events: "attacked the city on 19 May … and
      // again on 21 May"; a day apart may be one night told two ways, "overnight" and "on Tuesday")
      const twoDays = (c: StoredEvent[]) =>
        r.date?.length === 10 &&
        !!daysOf
          .get(c)
          ?.get(r.articleId)
          ?.some((d) => !compatible(d, r.date, 1));
      const fit =
        clusters.find((c) => compatible(c[0].date, r.date, days) && !twoDays(c)) ??
        (r.date == null && clusters.length === 1 ? clusters[0] : undefined);
      const into = fit ?? [];
      if (!fit) clusters.push(into);
      into.push(r);
      if (r.date?.length === 10) {
        if (!daysOf.has(into)) daysOf.set(into, new Map());
        const byArticle = daysOf.get(into)!;
        if (!byArticle.has(r.articleId)) byArticle.set(r.articleId, []);
        byArticle.get(r.articleId)!.push(r.date);
      }
    }
    for (const c of clusters) fused.push(build(c));
  }
  link(fused);
  return fused.sort((a, b) => (a.date ?? "9").localeCompare(b.date ?? "9") || a.id.localeCompare(b.id));
}

function build(reps: StoredEvent[]): FusedEvent {
  // the representative: the best-dated report, then the one with a named source (text date over assumed)
  // (a day date first: it also falls inside any month another report gives)
  const dayFirst = (e: StoredEvent) => (e.date?.length === 10 ? 0 : 1);
  const rep = reps
    .slice()
    .sort(
      (a, b) =>
        dayFirst(a) - dayFirst(b) ||
        (dateBasis(a) === "text" ? 0 : 1) - (dateBasis(b) === "text" ? 0 : 1) ||
        (a.source ? 0 : 1) - (b.source ? 0 : 1) ||
        RANK[a.status] - RANK[b.status] ||
        (a.date ?? "9").localeCompare(b.date ?? "9") ||
        a.articleId.localeCompare(b.articleId),
    )[0];
  const asserting = reps.filter((r) => r.status === "reported" || r.status === "claimed");
  const independent = new Set(asserting.map((r) => r.dupGroup)).size;
  const sides = [
    ...new Set(asserting.map((r) => r.source?.side).filter((s): s is NonNullable<typeof s> => !!s)),
  ].sort();
  const loser = rep.type === "withdrawal" ? rep.side : other(rep.side);
  const admitted = asserting.some(
    (r) => r.source?.side === loser && (rep.type === "control_change" || rep.type === "withdrawal"),
  );
  // the event's status is its representative report's: a fact one outlet states stays "reported", a party's word
  // "claimed"; corroboration is counted apart
  const status = rep.status;
  const parts: Record<string, number> = {
    base: status === "reported" || status === "claimed" ? 0.4 : status === "unconfirmed" ? 0.2 : 0,
    independent_sources: Math.min(0.4, 0.15 * Math.max(0, independent - 1)),
    both_sides: sides.includes("UA") && sides.includes("RU") ? 0.15 : 0,
    losing_side_admits: admitted ? 0.15 : 0,
  };
  const confidence = Math.min(
    1,
    Object.values(parts).reduce((a, b) => a + b, 0),
  );
  const id = createHash("sha256")
    .update(
      reps
        .map((r) => r.id)
        .sort()
        .join(","),
    )
    .digest("hex")
    .slice(0, 24);
  return {
    id,
    type: rep.type,
    side: rep.side,
    place: rep.places[0],
    date: rep.date,
    dateEnd: rep.dateEnd,
    precision: rep.precision,
    status,
    representative: rep,
    reports: reps,
    corroboration: { independent, sides, admitted, confidence: +confidence.toFixed(2), parts },
    contradicts: [],
  };
}

/**
 * Contradictions, shown side by side rather than resolved: a control change or withdrawal and its denial; two
 * sides claiming the same place on close days; a side said to withdraw from where it is said to advance.
 */
function link(events: FusedEvent[]) {
  const byPlace = new Map<string, FusedEvent[]>();
  for (const e of events) {
    const k = placeId(e.place);
    if (!byPlace.has(k)) byPlace.set(k, []);
    byPlace.get(k)!.push(e);
  }
  const near = (a: FusedEvent, b: FusedEvent) =>
    !a.date || !b.date || compatible(a.date, b.date) || Math.abs(dayNum(a.date) - dayNum(b.date)) <= 7;
  for (const list of byPlace.values()) {
    for (const a of list)
      for (const b of list) {
        if (a === b || !near(a, b)) continue;
        const territorial = (e: FusedEvent) =>
          e.type === "control_change" || e.type === "withdrawal" || e.type === "advance";
        if (!territorial(a) || !territorial(b)) continue;
        // a denial of the same event, or a denied advance ("did not manage to enter X") against a claimed gain there
        const gain = (e: FusedEvent) => e.type === "control_change" || e.type === "advance";
        const denial =
          (a.type === b.type || (gain(a) && gain(b))) &&
          a.side === b.side &&
          (a.status === "denied") !== (b.status === "denied");
        const rival =
          a.type === "control_change" &&
          b.type === "control_change" &&
          a.side !== b.side &&
          a.status !== "denied" &&
          b.status !== "denied";
        const retreatVsGain =
          a.type === "withdrawal" &&
          (b.type === "control_change" || b.type === "advance") &&
          a.side === b.side &&
          a.status !== "denied" &&
          b.status !== "denied";
        if (denial || rival || retreatVsGain) {
          if (!a.contradicts.includes(b.id)) a.contradicts.push(b.id);
          if (!b.contradicts.includes(a.id)) b.contradicts.push(a.id);
        }
      }
  }
  // a vow to retake a region against the other side's gains there ("these territories will be recaptured");
  // a withdrawal its own side calls a regrouping
  const monthApart = (a: FusedEvent, b: FusedEvent) =>
    !a.date || !b.date || Math.abs(dayNum(a.date) - dayNum(b.date)) <= 31;
  const pair = (a: FusedEvent, b: FusedEvent) => {
    if (!a.contradicts.includes(b.id)) a.contradicts.push(b.id);
    if (!b.contradicts.includes(a.id)) b.contradicts.push(a.id);
  };
  for (const v of events.filter(
    (e) => e.type === "statement" && e.status === "intent" && e.representative.attributes?.kind === "pledge",
  )) {
    for (const g of events)
      if (
        g.type === "control_change" &&
        g.side &&
        g.side !== v.side &&
        g.status !== "denied" &&
        monthApart(v, g) &&
        (v.place.level === "country" || (v.place.admin1 && g.place.admin1 === v.place.admin1))
      )
        pair(v, g);
  }
  for (const r of events.filter((e) => e.type === "reinforcement" && /regroup/i.test(e.representative.trigger))) {
    for (const w of events)
      if (w.type === "withdrawal" && w.side === r.side && w.place.pcode === r.place.pcode && near(w, r)) pair(w, r);
  }
  for (const e of events) e.contradicts.sort();
}
