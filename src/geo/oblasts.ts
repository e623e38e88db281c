// The 27 first-level units with the names the press uses for them (facts, written for the project).
// P-codes follow the gazetteer (KATOTTG-based: Luhansk is UA44, Kyiv city UA80, Sevastopol UA85).
export interface Oblast {
  pcode: string;
  name: string;
  names: string[];
}

export const OBLASTS: Oblast[] = [
  {
    pcode: "UA01",
    name: "Crimea",
    names: ["Crimea", "Krym", "Crimean peninsula", "Autonomous Republic of Crimea", "Крим", "Крым", "Crimée", "Crimea"],
  },
  { pcode: "UA05", name: "Vinnytsia oblast", names: ["Vinnytsia", "Vinnytska", "Vinnitsa", "Vinnytsya"] },
  { pcode: "UA07", name: "Volyn oblast", names: ["Volyn", "Volynska", "Volhynia"] },
  {
    pcode: "UA12",
    name: "Dnipropetrovsk oblast",
    names: ["Dnipropetrovsk", "Dnipropetrovska", "Dnepropetrovsk", "Dnipro", "Dnipropetrovs'k"],
  },
  {
    pcode: "UA14",
    name: "Donetsk oblast",
    names: ["Donetsk", "Donetska", "Donezk", "Donetsk People's Republic", "Donetsk People’s Republic"],
  },
  { pcode: "UA18", name: "Zhytomyr oblast", names: ["Zhytomyr", "Zhytomyrska", "Zhitomir"] },
  {
    pcode: "UA21",
    name: "Zakarpattia oblast",
    names: ["Zakarpattia", "Zakarpatska", "Transcarpathia", "Transcarpathian"],
  },
  {
    pcode: "UA23",
    name: "Zaporizhzhia oblast",
    names: [
      "Zaporizhzhia",
      "Zaporizhia",
      "Zaporizka",
      "Zaporozhye",
      "Zaporizhzhya",
      "Zaporijia",
      "Zaporiyia",
      "Saporischschja",
      "Zaporijjia",
    ],
  },
  { pcode: "UA26", name: "Ivano-Frankivsk oblast", names: ["Ivano-Frankivsk", "Ivano-Frankivska"] },
  { pcode: "UA32", name: "Kyiv oblast", names: ["Kyiv", "Kyivska", "Kiev", "Kyiv oblast", "Kiew"] },
  { pcode: "UA35", name: "Kirovohrad oblast", names: ["Kirovohrad", "Kirovohradska", "Kirovograd"] },
  {
    pcode: "UA44",
    name: "Luhansk oblast",
    names: [
      "Luhansk",
      "Luhanska",
      "Lugansk",
      "Louhansk",
      "Lugansk People's Republic",
      "Luhansk People's Republic",
      "Luhansk People’s Republic",
      "Lugansk People’s Republic",
    ],
  },
  { pcode: "UA46", name: "Lviv oblast", names: ["Lviv", "Lvivska", "Lvov", "Lwiw"] },
  {
    pcode: "UA48",
    name: "Mykolaiv oblast",
    names: ["Mykolaiv", "Mykolaivska", "Nikolaev", "Nikolayev", "Mykolayiv", "Mykolaïv"],
  },
  { pcode: "UA51", name: "Odesa oblast", names: ["Odesa", "Odeska", "Odessa"] },
  { pcode: "UA53", name: "Poltava oblast", names: ["Poltava", "Poltavska"] },
  { pcode: "UA56", name: "Rivne oblast", names: ["Rivne", "Rivnenska", "Rovno"] },
  { pcode: "UA59", name: "Sumy oblast", names: ["Sumy", "Sumska", "Soumy"] },
  { pcode: "UA61", name: "Ternopil oblast", names: ["Ternopil", "Ternopilska"] },
  {
    pcode: "UA63",
    name: "Kharkiv oblast",
    names: ["Kharkiv", "Kharkivska", "Kharkov", "Kharkiv", "Jarkov", "Járkov", "Kharkiv", "Charkiw", "Kharkïv"],
  },
  { pcode: "UA65", name: "Kherson oblast", names: ["Kherson", "Khersonska", "Jersón", "Cherson", "Kherson"] },
  { pcode: "UA68", name: "Khmelnytskyi oblast", names: ["Khmelnytskyi", "Khmelnytska", "Khmelnitsky", "Khmelnytsky"] },
  { pcode: "UA71", name: "Cherkasy oblast", names: ["Cherkasy", "Cherkaska", "Cherkassy"] },
  { pcode: "UA73", name: "Chernivtsi oblast", names: ["Chernivtsi", "Chernivetska", "Chernovtsy", "Bukovina"] },
  {
    pcode: "UA74",
    name: "Chernihiv oblast",
    names: ["Chernihiv", "Chernihivska", "Chernigov", "Cherniguiv", "Tchernihiv"],
  },
  { pcode: "UA80", name: "Kyiv city", names: [] },
  { pcode: "UA85", name: "Sevastopol", names: [] },
];

/** Names that only ever denote a region, never a settlement. */
/** The first-level units Russia has held whole since 2014 (Crimea, Sevastopol): a strike there is Ukraine's. */
export const RUSSIAN_HELD = new Set(["UA01", "UA85"]);

export const REGION_ONLY: Record<string, string[]> = {
  UA01: ["Crimea", "Crimean peninsula", "Крим", "Крым", "Crimée"],
  // (the acronyms DPR, LPR name forces and authorities far more often than territory: they stay actors)
  UA14: ["Donetsk People's Republic", "Donetsk People’s Republic"],
  UA44: [
    "Luhansk People's Republic",
    "Luhansk People’s Republic",
    "Lugansk People's Republic",
    "Lugansk People’s Republic",
  ],
};
