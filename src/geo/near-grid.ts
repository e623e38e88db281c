// Points on a grid of cells a few kilometres to a degree wide, so that "what lies within R km of here" looks at a few
// cells, not at every point: a live blog names hundreds of places, and each candidate of each name was measured to
// all of them.
import { km } from "./normalize.js";

interface Point {
  lat: number;
  lon: number;
}

export class NearGrid<T extends Point> {
  private cells = new Map<string, T[]>();
  /** every point added, in order */
  readonly all: T[] = [];

  /** `cell`: the cell's side in degrees */
  constructor(private readonly cell = 1) {}

  private key(y: number, x: number): string {
    return `${y},${x}`;
  }

  add(p: T): void {
    const c = this.key(Math.floor(p.lat / this.cell), Math.floor(p.lon / this.cell));
    if (!this.cells.has(c)) this.cells.set(c, []);
    this.cells.get(c)!.push(p);
    this.all.push(p);
  }

  /** The points within `radius` km of `p`, in no set order. */
  *within(p: Point, radius: number): Generator<T> {
    const y = Math.floor(p.lat / this.cell),
      x = Math.floor(p.lon / this.cell);
    // (as many cells north and south as cover the radius; east and west more, as a degree of longitude shrinks with
    // the cosine of the latitude)
    const tall = Math.ceil(radius / (111 * this.cell));
    const wide = Math.ceil(radius / (111 * this.cell * Math.cos((Math.min(Math.abs(p.lat) + 1, 89) * Math.PI) / 180)));
    for (let dy = -tall; dy <= tall; dy++)
      for (let dx = -wide; dx <= wide; dx++)
        for (const q of this.cells.get(this.key(y + dy, x + dx)) ?? []) if (km(p, q) < radius) yield q;
  }
}
