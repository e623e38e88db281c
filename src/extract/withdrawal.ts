// withdrawal: a side leaves a place. "Russian troops withdrew from Nova Kakhovka", "the Russians escaped",
// "forcing Russian troops to withdraw", "drove out Russian troops", "departed from Nova Kajovka".
import { wordListRegex } from "../text/whole-words.js";
import type { Event, Side } from "../types.js";
import type { Extractor } from "./types.js";
import { clauseOf, dateFor, qualifier, speakersOwnSide, speakersSide } from "./context.js";
import { placesFor } from "./places-for.js";
import { firstSide, sideBefore } from "../actors/index.js";
import { statusAndSource } from "./assert.js";
import { predicateAt, rolesOf } from "./roles.js";

const FLEEING_PEOPLE = new RegExp(
  String.raw`\b(?:famil(?:y|ies)|residents|civilians|people|children|women|refugees|villagers|inhabitants|locals|` +
    String.raw`citizens|pensioners|parents|mother|father|woman|man|girl|boy|journalists?|volunteers?|` +
    // (and office holders and missions, who leave a place as people do: "the mayor, who left the city after its
    // occupation", "the IAEA mission left X")
    String.raw`mayors?|governors?|officials?|missions?|delegations?|inspectors?|experts?|diplomats?|IAEA|UN)\b`,
  "i",
);

const LEFT_IN_A_STATE = new RegExp(
  String.raw`^\s+(?:[\w'’-]+\s+){1,6}?(?:in\s+(?:control|charge|possession|command)\s+of|holding\b|` +
    String.raw`in\s+ruins|exposed\b|vulnerable\b|cut\s+off|surrounded\b|stranded\b|homeless\b|` +
    // ("leaving the village of X without electricity", "left the town in darkness", "left two people dead")
    String.raw`without\b(?!\s+(?:a\s+)?(?:fight|fighting|resistance|shot|battle|their|its|heavy|orders))|` +
    String.raw`with\s+no\b|in\s+(?:the\s+)?dark(?:ness)?\b|dead\b|injured\b|wounded\b)`,
  "i",
);

const VERB =
  String.raw`(?:pull|pulled|pulling|pulls|withdraw|withdrew|withdrawing|withdraws|move|moved|moving|` +
  String.raw`took|taking)\s+(?:its|their|all|the|our)\s+(?:remaining\s+|last\s+)?(?:forces|troops|` +
  String.raw`units|soldiers|garrison|fighters|defenders|guys|military)\s+(?:out\s+of|from|` +
  String.raw`away\s+from)|withdr(?:ew|awn|aws|aw|awing)|retreat(?:ed|s|ing)?|pull(?:ed|s|` +
  String.raw`ing)?\s+(?:out|back|away)|(?:moved|moving|fell|falling|pulled)\s+(?:away|back)\s+from|` +
  String.raw`departed\s+(?:\w+\s+){0,2}?from|(?:pulled|withdrew|took|taken|take|` +
  String.raw`takes)[\s“”"«»]+(?:out|off|of|back)[\s“”"«»]+(?:its|their|all)\s+(?:forces|troops|units|` +
  String.raw`soldiers)|fled|flee(?:ing|s)?|escaped|depart(?:ed|s)\s+from|(?:left|leave|leaves|leaving|` +
  String.raw`abandon(?:ed|s|ing)?)(?=\s+(?:the\s+)?(?:city|town|village|settlement|positions?|` +
  String.raw`\p{Lu}))|drove\s+(?:(?:the\s+)?\w+\s+){0,2}?out(?:\s+of)?|driven\s+out|pushed\s+out|` +
  String.raw`forced\s+out|expelled`;
const NOUN = String.raw`(?:withdrawal|retreat|pullout|pull-out)\s+(?:of\s+(?:\w+\s+){0,3}?)?from`;

