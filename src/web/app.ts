// The map: settlements coloured by who holds them on the slider's day, events, and the evidence behind each.
// Article text is untrusted: it is only ever put into the page as text nodes, never parsed as HTML.
import L from "leaflet";

type Row = {
  name: string;
  pcode: string;
  lat: number | null;
  lon: number | null;
  controller: string;
  basis: string | null;
  since: string | null;
  evidence: string[];
  pending?: string[];
};
type Ev = {
  id: string;
  type: string;
  side: string | null;
  date: string | null;
  status: string;
  places: { name: string; pcode: string | null; lat: number | null; lon: number | null }[];
  source: { name: string; side: string | null; via?: string | null } | null;
  outlet: string | null;
  evidence: { article: string; file: string; text: string };
  reports: {
    id: string;
    article: string;
    file: string;
    outlet: string | null;
    date: string | null;
    status: string;
    source: { name: string; side: string | null } | null;
    evidence: { text: string };
  }[];
  corroboration: { independent: number; sides: string[]; confidence: number };
  contradicts: string[];
  contradictions?: Ev[];
};

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const el = (tag: string, text?: string, cls?: string) => {
  const e = document.createElement(tag);
  if (text != null) e.textContent = text;
  if (cls) e.className = cls;
  return e;
};
const get = async <T>(url: string): Promise<T> => {
  const r = await fetch(url);
  if (!r.ok) throw new Error(`${url}: ${r.status}`);
  return r.json() as Promise<T>;
};
const COLORS: Record<string, string> = { UA: "#1f6fd1", RU: "#c62828", CONTESTED: "#f29d00", UNKNOWN: "#9aa5b1" };
const addDays = (d: string, n: number) =>
  new Date(Date.parse(`${d}T00:00:00Z`) + n * 86400000).toISOString().slice(0, 10);

const state = { day: "", place: "", type: "", side: "", status: "", days: [] as string[] };
const map = L.map("map", { zoomSnap: 0.25 }).fitBounds([
  [44.3, 22.1],
  [52.4, 40.3],
]);
const places = L.layerGroup().addTo(map);
const eventsLayer = L.layerGroup().addTo(map);
// event markers by type: small squares, coloured by kind of event, offset so they do not hide the place dot
const TYPE_COLORS: Record<string, string> = {
  control_change: "#6b21a8",
  advance: "#7c3aed",
  withdrawal: "#a16207",
  strike: "#111827",
  equipment_loss: "#0f766e",
  surrender: "#0e7490",
  desertion: "#0e7490",
  arrest: "#475569",
  reinforcement: "#92400e",
  outage: "#ca8a04",
  casualties: "#991b1b",
  visit: "#15803d",
  territory_claim: "#6b21a8",
  statement: "#64748b",
};
let playing: number | null = null;

function readHash() {
  const h = new URLSearchParams(location.hash.slice(1));
  for (const k of ["day", "place", "type", "side", "status"] as const) state[k] = h.get(k) ?? "";
}
function writeHash() {
  const h = new URLSearchParams();
  for (const k of ["day", "place", "type", "side", "status"] as const) if (state[k]) h.set(k, state[k]);
  history.replaceState(null, "", `#${h}`);
}

async function init() {
  readHash();
  const [config, range, outlines] = await Promise.all([
    get<{ tiles: string | null }>("/config.json"),
    get<{ from: string | null; to: string | null; events: number }>("/api/range"),
    get<GeoJSON.FeatureCollection>("/oblasts.geojson"),
  ]);
  if (config.tiles) L.tileLayer(config.tiles, { maxZoom: 14, attribution: "tiles as configured" }).addTo(map);
  L.geoJSON(outlines, { style: () => ({ className: "oblast" }), interactive: false }).addTo(map);
  for (const t of [
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
  ])
    $("type").append(el("option", t.replace("_", " ")));
  [...($("type") as HTMLSelectElement).options].forEach((o) => {
    if (o.value) o.value = o.textContent!.replace(" ", "_");
  });
  if (!range.from || !range.to) {
    $("status-line").textContent = "The ledger is empty: ingest articles with `frontline ingest`.";
    return;
  }
  // the slider runs from a month before the first event to the last one
  const start = addDays(range.from, -30);
  for (let d = start; d <= range.to; d = addDays(d, 1)) state.days.push(d);
  const slider = $<HTMLInputElement>("slider");
  slider.max = String(state.days.length - 1);
  if (!state.day || !state.days.includes(state.day)) state.day = range.to;
  for (const k of ["type", "side", "status"] as const) $<HTMLSelectElement>(k).value = state[k];
  slider.addEventListener("input", () => setDay(state.days[+slider.value]));
  $("back").addEventListener("click", () => step(-1));
  $("next").addEventListener("click", () => step(1));
  $("play").addEventListener("click", () => {
    if (playing) {
      clearInterval(playing);
      playing = null;
      $("play").textContent = "▶";
      return;
    }
    $("play").textContent = "❚❚";
    playing = window.setInterval(() => {
      if (state.days.indexOf(state.day) >= state.days.length - 1) $("play").click();
      else step(1);
    }, 400);
  });
  for (const k of ["type", "side", "status"] as const)
    $(k).addEventListener("change", () => {
      state[k] = $<HTMLSelectElement>(k).value;
      writeHash();
      void render();
    });
  setupSearch();
  // a link with another day or place (shared, or typed) moves the map there
  window.addEventListener("hashchange", () => {
    const before = { ...state };
    readHash();
    for (const k of ["type", "side", "status"] as const) $<HTMLSelectElement>(k).value = state[k];
    if (state.day !== before.day && state.days.includes(state.day)) void setDay(state.day);
    else if (state.type !== before.type || state.side !== before.side || state.status !== before.status) void render();
    if (state.place && state.place !== before.place) void openPlace(state.place);
  });
  await setDay(state.day);
  if (state.place) void openPlace(state.place);
}

