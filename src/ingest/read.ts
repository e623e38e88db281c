// Reads every kind of input of the contract (.txt, directories with meta.json, .jsonl, .html, RSS/Atom files
// and URLs) into RawArticles. A bad input yields an error and the batch goes on.
import { readFileSync, readdirSync, statSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { z } from "zod";
import type { RawArticle } from "../types.js";
import { decodeText, InputError, normaliseDate } from "./decode.js";
import { htmlToArticle } from "./html.js";
import { fetchText, looksLikeFeed, parseFeed } from "./feed.js";

export type InputResult = { article: RawArticle } | { error: InputError };

const ARTICLE_EXT = new Set([".txt", ".html", ".htm", ".jsonl", ".xml", ".rss", ".atom"]);

const Meta = z
  .object({
    file: z.string(),
    published: z.string().nullish(),
    translated_from: z.string().nullish(),
    url: z.string().nullish(),
    outlet: z.string().nullish(),
    title: z.string().nullish(),
    language: z.string().nullish(),
  })
  .passthrough();
const MetaFile = z.object({ articles: z.array(Meta) }).passthrough();
type MetaRow = z.infer<typeof Meta>;

const JsonlRecord = z
  .object({
    id: z.union([z.string().min(1), z.number()]).optional(),
    url: z.string().nullish(),
    title: z.string().nullish(),
    text: z.string().nullish(),
    html: z.string().nullish(),
    published: z.string().nullish(),
    outlet: z.string().nullish(),
    language: z.string().nullish(),
    translated_from: z.string().nullish(),
  })
  .passthrough()
  .refine((r) => (r.text && r.text.trim()) || (r.html && r.html.trim()), {
    message: 'needs a non-empty "text" or "html"',
  });

function blank(input: string, file: string): RawArticle {
  return {
    input,
    file,
    url: null,
    title: null,
    outlet: null,
    published: null,
    translatedFrom: null,
    language: null,
    text: "",
  };
}

function datedOrFail(input: string, v: string | null | undefined): string | null {
  if (v == null || v === "") return null;
  const d = normaliseDate(v);
  if (!d) throw new InputError(input, `unreadable publication date "${v}"`);
  return d;
}

function fromMeta(a: RawArticle, m: MetaRow | undefined): RawArticle {
  if (!m) return a;
  return {
    ...a,
    published: datedOrFail(a.input, m.published) ?? a.published,
    translatedFrom: m.translated_from ?? a.translatedFrom,
    url: m.url ?? a.url,
    outlet: m.outlet ?? a.outlet,
    title: m.title ?? a.title,
    language: m.language ?? a.language,
  };
}

function* readJsonl(path: string, text: string): Generator<InputResult> {
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const where = `${path}:${i + 1}`;
    let obj: unknown;
    try {
      obj = JSON.parse(line);
    } catch (e) {
      yield { error: new InputError(where, `invalid JSON (${(e as Error).message})`) };
      continue;
    }
    const r = JsonlRecord.safeParse(obj);
    if (!r.success) {
      yield {
        error: new InputError(
          where,
          `invalid record: ${r.error.issues.map((x) => `${x.path.join(".") || "record"} ${x.message}`).join("; ")}`,
        ),
      };
      continue;
    }
    const rec = r.data;
    try {
      const id = rec.id != null ? String(rec.id) : `${basename(path)}:${i + 1}`;
      const base = {
        ...blank(where, id),
        url: rec.url ?? null,
        title: rec.title ?? null,
        outlet: rec.outlet ?? null,
        language: rec.language ?? null,
        translatedFrom: rec.translated_from ?? null,
        published: datedOrFail(where, rec.published),
      };
      if (rec.text && rec.text.trim()) yield { article: { ...base, text: rec.text.replace(/\r\n?/g, "\n") } };
      else {
        const h = htmlToArticle(rec.html!);
        if (!h.text.trim()) throw new InputError(where, "no article text found in html");
        yield {
          article: {
            ...base,
            title: base.title ?? h.title,
            text: h.text,
            published: base.published ?? normaliseDate(h.published),
          },
        };
      }
    } catch (e) {
      yield { error: e instanceof InputError ? e : new InputError(where, (e as Error).message) };
    }
  }
}

