// The weapons and the targets of a strike, named in its words: recorded as its attributes (en/frames.ts).

export const WEAPONS: [RegExp, string][] = [
  [/\b(missiles?|rockets?|Iskander|Kalibr|Kinzhal|Kh-\d+|X-\d+|S-300|Tochka|ballistic|cruise)\b/i, "missile"],
  [/\b(drones?|Shahed|Geran|kamikaze|UAVs?|Lancet)\b/i, "drone"],
  [/\b(artillery|shell(ed|ing|s)?|mortars?|MLRS|Grad|Uragan|Smerch|howitzers?|HIMARS)\b/i, "artillery"],
  [/\b(air ?strikes?|airstrikes?|aviation|aircraft|bomb(s|ed|ing)?|glide bombs?|KABs?)\b/i, "air"],
];
export const TARGETS: [RegExp, string][] = [
  [
    new RegExp(
      String.raw`\b(power (plants?|stations?)|TPP|CHP|HPP|thermal|substations?|energy|electricity|` +
        String.raw`power grid|gas (distribution|infrastructure))\b`,
      "i",
    ),
    "energy",
  ],
  [/\b(bridges?)\b/i, "bridge"],
  [
    new RegExp(
      String.raw`\b(residential|homes?|houses?|apartments?|civilians?|hospitals?|schools?|` +
        String.raw`shopping|mall|markets?|church|theat(er|re)|kindergarten|dormitor)`,
      "i",
    ),
    "civilian",
  ],
  [
    new RegExp(
      String.raw`\b(command posts?|ammunition depots?|depots?|barracks|military (bases?|` +
        String.raw`facilities|infrastructure)|air ?bases?|airfields?|positions|supply lines?|` +
        String.raw`fuel reserves)\b`,
      "i",
    ),
    "military",
  ],
  [/\b(infrastructure|railway|rail|port|dam|warehouses?|facilit(y|ies))\b/i, "infrastructure"],
];
