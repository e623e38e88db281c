// Kit only one side fields: its make names its owner (a side of the war), wherever it is named: the kit lost, the
// weapon that struck, the crew that speaks ("the commander of a HIMARS crew said").
// kit only one side fields, by model or by maker: a Leopard or a "US-made" vehicle is Ukraine's, a Shahed Russia's
export const UKRAINES_KIT = new RegExp(
  String.raw`\b(?:Leopards?|Bradleys?|Abrams|Challengers?|Strykers?|Marders?|HIMARS|M777s?|Caesars?|Patriots?|` +
    // (Western kit by its US designation: "an M1", "M2A2s", "an M113"; not a suffix: "Tor-M2", "Buk-M1")
    String.raw`(?<!-)(?:M1(?:A[12])?s?|M2(?:A[23])?s?|M113s?|M109s?)|PzH[- ]?2000s?|` +
    String.raw`IRIS-T|NASAMS|F-16s?|Storm Shadows?|ATACMS|CV90s?|` +
    String.raw`(?:US|U\.S\.|American|German|British|French|Western|NATO|Polish|Swedish|Czech)[- ]` +
    String.raw`(?:made|supplied|provided|donated|built))\b`,
  "i",
);
export const RUSSIAS_KIT = new RegExp(
  String.raw`\b(?:Shaheds?|Gerans?|Iskanders?|Kalibrs?|Kinzhals?|Lancets?|T-90\w*|TOS-1\w*|Su-3[45]s?|` +
    String.raw`Tu-\d+\w*|Ka-52s?|Mi-28\w*|Su-30\w*|T-62\w*|T-72B3\w*|T-80BVM\w*|BMP-3\w*|BTR-82\w*|` +
    // (air defence and drones no Ukrainian unit fields)
    String.raw`Pantsirs?(?:-S\w*)?|Tor-M\w*|Tors?|S-400s?|Orlan(?:-\d+)?s?|Zalas?|Supercams?|Iranian-made)\b`,
  "i",
);
export const kitOwner = (w: string): "UA" | "RU" | null =>
  UKRAINES_KIT.test(w) ? "UA" : RUSSIAS_KIT.test(w) ? "RU" : null;
