// Drops page furniture from article text line by line and keeps a map from clean offsets back to the raw text.
// The rules describe the kinds of furniture news pages carry (consent notices, ad breaks, captions and
// credits, link lists, author bios), not any one page's wording.
import type { Segment } from "../types.js";

export interface Cleaned {
  title: string | null;
  clean: string;
  segments: Segment[];
  dropped: { start: number; end: number; reason: string }[];
  headings: { start: number; end: number }[]; // clean-text spans of headline-like lines (not prose)
  datedLine: string | null; // a "date YYYY-MM-DD" stamp some pages carry
}

const AD_BREAK = new RegExp(
  String.raw`^(the sequel after the ad|continued? (reading )?(below|after the ad(vertisement)?)|` +
    String.raw`advertisement|advertising|ad|sponsored( content)?|back to top( button)?|scroll to top|` +
    String.raw`share( this( article)?)?|print|subscribe\b.*|sign up\b.*|follow us\b.*|click here\b.*|` +
    String.raw`видео дня)$`,
  "i",
);
const THANKS = new RegExp(
  String.raw`^(we would like to thank the (writer|author)|visit our social media profiles|` +
    String.raw`read the original article|this article (was|has been) (automatically )?translated)`,
  "i",
);
const CORRECTION = new RegExp(
  String.raw`^(?:correction|clarification|editor['’]s note)\s*:|` +
    String.raw`^this (?:story|article|report) (?:has been|was) (?:updated|corrected|amended)\b|` +
    String.raw`^an? (?:earlier|previous) version of this (?:story|article|report)\b`,
  "i",
);
const CONSENT = /\bcookies?\b/i;
const CONSENT2 = /\b(consent|video|platform|accept|privacy|refus)/i;
const LINK_LIST = new RegExp(
  String.raw`^(keep reading|related articles?|related( news| stories| posts)?|read (also|more)|` +
    String.raw`also read|see also|more (on this|from|news)|recommended( for you)?|most read|trending|` +
    String.raw`you may also like|lire aussi|sigue leyendo|seguir leyendo|te puede interesar)\s*:?$`,
  "i",
);
const CREDIT_TAIL = new RegExp(
  String.raw`\((?:[^()]*/[^()]*|[^()]*\b(?:REUTERS|AFP|AP Photo|Getty|EPA|Anadolu|Shutterstock|` +
    String.raw`Profimedia)\b[^()]*)\)\s*(?:\([^()]*\))?\s*$`,
);
const PHOTO = new RegExp(
  String.raw`((photo|foto)\s*:|\bphoto by\b|^(illustrative image|file photo|photo|image|foto|` +
    String.raw`credit)\b\s*:?|\bcredit\s*:|\(photo\b|©)`,
  "i",
);
const BIO = new RegExp(
  String.raw`^(i am a|i'm a|i have been working|about the author|` +
    String.raw`[A-Z][\p{L}-]+ [A-Z][\p{L}-]+ is an? (journalist|reporter|writer|editor|correspondent|` +
    String.raw`content))`,
  "iu",
);
const VIDEO_STAMP = /\b\d{1,2}:\d{2}\s*$/;
const DATE_STAMP = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b\s*/i;

