// A claim and the other side's denial of it in the sentences that follow: "Moscow said its forces had taken X.
// Kyiv dismissed the claim as propaganda." The claim stays claimed; the denial is a second event, denied, with
// the denier as its source, so fusion shows the contradiction.
import type { Doc, Event, Sentence } from "../types.js";
import type { Refiner } from "./types.js";
import { attribute, firstSide, speakerSource } from "../actors/index.js";
import { otherSide, sentenceIndex } from "./roles.js";
import { VERDICT_PREDICATE } from "./context.js";

const DENY = /^(deny|dismiss|reject|refute|debunk|disprove|call)$/;
// what a denial points at: the claim itself, or a word for it
const CLAIM_WORDS = new RegExp(
  String.raw`^(?:(?:this|that|the|such|these|those)\s+)?(?:claims?|reports?|information|statements?|` +
    String.raw`allegations?)$|^(?:it|this|that)$`,
  "i",
);
// …or names the deed again, as a gerund, a that-clause or a definite noun: "denied carrying out the strike",
// "denied losing any aircraft", "denied that any vessel was hit"
const DEED: Partial<Record<Event["type"], RegExp>> = {
  strike: /\b(?:strikes?|attacks?|attacking|shelling|bombing|struck|hit(?:ting)?|carrying out|launching)\b/i,
  equipment_loss: new RegExp(
    String.raw`\b(?:los(?:e|es|ing|t|s)|loss(?:es)?|(?:aircraft|jets?|planes?|helicopters?|vessels?|ships?|boats?|` +
      String.raw`tanks?|vehicles?|equipment|systems?)\b[^.]{0,30}\b(?:hit|sunk|downed|shot down|destroyed|damaged))`,
    "i",
  ),
  control_change: /\b(?:captur\w*|tak(?:en|ing)|los(?:s|ing|t)|fall(?:en)?|fell|liberat\w*|control)\b/i,
  advance: /\b(?:advanc\w*|enter\w*|breakthrough|broke through|gains?)\b/i,
  casualties: /\b(?:killed|dead|deaths?|casualties|losses)\b/i,
};
const PLACE_AGAIN = /^\s+(?:that\s+)?(?:the|this)\s+(?:village|town|city|settlement)\b/i;
// the denial called what it is: "dismissed the claim as disinformation", "called it propaganda"
const VERDICT = /\b(propaganda|disinformation|fake|false|lies?|untrue|not true|nonsense)\b/i;
// a bare verdict sentence: "This is not true.", "That is a lie."
const BARE =
  /^\W*(?:this|that|it)\s+(?:is|was)\s+(?:not true|untrue|false|a lie|fake|a fake|disinformation|propaganda)\b/i;
// …or a verdict passed on the claim pointed back to: "this statement does not correspond to reality", "the reports
// are false", "such claims are a lie"
const POINTED_CLAIM = new RegExp(
  String.raw`\b(?:this|that|the|such|these|those)\s+(?:[\w'’-]+\s+){0,2}?` +
    String.raw`(?:claims?|statements?|reports?|information|allegations?|assertions?)\b`,
  "i",
);
// …or the place held still by the side that would have lost it: "the village remained in Ukrainian hands"
const HELD_STILL = new RegExp(
  String.raw`\b(?:remain(?:s|ed)?|stay(?:s|ed)?|(?:is|are|was|were)\s+still)\s+(?:firmly\s+|fully\s+)?(?:in|under)\s+` +
    String.raw`(?:the\s+)?(?:full\s+)?(Ukrainian|Russian|Ukraine['’]s|Russia['’]s|Kyiv['’]s|Moscow['’]s)\s+` +
    String.raw`(?:hands|control)\b`,
  "i",
);
// …or the other side's account set against it: "In reality, fighting continues in the village."
const REALITY = /^\W*(?:in reality|in fact|in truth|actually|the truth is)\b/i;

export const denialsAfter: Refiner = {
  name: "denials-after",
  refine: (doc, events) => {
    const out = [...events];
    // (the denial's own sentence may yield the same deed denied with no place but the country: "Kyiv denied losing
    // any aircraft" after "Russia said it downed a Su-25 near X"; the claim's copy, placed, stands for it)
    const placed = new Set<string>();
    for (const e of events) {
      // (a claim the outlet hedges, "the alleged capture of X", is still the claim the other side denies)
      if ((e.status !== "claimed" && e.status !== "unconfirmed") || !e.source || !claimantOf(e)) continue;
      const i = sentenceIndex(doc, { start: e.evidence.start } as Sentence);
      // (its own sentence too, in a parenthesis after it: "X was captured, Moscow claimed (Kyiv denied this)")
      for (let k = i; k <= i + 3 && k < doc.sentences.length; k++) {
        const d = denierIn(doc, k, e);
        if (d) {
          out.push({ ...e, status: "denied", source: d, extractor: `${e.extractor}+denied-after` });
          if (k > i) placed.add(`${k} ${e.type}`);
          break;
        }
      }
    }
    const vague = (e: Event) =>
      e.status === "denied" &&
      e.places.every((p) => p.level === "country") &&
      placed.has(`${sentenceIndex(doc, { start: e.evidence.start } as Sentence)} ${e.type}`);
    return placed.size ? out.filter((e) => !vague(e)) : out;
  },
};

