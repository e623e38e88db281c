// The grammar layer: computed once per sentence from wink-nlp's part-of-speech tags and lemmas, read by every
// extractor. Predicates (verb groups and the nominalisations of event verbs) with voice, negation and modality;
// noun phrases with coordination lists, appositions and parentheticals stepped over; the roles around each
// predicate (subject, object, by-agent, prepositional phrases); and the kind of clause each stands in.
//
// Home-made on purpose: wink-nlp tags and lemmatises but has no parser, and no parser on the npm registry runs
// offline at this speed. This is a shallow, linear-time reading (each loop walks a bounded window of tokens),
// enough to tell who did what to which place; it does not build trees.
import type { Span } from "../types.js";
import { markHabits } from "./aspect.js";

export interface GToken extends Span {
  text: string;
  lower: string;
  pos: string;
  lemma: string;
}

export type Voice = "active" | "passive";
// ("demanded": what one party calls on another to do, neither done nor the doer's plan)
export type Modality = "future" | "possible" | "intent" | "attempt" | "demanded" | null;
export type ClauseKind = "main" | "relative" | "temporal" | "conditional" | "purpose" | "concessive";

export interface Phrase extends Span {
  head: number;
  members: Span[];
} // members: the items of a coordination list
export interface PrepPhrase extends Phrase {
  prep: string;
}

export interface Predicate extends Span {
  head: number; // token index of the main verb (or the event noun)
  lemma: string; // "capture", "push out", "take over"
  nominal: boolean; // "the capture of X", "Russia's withdrawal from X"
  /** for a nominal, the verb whose object or prepositional phrase holds it ("announced the capture of X") */
  governor: string | null;
  voice: Voice;
  negated: boolean;
  modality: Modality;
  attributive: boolean; // "the liberated town": describes, does not report
  /** told as going on, not done: "continue to liberate X", "are clearing Y", "the liberation of Z is under way" */
  ongoing: boolean;
  /** told as a habit, not one deed: "X is shelled daily", "used to strike Y", "have been hitting Z for months" */
  habitual: boolean;
  clause: Span & { kind: ClauseKind; marker: string | null };
  subject: Phrase | null;
  object: Phrase | null;
  agent: Phrase | null; // "by X" of a passive or a nominal
  listed: Phrase | null; // a list after a colon or dash: "were freed: A, B and C"
  pps: PrepPhrase[];
  /** a participle clause's host: the head of the verb it follows (", killing three" after "a missile hit X") */
  host: number | null;
}

export interface SentenceGrammar extends Span {
  tokens: GToken[];
  predicates: Predicate[];
}

