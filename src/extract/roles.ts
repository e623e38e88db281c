// Who did what to which place, read from the grammar layer (text/grammar.ts): the predicate a trigger belongs to,
// its roles with voice undone (the agent of "X was taken by Wagner" is Wagner, its patient X), the side of a
// role's words, and the places inside a role.
import type { Doc, PlaceMention, Sentence, Side, Span } from "../types.js";
import type { Phrase, Predicate, SentenceGrammar } from "../text/grammar.js";
import { attribute, firstSide } from "../actors/index.js";
import { eventPlaces, speakersSide } from "./context.js";
import { firstFrom } from "../text/sentence-at.js";

/** A sentence's index in the article (sentences are in text order, so a binary search finds it); -1 if none. */
export function sentenceIndex(doc: Doc, s: Sentence): number {
  let lo = 0,
    hi = doc.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1,
      x = doc.sentences[mid];
    if (x.start === s.start) return mid;
    if (x.start < s.start) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The grammar of a sentence. */
export function grammarOf(doc: Doc, s: Sentence): SentenceGrammar | null {
  const i = sentenceIndex(doc, s);
  return i >= 0 ? (doc.grammar?.[i] ?? null) : null;
}

/** The predicate whose head lies inside the trigger span (the first, for "took control of"). */
export function predicateAt(doc: Doc, s: Sentence, span: Span): Predicate | null {
  const g = grammarOf(doc, s);
  if (!g) return null;
  return g.predicates.find((p) => g.tokens[p.head].start >= span.start && g.tokens[p.head].start < span.end) ?? null;
}

/**
 * The sides the grammar gives the verb at a trigger: its agent's (the by-phrase, or an active verb's subject), its
 * patient's, and its voice; null when no verb heads the trigger (a noun, or nothing the grammar read).
 */
export function verbSides(
  doc: Doc,
  s: Sentence,
  span: Span,
): { agent: Side | null; patient: Side | null; passive: boolean } | null {
  const pred = predicateAt(doc, s, span);
  if (!pred || pred.nominal) return null;
  const roles = rolesOf(pred);
  return {
    agent: sideOfPhrase(doc, s, roles.agent),
    patient: sideOfPhrase(doc, s, roles.patient),
    passive: pred.voice === "passive",
  };
}

export interface Roles {
  agent: Phrase | null;
  patient: Phrase | null;
  listed: Phrase | null;
  pp: (prep: RegExp) => Phrase | null;
}

/** Roles with the voice undone: the doer and the done-to, whatever the sentence's order. */
// (asked many times per predicate, by every frame that fits it: computed once)
const rolesCache = new WeakMap<Predicate, Roles>();
export function rolesOf(p: Predicate): Roles {
  const known = rolesCache.get(p);
  if (known) return known;
  const passive = p.voice === "passive";
  const pp = (prep: RegExp) => p.pps.find((x) => prep.test(x.prep)) ?? null;
  const r = p.nominal
    ? { agent: p.agent ?? p.subject, patient: pp(/^(of|on|against)$/), listed: p.listed, pp }
    : { agent: passive ? p.agent : p.subject, patient: passive ? p.subject : p.object, listed: p.listed, pp };
  rolesCache.set(p, r);
  return r;
}

const OWN_WEAPONS = new RegExp(
  String.raw`^(?:its|their)\s+(?:[\w-]+\s+)?(?:drones?|missiles?|artillery|aircraft|jets?|planes?|helicopters?|` +
    String.raw`navy|air force|air defen[cs]e|gunners)\b`,
  "i",
);
const MOSCOWS_WORDS =
  /^(?:(?:the|all|up to|\d+|[a-z]+ of the)\s+)*(?:Ukrainian\s+)?(?:militants|nationalists|neo-Nazis)$/i;
const ENEMY_PHRASE = new RegExp(
  String.raw`^(?:(?:the|an?|all|\d+|two|three|four|five|several|many)\s+)?` +
    String.raw`(?:(?:[\p{L}-]+\s+){1,3}(?:by|of)\s+the\s+)?(?:enemy|adversary|opponent)\b`,
  "iu",
);
const PARTITIVE = new RegExp(
  String.raw`^(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|some|all|most|several|` +
    String.raw`many|each|both)\s+of\s+`,
  "i",
);

/** The other side of a war of two. */
export const otherSide = (x: Side | null): Side | null => (x === "UA" ? "RU" : x === "RU" ? "UA" : null);

const text = (doc: Doc, x: Span) => doc.text.slice(x.start, x.end);

/**
 * The side a passage speaks for, when it speaks in the first person with no speaker named ("Units of the Southern
 * group continued to advance. The enemy, under the blows of our artillery, left X"): the side of the units it names
 * in this sentence or the one before, when they agree. A military's own bulletin calls itself "our" and names its
 * units; "the enemy" is then the other side.
 */
// (once per sentence: a page-long sentence of "the enemy" asks for it at every mention)
const voices = new WeakMap<Sentence, Side | null>();
function voiceSide(doc: Doc, s: Sentence): Side | null {
  if (!voices.has(s)) voices.set(s, voiceOf(doc, s));
  return voices.get(s)!;
}
function voiceOf(doc: Doc, s: Sentence): Side | null {
  const k = sentenceIndex(doc, s);
  if (k < 0) return null;
  // (without "our", only a unit the sentence itself names: "as a result of the actions of the Dnepr group of troops,
  // the enemy lost …")
  // (case matters for "us": "US officials" is no first person)
  const first = /\b(?:[Oo]ur|[Ww]e|us)\b/.test(s.text);
  const prev = first && k > 0 && doc.sentences[k - 1].paragraph === s.paragraph ? doc.sentences[k - 1] : s;
  const sides = new Set<string>();
  // (the article's actors are in text order: the first one of the passage by binary search)
  for (let i = firstFrom(doc.actors, prev.start); i < doc.actors.length && doc.actors[i].start < s.end; i++) {
    const a = doc.actors[i];
    if ((a.kind !== "unit" && a.kind !== "forces") || (a.side !== "UA" && a.side !== "RU")) continue;
    if (/\benemy\s*$/i.test(doc.text.slice(Math.max(0, a.start - 8), a.start))) continue;
    sides.add(a.side);
  }
  return sides.size === 1 ? ([...sides][0] as Side) : null;
}

/**
 * The side of the last speaker the sentences before name, in the same paragraph (up to three back): a summary goes on
 * in its source's voice ("According to the Russian ministry, its units hit a brigade near X. The enemy lost up to 440
 * troops there.").
 */
// (once per sentence: a page of "the enemy" asks it at every mention)
const paragraphVoices = new WeakMap<Sentence, Side | null>();
function paragraphVoice(doc: Doc, s: Sentence): Side | null {
  if (!paragraphVoices.has(s)) paragraphVoices.set(s, paragraphVoiceOf(doc, s));
  return paragraphVoices.get(s)!;
}
function paragraphVoiceOf(doc: Doc, s: Sentence): Side | null {
  const k = sentenceIndex(doc, s);
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    const prev = doc.sentences[j];
    if (prev.paragraph !== s.paragraph) return null;
    const side = attribute(doc, prev, prev.start).source?.side ?? voiceSide(doc, prev) ?? doerSide(doc, prev);
    if (side === "UA" || side === "RU") return side;
  }
  return null;
}

