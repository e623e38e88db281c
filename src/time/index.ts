// time: date expressions -> calendar dates, resolved against the publication day with chrono-node.
// News refers to the past: a bare weekday is the last such day on or before publication.
import * as chrono from "chrono-node";
import type { DateMention, Precision } from "../types.js";

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dayNum = (s: string) => Date.UTC(+s.slice(0, 4), +s.slice(5, 7) - 1, +s.slice(8, 10)) / 86400000;
const fromDayNum = (n: number) => new Date(n * 86400000).toISOString().slice(0, 10);

export function shiftDays(day: string, n: number): string {
  return fromDayNum(dayNum(day) + n);
}

// Refiner in chrono's style: a result after the publication day that came from a weekday alone moves back
// a week; a month or year after publication moves back a year.
const pastBias: chrono.Refiner = {
  refine: (context, results) => {
    const ref = context.reference.instant;
    const refDay = iso(ref);
    for (const r of results) {
      const c = r.start;
      const day = iso(c.date());
      if (day <= refDay) continue;
      // (a time of day alone is the last one before: "since midnight" is the night the day began with)
      if (!c.isCertain("day") && !c.isCertain("weekday") && !c.isCertain("month") && c.isCertain("hour")) {
        const d = new Date(c.date().getTime() - 86400000);
        c.imply("day", d.getUTCDate());
        c.imply("month", d.getUTCMonth() + 1);
        c.imply("year", d.getUTCFullYear());
      } else if (c.isCertain("weekday") && !c.isCertain("day")) {
        const d = new Date(c.date().getTime() - 7 * 86400000);
        c.imply("day", d.getUTCDate());
        c.imply("month", d.getUTCMonth() + 1);
        c.imply("year", d.getUTCFullYear());
      } else if (!c.isCertain("year")) {
        c.imply("year", c.get("year")! - 1);
      }
    }
    return results;
  },
};