const BE = new Set([
  "be",
  "is",
  "are",
  "was",
  "were",
  "been",
  "being",
  "am",
  "get",
  "got",
  "gets",
  "gotten",
  "getting",
  "'s",
  "’s",
]);
const PAST_FORMS = new Set([
  "took",
  "retook",
  "overran",
  "fell",
  "drove",
  "withdrew",
  "fled",
  "shot",
  "struck",
  "hit",
  "left",
  "seized",
  "won",
  "lost",
  "overtook",
  "broke",
  "went",
  "came",
]);
const QUOTES = new Set(["“", "”", '"', "'", "‘", "’", "«", "»"]);
const HAVE = new Set(["have", "has", "had", "'ve", "’ve", "having"]);
const IRREGULAR_PARTICIPLES = new Set([
  "born",
  "taken",
  "retaken",
  "overtaken",
  "driven",
  "shot",
  "hit",
  "struck",
  "seen",
  "done",
  "given",
  "beaten",
  "overrun",
  "won",
  "lost",
  "left",
  "held",
  "fought",
  "brought",
  "sent",
  "built",
  "caught",
  "thrown",
  "blown",
  "broken",
  "fallen",
  "made",
  "put",
  "set",
  "kept",
  "found",
  "told",
  "shown",
  "known",
  "begun",
  "run",
  "withdrawn",
  "undertaken",
  "cut",
  "spread",
  "hurt",
  "beat",
  "forgotten",
  "chosen",
  "frozen",
  "stolen",
  "torn",
  "worn",
  "sunk",
  "seized",
  "freed",
]);
// verbs that take "over" as a particle: "took over", "handed over", "won over"
const OVER_VERBS = new Set(["take", "hand", "turn", "pass", "give", "win", "run", "sign", "think", "look", "cross"]);
const SHORE = /^(?:the |[\p{L}'’-]+ )?(?:coast|shores?|island|peninsula|port|harbou?r)\b/u;
const LANDED = /^(?:ships?|craft|boats?|vessels?|party|parties|force|forces)$/;
const PARTICLES = new Set(["out", "back", "off", "over", "down", "up", "away", "in", "behind"]);
// a phrasal verb's particle may follow a short object: "gave themselves up", "laid their arms down", "shot a drone
// down" read as "give up", "lay down", "shoot down" (not "out", whose "out of X" is a phrase, nor "in" or "over")
const SPLIT_PARTICLES = new Set(["down", "up", "off"]);
const REFLEXIVE = /^(themselves|himself|herself|itself|ourselves|myself|yourselves)$/;
const MODALS_FUTURE = new Set(["will", "shall", "'ll", "’ll", "wo"]);
const MODALS_POSSIBLE = new Set(["would", "could", "might", "may", "can", "should", "must", "ca"]);
const NEGATORS = new Set(["not", "n't", "n’t", "never", "no", "neither", "nor"]);
// Verbs that take an infinitive and pass their meaning on to it ("failed to enter", "plans to capture").
const CONTROL: Record<string, "negated" | "intent" | "attempt" | "inherit" | "possible"> = {
  fail: "negated",
  refuse: "negated",
  unable: "negated",
  plan: "intent",
  // (what one is urged or called on to do is not done: "called on the troops to surrender")
  urge: "intent",
  call: "intent",
  demand: "intent",
  ask: "intent",
  invite: "intent",
  offer: "intent",
  intend: "intent",
  vow: "intent",
  aim: "intent",
  seek: "intent",
  want: "intent",
  hope: "intent",
  threaten: "intent",
  promise: "intent",
  pledge: "intent",
  prepare: "intent",
  order: "intent",
  // (what one was allowed or enabled to do was done, as a command announces a pullout it authorised; what one will
  // be allowed to do is not yet: the governor's own mood and negation carry over)
  allow: "inherit",
  permit: "inherit",
  authorise: "inherit",
  authorize: "inherit",
  enable: "inherit",
  vowed: "intent",
  need: "intent",
  try: "attempt",
  attempt: "attempt",
  manage: "inherit",
  begin: "inherit",
  start: "inherit",
  continue: "inherit",
  help: "inherit",
  expect: "possible",
  likely: "possible",
  able: "inherit",
  failure: "negated",
  inability: "negated",
  // reported speech and its kin: "are reported to have captured X" is a claim of a deed
  say: "inherit",
  report: "inherit",
  believe: "inherit",
  think: "inherit",
  claim: "inherit",
  appear: "inherit",
  seem: "inherit",
  understand: "inherit",
  know: "inherit",
  confirm: "inherit",
  force: "inherit",
  compel: "inherit",
  oblige: "inherit",
  go: "possible",
  use: "inherit",
  have: "inherit",
  // (a command's decision to leave is how a withdrawal is announced: "decided to withdraw from X" tells it done)
  decide: "inherit",
};
// nouns of a deed or a leave to do one, which an infinitive completes ("a manoeuvre to withdraw")
const DEED_NOUN =
  /^(?:man(?:oe|eu)vre|maneuver|decision|permission|order|plan|attempt|operation|request|opportunity|chance|time)s?$/;
// verbs of control whose object is asked to do the infinitive's deed: "urged Kyiv to withdraw"
const DEMANDING = new Set(["urge", "call", "demand", "ask", "invite", "press", "pressure", "appeal", "encourage"]);
// verbs and nouns of demand whose that-clause takes the mandative subjunctive: "demanded that Ukraine withdraw",
// "insists that Russia leave": the bare verb names what is wanted, not what was done
const MANDATIVE = new Set([
  "demand",
  "insist",
  "urge",
  "require",
  "propose",
  "recommend",
  "request",
  "ask",
  "order",
  "stipulate",
  "insistence",
  "proposal",
  "requirement",
  "condition",
  "ultimatum",
]);
// verbs of seeing, showing and finding whose passive takes a participle for the state of its subject
const PERCEIVING = /^(?:see|spot|film|show|photograph|record|find|leave|observe|capture)$/;
/** The passive verb of perceiving right before a bare participle: "was seen destroyed", "were found abandoned" */
const INCLUSION = /^(?:including|among|such|notably|mostly|mainly)$/;
function afterInclusion(tokens: GToken[], i: number, predicates: Predicate[]): boolean {
  const t = tokens[i];
  if (!isParticiple(t) || !/ed$/.test(t.lower) || tokens[i - 1]?.text !== ",") return false;
  if (/^(DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(tokens[i + 1]?.pos ?? "")) return false;
  // (the aside: from a comma and a word of inclusion right after a verb's object, a dozen words at most)
  let k = i - 2;
  while (k > 0 && i - k < 14 && tokens[k].text !== ",") k--;
  if (tokens[k]?.text !== "," || !INCLUSION.test(tokens[k + 1]?.lower ?? "")) return false;
  const host = predicates.filter((x) => !x.nominal && x.head < k).at(-1);
  // (its object ends where the aside opens, or takes the aside in)
  const o = host?.voice === "active" ? host.object : null;
  return !!o && o.start < tokens[k].start && o.end >= tokens[k - 1].end;
}

/** The "that", "whether" or "if" a few words before token i that opens a clause of its own; -1 when none. */
function complementiserBefore(tokens: GToken[], i: number): number {
  for (let b = i - 1; b >= 0 && b >= i - 12; b--)
    if (tokens[b].pos === "SCONJ" && /^(?:that|whether|if)$/.test(tokens[b].lower)) return b;
  return -1;
}
function perceivedAs(tokens: GToken[], i: number, predicates: Predicate[]): Predicate | null {
  if (!isParticiple(tokens[i])) return null;
  const prev = predicates.at(-1);
  if (!prev || prev.nominal || prev.head !== i - 1 || prev.voice !== "passive" || !prev.subject) return null;
  return PERCEIVING.test(prev.lemma) ? prev : null;
}

/**
 * Gapping: a second clause that leaves out the verb it shares with the first, "Russian bombs struck X on Monday, and
 * Ukrainian drones a depot in Y on Tuesday": a predicate of its own with the first one's verb, its own subject,
 * object and phrases (and the first one's phrases end before it). Only a subject and an object right after ", and",
 * with no verb to the end of the sentence, make one.
 */
function gapped(tokens: GToken[], predicates: Predicate[]): void {
  const verbal = predicates.filter((p) => !p.nominal && p.voice === "active" && p.subject && p.object);
  // (a participle between a preposition or an article and its noun is a modifier, not a verb: "in occupied Tokmak";
  // "struck Orikhiv" is a verb)
  const modifier = (k: number) =>
    isParticiple(tokens[k]) &&
    /^(?:ADP|DET)$/.test(tokens[k - 1]?.pos ?? "") &&
    /^(?:NOUN|PROPN)$/.test(tokens[k + 1]?.pos ?? "");
  const isVerb = (k: number) => tokens[k].pos === "AUX" || (tokens[k].pos === "VERB" && !modifier(k));
  // (the first verb at or after each token, found once: a page-long sentence of such clauses stays linear)
  let next: number[] | null = null;
  const verbFrom = () => {
    if (!next) {
      next = new Array(tokens.length + 1).fill(tokens.length);
      for (let k = tokens.length - 1; k >= 0; k--) next[k] = isVerb(k) ? k : next[k + 1];
    }
    return next;
  };
  for (const p of verbal) {
    const from = p.object!.end;
    let q = indexAfter(tokens, from, p.head);
    while (q < tokens.length && !(tokens[q].text === "," && /^(?:and|while|but)$/.test(tokens[q + 1]?.lower ?? ""))) {
      if (isVerb(q) || /^[;:]$/.test(tokens[q].text)) break;
      q++;
    }
    if (tokens[q]?.text !== ",") continue;
    // (the phrases end at the next verb, and there is none: the sentence's end bounds them)
    if (verbFrom()[q + 2] < tokens.length) continue;
    const subject = nounPhrase(tokens, q + 2);
    if (!subject || !/^(?:NOUN|PROPN)$/.test(tokens[subject.head].pos)) continue;
    const o = indexAfter(tokens, subject.end, q + 2);
    if (!/^(?:DET|PROPN|NUM|ADJ|NOUN)$/.test(tokens[o]?.pos ?? "")) continue;
    const object = nounPhrase(tokens, o);
    if (!object) continue;
    const pps: PrepPhrase[] = [];
    for (let r = indexAfter(tokens, object.end, o); r < tokens.length; r++) {
      if (tokens[r].pos !== "ADP") continue;
      const np = nounPhrase(tokens, r + 1);
      if (!np) continue;
      pps.push({ ...np, prep: tokens[r].lower, start: tokens[r].start });
      r = indexAfter(tokens, np.end, r + 1) - 1;
    }
    const cut = tokens[q].start;
    p.pps = p.pps.filter((x) => x.start < cut).map((x) => (x.end > cut ? { ...x, end: tokens[q - 1].end } : x));
    predicates.push({ ...p, start: subject.start, end: object.end, subject, object, agent: null, listed: null, pps });
  }
}

const FIRE_VERBS = /^(?:attack|strike|shell|hit|fire|bomb)$/;
const BY_PLACE_NOUN = /^(?:city|town|village|settlement|community|outskirts)$/;
/**
 * "The enemy struck by the settlement X", "attacked by the city Y with drones": machine translation of Ukrainian "по"
 * (at, upon) as "by". A verb of fire with a subject before it and no auxiliary, whose by-phrase opens on a settlement
 * noun, is active: the by-phrase is its target, not its agent.
 */
function calquedTarget(tokens: GToken[], predicates: Predicate[]): void {
  for (const p of predicates) {
    if (p.nominal || p.voice !== "passive" || !p.agent || !p.subject || !FIRE_VERBS.test(p.lemma)) continue;
    if (p.subject.end > tokens[p.head].start || BE.has(tokens[p.head - 1]?.lower ?? "")) continue;
    let k = p.agent.head;
    while (k > 0 && tokens[k - 1].start >= p.agent.start) k--;
    if (tokens[k]?.lower === "the") k++;
    if (!BY_PLACE_NOUN.test(tokens[k]?.lower ?? "")) continue;
    p.voice = "active";
    p.pps = [...p.pps, { ...p.agent, prep: "on" }];
    p.agent = null;
  }
}

const COMMUNITY = /^(?:community|communities|hromada|district|village|town|city|settlement)$/;
/**
 * Members set off by a comma before and a dash after, as regional posts list places and what hit them: ", B - with a
 * drone, C community - with artillery" (the text between a dash and the next comma belongs to its member).
 */
function dashedMembers(tokens: GToken[], from: number): Phrase | null {
  const members: Span[] = [];
  let q = from,
    end = -1;
  while (q < tokens.length && tokens[q].text === "," && members.length < 40) {
    const m0 = q + 1;
    let r = m0;
    while (r < tokens.length && (tokens[r].pos === "PROPN" || (r > m0 && COMMUNITY.test(tokens[r].lower)))) r++;
    if (r === m0 || !/^[-–—]$/.test(tokens[r]?.text ?? "")) break;
    members.push({ start: tokens[m0].start, end: tokens[r - 1].end });
    r++;
    while (r < tokens.length && !/^[,.;]$/.test(tokens[r].text)) r++;
    end = tokens[r - 1].end;
    q = r;
  }
  return members.length ? { start: members[0].start, end, head: from + 1, members } : null;
}

/** a bare verb in a that-clause after a word of demand, with no verb between ("demanded that Kyiv withdraw") */
function mandative(tokens: GToken[], i: number): boolean {
  const t = tokens[i];
  if (t.lower !== t.lemma || /(?:s|ed)$/.test(t.lower) || BE.has(t.lower)) return false;
  for (let j = i - 1; j > 0 && i - j < 10; j--) {
    const x = tokens[j];
    if (x.lower === "that") return MANDATIVE.has(tokens[j - 1].lemma) || MANDATIVE.has(tokens[j - 1].lower);
    if (x.pos === "VERB" || x.pos === "AUX" || x.pos === "PUNCT") return false;
  }
  return false;
}
// verbs of reward and praise: their "for"-gerund is a deed done ("awarded for shooting down a jet")
const REWARD = new Set(["award", "decorate", "honour", "honor", "praise", "thank", "commend", "hail", "reward"]);
const ACCUSE = new Set(["accuse", "blame", "charge", "suspect", "convict", "condemn", "denounce", "criticise"]);
// verbs whose subject is the doer of the gerund after them, which stays an event of its own (denied or admitted)
// Deeds of two sides at once: whoever tells of one does not name its doer.
const MUTUAL = /^(?:fight|battle|clash|skirmish)$/;
const CONTROLLED_GERUND = new Set(["deny", "admit", "acknowledge", "confirm", "report", "recall", "describe"]);
// Verbs of using an instrument: the infinitive of purpose after their object is the deed done with it.
const USING = new Set(["use", "employ", "utilise", "utilize"]);
// Verbs whose gerund object is planned or prevented, not done: "includes capturing", "avoided entering".
const GERUND_GOVERNORS: Record<string, "intent" | "negated"> = {
  include: "intent",
  involve: "intent",
  require: "intent",
  mean: "intent",
  consider: "intent",
  plan: "intent",
  discuss: "intent",
  contemplate: "intent",
  risk: "intent",
  avoid: "negated",
  prevent: "negated",
  stop: "negated",
  resist: "negated",
  // ("denied striking the hospital" is a denial, which the status reads from the words before: not a negation)
};
// Nouns that name an event and take their place in an of-, on- or from-phrase ("the capture of X").
const EVENT_NOUNS = new Set([
  "capture",
  "liberation",
  "seizure",
  "fall",
  "occupation",
  "recapture",
  "withdrawal",
  "retreat",
  "pullout",
  "pullback",
  "redeployment",
  "relocation",
  "regrouping",
  "attack",
  "attacks",
  "strike",
  "strikes",
  "shelling",
  "bombardment",
  "bombing",
  "assault",
  "offensive",
  "advance",
  "takeover",
  // (a claim to land by decree: "proclaimed the annexation of four regions")
  "annexation",
  "incorporation",
  // ("confirmed the loss of X": what else is lost, the frames tell apart)
  "loss",
  // (kit lost, named by a noun: "the downing of a Su-34")
  "destruction",
  "downing",
  "sinking",
  "shootdown",
  "encirclement",
  "surrender",
  "evacuation",
  "raid",
  "airstrike",
  "airstrikes",
  "visit",
  "entry",
  "control",
  // (counted: "at least 15 defections among Russian troops")
  "defections",
  "desertions",
]);
const SETTLEMENT_NOUN = /^(village|town|city|settlement|hamlet|area|district)$/;
// (those a place is cleared of; the frames read the same words in a verb's of-phrase)
export const CLEARED_OF_WORDS =
  "occupiers|enemy|enemies|invaders|russians|ukrainians|troops|forces|soldiers|militants|fighters|mines|units|" +
  "formations";
const CLEARED_OF = new RegExp(`^(?:${CLEARED_OF_WORDS})$`);
// Place and part nouns whose of-phrase belongs to them: "the village of X", "the outskirts of X", "half of X".
const OF_HEADS = new Set([
  // (a count noun hands the phrase to what it counts: "dozens of vehicles", "a column of tanks")
  "dozens",
  "hundreds",
  "thousands",
  "scores",
  "number",
  "column",
  "convoy",
  // (and a measure noun to what it measures: "22 pieces of armour", "400 units of equipment")
  "pieces",
  "piece",
  "units",
  "items",
  // (and whose control or hands a place passes into: "fell under the control of X", "into the hands of X")
  "control",
  "hands",
  "city",
  "town",
  "village",
  "settlement",
  "hamlet",
  "outskirts",
  "half",
  "part",
  "parts",
  "centre",
  "center",
  "district",
  "districts",
  "suburbs",
  "suburb",
  "region",
  "oblast",
  "area",
  "areas",
  "territory",
  "vicinity",
  "most",
  "rest",
  "remains",
  "left",
  "port",
  "capital",
  "rest",
  "villages",
  "towns",
  "cities",
  "settlements",
  "localities",
  "outpost",
  "south",
  "north",
  "east",
  "west",
  "edge",
  "heart",
  "streets",
  "direction",
  "settlements",
  "community",
  "urban",
  // (a named part of a place keeps its place: "the railway station of X, a silo and the village of Y" lists three)
  "station",
  "plant",
  "factory",
  "airport",
  "airfield",
  "zone",
  "quarter",
  "quarters",
  // (the border of a region is its border area: "shelled the border of X region 14 times")
  "border",
  "microdistrict",
  "microdistricts",
  "neighbourhood",
  "neighbourhoods",
  "neighborhood",
  "neighborhoods",
]);
const SUBORD: Record<string, ClauseKind> = {
  after: "temporal",
  before: "temporal",
  since: "temporal",
  until: "temporal",
  till: "temporal",
  when: "temporal",
  once: "temporal",
  while: "concessive",
  whereas: "concessive",
  although: "concessive",
  though: "concessive",
  if: "conditional",
  unless: "conditional",
  whether: "conditional",
  // (a free relative is general, not a deed: "whoever retreats from X will be shot")
  whoever: "conditional",
  whatever: "conditional",
  because: "main",
};
// Verbs whose object is the instrument of the infinitive after it: "used drones to strike X".
// verbs of seeing and showing, whose object does what the -ing form after it says
const PERCEPTION = new Set([
  "show",
  "see",
  "film",
  "watch",
  "hear",
  "depict",
  "record",
  "capture",
  "photograph",
  "spot",
]);
// (the unambiguous ones, for retagging: "captured" and "recorded" take places and records as often)
const SEEING = new Set([...PERCEPTION].filter((v) => v !== "capture" && v !== "record"));
// verbs that say what their object is: after them a participle describes the object
const OBJECT_COMPLEMENT = new Set(["consider", "call", "declare", "deem", "name", "recognise", "recognize", "regard"]);
const CAUSATIVE = new Set(["force", "compel", "make", "oblige", "push", "lead", "cause", "allow", "enable", "help"]);
const INSTRUMENTAL = new Set(["use", "employ", "deploy", "send", "launch", "fire", "dispatch"]);
// the modalities a verb gives only its own act, not the occasion it is set in ("pledged aid during a visit")
const OWN_ACT = new Set<Modality>(["intent", "attempt", "demanded"]);
// the prepositions of a phrase that sets an act in its time or occasion, not what the act is about
const SETTING = new Set(["during", "amid", "after", "before", "since", "following", "despite", "throughout"]);
// Verbs that carry an event noun and lend it their subject: "launched an attack", "carried out strikes".
const LIGHT = new Set([
  "launch",
  "carry out",
  "carry",
  "conduct",
  "make",
  "stage",
  "mount",
  "deliver",
  "inflict",
  "complete",
  "announce",
  "claim",
  "report",
  "confirm",
  "declare",
  // (the verbs of decree: "proclaimed the annexation of X", "ordered the withdrawal from Y")
  "proclaim",
  "order",
  "formalise",
  "formalize",
  "begin",
  "start",
  "continue",
]);
const DASH = /^[-–—]$/;
const DEGREE = /^(?:more|most|less|very|highly|even)$/;
// (verbs of saying a tagger reads as adjectives when a comma sets them after their clause: "…, informed the head")
const SAID_AFTER_COMMA = /^(?:informed|reported|stated|clarified|specified|noted|added|emphasi[sz]ed|announced)$/;
const MOVERS = new RegExp(
  String.raw`^(?:drones?|missiles?|rockets?|shaheds?|uavs?|cars?|vehicles?|trucks?|buses|bus|trains?|columns?|` +
    String.raw`convoys?|boats?|ships?|vessels?|aircraft|helicopters?|planes?|jets?)$`,
);
// the participles that describe a place by who holds it ("in occupied Melitopol", "of liberated Kherson")
const DESCRIBING_PARTICIPLE = /^(?:occupied|liberated|besieged|encircled|embattled|annexed|recaptured|captured)$/;
// verbs whose subject gives ground up: what follows as their result is not the subject's gain
const YIELDING =
  /^(?:surrender|capitulate|lay down|give up|withdraw|retreat|pull out|pull back|flee|lose|cede|abandon|fall|leave)$/;
// the locatives two verbs joined by "and" share (not "in": "took X and in May lost it" has its own time)
const SHARED_PLACE = /^(?:near|around|outside|close to)$/;
const RELATIVE = new Set(["which", "who", "whom", "whose", "that", "where"]);
// the parts a relative clause may take of its antecedent: "all of which", "most of whom", "two of which"
const PART_OF_WHICH =
  /^(?:all|most|some|many|several|none|each|both|either|neither|half|\d+|one|two|three|four|five|six|seven|eight)$/;
const NP_POS = new Set(["DET", "ADJ", "NUM", "PROPN", "NOUN", "X"]);

const isParticiple = (t: GToken) => /(?:ed|en)$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower);

// Nouns the tagger takes for verbs after another noun: "an apartment block in Uman", "a power plant".
const COMPOUND_HEADS = new Set([
  "block",
  "blocks",
  "building",
  "complex",
  "house",
  "station",
  "plant",
  "yard",
  "depot",
  "store",
  "market",
  "centre",
  "center",
  "works",
  "hub",
  "line",
]);

const ING_ADJECTIVES = new Set([
  "surrounding",
  "neighbouring",
  "neighboring",
  "remaining",
  "ongoing",
  "existing",
  "following",
  "incoming",
  "outgoing",
  "adjoining",
  "bordering",
  "leading",
  "retreating",
  "advancing",
  "occupying",
  "invading",
  "defending",
  "attacking",
  "fighting",
  "warring",
  "opposing",
  "approaching",
]);
// past participles that before a noun only ever describe it (the kinds of kit and units): "armoured vehicles",
// "mechanised brigades", "guided bombs"; the tagger may read them as verbs with the noun before them as subject
const ED_ADJECTIVES = /^(?:armou?red|mechani[sz]ed|motori[sz]ed|unmanned|uncrewed|unguided|guided|improvised)$/;

/**
 * wink's tagger reads some participles after "be" as nouns ("was retaken"): after a form of be they are verbs;
 * and some compound heads after a noun as verbs ("apartment block"): there they are nouns.
 */

/**
 * An event noun closing a phrase of time or cause stands for its event: "died in X in a Russian artillery attack",
 * "damaged after another missile strike" (its place is the clause's).
 */
function hosted(tokens: GToken[], i: number): boolean {
  // (the phrase ends there, or a time adverb closes it: "after a Russian drone attack overnight")
  const next = tokens[i + 1];
  if (tokens[i].pos !== "NOUN" || !(next?.pos === "PUNCT" || (next?.pos === "ADV" && TIME_ADVERB.test(next.lower))))
    return false;
  let b = i - 1;
  while (b >= 0 && i - b <= 5 && /^(DET|ADJ|PROPN|NOUN|NUM)$/.test(tokens[b].pos)) b--;
  // (fire held out against needs no article: "held X despite heavy shelling", "amid constant shelling"; nor does
  // fire a line's label places: "X community: artillery shelling, 6 explosions")
  if (b >= 0 && /^(?:despite|amid|amidst|:)$/.test(tokens[b].lower)) return true;
  // ("in the latest attack on X": a new one, not one told before)
  const latest = tokens[b + 1]?.lower === "the" && tokens[b + 2]?.lower === "latest";
  // (an indefinite one: "during the missile strike" points back to one told before; but what a sentence gives as a
  // deed's cause is that deed's, "as a result of the missile attack, 10 people were killed")
  const cause = b >= 3 && tokens[b].lower === "of" && tokens[b - 1].lower === "result" && tokens[b - 3].lower === "as";
  return (
    b >= 0 &&
    b < i - 1 &&
    (/^(after|following|in|during|amid)$/.test(tokens[b].lower) || cause) &&
    (/^(a|an|another)$/.test(tokens[b + 1].lower) || (cause && tokens[b + 1].lower === "the") || latest)
  );
}

const NO_ONE = /^(?:no|none|nobody|neither|nothing|no-one)$/;
/** A verb in the infinitive after "too" and an adjective, or after another such verb and "or"/"and". */
function tooTo(tokens: GToken[], head: number): boolean {
  let j = head - 1;
  while (j > 1 && head - j < 6 && (tokens[j].pos === "VERB" || tokens[j].pos === "CCONJ" || tokens[j].text === ","))
    j--;
  // (the adjective may be a participle: "too depleted to")
  const adjective = (t?: GToken) => !!t && (t.pos === "ADJ" || /ed$/.test(t.lower));
  return tokens[j]?.lower === "to" && adjective(tokens[j - 1]) && tokens[j - 2]?.lower === "too";
}

/** A list before token k whose first item opens with "no": "no tanks, guns or vehicles" (a few words back). */
function negatedList(tokens: GToken[], k: number, from: number): boolean {
  if (notOne(tokens, k)) return true;
  const joins = (t: GToken) => t.pos === "CCONJ" || t.text === ",";
  if (k - 1 < from || !joins(tokens[k - 1])) return false;
  for (let j = k - 2; j >= from && j >= k - 10; j--) {
    const t = tokens[j];
    if ((NO_ONE.test(t.lower) && t.pos === "DET") || notOne(tokens, j)) return true;
    if (!/^(NOUN|PROPN|ADJ|NUM|CCONJ)$/.test(t.pos) && !/^(,|-|of)$/.test(t.lower)) return false;
  }
  return false;
}
/** "not a single X", "not one X" from token k: a count of none. */
const notOne = (tokens: GToken[], k: number) =>
  tokens[k - 1]?.lower === "not" &&
  (tokens[k]?.lower === "one" || (tokens[k]?.lower === "a" && tokens[k + 1]?.lower === "single"));

/** No verb in the clause of token i, either side of it (bounded by punctuation, 12 tokens each way). */
function clauseHasNoVerb(tokens: GToken[], i: number): boolean {
  const verb = (x: GToken | undefined) => !!x && (x.pos === "VERB" || x.pos === "AUX");
  for (let b = i - 1; b >= Math.max(0, i - 12) && tokens[b].pos !== "PUNCT"; b--) if (verb(tokens[b])) return false;
  for (let a = i + 1; a < Math.min(tokens.length, i + 13) && tokens[a].pos !== "PUNCT"; a++)
    if (verb(tokens[a])) return false;
  return true;
}

// (a verb of having or keeping before a participle is its auxiliary or causative: "had destroyed X", "got captured")
// participles that describe a place, people or kit by what befell them ("occupied Oleshky", "besieged Mariupol",
// "captured soldiers"), as against verbs that take an object ("the cities targeted included Kyiv")
const DESCRIBING = new RegExp(
  String.raw`^(?:occupied|liberated|captured|recaptured|besieged|embattled|encircled|surrounded|annexed|` +
    String.raw`destroyed|ruined|devastated|damaged|wrecked|abandoned|evacuated|shelled|bombed|battered|contested|` +
    String.raw`de-occupied|deoccupied|freed|wounded|injured|killed|detained|mobilised|mobilized)$`,
);
// (beside the describing participles: those of the verbs a headline drops "was" before)
const HEADLINE_PASSIVE = new RegExp(
  String.raw`^(?:arrested|downed|struck|hit|repelled|repulsed|retaken|taken|seized|pushed|driven|forced|knocked|` +
    String.raw`thrown|shot|sunk|attacked|targeted)$`,
);
const passiveInHeadline = (t: GToken) => DESCRIBING.test(t.lower) || HEADLINE_PASSIVE.test(t.lower);
const SAID_BEFORE =
  /^(say|claim|report|write|add|note|state|announce|believe|think|confirm|warn|insist|assert|allege)$/;
// (the noun is the object a verb of saying took, which is the subject of what was said; not a phrase's noun: "said
// in a video released on Friday")
const saidOf = (p: Predicate | undefined, noun: GToken) =>
  !!p && SAID_BEFORE.test(p.lemma) && !!p.object && p.object.end === noun.end;
// (the predicates are kept in the order of their heads: these look back from the end, a few at most, so a
// page-long sentence stays linear)
function lastVerbBefore(predicates: Predicate[], at: number): Predicate | undefined {
  for (let k = predicates.length - 1; k >= 0 && k >= predicates.length - 8; k--)
    if (!predicates[k].nominal && predicates[k].head < at) return predicates[k];
  return undefined;
}
function objectlessBefore(predicates: Predicate[], at: number, clause: number): boolean {
  for (let k = predicates.length - 1; k >= 0 && k >= predicates.length - 8; k--) {
    const x = predicates[k];
    if (x.clause.start !== clause) break;
    if (!x.nominal && !x.attributive && !x.object && x.head < at) return true;
  }
  return false;
}
/** A finite verb of this clause before token `at`. */
function verbBefore(predicates: Predicate[], at: number, clause: number): boolean {
  for (let k = predicates.length - 1; k >= 0 && k >= predicates.length - 8; k--) {
    const x = predicates[k];
    if (x.clause.start !== clause) break;
    if (!x.nominal && !x.attributive && x.head < at) return true;
  }
  return false;
}
const ASPECTUAL = /^(begin|start|continue|keep|resume)$/;
// verbs of a state, whose progressive tells no deed going on
const STATES = /^(fly|hang|wave|flutter|hold|control|occupy|remain|stay|stand|sit|keep|be|have|live|fight)$/;
// what an event noun does when it goes on ("the liberation of X continues") and what it is ("… is under way")
const GOING_ON = /^(continue|proceed|go on|progress|resume|gather pace)$/;
const STILL_GOING = /^\s+(?:still\s+|now\s+)?(?:ongoing|under ?way|in progress|continuing|in full swing)\b/i;
const HAVE_OR_KEEP = /^(?:had|has|have|got|gets|get|kept|keeps|keep)$/;
const SHOWS = /^(?:shows?|showed|says|suggests?|indicates?|reveals?|confirms?|depicts?)$/;
// (the third person of the verbs of striking, and their lemmas)
const STRIKE_VERB_S = new Map(
  "hit strike kill damage destroy target wound injure pound hammer slam rock shell bomb"
    .split(" ")
    .map((v) => [v + "s", v]),
);
const TIME_ADVERB = /^(?:overnight|yesterday|today|tonight|again|also|then|later|earlier)$/;
const DESCRIBING_ED = /^(?:combined|coordinated|concentrated|sustained|renewed|repeated|massed|targeted)$/;
const COMPASS = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;
function retag(tokens: GToken[]): void {
  // a live blog's time stamp before its entry ("13:00 A group of soldiers surrendered") is no word of the sentence
  if (/^\d{1,2}[:.]\d{2}$/.test(tokens[0]?.text ?? "") && /^\p{Lu}/u.test(tokens[1]?.text ?? ""))
    tokens[0].pos = "PUNCT";
  // a capitalised word the tagger reads as an English verb, after a name and before a lower-case verb, mid-sentence,
  // is the name's last word: "Units of Battlegroup Sever have liberated …", "the Dnipro Sever captured …"
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== "VERB" || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    if (tokens[i - 1].pos !== "PROPN" || !/^\p{Lu}/u.test(tokens[i - 1].text)) continue;
    if (/^(?:VERB|AUX)$/.test(tokens[i + 1].pos) && /^\p{Ll}/u.test(tokens[i + 1].text)) t.pos = "PROPN";
  }
  // "Minus one more T-90 near X" (the soldiers' idiom, from Ukrainian "мінус" and Russian "минус"): opening a sentence,
  // a quotation or what a colon introduces, before what it counts, "minus" is the verb of a loss
  for (let i = 0; i + 1 < tokens.length; i++)
    if (
      tokens[i].lower === "minus" &&
      (i === 0 || QUOTES.has(tokens[i - 1].text) || tokens[i - 1].text === ":") &&
      /^(?:NUM|DET|ADJ|PROPN|NOUN)$/.test(tokens[i + 1].pos)
    ) {
      tokens[i].pos = "VERB";
      tokens[i].lemma = "minus";
    }
  // a verb of saying after a comma, before the one who says it, is the sentence's closing attribution: "…, the driver
  // was injured, informed the head of the administration"
  for (let i = 1; i + 1 < tokens.length; i++)
    if (tokens[i].pos === "ADJ" && tokens[i - 1].text === "," && SAID_AFTER_COMMA.test(tokens[i].lower))
      if (/^(?:DET|PROPN)$/.test(tokens[i + 1].pos)) tokens[i].pos = "VERB";
  // a participle the tagger reads as an adjective after its noun, right before a form of "be", is a reduced
  // relative: "Among the settlements liberated were A and B" (English puts few adjectives after their noun)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== "ADJ" || tokens[i - 1].pos !== "NOUN" || !BE.has(tokens[i + 1].lower)) continue;
    if (/[^e]ed$/.test(t.lower) || IRREGULAR_PARTICIPLES.has(t.lower)) t.pos = "VERB";
  }
  // (whether a verb, or a verb or a comma, follows each token: computed once, so the checks below stay linear)
  const verbAfter: boolean[] = new Array(tokens.length + 1).fill(false);
  const stopAfter: boolean[] = new Array(tokens.length + 1).fill(false);
  for (let j = tokens.length - 1; j >= 0; j--) {
    const verb = tokens[j].pos === "VERB" || tokens[j].pos === "AUX";
    verbAfter[j] = verbAfter[j + 1] || verb;
    stopAfter[j] = stopAfter[j + 1] || verb || tokens[j].text === ",";
  }
  // a sentence that opens on an -ing form before a noun and its verb opens on a modifier: "Fleeing Russian units
  // abandoned …", "Advancing troops took …" ("Shelling Kherson, the army …" opens on a verb: a comma, no verb)
  if (tokens[0]?.pos === "VERB" && /ing$/.test(tokens[0].lower)) {
    let q = 1;
    while (q < tokens.length && q < 6 && /^(ADJ|PROPN|NOUN)$/.test(tokens[q].pos)) q++;
    if (q > 1 && tokens[q - 1].pos === "NOUN" && (tokens[q]?.pos === "VERB" || tokens[q]?.pos === "AUX"))
      tokens[0].pos = "ADJ";
  }
  // a past tense the tagger reads as an adjective, after the plural noun that opens the sentence and before its
  // object, in a clause with no verb of its own: "Russian forces consolidated positions in X, the army said"
  for (let i = 1; i + 1 < tokens.length && i < 6; i++) {
    const t = tokens[i];
    if (t.pos === "VERB" || t.pos === "AUX" || t.text === ",") break;
    if (t.pos !== "ADJ" || !/ed$/.test(t.lower) || !/^(?:NOUN|PROPN)$/.test(tokens[i - 1].pos)) continue;
    if (!/s$/.test(tokens[i - 1].lower) || !/^(?:NOUN|DET|NUM)$/.test(tokens[i + 1].pos)) break;
    let k = i + 1;
    while (k < tokens.length && tokens[k].text !== "," && tokens[k].pos !== "VERB" && tokens[k].pos !== "AUX") k++;
    if (k === tokens.length || tokens[k].text === ",") t.pos = "VERB";
    break;
  }
  // a noun of saying after a nationality word that a verb or a preposition governs is the object, no verb: "denied
  // Russian claims that …", "dismissed Ukrainian reports of …"
  for (let i = 2; i < tokens.length; i++)
    if (tokens[i].pos === "VERB" && /s$/.test(tokens[i].lower) && claimNounObject(tokens, i)) tokens[i].pos = "NOUN";
  // an -ing form after an article, with no noun after it, is a noun: "carried out a regrouping to …", "the
  // shelling of X" ("the advancing troops": a modifier, left to the tagger)
  for (let i = 1; i < tokens.length; i++)
    if (
      tokens[i].pos === "VERB" &&
      /ing$/.test(tokens[i].lower) &&
      // (or after a possessive: "Thursday's fighting", "their shelling of X")
      (/^(?:a|an|the|this|that|his|her|their|its|our|my|your)$/.test(tokens[i - 1].lower) ||
        /^['’]s$/.test(tokens[i - 1].lower) ||
        // (or after an adjective that a preposition or an article opens: "to heavy shelling", "under intense fighting")
        // (a nationality word, which the tagger may take for a name, as well: "set alight by Russian shelling")
        ((tokens[i - 1].pos === "ADJ" || NATIONALITY.test(tokens[i - 1].lower)) &&
          /^(?:ADP|DET)$/.test(tokens[i - 2]?.pos ?? ""))) &&
      !/^(?:NOUN|PROPN|ADJ|NUM)$/.test(tokens[i + 1]?.pos ?? "")
    )
      tokens[i].pos = "NOUN";
  // a bare verb after an article and a nationality word, or after a possessive, before a preposition, is a noun:
  // "the main base for the Russian push toward X", "a Ukrainian advance near Y", "Russia's push toward Z" ("the
  // Russians push" has a plural subject and stays a verb)
  for (let i = 2; i + 1 < tokens.length; i++)
    if (
      tokens[i].pos === "VERB" &&
      tokens[i].lemma === tokens[i].lower &&
      ((NATIONALITY.test(tokens[i - 1].lower) && /^(?:a|an|the|this|that|their|its|our)$/.test(tokens[i - 2].lower)) ||
        (/^['’]s$/.test(tokens[i - 1].lower) && tokens[i - 1].pos === "PART")) &&
      tokens[i + 1].pos === "ADP"
    )
      tokens[i].pos = "NOUN";
  // a verb of striking in -s after the noun that opens the sentence, before an object, is its verb, which the tagger
  // takes for a plural noun, or in title case for a name: "A Russian strike hits a hospital in X", "Drone Attack
  // Kills Two in Y"
  let verbBefore = false;
  const NOUNISH = /^(?:NOUN|PROPN)$/;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const here = tokens[i];
    const lemma = STRIKE_VERB_S.get(here.lower);
    if (!verbBefore && lemma && NOUNISH.test(here.pos) && NOUNISH.test(tokens[i - 1].pos))
      if (/^(?:DET|NUM|PROPN|NOUN)$/.test(tokens[i + 1].pos)) {
        here.pos = "VERB";
        here.lemma = lemma;
      }
    // ("hit" after a time adverb, before its object: "drones launched from X overnight hit an energy facility")
    if (here.lower === "hit" && here.pos === "NOUN" && TIME_ADVERB.test(tokens[i - 1].lower))
      if (/^(?:DET|NUM|PROPN)$/.test(tokens[i + 1].pos)) here.pos = "VERB";
    verbBefore ||= here.pos === "VERB" || here.pos === "AUX";
  }
  // a participle the news uses as an adjective, between an article and its noun, describes it: "a massive combined
  // attack", "the coordinated strikes" (the tagger reads a verb, and the word before it as that verb's subject)
  // (and any participle after a possessive, an adverb between: "the governor's newly designated shelter")
  for (let i = 1; i + 1 < tokens.length; i++) {
    const owned = (k: number) => /^(?:['’]s|its|their|our|his|her)$/.test(tokens[k]?.lower ?? "");
    const byOwner = /ed$/.test(tokens[i].lower) && (owned(i - 1) || (tokens[i - 1].pos === "ADV" && owned(i - 2)));
    if (tokens[i].pos === "VERB" && byOwner && tokens[i + 1].pos === "NOUN") {
      tokens[i].pos = "ADJ";
      continue;
    }
    if (tokens[i].pos !== "VERB" || !DESCRIBING_ED.test(tokens[i].lower) || tokens[i + 1].pos !== "NOUN") continue;
    const det =
      tokens[i - 1].pos === "DET" || (tokens[i - 2]?.pos === "DET" && /^(?:NOUN|ADJ)$/.test(tokens[i - 1].pos));
    if (!det) continue;
    tokens[i].pos = "ADJ";
    if (tokens[i - 1].pos === "NOUN") tokens[i - 1].pos = "ADJ";
  }
  // a bearing that ends a phrase an article opens is a noun, the part of a place it names: "the entire south", "in
  // the north of X" (the tagger reads it as an adverb, "moved south", or an adjective, and its of-phrase then hangs
  // on the verb); a word between is its adjective, "the whole east"
  const OPENS = /^(?:the|its|their|our)$/;
  for (let i = 1; i < tokens.length; i++) {
    if (!COMPASS.test(tokens[i].lower) || /^(?:NOUN|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? "")) continue;
    const between = i > 1 && OPENS.test(tokens[i - 2].lower) && /^(?:ADJ|ADV)$/.test(tokens[i - 1].pos);
    if (!OPENS.test(tokens[i - 1].lower) && !between) continue;
    tokens[i].pos = "NOUN";
    if (between) tokens[i - 1].pos = "ADJ";
  }
  // an infinitive is never a third person's form: after "to", a verb in -s is a plural noun, "regrouped to
  // positions east of X", "fell back to lines prepared in advance"
  for (let i = 1; i < tokens.length; i++)
    if (
      tokens[i].pos === "VERB" &&
      tokens[i - 1].lower === "to" &&
      /[^s]s$/.test(tokens[i].lower) &&
      tokens[i].lemma !== tokens[i].lower
    ) {
      tokens[i].pos = "NOUN";
      tokens[i - 1].pos = "ADP";
    }
  // an adjective after a possessive with a verb after it heads the phrase: "Ukraine's military denied …"
  for (let i = 1; i + 1 < tokens.length; i++)
    if (
      tokens[i].pos === "ADJ" &&
      /^['’]s$/.test(tokens[i - 1].lower) &&
      (/^(VERB|AUX)$/.test(tokens[i + 1].pos) ||
        (tokens[i + 1].pos === "ADV" && /^(VERB|AUX)$/.test(tokens[i + 2]?.pos ?? "")))
    )
      tokens[i].pos = "NOUN";
  // "since" between a perfect's auxiliary and its participle is an adverb, "from then on", no clause of time: "troops
  // have since entered X", "it has since been retaken"
  for (let i = 1; i + 1 < tokens.length; i++)
    if (
      tokens[i].lower === "since" &&
      /^(?:have|has|had|'ve)$/.test(tokens[i - 1].lower) &&
      !/^(?:NUM|DET|PROPN)$/.test(tokens[i + 1].pos)
    )
      tokens[i].pos = "ADV";
  // a noun, "by" and the noun again is an adverb of manner, no phrase's head: "cleared X street by street", "house
  // by house", "step by step"
  for (let i = 0; i + 2 < tokens.length; i++)
    if (tokens[i + 1].lower === "by" && tokens[i].lower === tokens[i + 2].lower && /^\p{L}+$/u.test(tokens[i].text))
      for (const t of tokens.slice(i, i + 3)) t.pos = "ADV";
  // a form of have before a noun phrase is the verb itself, not an auxiliary: "had partial success near X", "has
  // control of Y" (not before a participle, "had liberated", which the tagger may call an adjective)
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (tokens[i].pos !== "AUX" || !HAVE.has(tokens[i].lower)) continue;
    let k = i + 1;
    while (k < tokens.length && tokens[k].pos === "ADV") k++;
    const next = tokens[k];
    if (next && /^(DET|ADJ|NUM|NOUN|PROPN)$/.test(next.pos) && !isParticiple(next)) tokens[i].pos = "VERB";
  }
  // a hyphenated compound before a noun is one modifier, whatever the tagger makes of its parts: "better-protected
  // lines", "well-fortified positions", "Russian-held territory" (and "to" before it is then a preposition)
  for (let i = 0; i + 3 < tokens.length; i++) {
    const [a, dash, b, head] = [tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]];
    if (dash.text !== "-" || a.end !== dash.start || dash.end !== b.start || !/^\p{Ll}/u.test(a.text)) continue;
    if (!(b.pos === "ADJ" || (b.pos === "VERB" && /ed$/.test(b.lower))) || !/^(NOUN|PROPN)$/.test(head.pos)) continue;
    a.pos = "ADJ";
    b.pos = "ADJ";
    if (tokens[i - 1]?.lower === "to" && tokens[i - 1].pos === "PART") tokens[i - 1].pos = "ADP";
  }
  // "new" before a noun phrase is its adjective, which the tagger may call an adverb: "launched new offensive
  // operations", "opened new fronts" (the object then had no start)
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i].pos === "ADV" && tokens[i].lower === "new" && /^(ADJ|NOUN|PROPN)$/.test(tokens[i + 1].pos))
      tokens[i].pos = "ADJ";
  // a number glued to letters is part of a model's name, not a count: "a 2S1 howitzer" (the tokenizer splits "2|S1")
  for (let i = 0; i + 1 < tokens.length; i++)
    if (tokens[i].pos === "NUM" && tokens[i + 1].start === tokens[i].end && /^\p{L}/u.test(tokens[i + 1].text))
      tokens[i].pos = "PROPN";
  // a bare verb joined to an infinitive is a verb the tagger may call a noun: "to push them back and retake X"
  // (a noun then has a determiner or a name after it, and "to" and a verb before it in the same clause)
  for (let i = 2; i + 1 < tokens.length; i++) {
    if (tokens[i].pos !== "NOUN" || !/^(and|or)$/.test(tokens[i - 1].lower)) continue;
    if (!/^(DET|PROPN)$/.test(tokens[i + 1].pos) || tokens[i].lower !== lemmaOf(tokens[i])) continue;
    for (let b = i - 2; b >= Math.max(1, i - 12) && tokens[b].pos !== "PUNCT"; b--)
      if (tokens[b].pos === "VERB" && tokens[b - 1].lower === "to") {
        tokens[i].pos = "VERB";
        break;
      }
  }
  // a free relative of what is left names a place's remains, a noun phrase like "the ruins of X": "raised the
  // flag over what remains of X", "shelled what was left of X" (no predicate "remain" of its own)
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (tokens[i].lower !== "what") continue;
    let j = i + 1;
    const verb = /^(remains|remained)$/.test(tokens[j].lower);
    if (!verb && /^(is|was|'s|’s)$/.test(tokens[j].lower)) {
      j++;
      if (/^(still|now)$/.test(tokens[j]?.lower ?? "")) j++;
      if (tokens[j]?.lower !== "left") continue;
    } else if (!verb) continue;
    if (tokens[j + 1]?.lower !== "of") continue;
    tokens[i].pos = "DET";
    for (let k = i + 1; k < j; k++) if (tokens[k].pos !== "ADV") tokens[k].pos = "X";
    tokens[j].pos = "NOUN";
  }
  // an adjective that ends a phrase opened by an article, right before a finite verb, is that phrase's head noun:
  // "a Ukrainian marine told Reuters", "the regional military said" (the tagger reads such nouns as adjectives;
  // wink-nlp's tagger has no such context rule)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const next = tokens[i + 1];
    // (or before a relative pronoun: "a Ukrainian marine who served there")
    const verbNext = next.pos === "VERB" && !/ing$/.test(next.lower);
    if (tokens[i].pos !== "ADJ" || !(verbNext || /^who(?:se)?$/.test(next.lower))) continue;
    let b = i - 1;
    while (b > 0 && b >= i - 3 && /^(ADJ|PROPN)$/.test(tokens[b].pos)) b--;
    // (or by a comma, in a closing attribution: "…, military says")
    if (/^(a|an|the)$/.test(tokens[b].lower) || (b === i - 1 && tokens[b].text === ",")) tokens[i].pos = "NOUN";
  }
  // an article before a bare verb form, with at most one modifier between, makes it a noun: "the scene of an
  // earlier strike", "a second attack" (participles stay: "the destroyed bridge" is an attributive participle)
  // (and a form in -s right after "the" is a plural noun, no verb of the present: "advanced on the flanks"; so is
  // one after a count or a quantifier, with at most one modifier between: "out of several forward positions", "two
  // enemy positions")
  const COUNT = /^(?:several|many|few|numerous|multiple|some|two|three|four|five|six|seven|eight|nine|ten|\d+)$/;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== "VERB" || isParticiple(t) || /ing$/.test(t.lower)) continue;
    const art = (k: number) => k >= 0 && /^(a|an|the)$/.test(tokens[k].lower);
    const counted = (k: number) => k >= 0 && COUNT.test(tokens[k].lower);
    const plural =
      /s$/.test(t.lower) &&
      (tokens[i - 1].lower === "the" ||
        counted(i - 1) ||
        (counted(i - 2) && /^(ADV|ADJ|NOUN|PROPN)$/.test(tokens[i - 1].pos)));
    if (t.lower !== lemmaOf(t) && !plural) continue;
    // (or after a singular noun of its own phrase, which could not be its subject: "a video address posted by …")
    const compound =
      art(i - 2) && tokens[i - 1].pos === "NOUN" && !/s$/.test(tokens[i - 1].lower) && t.lower === lemmaOf(t);
    if (art(i - 1) || (art(i - 2) && /^(ADV|ADJ)$/.test(tokens[i - 1].pos)) || compound || plural) t.pos = "NOUN";
  }
  // a participle right after a finite verb, before a name or a noun, describes it: "hit occupied Oleshky", "shelled
  // liberated Kherson", "said captured soldiers were …" (not after an auxiliary: "have occupied X" is a verb)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i],
      prev = tokens[i - 1];
    if (t.pos !== "VERB" || !DESCRIBING.test(t.lower) || !/^(PROPN|NOUN)$/.test(tokens[i + 1].pos)) continue;
    // (the verb before is finite: no auxiliary before it, "was hit", and no -ing form)
    const finite = !(i > 1 && tokens[i - 2].pos === "AUX") && !/ing$/.test(prev.lower);
    if (prev.pos === "VERB" && finite && !HAVE_OR_KEEP.test(prev.lower)) t.pos = "ADJ";
  }
  // the main verb after a reduced relative, which the tagger may call a noun: "a video posted online shows a tank",
  // "photos taken by residents show …" (a verb of showing or saying, before what it shows, with no finite verb before
  // it but the participle)
  let finite = false,
    participle = false;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if ((t.pos === "VERB" && !isParticiple(t) && !/ing$/.test(t.lower)) || t.pos === "AUX") finite = true;
    if (t.pos === "VERB" && isParticiple(t) && /^(NOUN|PROPN)$/.test(tokens[i - 1].pos)) participle = true;
    if (t.pos !== "NOUN" || finite || !participle || !SHOWS.test(t.lower)) continue;
    if (/^(DET|NUM|PRON|ADJ)$/.test(tokens[i + 1].pos) || tokens[i + 1].lower === "that") {
      t.pos = "VERB";
      finite = true;
    }
  }
  // a capitalised -ed word that opens the sentence before "by" is a participle, not a name: "Liberated by
  // Ukrainian troops this week: A and B"
  if (tokens.length > 1 && tokens[0].pos === "PROPN" && /ed$/.test(tokens[0].lower) && tokens[1].lower === "by")
    tokens[0].pos = "VERB";
  // ordinals are adjectives ("the 47th brigade"; the tagger may call them pronouns)
  for (const t of tokens) if (/^\d+(?:st|nd|rd|th)$/i.test(t.text)) t.pos = "ADJ";
  // "yesterday", "overnight" after a noun end its phrase: "hit the city yesterday" (not "yesterday's attack")
  for (let i = 1; i < tokens.length; i++)
    if (/^(yesterday|today|tonight|overnight)$/.test(tokens[i].lower) && !/^['’]s$/.test(tokens[i + 1]?.lower ?? ""))
      tokens[i].pos = "ADV";
  // a demonstrative before a noun that no verb follows points: "hit that city", not "said that city officials were"
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!/^(that|this)$/.test(tokens[i].lower) || tokens[i].pos === "DET" || tokens[i + 1].pos !== "NOUN") continue;
    let j = i + 1;
    while (j < tokens.length && tokens[j].pos === "NOUN") j++;
    if (!/^(VERB|AUX)$/.test(tokens[j]?.pos ?? "")) tokens[i].pos = "DET";
  }
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    // a capitalised word inside a formation's name after its number or article is part of the name: "the 25th
    // Combined Arms Army", "the United Nations"
    if (
      t.pos === "VERB" &&
      /^\p{Lu}\p{Ll}/u.test(t.text) &&
      (/^\d+(?:st|nd|rd|th)$/i.test(tokens[i - 1].text) || tokens[i - 1].pos === "DET") &&
      tokens[i + 1]?.pos === "PROPN"
    ) {
      t.pos = "PROPN";
      continue;
    }
    // a bearing after a noun heads the phrase that places it: "lines south of X", "positions 3 km east of Y" (the
    // tagger reads "south" there as an adverb and ends the phrase before it)
    if (
      t.pos === "ADV" &&
      /^(?:north|south|east|west)(?:-?(?:east|west))?$/.test(t.lower) &&
      tokens[i + 1]?.lower === "of" &&
      // (not after a name: "Andriivka south of Bakhmut" locates the name, as an apposition would)
      tokens[i - 1].pos === "NOUN"
    ) {
      t.pos = "NOUN";
      continue;
    }
    // "to" before a past participle is a preposition, the participle an adjective: an infinitive takes the bare form
    // ("moved to prepared positions", "returned to liberated villages", "fled to occupied territory")
    if (
      t.pos === "VERB" &&
      /ed$/.test(t.lower) &&
      t.lemma !== t.lower &&
      tokens[i - 1].lower === "to" &&
      /^(NOUN|ADJ|PROPN)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      tokens[i - 1].pos = "ADP";
      t.pos = "ADJ";
      continue;
    }
    // -ing words that before a noun or a number are adjectives, whatever the tagger says ("surrounding areas",
    // "neighbouring villages", "the remaining troops", "the remaining 300 square kilometres", "ongoing battles")
    // (not after a noun: "units defending Bakhmut" defend)
    if (
      t.pos === "VERB" &&
      ING_ADJECTIVES.has(t.lower) &&
      // (nor after an auxiliary: "has been attacking Kyiv" is a progressive)
      !/^(NOUN|PROPN|PRON|AUX)$/.test(tokens[i - 1].pos) &&
      /^(NOUN|ADJ|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      t.pos = "ADJ";
      continue;
    }
    // ("infantry fighting vehicles", "a landing ship": the kind of vehicle)
    if (
      (/^(?:fighting|tracked|wheeled)$/.test(t.lower) && /^vehicles?$/.test(tokens[i + 1]?.lower ?? "")) ||
      (t.lower === "landing" && LANDED.test(tokens[i + 1]?.lower ?? ""))
    ) {
      t.pos = "ADJ";
      continue;
    }
    // the -ing form after the object of a verb of seeing is that object's verb: "footage shows a tank burning",
    // "drones filmed troops leaving the village"
    if (
      t.pos === "NOUN" &&
      /^[a-z]+ing$/.test(t.text) &&
      /^(NOUN|PROPN)$/.test(tokens[i - 1].pos) &&
      tokens.slice(0, i - 1).some((x) => x.pos === "VERB" && SEEING.has(lemmaOf(x)))
    ) {
      t.pos = "VERB";
      continue;
    }
    if (
      t.pos === "VERB" &&
      ED_ADJECTIVES.test(t.lower) &&
      tokens[i - 1].pos !== "PRON" &&
      /^(NOUN|ADJ|PROPN)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      t.pos = "ADJ";
      continue;
    }
    if (
      t.pos === "VERB" &&
      (COMPOUND_HEADS.has(t.lower) ||
        // ("a bus stop": after an article and a noun; "troops stop" stops)
        (/^stops?$/.test(t.lower) && i > 1 && /^(DET|ADP)$/.test(tokens[i - 2].pos))) &&
      (tokens[i - 1].pos === "NOUN" || tokens[i - 1].pos === "ADJ")
    ) {
      t.pos = "NOUN";
      continue;
    }
    // "…, regional officials report.", "…, the ministry claims": a saying verb closing a sentence after its subject
    // (the tagger reads "report", "claims" there as nouns)
    if (
      t.pos === "NOUN" &&
      /^(?:report|claim|say|state|note|add|confirm|estimate|assess|believe)s?$/.test(t.lower) &&
      /^(NOUN|PROPN)$/.test(tokens[i - 1].pos) &&
      // (or with where it said so after it: "…, the brigade reports on its Telegram channel.")
      (((/^[.,;!]?$/.test(tokens[i + 1]?.text ?? "") ||
        (/^(on|in|via)$/.test(tokens[i + 1]?.lower ?? "") && !stopAfter[i + 1])) &&
        tokens.slice(Math.max(0, i - 7), i - 1).some((x) => x.text === ",")) ||
        // ("the enemy claims that …", "the occupiers claim they …": a saying verb before its clause)
        (/^(that|they|he|she|we|it)$/.test(tokens[i + 1]?.lower ?? "") &&
          /^(claims?|says?|states?|reports?|notes?|adds?|confirms?|insists?|admits?|allege|alleges)$/.test(t.lower) &&
          // (not the object of a verb before it: "denied Russian claims that …")
          !claimNounObject(tokens, i)))
    ) {
      t.pos = "VERB";
      continue;
    }
    // "…, informs the spokesman of X", "…, communicates press-service of Y": a saying verb inverted after a comma,
    // as machine translation renders the Ukrainian and Russian press's closing attribution
    if (
      t.pos === "NOUN" &&
      /^(informs|communicates|reports|writes|notes|specifies|says|adds|stresses)$/.test(t.lower) &&
      tokens[i - 1].text === "," &&
      /^(DET|NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? "") &&
      !verbAfter[i + 1]
    ) {
      t.pos = "VERB";
      t.lemma = t.lower.replace(/sses$/, "ss").replace(/s$/, "");
      continue;
    }
    // "Russia claims full control of X", "the enemy denies losses": a third-person saying verb after its subject,
    // the clause's only verb (with a verb after it, it is a noun: "Russian claims were denied")
    if (
      t.pos === "NOUN" &&
      /^(claims|says|reports|announces|insists|admits|denies|acknowledges)$/.test(t.lower) &&
      /^(NOUN|PROPN)$/.test(tokens[i - 1].pos) &&
      /^(DET|ADJ|NOUN|PROPN|NUM)$/.test(tokens[i + 1]?.pos ?? "") &&
      clauseHasNoVerb(tokens, i)
    ) {
      t.pos = "VERB";
      continue;
    }
    // ("whoever retreats": a free relative's verb, read as a noun)
    if (t.pos === "NOUN" && /^(?:whoever|whatever)$/.test(tokens[i - 1].lower) && /s$/.test(t.lower)) {
      t.pos = "VERB";
      continue;
    }
    // a present verb of holding or attacking the tagger read as a noun after a plural subject, before its object:
    // "Russian forces control the northern part of X", "Ukrainian troops hold the line"
    if (
      t.pos === "NOUN" &&
      /^(control|controls|hold|holds|occupy|occupies|attack|attacks|shell|shells|storm|storms)$/.test(t.lower) &&
      tokens[i - 1].pos === "NOUN" &&
      /s$/.test(tokens[i - 1].lower) &&
      /^(DET|NUM|PROPN)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      t.pos = "VERB";
      continue;
    }
    // a past form the tagger read as an adjective right after its subject's name, with no verb before it in its
    // clause, is the verb: "Defence Forces of Ukraine liberated settlement X" (machine translation drops articles)
    // (not after a nationality word: "Russian occupied Melitopol" describes the town)
    if (
      t.pos === "ADJ" &&
      /ed$/.test(t.lower) &&
      !ED_ADJECTIVES.test(t.lower) &&
      tokens[i - 1].pos === "PROPN" &&
      !/^(?:russian|ukrainian|belarusian|pro-russian|soviet)$/.test(tokens[i - 1].lower) &&
      /^(NOUN|PROPN|DET|NUM)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      let b = i - 1;
      while (b >= 0 && tokens[b].text !== "," && tokens[b].pos !== "VERB" && tokens[b].pos !== "AUX") b--;
      if (b < 0 || tokens[b].text === ",") {
        t.pos = "VERB";
        continue;
      }
    }
    // a hyphenated compound is one word: "US-made", "self-propelled", "Russian-occupied"
    if (
      (t.pos === "VERB" || t.pos === "NOUN") &&
      tokens[i - 1].text === "-" &&
      tokens[i - 1].end === t.start &&
      i > 1 &&
      tokens[i - 2].end === tokens[i - 1].start &&
      (/ing$/.test(t.lower) || isParticiple(t))
    ) {
      t.pos = "ADJ";
      continue;
    }
    // an -ing form before its object is a verb: after a comma (", wounding 16 people"), after a form of be (the
    // progressive: "has been attacking Kyiv") or after another verb (a gerund: "denied striking the hospital")
    if (
      t.pos !== "VERB" &&
      /^[a-z]+ing$/.test(t.text) &&
      /^(NUM|DET|PROPN|PRON)$/.test(tokens[i + 1]?.pos ?? "") &&
      (tokens[i - 1].text === "," ||
        (t.pos === "ADJ" &&
          (/^(be|been|is|are|was|were|being)$/.test(tokens[i - 1].lower) || tokens[i - 1].pos === "VERB")) ||
        // (after a preposition: "blamed Russia for striking a hospital"; not "from neighbouring Belarus")
        (t.pos === "ADJ" && tokens[i - 1].pos === "ADP" && !ING_ADJECTIVES.has(t.lower)))
    ) {
      t.pos = "VERB";
      continue;
    }
    // an -ing form joined by "and" to a participle clause is its second deed: ", damaging a school and wounding
    // five people" (the clause runs back to its comma without a finite verb)
    if (t.pos !== "VERB" && /^[a-z]+ing$/.test(t.text) && /^(and|or)$/.test(tokens[i - 1].lower)) {
      // (a clause of a few words: the walk back stops within 20 tokens, so a long list of "and"s stays linear)
      let b = i - 2;
      const stop = Math.max(0, i - 20);
      while (b > stop && tokens[b].text !== "," && !(tokens[b].pos === "VERB" && /ing$/.test(tokens[b].lower))) {
        if (tokens[b].pos === "AUX" || (tokens[b].pos === "VERB" && !isParticiple(tokens[b]))) b = 0;
        b--;
      }
      if (b > 0 && tokens[b].pos === "VERB" && tokens[b - 1].text === ",") {
        t.pos = "VERB";
        continue;
      }
    }
    // an -ing form after a modifier and before the verb is the subject noun: "Ukrainian shelling had killed four",
    // "the bombing continued"
    if (
      t.pos === "VERB" &&
      /^[a-z]+ing$/.test(t.text) &&
      /^(ADJ|PROPN|DET)$/.test(tokens[i - 1].pos) &&
      /^(AUX|VERB)$/.test(tokens[i + 1]?.pos ?? "") &&
      !/ing$/.test(tokens[i + 1]?.lower ?? "")
    ) {
      t.pos = "NOUN";
      continue;
    }
    // an -ing form between a modifier and its noun describes it: "Russian occupying forces", "the advancing troops"
    if (
      t.pos === "VERB" &&
      /ing$/.test(t.lower) &&
      /^(ADJ|PROPN|DET)$/.test(tokens[i - 1].pos) &&
      /^(NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? "")
    ) {
      t.pos = "ADJ";
      continue;
    }
    // a past form right after its subject and before its object is a verb, however tagged
    // ("forces retook three villages")
    if (
      t.pos !== "VERB" &&
      /^[a-z]/.test(t.text) &&
      (/ed$/.test(t.lower) || PAST_FORMS.has(t.lower)) &&
      /^(NOUN|PROPN|PRON)$/.test(tokens[i - 1].pos) &&
      (/^(DET|NUM|PROPN|ADP|PRON)$/.test(tokens[i + 1]?.pos ?? "") ||
        // ("forces retook several streets": an irregular past form before an adjective too)
        (PAST_FORMS.has(t.lower) && tokens[i + 1]?.pos === "ADJ")) &&
      !BE.has(t.lower)
    ) {
      t.pos = "VERB";
      continue;
    }
    // so is a past form after a relative pronoun and its clause's subject, whatever follows: the object is the
    // pronoun ("Kherson, which Ukrainian troops retook earlier this month, …")
    if (t.pos !== "VERB" && /^[a-z]/.test(t.text) && (/ed$/.test(t.lower) || PAST_FORMS.has(t.lower))) {
      let j = i - 1;
      while (j > i - 5 && j > 0 && /^(NOUN|PROPN|ADJ|DET|NUM)$/.test(tokens[j].pos)) j--;
      if (j < i - 1 && /^(which|whom)$/.test(tokens[j].lower) && /^(NOUN|PROPN)$/.test(tokens[i - 1].pos)) {
        t.pos = "VERB";
        continue;
      }
    }
    if (t.pos === "VERB" || !isParticiple(t) || !/^[a-z]/.test(t.text) || BE.has(t.lower) || HAVE.has(t.lower))
      continue;
    let j = i - 1;
    while (j >= 0 && (tokens[j].pos === "ADV" || QUOTES.has(tokens[j].text))) j--;
    // after a form of be ("was retaken") or of have ("had liberated", which wink may tag as an adjective)
    if (
      j >= 0 &&
      (BE.has(tokens[j].lower) || HAVE.has(tokens[j].lower)) &&
      (tokens[j].pos === "AUX" || tokens[j].pos === "VERB")
    )
      t.pos = "VERB";
  }
}

