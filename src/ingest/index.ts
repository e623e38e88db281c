// ingest: read, decode, metadata (published, outlet, url, translated_from), drop boilerplate, content hash.
import { createHash } from "node:crypto";
import type { Article, RawArticle } from "../types.js";
import { cleanText } from "./boilerplate.js";

export { readInputs, type InputResult } from "./read.js";
export { InputError } from "./decode.js";
export { toRaw } from "./boilerplate.js";

/** An article's idempotency key: a hash of its text as read. */
export const articleId = (text: string) => createHash("sha256").update(text).digest("hex").slice(0, 32);

export function prepare(raw: RawArticle): Article {
  const id = articleId(raw.text);
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