// Days the news names by their holiday ("on New Year's Day", "on Victory Day"): chrono knows none of them. Only days
// fixed in the calendar; the year is the last one on or before publication (pastBias).
const HOLIDAYS: [RegExp, number, number][] = [
  [/^new year['’]?s?\s+eve$/i, 12, 31],
  [/^new year['’]?s?(?:\s+day)?$/i, 1, 1],
  [/^orthodox\s+christmas(?:\s+day)?$/i, 1, 7],
  [/^christmas\s+eve$/i, 12, 24],
  [/^christmas(?:\s+day)?$/i, 12, 25],
  [/^victory\s+day$/i, 5, 9],
  [/^independence\s+day$/i, 8, 24],
];
const holiday: chrono.Parser = {
  pattern: () =>
    new RegExp(
      String.raw`\b(?:on|over|during|before|after|since)\s+((?:orthodox\s+)?(?:new\s+year['’]?s?|christmas)` +
        String.raw`(?:\s+(?:day|eve))?|victory\s+day|independence\s+day)\b`,
      "i",
    ),
  extract: (_context, match) => {
    const h = HOLIDAYS.find(([re]) => re.test(match[1]));
    return h ? { day: h[2], month: h[1] } : null;
  },
};

// "05.11.2023": with dots the day comes first, as in the Ukrainian and Russian sources these texts are translated
// from (chrono's English reads month first; slashes keep that reading, "11/05/2023"); the General Staff's tallies
// write the year in two digits, "from 24.02.22 to 14.02.24" (read as this century's, from 2014, the war's start)
const DOTTED = String.raw`([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d|[1-3]\d)`;
const dottedDay = (d: string, m: string, y: string) => {
  const year = y.length === 2 ? 2000 + +y : +y;
  if (y.length === 2 && year < 2014) return null;
  return +d >= 1 && +d <= 31 && +m >= 1 && +m <= 12 ? { day: +d, month: +m, year } : null;
};
// (a span of two is read here whole: chrono's time parser would take "22 to 14.02" for the hours 22:00 to 14:02)
const dotted: chrono.Parser = {
  pattern: () => new RegExp(String.raw`(?<![\d.])${DOTTED}(?:\s*(?:to|-|–|—)\s*${DOTTED})?(?![\d.]\d)`),
  extract: (context, m) => {
    const start = dottedDay(m[1], m[2], m[3]);
    if (!start) return null;
    const end = m[4] ? dottedDay(m[4], m[5], m[6]) : null;
    return end ? context.createParsingResult(m.index!, m[0], start, end) : start;
  },
};

// "earlier in the day", "later on the day": the day being reported, the report's own (chrono reads "earlier today"
// only)
const sameDay: chrono.Parser = {
  pattern: () => /\b(?:earlier|later)\s+(?:in|on)\s+the\s+day\b/i,
  extract: (context) => {
    const ref = context.reference.instant;
    return { day: ref.getUTCDate(), month: ref.getUTCMonth() + 1, year: ref.getUTCFullYear() };
  },
};

const parser = chrono.en.casual.clone();
parser.parsers.unshift(dotted);
parser.parsers.push(sameDay);
parser.parsers.push(holiday);
parser.refiners.push(pastBias);

const SINCE_INVASION = new RegExp(
  String.raw`\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+` +
    String.raw`(days?|weeks?|months?|years?)\s+(?:after|since|into)\s+(?:the\s+(?:start\s+of\s+the\s+)?)?` +
    String.raw`(?:full-scale\s+|Russian\s+)*(?:invasion|war)\b`,
  "gi",
);
// "in the opening days of the war", "at the start of the full-scale invasion", "when Russia invaded": the war's first
// days, February 2022 (its first weeks March, its first months the year); not "since …", a span that the frames read,
// nor a start a year names ("the start of the war in 2014")
const WAR_OPENING = new RegExp(
  String.raw`\b(?:(?:in|during|at|within)\s+the\s+(?:(?:very\s+)?(?:opening|first|early|initial)\s+` +
    String.raw`(days?|hours|weeks?|months?|stages?|phases?)\s+of|(?:very\s+)?(?:start|beginning|outset|onset)\s+of)` +
    String.raw`\s+the\s+(?:(?:full-scale|large-scale|all-out|Russian)\s+)*(?:war|invasion)|when\s+(?:the\s+` +
    String.raw`(?:full-scale\s+)?(?:war|invasion)\s+(?:began|started)|Russia\s+(?:launched\s+its\s+` +
    String.raw`(?:full-scale\s+)?invasion|invaded)))(?!\s+(?:in|of)\s+(?:19|20)\d\d)(?!\s+\d)`,
  "gi",
);
// "last summer", "in the spring of 2023", "this winter", "early last autumn": a season is read as its year (chrono
// reads none; a season is no month, and the year is what tells background from the day's news). "fall" only with
// a year or a word of which one ("the fall of X" is a town's)
const SEASON = new RegExp(
  String.raw`\b(?:(?:early|late|mid)[-\s]+)?(?:(?:(last|this|next|past)\s+)(?:(?:early|late|mid)[-\s]+)?` +
    String.raw`(spring|summer|autumn|fall|winter)|(?<=\b(?:in|during|by|until|since|through)\s+)the\s+` +
    String.raw`(?:(?:early|late)\s+)?(spring|summer|autumn|winter)(?!\s+of\s+(?!(?:19|20)\d\d)))` +
    String.raw`(?:\s+(?:of\s+)?((?:19|20)\d\d))?\b|\b(spring|summer|autumn|fall|winter)\s+(?:of\s+)?` +
    String.raw`((?:19|20)\d\d)\b`,
  "gi",
);
const SEASON_START: Record<string, number> = { spring: 3, summer: 6, autumn: 9, fall: 9, winter: 12 };
/** The year of a season: named, else the last such season begun on or before publication ("last" one before it). */
function seasonYear(m: RegExpMatchArray, published: string): string | null {
  const named = m[4] ?? m[6];
  if (named) return named;
  const season = (m[2] ?? m[3] ?? m[5]).toLowerCase();
  const which = (m[1] ?? "").toLowerCase();
  if (which === "next") return null;
  const [y, mo] = [+published.slice(0, 4), +published.slice(5, 7)];
  const start = SEASON_START[season];
  // (the last such season begun by publication: in March, "this winter" began last December)
  let year = start <= mo ? y : y - 1;
  // ("last summer" in July is the year before's; "last winter" in February, the one before the current)
  if ((which === "last" || which === "past") && start <= mo && mo < start + 3) year--;
  if (which === "last" && season === "winter" && mo <= 2) year--;
  // ("this summer" said in January, "this winter" in July, is the coming one: not yet a date of anything done)
  if (which === "this" && start > mo && !(season === "winter" && mo <= 2)) return null;
  // (a winter is named by the year its January falls in)
  return String(season === "winter" ? year + 1 : year);
}
const NIGHT_INTO = /\b(?:overnight|night)\s+(?:in)?to\s+$/i;
const CLOCK = /^(?:at\s+)?(?:about\s+|around\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?$/i;
const BORN = /\bborn\s+(?:on\s+|in\s+)?$/i;
const MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december";
const MONTH_WORD = new RegExp(`\\b(${MONTHS})\\b`, "i");

// A wire dateline: "KYIV, Nov 8 (Reuters) -", "ZAPORIZHZHIA, Ukraine, 3 November (AP) —". Hand-written: chrono reads
// the date but not that it is the day the report was filed, which its relative words ("overnight", "on Wednesday")
// count from, however much later the page was published or scraped.
const MON = String.raw`(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?`;
const DATELINE = new RegExp(
  String.raw`^\s*\p{Lu}[\p{Lu}'’. -]{1,30}(?:,\s*[\p{L} ]{2,30})?,\s*((?:${MON}\s+\d{1,2}|\d{1,2}\s+${MON})` +
    String.raw`(?:,?\s+\d{4})?)\s*(?:\([\p{L} ]{2,30}\)\s*)?[-–—:]`,
  "u",
);

/** The day a dateline at the top of the text names, when it is no later than publication and within a month. */
export function datelineDay(
  text: string,
  published: string | null,
): { day: string; start: number; end: number } | null {
  const m = DATELINE.exec(text.slice(0, 120));
  if (!m || !published) return null;
  const r = parser.parse(m[1], { instant: new Date(`${published}T12:00:00Z`), timezone: 0 })[0];
  if (!r || !r.start.isCertain("day")) return null;
  const day = iso(r.start.date());
  if (day > published || dayNum(published) - dayNum(day) > 31) return null;
  const start = m.index + m[0].indexOf(m[1]);
  return { day, start, end: start + m[1].length };
}

// A live blog's day header: a line that is only a day, with its weekday, year or a time ("Monday 12 June",
// "Saturday, 10 September 2022", "13 June 2023, 09:14", "19.11.2024"). Hand-written: chrono reads the date but not
// that it dates every entry below it, until the next header, whatever the day the page was published.
// (spaces within the line only: a header is one line, never a month at one line's end and a number at the next's start)
const WEEKDAY = String.raw`(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)[a-z]*\.?,?[ \t]+`;
const DAY_HEADER = new RegExp(
  String.raw`^[ \t]*(?:(?:${WEEKDAY})?(?:\d{1,2}(?:st|nd|rd|th)?[ \t]+${MON}|${MON}[ \t]+\d{1,2}(?:st|nd|rd|th)?)` +
    String.raw`(?:,?[ \t]+\d{4})?|\d{1,2}\.\d{1,2}\.\d{4})(?:,?[ \t]+(?:at[ \t]+)?\d{1,2}[:.]\d{2}` +
    String.raw`(?:[ \t]*(?:GMT|UTC|CET|EET|EEST|BST|Kyiv time))?)?[ \t]*$`,
  "gimu",
);

let lastHeaders: { text: string; published: string | null; out: { day: string; start: number; end: number }[] } | null =
  null;
/** The day headers of a text, in order: each dates the lines after it, up to the next (within a month before
 * publication, as a dateline's). */
export function dayHeaders(text: string, published: string | null): { day: string; start: number; end: number }[] {
  // (asked by the date finder and again by the event dater of the same text: the last answer is kept)
  if (lastHeaders && lastHeaders.text === text && lastHeaders.published === published) return lastHeaders.out;
  const out: { day: string; start: number; end: number }[] = [];
  lastHeaders = { text, published, out };
  if (!published) return out;
  const instant = new Date(`${published}T12:00:00Z`);
  for (const m of text.matchAll(DAY_HEADER)) {
    const r = parser.parse(m[0], { instant, timezone: 0 })[0];
    if (!r || !(r.start.isCertain("day") || r.start.isCertain("weekday"))) continue;
    const day = iso(r.start.date());
    if (day > published || dayNum(published) - dayNum(day) > 31) continue;
    out.push({ day, start: m.index!, end: m.index! + m[0].length });
  }
  return out;
}

export function findDates(text: string, published: string | null): DateMention[] {
  // (a live blog: each header's entries are read with its day as their "today", the headers themselves date nothing)
  const headers = dayHeaders(text, published);
  if (headers.length) {
    const out: DateMention[] = [];
    const cuts = [{ start: 0, end: 0, day: published! }, ...headers];
    cuts.forEach((h, i) => {
      const to = i + 1 < cuts.length ? cuts[i + 1].start : text.length;
      for (const m of datesIn(text.slice(h.end, to), h.day))
        out.push({ ...m, start: m.start + h.end, end: m.end + h.end });
    });
    return out;
  }
  return datesIn(text, published);
}

/** A date read by a rule of our own (match m) replaces what chrono read over the same words. */
function replaceOverlapping(out: DateMention[], m: RegExpMatchArray, date: string, precision: Precision): void {
  const start = m.index!,
    end = start + m[0].length;
  for (let k = out.length - 1; k >= 0; k--) if (out[k].start < end && out[k].end > start) out.splice(k, 1);
  out.push({ start, end, text: m[0], date, dateEnd: null, precision });
}

function datesIn(text: string, published: string | null): DateMention[] {
  const out: DateMention[] = [];
  // (relative words count from the dateline's day; the dateline itself dates no event)
  const line = datelineDay(text, published);
  if (line) published = line.day;
  if (!published) {
    // Without a publication day only absolute dates are kept; relative ones stay unresolved.
    for (const r of chrono.en.casual.parse(text, new Date("2000-01-01T12:00:00Z"))) {
      const c = r.start;
      if (!c.isCertain("year")) continue;
      out.push(toMention(r, r.index));
    }
    return out;
  }
  const ref = new Date(`${published}T12:00:00Z`);
  for (let r of parsePerParagraph(text, ref)) {
    let at = r.index;
    // chrono reads "the morning of 16 August" as this morning: parse what follows "of" instead
    const partOf = /^(?:the\s+)?(?:morning|evening|night|afternoon|dawn|eve)\s+of\s+/i.exec(r.text);
    if (partOf) {
      const inner = parser.parse(text.slice(r.index + partOf[0].length, r.index + r.text.length + 20), {
        instant: ref,
        timezone: 0,
      })[0];
      if (inner && inner.index === 0) {
        at = r.index + partOf[0].length;
        r = inner;
      }
    }
    // "last year" alone, "now", "today"-style fillers carry no usable day when far from the event
    if (/^(now|right now)$/i.test(r.text)) continue;
    // "on the same night" points back to a day named before: left to the extractor's context rule
    if (/\bsame\b/i.test(r.text) || /\bsame\s+$/i.test(text.slice(Math.max(0, at - 6), at))) continue;
    // a bare "night", "morning" or "evening" names no day of its own
    if (/^(night|morning|evening|afternoon|tonight)$/i.test(r.text)) continue;
    // "the 3-1/2 year war": a fraction, not a day
    if (
      /^\d{1,2}\/\d{1,2}$/.test(r.text) &&
      (/[\d-]$/.test(text.slice(Math.max(0, at - 1), at)) ||
        /^[\s-]*(year|month|week|day)/i.test(text.slice(at + r.text.length, at + r.text.length + 8)))
    )
      continue;
    // "two days after", "a day earlier", "a week later": counted from another event, not from publication
    if (/\b(after|later|earlier|before)\s*$/i.test(r.text)) continue;
    if (line && at >= line.start && at < line.end) continue;
    const m = toMention(r, at);
    // ("overnight into Sunday", "on the night to Monday": a night is dated by the day it began, as "the night of 5
    // to 6 May" is the 5th)
    if (m.precision === "day" && NIGHT_INTO.test(text.slice(Math.max(0, at - 24), at))) m.date = shiftDays(m.date, -1);
    // "in November last year": chrono returns "November" and "last year" separately
    const after = text.slice(at + r.text.length, at + r.text.length + 12);
    if (m.precision === "month" && /^\s+last year/i.test(after)) {
      const y = +published.slice(0, 4) - 1;
      m.date = `${y}-${m.date.slice(5, 7)}`;
      m.end = at + r.text.length + /^\s+last year/i.exec(after)![0].length;
      m.text = text.slice(m.start, m.end);
    }
    // what the text dates after publication is a forecast ("after seven months", "next week"), not an event day
    if (m.date.slice(0, 10) > published.slice(0, m.date.length)) continue;
    out.push(m);
  }
  // "13 months after the full-scale invasion", "on the 200th day of the war": counted from 24 February 2022
  for (const m of text.matchAll(SINCE_INVASION)) {
    const n = /^\d+$/.test(m[1])
      ? +m[1]
      : ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"].indexOf(
          m[1].toLowerCase(),
        ) + 1;
    const d = new Date(Date.UTC(2022, 1, 24));
    const unit = m[2].toLowerCase().replace(/s$/, "");
    if (unit === "day") d.setUTCDate(d.getUTCDate() + n - 1);
    else if (unit === "week") d.setUTCDate(d.getUTCDate() + 7 * n);
    else if (unit === "month") d.setUTCMonth(d.getUTCMonth() + n);
    else d.setUTCFullYear(d.getUTCFullYear() + n);
    const precision: Precision = unit === "day" || unit === "week" ? "day" : unit === "month" ? "month" : "year";
    const date = precision === "day" ? iso(d) : precision === "month" ? iso(d).slice(0, 7) : iso(d).slice(0, 4);
    replaceOverlapping(out, m, date, precision);
  }
  for (const m of text.matchAll(SEASON)) {
    const year = seasonYear(m, published);
    if (year) replaceOverlapping(out, m, year, "year");
  }
  for (const m of text.matchAll(WAR_OPENING)) {
    const unit = (m[1] ?? "").toLowerCase();
    const [date, precision]: [string, Precision] = /^week/.test(unit)
      ? ["2022-03", "month"]
      : /^month/.test(unit)
        ? ["2022", "year"]
        : ["2022-02", "month"];
    if (published && date > published.slice(0, date.length)) continue;
    replaceOverlapping(out, m, date, precision);
  }
  for (const m of text.matchAll(
    /\b(?:at|on)\s+(?:the\s+)?(\d+)(?:st|nd|rd|th|e)?\s+day\s+of\s+the\s+(?:war|conflict|invasion)\b/gi,
  )) {
    const d = new Date(Date.UTC(2022, 1, 24 + +m[1] - 1));
    out.push({
      start: m.index!,
      end: m.index! + m[0].length,
      text: m[0],
      date: iso(d),
      dateEnd: null,
      precision: "day",
    });
  }
  // "detained in 2022", "held since 2014": a bare year after a preposition of time (chrono reads none), up to the
  // year of publication
  for (const m of text.matchAll(BARE_YEAR)) {
    const start = m.index! + m[0].length - 4;
    if (+m[1] > +published.slice(0, 4) || out.some((o) => o.start < start + 4 && o.end > start)) continue;
    out.push({ start, end: start + 4, text: m[1], date: m[1], dateEnd: null, precision: "year" });
  }
  out.sort((a, b) => a.start - b.start);
  offsets(text, out, published);
  // "late last year" / "last year" alone: year precision
  // (and a birth date describes a person, not when anything happened: "a woman born in 1961 was wounded")
  // (a time of day alone right after a day is that day's hour: "on 05.11.2023 at about 14:20")
  const hourOf = (m: DateMention, i: number) =>
    CLOCK.test(m.text) && i > 0 && out[i - 1].precision === "day" && m.start - out[i - 1].end <= 16;
  return out.filter(
    (m, i) =>
      !hourOf(m, i) &&
      !(m.precision === "year" && out.some((o, j) => j !== i && o.end >= m.start && o.start <= m.end)) &&
      !BORN.test(text.slice(Math.max(0, m.start - 12), m.start)),
  );
}

// "two days earlier", "the day before", "a week later", "the next day": counted from the last day the text named
// before it in its paragraph, else from the day the report was filed (chrono counts them from now only)
// (or counted vaguely, "days later", "a few weeks earlier": the month that many days away falls in)
const OFFSET = new RegExp(
  String.raw`\b(?:(a|one|two|three|four|five|six|seven|\d)\s+(day|week)s?\s+(earlier|later|before(?=\s*[,.;]))|` +
    String.raw`the\s+(day\s+before|previous\s+day|day\s+after|next\s+day|following\s+day)|` +
    String.raw`(?:(?:a\s+few|several|some)\s+)?(days|weeks)\s+(earlier|later))\b`,
  "gi",
);
const COUNT = ["a", "one", "two", "three", "four", "five", "six", "seven"];
function offsets(text: string, out: DateMention[], published: string): void {
  const found: DateMention[] = [];
  let j = 0,
    last: DateMention | undefined;
  for (const m of text.matchAll(OFFSET)) {
    const at = m.index!;
    const vague = !!m[5];
    const n = m[1] ? (/^\d$/.test(m[1]) ? +m[1] : Math.max(1, COUNT.indexOf(m[1].toLowerCase()))) : vague ? 3 : 1;
    const days = (m[2] ?? m[5]) && /^weeks?$/i.test(m[2] ?? m[5]) ? 7 * n : n;
    const back = m[3] || m[6] ? !/^later$/i.test(m[3] ?? m[6]) : /before|previous/i.test(m[4]);
    // (one pass: the matches come in order, so the last day before each is found by moving on)
    for (; j < out.length && out[j].end <= at; j++) if (out[j].precision === "day") last = out[j];
    if (j < out.length && out[j].start < at + m[0].length) continue; // (a day chrono read there already)
    const anchor = last && text.lastIndexOf("\n", at) < last.end ? last : undefined;
    // (a vague count tells time only from a day the text named: from the report's own day it says nothing)
    if (vague && !anchor) continue;
    const date = shiftDays(anchor ? anchor.date : published, back ? -days : days);
    if (date > published) continue;
    const [day, precision] = vague ? [date.slice(0, 7), "month" as const] : [date, "day" as const];
    found.push({ start: at, end: at + m[0].length, text: m[0], date: day, dateEnd: null, precision });
  }
  if (found.length) (out.push(...found), out.sort((a, b) => a.start - b.start));
}

/**
 * chrono over pieces of a few paragraphs, with offsets into the whole text: some of its patterns look back over all
 * the text before a match, which on a long page grew with the square of its length. A piece ends at a line break
 * after 500 characters, never after an abbreviation (scraped pages break "as of Aug.\n\n7, 2024").
 */
const BARE_YEAR = /\b(?:in|since|during|until|by|of|early|late|mid-)\s*((?:19|20)\d\d)\b(?![-\/.]\d)/gi;

function parsePerParagraph(text: string, ref: Date): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (let from = 0; from < text.length;) {
    let to = text.indexOf("\n", from + 500);
    while (to >= 0 && /\b\p{Lu}\p{Ll}{0,4}\.\s*$/u.test(text.slice(Math.max(from, to - 8), to)))
      to = text.indexOf("\n", to + 1);
    if (to < 0) to = text.length;
    if (to > from)
      for (const r of parser.parse(text.slice(from, to), { instant: ref, timezone: 0 })) {
        (r as { index: number }).index += from; // (chrono's results are plain objects; the type marks index read-only)
        out.push(r);
      }
    from = to + 1;
  }
  return out;
}

// (words that name a day or a part of one: "this afternoon" is today, not this year)
const DAY_WORDS =
  /\b(day|days|week|weeks|yesterday|today|tonight|morning|afternoon|evening|night|noon|midnight|dawn|ago|hours?)\b/i;

function toMention(r: chrono.ParsedResult, at: number): DateMention {
  const c = r.start;
  let precision: Precision = "day";
  let date = iso(c.date());
  if (!c.isCertain("day") && !c.isCertain("weekday") && !c.isCertain("hour")) {
    // ("a year ago" is about the month a year back; "80 years ago" only about the year)
    if (/\byears\s+ago\b/i.test(r.text)) {
      precision = "year";
      date = date.slice(0, 4);
    } else if (c.isCertain("month") || /\b(?:a|one)\s+year\s+ago\b/i.test(r.text) || MONTH_WORD.test(r.text)) {
      precision = "month";
      date = date.slice(0, 7);
    } else if (DAY_WORDS.test(r.text)) precision = "day";
    else {
      precision = "year";
      date = date.slice(0, 4);
    }
  }
  let dateEnd = r.end ? iso(r.end.date()) : null;
  // ("this week", "earlier this week", "last week": a week, not its first day; no later than the report)
  if (!dateEnd && precision === "day" && /\bweek\b/i.test(r.text) && !c.isCertain("day") && !c.isCertain("weekday")) {
    const end = shiftDays(date, 6),
      ref = iso(r.refDate);
    dateEnd = end < ref ? end : ref > date ? ref : null;
  }
  // "over the last two weeks" is a range ending now
  const range = /\b(last|past)\s+(\w+\s+)?(days|weeks|months)\b/i.test(r.text);
  return {
    start: at,
    end: at + r.text.length,
    text: r.text,
    date,
    precision,
    dateEnd: dateEnd ?? (range ? iso(r.refDate) : null),
  };
}