/** "at least", "more than", "up to", "over", "about" before a number belong to the phrase it counts. */
function quantityPrefix(tokens: GToken[], k: number): number {
  const w = (o: number) => tokens[k + o]?.lower ?? "";
  const num = (o: number) =>
    tokens[k + o]?.pos === "NUM" || /^(a|an|one|dozens|hundreds|thousands|half|third|quarter|most|part)$/.test(w(o));
  if (/^(at|more|less|fewer|up)$/.test(w(0)) && /^(least|most|than|to)$/.test(w(1)) && num(2)) return 2;
  if (/^(over|about|around|nearly|almost|roughly|approximately|some|only|just)$/.test(w(0)) && num(1)) return 1;
  return 0;
}

/**
 * A participle inside a noun phrase, after its determiner or a modifier and before the noun it describes:
 * "their damaged tank", "an abandoned Russian carrier", "the newly liberated villages".
 */
function modifyingParticiple(tokens: GToken[], j: number, from: number, limit: number): boolean {
  const t = tokens[j];
  if (t.pos !== "VERB" || j + 1 >= limit || !(isParticiple(t) || /ing$/.test(t.lower))) return false;
  // (opening the phrase right after a preposition: "in occupied Enerhodar", "from liberated villages")
  if (j <= from) return j > 0 && tokens[j - 1].pos === "ADP" && /^(NOUN|PROPN)$/.test(tokens[j + 1].pos);
  // (an adverb between is stepped over: "the completely destroyed microdistrict", "the recently liberated town")
  let b = j - 1;
  while (b > from && tokens[b].pos === "ADV") b--;
  // (so too after a preposition: "in temporarily occupied Melitopol", "from newly liberated villages")
  if (b === from && tokens[b].pos === "ADV")
    return b > 0 && tokens[b - 1].pos === "ADP" && /^(NOUN|PROPN)$/.test(tokens[j + 1].pos);
  const before = tokens[b].pos,
    after = tokens[j + 1].pos;
  return (
    (before === "DET" ||
      before === "ADJ" ||
      before === "NUM" ||
      // (a nationality the tagger calls a name is an adjective: "Russian mobilised men")
      (before === "PROPN" && NATIONALITY.test(tokens[b].lower)) ||
      (before === "PRON" && POSSESSIVE.test(tokens[b].lower))) &&
    (after === "NOUN" || after === "PROPN" || after === "ADJ")
  );
}
const POSSESSIVE = /^(its|their|our|his|her|my|your)$/;
// a nationality the tagger may call a name, an adjective before a participle: "Russian mobilised men"
const NATIONALITY = /^(?:russian|ukrainian|belarusian|chechen)$/;
/** "denied Russian claims that …": a noun of saying after a nationality word that a verb, a preposition, an article or
 * an adjective precedes is an object, whatever the tagger says */
function claimNounObject(tokens: GToken[], i: number): boolean {
  return (
    CONTENT_NOUN.test(tokens[i].lower) &&
    i >= 2 &&
    NATIONALITY.test(tokens[i - 1].lower) &&
    /^(VERB|ADP|DET|ADJ)$/.test(tokens[i - 2].pos)
  );
}
// nouns of saying and knowing whose that-clause is their content: "claims that X fell", "fears that Y may be next"
const CONTENT_NOUN = new RegExp(
  String.raw`^(?:claims?|reports?|assertions?|allegations?|statements?|rumou?rs?|news|information|fears?|` +
    String.raw`confirmation|evidence|signs?|suggestions?|denials?|word|assurances?|indications?)$`,
);

// the index of a sentence's first verb (cached per token list: asked for each list member)
const firstVerbs = new WeakMap<GToken[], number>();
const firstVerb = (tokens: GToken[]) => {
  let k = firstVerbs.get(tokens);
  if (k === undefined) {
    k = tokens.findIndex((x) => x.pos === "VERB");
    if (k < 0) k = tokens.length;
    firstVerbs.set(tokens, k);
  }
  return k;
};

// Scare quotes and a short gloss in brackets sit inside a phrase, which goes on after them: "shelled the 'mirny'
// (civilian) quarters of X", "hit the “Epicentr” hypermarket". (A bracket the phrase ends at is an apposition,
// read elsewhere: "X (Y), Z and W".)
function quoteInside(tokens: GToken[], j: number, limit: number): boolean {
  const next = tokens[j + 1];
  return (
    QUOTES.has(tokens[j].text) &&
    j + 1 < limit &&
    NP_POS.has(tokens[j - 1].pos) &&
    !!next &&
    ((NP_POS.has(next.pos) && next.pos !== "DET") || next.text === "(")
  );
}
/** The token after the gloss "( a few words )" at j when the phrase goes on after it, else 0. */
function glossInside(tokens: GToken[], j: number, limit: number): number {
  if (tokens[j].text !== "(") return 0;
  let e = j + 1;
  while (e < limit && e <= j + 4 && NP_POS.has(tokens[e].pos) && tokens[e].pos !== "DET") e++;
  const after = tokens[e + 1];
  if (e === j + 1 || e >= limit || tokens[e].text !== ")" || e + 1 >= limit) return 0;
  return NP_POS.has(after.pos) && after.pos !== "DET" && /^\p{Ll}/u.test(after.text) ? e + 1 : 0;
}

