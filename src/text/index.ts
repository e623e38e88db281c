// text: the clean text split into paragraphs, sentences and tokens with character offsets (wink-nlp).
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../types.js";
import { parseSentence, type GToken, type SentenceGrammar } from "./grammar.js";

// (only what the grammar reads: sentences and parts of speech; negation, sentiment and entity recognition cost a
// third of the reading time and nothing here uses them)
const nlp = winkNLP(model, ["sbd", "pos"]);
const its = nlp.its;

/** Sentences, tokens and each sentence's grammar (./grammar.ts), index-aligned with the sentences. */
export function segment(text: string): { sentences: Sentence[]; tokens: Token[]; grammar: SentenceGrammar[] } {
  const sentences: Sentence[] = [];
  const tokens: Token[] = [];
  const grammar: SentenceGrammar[] = [];
  let paragraph = 0;
  // Paragraph by paragraph: wink-nlp joins lines, and a heading must not run into the sentence after it.
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const base = m.index;
    // (a site named by its domain, "MilitaryLand.net" or "pravda.com.ua", is one name: wink-nlp would end a sentence
    // at its dot, so the dot is masked for wink and the pieces joined again below)
    const masked = m[0].replace(DOMAIN_DOT, "_");
    const doc = nlp.readDoc(masked);
    const col = doc.tokens();
    const values = col.out() as string[];
    const spaces = col.out(its.precedingSpaces) as string[];
    const tags = col.out(its.pos) as string[];
    const lemmas = col.out(its.lemma as never) as string[];
    // (a headline is short: longer lines are prose, and the checks below stay bounded whatever the input)
    if (masked.length <= HEADLINE_MAX && TITLE_CASE.test(masked)) untitle(masked, values, tags, lemmas);
    // one object per token serves the token list and the grammar (fewer allocations on the hot path)
    const here: GToken[] = new Array(values.length);
    let pos = 0;
    for (let i = 0; i < values.length; i++) {
      pos += spaces[i].length;
      // wink keeps the text verbatim; guard anyway so offsets never drift
      const at = masked.indexOf(values[i], pos);
      pos = at >= 0 ? at : pos;
      const v = m[0].slice(pos, pos + values[i].length);
      here[i] = {
        start: base + pos,
        end: base + pos + v.length,
        text: v,
        lower: v.toLowerCase(),
        pos: tags[i],
        lemma: lemmas[i].toLowerCase(),
      };
      pos += v.length;
    }
    const at = joinDomains(here, masked, base);
    for (const t of at.tokens) tokens.push(t);
    // (a line that is one sentence without a closing stop is a headline, with a headline's grammar)
    const one = doc.sentences().length() === 1 && !/[.!?…"”’')\]]$/.test(values[values.length - 1] ?? ".");
    doc.sentences().each((s: ItemSentence) => {
      const [a0, b0] = s.out(its.span) as unknown as [number, number];
      const a = at.index[a0],
        b = at.index[b0];
      const start = at.tokens[a].start,
        end = at.tokens[b].end;
      sentences.push({ start, end, text: text.slice(start, end), paragraph });
      grammar.push(parseSentence({ start, end }, at.tokens.slice(a, b + 1), one && at.tokens.length <= 24));
    });
    paragraph++;
  }
  return { sentences, tokens, grammar };
}

// a dot inside a domain name: a letter or digit before it, a short lowercase label after it and no letter after that
const DOMAIN_DOT = /(?<=[\p{L}\d])\.(?=[a-z]{2,6}(?![\p{L}\d]))/gu;

/**
 * The tokens with each masked domain ("MilitaryLand", "_", "net") joined into one proper noun, and where each of
 * wink's token indexes went.
 */
function joinDomains(here: GToken[], masked: string, base: number): { tokens: GToken[]; index: number[] } {
  const index: number[] = new Array(here.length);
  const out: GToken[] = [];
  for (let i = 0; i < here.length; i++) {
    const t = here[i];
    const glue = t.text === "." && masked[t.start - base] === "_" && out.length && i + 1 < here.length;
    if (!glue) {
      index[i] = out.length;
      out.push(t);
      continue;
    }
    const prev = out[out.length - 1],
      next = here[i + 1];
    const text = prev.text + t.text + next.text;
    const lower = text.toLowerCase();
    out[out.length - 1] = { ...prev, end: next.end, text, lower, pos: "PROPN", lemma: lower };
    index[i] = index[i + 1] = out.length - 1;
    i++;
  }
  return { tokens: out, index };
}

// A line in title case, "Russian Strike Hits Sumy Hospital, Killing Nine": every word of four letters or more
// capitalised, three at least (a sentence names a few places, never capitalises all its verbs).
const HEADLINE_MAX = 300;
const TITLE_CASE = /^(?=(?:[^\p{L}]*\p{L}+){3})(?!.*(?<!\p{L})\p{Ll}{4,})/u;
// the tags a word's case cannot make: a verb, an auxiliary or a function word read from the lower-case line
const CASELESS_TAGS = /^(?:VERB|AUX|ADP|ADV|DET|CCONJ|SCONJ|PRON|PART|NUM)$/;
/**
 * wink-nlp's tagger reads a capitalised word as a name: in a title-case line, the words after the first are read
 * again in lower case, and a verb or a function word found so takes that tag ("Hits", "Killing"); names and nouns
 * keep theirs. (Truecasing by a second reading: no library here truecases.)
 */
function untitle(line: string, values: string[], tags: string[], lemmas: string[]): void {
  // (in capitals too: "KRYVYI RIH WITHOUT POWER AFTER RUSSIAN MISSILE HITS SUBSTATION")
  const lower = line.replace(/(?<=\S\s+[^\n]*?)\p{Lu}[\p{Lu}\p{Ll}]+/gu, (w) => w.toLowerCase());
  const doc = nlp.readDoc(lower);
  const v2 = doc.tokens().out() as string[];
  if (v2.length !== values.length) return;
  const t2 = doc.tokens().out(its.pos) as string[];
  const l2 = doc.tokens().out(its.lemma as never) as string[];
  for (let i = 1; i < values.length; i++)
    if (tags[i] === "PROPN" && CASELESS_TAGS.test(t2[i]) && v2[i].toLowerCase() === values[i].toLowerCase()) {
      tags[i] = t2[i];
      lemmas[i] = l2[i];
    }
}