function step(n: number) {
  const i = Math.max(0, Math.min(state.days.length - 1, state.days.indexOf(state.day) + n));
  void setDay(state.days[i]);
}

async function setDay(day: string) {
  state.day = day;
  $<HTMLInputElement>("slider").value = String(state.days.indexOf(day));
  $("date").textContent = day;
  writeHash();
  await render();
}

async function render() {
  $("status-line").textContent = "Loading…";
  const day = state.day;
  const filters = new URLSearchParams({ to: day, limit: "1000" });
  for (const k of ["type", "side", "status"] as const) if (state[k]) filters.set(k, state[k]);
  const [rows, events] = await Promise.all([
    get<Row[]>(`/api/control?at=${day}`),
    get<{ total: number; items: Ev[] }>(`/api/events?${filters}`),
  ]);
  if (day !== state.day) return; // a later day was asked for meanwhile
  places.clearLayers();
  for (const r of rows) {
    if (r.lat == null || r.lon == null) continue;
    const claimOnly = r.controller === "UNKNOWN" && !!r.pending?.length;
    const m = L.circleMarker([r.lat, r.lon], {
      radius: 7,
      weight: 2,
      color: claimOnly ? COLORS.CONTESTED : "#fff",
      fillColor: claimOnly ? "#fff" : COLORS[r.controller],
      fillOpacity: 0.95,
      className: `place place-${r.pcode}`,
    })
      .bindTooltip(`${r.name}: ${r.controller}${r.basis ? ` (${r.basis})` : ""}`)
      .on("click", () => void openPlace(r.pcode));
    m.addTo(places);
    const path = m.getElement();
    path?.setAttribute("data-pcode", r.pcode);
    path?.setAttribute("data-controller", claimOnly ? "CLAIMED" : r.controller);
  }
  // the events of the last week to this day, on the map
  eventsLayer.clearLayers();
  const weekAgo = addDays(day, -7);
  for (const e of events.items) {
    const p = e.places[0];
    if (!p || p.lat == null || p.lon == null || !e.date || e.date.slice(0, 10) < weekAgo.slice(0, e.date.length))
      continue;
    const icon = L.divIcon({ className: `event-marker event-${e.type}`, iconSize: [8, 8], iconAnchor: [-5, 10] });
    const m = L.marker([p.lat, p.lon], {
      icon,
      keyboard: false,
      title: `${e.type.replace("_", " ")} · ${e.side ?? ""} · ${p.name}`,
    }).on("click", () => void openEvent(e.id));
    m.addTo(eventsLayer);
    const node = m.getElement();
    if (node) node.style.background = TYPE_COLORS[e.type] ?? "#000";
  }
  const body = $("events").querySelector("tbody")!;
  body.replaceChildren(
    ...events.items
      .slice()
      .reverse()
      .map((e) => {
        const tr = el("tr");
        tr.append(
          el("td", e.date ?? "—"),
          el("td", e.type.replace("_", " ")),
          el("td", e.side ?? "—"),
          el("td", e.places[0]?.name ?? "—"),
          el("td", e.status),
          el("td", e.source ? `${e.source.name} (${e.source.side ?? "?"})` : (e.outlet ?? e.evidence.file)),
        );
        tr.addEventListener("click", () => void openEvent(e.id));
        return tr;
      }),
  );
  $("status-line").textContent =
    rows.length || events.total
      ? `${day}: ${rows.length} places, ${events.total} events to this day`
      : `${day}: nothing reported yet`;
}