// whose claim it is: its source's side, or, for a source the text gives no side ("milbloggers claimed …"), the side
// the claimed gain or attack favours
const GAINS = new Set<Event["type"]>(["control_change", "advance", "territory_claim", "strike"]);
function claimantOf(e: Event): "UA" | "RU" | null {
  const side = e.source?.side;
  if (side === "UA" || side === "RU") return side;
  if (e.source && !side && GAINS.has(e.type) && (e.side === "UA" || e.side === "RU")) return e.side;
  return null;
}

function denierIn(doc: Doc, k: number, e: Event): Event["source"] {
  const s = doc.sentences[k],
    g = doc.grammar[k];
  if (!g || (k > 0 && s.paragraph > doc.sentences[k - 1].paragraph + 1)) return null;
  const claimant = claimantOf(e)!;
  const own = s.start <= e.trigger.start && e.trigger.start < s.end;
  for (const p of g.predicates) {
    if (p.nominal || p.negated || p.modality || !DENY.test(p.lemma) || !p.subject) continue;
    // (in its own sentence, after it: in a parenthesis, or a clause joined by "but": "Moscow said it took X, but
    // Kyiv denied the claim")
    const between = p.start > e.trigger.end ? doc.text.slice(e.trigger.end, p.start) : "";
    // (or a relative clause whose "which" is what is denied: "accused them of shelling X, which Kyiv denied")
    const which = /,\s*(?:a claim\s+)?which\s+(?:[\w'’.-]+\s+){1,6}$/i.test(
      doc.text.slice(Math.max(s.start, p.start - 120), p.start),
    );
    const joined = /[,;]\s*(?:but|while|whereas|though|although|however|yet)\b|;/i.test(between);
    if (own && !(between.includes("(") || joined || which)) continue;
    // (a list the grammar ran on into the next clause counts by its first member: "denied this claim, and X told…")
    const head = p.object?.members.length ? p.object.members[0] : p.object;
    // (its verdict after "as" is no part of what it names: "dismissed the claim as false")
    // (a demonstrative that ends its clause is the object the tagger may take for a conjunction: "denied that.")
    const next = doc.text.slice(p.end, Math.min(s.end, p.end + 30));
    const bare = /^\s+(that|this|it)\s*(?:[,.;:)]|$)/i.exec(next)?.[1] ?? "";
    // (the object the grammar lends a relative clause is its antecedent; "which" itself is what is denied)
    const what = which ? "it" : head ? doc.text.slice(head.start, head.end).replace(/\s+as\s+[^,;]*$/i, "") : bare;
    const rest = doc.text.slice(p.start, s.end);
    const place = e.places[0]?.name ?? "";
    // the denial must point at the claim, name its place, or ("called it …") give its verdict
    // (in the claim's own sentence, the deed named again of the place called by its kind: "Moscow said it took X,
    // but Kyiv denied the city had fallen")
    const after = rest.slice(p.end - p.start);
    const deed = (!own || PLACE_AGAIN.test(after)) && !!DEED[e.type]?.test(after);
    if (p.lemma === "call" ? !VERDICT.test(rest) : !(CLAIM_WORDS.test(what) || (place && rest.includes(place)) || deed))
      continue;
    const who = doc.text.slice(p.subject.start, p.subject.end);
    // (a pronoun is whoever the text named last: the attribution's anaphora)
    // (and a subject the grammar cut short, an apposition's role before it: "A spokesman for Ukraine's X group,
    // NAME, denied …" speaks for X)
    const named = /^(?:he|she|they|it|we)$/i.test(who) ? null : speakerSource(doc, p.subject.start, p.subject.end, who);
    const first = g.predicates.every((o) => o === p || o.nominal || o.start >= p.start);
    const said = named?.side ? null : attribute(doc, s, p.start).source;
    const src = named?.side ? named : said?.side || !first ? said : speakerSource(doc, s.start, p.start, who);
    if (src && src.side === otherSide(claimant)) return src;
  }
  // "… but Kyiv said the village remained in Ukrainian hands": the place held still, by the side that would have lost
  // it, answers a change of hands (found in a bounded slice, so a page-long sentence stays linear)
  if (e.type === "control_change") {
    const from = own ? e.trigger.end : s.start;
    const rest = doc.text.slice(from, Math.min(s.end, from + 400));
    const held = HELD_STILL.exec(rest);
    const holder = held ? firstSide(held[1], 0, held[1].length) : null;
    const place = e.places[0]?.name ?? "";
    const names = !!held && (rest.includes(place) || /\b(?:the|this)\s+(?:village|town|city|settlement)\b/i.test(rest));
    const joined =
      !own || (!!held && /[,;]\s*(?:but|while|whereas|though|although|however|yet)\b/i.test(rest.slice(0, held.index)));
    if (held && names && joined && holder === otherSide(claimant)) {
      const src = attribute(doc, s, from + held.index!).source;
      if (src && src.side === holder) return src;
    }
  }
  // "“This is not true. …,” a spokesman of the other side said": the quotation's speaker (only the other side's
  // verdict or account denies)
  // (a bounded slice: a page-long sentence stays linear)
  const head = s.text.slice(0, 300);
  const pointed = POINTED_CLAIM.exec(head);
  const judged = !!pointed && VERDICT_PREDICATE.test(head.slice(pointed.index + pointed[0].length));
  if (!own && (BARE.test(s.text.replace(/^[“"«]/, "")) || REALITY.test(s.text) || judged)) {
    const src = attribute(doc, s, s.start).source;
    if (src && src.side === otherSide(claimant)) return src;
  }
  return null;
}
