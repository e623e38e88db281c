// Mappings to the codebooks analysts already use, so a Frontline export can sit beside ACLED or VIINA data.
// ACLED: event_type / sub_event_type, actor1, geo_precision (1 town, 2 near or district, 3 region), time_precision
// (1 day, 2 week, 3 month). VIINA: its event categories (t_*). Approximate where the codebooks have no counterpart.
import type { StoredEvent } from "../store/index.js";
import { loadGazetteer } from "../geo/index.js";

const ACTOR: Record<string, string> = {
  UA: "Military Forces of Ukraine (2019-)",
  RU: "Military Forces of Russia (2000-)",
  other: "Other",
};

export function acled(e: StoredEvent) {
  const weapon = (e.attributes?.weapon as string | undefined) ?? "unknown";
  const [event_type, sub_event_type] =
    e.type === "control_change"
      ? ["Battles", e.side === "UA" ? "Government regains territory" : "Non-state actor overtakes territory"]
      : e.type === "advance"
        ? ["Battles", "Armed clash"]
        : e.type === "withdrawal"
          ? ["Strategic developments", "Non-violent transfer of territory"]
          : e.type === "strike"
            ? [
                "Explosions/Remote violence",
                weapon === "air" || weapon === "drone" ? "Air/drone strike" : "Shelling/artillery/missile attack",
              ]
            : e.type === "arrest"
              ? ["Strategic developments", "Arrests"]
              : e.type === "casualties"
                ? ["Violence against civilians", "Attack"]
                : ["Strategic developments", "Other"];
  const p = e.places[0];
  const level = p?.level;
  const g = loadGazetteer();
  return {
    event_type,
    sub_event_type,
    actor1: e.side ? ACTOR[e.side] : "",
    admin1: p?.admin1 ? g.oblastName(p.admin1) : "",
    location: p?.name ?? "",
    geo_precision: level === "settlement" ? (e.attributes?.near ? 2 : 1) : level === "raion" ? 2 : 3,
    time_precision: e.precision === "day" ? 1 : e.precision === "month" ? 3 : e.precision ? 3 : null,
    notes: e.evidence.text,
  };
}

export function viina(e: StoredEvent): string | null {
  const weapon = e.attributes?.weapon as string | undefined;
  switch (e.type) {
    case "control_change":
      return "t_control";
    case "withdrawal":
      return "t_retreat";
    case "advance":
      return "t_mil";
    case "strike":
      return weapon === "air" ? "t_airstrike" : weapon === "drone" ? "t_uav" : "t_arty";
    case "equipment_loss":
      return "t_armor";
    case "arrest":
      return "t_arrest";
    case "casualties":
      return e.attributes?.kind === "civilian" ? "t_civcas" : "t_milcas";
    case "outage":
      return "t_property";
    case "surrender":
    case "desertion":
    case "reinforcement":
      return "t_mil";
    default:
      return null;
  }
}