async function openPlace(pcode: string) {
  state.place = pcode;
  writeHash();
  const sec = $("place");
  sec.hidden = false;
  sec.replaceChildren(el("p", "Loading…"));
  const p = await get<{
    pcode: string;
    name: string;
    timeline: { from: string; controller: string; basis: string | null }[];
    events: Ev[];
  }>(`/api/places/${pcode}`);
  const list = el("ul");
  for (const t of p.timeline) list.append(el("li", `from ${t.from}: ${t.controller}${t.basis ? ` (${t.basis})` : ""}`));
  const evs = el("ul");
  for (const e of p.events) {
    const li = el("li");
    const a = el("a", `${e.date ?? "undated"} ${e.type.replace("_", " ")} ${e.side ?? ""} · ${e.status}`);
    a.setAttribute("href", "#");
    a.className = "event-link";
    a.addEventListener("click", (ev) => {
      ev.preventDefault();
      void openEvent(e.id);
    });
    li.append(a);
    evs.append(li);
  }
  sec.replaceChildren(
    el("h2", p.name),
    el("p", p.pcode, "meta"),
    el("h3", "Control timeline"),
    p.timeline.length ? list : el("p", "No control evidence."),
    el("h3", "Events"),
    p.events.length ? evs : el("p", "No events here."),
  );
  const only = p.events.find((e) => e.type === "control_change") ?? p.events[0];
  if (only) void openEvent(only.id);
}

async function openEvent(id: string) {
  const sec = $("evidence");
  sec.hidden = false;
  sec.replaceChildren(el("p", "Loading…"));
  const e = await get<Ev>(`/api/events/${id}`);
  const head = el(
    "h2",
    `${e.type.replace("_", " ")} · ${e.side ?? "?"} · ${e.places[0]?.name ?? ""} · ${e.date ?? "undated"}`,
  );
  const meta = el(
    "p",
    `${e.status} · ${e.corroboration.independent} independent source(s) · confidence ${e.corroboration.confidence}`,
    "meta",
  );
  const reports = el("div");
  for (const r of e.reports) {
    const box = el("div", undefined, "report");
    box.append(
      el(
        "p",
        `${r.outlet ?? r.file} · ${r.date ?? "undated"} · ${r.status}` +
          `${r.source ? ` · ${r.source.name} (${r.source.side ?? "side unknown"})` : ""}`,
        "meta source",
      ),
    );
    const art = await get<{ text: string; spans: { event: string; start: number; end: number }[] }>(
      `/api/articles/${r.article}`,
    );
    const span = art.spans.find((s) => s.event === r.id);
    const text = el("div", undefined, "article");
    if (span) {
      const mark = el("mark", art.text.slice(span.start, span.end));
      text.append(
        document.createTextNode(art.text.slice(0, span.start)),
        mark,
        document.createTextNode(art.text.slice(span.end)),
      );
      box.append(text);
      setTimeout(() => mark.scrollIntoView({ block: "center" }), 0);
    } else {
      text.textContent = r.evidence.text;
      box.append(text);
    }
    reports.append(box);
  }
  const contra = el("div");
  for (const c of e.contradictions ?? [])
    contra.append(
      el(
        "p",
        `Contradicted by: ${c.type.replace("_", " ")} ${c.side ?? ""} ` +
          `${c.places[0]?.name ?? ""} ${c.date ?? ""} (${c.status}) — ` +
          `${c.evidence.text}`,
        "contradiction",
      ),
    );
  sec.replaceChildren(head, meta, contra, reports);
}

function setupSearch() {
  const q = $<HTMLInputElement>("q"),
    out = $("results");
  let timer = 0;
  const run = async () => {
    const v = q.value.trim();
    if (v.length < 2) {
      out.replaceChildren();
      return;
    }
    const res = await get<
      { pcode: string; name: string; oblast: string; lat: number; lon: number; inLedger: boolean }[]
    >(`/api/places?q=${encodeURIComponent(v)}`);
    out.replaceChildren(
      ...(res.length ? res : []).map((p) => {
        const b = el("button", `${p.name}, ${p.oblast}${p.inLedger ? " ●" : ""}`, "result");
        b.setAttribute("type", "button");
        b.addEventListener("click", () => {
          out.replaceChildren();
          map.flyTo([p.lat, p.lon], 10, { duration: 0.5 });
          void openPlace(p.pcode);
        });
        return b;
      }),
    );
    if (!res.length) out.replaceChildren(el("p", "No place of that name."));
  };
  q.addEventListener("input", () => {
    clearTimeout(timer);
    timer = window.setTimeout(() => void run(), 200);
  });
  $("search").addEventListener("submit", (ev) => {
    ev.preventDefault();
    void run();
  });
}

init().catch((e) => {
  $("status-line").textContent = `Could not load: ${(e as Error).message}`;
});
