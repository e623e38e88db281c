// control_change: a side takes a place. "Ukrainian forces entered Izium", "Kupyansk and Izium were taken over",
// "Most of the region was occupied by Russian troops", "the three liberated settlements – A, B and C".
import { wordListRegex } from "../text/whole-words.js";
import type { Doc, Event, Sentence, Side } from "../types.js";
import type { Extractor } from "./types.js";
import { clauseOf, dateFor, eventPlaces, qualifier, speakersOwnSide, speakersSide } from "./context.js";
import { houseSide, sideAfter, sideBefore } from "../actors/index.js";
import { statusAndSource } from "./assert.js";
import { placesFor, type Where } from "./places-for.js";
import { isPartOf, otherSide as other, placesIn, predicateAt, rolesOf, sentenceIndex, sideOfPhrase } from "./roles.js";
import type { Phrase } from "../text/grammar.js";
import { KIT } from "./en/frames.js";

// Verbs used in this war almost only for Ukraine retaking ground; the agent, when named, still decides.
const RETAKE =
  String.raw`liberat(?:ed|es|e|ing|ion\s+of)|recaptur(?:ed|es|e|ing)|recapture\s+of|retook|retak(?:en|` +
  String.raw`es|e|ing)|regain(?:ed|s|ing)?(?:\s+(?:full\s+)?control\s+(?:of|over))?|(?:took|taken|won|` +
  String.raw`win)\s+back|reclaim(?:ed|s)?|de-?occupied|freed`;
const TAKE =
  String.raw`captur(?:ed|es|e|ing)|capture\s+of|seiz(?:ed|es|e|ing)|seizure\s+of|(?:took|taken|take|takes|` +
  String.raw`taking|gained|gain|established|establish|assumed|seized|claim(?:ed|s)?|won)\s+(?:full\s+|` +
  String.raw`complete\s+|total\s+)?control\s+(?:of|over)|control\s+(?:was|has\s+been|had\s+been|` +
  String.raw`is)\s+established\s+(?:over|in)|(?:came|come|comes|` +
  String.raw`coming)\s+under\s+(?:the\s+)?(?:full\s+)?control\s+of|(?:took|taken)\s+over|(?:took|` +
  String.raw`taken)(?=\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?\p{Lu})|entered|occupied|overran|` +
  String.raw`overrun|conquer(?:ed|s)|(?:fell|fallen|falls)\s+(?:to|into)|fall\s+of|secured|(?:raised|raising|` +
  String.raw`hoisted|hoisting|installed|installing|planted|planting)\s+(?:(?:the|a|` +
  String.raw`their)\s+)?(?:\w+\s+)?flags?|drove\s+(?:(?:the\s+)?\w+\s+){0,2}?(?:out|away)(?:\s+of)?|` +
  String.raw`driven\s+out|pushed\s+out|expelled|cleared`;

const PEOPLE =
  String.raw`(?:prisoners?|POWs?|captives?|hostages?|detainees?|defenders|soldiers|servicemen|civilians|people|` +
  String.raw`sailors|marines|children|fighters|men|women|persons|citizens|residents|Ukrainians|crews?)`;
const FREED_BEFORE = new RegExp(String.raw`\b(?:those|${PEOPLE})\s+(?:who\s+(?:were|had\s+been)\s+)?$`, "i");
const FREED_AFTER = new RegExp(String.raw`^\s+(?:(?:the|all|some|\d+|[\w-]+)\s+){0,3}${PEOPLE}\b`, "i");
const RECALLED = /\b(?:after|following|before|since|until)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}$/i;
const RETAKE_RE = new RegExp(`^(?:${RETAKE})$`, "i");

