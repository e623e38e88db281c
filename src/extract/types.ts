import type { Doc, Event, EventType, Sentence } from "../types.js";

/** An extractor recognises one kind of event, like a chrono-node parser: a trigger pattern and an extract function. */
export interface Extractor {
  type: EventType;
  name: string;
  triggers: RegExp; // from wordListRegex (global, case-insensitive), matched by wholeWords
  extract(doc: Doc, sentence: Sentence, match: RegExpExecArray): Event[];
}

/** A refiner turns a list of events into another, like a chrono-node refiner. */
export interface Refiner {
  name: string;
  refine(doc: Doc, events: Event[]): Event[];
}
