// actors: people, offices, units and outlets named in the text, each with the side it speaks for.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { kitOwner } from "./kit-owner.js";
import type { ActorMention, ActorSide, Doc, Sentence, Source } from "../types.js";
import { RUSSIAN_HELD, RUSSIAN_REGIONS } from "../geo/index.js";
import { LETTER, wholeWords, wordListRegex } from "../text/whole-words.js";
import { firstFrom, sentenceAt } from "../text/sentence-at.js";

interface LexEntry {
  name: string;
  side: ActorSide;
  kind: ActorMention["kind"];
}
const raw = JSON.parse(readFileSync(join(import.meta.dirname, "..", "..", "data", "actors.json"), "utf8")) as {
  actors: [string, string, ActorSide, ActorMention["kind"]][];
};
const LEXICON: LexEntry[] = raw.actors.map(([, name, side, kind]) => ({ name, side, kind }));
// All the lexicon as one alternation, each entry a named group, bound to start a word: one pass over the text instead
// of a hundred, skipping the inside of words (the actor pass went from 0.55 to 0.22 ms per 2 KB, best of 9 runs on the
// bench corpus). At one position the earlier entry wins, as before; of two overlapping names the leftmost now wins
// where the earlier entry did (no mention changed on the bench corpus, the gold texts or the behavioural suite).
const ALL = wordListRegex(`(?<!${LETTER})(?:${raw.actors.map(([p], i) => `(?<e${i}>${p})`).join("|")})`);

const GROUPS = LEXICON.map((_, i) => `e${i}`);

const DATELINE_BEFORE = /(?:^|\n)\s*$/;
// (a place in capitals, then a dash, an agency in brackets, or a comma before a date or a country and a dash: not an
// acronym that opens a paragraph, "SBU, police and …", "ISW: …")
const DATELINE = new RegExp(
  String.raw`^\p{Lu}{3,}(?:[\s-]\p{Lu}{2,})*(?:\s*[—–(]|\s-\s|,\s*\p{Lu}\p{Ll}+\.?\s+\d|,\s*\p{Lu}\p{Ll}+\s*[—–(])`,
  "u",
);
export function findActors(text: string): ActorMention[] {
  const out: ActorMention[] = [];
  const taken: boolean[] = new Array(text.length).fill(false);
  for (const m of wholeWords(ALL, text)) {
    const s = m.index,
      t = s + m[0].length;
    const e = LEXICON[GROUPS.findIndex((k) => m.groups![k] !== undefined)];
    // (a dateline's capital is where the report was filed, not a government: "KYIV — …", "MOSCOW, May 21.")
    if (DATELINE_BEFORE.test(text.slice(Math.max(0, s - 2), s)) && DATELINE.test(text.slice(s, t + 20))) continue;
    for (let i = s; i < t; i++) taken[i] = true;
    out.push({ start: s, end: t, name: e.name === "$0" ? m[0] : e.name, side: e.side, kind: e.kind });
  }
  out.push(...findPeople(text, taken));
  out.sort((a, b) => a.start - b.start);
  // a numbered unit (Ukraine's by default) named after the force it belongs to is that force's: "Russia's Pacific
  // Fleet 155th Brigade"
  for (let i = 1; i < out.length; i++) {
    const [owner, unit] = [out[i - 1], out[i]];
    if (
      unit.kind === "unit" &&
      /^\d/.test(text.slice(unit.start, unit.end)) &&
      /^\s?$/.test(text.slice(owner.end, unit.start))
    )
      if (owner.side === "RU" || owner.side === "UA") out[i] = { ...unit, side: owner.side };
  }
  return out;
}

// Titles and roles that introduce a person's name, and the side each implies when nothing else says it.
// (either case: "regional governor Oleh Kiper" as well as "Governor Oleh Kiper")
const ROLE =
  String.raw`(?:` +
  String.raw`[Pp]resident|[Pp]rime [Mm]inister|[Cc]hancellor|[Kk]ing|[Qq]ueen|[Pp]rince|[Pp]ope|` +
  String.raw`(?:[Dd]eputy |[Vv]ice )?(?:[Dd]efen[cs]e |[Ff]oreign )?[Mm]inister|[Gg]overnor|[Mm]ayor|` +
  String.raw`[Cc]ommander|[Gg]eneral|[Cc]olonel|[Ll]ieutenant [Gg]eneral|[Ss]pokes(?:man|woman|person)|` +
  String.raw`[Hh]ead|[Cc]hief|[Ll]eader|[Aa]dviser|[Aa]dvisor|propagandist|blogger|analyst|commentator|` +
  String.raw`TV host|host|official|officer|deputy|ombudsman|secretary|chairman|director` +
  String.raw`)`;
const NAME = String.raw`\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}`;

const FOREIGN_TITLE = new RegExp(
  String.raw`\b(US|U\.S\.|UK|American|British|French|German|NATO|EU|European|Western|` +
    String.raw`Hungarian|Polish|Indian|Italian|Spanish|Dutch|Canadian|Japanese|Chinese|Turkish|` +
    String.raw`Czech|Slovak|Romanian|Moldovan|Lithuanian|Latvian|Estonian|Finnish|Swedish|` +
    String.raw`Norwegian|Danish|Belgian|Austrian|Swiss|Irish|Portuguese|Greek|Bulgarian|` +
    String.raw`Croatian|Serbian|Georgian|Israeli|Australian|Brazilian|South African|Korean|` +
    String.raw`Saudi|Qatari|Emirati|Iranian|Belarusian|Kazakh|Armenian|Azerbaijani)\b`,
);
const BARE_PEOPLE = new RegExp(
  String.raw`^\s+(?:to\s+)?((?:[\p{L}-]+\s+){0,3}?(?:officials|authorities|sources|residents|witnesses|` +
    String.raw`eyewitnesses|locals|analysts|experts|bloggers|milbloggers|correspondents|journalists|reporters|` +
    String.raw`prosecutors|police|rescuers|medics|monitors|observers|soldiers|servicemen|commanders))\b`,
  "iu",
);
const UA_TITLE = new RegExp(
  String.raw`\b(Ukrainian|Ukraine['’]s|of Ukraine|Kyiv['’]s|governor|mayor|oblast|` +
    String.raw`regional (?:military |state )?administration|military administration|RMA|` +
    String.raw`Khortytsia|Tavria|Armed Forces)\b`,
  "i",
);
/**
 * People the lexicon does not know, found by their title ("Deputy Defense Minister Hanna Maliar", "Russian
 * propagandist Vladimir Solovyov", "Viktor Trehubov, spokesperson for …") and then by surname alone ("Maliar added").
 * Their side comes from the words of the title (Ukrainian, Russian, Russian-installed, governor of a Ukrainian oblast).
 */
