// Main text of an HTML page: @mozilla/readability on a linkedom document, then block elements to lines.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";

const BLOCK = new Set([
  "P",
  "DIV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "LI",
  "BLOCKQUOTE",
  "ARTICLE",
  "SECTION",
  "FIGCAPTION",
  "TR",
  "PRE",
  "HEADER",
  "FOOTER",
  "UL",
  "OL",
  "TABLE",
]);

function blockText(root: Node): string {
  let out = "";
  const walk = (n: Node) => {
    if (n.nodeType === 3) {
      out += (n.textContent ?? "").replace(/\s+/g, " ");
      return;
    }
    if (n.nodeType !== 1) return;
    const el = n as Element;
    if (["SCRIPT", "STYLE", "NOSCRIPT", "TEMPLATE"].includes(el.tagName)) return;
    if (el.tagName === "BR") {
      out += "\n";
      return;
    }
    const block = BLOCK.has(el.tagName);
    if (block) out += "\n\n";
    for (const c of Array.from(el.childNodes)) walk(c);
    if (block) out += "\n\n";
  };
  walk(root);
  return out
    .split("\n")
    .map((l) => l.trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
  outlet: string | null;
  url: string | null;
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const meta = (sel: string) => document.querySelector(sel)?.getAttribute("content") ?? null;
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    document.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const outlet = meta('meta[property="og:site_name"]');
  const url =
    meta('meta[property="og:url"]') ?? document.querySelector('link[rel="canonical"]')?.getAttribute("href") ?? null;
  // Readability mutates the document; it has what it needs once the metadata is read.
  const parsed = new Readability(document as unknown as Document).parse();
  let text = "";
  if (parsed?.content)
    text = blockText(parseHTML(`<html><body>${parsed.content}</body></html>`).document.body as unknown as Node);
  if (!text) text = blockText(parseHTML(html).document.body as unknown as Node);
  return { title: parsed?.title?.trim() || null, text, published, outlet, url };
}

/** Plain text of an HTML fragment (feed item content). */
export function fragmentText(html: string): string {
  return blockText(parseHTML(`<html><body>${html}</body></html>`).document.body as unknown as Node);
}