/** The noun phrase that starts at token i: its span, head and (for a coordination list) its members. */
export function nounPhrase(tokens: GToken[], i: number, limit = tokens.length): Phrase | null {
  const one = (k: number): { end: number; head: number; inner?: number } | null => {
    // (scare quotes open some: "attacks on “critical infrastructure”")
    if (k + 1 < limit && QUOTES.has(tokens[k].text) && NP_POS.has(tokens[k + 1].pos)) k++;
    let j = k + quantityPrefix(tokens, k);
    // a possessive pronoun or determiner may open it ("its units", "the town")
    if (
      j < limit &&
      (tokens[j].pos === "DET" ||
        (tokens[j].pos === "PRON" && /^(its|their|our|his|her|my|your)$/.test(tokens[j].lower)))
    )
      j++;
    let head = -1;
    // adverbs inside ("the strategically important town"), hyphens and possessive 's glue the phrase
    // (but "such as" opens the phrase's examples: "towns such as A and B")
    while (
      j < limit &&
      !(j > k && tokens[j].lower === "such" && tokens[j + 1]?.lower === "as") &&
      (NP_POS.has(tokens[j].pos) ||
        (tokens[j].pos === "ADV" &&
          j + 1 < limit &&
          ((NP_POS.has(tokens[j + 1].pos) && tokens[j + 1].pos !== "DET") ||
            modifyingParticiple(tokens, j + 1, k, limit))) ||
        modifyingParticiple(tokens, j, k, limit) ||
        tokens[j].text === "-" ||
        (tokens[j].pos === "ADV" && tokens[j + 1]?.text === "-") ||
        (j > k && quoteInside(tokens, j, limit)) ||
        (j > k && glossInside(tokens, j, limit) > 0) ||
        ((tokens[j].lower === "'s" || tokens[j].lower === "’s") && tokens[j].pos === "PART"))
    ) {
      if (tokens[j].pos === "DET" && j > k) break;
      if (j > k && tokens[j].text === "(") {
        j = glossInside(tokens, j, limit);
        continue;
      }
      if (tokens[j].pos !== "ADV" && tokens[j].pos !== "PUNCT") head = j;
      j++;
      // (counts joined before one noun are one phrase: "14 and 9 explosions", "two or three tanks")
      if (
        tokens[j - 1].pos === "NUM" &&
        j + 1 < limit &&
        /^(and|or)$/.test(tokens[j].lower) &&
        tokens[j + 1].pos === "NUM"
      )
        j++;
      // (and common nouns joined before the one they modify: "under mortar and drone fire", "a missile and drone
      // attack")
      const common = (x: GToken | undefined) => x?.pos === "NOUN" && /^\p{Ll}/u.test(x.text);
      if (
        common(tokens[j - 1]) &&
        j + 2 < limit &&
        /^(and|or)$/.test(tokens[j].lower) &&
        common(tokens[j + 1]) &&
        common(tokens[j + 2])
      )
        j++;
    }
    if (head < 0) return null;
    // "the village of X", "the outskirts of X": the of-phrase belongs to a place or part noun
    // (and so does a name's: "the Armed Forces of Ukraine", "the Ministry of Defence of the Russian Federation")
    const named = (x: number) =>
      x < limit &&
      (/^\p{Lu}/u.test(tokens[x].text) || (tokens[x].lower === "the" && /^\p{Lu}/u.test(tokens[x + 1]?.text ?? "")));
    const proper = tokens[head].pos === "PROPN" && /^\p{Lu}/u.test(tokens[head].text) && named(j + 1);
    // (not the ones a settlement is cleared of: "cleared the village of the occupiers" holds two phrases)
    // (and after a name, forces a side word or two describes: "cleared the plant in X of Russian troops")
    let whom = j + 1 < limit && /^(the|all|any|enemy)$/.test(tokens[j + 1].lower) ? j + 2 : j + 1;
    if (proper) while (whom < limit && whom < j + 3 && /^(?:ADJ|PROPN)$/.test(tokens[whom].pos)) whom++;
    const cleared =
      (SETTLEMENT_NOUN.test(tokens[head].lower) || proper) && whom < limit && CLEARED_OF.test(tokens[whom].lower);
    // (as does the area a place has round it: "the area around X")
    const round =
      /^(?:around|near)$/.test(tokens[j]?.lower ?? "") && /^(?:area|areas|vicinity)$/.test(tokens[head].lower);
    if (
      j + 1 < limit &&
      (tokens[j].lower === "of" || round) &&
      (OF_HEADS.has(tokens[head].lower) || proper || round) &&
      !cleared
    ) {
      const inner = one(j + 1);
      if (inner) return { end: inner.end, head: inner.head, inner: j + 1 };
    }
    return { end: j, head };
  };
  // a personal pronoun is a phrase of its own: "captured it", "drove them out"
  if (tokens[i].pos === "PRON" && /^(it|them|they|him|her|us|we|he|she|this|these|those)$/.test(tokens[i].lower)) {
    return {
      start: tokens[i].start,
      end: tokens[i].end,
      head: i,
      members: [{ start: tokens[i].start, end: tokens[i].end }],
    };
  }
  const first = one(i);
  if (!first) return null;
  // a place noun with its name in apposition is one phrase: "in the capital, Kyiv", "the regional centre, Sumy"
  if (
    first.end + 1 < limit &&
    tokens[first.end].text === "," &&
    /^(capital|city|town|village|port|centre|center|settlement)$/.test(tokens[first.head].lower) &&
    tokens[first.end + 1].pos === "PROPN" &&
    /^\p{Lu}/u.test(tokens[first.end + 1].text)
  ) {
    let e = first.end + 1;
    while (e + 1 < limit && tokens[e + 1].pos === "PROPN" && /^\p{Lu}/u.test(tokens[e + 1].text)) e++;
    // (the name closes the apposition: not "… of the city, Luhansk governor X said")
    if (e + 1 >= limit || /^(PUNCT|ADP|CCONJ)$/.test(tokens[e + 1].pos)) {
      first.end = e + 1;
      first.head = e;
    }
  }
  type Member = Span & { from: number; end_: number; head: number; conj: boolean; named: boolean; andOr: boolean };
  const members: Member[] = [];
  let closedBy = false,
    unnamed = 0;
  let end = first.end;
  // (a list of counts is a list too, named or not: "lost two tanks, three IFVs and 30 soldiers")
  const counts = (from: number, to: number) =>
    tokens.slice(from, Math.min(to, from + 3)).some((x) => x.pos === "NUM" || /^(?:a|an)$/.test(x.lower));
  const counted = tokens.slice(i, Math.min(first.end, i + 3)).some((x) => x.pos === "NUM");
  // coordination and lists: ", X", "and X", "as well as X", ": X, Y and Z", "namely X", "including X", a parenthetical
  // after a member "(… raion)" stepped over; only members that open with a capital go in (names, not clauses)
  for (let guard = 0; guard < 40 && end < limit; guard++) {
    let k = end;
    // (square brackets too: an editor's "[Zaporizhzhia region]")
    if (tokens[k].text === "(" || tokens[k].text === "[") {
      const close = tokens[k].text === "(" ? ")" : "]";
      let d = k;
      while (d < limit && d - k < 12 && tokens[d].text !== close) d++;
      if (d < limit && tokens[d].text === close) {
        end = d + 1;
        k = end;
        if (k >= limit) break;
      } else break;
    }
    // a member's own region: "A and B in Donetsk region, and C in Zaporizhzhia region"
    if (tokens[k].lower === "in" && k + 1 < limit) {
      let r = k + 1;
      while (
        r < limit &&
        r - k < 6 &&
        tokens[r].pos !== "PUNCT" &&
        !/^(region|oblast|district|raion|province)$/i.test(tokens[r].lower)
      )
        r++;
      if (
        r < limit &&
        /^(region|oblast|district|raion|province)$/i.test(tokens[r].lower) &&
        r + 1 < limit &&
        (/^(,|and|or)$/.test(tokens[r + 1].lower) || listGoesOnAt(tokens, r + 1))
      ) {
        end = r + 1;
        k = end;
      }
    }
    let conj = false;
    if (tokens[k].text === ":" || tokens[k].text === "–" || tokens[k].text === "—") {
      k++;
      conj = true;
    } else if (tokens[k].text === ",") k++;
    else if (listGoesOnAt(tokens, k)) {
      k++;
      conj = true;
    }
    if (k < limit && /^(and|or|&|namely|including|like)$/.test(tokens[k].lower)) {
      k++;
      conj = true;
    } else if (
      k + 2 < limit &&
      tokens[k].lower === "as" &&
      tokens[k + 1].lower === "well" &&
      tokens[k + 2].lower === "as"
    ) {
      k += 3;
      conj = true;
    } else if (k + 1 < limit && tokens[k].lower === "such" && tokens[k + 1].lower === "as") {
      k += 2;
      conj = true;
    } else if (
      k + 1 < limit &&
      /^(they|these)$/.test(tokens[k].lower) &&
      /^(are|were|include)$/.test(tokens[k + 1].lower)
    ) {
      k += 2;
      conj = true;
    }
    if (k === end || k >= limit) break;
    const next = one(k);
    if (!next) break;
    // (", and X told CNN…": after a verb, a phrase with its own verb opens a clause, it is no member; so does one
    // whose own phrase comes between, ", and officials in occupied X said …")
    let a = next.end;
    if (a + 1 < limit && tokens[a].pos === "ADP" && tokens[a].lower !== "of") {
      const pp = one(a + 1 + (DESCRIBING_PARTICIPLE.test(tokens[a + 1].lower) ? 1 : 0));
      if (pp) a = pp.end;
    }
    const after = tokens[next.end];
    const verbAfter = tokens[a];
    if (
      conj &&
      tokens[k - 2]?.text === "," &&
      verbAfter?.pos === "VERB" &&
      !/ing$/.test(verbAfter.lower) &&
      firstVerb(tokens) < i
    )
      break;
    // only members that name something ("the small town of Girnyk", "the entire Kiev region"), not clauses; a
    // common noun among them is stepped over when a named member follows: "A, its meat plant and the village of B"
    const named =
      tokens.slice(k, next.end).some((x) => /^\p{Lu}/u.test(x.text) && x.pos !== "DET") ||
      // (a count with a verb after it opens a clause: "killed two and 30 were wounded")
      (counted && counts(k, next.end) && !/^(?:VERB|AUX)$/.test(after?.pos ?? ""));
    if (!named && ++unnamed > 2) break;
    if (named) unnamed = 0;
    members.push({
      start: tokens[k].start,
      end: tokens[next.end - 1].end,
      from: k,
      end_: next.end,
      head: next.head,
      conj,
      named,
      andOr: conj && /^(and|or)$/.test(tokens[k - 1].lower),
    });
    end = next.end;
  }
  // (a list ends at its last named member; an unnamed one after "and" closes it: "A, B, C and dozens of villages
  // around them")
  let lastNamed = members.length - 1;
  while (lastNamed >= 0 && !members[lastNamed].named) lastNamed--;
  closedBy = lastNamed + 1 < members.length && members[lastNamed + 1].andOr;
  members.length = lastNamed + 1;
  // "A, B and C" is a list; "Odesa, Ukraine's largest port" is an apposition, not a second member: members
  // joined by commas alone count only up to the last one a conjunction, colon or list word joins
  let last = -1;
  for (let m = 0; m < members.length; m++) if (members[m].conj) last = m;
  // (names joined by commas past the last conjunction still list when a conjunction joined names before them:
  // "from A to B, C region, D and E, F region, G region and the entire south")
  const nameLike = (a: number, b: number) =>
    tokens.slice(a, b).every((x) => /^\p{Lu}/u.test(x.text) || REGION_NOUN.test(x.lower) || x.text === "-");
  // (or its of-phrase is: "control of A, B, C and the salt mines")
  const firstNamed = nameLike(i, first.end) || (first.inner !== undefined && nameLike(first.inner, first.end));
  if (last >= 0 || (closedBy && firstNamed))
    for (let m = last + 1; m < members.length && nameLike(members[m].from, members[m].end_); m++)
      if (firstNamed && members.slice(0, last + 1).every((x) => nameLike(x.from, x.end_))) last = m;
  const kept = members.slice(0, last + 1);
  const tail = kept.length ? kept[kept.length - 1] : { end_: first.end, head: first.head };
  return {
    start: tokens[i].start,
    end: tokens[tail.end_ - 1].end,
    head: tail.head,
    members: [
      { start: tokens[i].start, end: tokens[first.end - 1].end },
      ...kept.map((x) => ({ start: x.start, end: x.end })),
    ],
  };
}

/**
 * A restrictive relative clause (no comma before its pronoun) ends at a finite verb or auxiliary that comes right
 * after a noun, once the clause has had a verb of its own and says nothing reported ("who said troops were …"; the
 * caller keeps those two facts as it goes).
 */
function restrictiveEnds(tokens: GToken[], from: number, i: number): boolean {
  const t = tokens[i];
  if (!/^(who|which|that)$/.test(tokens[from].lower) || tokens[from - 1]?.text === ",") return false;
  if (!(t.pos === "AUX" || (t.pos === "VERB" && !/ing$/.test(t.lower)))) return false;
  // (or on an adverb of place or time: "a marine who fought there told the BBC"; or on its verb's particle: "two
  // drones that got through hit X")
  const particle =
    (PARTICLES.has(tokens[i - 1].lower) || tokens[i - 1].lower === "through") && tokens[i - 2]?.pos === "VERB";
  return (
    /^(NOUN|PROPN|NUM)$/.test(tokens[i - 1].pos) ||
    /^(there|here|then|earlier|ago)$/.test(tokens[i - 1].lower) ||
    particle
  );
}

/** Whether a finite verb at i ends the infinitive that completes a subject's noun ("attempts to advance … were"). */
// (`plain`: the noun opens the sentence's subject, nothing before it but its determiners, modifiers and by-phrase;
// kept by the caller as it goes, so that the check is constant time)
function complementEnds(tokens: GToken[], from: number, i: number, plain: boolean): boolean {
  if (!plain || tokens[from].lower !== "to" || !/^(NOUN|PROPN)$/.test(tokens[from - 1].pos)) return false;
  const t = tokens[i];
  if (i <= from + 2 || tokens[i - 1].lower === "to") return false;
  return (
    (t.pos === "AUX" && /^(was|were|is|are|has|have|had)$/.test(t.lower)) || (t.pos === "VERB" && /ed$/.test(t.lower))
  );
}

/** A noun phrase of a few words, then a verb or an auxiliary: a clause's subject and its verb. */
function subjectAndVerbAt(tokens: GToken[], i: number): boolean {
  let k = i;
  while (k < tokens.length && k - i <= 6 && /^(DET|ADJ|PROPN|NOUN|NUM|PRON)$/.test(tokens[k].pos)) k++;
  if (k === i || /^(DET|ADJ)$/.test(tokens[k - 1].pos) || /^(which|who|that)$/i.test(tokens[i].text)) return false;
  return /^(VERB|AUX)$/.test(tokens[k]?.pos ?? "") && tokens[k].lower !== "to";
}

// "as" opens a clause when a subject and its finite verb follow ("pounded X as Ukrainian artillery hit Y"), not
// in "such as", "as well as", "as a result" or "served as a base"
function asClause(tokens: GToken[], i: number): boolean {
  if (/^(?:such|well|same|so|known|just)$/.test(tokens[i - 1].lower)) return false;
  // (an aside inside a verb group is stepped over elsewhere: "X was, as commanders had predicted, abandoned")
  if (tokens[i - 1].text === "," && /^(AUX|ADV)$/.test(tokens[i - 2]?.pos ?? "")) return false;
  return subjectAndVerbAt(tokens, i + 1);
}

/** Whether the noun phrase ending at `last` opens a clause joined by ", and" or ", but" (a bounded look back). */
function afterClauseJoin(tokens: GToken[], last: number, from: number): boolean {
  let k = last;
  while (k - 1 >= from && last - k < 6 && (NP_POS.has(tokens[k - 1].pos) || /^['’]s$/.test(tokens[k - 1].lower))) k--;
  return k - 2 >= from && /^(and|but)$/.test(tokens[k - 1].lower) && tokens[k - 2].text === ",";
}

/**
 * Whether the semicolon at `k` goes on with a list instead of opening a clause: the group before it closes on its
 * region, and the one after opens with a name and closes on its region or the sentence's end before any verb, as
 * bulletins group places ("A and B in X region; C and D in Y region; E in Z region"). (Looked at over 40 tokens at
 * most: a long sentence stays linear.)
 */
function listGoesOnAt(tokens: GToken[], k: number): boolean {
  if (tokens[k]?.text !== ";") return false;
  // (the group before it closes on its region, bracketed or not: "Russian troops took A; Ukrainian troops, B" is a
  // gapped clause)
  if (!REGION_NOUN.test(tokens[tokens[k - 1]?.text === ")" ? k - 2 : k - 1]?.lower ?? "")) return false;
  // (the next group may open with "and", or with the preposition its members share: "; and near C, D in Y region")
  let n = k + 1;
  if (/^(?:and|or)$/.test(tokens[n]?.lower ?? "")) n++;
  if (/^(?:near|in|at|around)$/.test(tokens[n]?.lower ?? "")) n++;
  if (!/^\p{Lu}/u.test(tokens[n]?.text ?? "")) return false;
  // (the group after it closes on its region too, or on the sentence's end, before any verb: "…; C in Y region,
  // the General Staff said", "…; C in Y region all came under fire")
  for (let q = k + 1; q - k <= 40; q++) {
    if (q >= tokens.length || tokens[q].text === ";") return true;
    if (tokens[q].pos === "VERB" || tokens[q].pos === "AUX") return false;
    if (REGION_NOUN.test(tokens[q].lower) && tokens[q + 1]?.lower !== "of") return true;
  }
  return false;
}

/** The clauses of a sentence: spans split where a subordinator, a relative pronoun or a semicolon opens one. */
function clauses(tokens: GToken[]): (Span & ClauseSpan)[] {
  const out: (Span & ClauseSpan)[] = [];
  let from = 0,
    kind: ClauseKind = "main",
    marker: string | null = null;
  // a sentence may open with its subordinate clause: "After taking Popasna, …", "If the town falls, …"
  if (tokens.length && SUBORD[tokens[0].lower])
    ({ kind, marker } = { kind: SUBORD[tokens[0].lower], marker: tokens[0].lower });
  // ("As Izium marked a year since its liberation, a drone struck …": an as-clause with its verb before the comma)
  else if (tokens[0]?.lower === "as") {
    const comma = tokens.findIndex((x, i) => i > 1 && i < 16 && x.text === ",");
    if (comma > 0 && tokens.slice(1, comma).some((x) => x.pos === "VERB"))
      ({ kind, marker } = { kind: "temporal", marker: "as" });
  }
  const close = (to: number) => {
    if (to > from) out.push({ start: tokens[from].start, end: tokens[to - 1].end, kind, marker, from, to });
  };
  // (kept as the loop goes, so that each check below is constant time: a long sentence stays linear)
  const opensNothing = (x: GToken | undefined) => !!x && !/^(VERB|AUX|PUNCT|SCONJ)$/.test(x.pos);
  let verbInClause = tokens[0]?.pos === "VERB",
    mainVerb = false,
    sayingInClause = false,
    // (no verb, punctuation or subordinator yet before the token, and before the clause that opened last)
    plainSoFar = opensNothing(tokens[0]),
    plainBefore = false;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i],
      prev = tokens[i - 1];
    let opens: { kind: ClauseKind; marker: string | null } | null = null;
    if (t.text === ";") opens = listGoesOnAt(tokens, i) ? null : { kind: "main", marker: null };
    // ("Attempts to advance near X were repelled", "Efforts to storm Y failed": an infinitive after the subject's
    // noun, before any main verb, completes the noun; the finite verb after it is the main clause's, the noun its
    // subject)
    else if (
      kind === "purpose" &&
      !mainVerb &&
      verbInClause &&
      from > 0 &&
      complementEnds(tokens, from, i, plainBefore)
    )
      opens = { kind: "main", marker: "after-complement" };
    else if (from === 0 && kind !== "main" && kind !== "relative" && t.text === ",")
      opens = { kind: "main", marker: null };
    // (so too after an opening with no main verb yet, when a subject and its verb follow: "Like X, which fell in May
    // after its defenders surrendered, Y has been pounded")
    else if (kind !== "main" && t.text === "," && !mainVerb && subjectAndVerbAt(tokens, i + 1))
      opens = { kind: "main", marker: null };
    // (so too after a measure of time before it: "Ten years after X fell, …", "Shortly before the town was hit, …")
    else if (
      kind !== "main" &&
      kind !== "relative" &&
      t.text === "," &&
      from > 0 &&
      from <= 4 &&
      tokens.slice(0, from).every((x) => /^(NUM|NOUN|ADV|ADJ|DET)$/.test(x.pos)) &&
      verbInClause
    )
      opens = { kind: "main", marker: null };
    else if (
      kind !== "main" &&
      t.text === "," &&
      (tokens[i + 1]?.pos === "AUX" ||
        tokens[i + 1]?.pos === "VERB" ||
        (tokens[i + 1]?.pos === "ADV" && /^(AUX|VERB)$/.test(tokens[i + 2]?.pos ?? "")))
    ) {
      // "Kherson, which Russia took in March, was liberated": the main clause goes on
      opens = { kind: "main", marker: "," };
    } else if (
      kind === "relative" &&
      t.text === "," &&
      tokens[i + 1]?.pos === "ADP" &&
      TIME_WORD.test(tokens[i + 2]?.lower ?? "") &&
      tokens.slice(from, i).some((x) => x.pos === "VERB")
    ) {
      // ("hit X, which troops recaptured last year, on Tuesday": a time phrase after the relative clause's comma
      // is the main clause's)
      opens = { kind: "main", marker: "," };
      // (and "X, after weeks of fighting that …, was abandoned")
    } else if (
      SUBORD[t.lower] &&
      (t.pos === "SCONJ" || t.pos === "ADP" || /^(when|if|whoever|whatever)$/.test(t.lower)) &&
      !(t.lower === "since" && tokens[i + 1]?.pos === "NUM")
    ) {
      // "after" and "before" take a clause only when a verb follows soon ("after the town fell", not "after talks")
      // (a verb before the next comma: "since March, was recaptured" is a phrase, not a clause)
      // (nor a verb after a conjunction that ends the phrase: "pushed into X since Tuesday and were fighting near Y"
      // joins the second verb to the main clause)
      let k = i + 1;
      while (k < tokens.length && k - i < 10 && tokens[k].text !== "," && tokens[k].pos !== "CCONJ") k++;
      const verbSoon = tokens.slice(i + 1, k).some((x) => x.pos === "VERB" || x.pos === "AUX");
      if (verbSoon || !/^(after|before|since|until|till)$/.test(t.lower))
        opens = { kind: SUBORD[t.lower], marker: t.lower };
    } else if (
      prev.text === "," &&
      PART_OF_WHICH.test(t.lower) &&
      tokens[i + 1]?.lower === "of" &&
      /^(?:which|whom)$/.test(tokens[i + 2]?.lower ?? "")
    ) {
      // ("14 attacks near X, all of which were repelled": a relative clause that takes a part of its antecedent)
      opens = { kind: "relative", marker: "of-which" };
    } else if (
      RELATIVE.has(t.lower) &&
      (prev.text === "," || prev.pos === "PROPN" || prev.pos === "NOUN") &&
      t.pos !== "DET" &&
      // ("denied Russian assertions that its troops had left X": a that-clause with a subject of its own after a noun
      // of saying or knowing is what was said, no relative clause ("reports that came in" has none))
      !(
        t.lower === "that" &&
        CONTENT_NOUN.test(prev.lower) &&
        tokens[i + 1] &&
        !/^(VERB|AUX|ADV)$/.test(tokens[i + 1].pos)
      ) &&
      // ("said on Saturday that …", "wrote on Telegram that …": a phrase after a saying verb is no antecedent; the
      // that-clause is what was said)
      !(t.lower === "that" && saidBefore(tokens, i))
    ) {
      opens = { kind: "relative", marker: t.lower }; // its antecedent ends before the pronoun (and a comma)
    } else if (kind === "relative" && verbInClause && !sayingInClause && restrictiveEnds(tokens, from, i)) {
      // ("Two men who were clearing debris were killed": the main clause's verb after a restrictive relative one)
      opens = { kind: "main", marker: "after-relative" };
    } else if (t.lower === "but" && prev.text === ",") opens = { kind: "main", marker: null };
    // (", and in Y a bomb struck …" after a subordinate clause with its verb: a place phrase, then a subject and a verb
    // of their own, open the next main clause, no part of the when-clause)
    else if (
      t.lower === "and" &&
      prev.text === "," &&
      kind !== "main" &&
      kind !== "relative" &&
      verbInClause &&
      clauseAhead(tokens, i + 1, tokens.length)
    )
      opens = { kind: "main", marker: null };
    else if (t.lower === "as" && asClause(tokens, i)) opens = { kind: "temporal", marker: "as" };
    else if (
      t.lower === "to" &&
      t.pos === "PART" &&
      tokens[i + 1]?.pos === "VERB" &&
      !(prev.pos === "VERB" || prev.pos === "ADJ" || prev.pos === "AUX")
    ) {
      opens = { kind: "purpose", marker: "to" };
    }
    if (opens) {
      close(i);
      from = i;
      ({ kind, marker } = opens);
      verbInClause = sayingInClause = false;
      plainBefore = plainSoFar;
    }
    if (t.pos === "VERB") {
      verbInClause = true;
      if (kind === "main") mainVerb = true;
    }
    if (i > from && (SAYING.test(t.lower) || t.lower === "that")) sayingInClause = true;
    plainSoFar &&= opensNothing(t);
  }
  close(tokens.length);
  return out;
}

// Irregular past forms and participles of the verbs war reporting uses, for the ones wink leaves as they are.
const IRREGULAR: Record<string, string> = {
  // (the -l- verbs that double it before -ing and -ed: the tagger's lemma keeps both: "repelling" is no "repell")
  repelling: "repel",
  repelled: "repel",
  expelling: "expel",
  expelled: "expel",
  compelling: "compel",
  compelled: "compel",
  took: "take",
  taken: "take",
  retook: "retake",
  retaken: "retake",
  overtook: "overtake",
  overtaken: "overtake",
  shot: "shoot",
  struck: "strike",
  fell: "fall",
  fallen: "fall",
  drove: "drive",
  driven: "drive",
  withdrew: "withdraw",
  withdrawn: "withdraw",
  fled: "flee",
  left: "leave",
  brought: "bring",
  overran: "overrun",
  won: "win",
  lost: "lose",
  broke: "break",
  broken: "break",
  went: "go",
  gone: "go",
  came: "come",
  threw: "throw",
  thrown: "throw",
  blew: "blow",
  blown: "blow",
  beat: "beat",
  beaten: "beat",
  began: "begin",
  begun: "begin",
  sank: "sink",
  sunk: "sink",
  hit: "hit",
  froze: "freeze",
  swept: "sweep",
  held: "hold",
  fought: "fight",
  sent: "send",
  caught: "catch",
  kept: "keep",
};

/**
 * wink lemmatises most verbs; a past form or a present participle it leaves alone is undone by spelling
 * ("liberated", "shelled"; "wounding", "striking").
 */
function lemmaOf(t: GToken): string {
  if (IRREGULAR[t.lower]) return IRREGULAR[t.lower];
  if (t.lemma === t.lower && t.pos === "VERB" && /.{3}ing$/.test(t.lower) && t.lower !== "during") {
    const w = t.lower.slice(0, -3);
    // (and "ced", "reced": "ceding" is no "ced")
    if (/(at|ur|iz|is|ut|iv|ov|ag|uc|ac|ir|ar|in|id|os|us|as|ys|yz|iat|ik|ak|ok|[^e]ed)$/.test(w)) return w + "e";
    return /([bdgmnprt])\1$/.test(w) ? w.slice(0, -1) : w;
  }
  if (t.lemma !== t.lower || !/ed$/.test(t.lower)) return t.lemma;
  const w = t.lower;
  if (/ied$/.test(w)) return w.slice(0, -3) + "y";
  if (/(at|ur|iz|is|ut|iv|ov|ag|uc|ac|ir|ar|in|id|os|us|as|ys|yz|iat)ed$/.test(w)) return w.slice(0, -1);
  if (/([bdgmnprt])\1ed$/.test(w)) return w.slice(0, -3);
  return w.slice(0, -2);
}

/** A verb of saying set off by commas, with its subject before or after it: ", the governor said," */
function parentheticalSaying(tokens: GToken[], p: Predicate): boolean {
  const k = indexAfter(tokens, Math.min(p.start, p.subject?.start ?? p.start), 0);
  return k > 0 && k < tokens.length && tokens[k - 1].text === ",";
}

/** A form of be or have that a verb follows (adverbs and quotes between): an auxiliary, not a predicate. */
function auxiliaryOf(tokens: GToken[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k - i <= 4; k++) {
    if (tokens[k].pos === "VERB") return true;
    if (!(tokens[k].pos === "ADV" || tokens[k].pos === "PART" || QUOTES.has(tokens[k].text))) return false;
  }
  return false;
}

/**
 * Scare quotes around a word or three are no structure of the sentence: "completed the “liberation” of X" parses
 * as "completed the liberation of X". (Quotes around speech are longer, and stay.)
 */
function unquoted(tokens: GToken[]): GToken[] {
  const drop = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    // (an apostrophe opens a quote only with a space before it and a word right after: "claims 'full control'")
    const apostrophe = tokens[i].text === "’" || tokens[i].text === "'";
    const opens = i === 0 || tokens[i - 1].end < tokens[i].start;
    if (!QUOTES.has(tokens[i].text) || (apostrophe && !(opens && tokens[i + 1]?.start === tokens[i].end))) continue;
    let j = i + 1;
    while (j < tokens.length && j - i <= 4 && !QUOTES.has(tokens[j].text) && tokens[j].pos !== "PUNCT") j++;
    if (j < tokens.length && j - i > 1 && j - i <= 4 && QUOTES.has(tokens[j].text)) {
      drop.add(i).add(j);
      i = j;
    }
  }
  return drop.size ? tokens.filter((_, k) => !drop.has(k)) : tokens;
}