// a live blog's first day header ("Monday 12 June", "13 June 2023, 09:14") is no title: it dates the entries below
// (what day it is, the time stage reads; here it is only kept as a heading)
const DAY_LINE = new RegExp(
  String.raw`^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+\p{Lu}\p{Ll}{2,8}|` +
    String.raw`\p{Lu}\p{Ll}{2,8}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\.\d{1,2}\.\d{4})(?:,?\s+\d{4})?` +
    String.raw`(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*\p{Lu}{2,4})?)?$`,
  "u",
);
const endsLikeProse = (s: string) => /[.!?…:;"”»)\]]$/.test(s.trim());
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

export function cleanText(raw: string): Cleaned {
  raw = unescapeInPlace(raw);
  const lines: { start: number; end: number; text: string }[] = [];
  let pos = 0;
  for (const l of raw.split("\n")) {
    lines.push({ start: pos, end: pos + l.length, text: l });
    pos += l.length + 1;
  }
  const dropped: Cleaned["dropped"] = [];
  const keep: { start: number; end: number; heading: boolean; paragraphBreak: boolean }[] = [];
  let title: string | null = null,
    datedLine: string | null = null;
  let inLinkList = false,
    sawBlank = false,
    firstContent = true,
    sawBio = false,
    tail = false;
  const n = lines.length;
  // (a text of one line is its own body, never a title of nothing: "X recaptured Y, the staff said" has no full stop
  // but is the whole report)
  let lastLine = n - 1;
  while (lastLine >= 0 && !lines[lastLine].text.trim()) lastLine--;
  for (let i = 0; i < n; i++) {
    const { text } = lines[i];
    let start = lines[i].start + (text.length - text.trimStart().length);
    const end = lines[i].start + text.trimEnd().length;
    let t = raw.slice(start, end);
    if (!t) {
      sawBlank = true;
      continue;
    }
    const drop = (reason: string) => dropped.push({ start, end, reason });
    const dm = DATE_STAMP.exec(t);
    if (dm) {
      datedLine = dm[1];
      dropped.push({ start, end: start + dm[0].length, reason: "date stamp" });
      start += dm[0].length;
      t = raw.slice(start, end);
    }
    if (AD_BREAK.test(t)) {
      drop("ad or navigation");
      continue;
    }
    if (THANKS.test(t)) {
      drop("site boilerplate");
      continue;
    }
    // a note about the text itself: what "an earlier version of this story said" was wrong, not news
    if (CORRECTION.test(t)) {
      drop("correction notice");
      continue;
    }
    // a teaser inside the text: "Read more: Over 70 people died in …"
    if (/^(read (more|also)|also read|see also|related|watch|listen|more on (this|the topic))\s*:\s*\S/i.test(t)) {
      drop("teaser link");
      continue;
    }
    // past the article's end (after its author's bio, or late in the page) a link heading opens the other
    // stories of the page, whatever their length: none of it is this article
    if (tail) {
      drop("link list");
      continue;
    }
    if (LINK_LIST.test(t)) {
      drop("link list heading");
      inLinkList = true;
      if (sawBio || start > raw.length * 0.6) tail = true;
      continue;
    }
    if (inLinkList) {
      // a link list runs on while its lines read as headlines (no closing punctuation, or short)
      if (!endsLikeProse(t) || t.length < 150) {
        drop("link list");
        continue;
      }
      inLinkList = false;
    }
    if (CONSENT.test(t) && CONSENT2.test(t)) {
      drop("consent notice");
      continue;
    }
    // (a credit closes its line: only the line's end is searched, which keeps the pattern linear on a long line)
    if (CREDIT_TAIL.test(t.slice(-300)) || (PHOTO.test(t) && t.length < 300)) {
      drop("caption or photo credit");
      continue;
    }
    if (BIO.test(t) && start > raw.length * 0.5) {
      drop("author bio");
      sawBio = true;
      // the author's name on the line before
      const prev = keep[keep.length - 1];
      if (prev && words(raw.slice(prev.start, prev.end)) <= 4 && !endsLikeProse(raw.slice(prev.start, prev.end))) {
        keep.pop();
        dropped.push({ start: prev.start, end: prev.end, reason: "author name" });
      }
      continue;
    }
    if (firstContent) {
      firstContent = false;
      if (!endsLikeProse(t) && t.length < 250 && words(t) >= 2 && i < lastLine && !DAY_LINE.test(t)) {
        // a headline; a video title carries its running time ("… 0:41")
        title = t.replace(VIDEO_STAMP, "").trim();
        drop("title");
        sawBlank = true;
        continue;
      }
    }
    const heading = !endsLikeProse(t) && words(t) <= 20 && !(i === lastLine && !keep.length);
    keep.push({ start, end, heading, paragraphBreak: sawBlank });
    sawBlank = false;
  }
  let clean = "";
  const segments: Segment[] = [];
  const headings: Cleaned["headings"] = [];
  for (const k of keep) {
    if (clean) clean += k.paragraphBreak || k.heading ? "\n\n" : "\n";
    segments.push({ clean: clean.length, raw: k.start, length: k.end - k.start });
    if (k.heading) headings.push({ start: clean.length, end: clean.length + k.end - k.start });
    clean += raw.slice(k.start, k.end);
  }
  return { title, clean, segments, dropped, headings, datedLine };
}

/** Clean-text offset -> raw-text offset. */
export function toRaw(segments: Segment[], offset: number): number {
  let lo = 0,
    hi = segments.length - 1,
    seg = segments[0];
  if (!seg) return offset;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].clean <= offset) {
      seg = segments[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return seg.raw + Math.min(offset - seg.clean, seg.length);
}

// HTML entities left in plain text by a scraper ("strike on&nbsp;Kramatorsk"): each becomes its character padded with
// spaces to the entity's length, so that every offset into the raw text still holds
const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  quot: '"',
  apos: "'",
  "#39": "'",
  lt: "<",
  gt: ">",
  mdash: "—",
  ndash: "–",
  laquo: "«",
  raquo: "»",
  rsquo: "’",
  lsquo: "‘",
  rdquo: "”",
  ldquo: "“",
  hellip: "…",
};
const ENTITY = /&(nbsp|amp|quot|apos|#39|lt|gt|mdash|ndash|laquo|raquo|rsquo|lsquo|rdquo|ldquo|hellip);/g;
function unescapeInPlace(raw: string): string {
  return raw.replace(ENTITY, (m, name: string) => (ENTITIES[name] + " ".repeat(m.length)).slice(0, m.length));
}
