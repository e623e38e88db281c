// extract: extractors emit events sentence by sentence; refiners merge, drop and qualify them.
import type { Doc, Event } from "../types.js";
import type { Extractor, Refiner } from "./types.js";
import { readFrames, type Frame } from "./frames.js";
import { wholeWords } from "../text/whole-words.js";

const LETTER_OR_HYPHEN = /[\p{L}-]/u;

export type { Extractor, Refiner } from "./types.js";

/**
 * Frames first (./frames.ts: the grammar's predicates, roles and sides), then the regex extractors for what no
 * frame read: a trigger inside a predicate a frame of its type used is skipped.
 */
export function extract(doc: Doc, extractors: Extractor[], refiners: Refiner[], frames: Frame[] = []): Event[] {
  let events: Event[] = [];
  const inHeading = (start: number) => doc.article.headings.some((h) => start >= h.start && start < h.end);
  doc.sentences.forEach((s, i) => {
    if (inHeading(s.start)) return; // headlines and teasers are not prose: no events from them
    const read = doc.grammar[i] ? readFrames(doc, s, doc.grammar[i], frames) : { events: [], used: [] };
    for (const e of read.events) events.push(e); // (not a spread: a page-long sentence may yield more than it takes)
    for (const x of extractors) {
      for (const m of wholeWords(x.triggers, s.text, LETTER_OR_HYPHEN)) {
        const at = s.start + m.index;
        if (read.used.some((u) => u.type === x.type && at >= u.start && at < u.end)) continue;
        events.push(...x.extract(doc, s, m));
      }
    }
  });
  for (const r of refiners) events = r.refine(doc, events);
  // text order (a stable sort keeps the places of one trigger in the order the text names them)
  return events.sort(
    (a, b) => a.evidence.start - b.evidence.start || a.trigger.start - b.trigger.start || a.type.localeCompare(b.type),
  );
}