/** The grammar of one sentence. `tokens` are its tokens with wink's tags; offsets are absolute. */
const finite = (x: GToken) => x.pos === "AUX" || (x.pos === "VERB" && !/ing$/.test(x.lower));

/**
 * A headline tells past events in the present, and the tagger takes a plural subject's bare verb for a noun:
 * "Russian forces advance near X", "Conscripts desert near Y". In a stretch of the headline with no verb (up to a
 * comma, a colon or a dash), a noun right after a plural noun and before a phrase is that stretch's verb, and so is
 * a participle after a name ("X retaken"). (wink-nlp's tagger is trained on running text, not headlines)
 */
function headlineRetag(tokens: GToken[]): void {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (t && !/^[,:;—–-]$/.test(t.text)) continue;
    const part = tokens.slice(from, i);
    if (!part.some((x) => x.pos === "VERB" || x.pos === "AUX")) {
      for (let k = from + 1; k < i; k++) {
        const [before, here, after] = [tokens[k - 1], tokens[k], tokens[k + 1] ?? tokens[k]];
        // (and a participle the tagger took for a noun after a name: "Klishchiivka retaken — General Staff")
        const participle = /ed$/.test(here.lower) || IRREGULAR_PARTICIPLES.has(here.lower);
        if (here.pos === "NOUN" && /^(PROPN|NOUN)$/.test(before.pos) && participle) {
          here.pos = "VERB";
          break;
        }
        // (a third person's -s after a singular name or noun, before its object: "Ukraine hits Russian landing ship
        // in X", "brigade downs Su-34" — the headline's present tense, no plural noun)
        const singular = before.pos === "PROPN" || (before.pos === "NOUN" && !/s$/.test(before.lower));
        if (here.pos === "NOUN" && singular && /[^s]s$/.test(here.lower) && /^(PROPN|ADJ|NUM|DET)$/.test(after.pos)) {
          here.pos = "VERB";
          break;
        }
        if (here.pos !== "NOUN" || before.pos !== "NOUN" || !/[^s]s$/.test(before.lower)) continue;
        if (!/^(ADP|DET|PROPN|NUM)$/.test(after.pos) || /s$/.test(here.lower)) continue;
        here.pos = "VERB";
        break;
      }
    }
    from = i + 1;
  }
}

// the nouns of trying, whose infinitive is an attempt: "attempts of the enemy to advance", "a bid to take X"
const TRYING = /^(?:attempts?|efforts?|bids?)$/;
// the deeds a place's possessive names what they were done to: "Kherson's liberation", "Bakhmut's fall"
export const DONE_TO_A_PLACE =
  /^(?:liberation|capture|recapture|fall|occupation|encirclement|seizure|shelling|bombardment|bombing|destruction)$/;
// (the forces a headline's verbless part opens on, before where they are)
const FORCES_HEAD = /^(?:troops|forces|units|soldiers|marines|paratroopers|fighters|servicemen|groups)$/;
/**
 * A headline leaves out the copula: "Pushilin: Russian troops in centre of X" says they are there. Where a part of it
 * has no verb and forces stand before "in" or "on", an empty "are" is put back, so the grammar reads the clause the
 * full sentence would give (written here: the tagger has no notion of an elided verb).
 */
function elidedCopula(tokens: GToken[]): void {
  let from = 0;
  for (let i = 0; i <= tokens.length; i++) {
    if (i < tokens.length && !/^[,:;—–-]$/.test(tokens[i].text)) continue;
    const part = tokens.slice(from, i);
    if (!part.some((x) => x.pos === "VERB" || x.pos === "AUX")) {
      for (let k = from + 1; k < i; k++) {
        if (!/^(?:in|inside|on)$/.test(tokens[k].lower) || !FORCES_HEAD.test(tokens[k - 1].lower)) continue;
        const at = tokens[k].start;
        tokens.splice(k, 0, { text: "are", lower: "are", pos: "AUX", lemma: "be", start: at, end: at });
        return;
      }
    }
    from = i + 1;
  }
}