function fromHtml(input: string, file: string, html: string): RawArticle {
  const h = htmlToArticle(html);
  if (!h.text.trim()) throw new InputError(input, "no article text found in the page");
  return {
    ...blank(input, file),
    title: h.title,
    text: h.text,
    published: normaliseDate(h.published),
    outlet: h.outlet,
    url: h.url,
  };
}

function* fromFeed(input: string, xml: string): Generator<InputResult> {
  const feed = parseFeed(input, xml);
  for (const [k, it] of feed.items.entries()) {
    const where = `${input}#item${k + 1}`;
    if (!it.text.trim()) {
      yield { error: new InputError(where, "feed item has no text") };
      continue;
    }
    yield { article: { ...it, input: where, file: it.id ?? it.url ?? where } };
  }
}

function* readFile(path: string, meta?: MetaRow): Generator<InputResult> {
  let text: string;
  try {
    let buf: Buffer;
    try {
      buf = readFileSync(path);
    } catch (e) {
      throw new InputError(path, `cannot read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    text = decodeText(path, buf);
  } catch (e) {
    yield { error: e as InputError };
    return;
  }
  const ext = extname(path).toLowerCase();
  try {
    if (ext === ".jsonl") {
      yield* readJsonl(path, text);
      return;
    }
    if (looksLikeFeed(text)) {
      yield* fromFeed(path, text);
      return;
    }
    if (ext === ".html" || ext === ".htm" || /^\s*(<!doctype html|<html)/i.test(text)) {
      yield { article: fromMeta(fromHtml(path, basename(path), text), meta) };
      return;
    }
    if (ext === ".xml" || ext === ".rss" || ext === ".atom") throw new InputError(path, "not an RSS or Atom feed");
    yield { article: fromMeta({ ...blank(path, basename(path)), text }, meta) };
  } catch (e) {
    yield { error: e instanceof InputError ? e : new InputError(path, (e as Error).message) };
  }
}

function* readDir(dir: string): Generator<InputResult> {
  let metas = new Map<string, MetaRow>();
  const metaPath = join(dir, "meta.json");
  let hasMeta = false;
  try {
    hasMeta = statSync(metaPath).isFile();
  } catch {
    /* no meta */
  }
  if (hasMeta) {
    try {
      const r = MetaFile.safeParse(JSON.parse(readFileSync(metaPath, "utf8")));
      if (!r.success) throw new Error(r.error.issues.map((x) => `${x.path.join(".")} ${x.message}`).join("; "));
      metas = new Map(r.data.articles.map((m) => [m.file, m]));
    } catch (e) {
      yield {
        error: new InputError(metaPath, `invalid meta.json (${(e as Error).message}); articles read without metadata`),
      };
    }
  }
  const names = readdirSync(dir).sort();
  for (const name of names) {
    const p = join(dir, name);
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      yield { error: new InputError(p, `cannot read (${(e as NodeJS.ErrnoException).code})`) };
      continue;
    }
    if (st.isDirectory()) {
      yield* readDir(p);
      continue;
    }
    if (name === "meta.json" || !ARTICLE_EXT.has(extname(name).toLowerCase())) continue;
    yield* readFile(p, metas.get(name));
  }
}

export async function* readInputs(paths: string[]): AsyncGenerator<InputResult> {
  for (const p of paths) {
    if (/^https?:\/\//i.test(p)) {
      try {
        const body = await fetchText(p);
        if (looksLikeFeed(body)) {
          for (const r of fromFeed(p, body)) {
            // a feed item with only a teaser: fetch the page it links to
            if ("article" in r && r.article.text.length < 400 && r.article.url && /^https?:/i.test(r.article.url)) {
              try {
                const page = fromHtml(r.article.url, r.article.url, await fetchText(r.article.url));
                yield { article: { ...r.article, text: page.text, title: r.article.title ?? page.title } };
                continue;
              } catch {
                /* keep the teaser */
              }
            }
            yield r;
          }
        } else yield { article: fromHtml(p, p, body) };
      } catch (e) {
        yield { error: e instanceof InputError ? e : new InputError(p, (e as Error).message) };
      }
      continue;
    }
    let st;
    try {
      st = statSync(p);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      yield { error: new InputError(p, `cannot read (${code === "ENOENT" ? "no such file or directory" : code})`) };
      continue;
    }
    if (st.isDirectory()) yield* readDir(p);
    else yield* readFile(p);
  }
}
