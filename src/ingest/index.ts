// ingest: read, decode, metadata (published, outlet, url, translated_from), drop boilerplate, content hash.
import { createHash } from "node:crypto";
import type { Article, RawArticle } from "../types.js";
import { cleanText } from "./boilerplate.js";

export { readInputs, type InputResult } from "./read.js";
export { InputError } from "./decode.js";
export { toRaw } from "./boilerplate.js";

export function prepare(raw: RawArticle): Article {
  const id = createHash("sha256").update(raw.text).digest("hex").slice(0, 32);
  const c = cleanText(raw.text);
  return {
    ...raw,
    id,
    title: raw.title ?? c.title,
    published: raw.published ?? c.datedLine,
    clean: c.clean,
    segments: c.segments,
    dropped: c.dropped,
    headings: c.headings,
  };
}