export function parseSentence(span: Span, all: GToken[], headline = false): SentenceGrammar {
  const tokens = unquoted(all);
  retag(tokens);
  if (headline) headlineRetag(tokens);
  if (headline) elidedCopula(tokens);
  const cls = clauses(tokens);
  const clauseAt = (i: number) => cls.find((c) => i >= c.from && i < c.to) ?? cls[0];
  const predicates: Predicate[] = [];
  const dashShared = new Set<number>();
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    // an event noun with its place phrase ("the capture of X", "Russia's withdrawal from X"), however tagged
    // (a counted one stands alone: "there had been at least 15 defections")
    const counted = /^(defections|desertions)$/.test(t.lower) && tokens[i - 1]?.pos === "NUM";
    const noun =
      EVENT_NOUNS.has(t.lower) &&
      i + 1 < n &&
      (counted ||
        /^(of|on|from|against|by|in|to|into|among|with)$/.test(tokens[i + 1].lower) ||
        hosted(tokens, i) ||
        // (or a name's possessive before it, which holds what the of-phrase would: "hailed Kherson's liberation")
        // (deeds done to a place, not by it: "Shakhtar Donetsk's attack" is the team's)
        (i > 1 &&
          /^['’]s$/.test(tokens[i - 1].lower) &&
          tokens[i - 2].pos === "PROPN" &&
          DONE_TO_A_PLACE.test(t.lower))) &&
      (t.pos === "NOUN" ||
        // (a gerund with an of-phrase is a noun however tagged: "Shelling of X by Y continued")
        (/ing$/.test(t.lower) && tokens[i + 1].lower === "of") ||
        (i > 0 && (tokens[i - 1].pos === "DET" || tokens[i - 1].pos === "ADJ" || /^['’]s$/.test(tokens[i - 1].lower))));
    // (a form of be or have that a verb follows is an auxiliary; "are all back under control" is a predicate)
    const copula = t.pos === "AUX" && BE.has(t.lower) && !/^['’]s$/.test(t.lower);
    const verb =
      (t.pos === "VERB" || copula) && !noun && !((BE.has(t.lower) || HAVE.has(t.lower)) && auxiliaryOf(tokens, i));
    if (!verb && !noun) continue;
    const c = clauseAt(i);
    // the auxiliary chain to the left: "has not been", "did not manage to", "will"
    let j = i - 1,
      voice: Voice = "active",
      negated = false,
      setOff = false,
      perceived: Predicate | null = null,
      modality: Modality = null,
      controller: Predicate | undefined,
      objectControl: Phrase | null = null;
    const chain: GToken[] = [];
    let governor: Predicate | undefined;
    let ongoing = false;
    let headlineSubject: Phrase | null = null;
    let outOfRelative = false;
    let chainStart = i;
    if (verb) {
      // (scare quotes around the verb are stepped over: "had been “liberated”", "has 'liberated'")
      const aux = (x: GToken) =>
        x.pos === "AUX" ||
        x.pos === "PART" ||
        x.pos === "ADV" ||
        NEGATORS.has(x.lower) ||
        BE.has(x.lower) ||
        HAVE.has(x.lower) ||
        QUOTES.has(x.text);
      for (let steps = 0; j >= 0 && steps < 8; steps++) {
        if (j >= c.from && aux(tokens[j])) {
          chain.push(tokens[j--]);
          continue;
        }
        // "was, according to the ministry, captured", "was – after two weeks of fighting – liberated": an aside
        // between the auxiliary and the verb is stepped over
        const open = asideOpener(tokens, j);
        if (
          open > 0 &&
          (tokens[open - 1].pos === "AUX" || BE.has(tokens[open - 1].lower) || HAVE.has(tokens[open - 1].lower))
        ) {
          j = open - 1;
          continue;
        }
        break;
      }
      chainStart = j + 1;
      if (chain.some((x) => BE.has(x.lower) || x.lemma === "be" || x.lemma === "get") && isParticiple(t))
        voice = "passive";
      if (chain.some((x) => NEGATORS.has(x.lower) || x.lower === "longer")) negated = true;
      // ("…, not necessarily to take X": an infinitive whose "not" the clause's start split off)
      if (chain.some((x) => x.lower === "to") && j === c.from - 1) {
        let k = j;
        while (k >= 0 && tokens[k].pos === "ADV" && !NEGATORS.has(tokens[k].lower)) k--;
        if (k >= 0 && k >= j - 2 && NEGATORS.has(tokens[k].lower)) negated = true;
      }
      if (chain.some((x) => MODALS_FUTURE.has(x.lower))) modality = "future";
      else if (chain.some((x) => MODALS_POSSIBLE.has(x.lower))) modality = "possible";
      if (chain.some((x) => x.lower === "going") && chain.some((x) => x.lower === "to")) modality = "future";
      // an infinitive takes its meaning from the verb that governs it ("failed to enter", "vowed to retake")
      const to = chain.find((x) => x.lower === "to");
      // (past a count of times: "tried six times to break through" is governed by "tried")
      if (to && /^(?:times|once|twice|again|repeatedly)$/.test(tokens[j]?.lower ?? "")) {
        let k = j - 1;
        if (tokens[k]?.pos === "NUM" || /^(?:several|many|multiple|numerous)$/.test(tokens[k]?.lower ?? "")) k--;
        if (tokens[k]?.pos === "VERB") j = k;
      }
      // (past the doer a noun of trying names: "attempts of the enemy to advance", "an attempt by saboteurs to cross")
      if (to && j > 1 && /^(?:PROPN|NOUN)$/.test(tokens[j].pos)) {
        for (let k = j; k > j - 10 && k >= 1 && (NP_POS.has(tokens[k].pos) || /^(?:of|by)$/.test(tokens[k].lower)); k--)
          if (/^(?:of|by)$/.test(tokens[k].lower) && TRYING.test(tokens[k - 1].lower)) {
            // (and the doer is the one who tries: "attempts of the AFU to regain X" are Ukraine's)
            objectControl = nounPhrase(tokens, k + 1, j + 1);
            j = k - 1;
            // (the tagger takes one that opens a sentence for a name: "Attempts of the enemy to …")
            tokens[j].pos = "NOUN";
            break;
          }
      }
      const gov = to ? tokens[j] : undefined;
      // ("Russian attempts to retake X", "the enemy's bids to cross Y": the phrase of trying names who tries)
      // (those a verb's object, its subject's: "the Russians made two unsuccessful attempts to storm X")
      if (gov && !objectControl && TRYING.test(gov.lower)) {
        const maker = predicates.find(
          (x) => !x.nominal && !!x.object && x.object.start <= gov.start && gov.end <= x.object.end,
        );
        if (maker) controller = maker;
        else objectControl = phraseEndingAt(tokens, j, Math.max(0, j - 5));
      }
      // "To restore order, they …": an infinitive opening its sentence is a purpose, not a deed
      if (to && j < 0) modality = "intent";
      // "the aim is to retake X", "troops were to storm the town at dawn": be with an infinitive is a plan
      const planned = (x: GToken | undefined) => !!x && BE.has(x.lower) && !/^g[eo]t/.test(x.lower);
      if (to && (planned(gov) || chain.some(planned)) && !chain.some((x) => HAVE.has(x.lower))) modality = "intent";
      if (gov && (gov.pos === "VERB" || gov.pos === "ADJ" || gov.pos === "NOUN")) {
        // an infinitive after a noun or an adjective is unrealised ("the failure to seize", "a bid to take",
        // "ready to attack") unless the word says it happened ("able to enter")
        // ("used Grad launchers to fire on X": the instrument of a use verb names a done deed)
        // ("forced Russian troops to withdraw": what a causative verb made happen happened)
        const user =
          gov.pos === "NOUN"
            ? predicates.find(
                (p) =>
                  !p.nominal &&
                  p.head < j &&
                  p.head >= clauseAt(j).from &&
                  (INSTRUMENTAL.has(p.lemma) || CAUSATIVE.has(p.lemma)),
              )
            : undefined;
        const used = !!user;
        // (as done as the use itself: "plans to launch a counteroffensive to liberate X" is a plan)
        if (user) {
          negated ||= user.negated;
          modality ??= user.modality;
        }
        // an infinitive after any other verb is its purpose ("reserves arrived to stop the advance"): not done
        // ("claims to have retaken X", "is said to have destroyed": a perfect infinitive tells a deed done)
        const perfect = chain.some((x) => HAVE.has(x.lower));
        const govPred = predicates.find((p) => p.head === j);
        // ("a decision was taken to regroup", "made the decision to withdraw": decided, as "decided to" is)
        // (and so is a permission given or got, the command's word for a withdrawal it announces: "gave permission
        // to withdraw", "received permission for the manoeuvre to withdraw units from X")
        let permitter: Predicate | undefined;
        const decision =
          (!!govPred &&
            /^(take|make|adopt|reach)$/.test(govPred.lemma) &&
            [govPred.subject, govPred.object].some(
              (x) => !!x && tokens.some((k) => k.start >= x.start && k.end <= x.end && k.lower === "decision"),
            )) ||
          !!(permitter = permitted(tokens, predicates, j));
        // (who gives or gets the permission is the side that leaves: "the command gave permission to withdraw")
        if (permitter) controller = permitter;
        const kind = decision
          ? "inherit"
          : (CONTROL[gov.lemma] ??
            CONTROL[gov.lower] ??
            (TRYING.test(gov.lower) ? "attempt" : undefined) ??
            (used || perfect ? undefined : "intent"));
        governor = govPred;
        // ("continue to liberate X", "began to clear Y": a deed begun or going on is not yet done)
        if (govPred && ASPECTUAL.test(govPred.lemma)) ongoing = true;
        if (kind === "negated") negated = true;
        else if (kind === "intent" || kind === "attempt" || kind === "possible") modality = kind;
        if (govPred && (kind === "inherit" || kind === "intent" || kind === "attempt" || !kind)) {
          negated ||= govPred.negated;
          modality ??= govPred.modality;
        }
        // (a failure still to come is not yet one: "will fail to hold X", "may be unable to keep Y")
        if (govPred && kind === "negated" && (govPred.modality === "future" || govPred.modality === "possible"))
          modality ??= govPred.modality;
      }
      // an imperative, a bare verb opening a sentence or a quotation ("'Take Kharkiv by the summer,' he ordered",
      // "Hold Bakhmut!"), is an order: what it names has not happened
      const bare = chain.every((x) => QUOTES.has(x.text));
      const before = tokens[chainStart - 1];
      const opener =
        chainStart === 0 || QUOTES.has(before?.text ?? "") || (bare && chain.length > 0) || before?.text === ":";
      if (
        opener &&
        bare &&
        t.lower === lemmaOf(t) &&
        /^\p{Lu}/u.test(t.text) &&
        !/(?:ed|ing|s)$/.test(t.lower) &&
        tokens[i + 1]?.lower !== "by" // ("Hit by a missile, the bridge …" is a participle)
      )
        modality ??= "intent";
      if (!chain.length && !modality && mandative(tokens, i)) modality = "demanded";
      // ("analysts expect Russian forces to push towards X", "ordered the brigade to hold Y": after a verb of control
      // and its object, the infinitive takes that verb's meaning)
      // (a headline's "X to do Y" is its future: "Zelensky to visit Kherson", "Ukraine to retake X, commander vows")
      const named = c.from > 0 && /^(PROPN|NOUN)$/.test(tokens[c.from - 1].pos);
      const bareInfinitive = c.kind === "purpose" && chainStart <= c.from + 1;
      if (headline && bareInfinitive && named && !tokens.slice(0, c.from).some(finite)) {
        modality = "intent";
        headlineSubject = phraseEndingAt(tokens, c.from - 1, 0);
      } else if (bareInfinitive) {
        const ctl = predicates.filter((x) => !x.nominal && x.head < c.from).pop();
        const kind = ctl ? CONTROL[ctl.lemma] : undefined;
        // (or with only adverbs between: "tried unsuccessfully to advance")
        const adverbs =
          !!ctl && c.from - ctl.head < 4 && tokens.slice(ctl.head + 1, c.from).every((x) => x.pos === "ADV");
        // ("called on Kyiv to withdraw", "appealed to the troops to lay down arms": the addressee in a phrase)
        const addressee =
          !!ctl &&
          ctl.pps.some(
            (x) => /^(?:on|upon|to)$/.test(x.prep) && x.end <= tokens[c.from].start && x.start > tokens[ctl.head].start,
          );
        if (((ctl?.object && ctl.object.end <= tokens[c.from].start) || adverbs || addressee) && kind) {
          if (kind === "negated") negated = true;
          // (what one is urged or called on to do is the urger's wish, not the addressee's plan)
          else if (kind === "intent" && DEMANDING.has(ctl!.lemma) && !adverbs) modality ??= "demanded";
          else if (kind !== "inherit") modality ??= kind;
          // (with no object between, the one who tries is the one who would do it: "the enemy tried to advance")
          if (adverbs) controller = ctl;
          // (with one, the object does it: "forced Russian troops to retreat", "allowed units to withdraw")
          // (unless it names a deed the infinitive completes: "allowed a manoeuvre to withdraw units" is the
          // allower's)
          else if (ctl!.object && ctl!.object.end <= tokens[c.from].start && !DEMANDING.has(ctl!.lemma)) {
            if (DEED_NOUN.test(tokens[ctl!.object.head].lower)) controller = ctl;
            else objectControl = ctl!.object;
          }
        }
        // ("used Grad launchers to fire on X", "employed drones to strike Y": what is used for a deed does it, and
        // the user is its doer)
        // (as planned or denied as the using is: "will use F-16s to strike X", "did not use drones to hit Y")
        if (ctl && USING.has(ctl.lemma) && ctl.object && ctl.object.end <= tokens[c.from].start) {
          controller = ctl;
          modality ??= ctl.modality;
          negated ||= ctl.negated;
        }
      }
      // a gerund governed by a preposition or a planning verb names no event of its own: "close to capturing",
      // "the focus on seizing", "without entering", "the plan includes taking" ("after taking" is a past event)
      if (/ing$/.test(t.lower) && !chain.length && i > 0) {
        const g = tokens[i - 1];
        if (g.pos === "ADP" || g.pos === "SCONJ" || g.pos === "PART") {
          if (/^(without|instead)$/.test(g.lower)) negated = true;
          // ("decorated for destroying four tanks": what one is rewarded for was done)
          else if (g.lower === "for" && predicates.some((x) => x.head < i && REWARD.has(x.lemma))) negated = false;
          // ("accused Kyiv of shelling X", "blamed Russia for striking Y": the deed alleged, not a plan)
          else if (/^(of|for|with)$/.test(g.lower) && predicates.some((x) => x.head < i && ACCUSE.has(x.lemma)))
            negated = false;
          else if (/^(of|on|to|toward|towards|for|at|about|in|against|from)$/.test(g.lower)) modality ??= "intent";
        } else if (g.pos === "VERB" && CONTROLLED_GERUND.has(g.lemma)) {
          // ("Kyiv denied losing any aircraft", "Russia admitted shelling X": who denies or admits is who did it)
          // (not fighting told of: "bloggers reported fighting in X" fought no one; a fight has two sides)
          if (!(MUTUAL.test(lemmaOf(t)) && /^(report|describe|recall|confirm)$/.test(g.lemma)))
            governor = predicates.find((x) => x.head === i - 1) ?? governor;
        } else if (g.pos === "VERB" && GERUND_GOVERNORS[g.lemma]) {
          if (GERUND_GOVERNORS[g.lemma] === "negated") negated = true;
          else modality ??= "intent";
        }
      }
      // reduced relative: "a building destroyed by a missile", "the town captured by Russia"
      // ("460 Russians killed yesterday", "two tanks destroyed": after a counted noun, with no object of its own)
      const counted = () => {
        let b = i - 1;
        while (b > 0 && i - b < 5 && tokens[b].pos !== "NUM" && tokens[b].pos !== "DET" && tokens[b].pos !== "PUNCT")
          b--;
        return tokens[b]?.pos === "NUM";
      };
      if (
        voice === "active" &&
        isParticiple(t) &&
        !chain.length &&
        i > 0 &&
        (tokens[i - 1].pos === "NOUN" || tokens[i - 1].pos === "PROPN") &&
        // (a participle followed by a determiner has an object, so it is a finite verb: "a jet dropped a bomb
        // on X by mistake")
        // (an agent's "by", not one of manner or means: "an officer told Reuters by phone" is a deed)
        ((!/^(DET|PRON)$/.test(tokens[i + 1]?.pos ?? "") &&
          // (nor a measure's: "forces moved forward by 2 km")
          tokens
            .slice(i + 1, i + 6)
            .some((x, k, xs) => x.lower === "by" && !BY_MANNER.test(xs[k + 1]?.lower ?? "") && !measure(xs, k + 1))) ||
          (!/^(DET|NOUN|PROPN|NUM|PRON|ADJ)$/.test(tokens[i + 1]?.pos ?? "") &&
            counted() &&
            !UNDERGOERS.has(lemmaOf(t))) ||
          // ("a private house damaged;", "the driver wounded.": a verb that must be done to something, its clause
          // ended right after it, is a report's telegraphic passive)
          (DONE_TO.has(lemmaOf(t)) && (!tokens[i + 1] || /^[;,.!]$/.test(tokens[i + 1].text))) ||
          // (a phrasal participle's particle is its own: "a drone shot down over X fell on a house"; a verb of
          // landing is no passive: "a rocket crashed into a barracks in occupied X")
          (verbAfterPlace(tokens, PARTICLES.has(tokens[i + 1]?.lower ?? "") ? i + 2 : i + 1, c.to) &&
            !UNDERGOERS.has(lemmaOf(t))))
      )
        voice = "passive";
      // ("Kramatorsk, hit by Russian missiles on Wednesday, …": a participle set off after a name, with its by-agent;
      // "Russian troops, pushed out of X, dug in": a phrasal participle set off after its noun, with a phrase of its
      // own and no object)
      else {
        const phrasal =
          PARTICLES.has(tokens[i + 1]?.lower ?? "") &&
          /^(out|back|off|away)$/.test(tokens[i + 1].lower) &&
          tokens[i + 2]?.pos === "ADP" &&
          /^(NOUN|PROPN)$/.test(tokens[i - 2]?.pos ?? "");
        setOff =
          voice === "active" &&
          isParticiple(t) &&
          !chain.length &&
          i > 1 &&
          tokens[i - 1].text === "," &&
          ((tokens[i - 2].pos === "PROPN" && tokens[i + 1]?.lower === "by") || phrasal);
        if (setOff) voice = "passive";
        // ("a column was seen destroyed near X", "the tank was found abandoned": a participle after a passive verb
        // of seeing or finding says what befell that verb's subject)
        else if ((perceived = perceivedAs(tokens, i, predicates))) voice = "passive";
        // ("shows a dozen vehicles, including tanks and Bradleys, destroyed near X": a participle right after an
        // aside of inclusion closed by a comma, with no object, says what befell the object the aside hangs on)
        else if (afterInclusion(tokens, i, predicates)) voice = "passive";
        // ("destroyed a tank near X, a village liberated in August 2023": a participle after the noun of a phrase
        // that an earlier verb holds, with a phrase of its own and no object, is a reduced relative on that noun)
        else if (
          voice === "active" &&
          isParticiple(t) &&
          /ed$/.test(t.lower) &&
          !chain.length &&
          i > 1 &&
          tokens[i - 1].pos === "NOUN" &&
          tokens[i + 1]?.pos === "ADP" &&
          // (not across a subordinator: in "were killed when a missile slammed into X" the missile is the subject
          // of a clause of its own)
          // (nor across a complementiser the clause split missed: "footage shows that forces advanced near X")
          predicates.some(
            (x) =>
              !x.nominal &&
              x.voice === "active" &&
              x.head < i - 1 &&
              x.head > complementiserBefore(tokens, i - 1) &&
              (x.head >= c.from || !c.marker || c.marker === ","),
          ) &&
          // (after a verb of saying the noun opens what was said: "villagers said Russian soldiers walked into X")
          !saidOf(lastVerbBefore(predicates, i - 1), tokens[i - 1]) &&
          // (nor after ", and": the noun is the subject of a clause joined to the first, "A hit X, and Russian
          // artillery retaliated against Y")
          !afterClauseJoin(tokens, i - 1, c.from)
        )
          voice = "passive";
        // ("Taken by Russian forces since Monday: A, B and C": a participle that opens the sentence with its
        // by-agent, a headline's passive)
        else if (
          voice === "active" &&
          isParticiple(t) &&
          !chain.length &&
          i === 0 &&
          tokens.slice(i + 1, i + 3).some((x) => x.lower === "by")
        )
          voice = "passive";
      }
      // "were damaged or destroyed", "was looted and burned": a participle joined to a passive one shares its
      // auxiliary
      // (with a count of its own between: "were hurt and two killed")
      const prev = predicates[predicates.length - 1];
      const count = tokens[i - 1]?.pos === "NUM" && tokens[i - 2]?.pos === "CCONJ" ? 1 : 0;
      // (but a participle with an object of its own is no passive: after a passive relative clause it is the
      // clause's host verb's second deed, "had hit a school where troops were stationed and destroyed two tanks")
      const objectAfter = /^(?:DET|NUM|NOUN|PROPN)$/.test(tokens[i + 1]?.pos ?? "");
      const joined =
        voice === "active" &&
        isParticiple(t) &&
        !chain.length &&
        tokens[i - 1 - count]?.pos === "CCONJ" &&
        prev?.voice === "passive" &&
        !prev.nominal &&
        prev.head === i - 2 - count;
      if (joined && !count && objectAfter && prev.clause.kind === "relative") outOfRelative = true;
      else if (joined) voice = "passive";
    }
    const start = tokens[chainStart].start;
    // attributive participle: "the liberated town", "occupied Melitopol"
    // (adverbs may stand before it: "the temporarily occupied Berdiansk", "recently liberated villages")
    // (not after a verb's particle, which ends a clause: "drones that got through hit port infrastructure")
    const afterParticle =
      chainStart > 1 &&
      /^(?:through|back|out|off|down|up|away)$/.test(tokens[chainStart - 1].lower) &&
      tokens[chainStart - 2].pos === "VERB";
    const attributive =
      verb &&
      isParticiple(t) &&
      !afterParticle &&
      chain.every((x) => x.pos === "ADV") &&
      i + 1 < n &&
      // (an adjective may stand between: "captured armoured vehicles")
      (tokens[i + 1].pos === "NOUN" ||
        tokens[i + 1].pos === "PROPN" ||
        (tokens[i + 1].pos === "ADJ" && /^(NOUN|PROPN)$/.test(tokens[i + 2]?.pos ?? ""))) &&
      // (a possessive after it is its object's determiner, which a modifier comes after: "…, described Thursday's
      // fighting" is a verb; "Russia's captured tanks", never "captured Russia's tanks")
      !/^['’]s$/.test(tokens[i + 2]?.lower ?? "") &&
      // (or right after a verb that names its object as something: "calls occupied Melitopol its own")
      // (a pronoun only when possessive: "their abandoned tanks", not "they shelled X", "who abandoned X")
      (chainStart === 0 ||
        /^(DET|ADJ|ADP|NUM|PUNCT|CCONJ)$/.test(tokens[chainStart - 1].pos) ||
        NATIONALITY.test(tokens[chainStart - 1].lower) ||
        (tokens[chainStart - 1].pos === "PRON" && POSSESSIVE.test(tokens[chainStart - 1].lower)) ||
        (tokens[chainStart - 1].pos === "VERB" && OBJECT_COMPLEMENT.has(lemmaOf(tokens[chainStart - 1])))) &&
      // ("entered and captured Berdiansk": after a verb and a conjunction it is the second verb)
      !(chainStart > 1 && tokens[chainStart - 1].pos === "CCONJ" && tokens[chainStart - 2].pos === "VERB") &&
      // (so too after a verb with no object and its phrase: "counterattacked near X and regained positions"; after
      // an object the conjunction may join nouns: "seized tanks and abandoned vehicles")
      !(tokens[chainStart - 1]?.pos === "CCONJ" && objectlessBefore(predicates, chainStart, c.start)) &&
      // (nor after a verb whose object ends on a name: "liberated X and defeated formations near Y"; a name and a
      // thing described by a participle are not what "and" joins)
      !(
        tokens[chainStart - 1]?.pos === "CCONJ" &&
        tokens[chainStart - 2]?.pos === "PROPN" &&
        verbBefore(predicates, chainStart, c.start)
      ) &&
      // ("Russian forces, according to the General Staff, attacked X": after an aside of saying, the verb)
      !reportingAside(tokens, chainStart - 1) &&
      // ("marched and, without meeting resistance, entered X": a verb after a conjunction and an aside)
      !(tokens[chainStart - 1]?.text === "," && conjunctionBefore(tokens, chainStart) >= 0) &&
      // ("X, which has been shelled for months, lost power": the main clause resumed after a relative one)
      !(c.kind === "main" && c.marker === "," && tokens[chainStart - 1]?.text === ",");
    // a particle makes a phrasal verb: "pushed out", "took over", "pulled back"
    let k = i + 1,
      lemma = verb ? lemmaOf(t) : t.lower;
    if (
      verb &&
      k < n &&
      PARTICLES.has(tokens[k].lower) &&
      !(tokens[k].lower === "in" && tokens[k + 1]?.pos !== "PUNCT") &&
      // ("advanced up to 2 km": "up to" bounds a quantity)
      !(
        tokens[k].lower === "up" &&
        tokens[k + 1]?.lower === "to" &&
        (/^(NUM|ADV|ADJ)$/.test(tokens[k + 2]?.pos ?? "") || /^\d/.test(tokens[k + 2]?.text ?? ""))
      ) &&
      // ("took over the city" is a phrasal verb; "a flag flies over the city", "shells fell over the town" a place)
      !(tokens[k].lower === "over" && !OVER_VERBS.has(lemmaOf(t)) && NP_POS.has(tokens[k + 1]?.pos ?? "")) &&
      // ("sank off the coast", "crashed off Crimea's shores": off a shore is a place)
      !(
        tokens[k].lower === "off" &&
        (SHORE.test(
          tokens
            .slice(k + 1, k + 4)
            .map((x) => x.lower)
            .join(" "),
        ) ||
          // ("sank off Alupka": off a named place, for what sinks, crashes or goes down)
          (/^(sink|crash|capsize|explode|burn|go|fall|land)$/.test(lemmaOf(t)) && tokens[k + 1]?.pos === "PROPN"))
      )
    ) {
      lemma += ` ${tokens[k].lower}`;
      k++;
    }
    // a reflexive object between verb and particle: "gave themselves up to the unit" gives up, with no object
    else if (verb && REFLEXIVE.test(tokens[k]?.lower ?? "") && SPLIT_PARTICLES.has(tokens[k + 1]?.lower ?? "")) {
      lemma += ` ${tokens[k + 1].lower}`;
      k += 2;
    }
    // "caught fire": the idiom is one predicate (its object is no thing caught)
    else if (verb && lemma === "catch" && tokens[k]?.lower === "fire") {
      lemma = "catch fire";
      k++;
    }
    // a closing scare quote
    if (verb && k < n && QUOTES.has(tokens[k].text) && QUOTES.has(tokens[i - 1]?.text ?? "")) k++;
    const limit = c.to;
    // roles to the right: object, by-agent, prepositional phrases
    let object: Phrase | null = null,
      agent: Phrase | null = null;
    const pps: PrepPhrase[] = [];
    if (
      verb &&
      k < limit &&
      (NP_POS.has(tokens[k].pos) ||
        tokens[k].pos === "PRON" ||
        quantityPrefix(tokens, k) > 0 ||
        // (a degree adverb may open it: "seized more advantageous lines near X")
        (DEGREE.test(tokens[k].lower) && tokens[k + 1]?.pos === "ADJ")) &&
      !(/^(which|that|who)$/.test(tokens[k].lower) && tokens[k].pos !== "DET") &&
      // ("advanced east of X": a bearing is where, not what; the tagger calls some of them nouns)
      !(COMPASS.test(tokens[k].lower) && tokens[k + 1]?.lower === "of")
    ) {
      object = nounPhrase(tokens, k, limit);
      if (object) k = indexAfter(tokens, object.end, k);
      // ("destroyed two of its tanks", "some of the vehicles": a count alone takes what it counts from its of-phrase)
      const only = object && tokens[object.head];
      if (
        object &&
        only &&
        only.start === object.start &&
        only.end === object.end &&
        COUNT_ONLY.test(only.lower) &&
        k + 1 < limit &&
        tokens[k].lower === "of"
      ) {
        const counted = nounPhrase(tokens, k + 1, limit);
        if (counted) {
          object = { ...object, end: counted.end, head: counted.head };
          k = indexAfter(tokens, counted.end, k + 1);
        }
      }
    }
    // "Three villages were freed: A, B and C": the list after a colon or dash names what the predicate concerns
    let listed: Phrase | null = null;
    if (k + 1 < limit && /^[:–—]$/.test(tokens[k].text) && /^\p{Lu}/u.test(tokens[k + 1].text)) {
      listed = nounPhrase(tokens, k + 1, limit);
      if (listed) k = indexAfter(tokens, listed.end, k + 1);
    }
    // ("shelled A community 3 times, B - with a drone, C community - with artillery": a regional post's list, each
    // member set off by a dash before how it was hit, goes on with the object: its members are the object's)
    const dashed = object ? dashedMembers(tokens, k) : null;
    if (object && dashed) {
      const first = object.members.length ? object.members : [{ start: object.start, end: object.end }];
      object = { ...object, end: dashed.end, members: [...first, ...dashed.members] };
      k = indexAfter(tokens, dashed.end, k);
    }
    for (let q = k, steps = 0; q < limit && steps < 30; q++, steps++) {
      const w = tokens[q];
      // (a parenthesis is an aside: "occupied the microdistrict (Novy on their maps) in X")
      if (w.text === "(") {
        let close = q + 1;
        while (close < limit && close - q < 16 && tokens[close].text !== ")") close++;
        if (close < limit && tokens[close].text === ")") {
          q = close;
          continue;
        }
      }
      if (w.pos === "VERB" && q > k) break; // the next predicate takes over
      // (", and in Odesa a missile hit …": after a comma and a conjunction, a phrase before a verb of its own opens
      // the next clause)
      if (w.text === "," && /^(and|but)$/.test(tokens[q + 1]?.lower ?? "") && clauseAhead(tokens, q + 2, limit)) break;
      let prep: string | null = null,
        at = q + 1;
      // ("moved closer to X": a comparative that opens a place phrase)
      const closer = w.lower === "closer" && tokens[at]?.lower === "to";
      if (w.pos === "ADP" || w.pos === "SCONJ" || /^(out|back|away)$/.test(w.lower) || closer) {
        // ("fired upon X" is "fired on X", in the register of translated bulletins)
        prep = w.lower === "upon" ? "on" : w.lower;
        if (
          at < limit &&
          (tokens[at].lower === "of" || tokens[at].lower === "from" || tokens[at].lower === "to") &&
          /^(out|away|back|close|closer|next)$/.test(w.lower)
        ) {
          prep += ` ${tokens[at].lower}`;
          at++;
        }
      }
      if (!prep || at >= limit) continue;
      const np = nounPhrase(tokens, at, limit);
      if (!np) continue;
      const pp = { ...np, prep, start: w.start };
      // ("by mistake", "by night", "by train": a bare noun of manner, means or time is no agent)
      const manner = BY_MANNER.test(tokens[np.head].lower);
      if (prep === "by" && !agent && (voice === "passive" || noun) && !manner) agent = np;
      else pps.push(pp);
      q = indexAfter(tokens, np.end, at) - 1;
    }
    // "captured four settlements near X over the past week: A, B, C and D": a list after a colon further on, before
    // any other verb, names the group
    // (or after "namely", "including", "among them", "they are", "such as": "seized several villages, namely A and B")
    if (!listed) {
      let end = Math.min(tokens.length, limit + 12);
      let stop = limit;
      for (let q = k, steps = 0; q + 1 < end && steps < 25; q++, steps++) {
        // (an aside naming who says it is stepped over: "were freed, the military said, among them A")
        if (tokens[q].text === ",") {
          let r = q + 1;
          while (r < tokens.length && r < q + 8 && tokens[r].text !== "," && tokens[r].text !== ".") r++;
          if (tokens[r]?.text === "," && r > q + 2 && SAYING.test(tokens[r - 1].lower)) {
            q = r;
            stop = Math.max(stop, r + 1);
            end = Math.min(tokens.length, Math.max(end, r + 12));
            continue;
          }
          // (and ", according to X: A and B": the aside runs to the colon)
          if (tokens[q + 1]?.lower === "according" && tokens[q + 2]?.lower === "to") {
            let c = q + 3;
            while (c < tokens.length && c < q + 14 && !/^[:,.;]$/.test(tokens[c].text)) c++;
            if (tokens[c]?.text === ":") {
              q = c - 1;
              stop = Math.max(stop, c + 1);
              end = Math.min(tokens.length, Math.max(end, c + 12));
              continue;
            }
          }
        }
        let at = -1;
        if (/^[:–—]$/.test(tokens[q].text)) at = q + 1;
        else if (/^(namely|including|notably|incl)$/.test(tokens[q].lower)) at = q + 1;
        else if (tokens[q].lower === "such" && tokens[q + 1]?.lower === "as") at = q + 2;
        else if (
          /^(among|they|these|which)$/.test(tokens[q].lower) &&
          /^(them|are|were|include|included|being)$/.test(tokens[q + 1]?.lower ?? "")
        )
          at = q + 2;
        else if (tokens[q].lower === "in" && tokens[q + 1]?.lower === "particular") at = q + 2;
        if (at > 0 && at < end && tokens[at]?.text === ",") at++;
        // ("including the capital, Kyiv": a described place named after a comma)
        if (
          at > 0 &&
          at + 3 < end &&
          tokens[at].lower === "the" &&
          tokens[at + 1].pos === "NOUN" &&
          tokens[at + 2].text === "," &&
          /^\p{Lu}/u.test(tokens[at + 3].text)
        )
          at += 3;
        // ("including in A and B", "including the capital, Kyiv": a preposition or an article before the names)
        if (
          at > 0 &&
          at + 1 < end &&
          /^(in|on|at|near|around|the)$/.test(tokens[at].lower) &&
          /^\p{Lu}/u.test(tokens[at + 1].text)
        )
          at++;
        // ("including near the village of A": a preposition and a settlement's kind before the name)
        const kind = at > 0 && /^(in|on|at|near|around)$/.test(tokens[at].lower) ? at + 1 : at;
        if (
          at > 0 &&
          kind + 3 < end &&
          tokens[kind].lower === "the" &&
          /^(?:village|town|city|settlement|hamlet)s?$/.test(tokens[kind + 1].lower) &&
          tokens[kind + 2].lower === "of" &&
          /^\p{Lu}/u.test(tokens[kind + 3].text)
        )
          at = kind + 3;
        if (at > 0 && at < end && /^\p{Lu}/u.test(tokens[at].text)) {
          listed = nounPhrase(tokens, at, end);
          break;
        }
        if (q >= stop || tokens[q].pos === "VERB" || tokens[q].pos === "AUX") break;
      }
    }
    // the subject: the phrase before the verb in its clause, a parenthetical or an aside stepped over;
    // a relative clause's subject is what the pronoun stands for
    let subject: Phrase | null = null;
    let host: number | null = null;
    // (an attributive participle has none: "an abandoned tank" is the patient, already its object)
    if (attributive) subject = null;
    else if (perceived) subject = perceived.subject;
    else if (verb) {
      // ", leaving behind …", ", killing three", "left the village taking …": a participle clause after a comma
      // or after the object is done by the subject of the verb it follows, not by the noun just before it
      const before = predicates.filter(
        (x) => !x.nominal && !x.attributive && !reducedRelative(tokens, x) && x.head < i && x.subject,
      );
      // ("had to withdraw from X, the governor said, ceding the city": a deed's participle after a parenthetical
      // of saying hangs on the deed said, not on the saying; one of saying stays on it: "…, the governor said,
      // adding that …")
      const aside = before.at(-1);
      const main =
        aside &&
        before.length > 1 &&
        /ing$/.test(t.lower) &&
        tokens[i - 1].text === "," &&
        SAID_BEFORE.test(aside.lemma) &&
        !SAID_BEFORE.test(lemmaOf(t)) &&
        !/^(citing|calling|describing|accusing|referring|quoting|speaking|urging)$/.test(t.lower) &&
        parentheticalSaying(tokens, aside)
          ? before.at(-2)
          : aside;
      // (or after its object or its last phrase: "signed treaties on Friday annexing four regions")
      const after =
        i > 0 &&
        (tokens[i - 1].text === "," ||
          main?.object?.end === tokens[i - 1].end ||
          (!!main && main.pps.length > 0 && main.pps[main.pps.length - 1].end === tokens[i - 1].end));
      // ("footage showed soldiers raising the flag": after a verb of seeing, the object does it)
      // (nor after an object that moves: "destroyed all drones approaching the capital", "hit a car carrying four
      // civilians": an -ing form right after it, with no comma, is what the object was doing)
      const moving =
        !!main?.object && /ing$/.test(t.lower) && MOVERS.test(tokens[main.object.head]?.lower ?? "") && !chain.length;
      const seen = main && (PERCEPTION.has(main.lemma) || moving) && main.object?.end === tokens[i - 1].end;
      // ("footage shows two tanks knocked out near X": a past participle there is a passive on that object)
      if (seen && !chain.length && isParticiple(t) && !/ing$/.test(t.lower)) voice = "passive";
      // ("accused Kyiv of shelling X": the one accused did it; "Russia was blamed for striking Y": the subject)
      const accused =
        !!main && ACCUSE.has(main.lemma) && /ing$/.test(t.lower) && /^(of|for|with)$/.test(tokens[i - 1].lower);
      const hosted =
        !chain.length && /ing$/.test(t.lower) && (after || TEMPORAL_BEFORE.test(tokens[i - 1]?.lower ?? ""));
      if (hosted && main?.subject) host = main.head;
      // ("repelled four attacks, with the enemy losing 50 troops": an -ing form after a with-phrase is its noun's deed)
      const last = main?.pps[main.pps.length - 1];
      const absolute =
        hosted && last?.prep === "with" && last.end === tokens[i - 1].end && /ing$/.test(t.lower)
          ? nounPhrase(tokens, indexAfter(tokens, last.start, 0) + 1, i)
          : null;
      subject = absolute
        ? absolute
        : accused && !chain.length
          ? main!.voice === "passive"
            ? main!.subject
            : main!.object
          : !chain.length && (/ing$/.test(t.lower) || isParticiple(t)) && seen
            ? main!.object
            : hosted && main?.subject
              ? main.subject
              : setOff
                ? phraseEndingAt(tokens, i - 2, c.from)
                : subjectBefore(tokens, chainStart, c, cls);
    } else if (i > 0 && (tokens[i - 1].lower === "'s" || tokens[i - 1].lower === "’s"))
      subject = phraseEndingAt(tokens, i - 2, c.from); // "Russia's capture of X"
    // "a Russian missile attack on X": the words around the noun (before a gerund the tagger left a verb:
    // "Ukrainian shelling of X")
    else subject = phraseEndingAt(tokens, i, c.from) ?? (i > 0 ? phraseEndingAt(tokens, i - 1, c.from) : null);
    // "Russian troops entered and captured Berdiansk": verbs joined by a conjunction share their subject
    // (so are verbs in a series set off by commas: "are conducting operations south of X, had success near Y and are
    // consolidating")
    const and = conjunctionBefore(tokens, chainStart);
    const conj = and >= 0 || !verb || chain.length ? and : seriesComma(tokens, chainStart, t);
    const series = conj >= 0 && and < 0;
    if (verb && conj >= 0) {
      // (not an attributive participle between them: "found an abandoned tank and took it" shares "found"'s subject)
      // (one that steps out of a relative clause joins the verb the clause hangs on)
      // (nor an -ing relative on a noun when the verb joined is finite: "captured the troops defending X and
      // destroyed Y" shares "captured"'s subject; coordinated verbs agree in form)
      const ing = /ing$/.test(t.lower);
      const prev = predicates
        .filter((x) => !x.nominal && !x.attributive && x.head < conj && (ing || !ingRelative(tokens, x)))
        .filter((x) =>
          outOfRelative || series ? x.clause.kind !== "relative" && x.voice === "active" : x.clause.start === c.start,
        )
        .pop();
      if ((outOfRelative || series) && prev?.subject) subject = prev.subject;
      if (prev?.subject && (!subject || subject.end > prev.start)) subject = prev.subject;
      // ("killing one and injuring two": a participle joined to a hosted one hangs on the same verb)
      if (prev && prev.host !== null && /ing$/.test(t.lower)) host = prev.host;
      // (a bare verb joined to one shares its mood: "will take X and hold it", "to liberate X and cut Y")
      if (prev && !chain.length && t.lower === lemmaOf(t) && !modality) modality = prev.modality;
      // (and, with no place of its own, the place of the first: "struck units near X and destroyed two tanks")
      const same = !!prev?.subject && subject?.start === prev.subject.start && subject.end === prev.subject.end;
      // (a bearing is a place of its own: "… and advanced east of Y")
      const bearing = pps.some((x) => {
        const b = indexAfter(tokens, x.start, i) - 1;
        return x.prep === "of" && b >= 0 && COMPASS.test(tokens[b].lower.replace(/ern$/, ""));
      });
      if (prev && same && (object?.members.length ?? 0) < 2 && !bearing && !pps.some((x) => SHARED_PLACE.test(x.prep)))
        pps.unshift(...prev.pps.filter((x) => SHARED_PLACE.test(x.prep)));
    }
    // "the troops stationed in X shelled Y", "tanks destroyed by drones near X included…": the subject is the noun
    // a reduced relative describes, not the end of its place phrase or by-agent; so too after an -ing one and its
    // object ("boats carrying troops sank", "a column moving towards X came under fire")
    if (verb && subject && !chain.length && voice === "active") {
      const rel = predicates.filter((x) => !x.nominal && x.head < i && x.clause.start === c.start).pop();
      const ing = !!rel && !/ing$/.test(t.lower) && ingRelative(tokens, rel);
      if (
        rel &&
        (reducedRelative(tokens, rel) || ing) &&
        rel.subject &&
        rel.subject.end <= rel.start &&
        [rel.agent, ...rel.pps, ing ? rel.object : null].some(
          (x) => x && subject!.start >= x.start && subject!.end <= x.end,
        )
      )
        subject = rel.subject;
    }
    // a fronted phrase of place before a verb of being puts the subject after the verb (locative inversion): "Under
    // enemy fire were the settlements: A, B and C", "Among the villages hit was X"; the phrase is the preposition's
    // (an adverb may stand between the verb and its subject: "Under fire were also A and B")
    let after = object;
    if (!after && verb && /^(be|remain|lie)$/.test(lemma)) {
      let q = i + 1;
      while (q < c.to && tokens[q].pos === "ADV") q++;
      if (q > i + 1 && q < c.to && NP_POS.has(tokens[q].pos)) after = nounPhrase(tokens, q, c.to);
    }
    if (
      verb &&
      voice === "active" &&
      after &&
      /^(be|remain|lie)$/.test(lemma) &&
      !chain.some((x) => x.lower === "there")
    ) {
      const fronted = frontedPhrase(tokens, predicates, c.from, chainStart, subject);
      if (fronted) {
        object = after;
        pps.unshift(fronted);
        // (a participle on the fronted noun describes the members named after the verb: "Among the villages
        // shelled overnight were A and B", "Among the settlements liberated by X were A and B")
        const noun = indexAfter(tokens, fronted.start, Math.max(0, chainStart - 41)) + 1;
        for (let k = predicates.length - 1; k >= 0 && predicates[k].head > noun; k--) {
          const q = predicates[k];
          if (q.head < chainStart && q.subject?.start === tokens[noun].start)
            Object.assign(q, { listed: q.listed ?? object, voice: isParticiple(tokens[q.head]) ? "passive" : q.voice });
        }
        subject = object;
        object = null;
      }
    }
    if (!subject && governor) subject = governor.subject;
    if (!subject && headlineSubject) subject = headlineSubject;
    // an -ing form after a verb of beginning or going on is that verb's deed, going on: "units have begun withdrawing
    // from X"; so is a progressive ("troops are clearing the town")
    if (verb && /ing$/.test(t.lower)) {
      const before = lastVerbBefore(predicates, chainStart);
      const aspect = before?.head === chainStart - 1 && ASPECTUAL.test(before.lemma) ? before : undefined;
      // (not a state: "the flag is flying over X", "troops are holding Y")
      const progressive =
        voice === "active" && !STATES.test(lemma) && chain.some((x) => BE.has(x.lower) && !/^g[eo]t/.test(x.lower));
      if (aspect || progressive) ongoing = true;
      if (aspect?.subject && !subject) {
        subject = aspect.subject;
        negated ||= aspect.negated;
        modality ??= aspect.modality;
      }
    }
    // "Three villages – A, B and C – have been liberated": a list set off by dashes after the subject names its members
    if (verb && subject && !listed) {
      let d = indexAfter(tokens, subject.end, 0);
      if (d < chainStart && /^[–—]$/.test(tokens[d].text) && /^\p{Lu}/u.test(tokens[d + 1]?.text ?? "")) {
        let close = d + 1;
        while (close < chainStart && !/^[–—]$/.test(tokens[close].text)) close++;
        if (close < chainStart) listed = nounPhrase(tokens, d + 1, close);
      }
    } // "Moscow vowed to retake Izium": Moscow retakes
    // "They were able to enter X", "Russia's failure to seize X": the subject of the adjective's copula, the
    // noun's owner
    if (verb && subject && subject.head === i - chain.length - 1 && tokens[subject.head].pos === "ADJ") {
      let b = subject.head - 1;
      while (b >= c.from && (tokens[b].pos === "AUX" || tokens[b].pos === "ADV" || tokens[b].pos === "PART")) b--;
      subject = b >= c.from ? phraseEndingAt(tokens, b, c.from) : null;
    }
    // "X, which Russia captured": the pronoun is the object
    if (
      verb &&
      c.kind === "relative" &&
      !object &&
      voice === "active" &&
      subject &&
      /^(which|that|whom)$/.test(c.marker ?? "") &&
      tokens[c.from + 1] &&
      tokens[c.from + 1].pos !== "VERB" &&
      tokens[c.from + 1].pos !== "AUX"
    ) {
      object = antecedent(tokens, c, cls);
    }
    if (!subject && controller?.subject) subject = controller.subject;
    if (!subject && objectControl) subject = objectControl;
    // ("They fled X before our assault - left their ammunition, left a tank": a finite verb after a dash, with no
    // subject of its own, goes on with the sentence's first doer; so does one joined by a comma to such a verb)
    // (not a verb of saying: "…, there are wounded, – reported the head of the administration" signs the paragraph
    // by the inversion)
    if (!subject && verb && !chain.length && chainStart > 0 && !/ing$/.test(t.lower) && !SAID_BEFORE.test(lemmaOf(t))) {
      const mark = tokens[chainStart - 1].text;
      const prev = predicates.filter((x) => !x.nominal && x.head < i).pop();
      const first = predicates.find((x) => !x.nominal && x.subject && x.head < i);
      if (first && (DASH.test(mark) || (mark === "," && prev && dashShared.has(prev.head)))) {
        subject = first.subject;
        dashShared.add(i);
      }
    }
    // ("No Ukrainian unit has surrendered", "None of the villages was taken": a subject of no one negates)
    if (verb && subject && NO_ONE.test(tokens[indexAfter(tokens, subject.start, 0)].lower)) negated = true;
    // (and on the first of a list the subject ends: "no weapons or vehicles had been abandoned")
    if (verb && subject && !negated && negatedList(tokens, indexAfter(tokens, subject.start, 0), c.from))
      negated = true;
    // a particle right after the object is the verb's, and the phrase after it a plain from- or to-phrase: "pulled
    // their units back from X" pulls from X as "pulled back from X" does
    if (verb && object) {
      const split = pps.findIndex((x) => /^(?:back|away) (?:from|to)$/.test(x.prep));
      if (split >= 0 && tokens[indexAfter(tokens, object.end, 0)]?.start === pps[split].start)
        pps[split] = { ...pps[split], prep: pps[split].prep.split(" ")[1] };
      // and "back" alone after the object makes the phrasal verb: "pushed the enemy back near X" = "pushed back"
      const after = tokens[indexAfter(tokens, object.end, 0)];
      if (split < 0 && after?.lower === "back" && after.pos !== "NOUN" && !lemma.includes(" ")) lemma = `${lemma} back`;
      // as do "down", "up" and "off" where a phrase or the sentence's end follows: "laid their arms down in X"
      const next = tokens[indexAfter(tokens, object.end, 0) + 1];
      if (
        SPLIT_PARTICLES.has(after?.lower ?? "") &&
        after.pos !== "NOUN" &&
        // (not "brought fresh groups up to X", a direction)
        (!next || (/^(ADP|PUNCT|SCONJ|CCONJ)$/.test(next.pos) && next.lower !== "to")) &&
        !lemma.includes(" ")
      )
        lemma = `${lemma} ${after.lower}`;
    }
    // a headline drops the auxiliary of its passive: "Andriivka recaptured — General Staff", "saboteurs detained in
    // X", "Ukrainian forces pushed back from Y" (a participle of a verb that takes an object, with none after it)
    if (headline && verb && voice === "active" && !chain.length && !object && subject && passiveInHeadline(t))
      voice = "passive";
    predicates.push({
      start,
      end: t.end,
      head: i,
      lemma,
      nominal: noun,
      governor: null,
      voice,
      negated,
      modality,
      attributive,
      ongoing,
      habitual: false,
      clause: { start: c.start, end: c.end, kind: c.kind, marker: c.marker },
      subject,
      object,
      agent,
      listed,
      pps,
      host,
    });
  }
  gapped(tokens, predicates);
  calquedTarget(tokens, predicates);
  markHabits(tokens, predicates);
  // "too small to seize X", "too weak to encircle or take Y": the infinitive after "too" and an adjective is what
  // cannot be done
  for (const p of predicates) if (!p.nominal && tooTo(tokens, p.head)) [p.negated, p.modality] = [true, null];
  // a nominal's governing verb: the predicate whose object (or a phrase of which) holds it; a light verb lends it
  // its subject as the agent ("Ukraine launched a missile attack on X": Ukraine attacks)
  for (const nom of predicates) {
    if (!nom.nominal) continue;
    const at = tokens[nom.head].start;
    const gov = predicates
      .filter(
        (v) =>
          !v.nominal &&
          v.start < at &&
          v.clause.start === nom.clause.start &&
          [v.object, v.listed, ...v.pps].some((x) => x && at >= x.start && at < x.end),
      )
      .pop();
    if (!gov) continue;
    nom.governor = gov.lemma;
    // "neither announced the withdrawal from X nor …": what a negated verb asserts is not asserted (what its
    // circumstances name stands: "nobody was killed in the drone attack on X")
    const held = [gov.object, gov.listed].some((x) => x && at >= x.start && at < x.end);
    if (gov.negated && held) nom.negated = true;
    // "threatened strikes on X", "planned an assault on X", "will launch an attack": the event a plan or a threat
    // names is not done, nor one a future or a plan governs
    // (but not one where it was said or done: "pledged aid during a visit to X" was a visit; a future or a
    // likelihood still governs it: "will announce aid during a visit to X")
    const setting = !held && gov.pps.some((x) => SETTING.has(x.prep) && at >= x.start && at < x.end);
    const kind = setting ? undefined : CONTROL[gov.lemma];
    if (kind === "intent" || kind === "negated" || kind === "attempt")
      nom.modality ??= kind === "negated" ? null : kind;
    if (kind === "negated") nom.negated = true;
    if (gov.modality && !nom.modality && !(setting && OWN_ACT.has(gov.modality))) nom.modality = gov.modality;
    // (not the noun of a that-clause it reports: "the governor claimed that Russian attacks had cut power")
    const reported = gov.pps.some((x) => x.prep === "that" && at >= x.start && at < x.end);
    // (a participle of result hangs on the whole deed before it, not on its doer: in "the defenders surrendered,
    // completing the capture of X" the capture is not theirs; so one after a verb of losing lends no agent)
    const host = gov.host === null ? undefined : predicates.find((x) => x.head === gov.host);
    const loser = !!host && host.voice === "active" && YIELDING.test(host.lemma);
    if (LIGHT.has(gov.lemma) && !nom.agent && !reported && !loser)
      nom.agent = gov.voice === "passive" ? gov.agent : gov.subject;
  }
  // a verb joined by "and" to one going on goes on too: "marines are pushing into X and clearing it house by house"
  for (let k = 1; k < predicates.length; k++) {
    const p = predicates[k],
      o = predicates[k - 1];
    if (p.ongoing || p.nominal || o.nominal || !o.ongoing || !/ing$/.test(tokens[p.head].lower)) continue;
    if (p.clause.start === o.clause.start && tokens[p.head - 1]?.lower === "and") p.ongoing = true;
  }
  // an event noun told as going on: "the liberation of X continues", "the clearing of Y is under way", "Russia
  // continues the capture of Z", "the ongoing liberation of the region"
  // (the noun's governing verb, found above, says so when it is one of going on: "continues the capture of Z")
  const wordsAfter = (h: number) =>
    tokens
      .slice(h + 1, h + 5)
      .map((x) => " " + x.lower)
      .join("");
  for (const nom of predicates) {
    if (!nom.nominal) continue;
    const at = tokens[nom.head].start;
    const before = tokens[nom.head - 1]?.lower ?? "";
    const goesOn = (v: Predicate) =>
      !v.nominal &&
      !!v.subject &&
      at >= v.subject.start &&
      at < v.subject.end &&
      (GOING_ON.test(v.lemma) || (v.lemma === "be" && STILL_GOING.test(wordsAfter(v.head))));
    const said = ASPECTUAL.test(nom.governor ?? "") || /^(?:ongoing|continuing|continued)$/.test(before);
    if (said || predicates.some(goesOn)) nom.ongoing = true;
  }
  // "Kyiv's claim to have liberated X", "Russia's attempt to take Y": the infinitive's doer is the noun's owner
  for (const p of predicates) {
    if (p.subject || p.nominal) continue;
    let to = p.head - 1;
    while (to > 0 && tokens[to].lower !== "to" && p.head - to < 5) to--;
    if (tokens[to]?.lower !== "to" || tokens[to - 1]?.pos !== "NOUN" || !/^['’]s$/.test(tokens[to - 2]?.lower ?? ""))
      continue;
    const owner = phraseEndingAt(tokens, to - 3, 0);
    if (owner) p.subject = owner;
  }
  // "X was among the towns hit by missiles": the one counted among them is what the participle did to them
  for (const be of predicates) {
    const among = be.lemma === "be" ? be.pps.find((x) => x.prep === "among") : undefined;
    if (!among || !be.subject) continue;
    for (const p of predicates) {
      // ("among the cities hit.": a bare participle closing the among-phrase is a passive on what it counts)
      const inside = !!p.subject && p.subject.start >= among.start && p.subject.end <= among.end;
      const bare = p.voice === "active" && !p.object && isParticiple(tokens[p.head]) && inside;
      if (bare && tokens[p.head].start - among.end <= 1 && /^[.;,]?$/.test(tokens[p.head + 1]?.text ?? "")) {
        p.voice = "passive";
        p.subject = be.subject;
      }
      if (p.voice === "passive" && reducedRelative(tokens, p) && p.subject && p.subject.start >= among.start)
        if (p.subject.end <= among.end + 1) p.subject = be.subject;
    }
  }
  return { start: span.start, end: span.end, tokens, predicates };
}

/** A verb of its own within a dozen words, before the next comma: a new clause starts there. */
function clauseAhead(tokens: GToken[], q: number, limit: number): boolean {
  for (let j = q; j < Math.min(limit, q + 12) && tokens[j].text !== ","; j++)
    if (tokens[j].pos === "VERB" || tokens[j].pos === "AUX") return j > q && tokens[q].pos === "ADP";
  return false;
}
/**
 * "The equipment captured near X included …": a participle whose place phrase runs straight into the clause's
 * verb, with no comma or conjunction between, is a reduced relative on the noun before it.
 */
function verbAfterPlace(tokens: GToken[], q: number, limit: number): boolean {
  // (a particle is the verb's own: "the enemy carried out an airstrike with guided bombs")
  if (tokens[q]?.pos !== "ADP" || /^(by|out|off|up|down|back|away)$/.test(tokens[q].lower)) return false;
  for (let steps = 0; q < limit && steps < 12; q++, steps++) {
    const pos = tokens[q].pos;
    // (not when that verb is itself a participle on a phrase: "rescuers searched the house hit by …"; a verb of
    // motion into a place is the clause's own: "missiles fired from X slammed into a block in Y")
    if (pos === "VERB" || pos === "AUX") {
      const next = tokens[q + 1];
      const onPhrase = !!next && (next.pos === "PUNCT" || (next.pos === "ADP" && !/^(?:into|onto)$/.test(next.lower)));
      return !/ing$/.test(tokens[q].lower) && !(isParticiple(tokens[q]) && onPhrase);
    }
    if (!/^(ADP|DET|ADJ|NOUN|PROPN|NUM)$/.test(pos)) return false;
  }
  return false;
}

// ("Russian troops are within 8 km of X after taking Y": a participle after a time word has the main clause's subject)
const TEMPORAL_BEFORE = /^(?:after|before|while|since|upon|when)$/;

// a permission to the infinitive after it, given or got: "gave permission (for the manoeuvre) to withdraw"
const PERMISSION = /^(?:permission|go-ahead|approval|authori[sz]ation)$/;
function permitted(tokens: GToken[], predicates: Predicate[], j: number): Predicate | undefined {
  let k = j;
  if (/^(?:manoeuvre|maneuver|operation)$/.test(tokens[k]?.lower ?? "")) {
    let m = k - 1;
    while (m >= Math.max(0, k - 4) && !PERMISSION.test(tokens[m].lower)) m--;
    if (m < Math.max(0, k - 4)) return undefined;
    k = m;
  }
  if (!PERMISSION.test(tokens[k]?.lower ?? "")) return undefined;
  const giver = predicates.filter((p) => !p.nominal && p.head < k && p.head >= k - 3).pop();
  const given = !!giver && /^(give|grant|receive|get|obtain)$/.test(giver.lemma) && !giver.negated && !giver.modality;
  return given ? giver : undefined;
}

// a measure after "by": "moved forward by 2 km", "by 300 metres", "rose by 10 per cent"
const MEASURE_UNIT = /^(?:km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|%|percent|per|times)$/i;
const measure = (xs: GToken[], k: number) => xs[k]?.pos === "NUM" && MEASURE_UNIT.test(xs[k + 1]?.lower ?? "");
const BY_MANNER = new RegExp(
  String.raw`^(?:mistake|accident|chance|error|night|day|land|sea|air|car|train|bus|road|rail|hand|phone|` +
    String.raw`telephone|video|email|e-mail|text|radio|satellite)$`,
  "i",
);

/** A passive with no auxiliary before it: "the town captured by …", "tanks destroyed near X". */
// verbs with no passive in war reporting: "eight soldiers surrendered to X" is a deed, not soldiers surrendered by X
const COUNT_ONLY = new RegExp(
  String.raw`^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|all|most|several|` +
    String.raw`many|each|both)$`,
);
const DONE_TO = new Set(["damage", "destroy", "wound", "injure", "kill", "shatter", "demolish", "level"]);
// (and munitions that land: "two missiles slammed into X" is no passive of "slam")
const UNDERGOERS = new Set([
  "surrender",
  "retreat",
  "flee",
  "arrive",
  "die",
  "crash",
  "explode",
  "desert",
  "defect",
  "slam",
  "smash",
  "land",
  "fall",
  "plough",
  "plow",
]);
const reducedRelative = (tokens: GToken[], x: Predicate) => x.voice === "passive" && x.start === tokens[x.head].start;
/** An -ing form right after a noun, with no auxiliary: "boats carrying troops", "a column moving towards X". */
const ingRelative = (tokens: GToken[], x: Predicate) =>
  x.voice === "active" &&
  x.start === tokens[x.head].start &&
  /ing$/.test(tokens[x.head].lower) &&
  x.head > 0 &&
  /^(NOUN|PROPN)$/.test(tokens[x.head - 1].pos);

const indexAfter = (tokens: GToken[], end: number, from: number) => {
  let k = from;
  while (k < tokens.length && tokens[k].start < end) k++;
  return k;
};

const SAYING = /^(said|says|say|told|claimed|announced|reported|stated|wrote|added|confirmed|denied|insisted)$/;
/** A saying verb a few words before `i`, with only a prepositional phrase between: "wrote on X that". */
function saidBefore(tokens: GToken[], i: number): boolean {
  // (an aside set off by commas between: "said, however, that …", "claimed, for its part, that …")
  if (tokens[i - 1]?.text === ",") {
    let k = i - 2;
    while (k > 0 && k > i - 7 && tokens[k].text !== "," && !/^(?:VERB|AUX)$/.test(tokens[k].pos)) k--;
    if (k > 0 && k < i - 2 && tokens[k].text === "," && SAYING.test(tokens[k - 1].lower)) return true;
  }
  for (let k = i - 1; k >= Math.max(0, i - 5); k--) {
    if (SAYING.test(tokens[k].lower)) return k < i - 1 && tokens[k + 1].pos === "ADP";
    if (tokens[k].text === "," || tokens[k].pos === "VERB" || tokens[k].pos === "AUX") return false;
  }
  return false;
}
const TIME_WORD = new RegExp(
  String.raw`^(week|month|year|morning|night|evening|afternoon|day|weekend|today|yesterday|monday|` +
    String.raw`tuesday|wednesday|thursday|friday|saturday|sunday)$`,
);

/** The noun phrase whose last token is `last` (walking left over its modifiers), within the clause from `from`. */
const COUNT_OF =
  /^(dozens|hundreds|thousands|scores|tens|number|couple|group|handful|some|several|many|bod(?:y|ies)|remains)$/;
function phraseEndingAt(tokens: GToken[], last: number, from: number): Phrase | null {
  if (last < from || !(NP_POS.has(tokens[last].pos) || tokens[last].pos === "PRON")) return null;
  if (tokens[last].pos === "PRON")
    return {
      start: tokens[last].start,
      end: tokens[last].end,
      head: last,
      members: [{ start: tokens[last].start, end: tokens[last].end }],
    };
  let s = last;
  while (
    s - 1 >= from &&
    (NP_POS.has(tokens[s - 1].pos) ||
      tokens[s - 1].text === "-" ||
      // ("the so-called republic", "a well-known village": an adverb joined by a hyphen)
      (tokens[s - 1].pos === "ADV" && tokens[s].text === "-" && tokens[s - 1].end === tokens[s].start) ||
      // ("a newly formed brigade", "the recently liberated villages": a participle that describes, and its adverb)
      modifyingParticiple(tokens, s - 1, from, last + 1) ||
      (tokens[s - 1].pos === "ADV" && tokens[s].pos === "VERB" && modifyingParticiple(tokens, s, from, last + 1)) ||
      /^(its|their|our|his|her)$/.test(tokens[s - 1].lower) ||
      ((tokens[s - 1].lower === "'s" || tokens[s - 1].lower === "’s") && tokens[s - 1].pos === "PART"))
  ) {
    // ("Last week its soldiers", "On Saturday Ukraine's army chief": a time word before a new phrase is no part of it)
    if (TIME_WORD.test(tokens[s - 1].lower) && /^(PROPN|PRON)$/.test(tokens[s].pos) && s < last + 1) break;
    s--;
    // (a determiner or a possessive pronoun opens the phrase)
    if (tokens[s].pos === "DET" || /^(its|their|our|his|her)$/.test(tokens[s].lower)) break;
  }
  // a count before it: "dozens of soldiers", "hundreds of civilians", "two of the villages" (and what is left of
  // people: "the bodies of four people were recovered")
  if (
    s - 2 >= from &&
    tokens[s - 1].lower === "of" &&
    (tokens[s - 2].pos === "NUM" || COUNT_OF.test(tokens[s - 2].lower))
  ) {
    s -= 2;
    // (not a complementiser the tagger calls a determiner: "a statement that thousands of residents …")
    while (
      s - 1 >= from &&
      // (and a side's name as its adjective: "the Ukrainian group of troops")
      (tokens[s - 1].pos === "DET" ||
        tokens[s - 1].pos === "NUM" ||
        tokens[s - 1].pos === "ADJ" ||
        (tokens[s - 1].pos === "PROPN" && /(?:an|ish|ese)$/.test(tokens[s - 1].lower))) &&
      tokens[s - 1].lower !== "that"
    )
      s--;
  }
  // a coordination before: "Izium and Kupiansk were liberated", "Hrakove, Pishchane and Kurylivka" (the joiner
  // nearest the head must be a conjunction: "on Tuesday, the General Staff" is no list)
  let p = s;
  // (a list of names, the last one named too: "Bilozerka and two men were wounded" is no list; "A, B and the entire
  // Kyiv region" is one)
  // (a part of the country named by its bearing is a place too: "A, B and the entire south"; and "other" closes a
  // list of names with the rest of their kind: "A, B and other settlements")
  const named =
    tokens.slice(s, last + 1).some((x) => /^\p{Lu}/u.test(x.text)) ||
    COMPASS.test(tokens[last].lower) ||
    tokens[s].lower === "other";
  for (let guard = 0; guard < 20 && named; guard++) {
    let q = p - 1;
    const conj = q >= from && /^(and|or|&)$/.test(tokens[q].lower);
    if (conj) q--;
    if (!conj && guard === 0) break;
    // (", and" before the last member makes a list only after a comma-joined member: "A, B, and C"; "took A, and
    // Moscow's ministry said" joins two clauses)
    const serial = guard === 0 && conj && q >= from && tokens[q].text === ",";
    if (q >= from && tokens[q].text === ",") q--;
    // (a member may end in a region noun: "Sumy region and Uman")
    if (q - 1 >= from && REGION_NOUN.test(tokens[q].lower) && /^\p{Lu}/u.test(tokens[q - 1].text)) q--;
    if (q >= from && tokens[q].text === ")") {
      let d = q;
      while (d > from && q - d < 12 && tokens[d].text !== "(") d--;
      q = d - 1;
    }
    if (q === p - 1 || q < from || !/^\p{Lu}/u.test(tokens[q].text) || !NP_POS.has(tokens[q].pos)) break;
    let r = q;
    // (a hyphen inside a name joins its parts: "Kamianka-Dniprovska, Vasylivka and …")
    while (
      r - 1 >= from &&
      ((NP_POS.has(tokens[r - 1].pos) && tokens[r - 1].pos !== "DET" && /^\p{Lu}/u.test(tokens[r - 1].text)) ||
        (tokens[r - 1].text === "-" && r - 2 >= from && /^\p{Lu}/u.test(tokens[r - 2].text)))
    )
      r--;
    if (serial && !(r - 1 >= from && tokens[r - 1].text === ",")) break;
    p = r;
  }
  // (a list of common nouns too, when its first member opens the clause: "Ukrainian tanks and armoured vehicles were
  // abandoned"; not "shelled the town and civilians were killed", where the first is another verb's object)
  if (p === s && s - 2 >= from && /^(and|or)$/.test(tokens[s - 1].lower)) {
    let r = s - 2;
    while (r - 1 >= from && r > s - 8 && (NP_POS.has(tokens[r - 1].pos) || tokens[r - 1].text === ",")) r--;
    const opens = r === from || tokens[r - 1].pos === "SCONJ" || /^(that|which)$/.test(tokens[r - 1].lower);
    if (opens && NP_POS.has(tokens[s - 2].pos) && tokens[r].text !== ",") p = r;
  }
  const np = nounPhrase(tokens, p, last + 1);
  // (the phrase runs to the verb: "the bodies of four people" is one subject, though its head is "bodies")
  let after = np ? np.head + 1 : last + 1;
  while (after <= last && tokens[after].start < np!.end) after++;
  const whole = np && after <= last && tokens[after].lower === "of" ? { ...np, end: tokens[last].end } : np;
  return (
    whole ?? {
      start: tokens[s].start,
      end: tokens[last].end,
      head: last,
      members: [{ start: tokens[s].start, end: tokens[last].end }],
    }
  );
}

type ClauseSpan = { from: number; to: number; kind: ClauseKind; marker: string | null };

/** What a relative clause's pronoun stands for: the phrase before it ("Kherson, which …"). */
function antecedent(tokens: GToken[], rel: ClauseSpan, cls: ClauseSpan[]): Phrase | null {
  let a = rel.from - 1;
  if (a >= 0 && tokens[a].text === ",") a--;
  const outer = cls.find((x) => a >= x.from && a < x.to);
  const near = outer ? phraseEndingAt(tokens, a, outer.from) : null;
  // ("a town on a reservoir that Russian forces shelled", "the village by the river which …": after a settlement noun
  // and its place phrase, a relative clause tells of the settlement, not of the feature it lies by)
  let b = near ? near.head : -1;
  while (b > 0 && tokens[b].start > near!.start) b--;
  b--;
  if (
    near &&
    b > outer!.from &&
    /^(?:on|by|near|along|beside)$/.test(tokens[b].lower) &&
    SETTLEMENT_NOUN.test(tokens[b - 1].lower) &&
    tokens[b - 1].lower !== "area" &&
    !/^\p{Lu}/u.test(tokens[near.head].text)
  )
    return appositive(tokens, phraseEndingAt(tokens, b - 1, outer!.from) ?? near, outer!.from);
  // ("a sergeant in X who had left his unit": "who" tells of a person, not of the place after the person)
  if (
    near &&
    /^(?:who|whom)$/.test(rel.marker ?? "") &&
    b > outer!.from &&
    /^(?:in|from|near|at)$/.test(tokens[b].lower) &&
    tokens[near.head].pos === "PROPN" &&
    /^(?:NOUN)$/.test(tokens[b - 1].pos)
  )
    return phraseEndingAt(tokens, b - 1, outer!.from) ?? near;
  return near && appositive(tokens, near, outer!.from);
}

/** The name a settlement noun stands in apposition to: "Kurakhove, a town (that …)" is Kurakhove. */
function appositive(tokens: GToken[], x: Phrase, from: number): Phrase {
  if (!SETTLEMENT_NOUN.test(tokens[x.head].lower) || tokens[x.head].lower === "area") return x;
  let k = x.head;
  while (k > from && tokens[k].start > x.start) k--;
  if (k - 2 < from || tokens[k - 1].text !== "," || !/^\p{Lu}/u.test(tokens[k - 2].text)) return x;
  if (tokens[k - 2].pos !== "PROPN") return x;
  return phraseEndingAt(tokens, k - 2, from) ?? x;
}

/**
 * The opener of an aside that closes at token j (a comma, a dash or a parenthesis): "X, a village in Y oblast, was",
 * "X – or Y, as Moscow calls it – was", "X (Y raion) was". Asides may hold clauses of their own, so clause bounds
 * do not stop the search; -1 when j closes none.
 */
/** A comma at `j` closing an aside of saying: ", according to X,", ", officials said,". */
function reportingAside(tokens: GToken[], j: number): boolean {
  if (tokens[j]?.text !== ",") return false;
  const open = asideOpener(tokens, j);
  if (open <= 0 || !/^(NOUN|PROPN)$/.test(tokens[open - 1].pos)) return false;
  return tokens[open + 1]?.lower === "according" || SAYING.test(tokens[j - 1].lower);
}

/** The conjunction that joins the verb at `at` to one before: right before it, or before an aside set off by
 * commas ("and, without meeting resistance, entered"); -1 when none. */
/**
 * The comma before a verb that a series of verbs sets off: a verb right after it that is neither a participle nor an
 * -ing form, and further on, within 30 tokens and before the sentence or a semicolon ends, "and" or "or" with a verb
 * right after it ("…, had success near Y and are consolidating"). -1 when none.
 */
function seriesComma(tokens: GToken[], at: number, verb: GToken): number {
  const k = at - 1;
  if (k < 1 || tokens[k].text !== "," || /ing$/.test(verb.lower) || isParticiple(verb)) return -1;
  for (let j = at + 1; j < tokens.length && j < at + 30; j++) {
    if (/^[.;:!?]$/.test(tokens[j].text)) return -1;
    if (/^(and|or)$/i.test(tokens[j].text) && /^(AUX|VERB)$/.test(tokens[j + 1]?.pos ?? "")) return k;
  }
  return -1;
}
function conjunctionBefore(tokens: GToken[], at: number): number {
  const k = at - 1;
  if (k < 0) return -1;
  if (/^(and|or|but)$/i.test(tokens[k].text)) return k;
  const open = tokens[k].text === "," ? asideOpener(tokens, k) : -1;
  return open > 0 && /^(and|or|but)$/i.test(tokens[open - 1].text) ? open - 1 : -1;
}
/**
 * The phrase fronted before an inverted verb of being, as a prepositional phrase: its preposition opens the clause
 * (or follows an opening adverbial set off by a comma: "Over the past day, under enemy fire were …"), and any subject
 * the grammar found before the verb lies inside it (a preposition's object, or a role of a participle there: "Under
 * fire from Ukrainian units over the past day were …"), not after it ("In Kharkiv the situation was calm").
 */
function frontedPhrase(
  tokens: GToken[],
  predicates: Predicate[],
  from: number,
  verbAt: number,
  subject: Phrase | null,
): PrepPhrase | null {
  // (a fronted phrase is short: a clause whose verb comes 40 tokens in has none, and each verb costs a bounded scan)
  if (verbAt - from > 40) return null;
  let p = from;
  for (let k = from; k < verbAt; k++) if (tokens[k].text === ",") p = k + 1;
  while (p < verbAt && /^(ADV|CCONJ)$/.test(tokens[p].pos)) p++;
  if (p >= verbAt - 1 || tokens[p].pos !== "ADP" || /^(of|by|than|as)$/.test(tokens[p].lower)) return null;
  // (the comma found must close an adverbial, not a subject: "In Kharkiv, the situation was calm")
  if (p > from && !/^(ADP|ADV|SCONJ)$/.test(tokens[from].pos)) return null;
  const np = nounPhrase(tokens, p + 1, verbAt);
  if (!np) return null;
  if (subject && subject.start >= np.end) {
    const s0 = indexAfter(tokens, subject.start, 0);
    const governed = s0 > 0 && tokens[s0 - 1].pos === "ADP";
    // (the verbs between, read back from the last: a page-long sentence's earlier verbs are not walked)
    let role = false;
    for (let k = predicates.length - 1; k >= 0 && predicates[k].head > p && !role; k--) {
      const q = predicates[k];
      if (q.head < verbAt)
        role = [q.agent, q.object, ...q.pps].some((r) => r && subject.start >= r.start && subject.start < r.end);
    }
    if (!governed && !role) return null;
  }
  // (the phrase runs to the verb, with the phrases that qualify it: "Under fire from Russian units were …")
  return { ...np, prep: tokens[p].lower, start: tokens[p].start, end: tokens[verbAt - 1].end };
}

/** The comma opening an addition that the comma at `j` closes (", as well as …,", ", along with …,"); -1 if none. */
function additionOpener(tokens: GToken[], j: number): number {
  if (tokens[j]?.text !== ",") return -1;
  for (let d = j - 1; d > 0 && j - d <= 40; d--) {
    const t = tokens[d].text;
    if (t === ";" || t === "–" || t === "—" || t === "(" || t === ")") break;
    if (t !== ",") continue;
    const next = tokens
      .slice(d + 1, d + 4)
      .map((x) => x.lower)
      .join(" ");
    if (/^(?:as well as|along with|together with)\b/.test(next)) return d;
  }
  return -1;
}
function asideOpener(tokens: GToken[], j: number): number {
  if (j < 1) return -1;
  const close = tokens[j].text;
  const open = close === ")" ? "(" : close === "," ? "," : close === "–" || close === "—" ? close : null;
  if (!open) return -1;
  for (let d = j - 1; d > 0 && j - d <= 40; d--) {
    if (tokens[d].text === open) return d;
    if (tokens[d].text === ";" || (open === "," && (tokens[d].text === "–" || tokens[d].text === "—"))) break;
  }
  return -1;
}

// the openers of an adverbial of cause, manner or support, which a noun phrase ends
const ADVERBIAL_OPENER = /(?:^| )(?:as a result of|in the course of|with the support of|with support from|thanks to)$/;
/** The first token of an adverbial ("as a result of decisive actions") ending at token q, or -1. */
function adverbialBefore(tokens: GToken[], q: number, from: number): number {
  const ph = phraseEndingAt(tokens, q, from);
  if (!ph) return -1;
  // (the phrase may take "result of" into itself: try each "of" inside it as well as its start)
  for (let b = indexAfter(tokens, ph.start, from); b <= q; b++) {
    if (b !== indexAfter(tokens, ph.start, from) && tokens[b - 1]?.lower !== "of") continue;
    const words: string[] = [];
    for (let j = b - 1; j >= from && j >= b - 5; j--) {
      words.unshift(tokens[j].lower);
      if (ADVERBIAL_OPENER.test(words.join(" "))) return j;
    }
  }
  return -1;
}

function subjectBefore(tokens: GToken[], vi: number, c: ClauseSpan, cls: ClauseSpan[]): Phrase | null {
  let q = vi - 1;
  if (
    c.kind === "relative" &&
    (q < c.from || (q === c.from && RELATIVE.has(tokens[q].lower)) || (c.marker === "of-which" && q <= c.from + 2))
  )
    return antecedent(tokens, c, cls);
  if (c.marker === "after-relative" && q < c.from) {
    const rel = cls.find((x) => x.to === c.from);
    if (rel) return antecedent(tokens, rel, cls);
  }
  // (the noun the infinitive completed: "Attempts to advance near X were repelled")
  if (c.marker === "after-complement" && q < c.from) {
    const inf = cls.find((x) => x.to === c.from);
    const ph = inf && inf.from > 0 ? phraseEndingAt(tokens, inf.from - 1, 0) : null;
    // (with the by- or of-phrase that names whose they are: "All attempts by the enemy to break through …")
    const k = ph ? indexAfter(tokens, ph.start, 0) : -1;
    const noun = k > 1 && /^(by|of)$/.test(tokens[k - 1].lower) ? phraseEndingAt(tokens, k - 2, 0) : null;
    return noun ? { ...noun, end: ph!.end } : ph;
  }
  // asides before the verb are stepped over, whatever clauses they hold; adverbs too
  let from = c.from;
  // (but an addition set off by commas joins the subject: "A and B, as well as C and D, were shelled")
  let addition: Span | null = null;
  for (let guard = 0; guard < 6 && q >= 0; guard++) {
    if (q >= c.from && tokens[q].pos === "ADV") {
      q--;
      continue;
    }
    // (a time phrase before the verb is no subject: "the ministry on Tuesday (September 10) said")
    const timePrep = /^(on|in|at|during|late|early|last|this)$/;
    if (q - 1 > c.from && TIME_WORD.test(tokens[q].lower) && timePrep.test(tokens[q - 1].lower)) {
      q -= 2;
      continue;
    }
    // (an adverbial of cause or manner between subject and verb, as translated Russian puts it: "units as a result
    // of decisive actions liberated X", "our troops in the course of the offensive took Y")
    const lead = adverbialBefore(tokens, q, c.from);
    if (lead > c.from) {
      q = lead - 1;
      continue;
    }
    // (an addition may hold a list of its own: "A and B in X region, as well as C, D and E in Y region, were
    // shelled": its opener is the comma before "as well as", not the list's last comma)
    const added = additionOpener(tokens, q);
    const open = added > 0 ? added : asideOpener(tokens, q);
    if (open > 0 && (q < c.from + 2 || tokens[q].text !== "," || open >= 0)) {
      const joins = tokens
        .slice(open + 1, open + 4)
        .map((t) => t.lower)
        .join(" ");
      if (!addition && tokens[q].text === "," && /^(?:as well as|along with|together with)\b/.test(joins))
        addition = { start: tokens[open + 1].start, end: tokens[q - 1].end };
      q = open - 1;
      from = Math.min(from, (cls.find((x) => q >= x.from && q < x.to) ?? c).from);
      continue;
    }
    break;
  }
  if (q < 0 || q < from) return null;
  // (an emphatic reflexive after its noun is no subject of its own: "the city of Kherson itself was under fire")
  if (/^(?:itself|themselves|himself|herself)$/.test(tokens[q].lower) && q - 1 >= from && NP_POS.has(tokens[q - 1].pos))
    q--;
  if (tokens[q].pos === "PRON" && /^(which|that|who)$/.test(tokens[q].lower)) return null;
  // "there" is the subject only of being ("there were explosions"); before another verb it ends a relative clause
  // the tagger closed too early: "a marine who fought there told the BBC" (the marine told)
  if (/^(there|here)$/.test(tokens[q].lower) && !/^(be|exist|remain|seem|appear)$/.test(lemmaOf(tokens[vi]))) {
    const rel = c.marker === "after-relative" ? cls.find((x) => x.to === c.from) : undefined;
    return rel ? antecedent(tokens, rel, cls) : null;
  }
  // the aside opener's clause may be a relative one ("Kherson, which …, was"): its antecedent is the subject
  let ph = phraseEndingAt(tokens, q, from);
  // the subject takes in the phrases that qualify it: "The village of Andriivka in Kherson region has been freed",
  // "Water supply to Mykolaiv has been cut", "Russian trenches on the left bank near X came under fire" (any common
  // noun: a place-name is never the subject of a verb that only its noun's phrase follows)
  // (a name with a phrase of its own on the way is taken only if a qualified noun comes before it: "Facilities in
  // A and B on the Danube were hit", not "Russian troops in Bakhmut on Monday")
  let settled = ph;
  for (let guard = 0; ph && guard < 3; guard++) {
    let b = ph.head;
    while (b > from && tokens[b - 1].start >= ph.start) b--;
    // (a participle describing a name is part of its phrase: "officials in occupied Melitopol")
    if (b - 3 >= from && DESCRIBING_PARTICIPLE.test(tokens[b - 1].lower) && tokens[b - 2].pos === "ADP") b--;
    if (!(b - 2 >= from && /^(in|of|to|for|on|from|near|by|around|outside)$/.test(tokens[b - 1].lower))) break;
    // (a by-phrase belongs only to an event noun: "attacks by the Ukrainian forces … were repulsed")
    if (tokens[b - 1].lower === "by" && !EVENT_QUALIFIED.test(tokens[b - 2].lower)) break;
    // (a parenthesis between the noun and its phrase is stepped over: "The institute (military school) of X")
    if (tokens[b - 2].text === ")") {
      let o = b - 3;
      while (o > from && b - o < 14 && tokens[o].text !== "(") o--;
      if (tokens[o]?.text !== "(" || o - 1 < from) break;
      const noun = tokens[o - 1];
      if (!(noun.pos === "NOUN" || noun.pos === "PROPN") || !QUALIFIED.test(noun.lower)) break;
      const outer = phraseEndingAt(tokens, o - 1, from);
      if (!outer) break;
      ph = { ...outer, end: ph.end };
      settled = ph;
      continue;
    }
    const region = REGION_NOUN.test(tokens[ph.head].lower) && tokens[b - 2].pos === "PROPN";
    // (a sentence's first word may be tagged a proper noun: "Substations in X were hit")
    const noun = tokens[b - 2].pos === "NOUN" || (tokens[b - 2].pos === "PROPN" && b - 2 === from);
    const name = tokens[b - 2].pos === "PROPN" && /^\p{Lu}/u.test(tokens[b - 2].text) && ph === settled;
    // (an institution's name: "Defence Forces of Ukraine", "Ministry of Defence of Russia")
    const institution =
      name &&
      tokens[b - 1].lower === "of" &&
      /^\p{Lu}/u.test(tokens[ph.head].text) &&
      !REGION_NOUN.test(tokens[ph.head].lower);
    if (!region && !name && !noun) break;
    const outer = phraseEndingAt(tokens, b - 2, from);
    if (!outer) break;
    ph = { ...outer, end: ph.end };
    if (region || noun || institution) settled = ph;
  }
  // (only for a finite verb: a bare participle may itself be a reduced relative, "the building destroyed by a missile")
  const finite = tokens[vi].pos === "AUX" || !(isParticiple(tokens[vi]) || /ing$/.test(tokens[vi].lower));
  const subject = (finite ? reducedRelativeHost(tokens, settled, from) : null) ?? settled;
  if (!addition || !subject || subject.end > addition.start) return subject;
  const own = subject.members.length ? subject.members : [{ start: subject.start, end: subject.end }];
  return { ...subject, end: addition.end, members: [...own, addition] };
}

/**
 * The noun a reduced relative clause before the verb qualifies, when the phrase found is that clause's own: "A woman
 * born in 1961 was wounded", "Troops stationed near X were hit", "A man living in X was killed", "A nurse originally
 * from X was injured", "Firefighters sent to the scene of a strike in X were wounded", "The troops holding X have
 * moved". Walks back over the clause's
 * prepositional phrases (a few words at most) to the participle, or to an adverb before the first preposition.
 */
function reducedRelativeHost(tokens: GToken[], ph: Phrase | null, from: number): Phrase | null {
  if (!ph) return null;
  let k = ph.head;
  while (k > from && tokens[k - 1].start >= ph.start) k--;
  k--; // the token before the phrase
  // (a clause's reduced relative is a few words long: the walk back stops within 30 tokens, so a page-long clause of
  // many predicates stays linear)
  from = Math.max(from, k - 30);
  const NP = /^(DET|ADJ|NUM|NOUN|PROPN)$/;
  // (the phrase found may leave out its article and modifiers: "an earlier strike in X")
  while (k - 1 >= from && (NP.test(tokens[k].pos) || tokens[k].pos === "ADV") && tokens[k].pos !== "PROPN") k--;
  for (let steps = 0; k - 1 >= from && steps < 14; steps++) {
    const t = tokens[k];
    // (an -ing form with an object of its own, right after a noun: "The troops holding X have moved", "units
    // defending positions near Y were pulled back": the noun is the subject, the -ing clause describes it)
    if (t.pos === "VERB" && /^[a-z]+ing$/.test(t.text) && /^(NOUN|PROPN)$/.test(tokens[k - 1].pos))
      return phraseEndingAt(tokens, k - 1, from);
    if (t.pos === "ADP") {
      const before = tokens[k - 1];
      // ("originally from X", "formerly of X": an adverb opens the clause)
      if (before.pos === "ADV" && k - 2 >= from && /^(NOUN|PROPN)$/.test(tokens[k - 2].pos))
        return phraseEndingAt(tokens, k - 2, from);
      let v = k - 1;
      // (a phrasal participle's particle: "a drone shot down over X")
      if (PARTICLES.has(tokens[v].lower) && tokens[v].pos !== "NOUN" && v - 1 >= from) v--;
      const verb = tokens[v];
      const participle = verb.pos === "VERB" && (isParticiple(verb) || /ing$/.test(verb.lower));
      if (participle && v - 1 >= from && /^(NOUN|PROPN)$/.test(tokens[v - 1].pos))
        return phraseEndingAt(tokens, v - 1, from);
      // another phrase of the same clause before this one ("the scene of a strike in X"): step over it
      if (!NP.test(before.pos)) return null;
      k--;
      while (k - 1 >= from && NP.test(tokens[k - 1].pos)) k--;
      k--;
      continue;
    }
    return null;
  }
  return null;
}

const EVENT_QUALIFIED = /^(?:attacks?|strikes?|shelling|assaults?|offensive|attempts?|raids?)$/;
// nouns whose phrase goes on after them: supplies to a place, attacks on it, the village of X
const QUALIFIED = new RegExp(
  "^(?:supply|supplies|access|traffic|attacks?|strikes?|shelling|assault|offensive|roads?|" +
    "villages?|towns?|city|cities|settlements|communities|localities|hamlets|parts?|outskirts|centre|center|" +
    "areas?|vicinity|" +
    "separatists|troops|forces|soldiers|fighters|units|officials|militants|mercenaries|authorities|police|officers|" +
    "residents|inhabitants|civilians|people|population|children|servicemen|personnel|members|crews?|marines|" +
    "paratroopers|volunteers|employees|workers|defenders|sailors|pilots|journalists|rescuers|medics|men|women|" +
    "company|companies|platoons?|battalions?|brigades?|regiments?|groups?|" +
    "facility|facilities|infrastructure|substations?|plants?|stations?|buildings?|houses|homes|depots?|" +
    "warehouses?|enterprises?|bridges?|institutes?|universit(?:y|ies)|schools?|hospitals?|" +
    // (kit takes its owner's of-phrase: "two infantry fighting vehicles of the Armed Forces of Ukraine")
    "tanks?|vehicles?|aircraft|helicopters?|howitzers?|launchers?|boats?|ships?|equipment|weapons|guns)$",
);
const REGION_NOUN = /^(region|oblast|district|raion|province|area)$/;
