import type { SentenceGrammar } from "./text/grammar.js";

// Shared shapes of the pipeline. Every annotation is a span over the article's clean text (spaCy's Doc habit).

export const EVENT_TYPES = [
  "control_change",
  "advance",
  "withdrawal",
  "strike",
  "equipment_loss",
  "surrender",
  "desertion",
  "arrest",
  "reinforcement",
  "outage",
  "casualties",
  "visit",
  "territory_claim",
  "statement",
] as const;
export type EventType = (typeof EVENT_TYPES)[number];
export type Side = "UA" | "RU" | "other";
export type ActorSide = Side | "media";
export const STATUSES = ["reported", "claimed", "unconfirmed", "denied", "intent"] as const;
export type Status = (typeof STATUSES)[number];
export type Precision = "day" | "month" | "year";
export type Level = "settlement" | "raion" | "oblast" | "country";

export interface Span {
  start: number;
  end: number;
}

/** What an input yields before any analysis: the text as read plus its metadata. */
export interface RawArticle {
  input: string; // where it came from: a path, "path:line", or a URL (for error messages)
  file: string; // basename of the file, or the JSONL record id
  url: string | null;
  title: string | null;
  outlet: string | null;
  published: string | null; // YYYY-MM-DD
  translatedFrom: string | null;
  language: string | null;
  text: string;
}

/** Maps clean-text offsets back to the raw text: each segment is a run copied verbatim. */
export interface Segment {
  clean: number;
  raw: number;
  length: number;
}

export interface Article extends RawArticle {
  id: string; // sha256 of the raw text: the idempotency key
  clean: string;
  segments: Segment[];
  dropped: { start: number; end: number; reason: string }[]; // raw spans removed as boilerplate
  headings: Span[]; // clean-text spans of headline-like lines: not prose, no events are read from them
}

export interface Place {
  name: string;
  pcode: string | null;
  lat: number | null;
  lon: number | null;
  level: Level;
  admin1: string | null;
}

export interface PlaceMention extends Span {
  surface: string;
  place: Place;
  confidence: number;
  candidates: { pcode: string; name: string; admin1: string; score: number }[];
  reason: string;
}

export interface DateMention extends Span {
  text: string;
  date: string; // YYYY-MM-DD, YYYY-MM or YYYY
  dateEnd: string | null;
  precision: Precision;
}

export interface ActorMention extends Span {
  name: string;
  side: ActorSide | null;
  kind: "person" | "office" | "organisation" | "unit" | "media" | "forces" | "group";
}

export interface Sentence extends Span {
  text: string;
  paragraph: number;
}
export interface Token extends Span {
  text: string;
}

export interface Doc {
  article: Article;
  text: string; // = article.clean
  sentences: Sentence[];
  tokens: Token[];
  grammar: SentenceGrammar[]; // index-aligned with sentences (text/grammar.ts)
  places: PlaceMention[];
  dates: DateMention[];
  actors: ActorMention[];
}

/** Who asserts an event; `via` is the agency or outlet the text cites for it ("quoted by RIA", "told CNN"). */
export interface Source {
  name: string;
  side: ActorSide | null;
  via?: string | null;
}

export interface Event {
  type: EventType;
  side: Side | null;
  places: Place[];
  date: string | null;
  dateEnd: string | null;
  precision: Precision | null;
  status: Status;
  source: Source | null;
  quantity: { value: number; unit: string; [k: string]: unknown } | null;
  /** what the type records besides: weapon and target of a strike, outcome and model of lost equipment, the visitor… */
  attributes?: Record<string, string | number | boolean | null>;
  evidence: Span & { text: string };
  trigger: Span & { text: string };
  extractor: string;
}
