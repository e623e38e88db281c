// Extraction by frames, in chrono-node's grain: each frame (a data-like entry in ./en/frames.ts) names an event
// type, the predicates that carry it (verbs and their nominalisations, matched on the grammar layer's lemmas), the
// role whose actor is the event's side, the roles where its place is, and its guards. This engine reads every
// predicate of a sentence once, applies the frames that fit, and fills status, source and date with the refiners
// shared by all types. The regex extractors still run after it, for the triggers no frame read.
import type { DateMention, Doc, Event, EventType, PlaceMention, Sentence, Side, Span } from "../types.js";
import {
  CLEARED_OF_WORDS,
  DONE_TO_A_PLACE,
  nounPhrase,
  type GToken,
  type Phrase,
  type Predicate,
  type PrepPhrase,
  type SentenceGrammar,
} from "../text/grammar.js";
import {
  dateFor,
  intervalDays,
  type EventDate,
  isReference,
  isQualifier,
  comparedDate,
  filedFrom,
  SUPERLATIVE,
  besideTheTopic,
  OFFICE_AFTER,
  PLACE_NOUN,
  namesSector,
  speakersPost,
  placesOf as sentencePlacesOf,
  previousPlace,
  livedUnder,
  dayOfItsOwn,
  qualifier,
  recentDay,
  WAR_START,
  speakersSide,
  topicSettlement,
  UNNAMED_GROUP,
  PAST_FORM,
  usable,
  TOWN_NOUN,
  retold,
  NATIONWIDE,
} from "./context.js";
import { statusAndSource } from "./assert.js";
import { KIT } from "./en/frames.js";
import { firstSide, houseSide, inQuotation, quoteAround, speakerSource } from "../actors/index.js";
import {
  accusedsPart,
  isPartOf,
  occupantsSide,
  otherSide,
  reducedRelative,
  rolesOf,
  sentenceIndex,
  sideOfPhrase,
} from "./roles.js";
import { CARDINAL, readNumber } from "./common.js";
import {
  COUNTRY,
  isRegion,
  loadGazetteer,
  regionOfRussiaBefore,
  townInTheatre,
  oblastCapital,
  farFromTheLine,
  oblastPlace as regionPlace,
  RUSSIAN_HELD,
} from "../geo/index.js";
import { fold } from "../geo/normalize.js";
import { shiftDays } from "../time/index.js";
import { firstFrom } from "../text/sentence-at.js";
const oblastPlace = (pcode: string) => regionPlace(loadGazetteer(), pcode);

/** A role of a predicate: the doer and the done-to with voice undone, its slots, or a preposition's phrase. */
export type Role =
  | "agent"
  | "patient"
  | "subject"
  | "object"
  | "listed"
  | "clause"
  // (a nominal event in an after-, in- or amid-phrase happened where its host clause says: "power was cut in X
  // after a Russian strike on a substation")
  | "host"
  // (a participle clause or a where-clause happened where the clause it hangs on says: "a missile hit X, killing
  // two", "shelled X, where two civilians were wounded")
  | "attached"
  // (the locatives of a verb conjoined after it: "improved their position and repelled attacks near X")
  | "conjoined"
  | "sentence"
  // (the clause with what opens the sentence before it when no verb stands there: "Since 24 February 2022, Russia
  // has lost …", whose opening the grammar reads as a clause of its own)
  | "opened"
  | "front"
  | "topic"
  | "anaphor"
  // (the place a verb of leaving joined before it names: "were ordered to leave X and pulled back toward Y")
  | "left-before"
  // (what the subject's own -ing clause says it held, or where its locative puts it: "the battalion defending X has
  // moved to new positions", "troops around Y were regrouped")
  | "held"
  // (the one settlement the sentence before, in the same paragraph, names: a report goes on where it was)
  | "previous"
  // (the place the main clause says was lost or fell when this, in its after- or as-clause, happened: "X was lost
  // after Ukrainian units withdrew" withdrew from X)
  | "given-up"
  // (a while-clause after the predicate says where its target was: "hit the submarine while it was in dry dock in
  // X", "were attacked by drones while queuing for food near Y")
  | "while"
  // (the country, when nothing in the text narrows it: a side's losses over the whole war)
  | "country"
  // (the place of an office the sentence names: "the governor of X said …", "X mayor Y wrote …")
  | "office"
  | `pp:${string}`;

/**
 * Where the side comes from when the actor role names none. "not-retreating": the other side of one the sentence
 * says withdrew ("X was lost after Ukrainian units withdrew": the gainer is Russia); "not-driven": of one it says
 * was driven out; "not-cleared": of those a place is cleared of ("cleared the village of the occupiers");
 * "occupants": of those a struck building shelters ("hit a school where Russian troops were stationed").
 */
export type Fallback =
  | Side
  | "speaker"
  | "not-speaker"
  | "not-agent"
  | "not-patient"
  // (the patient's own side: those driven out, when the driver names none)
  | "patient"
  // (the other side of the attacker of the fire a participle hangs on: "shelled positions near X, killing 20
  // soldiers" killed the other side's)
  | "not-firer"
  // (the other side of the subject of the verb a despite- or amid-phrase hangs on)
  | "not-host"
  | "occupants"
  | "military-speaker"
  | "not-retreating"
  | "not-driven"
  | "not-cleared"
  | "previous"
  | "target"
  // (missiles or drones downed over Russia or Crimea, no word saying whose: Ukraine fired them)
  | "fired-at"
  | "installed"
  | "house"
  // (the side that holds the event's place, when police detain there: a town's police are its authorities')
  | "holder";

export interface Frame {
  type: EventType;
  name: string;
  /** the predicate's lemma ("capture", "push out"); nominal predicates only when `nominal` */
  verbs: RegExp;
  nominal?: boolean;
  /** a nominal counts only under a verb that asserts it ("announced the capture of X"), not as a mere reference
   * ("the battle against the takeover of X", "with the seizure of Crimea") */
  asserted?: RegExp;
  voice?: "active" | "passive";
  /** whose side the event's side is: the first role that names one */
  actor: Role[];
  fallback: Fallback[];
  /** an event without a side is kept (casualties, outages); otherwise a frame that finds no side emits nothing */
  sideOptional?: boolean;
  /** where: the places inside the first of these roles that has any */
  place: Role[];
  /** "near X", "outside X" are where things happen for strikes and losses; for a change of hands a reference */
  near?: boolean;
  /** a guard on a role's words: the patient must be equipment, a weapon, people… */
  needs?: { role: Role | Role[]; words: RegExp };
  /** a second guard that must hold as well ("published footage of a tank in flames": footage, and kit in flames) */
  also?: { role: Role; words: RegExp };
  /** a guard the other way: the frame does not apply when the role's words match ("hit a cruiser" is a loss) */
  unless?: { role: Role; words: RegExp } | { role: Role; words: RegExp }[];
  /** an active predicate needs its object: "pushed the Russians from X" drives out, "pushed on from X" moves on */
  transitive?: boolean;
  /** a count from a role's words ("two tanks", "12 civilians") */
  /** (`skip`: list members that are not what is counted: "lost 45 servicemen, two trucks and a Grad" counts kit) */
  /** `joined`: the nouns whose members joined to the counted phrase add up ("a woman and her two sons": three) */
  quantity?: { role: Role; unit: (words: string, verb: string) => string; skip?: RegExp; joined?: RegExp };
  /** part of a place ("the outskirts of X") turns the event into this type */
  partial?: EventType;
  /** a region (an oblast, a region of Russia) in its place role is a part of the ground too: "entered the Kursk
   * region" is ground gained there, not a change of the region's hands */
  regionPartial?: boolean;
  /** its verb also names a lasting state ("have occupied since 2014"), which is no event */
  lasting?: boolean;
  /** a withdrawal "to positions west of A and B" leaves A and B: places after a bearing count */
  beyond?: boolean;
  /** an office's place counts ("detained the mayor of X" happened in X) */
  office?: boolean;
  /** the country itself counts when a place role names it ("attacked Ukraine with 40 missiles") */
  nation?: boolean;
  /** one event, at the first place found (a count of dead belongs to one place) */
  onePlace?: boolean;
  /** a status the frame itself gives: a hold kept "contrary to" the other side's claim denies its capture */
  status?: "denied";
  /** the event is void when its subject also does one of these ("surrendered and captured dozens") */
  unlessSubjectAlso?: RegExp;
  /** an attributive participle reports too ("an abandoned Russian tank", "burnt-out armour"): kit left on a field
   * is a loss seen, where "the liberated town" only names a town */
  attributive?: boolean;
  /** a frame that emits only with the event's status intent (threats, plans) */
  intent?: boolean;
  /** what the type records besides, from the sentence's words and the predicate's own */
  attributes?: (sentence: string, head: string) => Record<string, string | number | boolean | null>;
  /** words that leave a change of hands open ("fighting continues", "contested"): the event is then its partial
   * type, or none */
  hedge?: RegExp;
  /** the frame reads a count of places ("liberated 30 villages in X region"): an unnamed group is its matter, and
   * its places are the oblasts of those the sentence names */
  counted?: boolean;
  /** a party's "did not" of its verb is no denial of its type (another frame reads what it denies) */
  notDenied?: boolean;
  /** the frame reads a state that has ended ("no longer hold X"), and only that */
  noLonger?: boolean;
  /** the seat of a place's government stands for the place, not a part of it (a flag raised over it) */
  seat?: boolean;
  /** a model named in the counted role goes into the quantity ("two T-62M tanks") */
  /** the side an actor role's words name by what they are, when no side word does: kit only one side fields */
  owner?: (words: string) => Side | null;
  /** the owner the words name outranks the phrase's first side word ("the Ukrainian staff reports 460 Russians") */
  ownerFirst?: boolean;
}

const other = otherSide;

const HOLDING = /^(?:defend|hold|man|guard|occupy|keep)$/;
const LEAVING = /^(?:leave|abandon|quit|exit|evacuate)$/;
const positions = new WeakMap<SentenceGrammar, Map<Predicate, number>>();
/** The object of a verb of leaving with the same subject, joined to this one by "and" just before it */
function leftBefore(p: Predicate, g: SentenceGrammar, s: Sentence): Phrase[] {
  if (!p.subject) return [];
  // (the predicates' positions indexed once per sentence: a page-long sentence of many verbs stays linear)
  let pos = positions.get(g);
  if (!pos) positions.set(g, (pos = new Map(g.predicates.map((x, k) => [x, k]))));
  const i = pos.get(p) ?? -1;
  const o = i > 0 ? g.predicates[i - 1] : null;
  if (!o || o.nominal || !LEAVING.test(o.lemma) || o.subject?.start !== p.subject.start) return [];
  const patient = rolesOf(o).patient;
  // (nothing but "and" between the object left and this verb)
  const gap = patient ? s.text.slice(patient.end - s.start, g.tokens[p.head].start - s.start) : "";
  return patient && /^\s*,?\s*and\s+(?:then\s+)?$/i.test(gap) ? [patient] : [];
}
/** The object and locatives of a holding -ing clause on the predicate's subject: "units holding X", "troops
 * defending positions near Y" */
const verbAt = new WeakMap<SentenceGrammar, Map<number, Predicate>>();
function heldBySubject(p: Predicate, g: SentenceGrammar): Phrase[] {
  // (an event noun's doers are its agent: "units near X carried out a regrouping")
  const subj = p.nominal ? p.agent : p.subject;
  if (!subj) return [];
  // (the verbs by their head, indexed once per sentence, and only the few tokens after the subject looked at: a
  // page-long sentence of many predicates stays linear)
  let at = verbAt.get(g);
  if (!at) verbAt.set(g, (at = new Map(g.predicates.filter((x) => !x.nominal).map((x) => [x.head, x]))));
  let o: Predicate | undefined;
  // (whatever subject the grammar gave the -ing verb: after "said", "units defending X had moved" may hand it the
  // sayer)
  for (let k = subj.head + 1; k < p.head && k <= subj.head + 3 && !o; k++) {
    const x = at.get(k);
    if (x && HOLDING.test(x.lemma) && /ing$/.test(g.tokens[k].lower)) o = x;
  }
  if (!o) {
    // (or the subject's own locative: "its troops around X and Y were regrouped", "units near Z were pulled back")
    for (let k = subj.head + 1; k < g.tokens.length && g.tokens[k].start < subj.end && k <= subj.head + 2; k++)
      if (/^(?:around|near|in|outside|at)$/.test(g.tokens[k].lower))
        return [{ start: g.tokens[k].start, end: subj.end, head: k, members: [] }];
    return [];
  }
  const patient = rolesOf(o).patient;
  return [...(patient ? [patient] : []), ...o.pps.filter((x) => /^(?:in|at|near|around|outside)$/.test(x.prep))];
}

// (only the deeds done to a place, which the grammar reads as nominals after a name's possessive: "Kharkiv's
// shelling"; "Shakhtar Donetsk's attack" is the team's)
const possessedPlace = (doc: Doc, p: Predicate, x: Phrase) =>
  DONE_TO_A_PLACE.test(p.lemma) &&
  /^['’]s\b/.test(doc.text.slice(x.end, x.end + 3)) &&
  /^\p{Lu}/u.test(doc.text.slice(x.start, x.end)) &&
  !firstSide(doc.text, x.start, x.end);
/** The phrases of a role: one for the grammatical roles, every matching one for a preposition. */
const BEARING_BEFORE = /\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+$/i;
export function phrasesOf(p: Predicate, role: Role, s: Sentence, g?: SentenceGrammar, doc?: Doc): Phrase[] {
  const r = rolesOf(p);
  const one = (x: Phrase | null) => (x ? [x] : []);
  switch (role) {
    case "agent":
      return one(r.agent);
    case "patient":
      // (a nominal's possessor that names no side is what it was done to: "Avdiivka's capture", "Kherson's
      // liberation"; "Russia's capture of X" has its of-phrase)
      if (p.nominal && p.subject && doc && !p.pps.some((x) => x.prep === "of") && possessedPlace(doc, p, p.subject))
        return [p.subject];
      return one(r.patient);
    case "subject":
      return one(p.subject);
    case "object":
      return one(p.object);
    case "listed": {
      // (a passive participle that opens the sentence is done to the list the sentence closes on: "Shelled by
      // Russian artillery on Tuesday, the governor said: A and B")
      const opening = !p.listed && !p.subject && p.voice === "passive" && !!g && g.tokens[p.head].start === g.start;
      return one(opening ? (g!.predicates.find((x) => x !== p && x.listed)?.listed ?? null) : p.listed);
    }
    case "clause":
      return [{ ...p.clause, head: p.head, members: [] }];
    case "opened": {
      const verbBefore = g?.predicates.some((x) => !x.nominal && x.start >= s.start && x.end <= p.clause.start);
      return [{ start: verbBefore ? p.clause.start : s.start, end: p.clause.end, head: p.head, members: [] }];
    }
    case "host": {
      // (up to the event noun itself: its own words may open the phrase, "in the latest attack on X")
      const at = g ? Math.max(p.start, g.tokens[p.head].start) : p.start;
      const before = s.text.slice(Math.max(0, p.clause.start - s.start), at - s.start);
      return p.nominal && HOSTED.test(before) ? [{ ...p.clause, head: p.head, members: [] }] : [];
    }
    case "attached":
      return g ? attachedTo(p, g, s, doc) : [];
    case "conjoined":
      return g ? conjoinedPlaces(p, g, s) : [];
    case "office":
    case "sentence":
      return [{ start: s.start, end: s.end, head: p.head, members: [] }];
    case "front": {
      // (a sector fronted names no place the event is at: "in the Kupiansk direction, troops advanced")
      // (the sentence's opening locatives hold a second one that narrows the first: "In X, in the Y region, a missile
      // hit …" is at X, not in the region alone)
      const [own, opening] = g ? [fronted(p, g), frontal(g)] : [null, null];
      const x = own && opening && opening.start <= own.start && own.end <= opening.end ? opening : (own ?? opening);
      return x && !SECTOR.test(s.text.slice(x.start - s.start, x.end - s.start)) ? [x] : [];
    }
    case "given-up":
      return g ? one(givenUp(p, g)) : [];
    case "held":
      return g ? heldBySubject(p, g) : [];
    case "left-before":
      return g ? leftBefore(p, g, s) : [];
    case "while":
      return g ? one(whileAfter(p, g)) : [];
    case "topic":
    case "anaphor":
    case "previous":
      return [];
    default: {
      const prep = new RegExp(`^(?:${role.slice(3)})$`);
      // (a locative right after a from-phrase qualifies the origin; "advancing from X towards Y" goes to Y)
      const origin = (i: number) => ofOrigin(s, p.pps, i, /^(?:in|at|on|near)$/);
      // (an of-phrase right after another is part of it: "strikes on the facilities of X"; after a measure it
      // is a reference point: "out of range of X", "within reach of X")
      // (nor is a to-phrase after a way there: "on the approaches to X", "on the road to Y" are near X and Y)
      const ofNext = (i: number) => {
        const of = p.pps[i + 1];
        if (!of || of.start - p.pps[i].end > 1) return false;
        if (/^(?:to|towards?)$/.test(of.prep))
          return WAY.test(s.text.slice(p.pps[i].start - s.start, p.pps[i].end - s.start));
        // (not the forces a place is cleared of: "cleared the plant in X of Russian troops")
        if (RID_OF.test(p.lemma) && FORCES_OF.test(s.text.slice(of.start - s.start, of.end - s.start))) return false;
        return of.prep === "of" && p.pps[i].prep !== "of";
      };
      const measure = (x: Phrase) => MEASURE.test(s.text.slice(x.start - s.start, x.end - s.start));
      // ("retreated from positions near X": a locative right after a from-phrase of positions says where they were)
      const whereFrom = (i: number) =>
        p.pps[i].prep === "from" &&
        /^(in|at|near|around|outside)$/.test(p.pps[i + 1]?.prep ?? "") &&
        p.pps[i + 1].start - p.pps[i].end <= 1 &&
        POSITIONS.test(s.text.slice(p.pps[i].start - s.start, p.pps[i].end - s.start));
      // ("advanced north of X near Y": a bearing from a town, then the place itself, is at Y)
      const bearing = (i: number) =>
        p.pps[i].prep === "of" &&
        // (not "west of X, in Kursk oblast", "north of X in Kharkiv oblast": the region X lies in)
        /^(?:near|at|around|outside)$/.test(p.pps[i + 1]?.prep ?? "") &&
        /^\s*$/.test(s.text.slice(p.pps[i].end - s.start, p.pps[i + 1].start - s.start)) &&
        BEARING_BEFORE.test(s.text.slice(Math.max(0, p.pps[i].start - s.start - 16), p.pps[i].start - s.start));
      return p.pps
        .map((x, i) => ((ofNext(i) && !measure(x)) || whereFrom(i) ? { ...x, end: p.pps[i + 1].end } : x))
        .filter((x, i) => prep.test(x.prep) && !origin(i) && !(i > 0 && ofNext(i - 1)) && !bearing(i));
    }
  }
}
const RID_OF = /^(?:clear|free|rid|cleanse|purge)$/;
const FORCES_OF = new RegExp(String.raw`^of\s+(?:the\s+)?(?:[\p{L}-]+\s+){0,2}?(?:${CLEARED_OF_WORDS})\b`, "iu");
// the heads of a town, named before it: "the mayor of X", "the head of the X city military administration"
const TOWNS_HEAD = /\b(?:mayor|head|chief)\s+of\s+(?:the\s+)?$/i;
const townsOwnOffice = (doc: Doc, s: Sentence, m: PlaceMention) =>
  m.place.level === "settlement" && TOWNS_HEAD.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start));
