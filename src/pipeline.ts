// The whole path of one article, in order (../shared/DESIGN.md):
//   ingest → text → geo / time / actors → extract → store → fuse → api / web / cli
import type { Article, Doc, Event, RawArticle } from "./types.js";
import type { StoredDoc } from "./store/index.js";
import { prepare } from "./ingest/index.js";
import { segment } from "./text/index.js";
import { findPlaces, loadGazetteer } from "./geo/index.js";
import { findDates } from "./time/index.js";
import { findActors } from "./actors/index.js";
import { extract } from "./extract/index.js";
import { FRAMES } from "./extract/en/frames.js";
import { controlChange } from "./extract/control-change.js";
import { withdrawal } from "./extract/withdrawal.js";
import { advance } from "./extract/advance.js";
import { arrest } from "./extract/arrest.js";
import { outage } from "./extract/outage.js";
import { tollList } from "./extract/toll-list.js";
import { visit } from "./extract/visit.js";
import { territoryClaim } from "./extract/territory-claim.js";
import { statement } from "./extract/statement.js";
import {
  aftermathOfItsStrike,
  attacksBeatenBack,
  dropFutureDates,
  dropOtherWars,
  dropUnresolvedPlaces,
  entriesAfterWithdrawals,
  mergeSameEvent,
  negationsAnswerClaims,
  onePerPlace,
  retoldOnItsDay,
  strikesWhereTheyHurt,
  tollsOnTheirStrikesDay,
} from "./extract/refiners.js";
import { denialsAfter } from "./extract/denials.js";

// (regex extractors for what the frames do not read yet; strikes, equipment losses, desertions, reinforcements and
// repelled attacks are read by frames alone, casualties too, but for a verbless toll after a colon)
export const extractors = [
  controlChange,
  withdrawal,
  advance,
  arrest,
  outage,
  tollList,
  visit,
  territoryClaim,
  statement,
];
export const refiners = [
  dropUnresolvedPlaces,
  onePerPlace,
  aftermathOfItsStrike,
  negationsAnswerClaims,
  dropFutureDates,
  dropOtherWars,
  denialsAfter,
  strikesWhereTheyHurt,
  tollsOnTheirStrikesDay,
  retoldOnItsDay,
  attacksBeatenBack,
  entriesAfterWithdrawals,
  mergeSameEvent,
];

/** Analysis is a pure function of the article, the gazetteer and the lexicons: it parallelises freely. */
export function analyse(raw: RawArticle): { article: Article; doc: Doc; events: Event[] } {
  const article = prepare(raw); // ingest: boilerplate, offsets, content hash
  const text = article.clean;
  const { sentences, tokens, grammar } = segment(text); // text: sentences, tokens, grammar
  const doc: Doc = {
    article,
    text,
    sentences,
    tokens,
    grammar,
    places: findPlaces(text, sentences, loadGazetteer(), article.published), // geo
    dates: findDates(text, article.published), // time
    actors: findActors(text), // actors
  };
  const events = extract(doc, extractors, refiners, FRAMES); // extract: frames, then regex extractors
  return { article, doc, events };
}
/** What the store keeps of an analysis (no tokens): what a worker thread sends back to the writer. */
export function analyseForStore(raw: RawArticle): { article: Article; doc: StoredDoc; events: Event[] } {
  const { article, doc, events } = analyse(raw);
  return { article, doc: { text: doc.text, places: doc.places, dates: doc.dates, actors: doc.actors }, events };
}
// store, fuse and the interfaces live in ./store, ./fuse, ./cli and ./export; they take what analyse() gives.
// ./parallel runs analyse-and-store on every core (threads); ./queue runs it on many machines (pg-boss workers
// on a shared PostgreSQL ledger). Both call the same function for each article: parallel/task.ts.
