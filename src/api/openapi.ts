// The OpenAPI document the server publishes at /api/openapi.json.
const q = (name: string, description: string, required = false) => ({
  name,
  in: "query",
  required,
  description,
  schema: { type: "string" },
});
const p = (name: string, description: string) => ({
  name,
  in: "path",
  required: true,
  description,
  schema: { type: "string" },
});
const ok = (description: string) => ({
  200: { description },
  400: { description: "a parameter is invalid; the body names it" },
});

export const OPENAPI = {
  openapi: "3.0.3",
  info: {
    title: "Frontline API",
    version: "0.1.0",
    description: "A sourced, geocoded event ledger of the war and a day-by-day control map.",
  },
  paths: {
    "/api/events": {
      get: {
        summary: "Fused events, filtered and paged",
        parameters: [
          q("type", "event type"),
          q("side", "UA, RU or other"),
          q("status", "reported, claimed, unconfirmed, denied, intent"),
          q("pcode", "settlement P-code"),
          q("oblast", "oblast P-code"),
          q("from", "first day"),
          q("to", "last day"),
          q("bbox", "minLon,minLat,maxLon,maxLat"),
          q("limit", "1-1000, default 100"),
          q("offset", "default 0"),
        ],
        responses: ok("{ total, items }"),
      },
    },
    "/api/events/{id}": {
      get: {
        summary: "One event with all its reports, evidence and contradictions",
        parameters: [p("id", "event id")],
        responses: { ...ok("the event"), 404: { description: "no such event" } },
      },
    },
    "/api/articles": {
      get: {
        summary: "Articles holding every word of a query (full-text index), newest first",
        parameters: [q("q", "words", true), q("limit", "1-100, default 20")],
        responses: ok("[{ id, file, title, outlet, published, url }]"),
      },
    },
    "/api/articles/{id}": {
      get: {
        summary: "One article's clean text and its evidence spans",
        parameters: [p("id", "article id")],
        responses: { ...ok("the article"), 404: { description: "no such article" } },
      },
    },
    "/api/places": {
      get: {
        summary: "Settlements by any spelling",
        parameters: [q("q", "a name in any spelling", true), q("limit", "1-50")],
        responses: ok("matching places"),
      },
    },
    "/api/places/{pcode}": {
      get: {
        summary: "A place's control timeline and events",
        parameters: [p("pcode", "P-code")],
        responses: ok("timeline and events"),
      },
    },
    "/api/control": {
      get: {
        summary: "Who holds each place on a day",
        parameters: [q("at", "YYYY-MM-DD", true)],
        responses: ok("control rows as `frontline control`"),
      },
    },
    "/api/changes": {
      get: {
        summary: "Places that changed hands between two days",
        parameters: [q("from", "YYYY-MM-DD", true), q("to", "YYYY-MM-DD", true)],
        responses: ok("changes"),
      },
    },
    "/api/range": {
      get: { summary: "First and last event day, for a time slider", responses: ok("{ from, to, events }") },
    },
    "/api/export.{format}": {
      get: {
        summary: "The whole ledger, streamed",
        parameters: [p("format", "jsonl, geojson or csv")],
        responses: ok("the export"),
      },
    },
  },
};