// (by binary search and a map made once per sentence: a long sentence of participles stays linear)
const byHead = new WeakMap<SentenceGrammar, Map<number, Predicate>>();
const FIRE_VERB = /^(?:shell|strike|hit|attack|bomb|shoot|fire|pound|hammer|target|bombard|strafe)$/;
function hostOf(p: Predicate, g: SentenceGrammar): Predicate | undefined {
  if (p.host === null) return undefined;
  if (!byHead.has(g)) byHead.set(g, new Map(g.predicates.filter((x) => !x.nominal).map((x) => [x.head, x])));
  return byHead.get(g)!.get(p.host);
}
const LOCATIVE = /^(?:in|at|on|near|outside|around|into|across)$/;
const order = new WeakMap<SentenceGrammar, Map<Predicate, number>>();
/**
 * The locatives of the verb conjoined after this one, with the same subject: a place said once at the end holds for
 * both ("improved their position and inflicted losses on the enemy near X").
 */
function conjoinedPlaces(p: Predicate, g: SentenceGrammar, s: Sentence): Phrase[] {
  if (!p.subject || p.nominal) return [];
  // (the next verb after it, by the index of each predicate, made once per sentence: a long sentence stays linear)
  if (!order.has(g)) order.set(g, new Map(g.predicates.map((x, k) => [x, k])));
  let k = order.get(g)!.get(p)! + 1;
  while (k < g.predicates.length && (g.predicates[k].nominal || g.predicates[k].head <= p.head)) k++;
  const after = g.predicates[k];
  if (!after || after.subject?.start !== p.subject.start || after.clause.start !== p.clause.start) return [];
  const from = rolesOf(p).patient?.end ?? g.tokens[p.head].end;
  if (!/^[^.;:,]{0,40}?\band\s+$/i.test(s.text.slice(from - s.start, after.start - s.start))) return [];
  return after.pps.filter((x) => LOCATIVE.test(x.prep));
}
// (officials Russia put over occupied ground)
const INSTALLED = new RegExp(
  String.raw`\b(?:Russian|Moscow|Kremlin)-(?:installed|appointed|backed)\b|` +
    String.raw`\b(?:occupation|proxy)\s+(?:authorities|officials?)\b`,
  "i",
);
// (a from-phrase whose head is a name: "from X", "from occupied X", not "from positions", "from a launcher")
// (a name, or a region by its name: "from the Bryansk region at X", "from Kursk oblast at Y")
const NAMED_ORIGIN = new RegExp(
  String.raw`^from\s+(?:the\s+)?(?:(?:occupied|temporarily|Russian-held|Ukrainian-held)\s+)*\p{Lu}[\p{L}'’-]*` +
    String.raw`(?:\s+(?:region|oblast|province|direction))?\s*$`,
  "u",
);
/**
 * Whether the i-th of a predicate's phrases only qualifies the origin named by the from-phrase right before it:
 * "fired from a launcher in Belgorod region", "from positions near X" (not after an origin that is a name itself:
 * "fired from X at Y" fired at Y).
 */
function ofOrigin(s: Sentence, pps: PrepPhrase[], i: number, preps: RegExp): boolean {
  const [from, x] = [pps[i - 1], pps[i]];
  // ("from across the border in X": a from-phrase whose own preposition the grammar kept)
  const fromish = (y: PrepPhrase) =>
    y.prep === "from" || /\bfrom\s+$/i.test(s.text.slice(Math.max(0, y.start - s.start - 6), y.start - s.start));
  return (
    i > 0 &&
    fromish(from) &&
    preps.test(x.prep) &&
    x.start - from.end <= 1 &&
    !NAMED_ORIGIN.test(s.text.slice(from.start - s.start, from.end - s.start)) &&
    // (nor after a craft a munition is let go from: "dropped explosives from a drone on X" fell on X)
    !CRAFT_ORIGIN.test(s.text.slice(from.start - s.start, from.end - s.start))
  );
}
const CRAFT_ORIGIN = new RegExp(
  String.raw`^from\s+(?:an?\s+|the\s+|their\s+|its\s+)?(?:[\p{L}-]+\s+)?` +
    String.raw`(?:drones?|UAVs?|quadcopters?|copters?|helicopters?|aircraft|planes?|jets?)$`,
  "iu",
);
// (whether a span's words match: asked once per span and pattern, since every predicate of a long sentence asks it
// of the same clause, and slicing it each time grew with the square of its length)
const matched = new WeakMap<Doc, Map<string, boolean>>();
function spanHas(doc: Doc, re: RegExp, x: Span): boolean {
  if (!matched.has(doc)) matched.set(doc, new Map());
  const memo = matched.get(doc)!;
  const key = `${re.source}|${x.start}|${x.end}`;
  let v = memo.get(key);
  if (v === undefined) memo.set(key, (v = re.test(doc.text.slice(x.start, x.end))));
  return v;
}
const RESPECTIVELY = /\brespectively\b/i;
const SIDE_WORD = /\b(Ukrainian|Russian)\b/gi;
/**
 * "Ukrainian and Russian guns hit A and B on Monday and Tuesday, respectively": a clause that says "respectively"
 * pairs its lists in order. The days after the predicate, and the side words of its agent, when there are as many
 * as places.
 */
function respectively(
  doc: Doc,
  s: Sentence,
  p: Predicate,
  places: PlaceMention[],
): { dates: Map<PlaceMention, DateMention>; sides: Map<PlaceMention, Side> } | null {
  if (places.length < 2 || !spanHas(doc, RESPECTIVELY, p.clause)) return null;
  const days: DateMention[] = [];
  for (let k = firstFrom(doc.dates, p.start + 1); k < doc.dates.length && doc.dates[k].end <= p.clause.end; k++)
    if (doc.dates[k].precision === "day") days.push(doc.dates[k]);
  const dates = new Map(days.length === places.length ? places.map((m, k) => [m, days[k]]) : []);
  const agent = rolesOf(p).agent;
  const named = agent ? [...doc.text.slice(agent.start, agent.end).matchAll(SIDE_WORD)] : [];
  const sides = new Map<PlaceMention, Side>(
    named.length === places.length ? places.map((m, k) => [m, /^u/i.test(named[k][1]) ? "UA" : "RU"]) : [],
  );
  return dates.size || sides.size ? { dates, sides } : null;
}
/** The phrases of the clause a participle or a where-clause hangs on: its patient, its locatives, then the words from
 * the clause's start to the participle; a where-clause's, the phrase just before it. */
function attachedTo(p: Predicate, g: SentenceGrammar, s: Sentence, doc?: Doc): Phrase[] {
  const h = hostOf(p, g);
  const t = g.tokens;
  if (h) {
    // (the host's own clause: back from its subject to a comma, a dozen words at most: "…, and in X a missile hit")
    let j = Math.min(t.length - 1, firstFrom(t, h.subject?.start ?? t[h.head].start));
    for (let n = 0; j > 0 && n < 12 && t[j - 1].text !== "," && t[j - 1].start >= h.clause.start; n++) j--;
    const span = { start: t[Math.max(0, j)].start, end: p.start, head: h.head, members: [] };
    // (not a locative of the origin: "fired from positions near X at Y, killing a man" killed him in Y)
    const where = h.pps.filter((x, i) => LOCATIVE.test(x.prep) && !ofOrigin(s, h.pps, i, LOCATIVE));
    return [rolesOf(h).patient, ...where, span].filter((x) => !!x);
  }
  // (a reduced relative happened where the verb whose phrase holds its noun says, by its subject or a locative:
  // "rescuers in X recovered a body from the block struck by a drone on Saturday")
  if (reducedRelative(g, p) && p.subject) {
    const x0 = p.subject.start;
    const holds = (x: Phrase | null) => !!x && x.start <= x0 && x0 < x.end;
    // (or the verb before it whose object the tagger cut short: "finished clearing the rubble of the block hit …")
    const o =
      g.predicates.find((o) => o !== p && !o.nominal && [o.object, ...o.pps].some(holds)) ??
      g.predicates.filter((o) => o !== p && !o.nominal && o.end <= x0 && o.clause.start <= x0).pop();
    if (o) return [o.subject, ...o.pps.filter((x) => LOCATIVE.test(x.prep))].filter((x): x is Phrase => !!x);
  }
  // (a when- or as-clause after its main clause happened where that clause says: "a man living in X was killed when
  // a bomb hit his house", "soldiers deployed to Y died as missiles hit their barracks")
  // (and one after a main clause with no verb, a headline's: "X without power after Russian missile hits substation")
  // (not one that names a place of its own: "pounded X as artillery hit positions around Y")
  const phrases = [rolesOf(p).patient, p.subject, ...p.pps].filter((x): x is Phrase => !!x);
  const own = (m: PlaceMention) => phrases.some((x) => m.start >= x.start && m.end <= x.end);
  if (p.clause.kind === "temporal" && /^(?:when|as|after)$/.test(p.clause.marker ?? "")) {
    if (doc && sentencePlacesOf(doc, s).some(own)) return [];
    // (the clause it hangs on is the nearest before it: "said …, adding that two had died when a shell hit X")
    const main = g.predicates.filter((o) => !o.nominal && o.end <= p.clause.start).pop();
    const from = main ? Math.min(main.start, main.subject?.start ?? main.start) : 0;
    if (main) return [{ start: Math.max(main.clause.start, from), end: p.clause.start, head: main.head, members: [] }];
    const verbless = p.clause.start > g.start && !g.predicates.some((o) => !o.nominal && o.end <= p.clause.start);
    return verbless ? [{ start: g.start, end: p.clause.start, head: 0, members: [] }] : [];
  }
  if (p.clause.kind !== "relative" || p.clause.marker !== "where") return [];
  let k = firstFrom(t, p.clause.start) - 1;
  if (k >= 0 && t[k].text === ",") k--;
  let j = k;
  while (j > 0 && j > k - 6 && !/^(?:VERB|AUX|ADP|PUNCT|CCONJ)$/.test(t[j - 1].pos)) j--;
  return k >= 0 && j <= k ? [{ start: t[j].start, end: t[k].end, head: k, members: [] }] : [];
}
// (an indefinite one: "during the missile strike" points back to a strike told before, wherever the clause is)
const HOSTED = new RegExp(
  String.raw`\b(?:(?:after|following|in|during|amid|from)\s+(?:a|an|another|the\s+latest)|as\s+a\s+result\s+of\s+` +
    String.raw`(?:a|an|the)|(?:despite|amid|amidst)(?=\s))\s+` +
    String.raw`(?:(?!the\b|this\b|that\b)[\w-]+\s+){0,3}$`,
  "i",
);
const phraseOf = (p: Predicate, role: Role, s: Sentence) => phrasesOf(p, role, s)[0] ?? null;
const MEASURE = /\b(?:range|reach|sight|distance|view)$/i;
const NO_LONGER = /\bno\s+longer\s+(?:\w+\s+)?$/i;
const WAY = /\b(?:approach(?:es)?|roads?|way|route|highway|entrances?)$/i;
// ("from positions", and what leaving verbs take: "abandoned their positions near X")
const HELD =
  String.raw`(?:from|out of|abandon(?:ed|ing)?|left|leav(?:e|es|ing)|vacat(?:e|ed|ing))\s+` +
  String.raw`(?:(?:their|its|our|the|some|several)\s+)?(?:[\w-]+\s+)?` +
  // (and ground held in a ring or across a river: "broke out of the encirclement near X", "left the bridgehead")
  String.raw`(?:positions|lines|trenches|areas?|encirclement|pocket|cauldron|bridgehead|foothold|salient)`;
const POSITIONS = new RegExp(`^${HELD}$`, "i");
// "from positions near X": the place the positions were at (near it, but where they left); so is a bearing or a
// distance from it ("abandoned positions 3 km west of X", "on the outskirts of Y")
const FROM_NEAR = new RegExp(
  String.raw`\b${HELD}\s+(?:near|around|outside|in|at|on the (?:outskirts|edge) of|` +
    String.raw`(?:[\d.,]+\s*(?:km|kilomet(?:re|er)s?|miles?)\s+)?` +
    String.raw`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)` +
    String.raw`\s+(?:the\s+)?(?:(?:village|town|city|settlement)\s+of\s+)?$`,
  "i",
);

