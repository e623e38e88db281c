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
    const doc = nlp.readDoc(m[0]);
    const col = doc.tokens();
    const values = col.out() as string[];
    const spaces = col.out(its.precedingSpaces) as string[];
    const tags = col.out(its.pos) as string[];
    const lemmas = col.out(its.lemma as never) as string[];
    // one object per token serves the token list and the grammar (fewer allocations on the hot path)
    const here: GToken[] = new Array(values.length);
    let pos = 0;
    for (let i = 0; i < values.length; i++) {
      pos += spaces[i].length;
      // wink keeps the text verbatim; guard anyway so offsets never drift
      const at = m[0].indexOf(values[i], pos);
      pos = at >= 0 ? at : pos;
      const v = values[i];
      here[i] = { start: base + pos, end: base + pos + v.length, text: v, lower: v.toLowerCase(), pos: tags[i], lemma: lemmas[i].toLowerCase() };
      tokens.push(here[i]);
      pos += v.length;
    }
    // (a line that is one sentence without a closing stop is a headline, with a headline's grammar)
    const one = doc.sentences().length() === 1 && !/[.!?…"”’')\]]$/.test(values[values.length - 1] ?? ".");
    doc.sentences().each((s: ItemSentence) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      const start = here[a].start, end = here[b].end;
      sentences.push({ start, end, text: text.slice(start, end), paragraph });
      grammar.push(parseSentence({ start, end }, here.slice(a, b + 1), one && values.length <= 24));
    });
    paragraph++;
  }
  return { sentences, tokens, grammar };
}
