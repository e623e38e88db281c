// Status and source of an assertion: reported by the outlet, claimed by a party, unconfirmed, denied, intent.
import type { Doc, Sentence, Source, Status } from "../types.js";
import { attribute } from "../actors/index.js";
import { unconfirmed, type Qualifier } from "./context.js";

export function statusAndSource(doc: Doc, s: Sentence, at: number, q: Qualifier): { status: Status; source: Source | null } {
  const { source, byLine } = attribute(doc, s, at, q === "denied");
  if (q === "intent") return { status: "intent", source };
  if (q === "denied") return { status: "denied", source };
  if (unconfirmed(doc, s)) return { status: "unconfirmed", source };
  // (a sentence a page's "Source:" line covers is the outlet's own statement of it: reported, with its source)
  if (source && source.side !== "media" && !byLine) return { status: "claimed", source };
  return { status: "reported", source };
}