// (a unit named as the one done to, "attacks by the 47th brigade", "losses on the 15th brigade", is not the doer)
const DONE_TO_BEFORE =
  /\b(?:by|on|against|enemy|enemy['’]s)\s+(?:the\s+)?$|\b(?:positions|losses|manpower|equipment)\s+of\s+(?:the\s+)?$/i;
/** The side of the first unit a sentence names as a doer: a summary's own forces ("Units of the Centre group
 * repelled five attacks by the 47th brigade" is told by Russia's side). */
function doerSide(doc: Doc, s: Sentence): Side | null {
  for (let i = firstFrom(doc.actors, s.start); i < doc.actors.length && doc.actors[i].start < s.end; i++) {
    const a = doc.actors[i];
    if ((a.kind !== "unit" && a.kind !== "forces") || (a.side !== "UA" && a.side !== "RU")) continue;
    if (DONE_TO_BEFORE.test(doc.text.slice(Math.max(s.start, a.start - 16), a.start))) continue;
    return a.side as Side;
  }
  return null;
}

/** The side of an actor the lexicon knows inside a phrase (or a named unit the phrase is part of). */
function actorSideIn(doc: Doc, x: Span): Side | null {
  const actor = doc.actors.find(
    (a) =>
      ((a.start >= x.start && a.end <= x.end) || (a.kind === "unit" && a.start < x.end && a.end > x.start)) &&
      (a.side === "UA" || a.side === "RU") &&
      a.kind !== "media",
  );
  return actor ? (actor.side as Side) : null;
}

const OWN_FORCES_WORDS = new RegExp(
  String.raw`^(?:its|their|his|her)\s+(?:own\s+)?(?:troops|forces|units|soldiers|army|` +
    String.raw`military|fighters|servicemen|men|defenders|brigades?|marines|paratroopers)\b`,
  "i",
);
/**
 * The side a phrase names: a side word or a known actor ("Ukrainian forces", "Wagner", "the 92nd Brigade" via the
 * lexicon); a possessive or "we" names the speaker's own side; "the enemy" the speaker's enemy; "they" the side
 * the sentence before named first.
 */
const TARGET_PREP = /\s(?:on|against|at|in|near|over|into|across|towards?|outside|around)\s/i;
export function sideOfPhrase(doc: Doc, s: Sentence, x: Phrase | null): Side | null {
  if (!x) return null;
  // (a phrase the tokenizer cut inside a hyphenated word starts at that word: "yellow-and-blue flag")
  let from = x.start;
  while (from > 0 && /[\p{L}-]/u.test(doc.text[from - 1]) && doc.text[from] !== " " && x.start - from < 30) from--;
  if (from < x.start) x = { ...x, start: from };
  // (what a count is of names the side: "two of its own tanks" are its own)
  const count = PARTITIVE.exec(text(doc, x));
  if (count) x = { ...x, start: x.start + count[0].length };
  const words = text(doc, x);
  const speaker = () => speakersSide(doc, s, x.start);
  // "troops whose tanks were hit": what "whose" opens belongs to the noun before it
  const lead = doc.text.slice(Math.max(s.start, x.start - 80), x.start);
  const whose = /(?:^|[,;(]\s*)([^,;()]*?)\s+whose\s+$/i.exec(lead);
  if (whose) {
    const at = x.start - lead.length + whose.index + whose[0].indexOf(whose[1]);
    const owner = firstSide(doc.text, at, at + whose[1].length);
    if (owner) return owner;
  }
  // ("an enemy helicopter", "two enemy boats": the enemy's kit too; "all attempts by the enemy": its deeds)
  if (ENEMY_PHRASE.test(words)) {
    // (unless the enemy is the one speaking: "the enemy claims …" is Russia in a Ukrainian's words, as such
    // reports say "the enemy" far more often)
    const said = attribute(doc, s, x.start);
    // (a speaker named in this sentence: one pointed back to, "the ministry said" after "the Russian defence
    // ministry" in the sentence before, spans the words between and speaks of the enemy, not as it)
    if (said.span && s.start <= said.span[0] && said.span[0] <= x.start && x.end <= said.span[1]) return "RU";
    const sp = said.source?.side ?? voiceSide(doc, s) ?? paragraphVoice(doc, s);
    return sp === "RU" ? "UA" : "RU";
  }
  // ("the militants lost up to 15 servicemen", "nationalists fled": Moscow's words for Ukraine's forces; in a
  // Ukrainian voice "militants" are Russia's proxies)
  if (MOSCOWS_WORDS.test(words)) {
    const said = attribute(doc, s, x.start).source?.side ?? voiceSide(doc, s) ?? paragraphVoice(doc, s);
    return said === "UA" ? "RU" : "UA";
  }
  if (
    /^(?:we|us|our|its|their|his|her)\b/i.test(words) &&
    !/^(?:its|their|his|her)\s+(?:own\s+)?(?:residents|people|citizens)\b/i.test(words)
  ) {
    // ("his fighters", "her troops": a commander's or a leader's own, the side of the one who speaks of them)
    const own =
      /^(?:we|us|our)\b/i.test(words) ||
      OWN_FORCES_WORDS.test(words) ||
      // ("blew up two of its own tanks": kit said to be one's own is the owner's; so are its weapons: "the ministry
      // said its drones struck …")
      /^(?:its|their)\s+own\b/i.test(words) ||
      OWN_WEAPONS.test(words);
    if (own) {
      // ("Russia is regrouping its forces": in an object or a phrase of a verb, the verb's subject owns them)
      const g = doc.grammar[doc.sentences.indexOf(s)];
      const owner = /^(?:its|their)\b/i.test(words)
        ? g?.predicates.find(
            (p) =>
              !p.nominal &&
              !!p.subject &&
              p.subject.end <= x.start &&
              [p.object, ...p.pps].some((o) => !!o && o.start <= x.start && x.end <= o.end),
          )
        : undefined;
      // (an actor the lexicon knows owns them too: "Kyiv ordered its units out" is Ukraine's government)
      const ownerSide = owner?.subject
        ? (firstSide(doc.text, owner.subject.start, owner.subject.end) ?? actorSideIn(doc, owner.subject))
        : null;
      if (ownerSide === "UA" || ownerSide === "RU") return ownerSide;
      // ("“Kyiv's statements that our units left X are a lie,” the spokesman said": "our" is the one who speaks the
      // quotation, not the owner of a claim quoted inside it)
      const before = /^(?:we|us|our)\b/i.test(words) ? doc.text.slice(s.start, x.start) : "";
      const open = Math.max(before.lastIndexOf("“"), before.lastIndexOf('"'), before.lastIndexOf("«"));
      const quoted = open >= 0 ? speakersSide(doc, s, s.start + open) : null;
      const sp = quoted ?? speaker() ?? voiceSide(doc, s);
      if (sp) return sp;
      // ("The brigade spent the summer outside X. Last week its soldiers entered it": the owner named before)
      if (/^(?:its|their)\b/i.test(words)) {
        const ante = antecedentSide(doc, s, x.start);
        if (ante) return ante;
      }
    }
  }
  // (a place or a target the phrase goes on to name is not its owner: "a drone attack on the central Ukrainian city
  // of X" is nobody's by "Ukrainian", "forces in the Russian-held town" not Russia's; "by" and "of" phrases still
  // name the doer: "an attack by Russian forces", "units of the Russian army")
  const at = TARGET_PREP.exec(words);
  const own = at ? { ...x, end: x.start + at.index } : x;
  const cue = firstSide(doc.text, own.start, own.end);
  if (cue) return cue;
  // (or a named unit the phrase is part of: "units of the Vostok group of forces" whose grammar kept "group")
  const actor = actorSideIn(doc, own);
  if (actor) return actor;
  // "the ministry said it had liberated X": "it" is the speaking body (when the saying comes first)
  if (/^it$/i.test(words)) {
    const g = doc.grammar[sentenceIndex(doc, s)];
    const said = g?.predicates.some((p) => SAYING.test(p.lemma) && p.start < x.start);
    const sp = said ? speaker() : null;
    if (sp) return sp;
  }
  // ("the defenders fell back from X": in this war's reporting the defenders with no side word are Ukraine's, unless
  // a speaker of the other side says it of its own)
  if (/^(?:the\s+)?(?:[\w-]+\s+)?defenders\b/i.test(words)) return speaker() ?? "UA";
  if (/^(?:they|them|it)$/i.test(words)) {
    const ante = antecedentSide(doc, s, x.start);
    if (ante !== undefined) return ante;
    const i = sentenceIndex(doc, s);
    const prev = doc.sentences[i - 1];
    if (prev) return firstSide(doc.text, prev.start, prev.end);
  }
  return null;
}

const OBJECT_PRONOUN = /^(?:(?:[\w-]+\s+){1,2}of\s+)?(?:them|it)$/i;
const SIDELESS_PEOPLE = /\b(?:residents|civilians|people|locals|villagers|witnesses|families|inhabitants)\b/i;
const SAYING = /^(say|claim|report|announce|state|tell|write|confirm|add|note|declare)$/;
const PRONOUN = /^(?:they|them|it|he|she|we|its|their|his|her|our|which|who|that)\b/i;

/**
 * Whom "they", "it" or "its" stands for: the nearest subject before it that names a side, in its own sentence
 * ("Ukrainian defenders held out, but they pulled out") or in the two before ("The Russian army regrouped near X.
 * On Thursday it took Y"). Undefined when none is found; null when the nearest is people of no side.
 */
function antecedentSide(doc: Doc, s: Sentence, at: number): Side | null | undefined {
  const i = sentenceIndex(doc, s);
  const isPronoun = (o: Span) => OBJECT_PRONOUN.test(text(doc, o));
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    const g = doc.grammar[k];
    if (!g) continue;
    const subjects = g.predicates
      // ("the enemy claims that they captured X": in its own sentence the sayer is who "they" are)
      .filter((p) => !p.nominal && p.subject && p.subject.end <= at && (k === i || !SAYING.test(p.lemma)))
      // (nor is it the doer of the verb it is the object of: "Ukrainian gunners destroyed two of them" are not theirs)
      .filter((p) => k !== i || ![p.object, ...p.pps].some((o) => !!o && o.start <= at && at < o.end && isPronoun(o)))
      .map((p) => p.subject!);
    // (in this sentence the nearest before it; in one before, its first: the subject a paragraph goes on about)
    const order = k === i ? subjects.reverse() : subjects;
    for (const x of order) {
      if (PRONOUN.test(text(doc, x))) continue;
      // ("most residents said they had fled": the people nearest before it are who "they" are, and they have no side)
      if (k === i && SIDELESS_PEOPLE.test(text(doc, x))) return null;
      const side = firstSide(doc.text, x.start, x.end);
      if (side) return side;
      const a = doc.actors.find((y) => y.start >= x.start && y.end <= x.end && (y.side === "UA" || y.side === "RU"));
      if (a) return a.side as Side;
      // (officials Russia installed are Russia's, though the side word only qualifies them: "Russian-installed
      // officials in Melitopol said they had arrested two saboteurs")
      if (INSTALLED_BY_RUSSIA.test(text(doc, x))) return "RU";
    }
  }
  return undefined;
}
const INSTALLED_BY_RUSSIA = new RegExp(
  String.raw`\b(?:(?:Russian|Moscow|Kremlin)[-\s](?:installed|appointed|backed)|` +
    String.raw`occupation\s+(?:authorities|officials|administration))\b`,
  "i",
);

/** The event places (not reference points, not countries) inside a phrase, each member of a list. */
export function placesIn(doc: Doc, s: Sentence, ...xs: (Phrase | null)[]): PlaceMention[] {
  const all = eventPlaces(doc, s);
  const out: PlaceMention[] = [];
  for (const x of xs)
    if (x) for (const p of all) if (p.start >= x.start && p.end <= x.end && !out.includes(p)) out.push(p);
  return out;
}

/** "the outskirts of X", "half of X", "a district of X", "a foothold in X": part of a place, not the whole. */
export const PART_OF_PLACE = new RegExp(
  // (a possessive opens it too: "Ukraine's largest power plant")
  String.raw`^(?:(?:the|a|an|its|their|about|some|around|nearly|almost|over|more than|[\p{L}-]+['’]s)\s+)*` +
    String.raw`(?:(?:western|eastern|northern|southern|central|south-?eastern|south-?western|` +
    String.raw`north-?eastern|north-?western|industrial|residential|some|several|most|much|large|larger|` +
    String.raw`small|big|significant|greater|considerable)\s+)*` +
    String.raw`(?:(?:outskirts|half|most|part|parts|suburbs?|edge|edges|centre|center|foothold|bridgehead|approaches|` +
    String.raw`positions?|east|west|north|south|areas?|\d+\s*(?:percent|per cent|%))\b` +
    // (a named part: "the Kanal microdistrict", "the railway station", "the Azot chemical plant")
    // ("the city administration building": a place word may open a longer name of a part)
    // ("the town centre", "the village centre")
    String.raw`|(?:city|town|village)\s+cent(?:re|er)\b` +
    String.raw`|(?:(?:city|town|village)\s+(?=[\p{L}-]+\s+[\p{L}-]))?` +
    String.raw`(?:(?!(?:town|city|village|settlement|settlements|villages|` +
    String.raw`towns)\b)[\p{L}-]+\s+){0,3}?(?:district|districts|neighbou?rhoods?|industrial zone|zone|` +
    String.raw`quarter|streets?|blocks?|micro-?districts?|plant|factory|works|station|school|hospital|elevator|mill|` +
    String.raw`buildings?|church|farm|cemetery|quarry|hill|heights|airport|airfield|air base|base|mine|` +
    // ("the Kupiansk area", "the Bakhmut suburbs": the ground around a place named before it)
    String.raw`outpost|area|areas|suburbs|environs|vicinity)\b)`,
  "iu",
);
// (a place phrase's preposition is not the part: "from most of X", "out of the eastern streets of X")
// (with `seat`, the seat of the place's government is the place: a flag raised over the district administration
// marks the town taken, where capturing the building is a foothold in it)
export const isPartOf = (doc: Doc, x: Phrase | null, seat = false) =>
  // (control of a part is the part: "took control of the eastern part of X"; but all its seats of government are
  // the town's government, taken: "control of all administrative buildings in X")
  !!x &&
  !SEATS_OF_POWER.test(text(doc, x).replace(CONTROL_OF, "")) &&
  !(seat && SEAT.test(text(doc, x))) &&
  PART_OF_PLACE.test(
    text(doc, x)
      .replace(CONTROL_OF, "")
      .replace(/^(?:from|out of|in|into|of|at|on)\s+/i, ""),
  );
const SEATS_OF_POWER = /^all\s+(?:the\s+)?(?:administrative|administration|government|state)\s+buildings\b/i;
const SEAT = /\b(?:administration|council|city hall|town hall)(?:\s+(?:building|headquarters))?\s*$/i;
const CONTROL_OF = /^(?:(?:full|complete|total|effective)\s+)?control\s+(?:of|over)\s+/i;

/** A passive participle with no auxiliary, describing the noun before it: "the building hit by a missile". */
export const reducedRelative = (g: SentenceGrammar, o: Predicate) =>
  !o.nominal && o.voice === "passive" && o.start === g.tokens[o.head].start;

// what a building or a camp is to those inside it: "a hotel that housed troops", "a base used by soldiers"
const HOUSING = /^(?:house|use|station|base|deploy|quarter|billet|accommodate|garrison|shelter|live|stay|occupy)$/;
// (a sentence's verbs of housing, found once: each strike of a page-long sentence asks)
const housingOf = new WeakMap<SentenceGrammar, Predicate[]>();
/**
 * The side of those a struck target shelters, told by a relative clause or a participle after it: "a hotel in X that
 * housed Russian troops", "a school where Russian soldiers were stationed", "a base used by Ukrainian units". The
 * side word names the target, not the striker.
 */
export function occupantsSide(doc: Doc, s: Sentence, p: Predicate): Side | null {
  const patient = rolesOf(p).patient;
  const g = doc.grammar[sentenceIndex(doc, s)];
  if (!patient || !g) return null;
  let housing = housingOf.get(g);
  if (!housing) housingOf.set(g, (housing = g.predicates.filter((o) => !o.negated && HOUSING.test(o.lemma))));
  for (const o of housing) {
    if (o === p) continue;
    // (a relative clause, or a participle with no auxiliary: "a base used by …")
    if (o.clause.kind !== "relative" && !reducedRelative(g, o)) continue;
    const at = o.clause.kind === "relative" ? o.clause.start : o.start;
    if (at < patient.end || at > patient.end + 40) continue;
    for (const x of [o.agent, o.object, o.subject])
      if (x && x.start >= patient.end) {
        const side = sideOfPhrase(doc, s, x);
        if (side) return side;
      }
  }
  return null;
}

// the verbs of guiding or preparing a deed, and the words of a sentence about someone accused of a part in it
const GUIDING = /^(?:direct|adjust|correct|coordinate|guide|spot|plan|prepare|organi[sz]e|help|aid|assist|facilitate)$/;
const ACCUSED = new RegExp(
  String.raw`\b(?:detain\w*|arrest\w*|suspect\w*|accus\w*|charged|convict\w*|sentenced|exposed|traitors?|` +
    String.raw`informants?|spy|spies)\b`,
  "i",
);
/**
 * A deed's noun held by a verb of guiding or preparing, in a sentence about someone accused: the accused's part in
 * deeds told as a charge, no event of the day ("detained an agent who had been directing missile strikes on X",
 * "suspected of adjusting drone attacks on the port"). `at`: the deed's words (its noun, or a trigger in them).
 */
export function accusedsPart(doc: Doc, s: Sentence, at: Span): boolean {
  // (deeds in the plural: a habit; one strike told, "the strike on the cafe", is the day's news)
  if (!/s$/i.test(doc.text.slice(at.start, at.end)) || at.start < s.start || at.end > s.end) return false;
  const cover = guidedCover(doc, s);
  return !!cover && cover[at.start - s.start] === 1 && cover[at.end - 1 - s.start] === 1;
}
// (which characters of a sentence lie in a guided deed, found once per sentence: a page-long sentence of many deeds
// asks for each, and stays linear)
const guidedCache = new WeakMap<Sentence, Uint8Array | null>();
function guidedCover(doc: Doc, s: Sentence): Uint8Array | null {
  if (guidedCache.has(s)) return guidedCache.get(s)!;
  let cover: Uint8Array | null = null;
  if (ACCUSED.test(s.text)) {
    // (with no determiner: "directing missile strikes", not "guiding the strike on X")
    const generic = (x: Span) => !/^(?:the|a|an|this|that|one)\b/i.test(doc.text.slice(x.start, x.end));
    const spans: Span[] = [];
    for (const p of grammarOf(doc, s)?.predicates ?? []) {
      if (p.nominal && p.governor && GUIDING.test(p.governor)) spans.push(p);
      else if (!p.nominal && GUIDING.test(p.lemma) && p.object && generic(p.object)) spans.push(p.object);
    }
    if (spans.length) {
      const n = s.end - s.start;
      const edges = new Int32Array(n + 1);
      for (const x of spans) {
        edges[Math.max(0, x.start - s.start)]++;
        edges[Math.min(n, x.end - s.start)]--;
      }
      cover = new Uint8Array(n);
      for (let k = 0, c = 0; k < n; k++) cover[k] = (c += edges[k]) > 0 ? 1 : 0;
    }
  }
  guidedCache.set(s, cover);
  return cover;
}
