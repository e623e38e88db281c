// text: the clean text split into paragraphs, sentences and tokens with character offsets (wink-nlp).
import winkNLP, { type ItemSentence } from "wink-nlp";
import model from "wink-eng-lite-web-model";
import type { Sentence, Token } from "../types.js";
import { parseSentence, type GToken, type SentenceGrammar } from "./grammar.js";

const nlp = winkNLP(model);
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
    const values = doc.tokens().out() as string[];
    const spaces = doc.tokens().out(its.precedingSpaces) as string[];
    const tags = doc.tokens().out(its.pos) as string[];
    const lemmas = doc.tokens().out(its.lemma as never) as string[];
    const starts: number[] = [];
    let pos = 0;
    for (let i = 0; i < values.length; i++) {
      pos += spaces[i].length;
      // wink keeps the text verbatim; guard anyway so offsets never drift
      const at = m[0].indexOf(values[i], pos);
      pos = at >= 0 ? at : pos;
      starts.push(pos);
      tokens.push({ start: base + pos, end: base + pos + values[i].length, text: values[i] });
      pos += values[i].length;
    }
    doc.sentences().each((s: ItemSentence) => {
      const [a, b] = s.out(its.span) as unknown as [number, number];
      const start = base + starts[a], end = base + starts[b] + values[b].length;
      sentences.push({ start, end, text: text.slice(start, end), paragraph });
      const gt: GToken[] = [];
      for (let i = a; i <= b; i++) {
        const st = base + starts[i];
        gt.push({ start: st, end: st + values[i].length, text: values[i], lower: values[i].toLowerCase(), pos: tags[i], lemma: lemmas[i].toLowerCase() });
      }
      grammar.push(parseSentence({ start, end }, gt));
    });
    paragraph++;
  }
  return { sentences, tokens, grammar };
}