function findPeople(text: string, taken: boolean[]): ActorMention[] {
  const found = new Map<string, { name: string; side: ActorSide | null }>();
  const out: ActorMention[] = [];
  const add = (start: number, end: number, name: string, side: ActorSide | null) => {
    if (taken.slice(start, end).some(Boolean) || NOT_A_NAME.test(name)) return;
    for (let i = start; i < end; i++) taken[i] = true;
    out.push({ start, end, name, side, kind: "person" });
    const surname = name.split(/\s+/).pop()!;
    if (!found.has(surname) || (found.get(surname)!.side === null && side)) found.set(surname, { name, side });
  };
  const sideOf = (phrase: string): ActorSide | null => {
    if (RUSSIAN_OFFICE.test(phrase)) return "RU";
    if (
      /\b(Russian[- ]installed|installed by|pro-Russian|Russian|Russia['’]s|Kremlin|separatist|militia)\b/i.test(phrase)
    )
      return "RU";
    if (/\b(of Russia)\b/i.test(phrase)) return "RU";
    // (the Office of the President is Kyiv's; Moscow's is the Kremlin or the Presidential Administration)
    const presidency = /\b(Office of the President|President['’]s Office|Presidential Office|Verkhovna Rada)\b/i;
    if (presidency.test(phrase)) return "UA";
    if (UA_TITLE.test(phrase)) return "UA";
    // any other nation's title: "Hungarian Prime Minister", "Indian Prime Minister", "Polish President"
    if (FOREIGN_TITLE.test(phrase)) return "other";
    return null;
  };
  // title before the name: "Ukrainian Deputy Defense Minister Hanna Maliar"
  // (the role is matched first and the four words before it read afterwards: a regex that tried every start
  // position with a lazy prefix cost more than the rest of the actor pass)
  const before = new RegExp(
    String.raw`(?<![\p{L}])${ROLE}\s+(?:of\s+(?:Ukraine|Russia|the\s+[\p{L}-]+)\s+)?(${NAME})`,
    "gu",
  );
  for (const m of text.matchAll(before)) {
    const nameStart = m.index! + m[0].length - m[1].length;
    if (!GIVEN.test(m[1]) && m[1].split(/\s+/).length < 2) continue;
    add(nameStart, nameStart + m[1].length, m[1], sideOf(wordsBefore(text, m.index!) + m[0]));
  }
  // title, then the name set off by commas: "The US secretary of state, Antony Blinken, said …"
  const apposed = new RegExp(
    String.raw`(?<![\p{L}])${ROLE}(?:\s+of\s+(?:state|defen[cs]e|Ukraine|Russia|the\s+[\p{L}-]+))?,\s+(${NAME}),`,
    "gu",
  );
  for (const m of text.matchAll(apposed)) {
    if (m[1].split(/\s+/).length < 2) continue;
    const nameStart = m.index! + m[0].length - m[1].length - 1;
    add(nameStart, nameStart + m[1].length, m[1], sideOf(wordsBefore(text, m.index!) + m[0]));
  }
  // name then title: "Viktor Trehubov, spokesperson for the Khortytsia group"
  const after = new RegExp(
    String.raw`(${NAME}),\s+(?:the\s+|a\s+)?((?:[\p{L}'’-]+\s+){0,3}?${ROLE}\b[^,.;]{0,60})`,
    "gu",
  );
  for (const m of text.matchAll(after)) {
    if (m[1].split(/\s+/).length < 2) continue;
    add(m.index!, m.index! + m[1].length, m[1], sideOf(m[2]));
  }
  // later mentions by surname
  // (all surnames in one pass: a live blog names many people, and a pass per surname grew with the square)
  if (found.size) {
    const esc = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const alts = [...found.keys()]
      .sort((a, b) => b.length - a.length)
      .map(esc)
      .join("|");
    for (const m of text.matchAll(new RegExp(String.raw`(?<![\p{L}])(?:${alts})(?![\p{L}])`, "gu"))) {
      const who = found.get(m[0])!;
      add(m.index!, m.index! + m[0].length, who.name, who.side);
    }
  }
  return out;
}
// the four words before a title, which may give its side: "Ukrainian Deputy Defense Minister", "The US secretary"
const wordsBefore = (text: string, at: number) =>
  /(?:[\p{L}'’-]+\s+){0,4}$/u.exec(text.slice(Math.max(0, at - 60), at))?.[0] ?? "";
// capitalised words that open a sentence or name a day, not a person: "On Friday, Prime Minister …"
const NOT_A_NAME = new RegExp(
  String.raw`^(?:On|In|At|The|A|An|But|And|According|After|Before|When|While|Since|Earlier|Later|` +
    String.raw`Meanwhile|Last|This|Next|Also|However)\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|` +
    String.raw`Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|` +
    String.raw`November|December)\b`,
);
const GIVEN = new RegExp(
  String.raw`^(Hanna|Ganna|Hannha|Anna|Olena|Iryna|Natalia|Maria|Tetiana|Oleksandr|Olexander|` +
    String.raw`Alexander|Aleksandr|Serhiy|Serhii|Sergei|Sergey|Viktor|Victor|Vladimir|Volodymyr|Dmytro|` +
    String.raw`Dmitry|Andriy|Andrii|Andrey|Kyrylo|Kirill|Mykola|Nikolai|Vitaliy|Vitalii|Valerii|Valery|` +
    String.raw`Yevhen|Yevgeny|Oleh|Oleg|Ivan|Igor|Ihor|Roman|Ruslan|Yurii|Yuriy|Pavlo|Petro|Maksym|` +
    String.raw`Denys|Denis|Vadym|Rustem|Emine|Joe|Emmanuel|Olaf|Mario|Boris|Antony|Lloyd|Jens|Ursula|` +
    String.raw`Andrzej|Klaus)\b`,
);

const SPEECH =
  "said|says|listed|named|assessed|assesses|told|tells|claimed|claims|announced|announces|reported|reports|" +
  "stated|states|wrote|writes|tweeted|posted|affirmed|assured|added|noted|indicated|confirmed|confirms|" +
  // (machine translation's inverted "…, informed the head of X", "…, specified X")
  "informed|informs|specified|emphasized|emphasised|recalled|recalls|complained|complains|recounted|" +
  "acknowledged|admitted|admits|declared|insisted|stressed|explained|warned|boasted|showed|shows|denied|" +
  // (a map's update is its maker's statement: "DeepState marked X as occupied")
  "marked|marks|mapped|designated|" +
  // (a leader who thanks or hails the troops for a deed speaks for it: "Zelensky thanked the brigades for the
  // liberation of X")
  "thanked|thanks|congratulated|congratulates|praised|praises|hailed|hails|commended|commends|" +
  "denies|rejected|dismissed|vowed|pledged|promised|threatened|quoted|according|in the words of|" +
  // ("Per DeepState, Russian units advanced …": a sentence opening on per-and-a-source, as according to)
  "^per(?=\\s[^,]{2,60},)";

/**
 * Who asserts what a sentence says: "according to X", "X said (that)", "…, X said", "X told Y".
 * Returns the speaker as a lexicon actor when one is named in the speech phrase.
 */
/**
 * Who says what a sentence says at `at`, and the span naming them. `byLine` when only the page's "Source:" line
 * names them: the outlet then states the sentence in its own voice and cites its provenance apart.
 */
type Attribution = { source: Source | null; span: [number, number] | null; byLine?: boolean };

export function attribute(doc: Doc, sentence: Sentence, at: number, denied = false): Attribution {
  const r = attributeAll(doc, sentence, at, denied);
  if (!r.span || !confined(doc, sentence, r.span, at)) return r;
  // (a speaker of the event's own clause before it still speaks: "X claimed that A broke into Y, but Z said …")
  // (the lexicon's actor first, else the grammar's speaker: a person the lexicon does not list)
  const fits = (x: Attribution | null) => !!x?.span && x.span[1] <= at && !confined(doc, sentence, x.span, at);
  const before = attributeAll(doc, sentence, sentence.start, denied);
  if (fits(before)) return before;
  const spoken = speakerIn(doc, sentence, sentence.start, false);
  return spoken && fits(spoken) ? withVia(doc, sentence, spoken) : { source: null, span: null };
}

// (the clauses a mid-sentence contrast or accompaniment opens)
const CONTRAST = /^(?:while|whereas|as)$/;
/**
 * A speaker who opens what a "while" or "as" clause says speaks for that clause alone: in "A shelled X, while officials
 * in Y accused Ukraine of striking the town" the officials do not speak for the shelling of X (a trailing ", officials
 * said" at the clause's end, with nothing said after it, still speaks for the sentence).
 */
// (the join and what may stand before the speaker's name: ", and the ministry …", "; pro-Kremlin channels …")
// (and a title before a name: ", and ground forces commander X said …")
const JOINED_SPEAKER =
  /(?:[,;]\s*(?:and|but)|;)\s+(?:(?:then|later|also)\s+)?(?:[a-z]+-|(?:the|a|an)\s+)?(?:[\w'’-]+\s+){0,4}$/i;
function confined(doc: Doc, sentence: Sentence, span: [number, number], at: number): boolean {
  // (so too a speaker who opens a clause joined after the event's: "A pushed into X, and Moscow claimed Y" says
  // nothing of X; a speaker closing the sentence, ", officials said.", still speaks for all of it)
  if (at < span[0] && span[0] - at < 400) {
    const between = doc.text.slice(at, span[0]);
    const said = doc.text.slice(span[1], Math.min(sentence.end, span[1] + 60));
    if (JOINED_SPEAKER.test(between) && /\w+\W+\w+\W+\w+/.test(said)) return true;
  }
  const g = doc.grammar[doc.sentences.indexOf(sentence)];
  const inClause = (g?.predicates ?? []).filter(
    (p) =>
      !p.nominal &&
      p.clause.start > sentence.start &&
      CONTRAST.test(p.clause.marker ?? "") &&
      span[0] >= p.clause.start &&
      span[0] < p.clause.end,
  );
  if (!inClause.length || (at >= inClause[0].clause.start && at < inClause[0].clause.end)) return false;
  return inClause.some((p) => p.start >= span[1]);
}

function attributeAll(doc: Doc, sentence: Sentence, at: number, denied: boolean): Attribution {
  // "could not verify the ministry's statement that its troops had captured X": the claim's owner speaks for what
  // its that-clause says, whoever speaks for the sentence (but a denial is the denier's: "X rejected claims by Y
  // that …")
  const owned = denied ? null : claimOwner(doc, sentence, at);
  if (owned) return owned;
  const own = withVia(doc, sentence, attributeIn(doc, sentence, at));
  // "Reuters, citing the Russian defence ministry, reported …": the party cited speaks, the outlet relays
  const cited = citedIn(doc, sentence);
  if (cited && (!own.source || own.source.side === "media")) {
    return { source: { ...cited.source, via: own.source?.name ?? cited.source.via ?? null }, span: cited.span };
  }
  // the grammar's reported speech: any noun phrase that says, not only the actors the lexicon knows
  const spoken = speakerIn(doc, sentence, at, false);
  // (a party speaking inside another's words, nearer the event, owns the claim: "X said the occupiers claim they
  // took Y")
  const nested = spoken && own.span && spoken.span[1] <= at && own.span[1] < spoken.span[0];
  if (own.source && nested && (spoken.source.side === "UA" || spoken.source.side === "RU")) return spoken;
  if (own.source) return own;
  if (spoken) return withVia(doc, sentence, spoken);
  // inside a quotation the speaker is named where it closes ("… occurred. There are settlements …,” he added)
  // or where it opens (X said: “…)
  // (a labelled quotation opens after its label: "Quote: “…”")
  const labelled = /^\W*Quote:\s*[“"«]/i.test(sentence.text);
  const q = quoteAround(doc, sentence.start) ?? (labelled ? quoteAround(doc, at) : null);
  if (!q)
    return (
      speakerBefore(doc, sentence) ??
      pointedBack(doc, sentence) ??
      headlineSpeaker(doc, sentence) ??
      signed(doc, sentence) ??
      goesOn(doc, sentence) ??
      closedBy(doc, sentence) ??
      reproduced(doc, sentence) ??
      inherited(doc, sentence) ??
      own
    );
  const i = doc.sentences.indexOf(sentence);
  for (const k of [i + 1, i + 2, i - 1, i - 2]) {
    const s2 = doc.sentences[k];
    if (!s2 || s2.paragraph !== sentence.paragraph) continue;
    if (s2.start > q.end + 2 || s2.end < q.start - 2) continue;
    const r = withVia(doc, s2, attributeIn(doc, s2, k > i ? q.end : q.start));
    if (r.source) return r;
    // (the grammar's speaker where the lexicon knows none: "…,” a Ukrainian infantryman told the BBC")
    const spoken = k > i ? (speakerIn(doc, s2, q.end, false) ?? pronounSpeaker(doc, s2)) : null;
    if (spoken) return withVia(doc, s2, spoken);
  }
  const own2 = own.source ? null : pronounSpeaker(doc, sentence);
  if (own2) return withVia(doc, sentence, own2);
  // (a quotation no sentence around it attributes is the words of the page's "Source:", quoted: its claim, as in
  // "Source: X … Quote: “…”")
  const line = own.source ? null : inherited(doc, sentence);
  return line?.source ? { source: line.source, span: line.span } : own;
}

const GOVERNED = /\b(?:in|near|at|of|from|to|into|outside|around|towards?|over|on)\s+(?:the\s+)?$/i;

// verbs of saying, as the grammar lemmatises them
const REPORTING = new RegExp(
  "^(say|report|claim|announce|state|tell|write|post|tweet|confirm|add|note|declare|inform|assert|allege|" +
    "acknowledge|admit|insist|stress|explain|warn|boast|indicate|publish|specify|clarify|emphasi[sz]e|underline|" +
    "point out|inform|communicate|assess|estimate|name|list|accuse|blame|concede|" +
    // (a witness's telling: "…, recalled a soldier", "…, a conscript complained")
    "recall|recount|complain|reply|respond|testify|remember)$",
);
const OPENS_CLAUSE = /^\s+(?:had|has|have|was|were|is|would|will|\w+ed)\b/;
const POINTER = new RegExp(
  String.raw`^(?:this|that|it|so|these|the (?:news|information|incident|attack|strike|figures?|numbers?|data|` +
    String.raw`losses|toll|withdrawal|retreat|pullout|capture|liberation|loss|advance|breakthrough))$`,
  "i",
);

// a noun phrase that the speaker's phrase continues with a preposition, opening its clause
const OFFICE_BEFORE = /(?:^|[,;:(]\s*)((?:the|an?)\s+(?:[\p{L}'’-]+\s+){1,3}?(?:of|to|for|at|with)\s+)$/iu;

/**
 * Reported speech read from the grammar (text/grammar.ts): the subject of a reporting verb, or the by-agent of a
 * passive one, is the speaker, whatever noun phrase names it ("the town's mayor said", "regional officials
 * report", "the regional government stated"); the lexicon only knows the actors it lists. With `pointing`, only a
 * verb whose object is "this" or "it" counts ("This was announced by X", "X reported this on Telegram").
 */
function speakerIn(
  doc: Doc,
  sentence: Sentence,
  at: number,
  pointing: boolean,
): { source: Source; span: [number, number] } | null {
  const g = doc.grammar[doc.sentences.indexOf(sentence)];
  if (!g) return null;
  let best: { source: Source; span: [number, number]; dist: number } | null = null;
  for (const p of g.predicates) {
    if (p.nominal || p.negated || p.modality || !REPORTING.test(p.lemma)) continue;
    // (an inversion names the speaker after the verb: "…, informs General Staff of AFU", "…, writes a war blogger")
    // (a subject the grammar found further back is another clause's words when the verb and its object close the
    // sentence: "…, the driver died on the spot, clarified the head of the administration.")
    // (and another clause's verb stands between that subject and this one)
    const last = !g.predicates.some((q) => q.start > p.start && !q.nominal);
    const between = !!p.subject && g.predicates.some((q) => q.start >= p.subject!.end && q.start < p.start);
    const inverted =
      p.voice === "active" &&
      (!p.subject || (last && between)) &&
      !!p.object &&
      /[,”"]\s*$/.test(doc.text.slice(Math.max(sentence.start, p.start - 3), p.start));
    // (translation's "This informs the regional administration": the one informing is the object)
    const informs =
      p.voice === "active" &&
      /^(?:inform|communicate)$/.test(p.lemma) &&
      !!p.subject &&
      !!p.object &&
      /^(?:this|it)$/i.test(doc.text.slice(p.subject.start, p.subject.end));
    const who = p.voice === "passive" ? p.agent : inverted || informs ? p.object : p.subject;
    if (!who) continue;
    const what = p.voice === "passive" ? p.subject : inverted ? null : informs ? p.subject : p.object;
    // ("said it had shot down …": "it" with a verb after it opens what was said; it points back to nothing)
    // (an event noun points back only when bare: "the withdrawal was confirmed by X", not "announced the capture of Y")
    const points =
      !!what &&
      POINTER.test(doc.text.slice(what.start, what.end)) &&
      !(
        /(?:withdrawal|retreat|pullout|capture|liberation|loss|advance|breakthrough)$/i.test(
          doc.text.slice(what.start, what.end),
        ) && /^\s+(?:of|from|in|at|near)\b/i.test(doc.text.slice(what.end, what.end + 6))
      );
    const opensClause = !!what && OPENS_CLAUSE.test(doc.text.slice(what.end, what.end + 12));
    if (pointing && !(points && !(p.voice === "active" && opensClause))) continue;
    // ("the press service of the Southern Command", "a spokeswoman for the police": an office takes its of-phrase)
    const after = doc.text.slice(who.end, Math.min(sentence.end, who.end + 90));
    const tail = /^\s+(?:of|for)\s+[^,.;:“”"()]{2,80}/.exec(after);
    const reach = tail ? who.end + tail[0].length : who.end;
    const end = p.voice === "passive" || inverted || informs || reach <= p.start ? reach : who.end;
    // (and the grammar's head may be that phrase's object: "…, the DPR mission to the JCCC said")
    const office = OFFICE_BEFORE.exec(doc.text.slice(Math.max(sentence.start, who.start - 60), who.start));
    const from = office ? who.start - office[1].length : who.start;
    const words = doc.text.slice(from, end).trim();
    // (pronouns are the lexicon's anaphora to resolve; "there", "which" name no one)
    if (/^(?:it|this|that|they|he|she|we|i|you|there|which|who|one)$/i.test(words)) continue;
    // (places that "report" outages or blasts have them: "several cities reported power failures")
    if (/\b(?:cities|towns|villages|regions|areas|districts|settlements|communities|oblasts)$/i.test(words)) continue;
    const source = speakerSource(doc, from, end, words);
    const dist = Math.abs(p.start - at);
    if (!best || dist < best.dist) best = { source, span: [who.start, Math.max(who.end, p.end)], dist };
  }
  return best ? { source: best.source, span: best.span } : null;
}

const MEDIA_WORDS = new RegExp(
  String.raw`^(?:(?:local|Ukrainian|Russian|Western|state|social)\s+)?(?:media|news|` +
    // (a press service or office is its institution's, hyphenated or not)
    String.raw`press(?![\s-]+(?:service|office|secretary|cent(?:re|er)))|reports?|outlets?)\b`,
  "i",
);

/** Who a speaker phrase is: a known actor inside it, else its words' side ("Ukrainian officials", "its mayor"). */
export function speakerSource(doc: Doc, from: number, to: number, words: string): Source {
  const a = doc.actors.find((x) => x.start >= from && x.end <= to && (x.side !== null || x.kind === "media"));
  if (a) return { name: a.name, side: a.kind === "media" ? "media" : a.side };
  const name = words.replace(/^(?:the|a|an)\s+/i, "");
  // ("the enemy claims …" in a Ukrainian voice, as Ukrainian reports say it far more often than Russian ones)
  if (/^(?:enemy|occupiers|invaders|rashists|ruscists)\b/i.test(name)) return { name, side: "RU" };
  if (MEDIA_WORDS.test(name)) return { name, side: "media" };
  const side = roleSide(doc, words, [from, to]);
  // (fighters with no side word are those of the only side their sentence names: "Shoigu awarded soldiers, who said
  // they had destroyed the enemy tanks")
  if (!side && FIGHTERS.test(name)) {
    const s = doc.sentences.find((x) => x.start <= from && to <= x.end);
    const inIt = doc.actors.filter((a) => s && a.start >= s.start && a.end <= s.end);
    const sides = new Set(inIt.filter((a) => a.side === "UA" || a.side === "RU").map((a) => a.side));
    if (sides.size === 1) return { name, side: [...sides][0] };
  }
  return { name, side };
}
// (a local office named by its title alone speaks for whoever holds the place it governs: "Nine drones were downed
// over the Voronezh region, the governor said", "Missiles hit Sevastopol, the city's governor wrote" are Russia's
// officials; the place is the one its sentence names, else the one the sentence before names)
const BARE_OFFICE = new RegExp(
  String.raw`^(?:(?:the\s+)?(?:city|town|region|oblast)['’]s\s+|(?:local|regional|city|acting)\s+)?` +
    String.raw`(?:governor|mayor|head|authorities|administration)$`,
  "i",
);
function localOffice(doc: Doc, from: number, to: number, name: string): ActorSide | null {
  if (!BARE_OFFICE.test(name)) return null;
  const k = sentenceAt(doc.sentences, from);
  if (k < 0) return null;
  // (its sentence's places, else the sentence's before it in its paragraph; found by search, and within a few
  // hundred characters of the speaker, as a sentence's are: a page of many such speakers, or a page-long sentence of
  // them, stays linear)
  for (const s of [doc.sentences[k], doc.sentences[k - 1]]) {
    if (!s || s.paragraph !== doc.sentences[k].paragraph) return null;
    const all: Doc["places"] = [];
    const [lo, hi] = [Math.max(s.start, from - 400), Math.min(s.end, to + 400)];
    for (let i = firstFrom(doc.places, lo); i < doc.places.length && doc.places[i].end <= hi; i++) {
      const p = doc.places[i];
      if ((p.end <= from || p.start >= to) && (p.place.level !== "country" || p.place.pcode === "RU")) all.push(p);
    }
    if (!all.length) continue;
    return all.every((p) => p.place.pcode === "RU" || RUSSIAN_HELD.has(p.place.admin1 ?? "")) ? "RU" : null;
  }
  return null;
}
const FIGHTERS = new RegExp(
  String.raw`^(?:(?:the|some|several|two|three|four|five|many)\s+)?` +
    String.raw`(?:soldiers|troops|servicemen|fighters|marines|paratroopers)$`,
  "i",
);

// a noun of claiming or planning with its owner before it and its content after: "Russia's claim that", "Russian
// claims to have", "Moscow's plans to"
// (the noun is found first and the words before it read back from it: a pattern that opened on the words would try
// five words from every character of the sentence)
const CLAIM_NOUN = new RegExp(
  String.raw`(?<=\s)(?:(?:statements?|claims?|assertions?|announcements?|reports?)\s+(?:that|to\s+have)` +
    String.raw`|(?:plans?|intentions?|pledges?|promises?|vows?|threats?|bids?)\s+to)\b`,
  "giu",
);
const WORDS_BEFORE = /(?:[\p{L}'’-]+\s+){1,5}$/u;

// (a sentence's claim nouns are read once, whatever number of events it holds)
const claimsOf = new WeakMap<Sentence, { at: number; source: Source; span: [number, number] }[]>();
const CLAIM_BY = new RegExp(
  String.raw`\b(?:statements?|claims?|assertions?|announcements?|reports?|allegations?)\s+(?:by|from)\s+` +
    String.raw`((?:the\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,4}?)(\s+that)\b`,
  "giu",
);
// (verbs by which another speaker takes the words over; not all of SPEECH: "denied", "according to" do not)
const SPEECH_VERB = /\b(?:said|says|told|claimed|announced|stated|wrote|added|noted|insisted|reported)\b/i;
const CLAIM_WORD = new RegExp(
  String.raw`\b(?:statements?|claims?|assertions?|announcements?|reports?|plans?|intentions?|pledges?|promises?|` +
    String.raw`vows?|threats?|bids?)\b`,
  "i",
);

function claimOwner(doc: Doc, sentence: Sentence, at: number): { source: Source; span: [number, number] } | null {
  let claims = claimsOf.get(sentence);
  if (!claims) {
    claims = [];
    const t = sentence.text,
      base = sentence.start;
    for (const m of CLAIM_WORD.test(t) ? t.matchAll(CLAIM_NOUN) : []) {
      const lead = WORDS_BEFORE.exec(t.slice(Math.max(0, m.index! - 160), m.index!))?.[0];
      if (!lead) continue;
      // the owner: a possessive or a side word right before the noun ("the Russian defence ministry's", "Kyiv's")
      const owner = lead.replace(/^.*\b(?:the|a|an|of|verify|confirm|deny|denied|dismissed|rejected)\s+/i, "").trim();
      if (!/['’]s$|^(?:Russian|Ukrainian|Moscow|Kyiv|Kremlin|Western)\b/i.test(owner)) continue;
      const from = base + m.index! - owner.length - (lead.length - lead.trimEnd().length);
      const source = speakerSource(doc, from, from + owner.length, owner.replace(/['’]s$/, ""));
      if (source.side) claims.push({ at: base + m.index!, source, span: [from, from + owner.length] });
    }
    // the owner after the noun: "claims by Ukraine that …", "a statement from the General Staff that …"
    for (const m of CLAIM_WORD.test(t) ? t.matchAll(CLAIM_BY) : []) {
      const from = base + m.index! + m[0].length - m[1].length - m[2].length;
      const source = speakerSource(doc, from, from + m[1].length, m[1].replace(/^the\s+/i, ""));
      if (source.side) claims.push({ at: base + m.index! + m[0].length, source, span: [from, from + m[1].length] });
    }
    claims.sort((a, b) => a.at - b.at);
    claimsOf.set(sentence, claims);
  }
  // (a claim's that-clause ends where another speaker takes over: "Responding to claims by X that …, Y said …")
  const before = claims.filter((c) => c.at < at && !SPEECH_VERB.test(doc.text.slice(c.at, at))).pop();
  return before ? { source: before.source, span: before.span } : null;
}

/**
 * "… detained the mayor. This was announced by his adviser.": a sentence that says who said "this" attributes the
 * one before it (in the same paragraph or the next one opening).
 */
/** The sentence only names who said the one before it: "This was announced by X", "X reported this on Friday". */
export const pointsBack = (doc: Doc, sentence: Sentence): boolean => !!speakerIn(doc, sentence, sentence.start, true);

const POINTED_PER = /^\W*(?:this|that|these|those)\s+(?:is|was|are|were)\s+according\s+to\b/i;
const pointers = new WeakMap<Sentence, { source: Source; span: [number, number] } | null>();
/**
 * The sentence that only names who said the report this sentence belongs to: the next one, or one further on in
 * its paragraph past sentences that name no speaker, or the first line of the next paragraph ("… Several houses
 * were destroyed. ⏎ This was reported by the head of the regional administration.").
 */
function pointedBack(doc: Doc, sentence: Sentence): { source: Source | null; span: [number, number] | null } | null {
  if (!pointers.has(sentence)) pointers.set(sentence, pointedBackUncached(doc, sentence));
  return pointers.get(sentence)!;
}
function pointedBackUncached(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  const i = doc.sentences.indexOf(sentence);
  for (let k = i + 1; k <= i + 4; k++) {
    const next = doc.sentences[k];
    if (!next || next.paragraph > sentence.paragraph + 1) return null;
    // ("Separately, the air force said …", "Meanwhile …": a new report, not the last one's source)
    if (/^\W*(?:separately|meanwhile|elsewhere|in other news|in addition|also)\b/i.test(next.text)) return null;
    // ("That is according to the head of the regional administration.")
    const per = POINTED_PER.test(next.text) ? attributeIn(doc, next, next.end - 1) : null;
    const r = per?.source && per.span ? { source: per.source, span: per.span } : speakerIn(doc, next, next.start, true);
    if (r || next.paragraph !== sentence.paragraph) return r;
    if (attributeIn(doc, next, next.end - 1).source) return null;
  }
  return null;
}

// a paragraph signed after a dash: "…, - Serhii Lysak, head of the regional military administration." (Ukrainian
// outlets close a quoted statement so, the translation keeping the dash and dropping the verb)
// (or with the verb kept: "…, - informed the head of the OVA Ivan Fedorov.")
const SIGNATURE = new RegExp(
  String.raw`(?:^|[,.!?”"»])\s*[-–—]{1,2}\s+` +
    String.raw`(?:(?:informs?|informed|reports?|reported|says|said|wrote|writes|stated?|states|notes?|noted|` +
    String.raw`adds|added)\s+)?` +
    // (or by the office alone, lower-cased: "… wounded. — head of the regional administration Oleh Syniehubov.")
    String.raw`((?:the\s+\p{L}|\p{Lu}|\d+(?:st|nd|rd|th)\s|` +
    String.raw`(?=(?:head|chief|governor|mayor|spokes\w+|deputy|commander)\s))` +
    String.raw`[^-–—.!?]{2,140})` +
    String.raw`\.?\s*$`,
  "u",
);
const SIGN_LINE = /^\s*[—–-]{1,2}\s*([\p{Lu}\d][^.!?:;]{2,100})\.?\s*$/u;
const SIGNER = new RegExp(
  String.raw`^${NAME}(?:,|$)|\b${ROLE}\b|` +
    String.raw`\b(?:[Aa]dministration|[Ss]taff|[Pp]ress [Ss]ervice|[Cc]ommand|[Mm]inistry)\b|` +
    // (a unit signs its own posts: "— 3rd Assault Brigade", "- informs the 47th separate mechanised brigade")
    String.raw`\b(?:[Bb]rigade|[Rr]egiment|[Bb]attalion|[Cc]orps|[Gg]uard)\b`,
  "u",
);
// a headline's speaker, named before a colon ("Syrskyi: Ukrainian troops liberated X", "DeepState: Russians seize
// Y") or after a dash with no stop before it ("X recaptured — General Staff", "… - informs the 3rd assault brigade")
const LEAD_SPEAKER = /^\s*((?:\p{Lu}[\p{L}\d'’.-]*)(?:\s+(?:\p{Lu}[\p{L}\d'’.-]*|of|the|for)){0,4})\s*:\s+\S/u;
const TAIL_SPEAKER = new RegExp(
  String.raw`^[^—–]*[\p{L}\d]\s+[—–-]\s*(?:(?:informs?|reports?|says|writes)\s+)?` +
    String.raw`((?:the\s+)?[\p{Lu}\d][^—–.!?:;,"“”]{1,60}?)\s*\.?$`,
  "u",
);
// (a lead that heads a story without speaking: "Update: …", "Kherson: …" as a dateline)
const NOT_SPEAKER = new RegExp(
  String.raw`^(?:update|updated|breaking|live|watch|video|photos?|opinion|analysis|exclusive|read also|read more|` +
    String.raw`related|correction|explainer|timeline|map|summary|war|day \d+|background|context|quote|note|` +
    String.raw`editor'?s note|key points|latest|sources?|details)\b`,
  "i",
);
function headlineSpeaker(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  for (const m of [LEAD_SPEAKER.exec(sentence.text), TAIL_SPEAKER.exec(sentence.text)]) {
    if (!m || NOT_SPEAKER.test(m[1])) continue;
    // (a dateline before the dash heads a report, and what follows it is the report: "KYIV — Estonia's prime
    // minister arrived …")
    if (DATELINE.test(sentence.text.trimStart()) && !m[0].includes(":")) continue;
    const from = sentence.start + m.index + m[0].indexOf(m[1]),
      to = from + m[1].trimEnd().length;
    if (doc.places.some((p) => p.start <= from && p.end >= to)) continue;
    const source = speakerSource(doc, from, to, m[1].trim());
    // (a speaker is a party: one the lexicon knows or whose words name a side, or a name of a person or a body
    // before a colon; a bare common noun is not)
    // (a name, as the tagger reads it: "Background:", "Quote:" are labels)
    const g = doc.grammar[doc.sentences.indexOf(sentence)];
    const named =
      m[0].includes(":") &&
      /^\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+){0,2}$/u.test(m[1].trim()) &&
      !!g?.tokens.some((t) => t.start >= from && t.end <= to) &&
      g.tokens.filter((t) => t.start >= from && t.end <= to).every((t) => t.pos === "PROPN");
    if (!source.side && !named && !doc.actors.some((a) => a.start >= from && a.end <= to)) continue;
    return { source, span: [from, to] };
  }
  return null;
}

// (asked for every event of a sentence: the answer is kept per sentence, so a long page stays linear)
const signatures = new WeakMap<Sentence, { source: Source; span: [number, number] } | null>();
/**
 * The signature that closes the sentence's paragraph (this sentence or one of the next five in it), or a line of
 * its own that only signs, in the four paragraphs after it; null when none.
 */
function signed(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  if (!signatures.has(sentence)) signatures.set(sentence, signedUncached(doc, sentence));
  return signatures.get(sentence)!;
}
function signedUncached(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  const i = doc.sentences.indexOf(sentence);
  // (a line of its own that only signs, "— Sumy Regional Military Administration", signs the lines above it)
  const line = (s?: Sentence) => !!s && s.paragraph > sentence.paragraph && s.paragraph <= sentence.paragraph + 4;
  for (let k = i; k < i + 6 && (doc.sentences[k]?.paragraph === sentence.paragraph || line(doc.sentences[k])); k++) {
    const s = doc.sentences[k];
    const m = s.paragraph === sentence.paragraph ? SIGNATURE.exec(s.text) : SIGN_LINE.exec(s.text);
    if (!m || !SIGNER.test(m[1])) continue;
    const from = s.start + m.index + m[0].indexOf(m[1]);
    const words = m[1].trim();
    return { source: speakerSource(doc, from, from + words.length, words), span: [from, from + words.length] };
  }
  return null;
}

// what counts off the things the sentence before counted: "12 of them were downed; the rest hit X"
const COUNTS_OFF =
  /\b(?:the rest|the others|the remaining(?:\s+[\w-]+)?|(?:\d+|one|two|three|four|five|some|all) of them)\b/i;
/** A sentence that counts off what the one before it counted goes on with that one's report, and its speaker. */
function goesOn(doc: Doc, sentence: Sentence): Attribution | null {
  const prev = doc.sentences[doc.sentences.indexOf(sentence) - 1];
  if (!prev || prev.paragraph !== sentence.paragraph || !COUNTS_OFF.test(sentence.text)) return null;
  const r = attributeAll(doc, prev, prev.end - 1, false);
  return r.source ? r : null;
}

// a report's sentence that names its speaker last: "…, the governor said.", "…, said the regional police."
const SAYING = "said|says|reported|reports|wrote|writes|added|adds|stated|states";
// (with the speaker's title between: "…, regional governor Ivan Fedorov said", "…, Mayor Vadym Liakh said")
const CLOSING_BEFORE = new RegExp(
  String.raw`,\s*(?:(?:${SAYING})\s+)?(?:the\s+)?(?:(?!(?:and|but|that|which|who|as|after|while|when|if)\b)` +
    String.raw`[\p{L}'’.-]+\s+){0,5}$`,
  "iu",
);
const CLOSING_AFTER = new RegExp(
  String.raw`^\s*(?:(?:has\s+|had\s+)?(?:${SAYING}|told|tells)\b[^,;]{0,60})?[.!]?\s*$`,
  "i",
);
// (or a speaker's span that takes in its verb: "…, a spokesperson for the police told Reuters.")
const CLOSING_TAIL = new RegExp(String.raw`^[^,;]{0,120}?\b(?:${SAYING}|told|tells)\b[^,;]{0,60}$`, "i");
const BARE_NAME = /^\s*(?:\p{Lu}[\p{L}'’.-]*\s+){0,3}\p{Lu}[\p{L}'’-]*\s*$/u;
// an office closing a sentence after a dash, with no verb: "— defence ministry", "– Ukraine's General Staff"
const OFFICE_TAIL = new RegExp(
  String.raw`^(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:ministry|general staff|staff|command|office|military|army|` +
    String.raw`spokes(?:man|woman|person)|governor|mayor|administration|service|navy|air force)$`,
  "iu",
);
// a role the lexicon lacks, closing the words before a saying verb ("…, the town's mayor posted"; a possessive may
// come among the words before the role)
const ROLE_AT_END = new RegExp(
  String.raw`\b((?:an?|the)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:official|officer|spokes(?:man|woman|person)|commander|` +
    String.raw`soldier|marine|paratrooper|serviceman|servicewoman|fighter|sergeant|operator|medic|` +
    String.raw`source|minister|ministry|governor|mayor|head|chief|army|military|administration|authorities|` +
    String.raw`analyst|expert|resident|brigade|battalion|regiment|unit|corps|command|staff|service|police|agency|` +
    String.raw`guard|group|navy|air force|force)s?\b[^,.;“”"]{0,80})\s*$`,
  "iu",
);
const FOOTAGE_BY = new RegExp(
  String.raw`\b(?:video|footage|photos?|images?|pictures?)\s+(?:released|published|posted|shared|distributed)\s+` +
    String.raw`by\s+([^,;]{3,80}?)(?:\s+on\s+\w+)?\s*$`,
  "i",
);
const GOES_ON_LINE = /^\W*(?:they|it|he|she|the (?:attack|strike|shelling|assault|town|city|village))\b/i;
const NEW_REPORT = /^\W*(?:separately|meanwhile|elsewhere|in other news|in addition|also|earlier|later)\b/i;
const closings = new WeakMap<Sentence, Attribution | null>();
/**
 * A report told in several sentences names its speaker once, where it closes: "Russian troops shelled X overnight.
 * Two people were wounded, the governor said." The speaker who closes a later sentence of the paragraph speaks for
 * the sentences before it that name none; one who opens a sentence ("The governor said …") or a "Meanwhile" starts
 * a report of its own instead.
 */
/** Where the speaker who closes the sentence's report is named (a signature, a closing "…, X said"), if anywhere. */
export function closingSpeaker(doc: Doc, sentence: Sentence): [number, number] | null {
  return (signed(doc, sentence) ?? closedBy(doc, sentence))?.span ?? null;
}
function closedBy(doc: Doc, sentence: Sentence): Attribution | null {
  if (!closings.has(sentence)) closings.set(sentence, closedByUncached(doc, sentence));
  return closings.get(sentence)!;
}
function closedByUncached(doc: Doc, sentence: Sentence): Attribution | null {
  const i = doc.sentences.indexOf(sentence);
  for (let k = i + 1; k <= i + 3; k++) {
    const s2 = doc.sentences[k];
    // (a line that goes on with a pronoun goes on with the report of the line before: "X broke through near Y. ⏎
    // They have not yet entered the village, a spokesman said.")
    const goesOnLine = !!s2 && s2.paragraph === sentence.paragraph + 1 && k === i + 1 && GOES_ON_LINE.test(s2.text);
    if (!s2 || (s2.paragraph !== sentence.paragraph && !goesOnLine) || NEW_REPORT.test(s2.text)) return null;
    const own = attributeIn(doc, s2, s2.end - 1);
    // (a speaker the lexicon lacks, read from the grammar: "…, local officials said")
    const r = own.source ? own : (speakerIn(doc, s2, s2.end - 1, false) ?? own);
    if (!r.source || !r.span) continue;
    const closing =
      CLOSING_BEFORE.test(doc.text.slice(s2.start, r.span[0])) &&
      (CLOSING_AFTER.test(doc.text.slice(r.span[1], s2.end)) || CLOSING_TAIL.test(doc.text.slice(r.span[0], s2.end)));
    return closing ? withVia(doc, s2, r) : null;
  }
  return null;
}

/**
 * The party an outlet cites: "citing X", "quoting X", "quoted X as saying", "X, as cited by Y". A known actor after
 * the verb, else the noun phrase there ("the regional police", "sources in the SBU"), its side from its words.
 */
const CITING = new RegExp(
  // (and the translators' "with reference to X" for Ukrainian's "з посиланням на", Russian's "со ссылкой на")
  String.raw`\b(?:citing|quoting|quoted|cites|cited|citing a statement (?:from|by)|` +
    String.raw`according to a statement (?:from|by)|with (?:a )?reference to)` +
    String.raw`\s+((?:the\s+|a\s+|an\s+)?[^,.;:“”"]{2,90})`,
  "i",
);
// (each sentence's and page's matches, found once: asked at every event, a page-long sentence made them quadratic)
const citing = new WeakMap<Sentence, RegExpExecArray | null>();
const speeches = new WeakMap<Sentence, RegExpMatchArray[]>();
const quotesOf = new WeakMap<Doc, Map<number, RegExpMatchArray[]>>();
const QUOTATION = /“[^”]*”|"[^"]*"/g;
// An article that reproduces a party's own text after an editor's lead speaks in that party's voice from there on:
// "The ministry's summary, as distributed in English, is published below", "Below is Monday's roundup from a Russian
// channel, translated", "The full text of the statement follows". The lead names the author in its marker sentence
// or the one before it, in the first three paragraphs; the editor's own notes between ("[Ed.: …]", "Editor's note:")
// are the outlet's.
const REPRODUCED = new RegExp(
  String.raw`\b(?:(?:is|are)\s+(?:published|reproduced|printed|given)\s+(?:in\s+full\s+)?below|below\s+(?:is|are)\b|` +
    String.raw`full\s+text\s+(?:of\b[^.]{0,80}\bfollows|follows)|reads\s+as\s+follows)`,
  "i",
);
const DOCUMENT = /\b(?:text|summary|roundup|report|statement|briefing|post|address|transcript|translated)\b/i;
const AUTHOR = new RegExp(
  String.raw`\b(?:Russian|Ukrainian|Russia['’]s|Ukraine['’]s)\s+(?:[\p{L}-]+\s+){0,3}?` +
    String.raw`(?:ministry|channels?|staff|command|bloggers?|agency|government|administration|army|military)\b`,
  "iu",
);
const EDITORS_NOTE = /^\W*(?:Ed\.|Editor['’]?s\s+note|Note\s+from\s+the\s+editors?)/i;
const reproductions = new WeakMap<Doc, { source: Source; span: [number, number]; from: number } | null>();
function reproduction(doc: Doc): { source: Source; span: [number, number]; from: number } | null {
  if (reproductions.has(doc)) return reproductions.get(doc)!;
  let found: { source: Source; span: [number, number]; from: number } | null = null;
  for (let k = 0; k < doc.sentences.length && doc.sentences[k].paragraph < 3 && !found; k++) {
    const s = doc.sentences[k];
    if (!REPRODUCED.test(s.text) || !DOCUMENT.test(s.text)) continue;
    const prev = doc.sentences[k - 1]?.paragraph === s.paragraph ? doc.sentences[k - 1] : s;
    const a = doc.actors.find(
      (x) => x.start >= prev.start && x.end <= s.end && (x.side === "UA" || x.side === "RU") && x.kind !== "media",
    );
    const m = a ? null : AUTHOR.exec(doc.text.slice(prev.start, s.end));
    const source = a
      ? { name: a.name, side: a.side }
      : m
        ? { name: m[0], side: /^Russia/i.test(m[0]) ? ("RU" as const) : ("UA" as const) }
        : null;
    if (!source) continue;
    const at = a ? a.start : prev.start + m!.index;
    // (what is reproduced opens with the paragraph after the lead)
    const next = doc.sentences.slice(k + 1).find((x) => x.paragraph > s.paragraph);
    if (next) found = { source, span: [at, at + (a ? a.end - a.start : m![0].length)], from: next.start };
  }
  reproductions.set(doc, found);
  return found;
}
const notes = new WeakMap<Sentence, boolean>();
/** The party whose reproduced text a sentence is part of (not in the editor's notes between). */
function reproduced(doc: Doc, sentence: Sentence): Attribution | null {
  const r = reproduction(doc);
  if (!r || sentence.start < r.from) return null;
  if (!notes.has(sentence)) {
    const k = sentenceAt(doc.sentences, sentence.start);
    let first = k;
    while (first > 0 && doc.sentences[first - 1].paragraph === sentence.paragraph && k - first < 40) first--;
    notes.set(sentence, EDITORS_NOTE.test(doc.sentences[first].text));
  }
  return notes.get(sentence) ? null : { source: r.source, span: r.span };
}

const sourceLines = new WeakMap<Doc, RegExpExecArray | null>();
const SPEECH_ANYWHERE = new RegExp(`\\b(${SPEECH})\\b`, "gi");
const SOURCE_LINE = /^(?:Source|Джерело|Источник):\s*([^\n]{3,200})$/m;
function citedIn(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  if (!citing.has(sentence)) citing.set(sentence, CITING.exec(sentence.text));
  const m = citing.get(sentence)!;
  if (!m) return null;
  const from = sentence.start + m.index + m[0].length - m[1].length,
    to = from + m[1].length;
  const phrase = m[1].replace(/\s+(?:as saying|that|who|which|reported|said|says)\b.*$/i, "").trim();
  // (not a country a preposition governs inside the phrase: "citing the pro-Russian underground in Ukraine")
  const actor = doc.actors.find(
    (a) =>
      a.start >= from &&
      a.end <= to &&
      a.side !== null &&
      a.kind !== "media" &&
      !(a.start > from && GOVERNED.test(doc.text.slice(Math.max(from, a.start - 12), a.start))),
  );
  if (actor) return { source: { name: actor.name, side: actor.side }, span: [actor.start, actor.end] };
  if (doc.actors.some((a) => a.start >= from && a.end <= from + phrase.length && a.kind === "media")) return null;
  const side =
    sideBefore(phrase, 0, phrase.length)?.side ??
    roleSide(doc, phrase) ??
    (/\b(police|SBU|prosecutor|regional|oblast|military administration|air force|navy|general staff)\b/i.test(phrase)
      ? "UA"
      : null);
  return { source: { name: phrase, side }, span: [from, from + phrase.length] };
}

/**
 * A page's "Source: X" line speaks for all that it does not otherwise attribute. (A sentence after an attributed
 * one in its paragraph is not taken to go on with it: measured on the gold sets, outlets state such sentences
 * in their own voice more often than not.)
 */
function inherited(
  doc: Doc,
  _sentence: Sentence,
): { source: Source | null; span: [number, number] | null; byLine: true } | null {
  if (!sourceLines.has(doc)) sourceLines.set(doc, SOURCE_LINE.exec(doc.text));
  const line = sourceLines.get(doc)!;
  if (line) {
    const at = line.index + line[0].length - line[1].length;
    const a = doc.actors.find((x) => x.start >= at && x.end <= at + line[1].length && x.side);
    if (a) return { source: { name: a.name, side: a.side }, span: [a.start, a.end], byLine: true };
    // a source the lexicon lacks: its words say whose it is ("Serhii Lysak, Head of Dnipropetrovsk Oblast Military
    // Administration")
    const words = line[1].trim();
    return {
      source: speakerSource(doc, at, at + line[1].length, words),
      span: [at, at + line[1].length],
      byLine: true,
    };
  }
  return null;
}

/**
 * The reporting chain: a news agency or outlet the sentence cites besides the speaker ("quoted by RIA", "told
 * CNN").
 */
function withVia(doc: Doc, sentence: Sentence, r: { source: Source | null; span: [number, number] | null }) {
  if (!r.source) return r;
  const media = doc.actors.filter(
    (a) => a.start >= sentence.start && a.end <= sentence.end && a.kind === "media" && a.name !== r.source!.name,
  );
  const via = media.find(
    (a) =>
      /\b(quoted by|told|according to|reported by|citing|cited by|via|to)\s+(the\s+)?([\p{L}-]+\s+){0,4}$/iu.test(
        doc.text.slice(Math.max(sentence.start, a.start - 50), a.start),
      ) || /^\s+(reports?|reported|said|says)\b/i.test(doc.text.slice(a.end, a.end + 12)),
  );
  return via ? { ...r, source: { ...r.source, via: via.name } } : r;
}

/** The quotation (curly or straight double quotes) that contains offset `at`, within its paragraph. */
// "…,” he said": a pronoun that closes a quotation
const PRONOUN_SAID = /[,”"]\s*[”"]?\s*(?:he|she)\s+(?:said|says|added|told|wrote|explained|recalled|recounted)\b/i;
// the people a story introduces before quoting them
const PERSON = new RegExp(
  String.raw`\b(?:commander|soldier|officer|marine|serviceman|servicewoman|operator|crewman|infantryman|` +
    String.raw`paratrooper|fighter|sergeant|lieutenant|captain|major|colonel|general|gunner|sniper|medic|pilot|` +
    String.raw`spokesman|spokeswoman|resident|volunteer|guard|mayor|governor|official|chief|head|leader|driver|` +
    String.raw`scout|veteran|conscript)\b`,
  "i",
);
/**
 * Whom the "he" or "she" closing a quotation stands for, when the lexicon knows no one: the person a sentence
 * before introduced as its subject ("A Ukrainian tank commander described the fighting. “We burned …,” he said").
 */
const saidBy = new WeakMap<Sentence, { source: Source; span: [number, number] } | null>();
function pronounSpeaker(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  if (!saidBy.has(sentence)) saidBy.set(sentence, pronounSpeakerOf(doc, sentence));
  return saidBy.get(sentence)!;
}
function pronounSpeakerOf(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  if (!PRONOUN_SAID.test(sentence.text)) return null;
  const i = doc.sentences.indexOf(sentence);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    for (const p of doc.grammar[k]?.predicates ?? []) {
      if (p.nominal || !p.subject) continue;
      const words = doc.text.slice(p.subject.start, p.subject.end);
      if (!PERSON.test(words) || /^(?:he|she|they|it)$/i.test(words)) continue;
      const span: [number, number] = [p.subject.start, p.subject.end];
      return { source: speakerSource(doc, span[0], span[1], words), span };
    }
  }
  return null;
}

/**
 * A sentence that opens on a pronoun for the one who spoke before ("According to him, nine people were killed", "She
 * added that …") goes on with that speaker's report, across a paragraph break too: outlets that set each sentence
 * on a line of its own still point back by the pronoun.
 */
export const OPENS_ON_SPEAKER = new RegExp(
  String.raw`^\W*(?:according\s+to\s+(?:him|her)\b|(?:he|she)\s+(?:also\s+)?` +
    String.raw`(?:added|said|noted|stressed|specified|clarified|wrote)\b)`,
  "i",
);
function speakerBefore(doc: Doc, sentence: Sentence): { source: Source; span: [number, number] } | null {
  if (!OPENS_ON_SPEAKER.test(sentence.text)) return null;
  const i = doc.sentences.indexOf(sentence);
  for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
    const s2 = doc.sentences[k];
    if (OPENS_ON_SPEAKER.test(s2.text)) continue;
    let r = attributeIn(doc, s2, s2.end - 1);
    // (a person's pronoun is no outlet's: in "X reported this on Telegram, Ukrinform informs. According to him, …"
    // "him" is X, whom the outlet relays, the speaker nearest the sentence's start)
    if (r.source?.side === "media") {
      const person = attributeIn(doc, s2, s2.start);
      if (person.source && person.span && person.source.side !== "media") r = person;
    }
    if (r.source && r.span) return { source: r.source, span: r.span };
  }
  return null;
}

/** Whether `at` lies inside a quotation of its paragraph. */
export const inQuotation = (doc: Doc, at: number): boolean => !!quoteAround(doc, at);

/** The quotation of its paragraph that contains offset `at`. */
export function quoteAround(doc: Doc, at: number): { start: number; end: number } | null {
  const ps = doc.text.lastIndexOf("\n", at) + 1,
    pe = doc.text.indexOf("\n", at);
  if (!quotesOf.has(doc)) quotesOf.set(doc, new Map());
  const byPara = quotesOf.get(doc)!;
  if (!byPara.has(ps)) byPara.set(ps, [...doc.text.slice(ps, pe < 0 ? undefined : pe).matchAll(QUOTATION)]);
  for (const m of byPara.get(ps)!) {
    const start = ps + m.index!,
      end = start + m[0].length;
    if (at >= start && at < end && m[0].length > 30) return { start, end };
  }
  return null;
}

const CONTRARY_TO = /\b(?:contrary to|despite|in spite of|notwithstanding)\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){1,2}$/iu;
const ROLE_OPENS = new RegExp(
  // (after up to three words that qualify it: "the army chief", "an air force spokesman")
  String.raw`^\s*(the\s+|an?\s+)?(?:[\p{L}'’-]+\s+){0,3}?` +
    String.raw`(head|chief|leader|spokes\w+|minister|governor|mayor|commander|deputy|adviser|advisor|` +
    String.raw`secretary|director)\b`,
  "iu",
);
function attributeIn(
  doc: Doc,
  sentence: Sentence,
  at: number,
): { source: Source | null; span: [number, number] | null } {
  const t = sentence.text,
    base = sentence.start;
  const actorsIn = (s: number, e: number) => doc.actors.filter((a) => a.start >= base + s && a.end <= base + e);
  // "according to X" / "X said that" / "X claimed" — speech verbs anywhere in the sentence
  let best: { source: Source; span: [number, number]; dist: number } | null = null;
  if (!speeches.has(sentence)) speeches.set(sentence, [...t.matchAll(SPEECH_ANYWHERE)]);
  for (const m of speeches.get(sentence)!) {
    const vs = m.index!,
      ve = vs + m[0].length;
    // (a participle describing a noun says nothing: "on a previously announced visit", "the reported strike", "a
    // specially designated train", "the mayor's newly announced plan"; any adverb in -ly may stand between)
    const describes = /(?:\b(?:a|an|the|its|his|her|their)|\w['’]s)\s+(?:(?:[a-z]+ly|long)\s+)?$/i;
    if (/ed$/i.test(m[0]) && describes.test(t.slice(Math.max(0, vs - 30), vs))) continue;
    // (a claim set against the sentence is a noun, not its source: "despite Kremlin claims, X is still held")
    if (/^(?:claims|reports)$/i.test(m[0]) && CONTRARY_TO.test(t.slice(Math.max(0, vs - 40), vs))) continue;
    // (nor a denial in a relative clause, which answers the claim: "Y accused Kyiv of shelling X, which Kyiv denied")
    const denial = /^(?:denied|denies|rejected|dismissed)$/i.test(m[0]);
    if (denial && /,\s*(?:a claim\s+)?which\s+[^,;.“”"]{1,60}$/i.test(t.slice(Math.max(0, vs - 70), vs))) continue;
    // (nor is a saying waved aside: "we never left X, whatever their channels write")
    if (/\b(?:whatever|no matter what)\b[^,.;“”"]{0,40}$/i.test(t.slice(Math.max(0, vs - 50), vs))) continue;
    let cands: ActorMention[];
    // ("…, said the commander of X": a verb right after the comma that closes what was said, its speaker after it, is
    // an inversion; an actor named there speaks, else the grammar's reading of the phrase does)
    // (or a title and a name with no article, a person then speaking: "…, informed Deputy Minister Hanna Maliar";
    // not the one told: "X told Reuters")
    const afterComma = /[,”"]\s*$/.test(t.slice(Math.max(0, vs - 40), vs));
    const titledPerson =
      afterComma && !/^(?:tells|told)$/i.test(m[0]) && /^\s+\p{Lu}/u.test(t.slice(ve))
        ? actorsIn(ve, Math.min(t.length, ve + 80)).filter((a) => a.kind === "person" && a.start - (base + ve) < 50)
        : [];
    // (not a verb whose subject the grammar found before it, the comma closing an apposition: "X, the deputy
    // minister, announced the liberation of Y")
    const subjectBefore = () =>
      (doc.grammar[doc.sentences.indexOf(sentence)]?.predicates ?? []).some(
        (p) => !p.nominal && p.start <= base + vs && base + vs < p.end && !!p.subject && p.subject.end <= base + vs,
      );
    const inverted = afterComma && /^\s+(?:the|a|an)\s/i.test(t.slice(ve, ve + 5)) && !subjectBefore();
    if (titledPerson.length) cands = titledPerson.slice(0, 1);
    else if (inverted && !/^(?:according|in the words of|per)$/i.test(m[0])) {
      cands = actorsIn(ve, Math.min(t.length, ve + 80))
        .filter((a) => a.kind !== "media")
        .slice(0, 1);
      if (!cands.length) continue;
    } else if (/^(?:according|in the words of|per)$/i.test(m[0])) {
      // (the source is inside the to-phrase: "According to the report, Russian forces lost …" is the report's; "in
      // the words of X" is said the same way)
      // (a title's abbreviation does not end it: "according to regional Gov. X", "Lt. Gen. Y")
      const stop = /[,;.:“”"]/.exec(t.slice(ve, ve + 90).replace(TITLE_DOT, "$1 "));
      cands = actorsIn(ve, Math.min(t.length, ve + (stop ? stop.index : 90))).slice(0, 1);
      // "according to the official, who asked not to be named": a role the lexicon lacks
      // (a site's domain keeps its dots: "according to the blog MilitaryLand.net")
      // (or people named by a plural with no article: "according to local officials", "according to witnesses")
      const np =
        /^\s+(?:to\s+)?((?:the|an?|his|her|its|their)\s+(?:[^,.;“”"]|\.(?=[a-z]{2,6}\b)){2,80})/i.exec(t.slice(ve)) ??
        BARE_PEOPLE.exec(t.slice(ve, ve + 60));
      // ("according to the ministry": the ministry named before, as "the ministry said" would be)
      const ana = !cands.length && np ? anaphor(doc, base + vs, np[1].trim()) : null;
      if (ana) cands = [ana];
      if (!cands.length && np) {
        const span: [number, number] = [base + vs, base + ve + np[0].length];
        const side = sideBefore(np[1], 0, np[1].length)?.side ?? roleSide(doc, np[1], span);
        if (!best) best = { source: { name: np[1].trim(), side }, span, dist: Math.abs(base + vs - at) };
        continue;
      }
    } else {
      // subject before the verb (up to the previous clause break), or after it in inversions ("…," said X)
      // a comma right before the verb closes an apposition ("the governor, Oleg Sinegoubov, affirmed"), not a clause
      // (the auxiliary and the commas are trimmed from a bounded tail: a page-long sentence stays linear)
      const tailFrom = Math.max(0, vs - 60);
      const left =
        t.slice(0, tailFrom) +
        t
          .slice(tailFrom, vs)
          .replace(/\s+(was|were|is|are|has been|had been)\s*$/i, " ")
          .replace(/[,\s]+$/, " ");
      const breakBefore = (to: number) =>
        Math.max(...[". ", "; ", "” ", '" ', ", "].map((b) => left.lastIndexOf(b, to)), -1);
      let cut = breakBefore(left.length);
      // ("the spokesman of the Yug group, Vadim Astafyev, told …": a bare name closing an apposition is the speaker
      // named again; the role before it says who speaks)
      if (cut > 0 && !actorsIn(cut + 1, vs).length && BARE_NAME.test(left.slice(cut + 1)) && left[cut] === ",")
        cut = breakBefore(cut - 1);
      // the speaker nearest the verb, passing over a dateline's "MOSCOW" or "Kyiv" when someone else is named
      // (and over a dateline's agency, the outlet that filed the story: "KYIV, Dec 23 (Reuters) - Ukraine's military
      // said …")
      const inSubject = actorsIn(cut + 1, vs).filter((a) => !filedBy(doc.text, a));
      const named = inSubject.filter((a) => a.kind !== "organisation");
      cands = (named.length ? named : inSubject).slice(-1);
      // "Vladislav Sokolov, head of the Russian-backed administration, was quoted": the person the role describes
      if (ROLE_OPENS.test(left.slice(cut + 1))) {
        const person = doc.actors
          .filter((a) => a.kind === "person" && a.end <= base + cut + 1 && a.end >= base + cut - 3)
          .pop();
        // (not a name a preposition governs: "crashed near X, the navy's spokesman said" has no X speaking)
        const governed = person && GOVERNED.test(doc.text.slice(Math.max(0, person.start - 12), person.start));
        if (person && !governed) cands = [person];
      }
      // "They also said …": a plural or neuter pronoun speaks for whoever spoke in the sentence before
      const pronoun = left.slice(cut + 1).trim();
      if (!cands.length && /^(?:they|it)(?:\s+(?:also|later|further|then|earlier))?$/i.test(pronoun)) {
        const i = doc.sentences.indexOf(sentence);
        const prev = i > 0 ? speakerIn(doc, doc.sentences[i - 1], doc.sentences[i - 1].end, false) : null;
        if (prev && !best) {
          best = { source: prev.source, span: [base + cut + 1, base + ve], dist: Math.abs(base + vs - at) };
          continue;
        }
      }
      // "he said", "the ministry said": the latest actor before that fits the pronoun or the role
      if (!cands.length) {
        const ana = anaphor(doc, base, left.slice(cut + 1).trim() || t.slice(ve, ve + 20).trim());
        if (ana) cands = [ana];
      }
      // ("…, a video released by their brigade showed": footage speaks for whoever released it)
      const shown = !cands.length && /^show/i.test(m[0]) ? FOOTAGE_BY.exec(left.slice(cut + 1)) : null;
      if (shown && !best) {
        const by = shown[1].trim();
        const from = base + cut + 1 + shown.index + shown[0].indexOf(shown[1]);
        const own = /^(?:their|its|our)\b/i.test(by) ? firstSide(t, 0, cut + 1) : null;
        const side = sideBefore(by, 0, by.length)?.side ?? own ?? roleSide(doc, by);
        best = { source: { name: by, side }, span: [from, from + by.length], dist: Math.abs(base + vs - at) };
        continue;
      }
      // inversion: "…,” said X / "…, X told CNN" where the subject is a role the lexicon lacks
      if (!cands.length) {
        const role = ROLE_AT_END.exec(left.slice(cut + 1));
        if (role) {
          const from = base + cut + 1 + role.index;
          const side = sideBefore(role[1], 0, role[1].length)?.side ?? roleSide(doc, role[1], [from, base + ve]);
          if (!best)
            best = {
              source: { name: role[1].trim(), side },
              span: [from, base + ve],
              dist: Math.abs(base + vs - at),
            };
          continue;
        }
        // only a true inversion: the verb right after a quote or comma (“…,” said X / “…”, X said)
        // (not the one told: "…, Vadim Astafyev, told RIA Novosti")
        if (/[,”"]\s*$/.test(t.slice(Math.max(0, vs - 40), vs)) && !/^(?:tells|told)$/i.test(m[0]))
          cands = actorsIn(ve, Math.min(t.length, ve + 60)).slice(0, 1);
      }
    }
    const a = cands[0];
    // a speaker of no known side still makes it a claim ("Deputy Defence Minister Hanna Maliar said")
    if (!a) continue;
    // a speech verb after the event governs it only as an inversion (", X said"), not inside a time clause
    // ("…, hours after the ministry said …")
    if (vs > at - base && !/^(?:according|in the words of)$/i.test(m[0])) {
      const between = t.slice(Math.max(0, at - base), vs);
      if (/\b(after|before|when|while|since|because|until)\b/i.test(between.slice(between.lastIndexOf(",") + 1)))
        continue;
    }
    // a pure place word ("Ukraine", "Russia") inside an object clause is not the speaker
    const dist = Math.abs(base + vs - at);
    // (a speaker the lexicon names but cannot side takes the side its phrase names: "the DPR mission to the JCCC")
    const phraseSide = a.end <= base + vs ? sideBefore(doc.text, Math.max(base, a.start - 40), a.end)?.side : null;
    const side = a.side ?? phraseSide ?? null;
    const span: [number, number] = [base + Math.min(a.start - base, vs), base + Math.max(a.end - base, ve)];
    if (!best || dist < best.dist) best = { source: { name: a.name, side }, span, dist };
  }
  // "…, – Andriy Yermak, head of the Office of the President.": a dash closing the sentence on its speaker, with no
  // verb (the Ukrainian and Russian press's way)
  if (!best) {
    const tail = /\s[–—]\s+([^–—"“”]{3,140}?)[.!]?\s*$/.exec(t);
    const a = tail ? actorsIn(tail.index, t.length).find((x) => x.kind !== "media") : undefined;
    // (the speaker opens what the dash leaves, and no clause follows: not "X – a town in Y – was taken by Z")
    const opens = tail && a && a.start - base - tail.index - tail[0].indexOf(tail[1]) <= 12;
    const named = !!tail && /^(?:the\s+)?\p{Lu}/u.test(tail[1]);
    if (tail && a && opens && named && !/\b(?:was|were|is|are|has|have|had|been|will)\b/i.test(tail[1]))
      return { source: { name: a.name, side: a.side ?? null }, span: [base + tail.index, base + t.length] };
    // (or an office the lexicon does not know, a headline's way: "Shoigu visits troops in X — defence ministry")
    const office = tail && !a ? OFFICE_TAIL.exec(tail[1]) : null;
    if (office && tail) {
      const side =
        sideBefore(office[0], 0, office[0].length)?.side ?? roleSide(doc, office[0]) ?? firstSide(t, 0, tail.index);
      return { source: { name: office[0].trim(), side }, span: [base + tail.index, base + t.length] };
    }
  }
  return best ? { source: best.source, span: best.span } : { source: null, span: null };
}

// (a flag's colours name its side: "the yellow-and-blue flag", "the Russian tricolour")
const UA_CUE = new RegExp(
  String.raw`\b(` +
    String.raw`yellow-and-blue|blue-and-yellow|Ukraine|Ukrainian|Ukraine['’]s|Ukrainians|Kyiv['’]s|` +
    String.raw`Kiev['’]s|ZSU|VSU|AFU|UAF|Armed Forces of Ukraine|` +
    String.raw`(Defen[cs]e|Ground|Air|Territorial Defen[cs]e) Forces of Ukraine|` +
    String.raw`our (troops|forces|soldiers|defenders|guys|units|military)` +
    String.raw`)\b`,
  "g",
);
const RU_CUE = new RegExp(
  String.raw`\b(` +
    String.raw`tricolou?r|(?:Donetsk|Luhansk|Lugansk) People['’]s Republic|Russia|Russian|Russia['’]s|` +
    String.raw`Russians|Russian Federation|Moscow['’]s|Moscow|occupiers|occupying|` +
    String.raw`[Oo]ccupation (army|forces|troops|authorities|administration|officials|police|courts?|governor|head)|` +
    String.raw`invaders|Putin['’]s|Wagner|separatists?|pro-Russian|Kremlin['’]s|DPR|LPR|LDNR|Chechen|` +
    String.raw`Kadyrov(ite)?s?|rashists?|ruscists?|orcs|the enemy|enemy` +
    String.raw`)\b`,
  "g",
);

// a governor, mayor or head of a region or city in Russia, or of Crimea under Russia's naming: "Kursk governor X",
// "the head of the Belgorod region", "Sevastopol's governor"
const OFFICE_IN_RUSSIA = String.raw`(?:${RUSSIAN_REGIONS}|Sevastopol|Crimea)`;
const RUSSIAN_OFFICE = new RegExp(
  String.raw`\b${OFFICE_IN_RUSSIA}(?:['’]s)?\s+(?:(?:region(?:al)?|oblast|city)\s+)?(?:acting\s+)?` +
    String.raw`(?:governor|mayor|head|administration)\b|` +
    String.raw`\b(?:governor|mayor|head)\s+of\s+(?:the\s+)?(?:city\s+of\s+)?${OFFICE_IN_RUSSIA}\b`,
  "i",
);

/**
 * The side of a role the lexicon lacks: a governor, mayor or regional administration is Ukraine's unless installed
 * by Russia; someone "involved in the operation" is on the side whose operation the article reports.
 */
const RUSSIAN_ROLE = /\b(Russians?|Russia['’]s|Moscow['’]s|DPR|LPR|(?:Donetsk|Luhansk|Lugansk) People['’]s Republic)\b/;

const REGIONAL_OFFICE_ROLE = new RegExp(
  String.raw`\b(governor|mayor|regional (military |state )?administration|` +
    String.raw`oblast (military )?administration|head of the \w+ region)\b`,
  "i",
);
function roleSide(doc: Doc, role: string, at?: [number, number]): ActorSide | null {
  if (RUSSIAN_OFFICE.test(role)) return "RU";
  const local = at ? localOffice(doc, at[0], at[1], role.trim().replace(/^(?:the|a|an)\s+/i, "")) : null;
  if (local) return local;
  if (/\b(installed|appointed by (Russia|Moscow)|occupation|pro-Russian|separatist)\b/i.test(role)) return "RU";
  // "the Russian ministry", "a Ukrainian brigade spokesman": the speaker's own nationality
  if (RUSSIAN_ROLE.test(role)) return "RU";
  // third parties: foreign governments and their militaries, analysts
  if (/\b(British|UK|American|U\.?S\.?|Pentagon|NATO|Western|German|French|Polish)\b/.test(role)) return "other";
  if (/\bInstitute for the Study of War\b/.test(role)) return "other";
  if (/\b(Ukrainians?|Ukraine['’]s|Kyiv['’]s)\b/.test(role)) return "UA";
  // (a crew or an operator of kit only one side fields: "the commander of a HIMARS crew", "a Lancet operator")
  const kit = kitOwner(role);
  if (kit) return kit;
  // (Ukraine's commands, by their own names: "the Southern Defence Forces", "Operational Command South")
  if (/\b(?:Defen[cs]e Forces|Operational Command|Territorial Defen[cs]e)\b/.test(role)) return "UA";
  if (REGIONAL_OFFICE_ROLE.test(role)) return "UA";
  // a region's offices and services are Ukraine's unless the words say Russia installed them (checked above)
  const offices =
    /\b(police|prosecutors?|regional|oblast|city council|local council|military administration|authorities)\b/i;
  if (offices.test(role) || /\b(emergency service|rescuers)\b/i.test(role)) return "UA";
  // (the military and state administrations by their translated initials: regional, city, settlement, district)
  if (/\b(?:RMA|OVA|ODA|OMA|MVA|CMA|SMA|RVA|RSA)\b/.test(role)) return "UA";
  if (/\bliberat/i.test(role)) return "UA";
  if (/\b(operation|offensive|counter-?offensive)\b/i.test(role)) return articleSide(doc.text);
  return null;
}

/** The side whose forces an article mostly reports on ("Ukrainian troops …" against "Russian troops …"). */
// (asked for each event: the last text's answer is kept, so a live blog is counted once, not once per event)
let sideCache: { text: string; side: "UA" | "RU" | null } | null = null;
export function articleSide(text: string): "UA" | "RU" | null {
  if (sideCache?.text !== text) sideCache = { text, side: articleSideUncached(text) };
  return sideCache.side;
}
const RU_FORCES_WORDS = new RegExp(
  String.raw`\b(Russian|Russia['’]s|Moscow['’]s)\s+(troops|forces|army|military|units|` +
    String.raw`soldiers|offensive|advances?|gains)\b`,
  "gi",
);
const UA_FORCES_WORDS = new RegExp(
  String.raw`\b(Ukrainian|Ukraine['’]s|Kyiv['’]s)\s+(troops|forces|army|military|units|` +
    String.raw`soldiers|offensive|counter-?offensive|advances?|gains)\b`,
  "gi",
);
function articleSideUncached(text: string): "UA" | "RU" | null {
  const ua = (text.match(UA_FORCES_WORDS) ?? []).length;
  const ru = (text.match(RU_FORCES_WORDS) ?? []).length;
  return ua > ru * 1.5 ? "UA" : ru > ua * 1.5 ? "RU" : null;
}

/**
 * What a pronoun or a bare role refers to: "he" -> the latest person named before, "the ministry" -> the latest
 * ministry.
 */
function anaphor(doc: Doc, before: number, phrase: string): ActorMention | null {
  // ("he" is the latest person, whether or not the text gave a side; a role must name a side to point to)
  if (/^(he|she|his|her)\b/i.test(phrase))
    return doc.actors.filter((a) => a.end <= before && a.kind === "person").pop() ?? null;
  const prior = doc.actors.filter((a) => a.end <= before && a.side !== null);
  // ("…, it said": an institution named before, not a force in the field)
  if (/^it(?:\s+(?:also|later|further|then|earlier|added))?$/i.test(phrase))
    return prior.filter((a) => INSTITUTION.has(a.kind) && !/\b(?:forces|troops)$/i.test(a.name)).pop() ?? null;
  if (!/^the\b/i.test(phrase)) return null;
  const role = /\b(ministry|army|military|staff|navy|air force|governor|president|kremlin|department|administration)\b/i
    .exec(phrase)?.[1]
    .toLowerCase();
  if (!role) return repeatedHead(doc, prior, phrase, before);
  const named = prior
    .filter(
      (a) =>
        a.name.toLowerCase().includes(role) ||
        (role === "army" && /armed forces|army/i.test(a.name)) ||
        (role === "military" && /armed forces|army|military/i.test(a.name)),
    )
    .pop();
  if (named || !/^(?:ministry|army|military|staff|navy|air force)$/.test(role)) return named ?? null;
  // ("Russia said it had taken X. The defence ministry said …": a state's own ministry, army or navy, when the
  // sentences just before named the state speaking and no ministry; "Ukraine's military confirmed … The navy said")
  const i = doc.sentences.findIndex((x) => x.end >= before);
  const from = doc.sentences[Math.max(0, i - 2)]?.start ?? 0;
  return prior.filter((a) => a.start >= from && STATE.test(a.name)).pop() ?? null;
}
const STATE = /^(?:Russia|Moscow|the Kremlin|Ukraine|Kyiv|Kiev)$/;
// the titles written with a full stop before a name, in wire style
const TITLE_DOT = /\b(Gov|Lt|Gen|Col|Maj|Sgt|Capt|Adm|Sen|Rep|Brig|Cmdr|Dr)\./g;
const INSTITUTION = new Set(["office", "organisation", "unit", "media", "group"]);

/**
 * "the channel said" after "the Rybar channel reported …", "the brigade said" after "Ukraine's 47th brigade …": a
 * definite noun that repeats the head of a phrase naming an actor before it points back to that actor.
 */
function repeatedHead(doc: Doc, prior: ActorMention[], phrase: string, before: number): ActorMention | null {
  const head = /^the\s+([\p{L}-]{3,20})$/iu.exec(phrase)?.[1];
  if (!head) return null;
  const heads = new RegExp(String.raw`^(?:['’]s)?\s+(?:[\p{L}-]+\s+){0,2}?${head}\b`, "iu");
  const ends = new RegExp(String.raw`\b${head}$`, "i");
  const known = prior.filter((a) => heads.test(doc.text.slice(a.end, a.end + 40)) || ends.test(a.name)).pop();
  if (known) return known;
  // (or a phrase of the sentences just before that names its side, though the lexicon does not know it: "Ukraine's
  // 47th brigade posted …"; three sentences back at most)
  const i = doc.sentences.findIndex((x) => x.end >= before);
  const from = doc.sentences[Math.max(0, i - 3)]?.start ?? 0;
  const back = doc.text.slice(from, before);
  const np = new RegExp(String.raw`((?:[\p{L}\d'’-]+\s+){1,3}?)${head}\b`, "giu");
  const last = [...back.matchAll(np)].pop();
  const side = last ? (sideBefore(last[0], 0, last[0].length)?.side ?? null) : null;
  if (!last || !side) return null;
  const start = from + last.index!;
  return { start, end: start + last[0].length, name: last[0].trim(), side, kind: "unit" };
}

const PREPOSITION_BEFORE = new RegExp(
  String.raw`\b(in|from|to|into|of|across|against|for|on|with|over|near|towards?|throughout|` +
    String.raw`inside)\s+(the\s+)?(?:(?:north|south)?-?(?:east|west)?(?:ern)?\s+|central\s+)?$`,
  "i",
);
const SPEAKER_AFTER_RUSSIAN = new RegExp(
  String.raw`^[-\s](installed|backed|appointed|occupied|held|controlled|state|Telegram|` +
    String.raw`military bloggers?|war bloggers?|president|foreign|defen[cs]e ministry|ministry|` +
    String.raw`media|sources|propagandists?|border|occupation of)`,
  "i",
);
/** Side cues in text[from, to), in order, less those that only qualify a speaker or a place. */
function cues(text: string, from: number, to: number): { side: "UA" | "RU"; pos: number }[] {
  const seg = text.slice(from, to);
  const out: { side: "UA" | "RU"; pos: number }[] = [];
  for (const [re, side] of [
    [UA_CUE, "UA"],
    [RU_CUE, "RU"],
  ] as const) {
    re.lastIndex = 0;
    for (const m of seg.matchAll(re)) {
      const after = seg.slice(m.index! + m[0].length, m.index! + m[0].length + 20);
      // "Russian-installed head said Ukrainian troops…": skip cues glued to speaker phrases ("Russian state
      // television")
      if (/^(Russian|russian)$/.test(m[0]) && SPEAKER_AFTER_RUSSIAN.test(after)) continue;
      if (
        /^Ukrain/.test(m[0]) &&
        /^[-\s](president|President|defen[cs]e ministry|Defen[cs]e Ministry|officials?|bloggers)/.test(after)
      )
        continue;
      // a country or capital after a preposition is a place ("withdrew from Ukraine", "returned to Moscow"), not an
      // agent
      if (
        /^(Moscow|Russia|Ukraine|Russia['’]s|Ukraine['’]s)$/.test(m[0]) &&
        PREPOSITION_BEFORE.test(seg.slice(Math.max(0, m.index! - 30), m.index!))
      )
        continue;
      out.push({ side, pos: m.index! + from });
    }
  }
  return out.sort((a, b) => a.pos - b.pos);
}

/** The side named nearest before `at` in text[from, at): "Russian troops withdrew", "Ukrainian forces entered". */
export function sideBefore(text: string, from: number, at: number): { side: "UA" | "RU"; pos: number } | null {
  const c = cues(text, from, at);
  return c.length ? c[c.length - 1] : null;
}

/** The first side named in text[from, to): the subject of a sentence usually comes first. */
export function firstSide(text: string, from: number, to: number): "UA" | "RU" | null {
  return cues(text, from, to)[0]?.side ?? null;
}

/** The side named just after `at`: "captured by Russian forces", "fell to Ukrainian troops". */
export function sideAfter(text: string, at: number, to: number): "UA" | "RU" | null {
  const seg = text.slice(at, to);
  const m = /^\s*(?:\S+\s+){0,3}?(?:by|to|into the hands of)\s+(?:the\s+)?(\S+)/i.exec(seg);
  if (!m) return null;
  UA_CUE.lastIndex = 0;
  RU_CUE.lastIndex = 0;
  if (UA_CUE.test(m[1])) return "UA";
  if (RU_CUE.test(m[1])) return "RU";
  return null;
}

/** An agency in a dateline's brackets: "KYIV, Dec 23 (Reuters) -", "(Bloomberg) --", "MOSCOW (AFP) -". */
const filedBy = (text: string, a: ActorMention) =>
  a.kind === "media" && text[a.start - 1] === "(" && /^\)\s*(?:-{1,2}|–|—)\s/.test(text.slice(a.end, a.end + 6));

// the outlets whose own voice speaks for a side: state agencies and official sites, by web domain
const HOUSE_DOMAINS: [RegExp, "UA" | "RU"][] = [
  [/(?:^|\.)(?:tass\.(?:com|ru)|ria\.ru|rt\.com|sputnik[\w.]*|interfax\.ru|iz\.ru|rg\.ru|tvzvezda\.ru|mil\.ru)$/, "RU"],
  [/(?:^|\.)kremlin\.ru$/, "RU"],
  [/(?:^|\.)(?:ukrinform\.\w+|unian\.\w+|mil\.gov\.ua|president\.gov\.ua|armyinform\.com\.ua)$/, "UA"],
];
const houses = new WeakMap<Doc, "UA" | "RU" | null>();
/**
 * The side whose state outlet filed the text, when one did: its agency in the dateline ("MOSCOW, May 20 /TASS/.",
 * "(RIA Novosti) –") or its web domain. Such an outlet's own narrative speaks as its side does: a TASS report that
 * a town "was liberated" tells a Russian gain, with no official named.
 */
export function houseSide(doc: Doc): "UA" | "RU" | null {
  if (houses.has(doc)) return houses.get(doc)!;
  let side: "UA" | "RU" | null = null;
  const host = /^https?:\/\/([^/]+)/i.exec(doc.article.url ?? "")?.[1]?.toLowerCase() ?? "";
  for (const [re, sd] of HOUSE_DOMAINS) if (re.test(host)) side = sd;
  if (!side)
    for (const a of doc.actors) {
      if (a.start > 200) break;
      const around = doc.text[a.start - 1] + doc.text[a.end];
      if (a.kind === "media" && (around === "()" || around === "//") && (a.side === "RU" || a.side === "UA")) {
        side = a.side;
        break;
      }
    }
  houses.set(doc, side);
  return side;
}
