// Status and source of an assertion: reported by the outlet, claimed by a party, unconfirmed, denied, intent.
import type { Doc, Sentence, Source, Status } from "../types.js";
import { attribute } from "../actors/index.js";
import { caveatElsewhere, unconfirmed, type Qualifier } from "./context.js";
import { sentenceIndex } from "./roles.js";

/**
 * `goesOnFrom`: the sentence before, in the paragraph, whose place this sentence goes on at. A sentence that names
 * no speaker goes on with that one's report too: "Ukrainian forces shelled X, the Russian-installed mayor said. A
 * woman was wounded."
 */
export function statusAndSource(
  doc: Doc,
  s: Sentence,
  at: number,
  q: Qualifier,
  goesOnFrom: Sentence | null = null,
): Said {
  const own = statusAndSourceHere(doc, s, at, q);
  if (!own.source && own.status === "reported") {
    const line = reportLineBefore(doc, s) ?? (PARTY_WORDS.test(s.text) ? speakerOfParagraph(doc, s) : null);
    if (line) return line;
  }
  if (own.source || own.status !== "reported" || !goesOnFrom) return own;
  const i = sentenceIndex(doc, s);
  if (i < 1 || doc.sentences[i - 1] !== goesOnFrom || goesOnFrom.paragraph !== s.paragraph) return own;
  const before = statusAndSourceHere(doc, goesOnFrom, goesOnFrom.start, null);
  return before.status === "claimed" ? before : own;
}

type Said = { status: Status; source: Source | null };

// a party's own words, which no outlet states in its own voice: "the enemy", "militants", "the Kiev regime", a
// Russian battlegroup's name
const PARTY_WORDS = new RegExp(
  String.raw`\b(?:the enemy|enemy['’]s|militants|nationalists|neo-Nazis|Kiev regime|rashists|ruscists|orcs|` +
    String.raw`[Bb]attle ?group)\b`,
);
/** The claim of the sentences before, in the paragraph, that a sentence in a party's words goes on with: "The
 * ministry said its forces pressed on. The enemy lost up to 380 troops." (up to three back) */
// (once per sentence: a sentence of many events asks it for each)
const paragraphSpeakers = new WeakMap<Sentence, Said | null>();
function speakerOfParagraph(doc: Doc, s: Sentence): Said | null {
  if (!paragraphSpeakers.has(s)) paragraphSpeakers.set(s, speakerOfParagraphUncached(doc, s));
  return paragraphSpeakers.get(s)!;
}
function speakerOfParagraphUncached(doc: Doc, s: Sentence): Said | null {
  const i = sentenceIndex(doc, s);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = doc.sentences[k];
    if (x.paragraph !== s.paragraph) return null;
    const said = statusAndSourceHere(doc, x, x.start, null);
    if (said.source) return said.status === "claimed" ? said : null;
  }
  return null;
}

// the line that names a report's source between its sentences, as Ukrainian outlets write it: "This was reported by
// the regional military administration on Telegram", "X reported this on Telegram, Ukrinform informs"
// (and as machine translation words it: "This was informed by the head of the RMA", "This informs the regional
// administration")
const REPORT_LINE = new RegExp(
  String.raw`^\W*(?:this|it)\s+(?:was|is|has\s+been)\s+(?:reported|announced|stated|informed|communicated)\s+by\b|` +
    String.raw`^\W*(?:this|it)\s+(?:informs|reports|communicates)\b|\breported\s+(?:this|it)\b`,
  "i",
);
/** The party whose report a sentence with no source of its own goes on with: up to three sentences after its line,
 * when none between names a source of its own. */
function reportLineBefore(doc: Doc, s: Sentence): Said | null {
  // (once per sentence: a sentence of many events asks it for each, and the ones before may be page-long)
  if (lineOf.has(s)) return lineOf.get(s)!;
  let found: Said | null = null;
  const i = sentenceIndex(doc, s);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const x = doc.sentences[k];
    const said = statusAndSourceHere(doc, x, x.start, null);
    if (REPORT_LINE.test(x.text)) found = said.status === "claimed" && said.source ? said : null;
    if (REPORT_LINE.test(x.text) || said.source) break;
  }
  lineOf.set(s, found);
  return found;
}
const lineOf = new WeakMap<Sentence, Said | null>();
const EVIDENCE = new RegExp(
  String.raw`^(?:the\s+)?(?:(?:geolocated|geo-located|new|drone|combat|satellite|aerial|` +
    String.raw`published)\s+)*(?:footage|videos?|images?|imagery|photos?|photographs?)$`,
  "i",
);
function statusAndSourceHere(doc: Doc, s: Sentence, at: number, q: Qualifier): Said {
  const { source, byLine } = attribute(doc, s, at, q === "denied");
  if (q === "intent") return { status: "intent", source };
  if (q === "denied") return { status: "denied", source };
  if (unconfirmed(doc, s) && !caveatElsewhere(doc, s, at)) return { status: "unconfirmed", source };
  // (what footage or imagery shows is observed, not claimed: "geolocated footage indicates that …", "satellite
  // images show …"; footage a party released is that party's word, and its source is the party)
  if (source && EVIDENCE.test(source.name)) return { status: "reported", source };
  // (a sentence a page's "Source:" line covers is the outlet's own statement of it: reported, with its source)
  if (source && source.side !== "media" && !byLine) return { status: "claimed", source };
  return { status: "reported", source };
}
