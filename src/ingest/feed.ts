// RSS 2.0 and Atom feeds, from a file or a URL. Items carry their text (content:encoded, content, description);
// an item with only a teaser is fetched from its link when the feed came from the network.
import { DOMParser } from "linkedom";
import type { RawArticle } from "../types.js";
import { fragmentText, htmlToArticle } from "./html.js";
import { normaliseDate, InputError } from "./decode.js";

/**
 * An RSS, Atom or RDF root after an XML declaration and any comments. (A loop over the comments, not a regex: a
 * repeated lazy group over them backtracks exponentially on a page of comments.)
 */
export function looksLikeFeed(text: string): boolean {
  let i = /^\s*(?:<\?xml[^>]*>)?/.exec(text)![0].length;
  for (;;) {
    while (i < text.length && /\s/.test(text[i])) i++;
    if (!text.startsWith("<!--", i)) break;
    const close = text.indexOf("-->", i + 4);
    if (close < 0) return false;
    i = close + 3;
  }
  return /^<(rss|feed|rdf:RDF)\b/i.test(text.slice(i, i + 10));
}

export function parseFeed(
  input: string,
  xml: string,
): { outlet: string | null; items: (Omit<RawArticle, "input" | "file"> & { id: string | null })[] } {
  const doc = new DOMParser().parseFromString(xml, "text/xml") as unknown as Document;
  const root = doc.documentElement;
  if (!root || !/^(rss|feed|rdf:RDF)$/i.test(root.tagName)) throw new InputError(input, "not an RSS or Atom feed");
  const txt = (el: Element | null | undefined, ...names: string[]) => {
    for (const n of names) {
      const c = Array.from(el?.children ?? []).find((x) => x.tagName.toLowerCase() === n.toLowerCase());
      if (c?.textContent?.trim()) return c.textContent.trim();
    }
    return null;
  };
  const channel = Array.from(root.children).find((c) => c.tagName.toLowerCase() === "channel") ?? root;
  const outlet = txt(channel, "title");
  const items = Array.from(root.getElementsByTagName("item")).concat(Array.from(root.getElementsByTagName("entry")));
  return {
    outlet,
    items: items.map((it) => {
      const linkEl = Array.from(it.children).find((c) => c.tagName.toLowerCase() === "link");
      const link = linkEl?.getAttribute("href") ?? linkEl?.textContent?.trim() ?? null;
      const body = txt(it, "content:encoded", "content", "description", "summary") ?? "";
      return {
        id: txt(it, "guid", "id"),
        url: link,
        title: txt(it, "title"),
        outlet,
        published: normaliseDate(txt(it, "pubDate", "published", "updated", "dc:date")),
        translatedFrom: null,
        language: null,
        text: /<[a-z][\s\S]*>/i.test(body) ? fragmentText(body) : body,
      };
    }),
  };
}

export async function fetchText(url: string, timeoutMs = 15000): Promise<string> {
  let res: Response;
  try {
    res = await fetch(url, {
      signal: AbortSignal.timeout(timeoutMs),
      headers: { "user-agent": "frontline/0.1 (+news ledger)" },
    });
  } catch (e) {
    const cause = (e as { cause?: { code?: string } }).cause;
    throw new InputError(
      url,
      `unreachable (${cause ? String(cause.code ?? (e as Error).message) : (e as Error).message})`,
    );
  }
  if (!res.ok) throw new InputError(url, `HTTP ${res.status} ${res.statusText}`);
  return await res.text();
}

export { htmlToArticle };
