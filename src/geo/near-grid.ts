// Points on a grid of one-degree cells, so that "what lies within R km of here" looks at a few cells, not at every
// point: a live blog anchors hundreds of places, and each candidate of each name was measured to all of them.
import { km } from "./normalize.js";

interface Point { lat: number; lon: number }

export class NearGrid<T extends Point> {
  private cells = new Map<string, T[]>();
  /** every point added, in order */
  readonly all: T[] = [];

  add(p: T): void {
    const c = `${Math.floor(p.lat)},${Math.floor(p.lon)}`;
    if (!this.cells.has(c)) this.cells.set(c, []);
    this.cells.get(c)!.push(p);
    this.all.push(p);
  }

  /** The points within `radius` km of `p` (radius up to 111 km: one cell north and south), in no set order. */
  *within(p: Point, radius: number): Generator<T> {
    const y = Math.floor(p.lat), x = Math.floor(p.lon);
    // (a degree of longitude shrinks with the cosine of the latitude: as many cells east and west as cover radius)
    const wide = Math.ceil(radius / (111 * Math.cos((Math.min(Math.abs(p.lat) + 1, 89) * Math.PI) / 180)));
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -wide; dx <= wide; dx++)
        for (const q of this.cells.get(`${y + dy},${x + dx}`) ?? []) if (km(p, q) < radius) yield q;
  }
}