const REGION_WORD_AFTER = new RegExp(
  String.raw`^\s+(eastern|western|southern|northern|territor|areas?|regions?|parts?|lands?|` +
    String.raw`cities|towns|villages|settlements|\p{Lu})`,
  "u",
);
export const controlChange: Extractor = {
  type: "control_change",
  name: "control-change",
  triggers: wordListRegex(String.raw`${RETAKE}|${TAKE}`),
  extract(doc, s, m) {
    const start = s.start + m.index,
      end = start + m[0].length;
    const q = qualifier(doc, s, start);
    if (q === "negated" || q === "hypothetical" || q === "intent" || q === "demanded") return [];
    // "the operation to liberate the city": a purpose, not an event ("forced them to withdraw" is handled by callers)
    if (
      /\bto\s+$/i.test(doc.text.slice(start - 4, start)) &&
      !/\b(forc\w*|compel\w*|managed|able|continu\w*|began|begin|started)\b[^.;]{0,40}to\s+$/i.test(
        doc.text.slice(Math.max(0, start - 60), start),
      )
    )
      return [];
    // "before entering", "after entering": a participle in a time clause is background, no new claim
    if (
      /^entered$/i.test(m[0]) &&
      !/\b(forces|troops|units|army|soldiers|military|fighters|they|we)\b[^.;]{0,30}$/i.test(
        doc.text.slice(Math.max(0, start - 40), start),
      )
    )
      return [];
    // people set free are no ground taken: "those freed included defenders of X", "freed 95 prisoners"
    if (
      /^(?:freed|liberat)/i.test(m[0]) &&
      (FREED_BEFORE.test(doc.text.slice(Math.max(s.start, start - 40), start)) ||
        FREED_AFTER.test(doc.text.slice(end, Math.min(s.end, end + 60))))
    )
      return [];
    const c = clauseOf(s, start);
    const drove = /^(drove|driven|pushed|expelled|cleared)/i.test(m[0]) && !/\bof$/i.test(m[0]);
    // "came under the control of Russian occupiers", "the occupied eastern region": a state, or the place before
    const cameUnder = /^(came|come|comes|coming)\s+under/i.test(m[0]) || /^control\s/i.test(m[0]);
    // attributive "occupied" (the occupied region, partially occupied, Russian-occupied) describes, it does not report
    if (/^occupied$/i.test(m[0])) {
      const pre = doc.text.slice(Math.max(0, start - 24), start);
      const verbal = new RegExp(
        String.raw`\b(has|have|had|was|were|been|being|completely|fully|effectively|finally|quickly|troops|` +
          String.raw`forces|army|units|soldiers|military|Russia|Ukraine|they|we|invaders|occupiers)\s+$`,
        "i",
      ).test(pre);
      if (
        !verbal &&
        (/(\b(the|a|an|partially|temporarily|still|currently|now|long|once|previously)\s+|-)$/i.test(pre) ||
          REGION_WORD_AFTER.test(doc.text.slice(end, end + 14)))
      )
        return [];
    }
    // any participle between a determiner and its noun describes too: "the 'liberated' city of X", "a recently
    // recaptured village"
    // (or after a preposition, before a name: "police in de-occupied Izium", "returned to liberated Kherson")
    const det = /\b(the|a|an|its|their|this|these|newly|recently|in|of|from|to|at|near|around|into|over)\s+["'“‘]?$/i;
    const noun =
      /^["'”’]?\s+(?:[a-z]+\s+)?(cit(?:y|ies)|towns?|villages?|settlements?|territor|areas?|regions?|\p{Lu})/u;
    const described =
      det.test(doc.text.slice(Math.max(0, start - 24), start)) && noun.test(doc.text.slice(end, end + 30));
    if (/(?:ed|en)$/i.test(m[0]) && described) return [];
    // (and one the grammar reads as describing, after a verb: "drones struck liberated Kherson")
    const toks = doc.grammar[sentenceIndex(doc, s)]?.tokens ?? [];
    const k = toks.findIndex((x) => x.start === start);
    if (/(?:ed|en)$/i.test(m[0]) && k > 0 && toks[k].pos === "ADJ" && toks[k - 1].pos === "VERB") return [];
    // "Kherson … after Ukrainian forces drove out Russian troops": the object is the troops, the place comes before
    // "Lyman fell to Russian forces": the place is the subject
    // "took" alone needs a capitalised place right after it ("took Pisky"); the trigger pattern is case-blind
    if (
      /^(took|taken)$/i.test(m[0]) &&
      !/^\s+(?:the\s+(?:town|city|village|settlement)\s+of\s+)?\p{Lu}/u.test(doc.text.slice(end, end + 40))
    )
      return [];
    const fall = /^(fell|fallen|falls)|^(came|come|comes|coming)\s+under/i.test(m[0]);
    // the grammar first: who is the agent, what is the patient, with the voice undone
    const pred = predicateAt(doc, s, { start, end });
    if (pred && (pred.negated || pred.modality || pred.clause.kind === "conditional")) return [];
    // "a week after the fall of X", "since the capture of Y": a change of hands recalled as a point in time is
    // background, news only with a date of its own ("since the liberation of X in November")
    if (pred?.nominal && RECALLED.test(doc.text.slice(Math.max(s.start, start - 40), start))) {
      const own = doc.dates.some((d) => pred.pps.some((x) => d.start >= x.start && d.start < x.end));
      if (!own) return [];
    }
    const roles = pred && !pred.attributive ? rolesOf(pred) : null;
    let where: Where | null = null,
      partial = false;
    if (roles && pred) {
      const control = (x: Phrase | null) =>
        !!x && /^(?:(?:full|complete|total)\s+)?control$/i.test(doc.text.slice(x.start, x.end));
      const phrases = fall
        ? [pred.subject]
        : drove
          ? [roles.pp(/^(out of|from|of)$/), pred.listed]
          : control(roles.patient) || !roles.patient
            ? [roles.pp(/^(of|over)$/), pred.listed, roles.patient]
            : [roles.patient, pred.listed];
      const ps = placesIn(doc, s, ...phrases);
      if (ps.length) where = { mentions: ps, places: ps.map((p) => p.place), how: "role" };
      // (for a driving out, the part is in the place phrase: "cleared Russian forces from most of X")
      partial = isPartOf(doc, fall ? pred.subject : drove ? roles.pp(/^(out of|from|of)$/) : roles.patient);
      // (a deed whose object is a group of settlements it does not name took no place the sentence names elsewhere:
      // "entered the region and captured five villages" is no change of the region's hands; a count is a claim's)
      const object = !fall && !drove ? roles.patient : null;
      if (!where && object && COUNTED_GROUP.test(doc.text.slice(object.start, object.end))) return [];
      // (kit captured is kit lost, no place taken: "captured a Russian tank in X"; the head before its locative)
      const head = object ? doc.text.slice(object.start, object.end).split(/\s(?:in|near|at|outside|on)\s/)[0] : "";
      if (KIT.test(head)) return [];
    }
    where ??= placesFor(
      doc,
      s,
      { start, end },
      { context: false, subjectAlways: drove || cameUnder || /^(fell|fallen|falls)/i.test(m[0]) },
    );
    if (!where) return [];
    // a noun ("the fall of", "the capture of") carries an event only with its place right there: "in the fall of 2024"
    if (/\s+of$/i.test(m[0]) && where.how !== "object" && where.how !== "role") return [];
    const retake = RETAKE_RE.test(m[0].replace(/\s+of$/i, "").trim()) || /^liberat/i.test(m[0]);
    let side: Side | null = null;
    if (roles && pred) {
      side = sideOfPhrase(doc, s, fall ? roles.pp(/^(to|into|of|under)$/) : roles.agent);
      // "Russian units were pushed out of X": the ones driven out lose it to the other side
      if (!side && drove) side = other(sideOfPhrase(doc, s, pred.voice === "passive" ? pred.subject : pred.object));
      // a passive without its agent: the speaker announces their own side's gain ("was liberated," the Russian
      // defence ministry said); with nobody cited, a retaking is Ukraine's (the usual report)
      if (!side && pred.voice === "passive" && !drove && !fall)
        side = speakersSide(doc, s, start) ?? (retake ? (houseSide(doc) ?? "UA") : null);
    }
    // (after "the fall of X" a side is who took it only in a to-phrase: "… was confirmed by the Ukrainian military")
    const fallOf = /^fall\s+of/i.test(m[0]);
    if (fallOf && roles && !side) side = sideOfPhrase(doc, s, roles.pp(/^(to|into|under)$/));
    const byAgent = fallOf ? null : sideAfter(doc.text, end, c.end);
    side ??= byAgent ?? sideBefore(doc.text, c.start, start)?.side ?? null;
    // "fell to Russian forces": the trigger ends in "to", the gaining side comes right after it
    if (!roles && fall) side = byAgent ?? sideBefore(doc.text, end, Math.min(c.end, end + 30))?.side ?? null;
    // ("they" is no speaker's own side: in a party's words it is more often the enemy, so the sentence before decides)
    const they = !!roles?.agent && /^(?:they|them)$/i.test(doc.text.slice(roles.agent.start, roles.agent.end));
    // (a fall with no taker named is the speaker's side's loss: "the fall of X was a blow," a Ukrainian officer said)
    const own = (x: Side | null) => (fall || fallOf ? other(x) : x);
    if (!they) side ??= own(speakersOwnSide(doc, s, start));
    // nobody named as the agent: a side announces its own gains ("Shoigu noted that full control was established")
    if (!side && !they) {
      const sp = statusAndSource(doc, s, start, q).source?.side;
      if (sp === "UA" || sp === "RU") side = own(sp);
    }
    // (with nobody cited, a retaking is Ukraine's, the usual report, unless a Russian state outlet tells it)
    if (!side && retake) side = houseSide(doc) ?? "UA";
    if (!side) {
      // look back one sentence for who is acting: "Ukraine claims the liberation of … Two towns were taken over"
      const i = doc.sentences.indexOf(s);
      const prev = doc.sentences[i - 1];
      if (prev && prev.paragraph === s.paragraph) {
        if (/\b(liberat|recaptur|retook|retak|counter-?offensive)/i.test(prev.text)) side = "UA";
        else side = sideBefore(doc.text, prev.start, prev.end)?.side ?? null;
      }
    }
    if (!side) return [];
    const date = dateFor(doc, s, start);
    const { status, source } = statusAndSource(doc, s, start, q);
    const ev: Event = {
      // part of a place ("the outskirts of X", "a foothold in X") is an advance, not a change of hands
      type: partial ? "advance" : "control_change",
      side,
      places: where.places,
      date: date.date,
      dateEnd: date.dateEnd,
      precision: date.precision,
      status,
      source,
      quantity: null,
      evidence: { start: s.start, end: s.end, text: s.text },
      trigger: { start, end, text: m[0] },
      extractor: `control-change/${where.how}/date:${date.basis}`,
    };
    return [ev, ...listedNext(doc, s, ev, where.mentions[where.mentions.length - 1]?.end ?? end)];
  },
};

const LIST_OPENER = new RegExp(
  String.raw`^(the (largest|biggest|main|most important|key)( ones)? (of (them|these|which))?|` +
    String.raw`these (are|include)|they (are|include)|among them|including)\b`,
  "i",
);
const COUNTED_GROUP = new RegExp(
  String.raw`\b(a number of|several|many|some|other|dozens of|\d+|two|three|four|five|six|` +
    String.raw`seven|eight|nine|ten)\s+(?:\w+\s+)?(settlements|villages|localities|towns)\b`,
  "i",
);
/**
 * "… over Lisichansk and a number of nearby settlements. The largest of them are Belogorovka, Novodruzhesk …":
 * the next sentence names the places an unnamed group stood for; they share the event.
 */
function listedNext(doc: Doc, s: Sentence, ev: Event, from: number): Event[] {
  const rest = doc.text.slice(from, s.end);
  if (!COUNTED_GROUP.test(rest)) return [];
  const next = doc.sentences[doc.sentences.indexOf(s) + 1];
  if (!next || !LIST_OPENER.test(next.text)) return [];
  const places = eventPlaces(doc, next)
    .filter((p) => p.place.level === "settlement")
    .map((p) => p.place);
  if (!places.length) return [];
  return [
    {
      ...ev,
      places,
      evidence: { start: next.start, end: next.end, text: next.text },
      extractor: `${ev.extractor.split("/")[0]}/listed/${ev.extractor.split("/").slice(2).join("/")}`,
    },
  ];
}
