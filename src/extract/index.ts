// extract: extractors emit events sentence by sentence; refiners merge, drop and qualify them.
import type { Doc, Event } from "../types.js";
import type { Extractor, Refiner } from "./types.js";

export type { Extractor, Refiner } from "./types.js";

export function extract(doc: Doc, extractors: Extractor[], refiners: Refiner[]): Event[] {
  let events: Event[] = [];
  const inHeading = (start: number) => doc.article.headings.some((h) => start >= h.start && start < h.end);
  for (const s of doc.sentences) {
    if (inHeading(s.start)) continue; // headlines and teasers are not prose: no events from them
    for (const x of extractors) {
      x.triggers.lastIndex = 0;
      for (let m = x.triggers.exec(s.text); m; m = x.triggers.exec(s.text)) events.push(...x.extract(doc, s, m));
    }
  }
  for (const r of refiners) events = r.refine(doc, events);
  // text order (a stable sort keeps the places of one trigger in the order the text names them)
  return events.sort((a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start || a.type.localeCompare(b.type));
}