// the nouns of a battle, whose place a sentence that opens after it goes on in
const BATTLE = /^(?:fighting|battles?|siege|defen[cs]e|assaults?|storming|clashes)$/;
// the prepositions of a locative that opens a clause
const FRONT_PREP = /^(?:in|near|outside|across|around|at)$/i;
/** "In Kryvyi Rih, a missile struck …": a locative opening the sentence places what the sentence reports. */
function frontal(g: SentenceGrammar): Phrase | null {
  const t = g.tokens;
  // (or the battle a sentence follows on: "After weeks of fighting for X, the defenders left their positions", after
  // a label, a colon that opens a quotation or a quotation mark too: "The brigade wrote: \"After heavy fighting …")
  let a = 0;
  while (a < Math.min(6, t.length) && t[a].text !== ":") a++;
  a = a < Math.min(6, t.length) ? a + 1 : 0;
  for (const q = a + 3; a < Math.min(q, t.length) && /^["“”«']$/.test(t[a].text);) a++;
  if (/^(?:after|following)$/i.test(t[a]?.text ?? "")) {
    let comma = a + 3;
    while (comma < Math.min(t.length, a + 14) && t[comma].text !== ",") comma++;
    if (comma >= Math.min(t.length, a + 14)) return null;
    for (let i = a + 1; i < comma - 1; i++)
      if (BATTLE.test(t[i].lower) && /^(?:for|of|in|around|near)$/.test(t[i + 1].lower))
        return nounPhrase(t, i + 2, comma);
    return null;
  }
  // (or a place set before a colon or a dash as the sentence's label: "Bilopillia community: the enemy dropped 3
  // mines", "Druzhkivka — an administrative building damaged", a regional summary's line)
  let colon = -1;
  // (a hyphen inside a name joins it: "Novhorod-Siverskyi community: …"; one set off by spaces is a dash)
  const dash = (i: number) => /^(?:—|–|--?)$/.test(t[i].text) && (t[i].text !== "-" || t[i].start > t[i - 1].end);
  for (let i = 1; i < Math.min(6, t.length) && colon < 0; i++) if (t[i].text === ":" || dash(i)) colon = i;
  const label = (x: GToken) => /^(PROPN|NOUN|ADJ)$/.test(x.pos) || x.text === "-";
  if (colon > 0 && /^\p{Lu}/u.test(t[0].text) && t.slice(0, colon).every(label))
    return { start: t[0].start, end: t[colon - 1].end, head: colon - 1, members: [] };
  // (after a live blog's time stamp too: "19:30 In X, a missile hit …")
  let o = /^\d{1,2}[:.]\d{2}$/.test(t[0]?.text ?? "") ? 1 : 0;
  if (o && /^[—–-]$/.test(t[1]?.text ?? "")) o++;
  // (and inside a quotation that opens the sentence: "\"In the districts of A and B, our units moved …\"")
  if (/^["“«]$/.test(t[o]?.text ?? "")) o++;
  if (t.length < 4 + o || !FRONT_PREP.test(t[o].text)) return null;
  const comma = t.findIndex((x, i) => i > o + 1 && i < 12 + o && x.text === ",");
  // (a second locative right after the first narrows it: "In some areas, in the districts of A and B, units …")
  const next =
    comma > 0 && FRONT_PREP.test(t[comma + 1]?.text ?? "")
      ? t.findIndex((x, i) => i > comma + 1 && i < comma + 14 && x.text === ",")
      : -1;
  if (next > 0) return { start: t[o + 1].start, end: t[next - 1].end, head: next - 1, members: [] };
  if (comma > 0) return { start: t[o + 1].start, end: t[comma - 1].end, head: comma - 1, members: [] };
  // (without a comma, the phrase itself: "In Kharkiv's Saltivskyi district a drone hit …")
  return nounPhrase(t, o + 1, Math.min(t.length, 12 + o));
}

// (a sector: "in the Kupiansk direction", "on the Zaporizhzhia front")
const SECTOR = /\b(?:direction|sector|axis|front|frontline|front line)s?\b/i;
/** ", and in Odesa a missile hit …": a locative opening a clause joined to the one before places that clause. */
function fronted(p: Predicate, g: SentenceGrammar): Phrase | null {
  const t = g.tokens;
  if (!p.subject) return null;
  const i0 = firstFrom(t, p.subject.start);
  let j = i0 - 1;
  if (t[j]?.text === ",") j--;
  for (let n = 0; j > 1 && n < 6 && !/^(?:VERB|AUX|PUNCT)$/.test(t[j].pos); n++, j--)
    if (FRONT_PREP.test(t[j].text) && /^(?:,|;|and|but|while)$/i.test(t[j - 1].text)) return nounPhrase(t, j + 1, i0);
  return null;
}

// (and, for strikes and losses, a part: "shelled the northern outskirts of X")
const NEAR = new RegExp(
  String.raw`\b(?:near|outside|around|close to|` +
    String.raw`(?:the\s+)?(?:[a-z-]+\s+)?(?:outskirts|suburbs?|edge|centre|center)\s+of|towards?|` +
    // (a way there: "on the approaches to X", "on the road to Y")
    String.raw`(?:the\s+)?(?:[a-z-]+\s+)?(?:approach(?:es)?|roads?|way|route|highway)\s+to|` +
    String.raw`in the direction of|closer to|in the (?:area|vicinity|outskirts) of|on the outskirts of|` +
    String.raw`in and around|within (?:[\w.-]+\s+){1,2}(?:kilomet(?:er|re)s?|km|miles?) of|` +
    // (ground past a place is gained at it: "pushed 2 km beyond X")
    String.raw`beyond|` +
    // (a bearing from a place locates what is hit or lost there: "a tank destroyed 5 km west of X")
    String.raw`(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of)\s+(?:the\s+)?` +
    // (with who holds it said between: "positions around occupied X", "near Russian-held Y")
    String.raw`(?:(?:occupied|(?:Russian|Ukrainian)-(?:held|controlled|occupied)|front-?line)\s+)?` +
    String.raw`(?:(?:[a-z-]+\s+)?(?:town|city|village|settlement)\s+of\s+)?$`,
  "i",
);

// (a bearing with a distance of 15 km or more places it away from the town: "in an area some 20 km south of X" is
// not at X; "5 km west of X" still is)
const FAR_BEARING = new RegExp(
  String.raw`\b(\d+(?:\.\d+)?)\s*(km|kilomet(?:er|re)s?|miles?)\s+(?:(?:to\s+the\s+)?(?:north|south|east|west|` +
    String.raw`north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|from|outside)\s+(?:the\s+)?$`,
  "i",
);
const farOff = (before: string) => {
  const m = FAR_BEARING.exec(before);
  return !!m && Number(m[1]) * (/^mile/i.test(m[2]) ? 1.6 : 1) >= 15;
};
// the words before a list's first member, for a later one: "near A, B and C" puts C near as well
// (the names listed before a member, not the capitalised preposition that opens a sentence: "Near X and Y, …")
const NAME_WORD = String.raw`(?!(?:Near|Outside|Around|Close|In|At|On|Towards?|Beyond|Between)\b)\p{Lu}[\p{L}'’-]*`;
const LIST_BEFORE = new RegExp(
  String.raw`(?:${NAME_WORD}(?:\s+${NAME_WORD}){0,2}(?:,\s+(?:and\s+)?|\s+and\s+))+$`,
  "u",
);
const listHead = (before: string) => before.replace(LIST_BEFORE, "");

const COMPASS_PART = /\b(?:central|(?:north|south)?-?(?:eastern|western)|northern|southern)\s+$/i;
// the city an oblast's officer means by "the regional centre"
const REGIONAL_CENTRE = /\bthe (?:regional|oblast) (?:centre|center|capital)\b/i;
// where a weapon came from is not where it struck: "drones launched from the left bank near X"
const LAUNCHED_NEAR = new RegExp(
  String.raw`\b(?:launched|fired|flew|flying|took off|came|coming|attacked|shelled)\s+from\s+(?:the\s+)?` +
    String.raw`(?:[\w-]+\s+){0,4}(?:near|outside|around|close to)\s+(?:the\s+)?$`,
  "i",
);
// "a coastal town near X", "a village 20 km from X": an unnamed place described from X is not X
const UNNAMED_NEAR = new RegExp(
  String.raw`\b(?:a|an|another|one)\s+(?:[\w-]+\s+){0,2}(?:town|village|city|settlement|hamlet|locality|community)` +
    String.raw`\s+(?:near|outside|close to|not far from)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$`,
  "i",
);

const PLACES_OFFICE = new RegExp(
  String.raw`\bthe\s+(town|city|village|settlement)['’]s\s+` +
    String.raw`(?:mayor|head|authorities|administration|council|military administration)\b`,
  "i",
);
/** The places a role covers: event places, and with `near` places given as "near X". */
type Located = PlaceMention & { ref: boolean };
const BEARING = new RegExp(
  String.raw`\b(?:north|south|east|west|north-?east|north-?west|south-?east|` +
    String.raw`south-?west)(?:ern)?\s+of\s+(?:the\s+)?(?:(?:[\p{L}-]+,?\s+){0,4}(?:and\s+)?)?$`,
  "iu",
);
/** "the bridge at Zatoka, south-west of Odesa": a bearing set off after another place locates that place. */
function apposedBearing(doc: Doc, s: Sentence, p: PlaceMention, inSentence: Located[]): boolean {
  const m = APPOSED_BEARING.exec(doc.text.slice(Math.max(s.start, p.start - 60), p.start));
  const at = m ? p.start - m[0].length : -1;
  return !!m && inSentence.some((o) => o !== p && o.end >= at - 1 && o.end <= at + 1);
}
function placesOf(
  doc: Doc,
  s: Sentence,
  x: Phrase | null,
  near: boolean,
  inSentence: Located[],
  beyond = false,
  office = false,
  officeOnly = false,
  at = x?.start ?? 0,
): PlaceMention[] {
  if (!x) return [];
  const before = (p: PlaceMention) => doc.text.slice(Math.max(s.start, p.start - 60), p.start);
  // (the office nearest the predicate: one speaker's town, not every office a long page names)
  if (officeOnly) {
    const head = at;
    const offices = inSentence.filter(
      (p) => usable(p) && p.start >= x.start && p.end <= x.end && isOffice(doc, p, before(p)),
    );
    return offices.sort((a, b) => Math.abs(a.start - head) - Math.abs(b.start - head)).slice(0, 1);
  }
  // (a place inside a parenthesis of the phrase qualifies a member, it is not one: "Storozheve (both in the Velyka
  // Novosilka community) and Makarivka")
  // (brackets counted once over the phrase, each place then looked up: a page-long phrase of many places stays linear)
  let opens: number[] | null = null,
    closes: number[] | null = null;
  const countBefore = (xs: number[], at: number) => {
    let lo = 0,
      hi = xs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (xs[mid] < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const aside = (p: PlaceMention) => {
    if (!opens || !closes) ({ opens, closes } = bracketsIn(doc, x));
    return countBefore(opens, p.start) > countBefore(closes, p.start);
  };
  // (the antecedent of a relative clause is the place its verb tells of, whatever word set it in the main clause:
  // "dug trenches around X, which fell to Russian troops in June")
  // (or its object: "fighting raged near X, which Russian forces captured in May")
  // (or a name the relative's settlement noun stands in apposition to: "towards X, a town on a reservoir that
  // Russian forces shelled")
  const antecedent = x.end <= at && ANTECEDENT_GAP.test(doc.text.slice(x.end, at));
  return inSentence.filter(
    (p) =>
      p.start >= x.start &&
      p.end <= x.end &&
      !aside(p) &&
      // (a bearing set off after another place locates that place: "the bridge at Zatoka, south-west of Odesa")
      !apposedBearing(doc, s, p, inSentence) &&
      (!p.ref ||
        (antecedent && p.end === x.end) ||
        // (a sector named after a town is near it; one named after a regional centre spans the region: "the
        // Kharkiv direction")
        // (not the sector a weapon came from: "a drone launched from the Tokmak direction hit a house")
        (near &&
          namesSector(doc, p) &&
          !speakersPost(doc, p) &&
          !loadGazetteer().oblastIndex.has(fold(p.place.name)) &&
          !/\bfrom\s+(?:the\s+)?$/i.test(before(p))) ||
        (near &&
          NEAR.test(listHead(before(p))) &&
          !farOff(before(p)) &&
          !UNNAMED_NEAR.test(before(p)) &&
          !LAUNCHED_NEAR.test(before(p)) &&
          !isQualifier(doc, p)) ||
        FROM_NEAR.test(listHead(before(p))) ||
        (beyond && BEARING.test(before(p))) ||
        (office && OFFICE.test(before(p)))),
  );
}
const ANTECEDENT_GAP = new RegExp(
  String.raw`^\s*,?\s*(?:(?:an?|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:${PLACE_NOUN})(?:\s+(?:on|by|near|along|beside)\s+` +
    String.raw`(?:the\s+|an?\s+)?(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s+)?(?:which|that)\b[^,;]*$`,
  "iu",
);
// kit on display, repaired or sold was lost (or taken) long before: no loss today
const SHOWN = new RegExp(
  String.raw`\b(?:on (?:display|show)|exhibit(?:s|ed|ion|ions)?|displayed|displays|museum|parade|showcas\w*|` +
    String.raw`repair\w*|restor\w*|refurbish\w*|sold|auction\w*)\b`,
  "i",
);
// (", south-west of B", ", 10 km north of B", ", near B", ", just outside B": the bearing an apposition gives the
// place before it)
const APPOSED_BEARING = new RegExp(
  String.raw`,\s+(?:(?:just|about|some|around|roughly)\s+)?(?:[\d.]+\s*(?:km|kilomet(?:er|re)s?|miles)\s+)?` +
    String.raw`(?:(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+of|near|` +
    String.raw`outside)\s+(?:the\s+)?$`,
  "i",
);
// "detained the mayor of Melitopol", "arrested a resident of X": an office's or a home's place is where its holder
// was taken
const OFFICE = new RegExp(
  String.raw`\b(?:mayor|head|leader|deputy|governor|chief|priest|councillor|council|administration|residents?|` +
    String.raw`natives?|` +
    String.raw`authorities|officials|police)\s+(?:of|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}$`,
  "i",
);

const isOffice = (doc: Doc, p: PlaceMention, before: string) =>
  OFFICE.test(before) || OFFICE_AFTER.test(doc.text.slice(p.end, p.end + 50));

// who leaves with nothing said of where: a pronoun, or forces ("its troops withdrew", "the garrison pulled out")
const LEAVERS = new RegExp(
  String.raw`^(?:they|it|we|he|she)$|` +
    String.raw`^(?:(?:its|their|our|the|\w+(?:ian|ish))\s+)+(?:troops|forces|units|soldiers|defenders|garrison)$`,
  "i",
);

const ANNIVERSARY = new RegExp(
  String.raw`\b(?:a|an|one|two|three|four|five|ten|\d+)\s+(?:full\s+)?years?\b[^.;]{0,25}?\b(?:since|after|ago)\b|` +
    String.raw`\banniversary\b|\bon this day\b`,
  "i",
);
// (an event noun is remembered by these too: "a memorial to the victims of the strike")
const REMEMBERED = new RegExp(String.raw`(?:${ANNIVERSARY.source}|\bmemorial\b|\bcommemorat\w*)[^.;]*$`, "i");
// ("for eight months", "for more than two years")
const DURATION = /^for\s+(?:[\w-]+\s+){1,4}(?:days|weeks|months|years)\b/i;
// the class an event is counted in: "the latest in a series of attacks on X", "the third in a wave of strikes" (the
// others in it are no event told, and the time it names is theirs: the one counted is told by its own words)
const SERIES =
  String.raw`\b(?:latest|last|newest|first|second|third|fourth|fifth|one)\s+(?:in|of)\s+(?:a|the)\s+` +
  String.raw`(?:(?:long|growing|recent)\s+)?(?:series|string|spate|wave|number|run)\s+of\s+`;
const SERIES_OF = new RegExp(SERIES + String.raw`(?:[\w-]+\s+){0,2}$`, "i");
const SERIES_LEAD = new RegExp(SERIES + String.raw`[^,;.]*$`, "i");

// what joins two phrases of one predicate: "on A and B", "on A and 2 more on B", "in A and another three in B"
// a member's own region after it: "in A in X region", "in B in the Y oblast", "in A and B in western Ukraine"
const OWN_REGION = new RegExp(
  String.raw`^in\s+(?:the\s+)?(?:[\p{L}'’-]+\s+(?:region|oblast|province)|` +
    String.raw`(?:(?:north|south)?-?(?:eastern|western)|northern|southern|central)\s+(?:Ukraine|Russia))$`,
  "iu",
);
const JOINED = new RegExp(
  String.raw`^\s*[,;]?\s*(?:and|as well as|or)` +
    String.raw`(?:\s+(?:another\s+)?(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)` +
    String.raw`(?:\s+(?:more|others?))?)?\s*$`,
  "i",
);
const WEAPONS_BACK =
  /^(?:the\s+)?(?:rest|others|remaining(?:\s+ones)?|(?:one|two|three|four|five|several|some)\s+of\s+them|they)$/i;
const FAILED = new RegExp(
  String.raw`\b(?:unsuccessfully|in vain|without success|fruitlessly|to no avail)\s+(?:(?:tried|attempted)\s+)?` +
    String.raw`(?:to\s+)?$|` +
    // (or a noun of trying that says so: "made two unsuccessful attempts to storm X", "failed bids by Y to cross")
    String.raw`\b(?:unsuccessful|failed|fruitless|futile|vain)\s+(?:attempts?|efforts?|bids?)\s+` +
    String.raw`(?:(?:of|by)\s+[^,;]{1,40}?\s+)?(?:to\s+)?$`,
  "i",
);
// the words of an attempt beaten off, after it
const BEATEN_OFF = new RegExp(
  String.raw`\b(?:repel(?:led|s)?|repulsed|pushed back|beaten back|beat back|thrown back|driven back|` +
    String.raw`(?:was|were|have been|has been)\s+stopped|thwarted|foiled|unsuccessful(?:ly)?|to no avail|in vain|` +
    // (or said to have come to nothing: "but failed", "but could not advance", "without success")
    String.raw`failed|(?:could|did)\s+not\s+(?:advance|succeed|break\s+through|get\s+through)|without\s+success|` +
    String.raw`(?:was|were|have been|has been)\s+(?:destroyed|eliminated)|` +
    // (told as the defenders tell it: "we stopped them and they crawled back", "the rest turned back")
    String.raw`stopped\s+them|turned\s+(?:back|around)|(?:crawled|went|rolled|ran)\s+back)\b`,
  "i",
);
function beatenOff(doc: Doc, s: Sentence, p: Predicate): boolean {
  if (BEATEN_OFF.test(doc.text.slice(p.end, Math.min(s.end, p.end + 300)))) return true;
  const next = doc.sentences[sentenceIndex(doc, s) + 1];
  return !!next && next.paragraph === s.paragraph && BEATEN_OFF.test(next.text.slice(0, 120));
}
const PLEDGING = /^(promise|vow|pledge|threaten|swear|say|declare|announce|insist|predict|warn)$/;

const PERFECT = /^(?:has|have|had)\b/i;
const WE = /\b(?:we|us|our)\b/i;
// the object of "since": a date the words between leave bare ("since 1 March", "since early 2023", "since last May")
const SINCE_OBJECT = /\bsince\s+(?:the\s+)?(?:(?:last|early|late|mid)[\s-]+)?$/i;
const sinceObject = (doc: Doc, s: Sentence, d: DateMention) =>
  SINCE_OBJECT.test(doc.text.slice(Math.max(s.start, d.start - 30), d.start));
// a day of the last few: a weekday, yesterday, a part of a day, or a day within a month before publication
function recentSince(doc: Doc, x: Phrase): boolean {
  const day = doc.dates.find((m) => m.start >= x.start && m.end <= x.end && m.precision === "day");
  return recentDay(doc, words(doc, x), day);
}
// (the types whose place may be a town abroad: ground taken in Kursk region, strikes on Belgorod and their dead,
// drones downed over Bryansk region, a town there left without power)
const GROUND = new Set<EventType>([
  "control_change",
  "advance",
  "withdrawal",
  "strike",
  "casualties",
  "equipment_loss",
  "outage",
]);
// the changes of ground a party may deny by saying they did not happen, and the words of a deed not done
const GROUND_CHANGE = new Set<EventType>(["control_change", "advance", "withdrawal"]);
const DONE_NOT =
  /\b(?:did|has|have|had|was|were)\s+(?:not|n['’]t)\b|\b(?:didn|hasn|haven|hadn|wasn|weren)['’]t\b|\bnever\b/i;
// the words of an attempt that failed, right before its verb ("failed to", "were unable to", a past "could not")
const TRIED =
  /(?:\b(?:manage[ds]?|succeed(?:ed|s)?\s+in|(?:un)?able|fail(?:ed|s)?)\s+(?:to\s+)?|\bcould(?:\s+not|n['’]t)\s+)$/i;
const WITHHELD = /^(?:claim|announce|confirm|report|acknowledge|admit|declare|verify|mention|comment)$/;
const COULD_NOT = /\bcould(?:\s+not|n['’]t)\s+$/i;
// verbs of knowing and checking, whose "not" leaves what they would know standing: "could not verify that …"
const KNOWING =
  /^(verify|confirm|say|know|establish|determine|check|corroborate|prove|substantiate|independently verify)$/;
const INSTRUMENT = /^(?:use|employ|deploy)$/;

// The frames whose verbs take a lemma, in their order: a predicate's lemma was tested against every frame's verbs,
// and the lemmas of a language are few.
const byLemma = new WeakMap<Frame[], Map<string, Frame[]>>();
const SOURCE = /^(?:from|out of|away from)$/;
/** The country as an event's place, said by the sentence as a whole. */
const countryAt = (s: Sentence): PlaceMention => ({
  start: s.start,
  end: s.start,
  surface: "",
  place: COUNTRY,
  confidence: 0.5,
  candidates: [],
  reason: "",
});
/** The prepositions of a frame's place roles ("pp:of|over"), compiled once per frame. */
const ppRoles = new Map<Frame, RegExp[]>();
function ppRolesOf(f: Frame): RegExp[] {
  let rs = ppRoles.get(f);
  if (!rs) {
    rs = f.place.filter((r) => r.startsWith("pp:")).map((r) => new RegExp(`^(?:${r.slice(3)})$`));
    ppRoles.set(f, rs);
  }
  return rs;
}

function framesOf(frames: Frame[], lemma: string): Frame[] {
  let m = byLemma.get(frames);
  // (bounded: a stream of made-up words must not grow it for ever)
  if (!m || m.size > 50_000) byLemma.set(frames, (m = new Map()));
  let fs = m.get(lemma);
  if (!fs) m.set(lemma, (fs = frames.filter((f) => f.verbs.test(lemma))));
  return fs;
}

// what a country's possessive owns across the country: its grid, its energy system, its cities, its railways
const NATIONAL_SYSTEM = new RegExp(
  String.raw`^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:energy|power|electricity|grid|infrastructure|cities|towns|railways?|` +
    String.raw`ports|airfields|air\s*bases|energy\s+facilities)\b`,
  "iu",
);
/** Events the frames read in one sentence, and the predicates they used (the regex extractors skip those). */
export function readFrames(
  doc: Doc,
  s: Sentence,
  g: SentenceGrammar,
  frames: Frame[],
): { events: Event[]; used: { start: number; end: number; type: EventType }[] } {
  const events: Event[] = [];
  const used: { start: number; end: number; type: EventType }[] = [];
  // the sentence's places, read only once a frame fits a predicate: without the country, and with it as a whole
  // for the frames that take it (not as an owner or a part: "Ukraine's second city", "in central Ukraine")
  let located: { usable: Located[]; nation: Located[]; ground: Located[] } | null = null;
  // (but the country owns what spans it: "fired 70 missiles at Ukraine's energy system" is fire at the country)
  const possessed = (m: PlaceMention) => /^['’]s\b/.test(doc.text.slice(m.end, m.end + 3));
  const whole = (m: PlaceMention) =>
    (!possessed(m) || NATIONAL_SYSTEM.test(doc.text.slice(m.end, m.end + 50))) &&
    !COMPASS_PART.test(doc.text.slice(Math.max(0, m.start - 16), m.start));
  const places_ = () => {
    if (located) return located;
    const all = sentencePlaces(doc, s);
    // (ground is taken abroad too: "took the town of Sudzha" in Russia's Kursk region, a town filed at Russia's level)
    const abroad = (m: PlaceMention) => m.place.level === "country" && m.place.pcode !== COUNTRY.pcode;
    return (located = {
      usable: all.filter(usable),
      // (a country's system counts only when nothing narrower is named: "Ukraine's grid was hit as missiles struck
      // the plant in X" is at X)
      nation: all.filter(
        (m) => usable(m) || abroad(m) || (whole(m) && (!possessed(m) || !all.some((o) => o !== m && usable(o)))),
      ),
      ground: all.filter((m) => usable(m) || abroad(m)),
    });
  };
  // (from the last main clause that opens before the question mark: "X took A, but would they hold it?")
  let asked = Infinity;
  if (/\?["”»'’]?\s*$/.test(s.text)) {
    asked = s.start;
    for (const m of s.text.matchAll(/(?:,\s+(?:but|yet|and|so)|;|:)\s/g)) asked = s.start + m.index!;
  }
  const remembered = new Set<number>(); // the subjects of recalled deeds, by where they start
  // (the event nouns whose phrase names a place abroad or unknown: "strikes on Rafah"; found once per sentence)
  let foreign: Predicate[] | null = null;
  const foreignNouns = () =>
    (foreign ??= g.predicates.filter((o) => o.nominal && o.pps.some((x) => unknownName(doc, s, x, g))));
  // (the verbs of knowing, in order, and the first of them that may still be within reach of a predicate: predicates
  // come in order, so the window only moves forward)
  const knowers = g.predicates.filter((o) => !o.nominal && KNOWING.test(o.lemma));
  let lo = 0;
  for (const low of g.predicates) {
    const p = attachedHigh(doc, g, low, frames);
    const lemma = p.lemma;
    // a predicate the grammar reads as not done (denied, supposed, planned) is no event, and no regex extractor
    // of a frame's type may read one from it either
    // (`own`: the predicate's phrases are its own too, "less exposed to Russian strikes" holds the trigger "strikes")
    const undone = (f: Frame, own = false) => {
      let end = g.tokens[p.head].end;
      if (own) for (const x of p.pps) end = Math.max(end, x.end);
      // (a count not taken is not taken either: "aims to capture the remaining 300 square kilometres")
      const counts = f.counted && f.needs ? [f.needs.role].flat().flatMap((r) => phrasesOf(p, r, s, g)) : [];
      for (const x of counts) end = Math.max(end, x.end);
      // (an event noun's whole phrase is its own: "the Russian missile strike" holds the regex trigger "missile")
      const start = p.nominal && p.subject && p.subject.end >= p.start ? Math.min(p.start, p.subject.start) : p.start;
      for (const type of f.partial ? [f.type, f.partial] : [f.type]) used.push({ start, end, type });
    };
    // (a question asserts nothing: "How would they react if the delegation came under fire in X?"; a clause an
    // anniversary opens recalls, it does not report: "Two years ago today, columns rolled into X", "marked a year
    // since the town was freed")
    // (and the participle that goes on with a recalled deed: "A year after a missile hit X, killing dozens, …")
    const goesOn = /ing$/.test(g.tokens[p.head].lower) && !!p.subject && remembered.has(p.subject.start);
    // (nor does the past deed a superlative is measured against: "the deadliest attack since a missile hit X")
    const measured =
      p.clause.marker === "since" &&
      SUPERLATIVE.test(doc.text.slice(Math.max(s.start, p.clause.start - 90), p.clause.start));
    // (the clause's opening words: bounded, so a page-long clause of many predicates stays linear)
    const opening = doc.text.slice(Math.max(s.start, p.clause.start - 25), Math.min(p.start, p.clause.start + 200));
    // (and a relative clause on a remembered deed's noun: "one year since the strike on a cafe that killed 59")
    const onRemembered =
      p.clause.kind === "relative" &&
      REMEMBERED.test(doc.text.slice(Math.max(s.start, p.clause.start - 100), p.clause.start));
    const recalled = ANNIVERSARY.test(opening) || goesOn || measured || onRemembered;
    if (recalled && p.subject) remembered.add(p.subject.start);
    // (a state that ended is read only by the frames for it: "no longer hold X")
    // (a copula takes it after itself: "our troops are no longer in X")
    const head = g.tokens[p.head];
    const lead = doc.text.slice(Math.max(p.clause.start, p.start - 40), head.start);
    const ended =
      (p.negated && NO_LONGER.test(doc.text.slice(Math.max(p.clause.start, p.start - 30), head.start))) ||
      // ("failed to hold X", "were unable to keep Y": a hold that gave way; "could not hold X" may be a forecast)
      (p.negated && !p.modality && /^(?:hold|keep|retain)$/.test(lemma) && TRIED.test(lead)) ||
      (lemma === "be" && /^\s+no\s+longer\b/i.test(doc.text.slice(head.end, head.end + 12))) ||
      // ("there are no more Russian soldiers in X", "no Ukrainian units remain in Y", "no troops (are) left in Z")
      (/^(be|remain|stay|leave)$/.test(lemma) &&
        [p.subject, p.object].some((x) => !!x && /^no\s+(?:more\s+)?\S/i.test(words(doc, x))) &&
        (lemma !== "leave" || p.pps.some((x) => x.prep === "in")));
    // ("X has not been captured, the General Staff said", "we never left X": a party's word that ground did not change
    // hands is its denial, kept as denied below; an outlet's own "not" states nothing)
    // ("did not manage to enter X", "failed to break into Y": an attempt that failed, the attacker's advance denied
    // when it answers a claim to it, as any "not" is: refiners.ts; alone it moved no one)
    // ("could not break into X": a past "could not" is an attempt that failed too)
    const tried = p.negated && !ended && (!p.modality || COULD_NOT.test(lead)) && TRIED.test(lead);
    // (a deed's noun held by a verb of telling that is negated is a claim not made, no denial: "Moscow has not
    // claimed the capture of X", "Kyiv did not confirm the loss of Y")
    const withheld = p.nominal && !!p.governor && WITHHELD.test(p.governor);
    const denial =
      tried ||
      (p.negated &&
        !ended &&
        !withheld &&
        !p.modality &&
        p.clause.kind !== "conditional" &&
        DONE_NOT.test(lead + head.text) &&
        (!/\bnever\s+$/i.test(lead) || PAST_FORM.test(head.text)));
    // (a deed's noun the accused guided is their part in it, no event of the day: "an agent directing strikes on X")
    const guided = p.nominal && accusedsPart(doc, s, head);
    if ((p.negated && !ended && !denial) || p.clause.kind === "conditional" || p.start >= asked || recalled || guided) {
      for (const f of framesOf(frames, lemma)) if (!p.nominal || f.nominal) undone(f);
      continue;
    }
    // (a that-clause a verb of knowing governs is a clause of its own for the modals and the "not": "could not
    // verify (the claim) that X had been liberated" tells of the liberation, unverified; looked for within 200
    // characters, so a page-long sentence stays linear)
    let qFrom = p.clause.kind === "main" ? 0 : p.clause.start;
    while (lo < knowers.length && g.tokens[knowers[lo].head].end < p.start - 200) lo++;
    for (let k = lo; k < knowers.length && knowers[k].head < p.head; k++) {
      const from = g.tokens[knowers[k].head].end;
      const that = doc.text.slice(from, p.start).search(/\bthat\b/i);
      if (that >= 0) qFrom = Math.max(qFrom, from + that + 4);
    }
    for (const f of framesOf(frames, lemma)) {
      if (denial && (!GROUND_CHANGE.has(f.type) || f.intent || f.noLonger || f.notDenied)) {
        undone(f);
        continue;
      }
      // (nor when it only describes the kit another predicate already counted: "abandoned their damaged tank"; nor
      // kit shown or traded, lost long before: "captured tanks went on display in X", "repaired the damaged tanks")
      if (
        p.attributive &&
        (!f.attributive ||
          used.some((u) => u.type === f.type && p.start >= u.start && p.start < u.end) ||
          SHOWN.test(doc.text.slice(p.clause.start, p.clause.end)))
      )
        continue;
      if ((p.nominal && !f.nominal) || (f.voice && f.voice !== p.voice)) continue;
      // (a harm told by a participle of a verb of fire is that fire's, not a strike of its own: "shelled X on Tuesday
      // and Y on Wednesday, wounding three" is two strikes, not three)
      const host = f.type === "strike" && /ing$/.test(g.tokens[p.head].lower) ? hostOf(p, g) : undefined;
      if (host && FIRE_VERB.test(host.lemma)) continue;
      // (an event noun told as going on asserts itself: "the liberation of X continues")
      const going = p.ongoing && !!f.partial;
      if (p.nominal && f.asserted && !(p.governor && f.asserted.test(p.governor)) && !going) continue;
      // (an event noun a noun is for is that noun's purpose, not a deed told: "the main base for Russia's push toward
      // X", "plans for an offensive on Y")
      if (p.nominal && FOR_A_PURPOSE.test(doc.text.slice(Math.max(s.start, p.start - 40), p.start))) continue;
      // (an event remembered is not the day's: "the second anniversary of the attack", "one year since the strike")
      const lead100 = doc.text.slice(Math.max(p.clause.start, p.start - 100), p.start);
      if (p.nominal && (REMEMBERED.test(lead100) || SERIES_OF.test(lead100))) {
        undone(f);
        continue;
      }
      // ("promised that forces would soon liberate X": "would" after a verb of promising or saying is a future)
      const reportedFuture =
        p.modality === "possible" &&
        /\bwould\b/i.test(doc.text.slice(Math.max(s.start, p.start - 40), p.end)) &&
        g.predicates.some((o) => o.head < p.head && PLEDGING.test(o.lemma));
      // ("the enemy tried unsuccessfully to advance near X": a failed attempt moved no one, no advance, as an attack
      // repelled is none: the gold sets code none, and three sets written blind at session 40 forbid one)
      // (nor an attempt its sentence, or the next one of its paragraph, says was beaten off: "tried to break through
      // near X, but were repelled", "… tried six times to break through near X. The enemy was pushed back.")
      // (nor a failed attempt to take a place: "tried to capture X, but were repelled", "attempts of the enemy to
      // regain control of Y were unsuccessful")
      const failed =
        p.modality === "attempt" &&
        (f.type === "advance" || f.partial === "advance") &&
        (FAILED.test(doc.text.slice(Math.max(s.start, p.start - 90), p.start)) || beatenOff(doc, s, p));
      // (a pullout ordered or decided, told in the past, is the pullout: "he had ordered troops to withdraw from X",
      // "the command decided to withdraw from Y", as armies announce them; "will order", "may decide" stay plans)
      const ordered = f.type === "withdrawal" && p.modality === "intent" && orderedDone(g, p);
      const planned = !ordered && (p.modality === "intent" || p.modality === "future" || reportedFuture);
      // (an attack from the air attempted was launched, whatever became of it: "tried to attack X with drones", "an
      // attempted drone attack on Y" is the strike the defenders beat off, as an interception is)
      const launched = f.type === "strike" && p.modality === "attempt";
      if (failed) {
        undone(f, true);
        continue;
      }
      if (p.modality && !ordered && !tried && !launched && !(f.intent && planned)) {
        undone(f);
        continue;
      }
      if ((!p.modality || ordered) && f.intent) continue;
      let q = qualifier(doc, s, p.start, qFrom);
      // (a "not" the grammar gives to a verb before this one is that verb's: "could not confirm Russian claims to
      // have retaken X" negates the confirming, not the retaking)
      if (
        q === "negated" &&
        g.predicates.some((o) => o !== p && !o.nominal && o.negated && o.head < p.head && o.start >= p.start - 80)
      )
        q = null;
      if (denial) q = "denied";
      if (!!f.noLonger !== ended) continue;
      if (ended) q = qualifier(doc, s, g.tokens[p.head].end, g.tokens[p.head].end);
      if (q === "negated" || q === "hypothetical" || q === "demanded" || (q === "intent" && !f.intent)) continue;
      const needed = f.needs ? [f.needs.role].flat() : [];
      // ("Russia attacked with 40 missiles. Lviv and Lutsk were among the cities hit.": an agentless passive strike
      // takes its weapon from the sentence before it in the paragraph)
      // (and so does one whose striker points back to the weapons counted before: "the rest hit the port")
      const pointsToWeapons = p.voice === "active" && !!p.subject && WEAPONS_BACK.test(words(doc, p.subject));
      const weaponBefore = () => {
        if (f.type !== "strike" || !needed.includes("sentence")) return false;
        if (!(p.voice === "passive" && !p.agent) && !pointsToWeapons) return false;
        const before = doc.sentences[sentenceIndex(doc, s) - 1];
        return !!before && before.paragraph === s.paragraph && f.needs!.words.test(before.text);
      };
      // (a settlement is what a war's "hit" or "attacked" is done to: "X was hit on 10 May", "Russia hit X again";
      // not so with a cause of another kind, "X was hit by floods", nor with a doer who names no side)
      const placeHit = () => {
        if (f.type !== "strike" || !needed.includes("sentence") || p.nominal) return false;
        // (a place a list "includes" is hit only if the list is of places hit: "captured villages, including X")
        if (p.lemma === "include") return false;
        const { agent, patient } = rolesOf(p);
        const named = patient && sentencePlacesOf(doc, s).find((m) => m.start >= patient.start && m.end <= patient.end);
        if (!named) return false;
        const rest = doc.text.slice(patient.start, named.start) + doc.text.slice(named.end, patient.end);
        // (or some of its settlements: "pounded several villages of X region")
        const PART_OF = /^(?:the|occupied|frontline|front-line|city|town|village|settlement|of|\s)*$/i;
        if (!PART_OF.test(rest) && !SETTLEMENTS_OF.test(rest)) return false;
        return p.voice === "passive" ? !agent : !!agent && !!firstSide(doc.text, agent.start, agent.end);
      };
      // (an attack on a town far from the line of contact is fire from afar: no assault reaches it, "the night attack
      // on Odesa"; a town near it may be stormed, "attacked Avdiivka")
      const farTarget = () => {
        if (f.type !== "strike" || !needed.includes("sentence") || !/^attacks?$/.test(p.lemma)) return false;
        // (and, for an event noun, where its target was: "attacks on the power grid in X")
        const aims = p.nominal ? /^(?:on|at|against|in)$/ : /^(?:on|at|against)$/;
        const aimed = [rolesOf(p).patient, ...p.pps.filter((x) => aims.test(x.prep))];
        const within = (m: PlaceMention) => aimed.some((x) => !!x && m.start >= x.start && m.end <= x.end);
        const named = sentencePlacesOf(doc, s).filter((m) => m.place.level === "settlement" && within(m));
        return named.length > 0 && named.every((m) => farFromTheLine(m.place, doc.article.published));
      };
      // (an attack whose phrase hangs on a verb of destroying is that destruction: "destroyed a landing craft in X,
      // in the latest attack on Moscow's flotilla")
      const byDestroying = () => {
        if (f.type !== "strike" || !p.nominal || !/^attacks?$/.test(p.lemma)) return false;
        const at = g.tokens[p.head].start;
        const host = g.predicates.find((o) => !o.nominal && o.pps.some((y) => y.start <= at && at < y.end));
        return !!host && /^(?:destroy|hit|strike|damage|sink)$/.test(host.lemma);
      };
      if (
        f.needs &&
        !needed.some((r) => phrasesOf(p, r, s).some((x) => f.needs!.words.test(ownFilled(doc, s, g, p, x)))) &&
        !weaponBefore() &&
        !placeHit() &&
        !farTarget() &&
        !byDestroying()
      )
        continue;
      // (what a frame's guard rules out no regex extractor of its type may read either: "regained control of the
      // skies", "captured 20 soldiers")
      if (f.also && !phrasesOf(p, f.also.role, s).some((x) => f.also!.words.test(words(doc, x)))) continue;
      const guards = f.unless ? [f.unless].flat() : [];
      if (guards.some((u) => phrasesOf(p, u.role, s).some((x) => u.words.test(words(doc, x))))) {
        undone(f, true);
        continue;
      }
      if (f.transitive && p.voice === "active" && !rolesOf(p).patient) continue;
      // munitions brought down are spent, not kit lost: "air defence shot down 72 of 103 drones", "destroyed three
      // HIMARS rockets" (the strike they were is the attacker's; a reconnaissance drone or an aircraft is kit); three
      // sets written blind at session 40 list none, and the gold codes one of its three
      if (f.type === "equipment_loss" && spentOnly(words(doc, rolesOf(p).patient))) {
        undone(f, true);
        continue;
      }
      // a holding that lasts is a state, not a change of hands: "X, which Russian forces have occupied since 2014"
      // (since a day of this week, the holding began that day: "X has been occupied since Tuesday" is a change)
      const since = p.pps.filter((x) => x.prep === "since");
      // (and a holding told by how long it lasted: "X was occupied for more than eight months" is a state)
      const lasted = p.pps.some((x) => x.prep === "for" && DURATION.test(words(doc, x)));
      if (
        f.lasting &&
        (lasted || (since.some((x) => !recentSince(doc, x)) && PERFECT.test(doc.text.slice(p.start, head.end))))
      ) {
        undone(f);
        continue;
      }
      // a tally since the war began is a total, not an event: "Russia has fired 9,000 missiles at Ukraine since the
      // start of the invasion" (a territory claim is such a total by nature: "502 settlements returned since …")
      // the attacks a place has lived under are its lot, not the day's news: "X has been shelled almost daily since
      // it was liberated", "has come under regular fire since the start of the invasion" (a perfect with a habit or
      // a since of long ago; "has been shelled since Tuesday" is this week's)
      if (f.type === "strike" && livedUnder(doc, s, p.start, p.end)) {
        undone(f, true);
        continue;
      }
      // a habit is a place's lot, not the day's news: "Russian forces shell X almost every day", "drones have been
      // hitting Y for months" (unless its clause gives it a day: "repeatedly shelled Z overnight" is one night's; a
      // movement told by its pace is still one, "troops move closer to X every day")
      if (p.habitual && f.type !== "advance" && !dayOfItsOwn(doc, p.clause)) {
        undone(f, true);
        continue;
      }
      const tally = !f.counted && p.pps.some((x) => x.prep === "since" && WAR_START.test(words(doc, x)));
      if (tally && PERFECT.test(doc.text.slice(p.start, head.end))) {
        undone(f);
        continue;
      }
      if (
        f.unlessSubjectAlso &&
        p.subject &&
        g.predicates.some(
          // (done by the subject, not to it: "laid down their arms and were taken to Russian-held territory")
          (o) =>
            o !== p &&
            !o.nominal &&
            o.voice === "active" &&
            o.subject?.start === p.subject!.start &&
            f.unlessSubjectAlso!.test(o.lemma),
        )
      )
        continue;
      const inSentence = f.nation ? places_().nation : GROUND.has(f.type) ? places_().ground : places_().usable;
      let places: PlaceMention[] = [];
      let back: Sentence[] = [];
      let aftermath = false; // (the place is the one the sentence before named: refiners.ts joins it to its strike)
      let where: Phrase | null = null;
      // (so does one in the event noun that is the subject: "Israeli strikes on Rafah killed 20")
      const subj = p.subject;
      const abroad = !!subj && foreignNouns().some((o) => o.start >= subj.start && o.end <= subj.end);
      // (a place abroad that the gazetteer does not know: nothing here, not even the country at large)
      let elsewhere = abroad;
      for (const role of abroad ? [] : f.place) {
        // (an official's town is where the strike was only when its clause names no other place for it)
        const inClause = (m: PlaceMention) => m.start >= p.clause.start && m.end <= p.clause.end;
        if (role === "office" && inSentence.some((m) => !m.ref && m.place.level === "settlement" && inClause(m)))
          continue;
        // (nor when the sentence speaks of its town as "the city": the region of the head who speaks is not it,
        // "the region's head said troops fired rockets at the city and that two civilians were killed")
        if (role === "office" && spanHas(doc, TOWN_NOUN, s) && !inSentence.some((m) => m.place.level === "settlement"))
          continue;
        // (nor when the predicate's own phrase points back to a town named before: "shelled the city centre, the
        // regional governor said")
        const pointsBack = () => [p, hostOf(p, g)].some((x) => x && pointsBackIn(doc, x));
        // (nor a place of the clause it hangs on: "watched artillery shelling their town from positions near Y")
        // (but a town's own official speaks of it as "the town": "shelled the town again, the mayor of X said"; the
        // office's places are kept below only when they are such a town)
        const pointedBack = /^(?:office|attached|clause)$/.test(role) && f.place.includes("anaphor") && pointsBack();
        if (pointedBack && role !== "office") continue;
        // "A drone hit a car in X. The driver was wounded, the regional administration said.": a sentence with no
        // place of its own goes on where the one before it, in its paragraph, was (when that one names one place)
        if (role === "previous") {
          const there = previousPlace(doc, s, inSentence);
          if (there) {
            places = [there.mention];
            back = [there.sentence];
            aftermath = true;
            break;
          }
          continue;
        }
        const xs = phrasesOf(p, role, s, g, doc);
        for (let k = 0; k < xs.length; k++) {
          const x = xs[k];
          const beyond = !!f.beyond && /^pp:to/.test(role);
          // (positions held are held near a place as often as in it; and ground is given or gained near a place a
          // clause opens on: "near X, our units moved to more favourable positions")
          const near = !!f.near || role === "held" || (role === "front" && GROUND_CHANGE.has(f.type));
          places = placesOf(doc, s, x, near, inSentence, beyond, !!f.office, role === "office", p.start);
          if (pointedBack) places = places.filter((m) => townsOwnOffice(doc, s, m));
          // (the sentence at large: a sector it names is where the event was only when it names no village there:
          // "in the Pokrovsk direction, the enemy attacked near A and B; all assaults were repelled")
          if (role === "sentence" && places.some((m) => !namesSector(doc, m)))
            places = places.filter((m) => !namesSector(doc, m));
          if (places.length) {
            where = x;
            // (a phrase joined to it by a conjunction adds its places: "in A and B, as well as in C")
            // (and a range's two ends: "from A to B")
            const range = (m: number) =>
              (xs[m - 1] as { prep?: string }).prep === "from" && (xs[m] as { prep?: string }).prep === "to";
            // (and so does one of the same preposition after a comma, "in A, in B and in C", each member with its
            // own region stepped over: "in A in X region, in B in Y region")
            const prep = (x: Phrase) => (x as { prep?: string }).prep;
            for (let m = k + 1, end = x.end; m < xs.length; m++) {
              const gap = doc.text.slice(end, xs[m].start);
              if (/^\s*,?\s*$/.test(gap) && OWN_REGION.test(words(doc, xs[m]))) {
                end = xs[m].end;
                continue;
              }
              const series = /^\s*,\s*$/.test(gap) && prep(xs[m]) === prep(x);
              if (!JOINED.test(gap) && !series && !(range(m) && /^\s*$/.test(gap))) break;
              places = [...places, ...placesOf(doc, s, xs[m], !!f.near, inSentence, beyond, !!f.office)];
              end = xs[m].end;
            }
            break;
          }
        }
        // ("attacked the regional centre …, the head of the X regional administration said": the oblast's centre)
        if (places.length && role === "office" && REGIONAL_CENTRE.test(doc.text.slice(p.clause.start, p.clause.end)))
          places = places.map((m) => {
            const centre = m.place.level === "oblast" ? oblastCapital(loadGazetteer(), m.place.pcode!) : null;
            return centre ? { ...m, place: centre } : m;
          });
        if (places.length) break;
        // (a name the gazetteer does not know holds the place all the same: "Israeli strikes on Rafah killed 20, as
        // officials in Kyiv …" is no strike on Kyiv)
        if ((role === "patient" || role.startsWith("pp:")) && xs.some((x) => unknownName(doc, s, x, g))) {
          elsewhere = true;
          break;
        }
      }
      // (the region a toll names holds the town its deed's noun names: "in the X region, shelling of Y killed 12"
      // died in Y)
      if (f.type === "casualties" && subj && places[0]?.place.level === "oblast") {
        const town = placesOf(doc, s, subj, !!f.near, inSentence, false, false, false, p.start).find(
          (m) => m.place.level === "settlement" && m.place.admin1 === places[0].place.pcode,
        );
        if (town) places = [town];
      }
      // (a taking going on where no place is taken names the ground by a phrase of its own or of the verb that tells it
      // goes on: "continue to liberate villages in X region", "the liberation of localities continues in X")
      if (going && !places.length) {
        const tells = g.predicates.filter(
          (v) => !v.nominal && [v.subject, v.object].some((x) => x && p.start >= x.start && p.start < x.end),
        );
        for (const x of [...p.pps, ...tells.flatMap((v) => v.pps)]) {
          if (!/^(?:in|across|around|near|outside|along)$/.test(x.prep)) continue;
          places = placesOf(doc, s, x, true, inSentence, false, false, false, p.start);
          if (places.length) break;
        }
      }
      // ("some communities in the Kherson region were liberated": a group the text does not name is no event of the
      // region around it; only the settlements it names count)
      // (fire is another matter: "shelled 18 settlements of X region" is a strike on the region)
      const group = where && UNNAMED_GROUP.test(words(doc, where).replace(/^(?:in|of|on|at|from|over|into)\s+/i, ""));
      // (unless the taking goes on: "the liberation of villages in X region continues" is ground gained there)
      // (fire on a group whose members a list names falls on each: "shelled 27 settlements of X region, in particular
      // A, B and the city of C")
      if (group && f.type === "strike" && p.listed && f.place.includes("listed")) {
        const members = placesOf(doc, s, p.listed, !!f.near, inSentence, false, !!f.office, false, p.start);
        if (members.some((m) => m.place.level === "settlement"))
          places = members.filter((m) => m.place.level === "settlement");
      }
      if (!f.counted && group && f.type !== "strike" && !going) {
        // (a town abroad, filed at its country's level, is a settlement named as well)
        places = places.filter(
          (m) => m.place.level === "settlement" || (m.place.level === "country" && m.place.pcode !== COUNTRY.pcode),
        );
        // (the names may follow the group: "dozens of villages were freed, the military said, among them A")
        if (!places.length && p.listed && f.place.includes("listed"))
          places = placesOf(doc, s, p.listed, !!f.near, inSentence, false, !!f.office, false, p.start);
        if (!places.length) {
          undone(f); // (nor may a regex extractor read the region from it)
          continue;
        }
      }
      // (the country a participle narrows is where it says: "attacked Ukraine overnight, damaging a plant in X"; so is
      // a part of it, which is no place by itself: "launched drones at western Ukraine, damaging a plant in Y")
      const part = !places.length && !elsewhere && inSentence.every((m) => m.place.level === "country");
      const narrows = f.place.includes("attached") || f.type === "strike";
      if ((part || places.every((m) => m.place.level === "country")) && narrows) {
        // (not a consequence that reached further: "hit a plant, knocking out power across the X region" names where
        // the power went out, not where the missiles fell)
        const hung = g.predicates.filter((o) => !o.nominal && o.host === p.head && !SUPPLY_CUT.test(o.lemma));
        const there = hung
          .flatMap((o) => [rolesOf(o).patient, ...o.pps.filter((x) => LOCATIVE.test(x.prep))])
          .filter((x): x is Phrase => !!x)
          .flatMap((x) => placesOf(doc, s, x, !!f.near, inSentence, false, !!f.office, false, p.start));
        if (there.some((m) => m.place.level !== "country")) places = there;
      }
      // (an oblast in an in-phrase after its own settlements only says where they are: "the A and B communities in
      // X oblast")
      const qualifies = (m: PlaceMention) =>
        m.place.level === "oblast" &&
        /\b(?:in|of)\s+(?:the\s+)?$/i.test(doc.text.slice(Math.max(s.start, m.start - 12), m.start)) &&
        places.some((o) => o.end <= m.start && o.place.level === "settlement" && o.place.admin1 === m.place.pcode);
      if (places.some(qualifies)) places = places.filter((m) => !qualifies(m));
      // (the country beside a place of its own only qualifies it: "in Kramatorsk, Ukraine"; a town in Russia listed
      // with it is a place of its own: "retook the villages of A and B", one known at home, one in Russia)
      // (a join is a few characters: a longer gap is never sliced, so a page-long list stays linear per town)
      const joined = (a: number, b: number) => b >= a && b - a <= 8 && LIST_GAP.test(doc.text.slice(a, b));
      const listedWith = (m: PlaceMention) =>
        places.some((o) => o !== m && (joined(o.end, m.start) || joined(m.end, o.start)));
      const own = (m: PlaceMention) =>
        m.place.level !== "country" || (townInTheatre(m.place) && !isRegion(m.place) && listedWith(m));
      if (places.some((m) => m.place.level !== "country")) places = places.filter(own);
      // part of a place names its place further on: "captured the industrial zone of X", "streets in the centre of X"
      const patient = rolesOf(p).patient;
      const partial = !!f.partial && (isPartOf(doc, patient, f.seat) || isPartOf(doc, where, f.seat));
      // (the whole place after a part is no reference point: "the outskirts of X", "the east of X" name X)
      const wholeIn = (x: Span) =>
        inSentence.filter(
          (m) =>
            m.start >= x.start &&
            m.end <= x.end &&
            !apposedBearing(doc, s, m, inSentence) &&
            !/\b(?:km|kilomet(?:er|re)s?|miles)\b/i.test(doc.text.slice(Math.max(s.start, m.start - 30), m.start)),
        );
      if (!places.length && partial) {
        for (const x of [patient, ...phrasesOf(p, "pp:of|in|inside|within|on|at", s, g)]) {
          if (!x) continue;
          places = wholeIn(x);
          if (places.length) {
            where = x;
            break;
          }
        }
      }
      // (in a list, each member is a whole place or a part of one on its own: "the railway station of A and the
      // village of B" is an advance on A and a change of hands in B)
      const listed = f.partial ? [patient, where].find((x) => x && x.members.length > 1) : undefined;
      const partOf = (x: Span) => isPartOf(doc, { ...x, head: x.start, members: [] });
      for (const x of listed?.members ?? [])
        if (partOf(x) && !places.some((m) => m.start >= x.start && m.end <= x.end)) places = [...places, ...wholeIn(x)];
      // "the city's mayor reports three wounded": the office of a place named before ("the town's head")
      if (!places.length && f.place.includes("office")) {
        const office = PLACES_OFFICE.exec(doc.text.slice(s.start, s.end));
        const before = office ? lastSettlementBefore(doc, s, office[1].toLowerCase()) : null;
        if (before) places = [before];
      }
      // "they had captured it", "they pulled out of the town", "they were forced to withdraw": a pronoun or a
      // definite place noun in the place's role, or no place at all after a pronoun subject, is the settlement the
      // sentences before named last
      // (a toll or a deed whose sentence says it spans the country is the country's, not the last town's or the
      // article's: "19 were killed across Ukraine")
      const nationwide = !places.length && f.place.includes("country") && NATIONWIDE.test(s.text);
      if (nationwide) places = [countryAt(s)];
      if (!places.length && f.place.includes("anaphor")) {
        // (an intransitive leaving with nothing to say where: "they were forced to withdraw")
        const leaving =
          f.type === "withdrawal" &&
          !rolesOf(p).patient &&
          !p.listed &&
          !p.pps.some((x) => /^(from|out of|of|to|away from)$/.test(x.prep)) &&
          !!p.subject &&
          LEAVERS.test(words(doc, p.subject)) &&
          // (a place named in a clause before it is where they left: "X says it took Y; Z says its troops left")
          inSentence.every((m) => m.end <= p.start);
        // (a participle's host may be what points back: "hit the town centre, killing three")
        const own = [p, hostOf(p, g)].filter((x) => !!x);
        // (a source is no place pointed to unless the frame reads one: "decided to take the units out of the town"
        // takes no town)
        const inRole = (x: PrepPhrase) => !SOURCE.test(x.prep) || ppRolesOf(f).some((r) => r.test(x.prep));
        const phrases = own
          .flatMap((x) => [rolesOf(x).patient, ...x.pps.filter(inRole)])
          .map((x) => (x ? words(doc, x) : ""));
        // (a frame whose place is its subject points back by its subject: "the village is back under X's control")
        const bySubject = f.place.includes("subject") && !!p.subject && POINTS_BACK.test(words(doc, p.subject));
        if (bySubject) phrases.push(words(doc, p.subject));
        // ("and a second drone hit a warehouse in the same area": the place just named, in this sentence too)
        const same = phrases.some((w) => SAME_PLACE.test(w));
        // (kit counted or pointed to as before is where it was counted: "came at us with six tanks near X. We burned
        // four")
        const kit = rolesOf(p).patient;
        const counted = !!kit && PRONOUN_OBJECT.test(words(doc, kit)) && !inSentence.length;
        // ("there" points back into its own sentence too: "detained a man in X suspected of guiding the strike on a
        // school there")
        const there = own.some((x) => x.pps.some((y) => /^\s*there\b/i.test(doc.text.slice(y.end, y.end + 8))));
        const pointer =
          own.some((x) => pointsBackIn(doc, x, inRole)) || leaving || same || bySubject || counted || there;
        const noun = PLACE_NOUN_IN.exec(phrases.join(" "))?.[1];
        // ("it" looks back only to sentences before: in its own, "it" is more often the plant or the bridge named
        // there)
        const from = noun || same || there || (leaving && inSentence.length) ? p.start : s.start;
        // (but "it" in a clause after the main one may be the settlement the sentence opens with, its topic:
        // "X, a village south of Y, changed hands in 2023, when Kyiv claimed to have recaptured it")
        const topic = pointer && !noun && p.clause.kind !== "main" ? openingSettlement(doc, s, p.start) : null;
        const before =
          topic ?? (pointer ? lastSettlementBefore(doc, s, noun?.toLowerCase(), from, p.clause, counted) : null);
        if (before) places = [before];
        // (and goes on with that sentence's time: "X was shelled on Friday. Two men were killed in the town")
        if (before && before.end <= s.start)
          back = doc.sentences.filter((x) => x.start <= before.start && before.end <= x.end);
      }
      // "the death toll rose to 40": the place the article is about (named at least twice, or last named before)
      if (!places.length && f.place.includes("topic")) {
        const t = topicSettlement(doc, s.start);
        if (t) places = [t];
      }
      // (the country only when the sentence names no place it could not use: "near Stepove" left unresolved is no
      // loss of Ukraine's at large)
      // (a town in Russia the sentence names is the country there: "a ship was hit in Novorossiysk")
      const inSentence_ = sentencePlacesOf(doc, s);
      if (!places.length && elsewhere) continue;
      if (!places.length && f.place.includes("country") && !inSentence_.some((m) => m.place.level !== "country"))
        places = inSentence_.filter((m) => m.place.pcode === "RU" && !filedFrom(doc, m)).slice(0, 1);
      // ("freed 24 settlements of the region": the region named last before, in Russia as in Ukraine)
      if (!places.length && f.place.includes("country") && !inSentence_.length && THE_REGION.test(s.text)) {
        const last = lastRegion(doc, s.start);
        if (last) places = [last];
      }
      if (!places.length && f.place.includes("country") && !inSentence_.some((m) => m.place.pcode !== COUNTRY.pcode))
        places = [countryAt(s)];
      if (!places.length) continue;
      const side = sideFor(doc, s, p, f, q === "denied", places);
      if (side === undefined) continue;
      // (an attempt that failed is a side's: "power engineers were unable to reach X" is no attack)
      if (tried && !sideOfPhrase(doc, s, rolesOf(p).agent)) {
        undone(f);
        continue;
      }
      // (a date right after "since" starts the span a deed was done over, not its day: "since 1 March, troops have
      // lost 300 tanks" is a total as of the report; but a lasting frame's since-day is when the holding began, a
      // deed going on since a day of the last few began that day, "shelling since this morning", and a when-clause
      // on the date is its own: "since July 2014, when troops pushed them out")
      const spanStart = (o: Predicate) => (d: DateMention) =>
        !f.lasting &&
        sinceObject(doc, s, d) &&
        !recentDay(doc, doc.text.slice(Math.max(s.start, d.start - 30), d.end), d) &&
        !(o.start >= d.end && /\b(?:when|as|after)\b/i.test(doc.text.slice(d.end, o.start)));
      const dateOf = (o: Predicate, at: number) =>
        predicateDate(doc, s, g, o, spanStart(o)) ??
        hostsOlderTime(
          doc,
          s,
          g,
          o,
          dateFor(doc, s, at, back, (d) => describesOther(g, o, d) || spanStart(o)(d)),
        );
      const told = intervalBefore(doc, s, g, p, dateOf) ?? dateOf(p, head.start);
      // (a deed a since-clause tells with no time of its own was done before the span the sentence tells of, on a
      // day the text does not give: "has been shelled daily since Russian forces withdrew" is no withdrawal today)
      const sinceThen =
        p.clause.kind === "temporal" &&
        p.clause.marker === "since" &&
        (told.basis === "publication" || told.basis === "narrative");
      const date: EventDate = sinceThen ? { date: null, dateEnd: null, precision: null, basis: "none" } : told;
      const prior = back.length === 1 ? back[0] : null;
      const { status: said, source } = statusAndSource(doc, s, head.start, f.intent ? "intent" : q, prior);
      const status = f.status ?? said;
      // (an attempt that failed needs no party to say so: the outlet may tell it)
      if (denial && !tried && !source) {
        undone(f);
        continue;
      }
      // (a passive holds its count in the subject: "the bodies of four people were recovered")
      const ofSubject = p.voice === "passive" && /\sof\s/.test(words(doc, p.subject)) ? p.subject : null;
      const countedIn =
        f.quantity &&
        ((f.quantity.role === "pp:of" && ofSubject) || (phraseOf(p, f.quantity.role, s) ?? rolesOf(p).patient));
      const skip = f.quantity?.skip;
      const member =
        skip && countedIn && countedIn.members.length > 1
          ? countedIn.members.find((m) => !skip.test(doc.text.slice(m.start, m.end)))
          : undefined;
      const counted = f.quantity && (member ? doc.text.slice(member.start, member.end) : words(doc, countedIn ?? null));
      const qty0 = f.quantity && counted ? quantityOf(counted, (w) => f.quantity!.unit(w, head.text)) : null;
      const qty =
        qty0 && f.quantity?.joined && countedIn
          ? joinedCount(doc, s, countedIn, qty0, f.quantity.joined, countedIn.end <= p.start)
          : qty0;
      const attrs = f.attributes ? f.attributes(doc.text.slice(s.start, s.end), head.text) : undefined;
      // (a count of villages is its region's: each settlement named stands for its oblast, once; a town the ground
      // lies around is where it is: "12 square kilometres around X", while villages near a town are the region's)
      if (f.counted) {
        const seen = new Set<string>();
        const area = qty?.unit !== "settlement";
        places = places
          .map((m) => {
            const around = area && NEAR.test(doc.text.slice(Math.max(s.start, m.start - 60), m.start));
            const region = m.place.level === "settlement" && !around && m.place.admin1;
            return region ? { ...m, place: oblastPlace(m.place.admin1!) } : m;
          })
          .filter((m) => !seen.has(m.place.pcode ?? "") && !!seen.add(m.place.pcode ?? ""));
      }
      // (ground gained in a sector named by a town is ground of the town's oblast, not the town: "advanced in the
      // Pokrovsk direction"; a loss or a strike reported for a sector stays at its town, as the briefings file them)
      if (f.type === "advance" && places.some((m) => m.place.level === "settlement" && namesSector(doc, m))) {
        const seen = new Set<string>();
        places = places
          .map((m) =>
            m.place.level === "settlement" && m.place.admin1 && namesSector(doc, m)
              ? { ...m, place: oblastPlace(m.place.admin1) }
              : m,
          )
          .filter((m) => !seen.has(m.place.pcode ?? "") && !!seen.add(m.place.pcode ?? ""));
        if (!places.length) continue;
      }
      // (a gapped conjunct after the roles carries a place and a day of its own: "shelled A on Tuesday and B on
      // Wednesday", "hit a depot in A on Monday and a school in B on Friday")
      const gapped = f.onePlace ? [] : gappedConjuncts(doc, s, g, p, inSentence, places);
      const dated = new Map(gapped.map((x) => [x.place, x.date]));
      if (gapped.length) places = [...places, ...gapped.map((x) => x.place)];
      // ("struck A and B on Monday and Tuesday, respectively": parallel lists, paired in order)
      const paired = f.onePlace ? null : respectively(doc, s, p, places);
      if (paired) for (const [m, d] of paired.dates) dated.set(m, d);
      // (so is any count over a span: "from 24.02.22 to 14.02.24 the enemy lost 6,400 tanks" is the tally of the 14th)
      const totalAt =
        (!!f.counted || (qty?.value ?? 0) > 1) && !!date.dateEnd && /^\d{4}-\d\d-\d\d$/.test(date.dateEnd);
      for (const m of f.onePlace ? places.slice(0, 1) : places) {
        const member = listed?.members.find((x) => m.start >= x.start && m.end <= x.end);
        // (what the frame needs of its patient, each member of a list needs: "control half of A and all of B")
        if (member && needed.includes("patient") && !f.needs!.words.test(doc.text.slice(member.start, member.end)))
          continue;
        // (a taking told as going on is not yet done: "troops continue to clear X" is ground gained there)
        // (and a taking denied as done is the attacker's advance, denied: "did not manage to take X")
        const region = !!f.regionPartial && isRegion(m.place);
        let type = f.partial && (going || tried || region || (member ? partOf(member) : partial)) ? f.partial : f.type;
        // (a change of hands the sentence leaves open, "entered X, and fighting continues in the centre", is at most
        // the ground gained)
        if (type === f.type && f.hedge && status !== "denied" && hedged(doc, s, f.hedge, m, head.start)) {
          if (!f.partial) continue;
          type = f.partial;
        }
        const own = dated.get(m);
        events.push({
          type,
          side: paired?.sides.get(m) ?? side,
          places: [m.place],
          // (a count of ground taken over a period is the total as of its end: "liberated eight settlements in the
          // past two weeks", said on Monday, is Monday's tally)
          date: own ? own.date : totalAt ? date.dateEnd! : date.date,
          dateEnd: own ? own.dateEnd : totalAt ? null : date.dateEnd,
          precision: own ? own.precision : date.precision,
          status,
          source,
          quantity: qty,
          ...(attrs ? { attributes: attrs } : {}),
          evidence: { start: s.start, end: s.end, text: s.text },
          trigger: { start: p.start, end: head.end, text: doc.text.slice(p.start, head.end) },
          // (a party's "not", a failed attempt's too, is a denial only of a claim it answers: refiners.ts)
          extractor: `frame:${f.name}/date:${date.basis}${denial ? "+negated" : ""}` + (aftermath ? "+aftermath" : ""),
        });
        // the denial is the denier's: the subject of the denying verb ("Kyiv called reports that … a fake")
        const e = events[events.length - 1];
        const denier =
          status === "denied"
            ? g.predicates.filter((x) => DENYING.test(x.lemma) && x.subject && x.start < p.start).pop()?.subject
            : undefined;
        const by = denier ? speakerSource(doc, denier.start, denier.end, words(doc, denier)) : null;
        if (by?.side === "UA" || by?.side === "RU") e.source = by;
        // "dismissed Kyiv's claim to have liberated X": the claim the denial names is there too, its owner's
        const claim = status === "denied" ? ownedClaim(doc, s, p.start) : null;
        if ((claim?.side === "UA" || claim?.side === "RU") && e.source?.side !== claim.side)
          events.push({ ...e, status: "claimed", source: claim, extractor: `${e.extractor}+owned-claim` });
      }
      // the regex extractors of this type skip the predicate and its roles ("beat back a Russian assault on X" is
      // one denied advance, not also an advance read from "assault on")
      const roles = [rolesOf(p).patient, p.subject, p.listed, ...p.pps].filter((x): x is Phrase => !!x);
      let reach = Math.max(head.end, ...roles.map((x) => x.end));
      // (and the instrument a participle adds: "struck X using 155mm shells", "hit Y, employing drones")
      const tool = g.predicates.find((x) => INSTRUMENT.test(x.lemma) && x.start >= reach && x.start <= reach + 3);
      if (tool?.object) reach = tool.object.end;
      const from = Math.min(p.start, ...roles.map((x) => x.start));
      used.push({ start: from, end: reach, type: f.type });
      if (f.partial && partial) used.push({ start: from, end: reach, type: f.partial });
    }
  }
  return { events, used };
}

/**
 * A relative clause set off by a comma may describe the noun a phrase hangs on rather than the phrase's last name:
 * in "reported 14 attacks near A and B on Monday, all of which were repelled", what was repelled is the attacks.
 * When the nearest phrase is not what a frame of the verb needs as its done-to and the noun before it is, the
 * clause's done-to is that noun's phrase, up to the clause (its places with it); else the predicate as read.
 */
function attachedHigh(doc: Doc, g: SentenceGrammar, p: Predicate, frames: Frame[]): Predicate {
  if (p.clause.kind !== "relative" || p.voice !== "passive" || !p.subject) return p;
  const needs = framesOf(frames, p.lemma)
    .filter((f) => !!f.needs && [f.needs.role].flat().includes("patient"))
    .map((f) => f.needs!.words);
  const subject = p.subject;
  if (!needs.length || needs.some((w) => w.test(words(doc, subject)))) return p;
  const host = g.predicates
    .filter((o) => o !== p && !!o.object && o.object.end <= subject.start && o.start < p.clause.start)
    .pop();
  const obj = host?.object;
  if (!obj || !needs.some((w) => w.test(words(doc, obj))) || /[;:]/.test(doc.text.slice(obj.end, p.clause.start)))
    return p;
  let end = p.clause.start;
  while (end > obj.end && /[\s,]/.test(doc.text[end - 1])) end--;
  return { ...p, subject: { start: obj.start, end, head: obj.head, members: [{ start: obj.start, end }] } };
}

// the verbs of a count that has grown since the deed it counts
const UPDATE = /^(?:rise|climb|increase|grow|reach|jump|mount|soar)$/;
// (a sentence's updating verbs, found once: every date of every predicate asks, and a page-long sentence stays linear)
const updatersOf = new WeakMap<SentenceGrammar, Predicate[]>();
function updaters(g: SentenceGrammar): Predicate[] {
  let found = updatersOf.get(g);
  if (!found)
    updatersOf.set(g, (found = g.predicates.filter((o) => !o.nominal && o.voice === "active" && UPDATE.test(o.lemma))));
  return found;
}
/**
 * A count's update is dated on its own day, not its deed's: in "the death toll from a strike on X rose to six on
 * Wednesday", Wednesday is when the count rose; the strike inside its subject was earlier.
 */
const updatesToll = (g: SentenceGrammar, p: Predicate, d: Span) =>
  updaters(g).some(
    (o) =>
      o !== p &&
      !!o.subject &&
      // (in its subject, or before it in its clause: the grammar may end the subject early, "the number of people
      // killed by a drone attack on X climbed")
      p.start >= Math.min(o.subject.start, o.clause.start) &&
      p.end <= o.start &&
      d.start >= o.start,
  );
/**
 * A date another predicate's relative clause or reduced relative holds: it dates what describes a place or a thing,
 * not this event ("destroyed a tank near X, which fell in May 2023", "near Y, a village liberated in August 2023").
 */
function describesOther(g: SentenceGrammar, p: Predicate, d: Span): boolean {
  // (not one on the doer, whose time is the deed's: "occupied by Russian troops who invaded in February")
  const agent = rolesOf(p).agent;
  const onAgent = (o: Predicate) => !!agent && o.start >= agent.start && o.start - agent.end <= 6;
  // (the phrases of relatives, in order, made once per sentence; a date looks back over the few that may hold it)
  if (hostsTime(g, p, d) || updatesToll(g, p, d)) return true;
  const spans = describing(g);
  for (let k = firstFrom(spans, d.start + 1) - 1, n = 0; k >= 0 && n < 8; k--, n++) {
    const { o, start, end } = spans[k];
    if (d.start >= start && d.end <= end + 1 && o !== p && o.start > p.start && !onAgent(o)) return true;
  }
  return false;
}
// forces named by their arm, with no side ("units of the missile troops", "our aviation" has one)
const UNITS = /\b(?:units?|troops|forces|brigades?|battalions?|crews?|gunners|artillerymen|aviation|operators)\b/i;
const WARRING = /\b(?:military|army|Russia|Ukraine|Kyiv|Moscow)\b/i;
/**
 * The one who reports an attack is its doer only when it is an army or a state that fights: "the ministry reported
 * strikes on Ukrainian depots" were the ministry's side's; "the governor reported a drone attack on X", "Serhiy Lysak
 * reported shelling of Y" were done to the reporter's region (a civil official speaks for the target).
 */
function reporterOnly(doc: Doc, s: Sentence, p: Predicate, f: Frame, x: Phrase): boolean {
  if (f.type !== "strike" || !p.nominal || !/^(?:announce|claim|report|confirm|declare)$/.test(p.governor ?? ""))
    return false;
  const g = doc.grammar[sentenceIndex(doc, s)];
  const lent = g?.predicates.some((o) => !o.nominal && o.subject?.start === x.start && o.subject.end === x.end);
  if (!lent) return false;
  const w = words(doc, x);
  // (the article's actors are in text order: those inside the phrase by binary search)
  let fighting = false;
  for (let i = firstFrom(doc.actors, x.start); i < doc.actors.length && doc.actors[i].start < x.end; i++) {
    const a = doc.actors[i];
    fighting ||= a.end <= x.end && (a.kind === "unit" || a.kind === "forces" || a.kind === "group");
  }
  return !fighting && !MILITARY_SPEAKER.test(w) && !UNITS.test(w) && !WARRING.test(w);
}
// a speaker that is an army's command or ministry
const MILITARY_SPEAKER = new RegExp(
  String.raw`\b(?:General Staff|defen[cs]e ministry|ministry of defen[cs]e|Air Force|Navy|Operational Command|` +
    String.raw`group of forces|brigade)\b`,
  "i",
);

/**
 * A date before the noun a reduced relative describes is its host verb's, not the participle's: "crews today sifted
 * through the building destroyed by a missile" dates the sifting.
 */
const hostsTime = (g: SentenceGrammar, p: Predicate, d: Span) =>
  reducedRelative(g, p) && !!p.subject && d.end <= p.subject.start;
/**
 * A reduced relative's deed was done by its host's time: when that time is older than the report's week and the deed
 * has no time of its own, the host's dates it ("in early 2023, assaults near X ended with dozens of tanks destroyed"
 * is no news of the report's day).
 */
function hostsOlderTime(doc: Doc, s: Sentence, g: SentenceGrammar, p: Predicate, d: EventDate): EventDate {
  const pub = doc.article.published;
  if (!pub || (d.basis !== "publication" && d.basis !== "narrative") || !reducedRelative(g, p)) return d;
  let host: DateMention | undefined;
  // (within a few hundred characters, as a clause is: a page-long sentence stays linear)
  for (
    let k = firstFrom(doc.dates, Math.max(s.start, p.start - 600));
    k < doc.dates.length && doc.dates[k].end <= p.start;
    k++
  )
    if (hostsTime(g, p, doc.dates[k])) host = doc.dates[k];
  if (!host || host.date >= shiftDays(pub, -7).slice(0, host.date.length)) return d;
  return { date: host.date, dateEnd: host.dateEnd, precision: host.precision, basis: "text" };
}
const describingSpans = new WeakMap<SentenceGrammar, { o: Predicate; start: number; end: number }[]>();
/** The phrases of a sentence's relative clauses and reduced relatives, by start. */
function describing(g: SentenceGrammar): { o: Predicate; start: number; end: number }[] {
  let spans = describingSpans.get(g);
  if (!spans) {
    spans = g.predicates
      .filter((o) => o.clause.kind === "relative" || reducedRelative(g, o))
      .flatMap((o) => o.pps.map((x) => ({ o, start: x.start, end: x.end })))
      .sort((a, b) => a.start - b.start);
    describingSpans.set(g, spans);
  }
  return spans;
}

/**
 * An event in a clause after "N days/weeks after" happened that long before the one the sentence is about: "came a
 * week after Russian missiles hit a hotel in X" is dated a week before the main clause's day.
 */
function intervalBefore(
  doc: Doc,
  s: Sentence,
  g: SentenceGrammar,
  p: Predicate,
  dated: (o: Predicate, at: number) => EventDate,
): EventDate | null {
  const n = intervalDays(doc, s.start, p.start);
  if (!n) return null;
  // (the event the interval runs to: another predicate of the sentence, outside this one's clause)
  const outside = (o: Predicate) => o.end <= p.clause.start || o.start >= p.clause.end;
  const main = g.predicates.find((o) => o !== p && !o.attributive && outside(o));
  if (!main) return null;
  const to = dated(main, main.start);
  if (!to.date || to.date.length !== 10) return null;
  return { date: shiftDays(to.date, -n), dateEnd: null, precision: "day", basis: "text" };
}

/**
 * A predicate's own date, read from the grammar: a date in one of its own phrases ("hit Kramatorsk late on
 * Tuesday"), else one opening its clause ("Late on Tuesday, a missile hit …"); never one that belongs to another
 * predicate ("…, the governor said on Thursday"). Null when the grammar settles nothing, and the sentence-level
 * rules decide. (A date in another clause is not ruled out: "occupied by troops who invaded in February 2022"
 * dates both, and measured on the gold sets, ruling such dates out lost more than it won.)
 */
function predicateDate(
  doc: Doc,
  s: Sentence,
  g: SentenceGrammar,
  p: Predicate,
  spanStart: (d: DateMention) => boolean,
): EventDate | null {
  // (by binary search, within a few hundred characters of the predicate: a page-long sentence stays linear)
  const dates: DateMention[] = [];
  const to = Math.min(s.end, p.end + 600);
  for (let k = firstFrom(doc.dates, Math.max(s.start, p.start - 600)); k < doc.dates.length; k++) {
    const d = doc.dates[k];
    if (d.end > to) break;
    // (nor the time of the class it is counted in: "overnight, the latest in a series of attacks this month")
    const series = SERIES_LEAD.test(doc.text.slice(Math.max(s.start, d.start - 100), d.start));
    if (!comparedDate(doc, s, d) && !spanStart(d) && !updatesToll(g, p, d) && !series) dates.push(d);
  }
  if (!dates.length) return null;
  const phrases = (o: Predicate) => [rolesOf(o).patient, o.listed, ...o.pps].filter((x): x is Phrase => !!x);
  // (a date mention may carry the comma after it: "on Saturday,")
  const inside = (d: Span & { text?: string }, x: Span) =>
    d.start >= x.start && (d.text ? d.start + d.text.replace(/[\s,.;:]+$/, "").length : d.end) <= x.end;
  // (an event noun's own words before it date it: "Saturday's shelling of X")
  const own = [...phrases(p), ...(p.nominal && p.subject ? [p.subject] : [])];
  const mine = dates.find((d) => own.some((x) => inside(d, x)));
  const others = g.predicates.filter((o) => o !== p);
  // (and before a reduced relative's noun, its host verb's)
  const heldElsewhere = (d: Span) => others.some((o) => phrases(o).some((x) => inside(d, x))) || hostsTime(g, p, d);
  // (the nearest before it: "on March 22 the plant was destroyed, and on July 25 troops occupied …")
  // (or a date no predicate holds, outside any subordinate clause, for a main clause's verb: "hit X, which troops
  // recaptured last year, on Tuesday")
  const orphan = () =>
    p.clause.kind === "main"
      ? dates.find(
          (d) => !heldElsewhere(d) && g.predicates.every((o) => o.clause.kind === "main" || !inside(d, o.clause)),
        )
      : undefined;
  const pick =
    mine ??
    dates.filter((d) => inside(d, p.clause) && d.start < p.start && !heldElsewhere(d)).pop() ??
    dates.find((d) => retold(doc, s, d)) ??
    orphan();
  return pick ? { date: pick.date, dateEnd: pick.dateEnd, precision: pick.precision, basis: "text" } : null;
}

// a bare proper name after a locative preposition: "on Rafah", "in the Gaza Strip" ("on Ukrainian positions" is none)
const BARE_NAME =
  // (a part named by its bearing too: "in northern Gaza")
  new RegExp(
    String.raw`^(?:(?:on|in|at|into|over|across|against|near)\s+)?(?:the\s+)?` +
      String.raw`(?:(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+)?` +
      String.raw`(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)?)$`,
    "u",
  );
/**
 * A phrase that is only a proper name no place, actor or side word of ours is (a place abroad we do not list), or a
 * place abroad outside Russia: the war's events are not there.
 */
function unknownName(doc: Doc, s: Sentence, x: Phrase, g: SentenceGrammar): boolean {
  const m = BARE_NAME.exec(words(doc, x));
  if (!m || firstSide(doc.text, x.start, x.end)) return false;
  // (a name the tagger takes for one, not a sentence's first word: "Ground has been gained near X")
  const name: GToken[] = [];
  for (let k = firstFrom(g.tokens, x.end - m[1].length); k < g.tokens.length && g.tokens[k].end <= x.end; k++)
    name.push(g.tokens[k]);
  if (!name.length || name[0].start === g.tokens[0].start || name.some((t) => t.pos !== "PROPN")) return false;
  if (doc.dates.some((d) => d.start < x.end && d.end > x.start)) return false;
  const inside = sentencePlacesOf(doc, s).filter((p) => p.start >= x.start && p.end <= x.end);
  const foreign = (p: PlaceMention) => p.place.level === "country" && p.place.pcode !== "RU" && p.place.pcode !== "UA";
  return inside.every(foreign) && !doc.actors.some((a) => a.start < x.end && a.end > x.start);
}

/**
 * The last settlement named in the two sentences before, or before the predicate in its own (not as a reference point);
 * "the village" does not point to
 * a city of 10,000 or more, nor "the city" to a place GeoNames does not list.
 */
const DATELINE_AFTER =
  /^[\s,]*(?:\(|[-–—]|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+\p{Lu})/u;
/** The settlement a sentence opens with ("X, a village …", "The town of X …"), named before `at`. */
function openingSettlement(doc: Doc, s: Sentence, at: number): PlaceMention | null {
  const k = firstFrom(doc.places, s.start);
  const m = doc.places[k];
  if (!m || m.end > at || m.place.level !== "settlement" || !m.place.pcode) return null;
  // (a dateline's city is no topic: "KYIV (Reuters) - …", "Kyiv, July 27 -")
  const name = doc.text.slice(m.start, m.end);
  if (name === name.toUpperCase() || DATELINE_AFTER.test(doc.text.slice(m.end, m.end + 40))) return null;
  return /^\s*(?:the\s+(?:\w+\s+)?(?:town|city|village|settlement)\s+of\s+)?$/i.test(doc.text.slice(s.start, m.start))
    ? m
    : null;
}

const MEASURED_FROM = new RegExp(
  String.raw`\b(?:(?:north|south)(?:-?(?:east|west))?|east|west|kilomet(?:er|re)s?|km|miles?)\s+(?:of|from)\s+` +
    String.raw`(?:the\s+)?(?:[\w-]+\s+){0,2}$`,
  "i",
);
function lastSettlementBefore(
  doc: Doc,
  s: Sentence,
  noun?: string,
  at = s.start,
  clause?: Span,
  // (kit counted again may be where it was seen: a reference point too, "six tanks near X … burned four")
  references = false,
): PlaceMention | null {
  const i = sentenceIndex(doc, s);
  // (a few sentences back, past a quotation of two or three that names none: "the city" is still the one discussed)
  const from = doc.sentences[Math.max(0, i - 4)]?.start ?? s.start;
  const size = (p: PlaceMention) => loadGazetteer().byPcode.get(p.place.pcode!)?.population ?? 0;
  // (nor is a city of hundreds of thousands "the town": "Kyiv ordered its units out of the town" is not Kyiv)
  // (a city of no known size may still be one: a hromada's seat, its first settlement's code, is the town a
  // translation calls "the city")
  const seat = (p: PlaceMention) => /^UA\d{7}001$/.test(p.place.pcode ?? "");
  // (a town in Russia, filed at Russia's level with no size of ours, may be any of them: "struck a substation in X,
  // cutting power to the town"; not its capital, in the news mostly its government: "handing Moscow its gain")
  const abroad = (p: PlaceMention) =>
    townInTheatre(p.place) && !isRegion(p.place) && !/^(?:Moscow|Minsk)$/.test(p.place.name);
  const fits = (p: PlaceMention) =>
    abroad(p) ||
    (noun === "village"
      ? size(p) < 10000
      : noun === "city"
        ? size(p) > 0 || seat(p)
        : noun === "town"
          ? size(p) < 200000
          : true);
  const ps = doc.places.filter(
    (p) =>
      p.start >= from &&
      // (its own sentence counts up to the predicate: "fighting continues for X, where forces hold most of the city")
      p.end <= at &&
      (p.place.level === "settlement" || abroad(p)) &&
      p.place.pcode &&
      !namesSector(doc, p) &&
      fits(p),
  );
  // (a place named as a reference point is what "the village" may point back to, when nothing else is: "in the fields
  // north of X … entered the village"; "it" is not)
  // ("the heaviest since the battle for nearby Bakhmut": a town placed by another, nearby or neighbouring, is not
  // the one the text is about)
  // (nor is a place named in the past deed a superlative is measured against: "its biggest gain since it seized X")
  const nearby = (p: PlaceMention) => besideTheTopic(doc, p);
  const named = ps.filter((p) => !isReference(doc, p) && !nearby(p));
  const anyNamed = ps.filter((p) => !nearby(p));
  // (the place an apposition called by the same noun: "X, a hilltop town west of Y … the outskirts of the town")
  const apposition = noun ? new RegExp(String.raw`^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?${noun}\b`, "i") : null;
  const apposed = apposition ? ps.filter((p) => apposition.test(doc.text.slice(p.end, p.end + 60))).pop() : undefined;
  if (apposed && !named.some((p) => p.start > apposed.start && !isReference(doc, p) && !nearby(p))) return apposed;
  // (the speaker's own place in the clause of "the town": "officials in X accused Ukraine of shelling the town")
  // (not a point a distance or a bearing is measured from: "cleared X (10km south of Y) … the settlement" is X)
  const measured = (p: PlaceMention) => MEASURED_FROM.test(doc.text.slice(Math.max(0, p.start - 30), p.start));
  const own = noun && clause ? ps.filter((p) => p.start >= clause.start && p.end <= at && !nearby(p)).pop() : undefined;
  if (own && isReference(doc, own) && !measured(own) && !named.some((p) => p.start > own.start)) return own;
  const last = <T>(xs: T[]) => xs[xs.length - 1];
  return last(named) ?? (noun || references ? (last(anyNamed) ?? last(ps)) : null) ?? null;
}

/** A phrase of the predicate's own, right after it or its object, that points back to a settlement named before:
 * "the town", "most of the city", "the city centre"; or owns it: "the town's substation" (not "the mayor of the city"
 * further on). */
function pointsBackIn(doc: Doc, p: Predicate, inRole: (x: PrepPhrase) => boolean = () => true): boolean {
  const patient = rolesOf(p).patient;
  // (the phrases right after the verb, each right after the one before: "advanced on the flanks in the suburbs of
  // the city")
  const chain: Phrase[] = [];
  let end = Math.max(p.end, patient?.end ?? 0);
  for (const x of [...p.pps].sort((a, b) => a.start - b.start)) {
    if (x.start - end > 6) continue;
    if (inRole(x)) chain.push(x);
    end = Math.max(end, x.end);
  }
  return [patient, ...chain].some((x) => x && (POINTS_BACK.test(words(doc, x)) || OWNS_BACK.test(words(doc, x))));
}
// the words that describe a place pointed back to: where it lies, what it is, what it lives through
const DESCRIBED =
  String.raw`(?:(?:north|south)-?(?:east|west)ern|northern|southern|eastern|western|central|front-?line|` +
  String.raw`embattled|besieged|beleaguered|ruined|devastated|strategic|key|port|industrial|coastal|border|small)`;
const PLACE_NOUN_IN = new RegExp(String.raw`\b(${PLACE_NOUN})\b`, "i");
const POINTS_BACK = new RegExp(
  // (or the people's own: "residents of X watched artillery shelling their town")
  // (with a word that describes it: "the southern city", "the embattled town")
  String.raw`(?:^|\s)(?:it|(?:the|that|this|their|our|its)\s+(?:${DESCRIBED}\s+)?(?:${PLACE_NOUN})` +
    String.raw`(?:\s+(?:centre|center|outskirts|suburbs))?)$`,
  "i",
);
const SAME_PLACE = new RegExp(
  String.raw`\bthe\s+same\s+(?:area|place|district|neighbou?rhood|location|${PLACE_NOUN})\b`,
  "i",
);
// (anywhere in the phrase: "a residential area of the city's Saltivka district", "on the town's central market")
const OWNS_BACK = new RegExp(String.raw`(?:^|\s)(?:the|that|this)\s+(?:${PLACE_NOUN})['’]s\s`, "i");
const words = (doc: Doc, x: Phrase | null) => (x ? doc.text.slice(x.start, x.end) : "");

const FOR_A_PURPOSE =
  /\b(?:bases?|springboard|staging (?:area|ground|post)|launch ?pad|plans?|preparations?|hub|bridgehead)\s+for\s+$/i;
// (fire a side holds on despite: the phrase before the event noun)
const DESPITE = /\b(?:despite|amid|amidst|in spite of)\s+(?:[a-z-]+\s+){0,2}$/i;
// (some settlements of a region, hit)
const SETTLEMENTS_OF = new RegExp(
  String.raw`^\s*(?:(?:several|some|many|a few|\d+|dozens of)\s+)?(?:villages|settlements|towns|communities)` +
    String.raw`\s+(?:of|in)\s+(?:the\s+)?(?:region|oblast|district|\s)*$`,
  "i",
);
/** Side of the actor role, then the frame's fallbacks; undefined when nothing decides and the frame needs a side. */
// Crimea and Sevastopol, held by Russia throughout: what strikes them is Ukraine's
// (the munitions fired and spent: one list for what is fired at a target and what is spent when brought down)
const MUNITIONS = String.raw`missiles?|drones?|UAVs?|rockets?|Shaheds?|Gerans?`;
const MUNITION = new RegExp(String.raw`\b(?:${MUNITIONS})\b`, "i");
// the verbs of a supply cut by a strike: "knocking out power across X", "cutting heat to Y"
const SUPPLY_CUT = /^(?:knock out|cut|cut off|disrupt|black out|deprive)$/;
// what is spent when brought down (a missile, a rocket, an attack drone), and the drones that are kit: a scout's
const SPENT = new RegExp(String.raw`^(?:${MUNITIONS}|shells?|projectiles?|bombs?)$`, "i");
const SCOUTS = /\b(?:Orlan|Zala|Supercam|Bayraktar|Forpost|Eleron|Leleka|Furia|reconnaissance|recon|surveillance)\b/i;
const KIT_EACH = new RegExp(KIT.source, "gi");
/** A patient that names munitions only: "five missiles", "three HIMARS rockets and 11 unmanned aerial vehicles". */
function spentOnly(w: string): boolean {
  if (!w || SCOUTS.test(w)) return false;
  let n = 0;
  for (const m of w.matchAll(KIT_EACH)) {
    const at = m.index!,
      kit = m[1];
    const uav = /^vehicles?$/i.test(kit) && /\baerial\s+$/i.test(w.slice(0, at));
    const launcherOf =
      /^(?:HIMARS|MLRS|Grads?)$/i.test(kit) && /^\s+(?:rockets?|missiles?)\b/i.test(w.slice(at + kit.length));
    if (!SPENT.test(kit) && !uav && !launcherOf) return false;
    n++;
  }
  return n > 0;
}
// the authorities of a place, who detain people there: its police, its security service, its border guards
const POLICE = /\b(?:police|policemen|officers|law enforcement|investigators|security service|border guards?)\b/i;
// and a place the text calls occupied: "explosions in occupied Melitopol"
const OCCUPIED = /\b(?:occupied|Russian-held|Russian-controlled)\s+(?:(?:city|town|village|port)\s+(?:of\s+)?)?$/i;

/**
 * An object pronoun stands for an object named before it, never for its own clause's subject: in "captured a T-90
 * and towed it away" or "shot down two drones and showed them", "it" and "them" are the kit, not the captors. The
 * nearest patient of an earlier verb of the sentence, else the phrase itself.
 */
function objectPronoun(doc: Doc, s: Sentence, p: Predicate, x: Phrase | null): Phrase | null {
  if (!x || p.nominal || x === p.subject || !/^(?:it|them)$/i.test(doc.text.slice(x.start, x.end))) return x;
  const k = sentenceIndex(doc, s);
  const g = doc.grammar[k];
  // (an object: after the verb, its patient; "as it launched strikes" is a subject lent to a noun)
  if (!g || x.start < g.tokens[p.head].end || x !== rolesOf(p).patient) return x;
  const here = lastPatient(g.predicates, (o, patient) => o !== p && patient.end <= x.start);
  if (here) return here;
  // (with none in its sentence, the last object of the sentence before, in the same paragraph: "our drones found a
  // Russian Tor outside X. We hit it twice")
  const prev = k > 0 && doc.sentences[k - 1].paragraph === s.paragraph ? doc.grammar[k - 1] : null;
  return (prev && lastPatient(prev.predicates, (_, patient) => !/^(?:it|them)$/i.test(words(doc, patient)))) ?? x;
}
/** The patient of a verb among `ps` that `keep` accepts, the one that starts last. */
function lastPatient(ps: Predicate[], keep: (o: Predicate, patient: Phrase) => boolean): Phrase | null {
  let best: Phrase | null = null;
  for (const o of ps) {
    const patient = o.nominal ? null : rolesOf(o).patient;
    if (patient && keep(o, patient) && (!best || patient.start > best.start)) best = patient;
  }
  return best;
}

function sideFor(
  doc: Doc,
  s: Sentence,
  p: Predicate,
  f: Frame,
  denied = false,
  places: PlaceMention[] = [],
): Side | null | undefined {
  const held = (x: PlaceMention) => OCCUPIED.test(doc.text.slice(Math.max(0, x.start - 40), x.start));
  for (const role of f.actor) {
    const x = objectPronoun(doc, s, p, phraseOf(p, role, s));
    if (x && reporterOnly(doc, s, p, f, x)) continue;
    // (in a party's own words "they" are the other side, unless the sentence named them before: "They fled X before
    // our assault," a Ukrainian soldier said; and so are "two of them": "the enemy came with boats, we sank two of
    // them," a Russian governor said)
    if (x && THEY_OR_SOME.test(words(doc, x)) && (inQuotation(doc, x.start) || WE.test(s.text))) {
      // (nor are they the doer of the verb they are the object of, nor "we"; in a quotation, only a subject inside
      // it names them: "A Ukrainian marine described the attack: “They lost a column …”" is no Ukrainian loss)
      const q = quoteAround(doc, x.start);
      const named = (doc.grammar[sentenceIndex(doc, s)]?.predicates ?? [])
        .filter((o) => o.subject && o.subject.end <= x.start && o !== p && !FIRST_PERSON.test(words(doc, o.subject)))
        .filter((o) => !q || o.subject!.start >= q.start)
        .map((o) => sideOfPhrase(doc, s, o.subject))
        .filter(Boolean)
        .pop();
      // (the one who speaks: cited, else named first in the words that open the quotation with a colon)
      const intro = q && q.start > s.start && /:\s*$/.test(doc.text.slice(s.start, q.start));
      const them =
        named ?? other(speakersSide(doc, s, p.start) ?? (intro ? firstSide(doc.text, s.start, q!.start) : null));
      if (them) return them;
    }
    const owned = x && f.owner ? f.owner(doc.text.slice(x.start, x.end)) : null;
    // (the kit's model outranks a unit or a pronoun in its phrase, not a side word: "a Tor-M2 air defence system"
    // is Russia's whatever "air defence" names elsewhere; "a captured Ukrainian T-72B3" is Ukraine's)
    const modelFirst = !!owned && !!x && !firstSide(doc.text, x.start, x.end);
    const side = (f.ownerFirst || modelFirst ? owned : null) ?? sideOfPhrase(doc, s, x) ?? owned;
    if (side) return side;
  }
  const head = p.start;
  // (a gain denied with no gainer named is the gain the claim's owner claimed: "reports by Russian bloggers that X
  // has fallen are untrue")
  if (denied && (f.type === "control_change" || f.type === "advance")) {
    const claimant = ownedClaim(doc, s, head)?.side;
    if (claimant === "UA" || claimant === "RU") return claimant;
  }
  for (const fb of f.fallback) {
    // (a description names no one's habit: "a damaged tank" is nobody's without a word for whose)
    if (fb === "UA" || fb === "RU" || fb === "other") return p.attributive ? undefined : fb;
    // (a target in Crimea, in an occupied town or in Russia itself is Ukraine's strike)
    const russian = (x: PlaceMention) => RUSSIAN_HELD.has(x.place.admin1 ?? "") || held(x) || x.place.pcode === "RU";
    if (fb === "target" && places.length && places.every(russian)) return "UA";
    if (fb === "fired-at" && places.length && places.every(russian) && MUNITION.test(words(doc, rolesOf(p).patient)))
      return "UA";
    if (fb === "holder" && places.length && POLICE.test(words(doc, rolesOf(p).agent)))
      return places.every(russian) ? "RU" : places.some(russian) ? null : "UA";
    if (fb === "installed" && spanHas(doc, INSTALLED, s) && speakersSide(doc, s, head) === "RU") return "UA";
    // (a state outlet's own narrative speaks as its side: "Mariupol was liberated in May 2022," TASS writes)
    if (fb === "house") {
      const h = houseSide(doc);
      if (h === "UA" || h === "RU") return h;
    }
    // (a denial is of the other side's claim: "Kyiv denied reports of the capture of X" is about a Russian capture)
    if (fb === "speaker") {
      const sp = speakersSide(doc, s, head);
      // (the speaker of a denied claim is the denier, unless the claim the denial names is its own: "dismissed the
      // Russian claim that X had been captured" speaks for Russia's capture)
      const claimant = denied ? ownedClaim(doc, s, head)?.side : null;
      if (sp) return denied && claimant !== sp ? other(sp) : sp;
    }
    if (fb === "not-speaker") {
      const sp = other(speakersSide(doc, s, head));
      if (sp) return sp;
    }
    if (fb === "not-agent") {
      const a = other(sideOfPhrase(doc, s, rolesOf(p).agent));
      if (a) return a;
    }
    // (an army's own bulletin names its units without a side: "units of the missile troops hit an air defence system
    // near X, the General Staff said" are the General Staff's)
    if (fb === "military-speaker") {
      const agent = rolesOf(p).agent;
      const bare = !!agent && UNITS.test(doc.text.slice(agent.start, agent.end));
      const sp = bare && MILITARY_SPEAKER.test(s.text) ? speakersSide(doc, s, head) : null;
      if (sp) return sp;
    }
    // (fire a side held on despite, or amid, is the other side's: "paratroopers held positions in X despite heavy
    // shelling")
    if (fb === "not-host" && p.nominal) {
      const g = doc.grammar[sentenceIndex(doc, s)];
      const at = g ? g.tokens[p.head].start : p.start;
      const m = DESPITE.exec(doc.text.slice(Math.max(p.clause.start, at - 40), at));
      // (the side the clause names before the phrase: its subject's, "Russian units clung on in X amid shelling")
      const a = m ? other(firstSide(doc.text, p.clause.start, at - m[0].length)) : null;
      if (a) return a;
    }
    if (fb === "not-patient") {
      // (kit only one side fields is that side's: "its drones destroyed a T-72B3" were the other side's drones)
      const patient = rolesOf(p).patient;
      const kit = patient && f.owner ? f.owner(doc.text.slice(patient.start, patient.end)) : null;
      // (an owner in an of-phrase right after the target names it too: "hit a depot of the occupiers in X")
      const of = patient && p.pps.find((x) => x.prep === "of" && x.start - patient.end <= 1);
      const a = other(sideOfPhrase(doc, s, patient) ?? kit ?? (of ? sideOfPhrase(doc, s, of) : null));
      if (a) return a;
    }
    if (fb === "not-firer") {
      const g = doc.grammar[sentenceIndex(doc, s)];
      const h = g && /ing$/.test(g.tokens[p.head].lower) ? hostOf(p, g) : undefined;
      const a = h && FIRE_VERB.test(h.lemma) ? other(sideOfPhrase(doc, s, rolesOf(h).agent)) : null;
      if (a) return a;
    }
    if (fb === "patient") {
      const a = sideOfPhrase(doc, s, rolesOf(p).patient);
      if (a) return a;
    }
    if (fb === "occupants") {
      const a = other(occupantsSide(doc, s, p));
      if (a) return a;
    }
    if (fb === "not-retreating") {
      const them = (doc.grammar[sentenceIndex(doc, s)]?.predicates ?? []).find(
        (x) => x !== p && !x.nominal && !x.negated && x.voice === "active" && RETREATING.test(x.lemma) && x.subject,
      );
      const a = them ? other(sideOfPhrase(doc, s, them.subject)) : null;
      if (a) return a;
    }
    if (fb === "not-cleared" && p.lemma === "clear") {
      const a = other(sideOfPhrase(doc, s, phraseOf(p, "pp:of", s)));
      if (a) return a;
    }
    if (fb === "not-driven") {
      // (the other side of those the sentence drives out: "raised the flag after driving out Russian forces")
      const them = (doc.grammar[sentenceIndex(doc, s)]?.predicates ?? []).find(
        (x) => x !== p && !x.nominal && !x.negated && x.voice === "active" && DRIVEN.test(x.lemma) && x.object,
      );
      const a = them ? other(sideOfPhrase(doc, s, them.object)) : null;
      if (a) return a;
    }
    if (fb === "previous") {
      const i = sentenceIndex(doc, s);
      // (a pronoun subject looks back to a subject earlier in its own sentence first: "Russian forces are on the move
      // again: on Thursday they advanced near X")
      // (or a bare "troops" no word places: "Ukraine's push edged forward as troops advanced near X")
      const pronoun =
        !!p.subject && /^(?:they|it|he|she|(?:the\s+)?(?:troops|forces|units|soldiers))$/i.test(words(doc, p.subject));
      // (the nearest before it that names a side)
      const earlier = pronoun
        ? (doc.grammar[i]?.predicates ?? []).filter((x) => x.subject && x.subject.end <= p.subject!.start)
        : [];
      for (const x of earlier.reverse()) {
        const own = sideOfPhrase(doc, s, x.subject);
        if (own) return own;
      }
      // (in a party's words that set "we" against "they", they are the other side: "They got into X, and now we are
      // fighting them for every house," a Ukrainian officer said)
      if (pronoun && /^they$/i.test(words(doc, p.subject)) && WE.test(s.text)) {
        const sp = other(speakersSide(doc, s, head));
        if (sp) return sp;
      }
      const prev = i > 0 ? doc.sentences[i - 1] : null;
      const subj = prev ? (doc.grammar[i - 1]?.predicates.find((x) => x.subject)?.subject ?? null) : null;
      const side = prev ? sideOfPhrase(doc, prev, subj) : null;
      if (side) return side;
    }
  }
  return f.sideOptional ? null : undefined;
}

// the brackets of a span, found once per document and span (the sentence-wide roles ask for the same span often)
const brackets = new WeakMap<Doc, Map<string, { opens: number[]; closes: number[] }>>();
function bracketsIn(doc: Doc, x: Span): { opens: number[]; closes: number[] } {
  let m = brackets.get(doc);
  if (!m) brackets.set(doc, (m = new Map()));
  const key = `${x.start}:${x.end}`;
  let b = m.get(key);
  if (!b) {
    b = { opens: [], closes: [] };
    for (let i = x.start; i < x.end; i++) {
      const c = doc.text[i];
      if (c === "(" || c === "[") b.opens.push(i);
      else if (c === ")" || c === "]") b.closes.push(i);
    }
    m.set(key, b);
  }
  return b;
}

/**
 * A phrase's words, with an elided "their own" filled by the object of the verb before it in the sentence: "tore
 * down the Russian flag and raised their own over X" raised a flag.
 */
function ownFilled(doc: Doc, s: Sentence, g: SentenceGrammar, p: Predicate, x: Phrase): string {
  const w = words(doc, x);
  // (an object pronoun, whole or partitive, stands for what its verb can take that the sentence named before it:
  // "tanks rolled into X and we burned two of them", "they brought up boats, and we destroyed them" are the kit)
  // (and a bare count is one whose noun was counted before: "they came at us with six tanks. We burned four"; the
  // sentence before in its paragraph may have named it)
  if (!p.nominal && x === rolesOf(p).patient && x.start > g.tokens[p.head].end && PRONOUN_OBJECT.test(w)) {
    const prev = doc.sentences[sentenceIndex(doc, s) - 1];
    const from = prev && prev.paragraph === s.paragraph ? prev.start : g.tokens[0].start;
    const before = doc.text.slice(Math.max(from, x.start - 300), x.start);
    // (a count keeps its own word too: "killing nine" counts people whatever was named before)
    return /^(?:them|it)$|\bof\b/i.test(w) ? before : `${w} ${before}`;
  }
  // (a collective noun is what its of-phrase holds: "launched a wave of drones", "a swarm of Shaheds")
  if (MASS_OF.test(w)) {
    const of = p.pps.find((o) => o.prep === "of" && o.start >= x.end && o.start - x.end <= 1);
    if (of) return `${w} ${words(doc, of)}`;
  }
  if (!/^(?:their|its|our|his|her)\s+own$/i.test(w)) return w;
  const before = g.predicates.filter((o) => o !== p && o.object && o.object.end <= x.start).pop();
  return before ? `${w} ${words(doc, before.object!)}` : w;
}

const MASS_OF = /\b(?:wave|waves|swarm|swarms|volley|volleys|series|batch|hail|rain|mix|combination|string)$/i;
const FIRST_PERSON = /^(?:we|us|our)\b/i;
// (a count of: "two of them"; a bare count: "we burned four")
const COUNT_OF = "(?:(?:one|two|three|four|five|six|seven|eight|nine|ten|\\d+|both|all|most|some|several|many) of )?";
const BARE_COUNT = "(?:two|three|four|five|six|seven|eight|nine|ten|\\d+)";
const THEY_OR_SOME = new RegExp(`^(?:${COUNT_OF}(?:they|them)|${BARE_COUNT})$`, "i");
const PRONOUN_OBJECT = new RegExp(`^(?:${COUNT_OF}(?:them|it)|${BARE_COUNT})$`, "i");

/** The while-clause right after a predicate, up to the next comma or the sentence's end. */
function whileAfter(p: Predicate, g: SentenceGrammar): Phrase | null {
  const ts = g.tokens;
  let i = p.head;
  while (i < ts.length && ts[i].lower !== "while") i++;
  if (i >= ts.length || (i > 0 && ts[i - 1].text === ",")) return null; // (", while …" contrasts: another event)
  const from = i;
  while (i + 1 < ts.length && ts[i + 1].text !== "," && ts[i + 1].text !== ";") i++;
  return { start: ts[from].start, end: ts[i].end, head: from, members: [] };
}

// (a clause that says when: "after", "as", "when")
const WHEN_CLAUSE = /^(?:after|as|when|once)$/;
/** The place lost or fallen in the clause on which p's when-clause hangs ("X fell as troops pulled back"). */
function givenUp(p: Predicate, g: SentenceGrammar): Phrase | null {
  if (!WHEN_CLAUSE.test(p.clause.marker ?? "")) return null;
  const host = g.predicates.find(
    (x) => x !== p && !x.nominal && x.start < p.clause.start && /^(lose|fall)$/.test(x.lemma) && !x.negated,
  );
  if (!host) return null;
  return host.lemma === "lose" && host.voice === "active" ? host.object : host.subject;
}

// (verbs of leaving ground, as the grammar lemmatises them)
/**
 * Places of a gapped conjunct: after the predicate's roles, "and" with no verb of its own, a phrase, a place and a
 * time adverbial right after it ("… on Tuesday and Marhanets on Wednesday"). One that names a side of its own
 * ("and Ukrainian drones a depot in B") has its own doer, and is left alone; so is one whose time is not its own.
 */
function gappedConjuncts(
  doc: Doc,
  s: Sentence,
  g: SentenceGrammar,
  p: Predicate,
  inSentence: PlaceMention[],
  taken: PlaceMention[],
): { place: PlaceMention; date: DateMention }[] {
  // (from the patient on: the grammar may run a time phrase on into the conjunct, "on Tuesday and B")
  const patient = rolesOf(p).patient;
  const out: { place: PlaceMention; date: DateMention }[] = [];
  let at = Math.max(g.tokens[p.head].end, patient && patient.start > p.start ? patient.end : 0);
  // (a comma alone joins only after the first conjunct's own time: "… on 10 May, B on 11 May")
  const dateAt = (pos: number) => doc.dates[firstFrom(doc.dates, pos)];
  const d0 = (gap: string) => /,\s*$/.test(gap) && (dateAt(at)?.end ?? Infinity) <= at + gap.length;
  // (places, tokens and dates from `at` on, found by binary search: a page of many predicates stays linear)
  for (let i = firstFrom(inSentence, at); i < inSentence.length; i++) {
    const m = inSentence[i];
    if (m.start < at || m.end > p.clause.end) continue;
    if (taken.includes(m)) {
      at = m.end;
      continue;
    }
    const gap = doc.text.slice(at, m.start);
    // (joined by "and", or by a comma in a list that goes on: "A was hit on 10 May, B on 11 May and C on 13 May")
    const joined = /^[^.;:]*?\band\s/i.test(gap) || (out.length === 0 && d0(gap));
    if (gap.length > 90 || !joined || firstSide(gap, 0, gap.length)) break;
    let verb = false;
    for (let k = firstFrom(g.tokens, at); k < g.tokens.length && g.tokens[k].end <= m.start && !verb; k++)
      verb = g.tokens[k].pos === "VERB" || g.tokens[k].pos === "AUX";
    if (verb) break;
    const d = dateAt(m.end);
    if (!d || d.start - m.end > 6 || !/^,?\s+(?:on|in)?\s*$/i.test(doc.text.slice(m.end, d.start))) break;
    out.push({ place: m, date: d });
    at = d.end;
  }
  return out;
}

const RETREATING = /^(withdraw|retreat|pull out|pull back|fall back|abandon|flee|leave|evacuate)(?: back| out| away)?$/;
const DRIVEN =
  /^(drive out|push out|force out|kick out|throw out|knock out|oust|expel|dislodge|squeeze out|defeat|rout)$/;

const MODEL = /\b(T-\d+\w*|BMP-\d|BTR-\d+|Mi-\d+|Su-\d+|Ka-\d+|MiG-\d+)\b/;
// a collective noun counts nothing itself: "a group of 45 soldiers" are 45, "a column of tanks" no number
const COLLECTIVE = new RegExp(
  String.raw`^(?:a|an|one|the|another)\s(?:\S+\s)?` +
    String.raw`(?:group|column|convoy|unit|detachment|squad|platoon|batch|team|party|total)\sof\s`,
  "i",
);
// (made once: it is asked of every counted phrase)
const COUNT_IN = new RegExp(
  String.raw`(?:^|\s)((?:at least |more than |over |some |about |around |nearly |almost |` +
    // ("a dozen" is twelve, not one)
    String.raw`up to )?(?:\d[\d,.]*|a dozen|a|an|${CARDINAL}|dozens|hundreds|several))\s`,
  "i",
);
function quantityOf(whole: string, unit: (w: string) => string): Event["quantity"] {
  const words = whole.replace(COLLECTIVE, "");
  const model = MODEL.exec(words)?.[1];
  const m = COUNT_IN.exec(` ${words} `);
  // (a definite singular is one: "the Russian T-80 caught fire"; "the aircraft" may be many, "the tanks" are)
  const one =
    !m &&
    /^(?:the|this|that)\s(?:\S+\s){0,4}\S*[^\ss]$/i.test(words) &&
    !/(?:aircraft|equipment|armou?r)$/i.test(words);
  const value = m ? readNumber(m[1]) : one ? 1 : null;
  // (a frame's unit may refuse what it cannot count: an advance counts distance, not "the enemy")
  const what = value != null ? unit(words) : "";
  return what ? { value: value!, unit: what, ...(model ? { model } : {}) } : null;
}

// a member joined to a counted phrase by "and" or a comma, with its own count or determiner: "…, a woman and her son"
// (the grammar's lists are of names and of counts; a list of people one by one is read here, for the tallies alone)
// (tried with one, two and three words, the first that ends on a person: "and a teenage girl")
const joinedPerson = (words: number, tail: string) =>
  new RegExp(
    String.raw`^(?:,\s+(?:and\s+)?|\s+and\s+)((?:a|an|one|the|his|her|their|its|\d+|two|three|four|five|six|` +
      String.raw`seven|eight|nine|ten)\s+(?:[\p{L}-]+\s+){${words}}[\p{L}-]+)(?=[\s,.;:]|$)` +
      tail,
    "iu",
  );
const JOINED_MEMBER = [0, 1, 2].map((n) =>
  // (not the subject of a clause of its own: "killed a man, and two women were wounded")
  joinedPerson(n, String.raw`(?!\s+(?:were|was|are|is|had|have|has|died|suffered|received|sustained|got)\b)`),
);
// (after a counted subject, the members that share its verb: "two men and a woman were killed")
const JOINED_TO_SUBJECT = [0, 1, 2].map((n) => joinedPerson(n, ""));
// a member joined before a counted subject: "a man and …", "two women, …"
const MEMBER_BEFORE = new RegExp(
  String.raw`(?<![\p{L}\d-])((?:a|an|one|the|his|her|their|its|\d+|two|three|four|five|six|seven|eight|nine|ten)` +
    String.raw`\s+(?:[\p{L}\d-]+\s+){0,2}?[\p{L}-]+)(?:\s*,\s*(?:and\s+)?|\s+and\s+)$`,
  "iu",
);
/**
 * The count of a phrase with the people joined to it, each counted: "killing the driver and a paramedic" is two, "a
 * woman and her two sons" three. Only when every member is one of `nouns` and counts; else the phrase's own count.
 */
function joinedCount(
  doc: Doc,
  s: Sentence,
  x: Span,
  qty: NonNullable<Event["quantity"]>,
  nouns: RegExp,
  subject = false,
): Event["quantity"] {
  const first = doc.text.slice(x.start, x.end);
  // (each member ends on a noun of people: "a woman and her two sons", not "a man and 30")
  const person = (w: string) => {
    const noun = /[\p{L}-]+$/u.exec(w)?.[0] ?? "";
    return !!noun && nouns.test(noun);
  };
  // (a definite or owned singular is one: "the driver", "her son"; with a count, that count: "her two sons")
  const countOf = (w: string) => {
    const bare = w.replace(/^(?:the|his|her|their|its)\s+/i, "");
    return quantityOf(bare, () => qty.unit)?.value ?? (bare !== w && !/s$/i.test(bare) ? 1 : null);
  };
  // (a phrase already a list of people one by one adds up: "a man and a woman were killed" are two, "two soldiers
  // and a civilian" three)
  if (/\band\b|,/.test(first)) {
    // (not a part counted again: "five people, including two children", "three, among them a boy")
    if (/\b(?:including|among|of whom|incl)\b/i.test(first)) return qty;
    const members = first.split(/\s*,\s*(?:and\s+)?|\s+and\s+/).filter((w) => w.trim());
    const counts = members.map((w) => (person(w) ? countOf(w.trim()) : null));
    if (qty.model || members.length < 2 || counts.some((n) => n == null)) return qty;
    return { ...qty, value: counts.reduce((a, b) => a! + b!, 0)! };
  }
  if (!person(first) || qty.model) return qty;
  let value = qty.value;
  // (a subject's members before it, from the clause's start: "a man and a woman were killed", of which the grammar
  // keeps the last)
  if (subject) {
    let from = x.start,
      added = 0;
    for (let k = 0; k < 6; k++) {
      const base = Math.max(s.start, from - 80);
      const m = MEMBER_BEFORE.exec(doc.text.slice(base, from));
      const n = m && person(m[1]) ? countOf(m[1]) : null;
      if (n == null) break;
      added += n;
      from = base + m!.index;
    }
    if (added && /(?:^|[,;:])\s*$/.test(doc.text.slice(s.start, from))) value += added;
  }
  // (past the first one's own of-phrase: "the driver of a bus and two passengers")
  let at =
    x.end + (/^\s+of\s+(?:a|an|the)\s+[\p{L}-]+(?=[\s,])/iu.exec(doc.text.slice(x.end, x.end + 40))?.[0].length ?? 0);
  for (let k = 0; k < 6; k++) {
    const text = doc.text.slice(at, Math.min(s.end, at + 60));
    const m = (subject ? JOINED_TO_SUBJECT : JOINED_MEMBER).map((r) => r.exec(text)).find((x) => x && person(x[1]));
    // (a part counted again is no one more: "killing 20 people, nine of them children")
    if (!m || /\bof\s+(?:them|whom|those)\b/i.test(m[1])) break;
    const n = countOf(m[1]);
    if (n == null) break;
    value += n;
    at += m[0].length;
  }
  return { ...qty, value };
}

const CONTRAST = /\b(?:while|whereas|but|although|though|however|said|says|claimed|reported|according)\b/i;
/**
 * A hedge in the sentence ("fighting continues") that names no other settlement than the event's place, in the same
 * assertion: not after a contrast or another speaker ("X claimed it captured Y, while Kyiv said battles are ongoing"),
 * and not against a claim of the whole ("completely occupied").
 */
function hedged(doc: Doc, s: Sentence, hedge: RegExp, at: PlaceMention, trigger: number): boolean {
  if (/\b(?:completely|fully|entirely|whole|(?:full|complete|total)\s+control)\b/i.test(s.text)) return false;
  for (const h of s.text.matchAll(hedge)) {
    const from = s.start + h.index!,
      to = Math.min(s.end, from + h[0].length + 60);
    const between = doc.text.slice(Math.min(trigger, from), Math.max(trigger, from));
    if (CONTRAST.test(between)) continue;
    const others = sentencePlacesOf(doc, s).filter(
      (p) => p.start >= from && p.end <= to && p.place.level === "settlement" && p.place.pcode !== at.place.pcode,
    );
    if (!others.length) return true;
  }
  return false;
}

const DENYING = /^(deny|dismiss|reject|refute|debunk|call|brand|label)$/;
// a claim's noun, and what follows it up to the claimed event: "to have taken X", "that X fell", "of the alleged
// capture of X"
const CLAIM_NOUN = String.raw`(?:claims?|assertions?|statements?|reports?)`;
const CLAIMED =
  String.raw`(?:\s+(?:to\s+have|that)\b[^,;]*|\s+(?:of|about)\s+(?:the\s+|an?\s+)?` +
  String.raw`(?:(?:alleged|purported|supposed|so-called|claimed)\s+)?)`;
const OWNED_CLAIM = new RegExp(
  // ("Moscow's claim", "Russian reports", "Russian propagandists' reports")
  String.raw`((?:\p{Lu}[\p{L}'’-]*\s+){0,3}\p{Lu}[\p{L}'’-]*(?:['’]s)?(?:\s+[\p{Ll}-]+s['’])?)\s+` +
    CLAIM_NOUN +
    CLAIMED +
    String.raw`?\s*$`,
  "u",
);
// ("claims by the Wagner group that …", "reports by Russian war bloggers that …": the owner in a by-phrase)
const CLAIM_BY = new RegExp(
  CLAIM_NOUN +
    String.raw`\s+(?:by|from)\s+((?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+)` +
    CLAIMED +
    String.raw`\s*$`,
  "iu",
);
// (the verbs of ordering, deciding and authorising, whose infinitive after them, told in the past, was carried out:
// an army announces its pullouts so, "the command allowed units to withdraw from X")
const ORDERING = /^(?:order|decide|command|instruct|allow|authori[sz]e|permit|approve|sanction)$/;
/** Whether the verb that governs p's infinitive is a past order or decision, not planned, possible or denied. */
function orderedDone(g: SentenceGrammar, p: Predicate): boolean {
  const o = g.predicates.filter((x) => !x.nominal && x.head < p.head && x.head >= p.head - 8).pop();
  if (!o || !ORDERING.test(o.lemma) || o.modality || o.negated) return false;
  // ("ordered", "has decided", "were ordered", and a headline's "orders")
  return /(?:ed|^orders)$/.test(g.tokens[o.head].lower) || o.voice === "passive";
}

// (the join between two members of a list of places)
const LIST_GAP = /^\s*(?:,\s*(?:and\s+)?|and\s+)$/;
// (a region pointed back to: "of the region", "in the region", not "the region of X" nor "the Kharkiv region")
const THE_REGION = /\b(?:in|of|across|throughout)\s+the\s+(?:border\s+)?region\b(?!\s+of\b)/i;
/** The region named last before a point: an oblast, or a region of Russia (named too where it only placed a town). */
function lastRegion(doc: Doc, at: number): PlaceMention | null {
  // (within the few paragraphs before: a region named pages back is no longer the one meant, and a bounded look
  // keeps a page of such sentences linear)
  const from = Math.max(0, at - REGION_REACH);
  let oblast: PlaceMention | null = null;
  for (let k = firstFrom(doc.places, at) - 1; k >= 0 && doc.places[k].start >= from && !oblast; k--)
    if (doc.places[k].end <= at && isRegion(doc.places[k].place)) oblast = doc.places[k];
  return regionOfRussiaBefore(doc.text, oblast?.end ?? from, at) ?? oblast;
}
const REGION_REACH = 3000;

/** The owner of "X's claim to have …", "X's claims that …", "X's reports of the capture …" before a trigger. */
function ownedClaim(doc: Doc, s: Sentence, at: number): Event["source"] {
  const lead = doc.text.slice(Math.max(s.start, at - 90), at);
  const m = OWNED_CLAIM.exec(lead) ?? CLAIM_BY.exec(lead);
  if (!m) return null;
  const from = at - lead.length + m.index! + m[0].indexOf(m[1]);
  return speakerSource(doc, from, from + m[1].length, m[1].trim());
}

/** The sentence's usable place mentions, each flagged when the text makes it a reference point or a qualifier. */
function sentencePlaces(doc: Doc, s: Sentence): Located[] {
  // (the country is kept for the frames that take it: `nation`)
  return (
    sentencePlacesOf(doc, s)
      // (and a town in Russia, at Russia's level: "drones struck an oil depot in Belgorod"; not a dateline's "MOSCOW:")
      .filter((p) => (usable(p) || p.place.pcode === COUNTRY.pcode || p.place.pcode === "RU") && p.place.pcode)
      .filter((p) => !filedFrom(doc, p))
      // ("advanced in the Kharkiv direction": an axis named after a city is not the city)
      .map((p) => ({ ...p, ref: isReference(doc, p) || namesSector(doc, p) }))
  );
}