const MADE_TO = new RegExp(
  String.raw`\b(forc\w*|compel\w*|made|oblig\w*|had|decided|began|started|continu\w*|ordered|allowed|permitted|` +
    String.raw`authori[sz]ed|have|has)\b[^.;]{0,40}to\s+$`,
  "i",
);
export const withdrawal: Extractor = {
  type: "withdrawal",
  name: "withdrawal",
  triggers: wordListRegex(String.raw`${VERB}|${NOUN}`),
  extract(doc, s, m) {
    const start = s.start + m.index,
      end = start + m[0].length;
    const q = qualifier(doc, s, start);
    if (q === "negated" || q === "hypothetical" || q === "intent" || q === "demanded") return [];
    const left = doc.text.slice(Math.max(0, start - 60), start);
    if (/\bto\s+$/i.test(left) && !MADE_TO.test(left)) return [];
    // "before withdrawing", "after retreating": a participle in a time clause is background to another event
    if (/\b(before|after|while|without|instead of|of|for)\s+$/i.test(left) && /ing$/i.test(m[0])) return [];
    // "a decision to flee", "the right decision": commentary, not a report
    if (/\b(decision|order|plan|attempt|need|readiness|ready)\s+(to\s+)?$/i.test(left)) return [];
    if (
      /^(left|leave|leaves|leaving|abandon)/i.test(m[0]) &&
      !/^\s+(?:the\s+)?(?:city|town|village|settlement|positions?|\p{Lu})/u.test(doc.text.slice(end, end + 40))
    )
      return [];
    // (a causative "leave", the object left in a state, is no departure from it: "closed in, leaving Ukraine in
    // control of a shrinking pocket", "left the garrison cut off")
    if (/^(left|leave|leaves|leaving)/i.test(m[0]) && LEFT_IN_A_STATE.test(doc.text.slice(end, end + 80))) return [];
    const c = clauseOf(s, start);
    const strong = !/^(fled|flee|escaped|abandon|left|leave|leaving)/i.test(m[0]);
    // (people who flee or leave a place are refugees, not a side withdrawing: "a family who had fled X")
    const pred = strong ? null : predicateAt(doc, s, { start, end });
    const who = pred && !pred.nominal ? rolesOf(pred).agent : null;
    if (who && FLEEING_PEOPLE.test(doc.text.slice(who.start, who.end))) return [];
    // "entered Izium after forcing Russian troops to withdraw": the place is named before, as the other verb's object
    const forced = /\b(forc\w*|compel\w*|made)\b[^.;]{0,40}to\s+$/i.test(left);
    const where = placesFor(
      doc,
      s,
      { start, end },
      { context: true, after: 120, subjectAlways: forced || /^(drove|driven|pushed|forced|expelled)/i.test(m[0]) },
    );
    if (!where) return [];
    if (where.how === "context" && !strong && !/^(fled|escaped)/i.test(m[0])) return [];
    // who leaves: the side named before the verb, or after "drove out" (the ones driven out)
    let side: Side | null;
    if (/^(drove|driven|pushed|forced|expelled)/i.test(m[0]) && !/^(driven|forced)/i.test(m[0])) {
      side = sideBefore(doc.text, start + 5, Math.min(c.end, end + 40))?.side ?? null;
      // "we drove them out of Neskuchne": the ones driven out are the agent's enemy
      if (!side) {
        const agent = sideBefore(doc.text, c.start, start)?.side ?? speakersSide(doc, s, start);
        side = agent === "UA" ? "RU" : agent === "RU" ? "UA" : null;
      }
    } else side = sideBefore(doc.text, c.start, start)?.side ?? null;
    side ??= speakersOwnSide(doc, s, start);
    if (!side) {
      const i = doc.sentences.indexOf(s);
      const prev = doc.sentences[i - 1];
      // the previous sentence's subject: its first side cue
      if (prev) side = firstSide(doc.text, prev.start, prev.end);
    }
    if (!side) return [];
    const date = dateFor(
      doc,
      s,
      start,
      where.how === "context"
        ? doc.sentences.slice(Math.max(0, doc.sentences.indexOf(s) - 3), doc.sentences.indexOf(s))
        : [],
    );
    const { status, source } = statusAndSource(doc, s, start, q);
    const ev: Event = {
      type: "withdrawal",
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
      extractor: `withdrawal/${where.how}/date:${date.basis}`,
    };
    return [ev];
  },
};
