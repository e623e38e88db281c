// The line of contact of a period as segments between its towns, so that a village between two front towns is near
// the line, not 20 km from the nearest town on it. The period's towns are points on the line; joining each to its
// two nearest (within 70 km) traces it without an ordered polyline in the data.
import type { Settlement } from "./gazetteer.js";
import { km } from "./normalize.js";

interface Segment {
  a: Settlement;
  b: Settlement;
}
const cache = new WeakMap<Settlement[], Segment[]>();

function segmentsOf(towns: Settlement[]): Segment[] {
  const hit = cache.get(towns);
  if (hit) return hit;
  const seen = new Set<string>();
  const segs: Segment[] = [];
  for (const a of towns) {
    const near = towns
      .filter((b) => b !== a)
      .map((b) => ({ b, d: km(a, b) }))
      .sort((x, y) => x.d - y.d);
    for (const { b, d } of near.slice(0, 2)) {
      const key = [a.pcode, b.pcode].sort().join();
      if (d > 70 || seen.has(key)) continue;
      seen.add(key);
      segs.push({ a, b });
    }
  }
  cache.set(towns, segs);
  return segs;
}

/** km from a point to a segment, on a plane local to the segment (exact enough at 70 km) */
function toSegment(p: Settlement, { a, b }: Segment): number {
  const kx = 111.32 * Math.cos((a.lat * Math.PI) / 180),
    ky = 110.57;
  const bx = (b.lon - a.lon) * kx,
    by = (b.lat - a.lat) * ky;
  const px = (p.lon - a.lon) * kx,
    py = (p.lat - a.lat) * ky;
  const len = bx * bx + by * by;
  const t = len ? Math.max(0, Math.min(1, (px * bx + py * by) / len)) : 0;
  return Math.hypot(px - t * bx, py - t * by);
}

/**
 * how far a settlement lies from the line of contact, and the front town nearest it (for the reason); past `within`
 * km the segments are not looked at (none is longer than 70 km, so none comes 35 km nearer than its nearer end)
 */
export function fromTheLine(s: Settlement, towns: Settlement[], within = Infinity): { d: number; t: Settlement } {
  let t = towns[0],
    dt = Infinity;
  for (const x of towns) {
    const d = km(s, x);
    if (d < dt) ((dt = d), (t = x));
  }
  if (dt - 35 > within) return { d: dt, t };
  let d = dt;
  for (const seg of segmentsOf(towns)) d = Math.min(d, toSegment(s, seg));
  return { d, t };
}
