// English frames: for each event type, the predicates that carry it, the role whose actor is its side and the
// roles where its place is (../frames.ts reads them). Word lists only: a new language adds a file like this one.
import type { Side } from "../../types.js";
import type { Frame, Role } from "../frames.js";
import { kitOwner } from "../../actors/kit-owner.js";
import { TARGETS, WEAPONS } from "./strike-words.js";
import { CARDINAL } from "../common.js";

const pick = (list: [RegExp, string][], text: string) => list.find(([re]) => re.test(text))?.[1] ?? null;
const strikeAttributes = (w: string) => ({ weapon: pick(WEAPONS, w) ?? "unknown", target: pick(TARGETS, w) });
const MODEL = new RegExp(
  String.raw`\b(T-\d+\w*|BMP-\d|BTR-\d+|Mi-\d+|Su-\d+|Ka-\d+|MiG-\d+|Leopard(?: \d\w*)?|Bradley|` +
    String.raw`Challenger(?: \d)?|Abrams|CV90)\b`,
);
const modelOf = (w: string) => MODEL.exec(w)?.[1] ?? null;
const peopleKind = (w: string) =>
  /\b(civilians?|residents?|children|people|women|villagers|passengers|pensioners?)\b/i.test(w)
    ? "civilian"
    : /\b(soldiers|servicemen|troops|fighters|militants|mercenaries|personnel|officers?)\b/i.test(w)
      ? "military"
      : null;

// the forces that move: a guard that keeps "residents fled", "Zelensky left Kyiv" out of withdrawals
// a part of a place named by its whole: "the centre of X", "the eastern outskirts of Y", "the streets of Z"
const SEEN_PART =
  /\b(?:centre|center|outskirts|streets?|edge|parts?|districts?|suburbs?|heart|quarter|neighbou?rhood)\s+of\b/i;
// the dead and wounded of a side's forces, whose side they name: "30 Russian soldiers", "460 Russians", "occupiers"
// (one as well as many: "a soldier was wounded near X")
const SERVICE = "soldiers?|servicem[ae]n|troops|personnel|fighters?|paratroopers?|marines?";
const COMBATANTS = new RegExp(
  String.raw`\b(?:${SERVICE}|mercenaries|occupiers|invaders|Russians|Ukrainians|Wagner)\b`,
  "i",
);
// whose the dead are: the side word before the last combatant noun, or the noun itself ("460 Russians")
const COMBATANT_SIDE = new RegExp(
  String.raw`\b(?:(Russian|Ukrainian)\s+(?:[\w-]+\s+)?(?:${SERVICE})|` +
    String.raw`(Russians|Ukrainians|occupiers|invaders|Wagner))\b`,
  "gi",
);
const combatantsSide = (w: string): Side | null => {
  const last = [...w.matchAll(COMBATANT_SIDE)].pop();
  const word = (last?.[1] ?? last?.[2] ?? "").toLowerCase();
  return /^(russians?|occupiers|invaders|wagner)$/.test(word) ? "RU" : /^ukrainians?$/.test(word) ? "UA" : null;
};
// control bought, not taken: a stake, a purchase, a takeover of a company
const BUSINESS = new RegExp(
  String.raw`\b(?:stakes?|shares|shareholders?|purchas(?:e|ed|ing)|acquisitions?|acquired|buy(?:ing)? out|` +
    String.raw`bought|steelmaker|investors?|merger|bankrupt\w*|privati[sz]\w*|auction\w*|buyers?)\b`,
  "i",
);
const FORCES = new RegExp(
  String.raw`\b(?:troops|forces|units?|soldiers|servicemen|infantry|infantrymen|guys|army|military|garrison|` +
    String.raw`fighters|defenders|brigades?|battalions?|regiments?|divisions?|detachments?|platoons?|squads?|` +
    String.raw`formations?|groups?|columns?|marines|paratroopers|mercenaries|conscripts|recruits|reservists|` +
    // (and Ukraine's forces in Moscow's words: "694 militants surrendered", "nationalists fled")
    String.raw`mobili[sz]ed|commandos|crews?|personnel|Wagner|Russians|Ukrainians|occupiers|militants|nationalists|` +
    String.raw`invaders|orcs|rashists|ruscists|enemy|they|we|Russia|Ukraine|Kyiv|Moscow|men)\b`,
  "i",
);
// who leaves a place without a side giving it up: civilians, aid workers, diplomats, businesses, and water
const NOT_FORCES = new RegExp(
  String.raw`\b(?:civilians?|residents?|people|families|children|refugees|evacuees|aid|staff|employees|` +
    String.raw`diplomats?|embassy|embassies|companies|businesses|investors?|journalists?|volunteers?|humanitarian|` +
    String.raw`NGOs?|UN|Red Cross|ICRC|IAEA|inspectors?|monitors?|OSCE|observers?|` +
    // (nor does water: "the floodwater retreated from the streets"; not "fire" or "river", which troops are under
    // and on: "units under heavy fire withdrew")
    String.raw`water|floodwaters?|floods?|flooding)\b`,
  "i",
);
// who travels to a place without taking ground: those who leave without a side giving up, and office holders,
// delegations and the trains that carry them ("the delegation reached X", "the president's train reached Y")
const TRAVELLERS = new RegExp(
  String.raw`${NOT_FORCES.source}|\b(?:president|prime minister|premier|chancellor|minister|secretary|pope|` +
    String.raw`king|queen|delegations?|envoys?|ambassadors?|mission|trains?|buses|ambulances?)\b`,
  "i",
);
// weapons and what carries them
const WEAPON = new RegExp(
  String.raw`\b(missiles?|rockets?|drones?|UAVs?|Shaheds?|Gerans?|Iskanders?|Kalibrs?|Kinzhals?|` +
    String.raw`ATACMS|HIMARS|Storm Shadows?|artillery|shells?|shelling|mortars?|MLRS|Grads?|Uragans?|` +
    String.raw`Smerch|bombs?|air ?strikes?|airstrikes?|aviation|aircraft|warplanes?|jets?|helicopters?|` +
    String.raw`munitions?|projectiles?|kamikaze|loitering|glide|KABs?|S-300s?|Tochka|cluster)\b`,
  "i",
);
// what makes an attack a strike: a weapon or a word of firing ("attacks on X" alone may be ground assaults)
// those whose attacks are words: "lawmakers attacked the ministry", "came under fire from critics"
const CRITICS = new RegExp(
  String.raw`\b(?:opposition|critics?|councillors?|councilors?|lawmakers?|deputies|MPs?|activists?|` +
    String.raw`residents|voters|journalists|media|commentators|rights groups?|the public|colleagues|allies)\b`,
  "i",
);
const ATTACK = new RegExp(
  String.raw`\b(strikes?|striking|struck|fire[ds]?|shell(ed|ing|s)?|bomb(ed|ing|s)?|bombard\w*|` +
    String.raw`missiles?|rockets?|drones?|UAVs?|` +
    // (its crews too: "Ukrainian gunners hit dugouts in X")
    String.raw`Shaheds?|artillery|artillerymen|gunners|guns|howitzers?|mortars?|air ?strikes?|airstrikes?|air raid|` +
    String.raw`barrage|salvo|MLRS|` +
    // (an attack called massive or combined is one from the air: "a massive combined attack on Kyiv overnight")
    String.raw`Grads?|HIMARS|Iskanders?|glide|combined|(?:massive|massed) attacks?)\b`,
  "i",
);
// an attack made on the ground: with infantry or armour, by assault groups, at positions ("attacked near X with
// infantry and armour", "assault groups attacked our positions"); with a weapon named it is fire from afar
const GROUND_MEANS = new RegExp(
  String.raw`\b(?:infantry|armou?r|armou?red (?:vehicles?|columns?|groups?|personnel carriers?)|tanks?|` +
    String.raw`motorcycles?|motorbikes?|buggies|quad bikes|assault (?:groups?|units?|detachments?|troops|teams?)|` +
    String.raw`stormtroopers|on foot|(?:on )?the ground)\b`,
  "i",
);
const GROUND_AT = /\b(?:positions?|defen[cs]es?|defensive lines?|trench(?:es)?|strongpoints?|fortifications?)\b/i;
const GROUND_ROLES: Role[] = ["agent", "pp:with|on|using"];

// equipment: vehicles, aircraft, ships, launchers, missiles ("fighter" alone is a combatant: "Wagner fighters"; the jet
// is a "fighter jet")
export const KIT = new RegExp(
  String.raw`\b(` +
    String.raw`armou?r|tanks?|T-\d+\w*|Leopards?|Abrams|Challengers?|M1(?:A[12])?s?|M2(?:A[23])?s?|M113s?|M109s?|` +
    String.raw`(?:armou?red |combat |military )?vehicles?|(?:armou?red )?(?:personnel )?carriers?|` +
    String.raw`armou?red (?:cars?|tractors?)|MT-LBs?|APCs?|IFVs?|BMPs?|BMP-\d|BTRs?|BTR-\d+|Bradleys?|` +
    String.raw`Strykers?|howitzers?|artillery (?:pieces|systems)|guns|self-propelled (?:guns?|artillery)|` +
    String.raw`M777s?|Marders?|Caesars?|PzH[- ]?2000s?|Grads?|TOS-1\w*|MLRS|launchers?|HIMARS|` +
    // (the trucks and columns of an army: "two pickup trucks", "an armoured column")
    String.raw`(?:pickup |military |cargo |fuel |supply |army )trucks?|(?:armou?red |military |tank |enemy )columns?|` +
    String.raw`air[- ]defen[cs]e (?:systems?|units?)|S-\d00s?|Patriots?|Buks?|Pantsirs?|radars?|helicopters?|` +
    String.raw`Mi-\d+|Ka-\d+|aircraft|jets?|bombers?|Su-\d+|MiG-\d+|planes?|warships?|ships?|vessels?|boats?|` +
    String.raw`corvettes?|cruisers?|frigates?|submarines?|landing ships?|(?:landing |assault )craft|drones?|` +
    String.raw`UAVs?|missiles?|equipment|weapons|hardware|trophies|ammunition depots?` +
    String.raw`)\b`,
  "i",
);
// kit that only qualifies the noun after it, the head of the phrase: "a drone workshop", "a missile depot", "tank
// crews" are a place or people, not kit lost or shot down
const KIT_MODIFIER = new RegExp(
  String.raw`\b(?:missiles?|drones?|UAVs?|rockets?|tanks?|ammunition|artillery)\s+(?:workshops?|factor(?:y|ies)|` +
    String.raw`plants?|depots?|warehouses?|storage|stores|bases?|sites?|production|facilit(?:y|ies)|operators?|` +
    String.raw`units?|teams?|crews?|control (?:points?|centres?|centers?)|assembly|repair)\b`,
  "i",
);
const WEAPON_CARRIER = new RegExp(
  String.raw`\b(?:missiles?|drones?|UAVs?|rockets?)\s+(?:boats?|ships?|cruisers?|corvettes?|frigates?|carriers?|` +
    String.raw`launchers?|systems?|complex(?:es)?)\b`,
  "i",
);
// kit that moves and can burn or sink (not the drones and missiles that crash into things)
const MOVING_KIT = new RegExp(
  String.raw`\b(armou?r|tanks?|T-\d+\w*|Leopards?|Abrams|Challengers?|vehicles?|carriers?|MT-LBs?|APCs?|IFVs?|` +
    String.raw`armou?red (?:cars?|tractors?)|` +
    String.raw`BMPs?|BMP-\d|BTRs?|BTR-\d+|Bradleys?|Strykers?|howitzers?|helicopters?|Mi-\d+|Ka-\d+|aircraft|jets?|` +
    String.raw`self-propelled (?:guns?|artillery)|M777s?|Marders?|Caesars?|TOS-1\w*|launchers?|` +
    String.raw`(?:pickup |military |cargo |fuel |supply |army )trucks?|(?:armou?red |military |tank |enemy )columns?|` +
    String.raw`bombers?|Su-\d+|MiG-\d+|planes?|warships?|ships?|vessels?|boats?|corvettes?|cruisers?|frigates?|` +
    String.raw`submarines?|(?:landing |assault )craft|` +
    // (air defence on wheels and tracks)
    String.raw`Pantsirs?(?:-S\w*)?|Tor-M\w*|Buks?|Buk-M\w*|S-\d00s?|air[- ]defen[cs]e (?:systems?|units?)|radars?)\b`,
  "i",
);
// kit in a state of loss, the state next to it: "a burning Russian tank", "a Bradley burning", "a tank in flames",
// "two tanks and an MT-LB being hit", "a Caesar gun ablaze" (one word between at most: a tank "driving past a
// burning barn" is not burning)
const KIT_IN_FLAMES = new RegExp(
  String.raw`\b(?:burning|burnt-out|burned-out|blazing|exploding|wrecked|destroyed|smouldering|smoldering)\s+` +
    String.raw`(?:[\w-]+\s+){0,2}?${MOVING_KIT.source}|${MOVING_KIT.source}\s+(?:[\w-]+\s+)??(?:burning|` +
    String.raw`in flames|ablaze|on fire|exploding|blowing up|burn(?:ed|t|ing)? out|` +
    String.raw`being (?:hit|struck|destroyed|blown up)|(?:is|was|were|are|being) (?:hit|struck|destroyed))\b|` +
    // (or its loss named by a noun: "a video showing the destruction of a Russian tank near X")
    String.raw`\b(?:destruction|burning|sinking|downing) of\s+(?:[\w-]+\s+){0,3}?${MOVING_KIT.source}`,
  "i",
);
// (who is hurt: people by number, kind, trade or family)
const PEOPLE = new RegExp(
  String.raw`\b(?:` +
    [
      "people",
      "persons?",
      "civilians?",
      "residents?",
      "children",
      "women",
      "men",
      "soldiers?",
      "servicem[ae]n",
      "troops",
      "fighters?",
      "militants",
      "mercenaries",
      "personnel",
      "Russians",
      "Ukrainians",
      "occupiers",
      "invaders",
      "officers?",
      "police(?:men)?",
      "rescuers?",
      "volunteers?",
      "journalists?",
      "workers?",
      "passengers?",
      "villagers?",
      "pensioners?",
      "boys?",
      "girls?",
      "teenagers?",
      "infants?",
      "man",
      "woman",
      "child",
      "baby",
      "drivers?",
      "employees?",
      "medics?",
      "doctors?",
      "nurses?",
      "paramedics?",
      "firefighters?",
      "farmers?",
      "passers?-?by",
      "guards?",
      "miners?",
      // (trades met in the street, the shop and the field)
      "vendors?",
      "sellers?",
      "shopkeepers?",
      "shoppers?",
      "customers?",
      "pedestrians?",
      "cyclists?",
      "motorists?",
      "fisherm[ae]n",
      "teachers?",
      "students?",
      "patients?",
      "priests?",
      "engineers?",
      "electricians?",
      "postm[ae]n",
      "tractor drivers?",
      "family",
      "couple",
      "mother",
      "father",
      "sons?",
      "daughters?",
      "husband",
      "wife",
      "grandmother",
      "grandfather",
      "\\d+",
      "one",
      "two",
      "three",
      "four",
      "five",
      "six",
      "seven",
      "eight",
      "nine",
      "ten",
      "dozens",
      "hundreds",
      "thousands",
    ].join("|") +
    String.raw`)\b`,
  "i",
);

// the men a loss counts beside its kit ("lost 45 servicemen, two trucks and a Grad"): not what a kit count counts
const MANPOWER = new RegExp(
  String.raw`\b(?:servicem[ae]n|soldiers|troops|personnel|fighters|militants|mercenaries|men|people|officers|` +
    String.raw`Russians|Ukrainians|occupiers|invaders|wounded|killed|dead|prisoners)\b`,
  "i",
);
// (the people a phrase opens on, after its counts and one modifier)
const COUNTS =
  String.raw`the|some|about|over|nearly|more than|thousands of|hundreds of|dozens of|\d[\d,]*|several|` +
  String.raw`many`;
const opensOn = (counts: string, nouns: string) =>
  new RegExp(String.raw`^(?:(?:${counts})\s+)*(?:[\p{L}-]+\s+)?(?:${nouns})\b`, "iu");

// a phrase that opens on people: "thousands of residents of the city", "27 Ukrainian soldiers"
const CLEARED_AWAY =
  /^(?:the\s+)?(?:\w+\s+)?(?:mines?|landmines|rubble|debris|explosives?|ordnance|snow|ruins|wreckage|bodies)\b/i;
const TAKEN_PEOPLE = opensOn(
  COUNTS,
  "residents|civilians|people|children|prisoners|soldiers|servicemen|hostages|women|men",
);

// civilians, not forces: "most residents", "thousands of people"
const CIVILIANS = opensOn(
  `${COUNTS}|most|most of the|all|its|their`,
  "residents|civilians|people|children|families|inhabitants|population|villagers|activists|protesters|students|" +
    "fans|locals|citizens",
);

// verbs that assert an event noun they govern: "announced the liberation of X", "completed the capture of X"
// ground short of a settlement: positions and lines, and parts of a town ("cleared two more streets in X", "took
// several blocks of Y")
const SHORT_OF_A_PLACE = new RegExp(
  String.raw`\b(positions?|strongpoints?|strongholds?|trench(?:es| lines?)|dugouts|fortifications?|` +
    String.raw`tree ?lines?|forest belts?|woodlands?|(?:advantageous|favou?rable|defen[cs]ive|defen[cs]e)\s+lines?|` +
    String.raw`footholds?|heights?|streets?|blocks|houses|buildings|neighbou?rhoods?|quarters|` +
    String.raw`micro-?districts?)\b`,
  "i",
);
// a site inside a town that forces hold or lose
const SITE_IN_TOWN =
  /\b(?:plant|factory|works|station|school|hospital|mine|quarry|farm|cemetery|airfield|airport|complex|elevator)\b/;
const ASSERTING =
  /^(announce|claim|report|confirm|complete|declare|celebrate|hail|welcome|acknowledge|admit|deny|mark|finish)$/;

// who is detained: people by role, not places or things
const SUSPECT_PERSON = new RegExp(
  String.raw`\b(agents?|spies|spy|saboteurs?|collaborators?|suspects?|informants?|mayor|deputy|priest|` +
    String.raw`journalists?|activists?|traitors?|gunners?|spotters?)\b`,
  "i",
);
const SUSPECT = new RegExp(
  String.raw`\b(agents?|spies|spy|saboteurs?|sabotage|collaborators?|suspects?|informants?|residents?|` +
    String.raw`men|women|man|woman|people|civilians?|officials?|mayor|deputy|head|priest|journalists?|` +
    String.raw`activists?|teachers?|soldiers|servicemen|traitors?|gunners?|spotters?|members?|groups?|` +
    String.raw`citizens?|volunteers?|teenagers?|students?|pensioners?|\d+)\b`,
  "i",
);

// what a strike hits: buildings, facilities, infrastructure
const TARGET_WORDS = new RegExp(
  String.raw`\b(` +
    String.raw`cent(?:er|re)s?|hospitals?|schools?|institutes?|universit(?:y|ies)|colleges?|buildings?|` +
    String.raw`blocks?|houses?|homes?|apartments?|infrastructure|facilit(?:y|ies)|plants?|stations?|` +
    String.raw`substations?|depots?|warehouses?|ports?|bridges?|airfields?|air ?bases?|bases?|headquarters|` +
    String.raw`barracks|markets?|malls?|churche?s?|theat(?:re|er)s?|dams?|refiner(?:y|ies)|terminals?|` +
    String.raw`hotels?|offices?|factor(?:y|ies)|enterprises?|shipyards?|docks?|harbou?rs?|airports?|` +
    // (and where civilians gather or shelter)
    String.raw`shelters?|shops?|(?:super|hyper)markets?|cafes?|restaurants?|kindergartens?|dormitor(?:y|ies)|` +
    String.raw`oil depots?|fuel depots?|power lines?|(?:energy|power|industrial|military|infrastructure) sites?` +
    String.raw`)\b`,
  "i",
);

// the parts of a place where fighting means the fighters got in
const PART_WORDS = new RegExp(
  String.raw`\b(?:outskirts|cent(?:re|er)|streets?|districts?|neighbou?rhoods?|quarters?|suburbs?|edges?|part|` +
    String.raw`industrial zone|approach(?:es)?)\b`,
  "i",
);

// the sites of war a strike destroys: stores, posts, workshops, bases, positions (and the buildings of the above)
const SITE_WORDS = new RegExp(
  String.raw`\b(?:depots?|warehouses?|dumps?|stores?|storage|command posts?|control posts?|observation posts?|` +
    String.raw`workshops?|headquarters|barracks|bases?|airfields?|strongholds?|strongpoints?|dugouts?|bunkers?|` +
    String.raw`firing positions?|positions?|deployment points?|hangars?|radars?|radar stations?)\b`,
  "i",
);

// what an outage cuts
const UTILITY = /\b(electricity|power|water|gas|heating|heat|light|supply|supplies)\b/i;
const utilityOf = (w: string) =>
  /\bwater\b/i.test(w) ? "water" : /\bgas\b/i.test(w) ? "gas" : /\bheat(?:ing)?\b/i.test(w) ? "heating" : "power";

// how far a side moved ("advanced up to 2 km", "pushed 500 metres"); anything else the object says is no count
const distanceOf = (w: string) =>
  /\b(?:km|kilomet\w*)\b/i.test(w)
    ? "km"
    : /\b(?:m|metres|meters)\b/i.test(w)
      ? "m"
      : /\bmiles?\b/i.test(w)
        ? "mi"
        : "";
const areaOrPlaces = (w: string) => (/kilomet|km/i.test(w) ? "km2" : /miles/i.test(w) ? "sq mi" : "settlement");
const unitOf = (w: string) =>
  /tank|T-\d|Leopard|Abrams|Challenger/i.test(w)
    ? "tank"
    : /vehicle|BMP|BTR|APC|IFV|Bradley|Stryker/i.test(w)
      ? "vehicle"
      : /helicopter|Mi-\d|Ka-\d/i.test(w)
        ? "helicopter"
        : /aircraft|jet|fighter|bomber|Su-\d|MiG|plane/i.test(w)
          ? "aircraft"
          : /ship|vessel|boat|corvette|cruiser|frigate|submarine/i.test(w)
            ? "ship"
            : /drone|UAV/i.test(w)
              ? "drone"
              : /missile/i.test(w)
                ? "missile"
                : "item";
// the dead as a count known: "confirmed dead", "found dead", "18 dead are known"
const KNOWN_DEAD = new RegExp(
  String.raw`\b(?:confirmed|reported|found|known|declared|pronounced|listed)\s+(?:as\s+)?dead\b|` +
    String.raw`\bdead\s+(?:are|were)\s+known\b`,
  "i",
);

// (the verb says which before the counted words do: "a woman was injured", "left three wounded")
const hurt = (w: string, verb = "") =>
  /^(?:kill|die|dead)/i.test(verb) ? "killed" : /wound|injur/i.test(`${verb} ${w}`) ? "wounded" : "killed";

// driving out: "drove the Russians out of X" (the driver gains X), "were pushed out of X" (the driven withdraw)
// (the bare verbs, which also name driving a car or pushing a cart, and those whose particle or sense says "out")
const DRIVE_BARE_WORDS = "drive|push|force|kick|throw|knock|squeeze";
const DRIVE_OUT_WORDS = "drive out|push out|force out|kick out|throw out|knock out|oust|expel|dislodge|squeeze out";
const DRIVE_BARE = new RegExp(`^(${DRIVE_BARE_WORDS})$`);
const DRIVE_OUT_WORDED = new RegExp(`^(${DRIVE_OUT_WORDS})$`);
const DRIVE_OUT = new RegExp(`^(${DRIVE_BARE_WORDS}|${DRIVE_OUT_WORDS})$`);

// a tally of a long period is no event of the day: "since the start of the invasion", "in 2023", "for the period
// from 24.02.2022 to …"; unless the day's own count is told beside it ("lost 610 over the past day, bringing its
// total since the start of the invasion to …"; anchored, the look-ahead runs once)
const CUMULATIVE = new RegExp(
  String.raw`^(?![\s\S]*\b(?:(?:past|last|previous) (?:day|24 hours|night)|during the day|yesterday|overnight)\b)` +
    // (not a superlative's measure, "the deadliest strike since the start of the invasion", nor a birth year)
    String.raw`[\s\S]*?\b(?:since(?<!\b(?:\w+est|first|worst|most \w+)\b[^.;,]{0,60}since)` +
    String.raw` (?:the (?:start|beginning|outset)|(?:the )?full-scale|the (?:invasion|war)|` +
    String.raw`February 24|24 February|(?:19|20)\d\d)|for the (?:whole |entire )?period|` +
    String.raw`(?<!\bborn )(?:in|over|during|throughout) (?:the (?:past |last )?year|(?:19|20)\d\d)|to date|annual)\b`,
  "i",
);
const NOT_A_TALLY = { role: "opened", words: CUMULATIVE } as const;

// ---- the equipment_loss frames' kit destroyed, captured, abandoned (shared by the verb and its noun)
const KIT_DESTROYED: Frame = {
  // the owner is named on the kit ("Russian tanks"); else it is the enemy of whoever destroyed it or says so
  type: "equipment_loss",
  name: "destroyed",
  near: true,
  verbs: new RegExp(
    String.raw`^(destroy|capture|seize|knock out|disable|damage|hit|burn|burn out|sink|wreck|shoot down|shoot|down|` +
      String.raw`bring down|intercept|eliminate|take out|neutralise|neutralize|strike|blow up|scuttle|minus|` +
      // (and the drone crews' jargon: "our FPV crew caught a Bradley near X", "hunted down a T-72 near Y")
      String.raw`catch|hunt down)$`,
  ),
  needs: { role: "patient", words: KIT },
  // (a vehicle that hits or strikes a mine ran over it: the mine is not what was lost, "his tractor hit a mine")
  unless: [
    { role: "patient", words: KIT_MODIFIER },
    { role: "patient", words: /\b(?:anti-tank\s+|anti-personnel\s+|land\s*)?mines?$/i },
    NOT_A_TALLY,
  ],
  actor: ["patient"],
  fallback: ["not-agent", "fired-at", "not-speaker", "RU"],
  place: ["pp:near|in|at|around|outside|on|over|off|close to", "clause", "while", "anaphor", "topic", "country"],
  quantity: { role: "patient", unit: unitOf, skip: MANPOWER },
  owner: kitOwner,
  attributes: (w, head) => ({ outcome: /captur|seiz/i.test(head) ? "captured" : "destroyed", model: modelOf(w) }),
  attributive: true,
};

const DROVE_OUT: Frame = {
  // "Ukrainian forces threw the Russians out of X": the ones driven out withdraw from it, as the driver gains it
  type: "withdrawal",
  name: "drove-out",
  voice: "active",
  verbs: DRIVE_OUT_WORDED,
  transitive: true,
  needs: { role: "patient", words: FORCES },
  unless: [
    { role: "patient", words: NOT_FORCES },
    { role: "pp:from", words: /^back\b/i },
  ],
  // (the driver's other side first: "the enemy" they drove out is named from the driver's side, not the speaker's)
  actor: [],
  fallback: ["not-agent", "patient", "not-speaker"],
  place: ["pp:out of|from|of", "anaphor"],
};

// "pushed back the Russians from X", "threw the enemy back from Y": the enemy held off a place, not driven out of
// it; the one who pushed gained ground by it
const DRIVE_BACK: Frame = {
  type: "advance",
  name: "drive-back",
  near: true,
  voice: "active",
  verbs: /^(drive back|push back|throw back|knock back|beat back|force back)$/,
  transitive: true,
  // (an attack beaten back gave no one ground: no event)
  unless: [
    { role: "patient", words: CIVILIANS },
    { role: "patient", words: /\b(?:attacks?|assaults?|offensives?|attempts?|storming|advances?|push|raids?)\b/i },
  ],
  needs: { role: "pp:from", words: /\p{Lu}|\b(?:town|city|village|settlement)\b/u },
  actor: ["agent"],
  fallback: ["not-patient", "speaker"],
  // ("back from positions near X": where the positions were)
  place: ["pp:from", "pp:near|around|outside", "anaphor"],
};

// kit that moves: hitting it is a loss of equipment (its own frame), not a strike on a place
const VESSELS = String.raw`cruisers?|warships?|ships?|vessels?|boats?|submarines?|corvettes?|frigates?|ferry|ferries`;
const LAND_AND_AIR = String.raw`tanks?|vehicles?|aircraft|helicopters?|jets?|planes?|fighters?|bombers?|howitzers?`;
const VEHICLE = new RegExp(String.raw`^(?:[\w-]+ )*?(?:${VESSELS}|${LAND_AND_AIR})\b`, "i");

// leaving a place, by verb or by noun ("withdrew from X", "the pullout from Y")
const WITHDRAW: Frame = {
  type: "withdrawal",
  name: "withdraw",
  verbs:
    // ("trucks speeding out of X", "a column rolled out of Y": moving out of a place)
    new RegExp(
      String.raw`^(withdraw|withdrawal|retreat|pull out|pull back|pull|fall back|move back|move away|move out|` +
        String.raw`pullout|pullback|exit|speed out|race out|roll out|rush out|head out|rotate out)$`,
    ),
  nominal: true,
  asserted: ASSERTING,
  // (civilians leaving, staff pulled out, an embassy withdrawn: no side gives ground)
  unless: [
    { role: "subject", words: NOT_FORCES },
    { role: "object", words: NOT_FORCES },
  ],
  actor: ["subject", "object"],
  fallback: ["speaker"],
  // (positions left near a place, where the grammar splits the phrase: "pulled out of positions near X")
  place: [
    "pp:from|out of|of|away from",
    "listed",
    "given-up",
    "left-before",
    "pp:to|behind|beyond",
    "held",
    "pp:near|around|outside",
    "anaphor",
  ],
  beyond: true,
};

// forces leaving a place by a verb of leaving it ("abandoned X", "fled Y", "left Z")
const FLEE: Frame = {
  type: "withdrawal",
  name: "flee",
  verbs: /^(flee|escape|run away|abandon|leave|quit|vacate|exit)$/,
  needs: { role: "agent", words: FORCES },
  // (a causative "leave", the object left in a state, is no departure from it: "closed in, leaving Ukraine in control
  // of a shrinking pocket")
  unless: { role: "pp:in", words: /^in\s+(?:control|charge|possession|command)\b/i },
  actor: ["agent"],
  fallback: ["speaker"],
  // (a near-phrase only after positions left: "abandoned their positions near X"; "in X" is where they were)
  place: ["patient", "listed", "pp:from|out of", "pp:near|around|outside|in|at", "front", "anaphor"],
};

// "contrary to Moscow's claims", "despite Russian statements", "in spite of Kyiv's reports"
const CONTRARY = new RegExp(
  String.raw`\b(?:contrary to|despite|in spite of|notwithstanding)\s+(?:the\s+)?(Moscow|Russia|Russian|Kremlin|Kyiv|` +
    String.raw`Ukraine|Ukrainian)(?:['’]s)?\s+(?:[\w-]+\s+)?` +
    String.raw`(?:claims?|statements?|reports?|assertions?|announcements?)\b`,
  "i",
);
// the state a map gives a place: "as occupied", "as under Russian control", "as Ukrainian-held"
const MARKED_AS = new RegExp(
  String.raw`\bas\s+(?:(?:fully|now|being)\s+)?(occupied|liberated|captured|(?:Russian|Ukrainian)-(?:controlled|held|` +
    String.raw`occupied)|under (?:the )?(?:full )?(?:Russian|Ukrainian) control|in (?:Russian|Ukrainian) hands)\b`,
  "i",
);
// what vows and threats share: a statement of intent by the one who vows, else by its speaker
const PLEDGE = {
  type: "statement",
  intent: true,
  actor: ["agent"],
  fallback: ["speaker"],
  attributes: () => ({ kind: "pledge" }),
} satisfies Partial<Frame>;

// kit left in a state is what a blow did to it, not kit abandoned: "hit a tank, leaving it burning"
const LEFT_IN_A_STATE = new RegExp(
  String.raw`\b(?:leav(?:e|es|ing)|left)\s+(?:[\w-]+\s+){1,4}?(?:burning|ablaze|on fire|in flames|damaged|` +
    String.raw`destroyed|disabled|immobili[sz]ed|smoking|out of action|unusable|a wreck)\b`,
  "i",
);

// what strikes share: the attacker is the agent, else Ukraine on Crimea and Sevastopol, else Russia, whose strikes
// most reports are about; "near X" places them; weapon and target are recorded
const STRIKE = {
  type: "strike",
  near: true,
  nation: true,
  actor: ["agent"],
  // (a weapon only one side fields names the striker: "a HIMARS strike hit …", "Shaheds struck …")
  owner: kitOwner,
  // (with no attacker named, the other side of a target a side word names: "Russian positions near X were shelled")
  // (else Ukraine's, when an official Russia installed reports it: the occupied town's administration speaks as its
  // target, "X was shelled, the Russian-installed mayor said", where Russia's ministry or bloggers boast of their own)
  fallback: ["military-speaker", "not-patient", "not-host", "occupants", "target", "installed", "RU"],
  attributes: strikeAttributes,
} satisfies Partial<Frame>;
// what the advances of a ground assault share: the assailant's side, where it pressed; a weapon named makes it fire
const GROUND_ASSAULT = {
  type: "advance",
  near: true,
  voice: "active",
  unless: { role: "pp:with|using", words: WEAPON },
  actor: ["agent"],
  fallback: ["previous", "speaker"],
  place: ["patient", "listed", "pp:near|in|at|around|outside|on|in the area of|of", "front", "anaphor"],
} satisfies Partial<Frame>;
// where a strike is: its target, else where its phrases, its host clause or the sentence before place it
const STRIKE_PLACE: Role[] = [
  "patient",
  "listed",
  "pp:on|at|against|across|in|near|around|outside|over|into|off",
  "host",
  "attached",
  "while",
  "front",
  "office",
  "anaphor",
];

// the harms a body suffers: wounds, burns, a concussion
const HARMS = /\b(?:wounds?|injur(?:y|ies)|burns|concussions?|fractures|shrapnel)\b/i;
// what the frames of people killed or wounded share: no side of their own, one place (the first the sentence
// gives, in a clause of its own too: "were wounded when their vehicle hit a mine near X"), the count in the patient
const HURT = {
  type: "casualties",
  near: true,
  sideOptional: true,
  onePlace: true,
  actor: [],
  fallback: [],
  // (a home names where its people were: "killed two residents of Nikopol")
  place: [
    "pp:in|near|at|on|outside|across",
    "attached",
    "clause",
    "front",
    "sentence",
    "previous",
    "office",
    "anaphor",
    "topic",
    "country",
  ],
  quantity: { role: "patient", unit: hurt, joined: PEOPLE },
  attributes: (w: string) => ({ kind: peopleKind(w) }),
} satisfies Partial<Frame>;

// what the arrest frames share: the detainer's side, the place where the holder of an office or a home was taken
const DETAIN = {
  type: "arrest",
  near: true,
  office: true,
  actor: ["agent"],
  // (with no detainer's side, whoever holds the place: "police in X detained a man" are X's authorities)
  fallback: ["speaker", "holder"],
  place: ["pp:in|near|at|outside|on", "patient", "clause", "front"],
  quantity: { role: "patient", unit: () => "people" },
} satisfies Partial<Frame>;

// "X was plunged into darkness", "X has been left without electricity", "parts of X were left with no water"
const LEFT_WITHOUT: Frame = {
  type: "outage",
  name: "left-without",
  sideOptional: true,
  voice: "passive",
  verbs: /^(leave|plunge)$/,
  needs: {
    role: "sentence",
    words: /\b(?:without|no)\s+(?:\w+\s+){0,2}?(?:electricity|power|water|gas|heating|heat|light)\b|\bdarkness\b/i,
  },
  actor: [],
  fallback: [],
  place: ["patient", "clause", "previous"],
  attributes: (w) => ({ utility: utilityOf(w), extent: /\bparts? of\b/i.test(w) ? "partial" : null }),
};

const ENTER: Frame = {
  type: "control_change",
  name: "enter",
  partial: "advance",
  regionPartial: true,
  voice: "active",
  verbs: /^(enter|storm into|break into|burst into)$/,
  needs: { role: "agent", words: FORCES },
  actor: ["agent"],
  fallback: ["previous"],
  place: ["patient", "listed", "anaphor"],
  // ("did not enter X" denies the ground gained, which the advance frame below reads, not a change of hands)
  notDenied: true,
};

// what leaves a change of hands open: fighting that goes on, a place still contested, a grey zone
const HEDGE = new RegExp(
  String.raw`\b(?:fighting|battles?|clashes|combat|street fighting|clearing operations?|mopping[- ]up)\s+` +
    String.raw`(?:[\p{L}-]+\s+){0,2}?(?:continues?|continuing|goes on|going on|is ongoing|are ongoing|ongoing|` +
    String.raw`still under ?way|rages?|raging)\b|\b(?:remains?|is|are|still)\s+(?:being\s+)?contested\b|` +
    String.raw`\bcontested\s+(?:town|city|village)\b|\bgr[ae]y zone\b|` +
    // ("had entered X and were clearing it street by street": the taking still under way)
    // ("entered X and are fighting in the centre of the town": the fighting inside it goes on)
    String.raw`\b(?:is|are|was|were)\s+(?:still\s+)?(?:clearing|mopping up|storming|fighting (?:for|in|inside))\b|` +
    String.raw`\bstreet by street\b|` +
    // ("entered X and have been stuck in its northern districts since", "hold only its eastern part": the entrants
    // held up inside it, or holding a part only)
    String.raw`\b(?:been|are|were|is|was|remain(?:s|ed)?|got|gotten|became)\s+(?:\w+\s+)?(?:stuck|bogged down|` +
    String.raw`pinned down)\b|\b(?:hold|holds|held|control|controls|controlled|occupy|occupies)\s+only\b|` +
    // ("entered X and are trying to gain a foothold there": the holding still being sought)
    String.raw`\b(?:is|are|was|were)\s+(?:still\s+)?(?:trying|attempting|seeking|struggling)\s+to\s+` +
    String.raw`(?:gain a foothold|consolidate|entrench|dig in|hold on|take (?:full )?control|clear)\b`,
  "giu", // (global: ../frames.ts reads every hedge in a sentence)
);

// what else is lost: kit, people, control, ground, positions
const NOT_A_PLACE_LOST = new RegExp(`${KIT.source}|${PEOPLE.source}|\\b(?:control|ground|positions?)\\b`, "i");
// control of the air or the sea is no ground taken: "regained control of the skies over X"
const SKIES = /\bcontrol\s+(?:of|over)\s+(?:the\s+)?(?:skies|sky|air|airspace|sea|waters?)\b/i;
// (the same, as the of-phrase of a control lost or held: "lost control over the skies of X", "of the situation")
const NOT_GROUND_OF = /^(?:of|over)\s+(?:the\s+)?(?:skies|sky|air|airspace|sea|waters?|situation)\b/i;

// something set on fire: "set an oil depot on fire", "set two tanks ablaze"
// (in the passive the thing set alight is the subject: "a depot was set ablaze by drones")
const SET_ALIGHT = /\bset\s+(?:[^,;]{1,80}?\s+)?(?:on\s+fire|alight|ablaze)\b/i;

// what is sent to reinforce a front: forces, and the kit that defends or fires
const SENT_FORCES = new RegExp(
  String.raw`\b(troops|reserves?|units?|forces|reinforcements|brigades?|battalions?|divisions?|regiments?|` +
    String.raw`paratroopers|marines|armou?r|equipment|tanks|soldiers|servicemen|personnel|groups?|` +
    String.raw`air[- ]defen[cs]e (?:systems?|units?)|artillery|howitzers|launchers)\b`,
  "i",
);

// "Russian soldiers are now in X", "our units are already inside Y": forces whose presence is new hold the place
// (in part of it, "already on the outskirts", they have only advanced); a bare "troops are in X" describes
const NOW_IN: Frame = {
  type: "control_change",
  name: "now-in",
  partial: "advance",
  voice: "active",
  verbs: /^(be)$/,
  needs: { role: "subject", words: FORCES },
  also: { role: "sentence", words: /\b(?:are|is)\s+(?:now|already)\s+(?:inside|in|on)\b/i },
  unless: { role: "subject", words: NOT_FORCES },
  near: true,
  actor: ["subject"],
  fallback: [],
  place: ["pp:in|inside|on"],
};

// forces in a part of a place, "Russian troops are in the centre of X", "our units are on its outskirts": ground
// gained there, a claim to part of a place (the whole place held is a state, told by NOW_IN only when it is new)
const IN_PART_OF: Frame = {
  type: "advance",
  name: "in-part-of",
  voice: "active",
  verbs: /^(be)$/,
  needs: { role: "subject", words: FORCES },
  also: {
    role: "pp:in|inside|on",
    words: new RegExp(
      String.raw`^(?:in|inside|on)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:centre|center|outskirts|suburbs|districts?|` +
        String.raw`neighbou?rhoods?|part|parts|quarters?|streets)\s+of\b`,
      "i",
    ),
  },
  unless: { role: "subject", words: NOT_FORCES },
  near: true,
  actor: ["subject"],
  fallback: [],
  place: ["pp:in|inside|on", "anaphor"],
};

const EVERY_FRAME: Frame[] = [
  // ---- control_change: a side takes a place --------------------------------------------------------------------
  {
    type: "control_change",
    name: "take",
    partial: "advance",
    verbs: /^(capture|seize|overrun|overtake|conquer|take|take over|secure|clear|capture of|seizure|capture|takeover)$/,
    nominal: true,
    asserted: ASSERTING,
    // (people taken are no place taken: "residents of the city were taken to Russia", "captured 20 soldiers"; nor
    // is a plant bought: "took full control of the steelworks after buying out its partners")
    unless: [
      { role: "patient", words: TAKEN_PEOPLE },
      { role: "sentence", words: BUSINESS },
      // (what deminers and rescuers clear is no ground taken: "clearing mines from fields around X")
      { role: "patient", words: CLEARED_AWAY },
    ],
    actor: ["agent"],
    // (a holder named on what was taken lost it: "the Ukrainian-held village of X was taken")
    fallback: ["not-cleared", "speaker", "not-patient"],
    place: ["patient", "listed", "pp:of|over", "anaphor"],
  },
  {
    // "occupied" is what the other side does: no side says it of its own gains (Moscow says "liberated")
    type: "control_change",
    name: "occupy",
    partial: "advance",
    lasting: true,
    verbs: /^(occupy)$/,
    actor: ["agent"],
    fallback: ["not-speaker", "RU"],
    place: ["patient", "listed", "pp:of|over", "anaphor"],
  },
  {
    // an occupation announced complete is a place taken: "reported to Putin about the complete occupation of X"
    // (the noun alone is as often the state that lasts: "during the occupation of X")
    type: "control_change",
    name: "occupation-complete",
    partial: "advance",
    verbs: /^(occupation)$/,
    nominal: true,
    asserted: ASSERTING,
    needs: { role: "subject", words: /\b(?:complete|full|total|entire)\b/i },
    actor: ["agent"],
    // (who announces the occupation complete is the one who completed it, in the words of the outlet that reports it)
    fallback: ["speaker", "RU"],
    place: ["pp:of", "anaphor"],
  },
  {
    // verbs of retaking: a Russian official's "liberated" is a Russian gain, so the speaker comes before the default
    type: "control_change",
    name: "retake",
    partial: "advance",
    verbs: new RegExp(
      String.raw`^(liberate|liberation|recapture|retake|regain|reclaim|free|freed|win back|` +
        String.raw`take back|de-occupy|deoccupy|restore)$`,
    ),
    nominal: true,
    asserted: ASSERTING,
    unless: { role: "patient", words: SKIES },
    actor: ["agent"],
    fallback: ["speaker", "house", "UA"],
    place: ["patient", "listed", "pp:of|over", "anaphor"],
  },
  {
    // "X was lost, the governor admitted", "Ukraine lost X", "X has been lost to the enemy": the loser is the subject
    // of the active verb, else the one who admits it; the gainer the to-phrase, else the other side
    type: "control_change",
    name: "lose-place",
    partial: "advance",
    // (and its noun, confirmed or admitted: "Kyiv confirms the loss of X"; ceding a place is losing it to the
    // one named: "ceded the town to Russia")
    verbs: /^(lose|loss|cede)$/,
    nominal: true,
    asserted: ASSERTING,
    unless: [
      { role: "patient", words: NOT_A_PLACE_LOST },
      { role: "pp:of", words: NOT_A_PLACE_LOST },
    ],
    actor: ["pp:to"],
    // (who withdrew, said in the sentence, before who says it: the speaker may be the gainer)
    fallback: ["not-agent", "not-retreating", "not-speaker"],
    // ("pulled out of X, and the village is now lost": the village named before)
    place: ["patient", "listed", "pp:of", "anaphor"],
  },
  {
    // "Ukraine has lost control of X": the loser is the subject, the gainer the other side (control of the air or of
    // a situation is no ground: only a place in the of-phrase counts)
    type: "control_change",
    name: "lose-control",
    partial: "advance",
    voice: "active",
    verbs: /^(lose)$/,
    needs: { role: "patient", words: /^(?:(?:full|complete|effective)\s+)?control\b/i },
    unless: [
      { role: "patient", words: SKIES },
      { role: "pp:of|over", words: NOT_GROUND_OF },
    ],
    actor: ["pp:to"],
    fallback: ["not-agent", "not-speaker"],
    place: ["patient", "pp:of|over"],
  },
  {
    // "Moscow declared victory in X", "Wagner claimed victory over Y": a victory in a place claimed is its capture
    type: "control_change",
    name: "victory-in",
    verbs: /^(declare|claim|announce|proclaim)$/,
    needs: { role: "patient", words: /^(?:(?:a|its|their|full|complete|final)\s+)*victory\b/i },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "pp:in|over|at"],
  },
  {
    type: "control_change",
    name: "fall-to",
    partial: "advance",
    voice: "active",
    // (with nobody named, a place "fell" is the speaker's loss: "Vuhledar fell, Ukrainian officials acknowledged")
    verbs: /^(fall)$/,
    actor: ["pp:to|into|under"],
    fallback: ["previous", "not-retreating", "not-speaker"],
    place: ["subject"],
  },
  {
    // "came under the control of Russian forces", "passed into Ukrainian hands", "returned to Ukrainian control"
    type: "control_change",
    name: "come-under-control",
    voice: "active",
    verbs: /^(come|pass|go|return|fall)$/,
    needs: { role: "pp:under|into|to", words: /\b(control|hands)\b/i },
    actor: ["pp:of", "pp:under|into|to"],
    fallback: [],
    place: ["subject"],
  },
  {
    // "established full control over X", "claims 'full control' of Y": control gained over a place, by the subject
    // (a claim of it is the claimant's word: claim is a verb of saying)
    type: "control_change",
    name: "gain-control",
    partial: "advance",
    voice: "active",
    verbs: /^(establish|claim|gain|assume|take|seize|regain|restore|announce|declare)$/,
    // (the object may carry its of-phrase: "full control of X")
    needs: { role: "patient", words: /^(?:(?:full|complete|total|effective)\s+)?control\b/i },
    unless: [
      { role: "patient", words: SKIES },
      { role: "sentence", words: BUSINESS },
    ],
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["pp:of|over", "patient", "listed"],
  },
  {
    // "X is now back under Ukrainian control": a state that says it changed ("back", "now", "again"); a bare
    // "X is under Russian control" only describes, and is no event
    type: "control_change",
    name: "back-under-control",
    voice: "active",
    // ("are back under", "came back under": "back" may be read as the verb's particle)
    verbs: /^(be|be back|come back|come)$/,
    needs: {
      role: "sentence",
      // (or the adverb after it: "X is under Ukrainian control again")
      // (the words may be quoted: "is now 'under the full control' of …")
      words: new RegExp(
        // (of control: "again came under Russian attack" is fire, not a holder)
        // (or that it is complete: "the town was fully under Russian control", announced as the taking's end)
        // ("not yet fully under" says it is not)
        String.raw`\b(?:back|now|again|once more|(?<!\bnot\s(?:yet\s)?)(?:fully|completely|entirely|totally))\s+` +
          String.raw`['"‘“]?(?:\w+\s+)?(?:under|in)\s+` +
          String.raw`['"‘“]?(?:[\w'’-]+\s+){0,3}?` +
          String.raw`(?:control|hands|occupation|rule)\b|` +
          String.raw`\bcontrol['"’”]?\s+(?:again|once more)\b`,
        "i",
      ),
    },
    actor: ["pp:of", "pp:under|into|to|in"],
    fallback: [],
    // ("the village is back under …": the place named before)
    place: ["subject", "anaphor"],
  },
  NOW_IN,
  IN_PART_OF,
  {
    // "there are Russian soldiers in X now", "there are now Ukrainian troops in Y": the existential says it as well
    ...NOW_IN,
    name: "there-now-in",
    needs: { role: "subject", words: /^there$/i },
    // (the grammar gives no object past an adverb, "there are now troops in Y": the clause holds them then)
    also: {
      role: "clause",
      words: new RegExp(String.raw`\bthere\s+(?:are|is)\s+(?:now\s+)?[^.;]{0,40}?${FORCES.source}`, "i"),
    },
    unless: [
      { role: "object", words: NOT_FORCES },
      // (a presence said to be new: "now")
      { role: "clause", words: /^(?![^.;]*\b(?:now|already)\b)/i },
    ],
    actor: ["object", "clause"],
  },
  {
    // "the Russians are in full control of X", "Ukraine has complete control over Y": a hold said to be whole is
    // the claim that the taking is done (a bare "in control of" describes)
    type: "control_change",
    name: "in-full-control",
    voice: "active",
    verbs: /^(be|have|remain)$/,
    needs: { role: ["pp:in", "patient"], words: /^(?:in\s+)?(?:full|complete|total)\s+control\b/i },
    unless: { role: "pp:of|over", words: NOT_GROUND_OF },
    actor: ["subject"],
    fallback: ["speaker"],
    place: ["pp:of|over", "pp:in", "patient"],
  },
  // "Ukrainian troops are back in X": forces back in a place have retaken it (in part of it, advanced)
  {
    ...NOW_IN,
    name: "back-in",
    verbs: /^(be|be back|come back|get back|go back)$/,
    also: { role: "sentence", words: /\bback\s+(?:in|inside|into)\b/i },
    place: ["pp:in|inside|into"],
  },
  {
    // "Russian forces likely now control X", "Ukraine already holds Y": a hold said to be new (a share of a country
    // or a region held is a standing tally, not a change)
    type: "control_change",
    name: "now-control",
    partial: "advance",
    voice: "active",
    verbs: /^(control|hold|occupy)$/,
    needs: { role: "sentence", words: /\b(?:now|already)\s+(?:fully\s+|effectively\s+)?(?:control|hold|occupy)\b/i },
    // (nor a part held, which is the hold-part frame's advance: "now control roughly half of X")
    unless: {
      role: "patient",
      words: /%|\b(?:per ?cent|territor(?:y|ies)|regions?|oblasts?|half|parts?|most|much|some|thirds?|quarters?)\b/i,
    },
    actor: ["subject"],
    fallback: [],
    place: ["patient", "listed"],
  },
  {
    // "X has been under occupation since Tuesday": an occupation that began days ago is a change of hands that day
    // (since a year or a month long past, a lasting state and no event); in this war the occupier is Russia
    type: "control_change",
    name: "under-occupation-since",
    voice: "active",
    verbs: /^(be|remain)$/,
    needs: { role: "pp:under", words: /\boccupation\b/i },
    also: { role: "pp:since", words: /\w/ },
    lasting: true,
    actor: [],
    fallback: ["RU"],
    place: ["subject"],
  },
  {
    // "X has been returned to Ukraine", "the village was returned to Russian control": a place handed back to a
    // country is that country's gain (people returned are none: the subject must be the place)
    type: "control_change",
    name: "returned-to",
    verbs: /^(return)$/,
    needs: { role: "pp:to", words: /^(?:to\s+)?(?:the\s+)?(?:Ukraine|Russia|Ukrainian|Russian)\b/i },
    unless: [
      { role: "subject", words: PEOPLE },
      {
        role: "subject",
        words: /\b(?:famil(?:y|ies)|refugees|evacuees|prisoners|POWs|bodies|remains|grain|exports)\b/i,
      },
    ],
    actor: ["pp:to"],
    // (the country is the gainer here, not a place: "to Ukraine" names the side)
    owner: (w) => (/\bUkrain/i.test(w) ? "UA" : /\bRussia/i.test(w) ? "RU" : null),
    ownerFirst: true,
    fallback: [],
    place: ["subject"],
  },
  {
    // "mopping-up operations have been completed in X", "finished clearing Y": a sweep finished is a place taken,
    // by whoever swept it or says so
    type: "control_change",
    name: "sweep-completed",
    verbs: /^(complete|finish|conclude|end)$/,
    needs: { role: "clause", words: /\b(?:mopping[- ]up|mop[- ]up|clearing|clean[- ]?up|sweep)\b/i },
    unless: { role: "sentence", words: /\b(?:mines?|demining|debris|rubble|snow)\b/i },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["pp:in|of|at", "patient", "subject"],
  },
  {
    // "Ukrainian forces drove the Russians out of X": the driver gains X
    type: "control_change",
    name: "drive-out",
    // (out of part of a place: "ousted them from the eastern streets of X" is ground gained in X)
    partial: "advance",
    voice: "active",
    verbs: DRIVE_OUT,
    transitive: true,
    // (people driven from their homes are no forces driven out: "shelling has driven most residents out of X"; the
    // enemy thrown back from a place was held off it, not driven out of it: `DRIVE_BACK`)
    unless: [
      { role: "patient", words: CIVILIANS },
      { role: "pp:from", words: /^back\b/i },
      // (nor is a line moved away from a place: "push the front line farther from the city of X")
      { role: "patient", words: /^(?:the|our|their|its)\s+(?:front(?:\s+line)?|frontline|line|lines)\b/i },
    ],
    // (or the town named before: "drove the last Russian units out of the town")
    needs: { role: "pp:out of|from|of", words: /\p{Lu}|\b(?:town|city|village|settlement)\b/u },
    actor: ["agent"],
    fallback: ["not-patient", "speaker"],
    place: ["pp:out of|from|of", "anaphor"],
  },
  {
    // "drove them out of two tree lines near X", "knocked the enemy out of positions south of Y": ground short of the
    // place, gained near it
    type: "advance",
    name: "drive-out-positions",
    near: true,
    voice: "active",
    verbs: DRIVE_OUT,
    transitive: true,
    unless: { role: "patient", words: CIVILIANS },
    // (or out of a site inside a town: "knocked the occupiers out of the aggregate plant in X")
    needs: { role: "pp:out of|from", words: new RegExp(`${SHORT_OF_A_PLACE.source}|${SITE_IN_TOWN.source}`, "i") },
    actor: ["agent"],
    fallback: ["not-patient", "speaker"],
    place: ["pp:near|around|outside|in|at|of", "pp:out of|from"],
  },
  {
    // "continue to mop up X", "are combing Y": a sweep under way is fighting inside the place, ground gained in it
    type: "advance",
    name: "mop-up",
    voice: "active",
    verbs: /^(mop up|comb)$/,
    transitive: true,
    needs: { role: "patient", words: /\p{Lu}|\b(?:town|city|village|settlement)\b/u },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "anaphor"],
  },
  DRIVE_BACK,
  // ("pushed the enemy back near X": held off at a place, the place is where the pushing was)
  { ...DRIVE_BACK, name: "drive-back-near", needs: { role: "pp:near|around|outside|at", words: /\p{Lu}/u } },
  { ...DRIVE_BACK, name: "drive-back-from", verbs: DRIVE_OUT, needs: { role: "pp:from", words: /^back from\b/i } },
  DROVE_OUT,
  // (a bare verb names the place it drove from, never one before: "the man who was driving it" drove no one out)
  { ...DROVE_OUT, name: "drove-from", verbs: DRIVE_BARE, place: ["pp:out of|from|of"] },
  {
    // "Russian units were pushed out of X": the ones driven out withdraw
    type: "withdrawal",
    name: "driven-out",
    voice: "passive",
    verbs: DRIVE_OUT,
    actor: ["patient"],
    fallback: ["not-agent"],
    place: ["pp:out of|from|of"],
  },
  {
    // "Ukrainian forces were pushed back from X", "the enemy was thrown back near Y": the ones pushed back give
    // ground there (an attack beaten back is no event: the attackers moved no one)
    type: "withdrawal",
    name: "driven-back",
    voice: "passive",
    verbs: DRIVE_BACK.verbs,
    needs: { role: "patient", words: FORCES },
    actor: ["patient"],
    fallback: ["not-agent"],
    place: ["pp:from|near|around|outside"],
  },
  {
    type: "control_change",
    name: "flag",
    partial: "advance",
    seat: true,
    verbs: /^(raise|hoist|plant|install|fly|put up)$/,
    needs: { role: "patient", words: /\bflags?\b/i },
    // (a flag civilians raise marks a day, not a change of hands: "residents raised a giant flag in central X")
    unless: { role: "agent", words: CIVILIANS },
    // (whose flag it is names the side when no one is named raising it: "the Russian flag was raised over X")
    actor: ["agent", "patient"],
    fallback: ["not-driven", "speaker"],
    // (over the council building in X: the office's place is where the flag went up)
    office: true,
    // ("raised the flag over the town": the town named before)
    place: ["pp:over|above|in|on|at", "patient", "anaphor"],
  },
  {
    // a hold kept against the other side's word: "contrary to Moscow's statements, X remains under Ukrainian
    // control", "despite Russian claims, Y is still held by Ukrainian marines": the claim of a capture, denied
    type: "control_change",
    name: "held-contrary",
    status: "denied",
    verbs: /^(remain|stay|be|hold|control|keep)$/,
    needs: { role: "sentence", words: CONTRARY },
    actor: ["sentence"],
    ownerFirst: true,
    owner: (w) => {
      const who = CONTRARY.exec(w)?.[1] ?? "";
      return /Moscow|Russia|Kremlin/i.test(who) ? "RU" : /Kyiv|Ukrain/i.test(who) ? "UA" : null;
    },
    fallback: [],
    place: ["subject"],
  },
  {
    // a map updated: "DeepState marked X as occupied", "the ministry listed Y as liberated", "the map now shows Z as
    // Russian-controlled" (the state names the gainer; "liberated" is the mapper's own side)
    type: "control_change",
    name: "marked-as",
    partial: "advance",
    verbs: /^(mark|list|show|designate|colou?r|shade|paint|depict|classify|update|change|move)$/,
    needs: { role: "sentence", words: MARKED_AS },
    actor: ["sentence"],
    ownerFirst: true,
    owner: (w) => {
      const state = MARKED_AS.exec(w)?.[1] ?? "";
      return /occupied|Russian/i.test(state) ? "RU" : /Ukrainian/i.test(state) ? "UA" : null;
    },
    fallback: ["speaker"],
    // (the object first: a by-phrase of the state, "as occupied by Russian forces", may pass for the map's own)
    place: ["object", "patient"],
  },
  {
    // "the yellow-and-blue flag is flying over X again": a flag that flies marks who holds the place
    type: "control_change",
    name: "flag-flies",
    partial: "advance",
    voice: "active",
    verbs: /^(fly|wave|flutter|hang|fly again)$/,
    needs: { role: "subject", words: /\b(flags?|tricolou?r|banner)\b/i },
    // ("the flag still flies over X": a state kept, not a change)
    unless: { role: "sentence", words: /\bstill\s+(?:flies|flying|flew|hangs|hanging|waves|waving)\b/i },
    actor: ["subject"],
    fallback: [],
    office: true,
    place: ["pp:over|above|in|on|at"],
  },
  {
    // "Ukrainian forces now control about half of X", "Russian forces hold 70 percent of X": ground held, not a place
    type: "advance",
    name: "hold-part",
    partial: "advance",
    verbs: /^(control|hold|occupy)$/,
    needs: {
      role: "patient",
      words: /\b(half|part|parts|percent|per cent|%|outskirts|district|districts|streets?|centre|center|most)\b/i,
    },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "pp:of|in", "anaphor"],
  },
  // "entered X" reports the advance into X, and is read as its capture too unless only part of X is entered
  // (the control layer decides what a lone entry is worth)
  ENTER,
  { ...ENTER, type: "advance", name: "entered", partial: undefined, notDenied: undefined },
  // ("got into X through the gardens", "made their way into Y": forces inside a place have gained ground there)
  {
    ...ENTER,
    type: "advance",
    name: "got-into",
    partial: undefined,
    notDenied: undefined,
    verbs: /^(get|make|find|work)$/,
    place: ["pp:into"],
  },
  // ("walked into X", "columns rolled into Y", "drove into the town": forces that go into a place by a plain verb of
  // going have entered it, read as "entered" is; stealthy ways in, "slipped into", "infiltrated", only gain ground)
  {
    ...ENTER,
    name: "go-into",
    verbs: /^(walk|come|go|march|roll|drive|ride)$/,
    needs: { role: "subject", words: FORCES },
    unless: { role: "subject", words: NOT_FORCES },
    actor: ["subject"],
    place: ["pp:into"],
  },
  // "the invaders stormed X", "assaulted the village": an assault on a place, not its fall
  { ...ENTER, type: "advance", name: "stormed", partial: undefined, notDenied: undefined, verbs: /^(storm|assault)$/ },
  {
    // "gained a foothold in X", "established positions in X", "secured a bridgehead near X": ground held where it
    // was not (holding positions is no gain)
    type: "advance",
    name: "foothold",
    near: true,
    verbs: /^(establish|secure|consolidate|set up|gain|win|expand|widen|dig in)$/,
    needs: { role: "patient", words: /\b(foothold|bridgehead|positions?|presence|beachhead)\b/i },
    actor: ["agent"],
    fallback: ["previous"],
    place: ["pp:in|on|near|around|outside|at|across", "patient"],
  },
  {
    // "crossed the river near X", "forced the Dnipro at Y": a water line crossed is ground gained beyond it
    type: "advance",
    name: "cross",
    near: true,
    voice: "active",
    verbs: /^(cross|force|ford)$/,
    needs: {
      role: "patient",
      words: /\b(river|Dnipro|Dnieper|Donets|Oskil|Zherebets|Vovcha|Siverskyi|canal|reservoir|estuary)\b/i,
    },
    actor: ["agent"],
    fallback: ["previous"],
    place: ["pp:near|at|around|outside|in|by|close to", "anaphor"],
  },
  {
    // "troops crossed the border near X", "a sabotage group tried to cross the border at Y": forces over the border
    // are an incursion, ground entered (not people fleeing over it: the crossers must be forces)
    type: "advance",
    name: "cross-border",
    near: true,
    voice: "active",
    verbs: /^(cross|breach|violate)$/,
    needs: { role: "patient", words: /\b(?:border|frontier)\b/i },
    also: { role: "subject", words: FORCES },
    unless: { role: "subject", words: NOT_FORCES },
    actor: ["agent"],
    fallback: ["previous"],
    place: ["pp:near|at|around|outside|in|by|close to|into", "anaphor"],
  },
  {
    // "took up more advantageous lines near X", "improved their tactical position near Y", "improved the tactical
    // situation near Z" (the Russian command's words for ground gained)
    type: "advance",
    name: "better-lines",
    near: true,
    voice: "active",
    verbs: /^(take up|occupy|take|improve|reach)$/,
    // (the sentence's words: the grammar may miss an object opened by "more")
    needs: {
      role: "sentence",
      words: new RegExp(
        String.raw`\b(?:more\s+)?(?:advantageous|favou?rable|better)\s+(?:lines?|positions?|frontiers?)\b|` +
          String.raw`\btactical (?:position|situation)\b|\bimprov\w*\s+(?:their|its|our|` +
          String.raw`the)\s+(?:[\w-]+\s+)?positions?\b`,
        "i",
      ),
    },
    actor: ["agent"],
    fallback: ["previous", "speaker"],
    place: ["pp:near|at|around|outside|in|on|close to", "conjoined", "anaphor"],
  },
  {
    // "achieved partial success near X", "had success south of Y" (the Ukrainian command's words for ground gained)
    type: "advance",
    name: "success",
    near: true,
    voice: "active",
    // ("the General Staff reported partial success near X": a command reports its own)
    verbs: /^(achieve|have|score|register|record|gain|report)$/,
    needs: { role: "patient", words: /^(?:(?:some|partial|local|tactical|further|new)\s+)*success(?:es)?\b/i },
    // (success at something is no ground: "had success in attracting investment")
    unless: { role: "pp:in|at|with", words: /^(?:in|at|with)\s+(?:\w+ing|the\s+(?:talks|negotiations|elections?))\b/i },
    actor: ["agent"],
    fallback: ["previous", "speaker"],
    place: ["pp:near|at|around|outside|in|on|close to", "patient", "conjoined", "anaphor"],
  },
  {
    // "moved into the city", "marched into X", "pressing ahead … near X", "pushing towards X"; verbs of a slow pace
    // too: "edging closer to X", "inching towards Y"
    type: "advance",
    name: "move-into",
    near: true,
    voice: "active",
    verbs: /^(move|march|roll|push|drive|press|press ahead|press on|sweep|pour|edge|inch)$/,
    needs: { role: "sentence", words: /\b(into|ahead|forward|deeper|towards?|closer)\b/i },
    actor: ["agent"],
    fallback: ["previous"],
    place: ["pp:into|near|toward|towards|on|closer to", "anaphor"],
  },
  {
    // "Russia claims advance toward X", "Ukraine reported gains near Y": ground gained, named as a noun that a verb of
    // claiming or reporting takes (its gainer the by-phrase, else whoever claims it)
    type: "advance",
    name: "gains-claimed",
    near: true,
    voice: "active",
    verbs: /^(claim|report|announce|confirm|record|register|acknowledge|admit)$/,
    needs: {
      role: "patient",
      words: new RegExp(
        String.raw`^(?:(?:an?|new|further|some|small|minor|marginal|significant|tactical|more|Russian|Ukrainian|` +
          String.raw`enemy|its|their|our)\s+)*(?:advances?|gains|progress)\b`,
        "i",
      ),
    },
    actor: ["pp:by", "patient", "agent"],
    fallback: ["speaker"],
    place: ["pp:near|toward|towards|in|around|outside|on|into|at", "patient"],
  },
  {
    // "Russian soldiers walked into the village", "they got into X through the gardens", "the orcs came into Y":
    // forces that come into a place by any way of going have gained ground in it (only into a place, and only
    // forces: "came into force", "people came into the street" are none)
    type: "advance",
    name: "come-into",
    voice: "active",
    verbs: /^(walk|come|get|slip|sneak|creep|ride|stroll|wander|run|crawl|seep|trickle|filter|infiltrate)$/,
    needs: { role: "subject", words: FORCES },
    unless: { role: "subject", words: NOT_FORCES },
    actor: ["subject"],
    fallback: [],
    place: ["pp:into", "anaphor"],
  },
  // (an attack repelled, "repelled 14 enemy attacks near X", "the assaults were repulsed", is no advance of the
  // attacker's and no change of hands: no frame reads one; the gold sets code none, and three sets written blind at
  // session 40 forbid one)
  // ---- territory_claim: a side says how much ground it took ------------------------------------------------------
  {
    // "liberated more than 30 settlements in the Kharkiv region", "captured three villages", "the liberation of
    // 3,000 square kilometres": the taker is the agent, else whoever says it; the region is that of the places the
    // sentence names, else the country
    type: "territory_claim",
    name: "count-taken",
    counted: true,
    near: true,
    nominal: true,
    asserted: ASSERTING,
    // ("502 settlements have been returned under Ukrainian control": given back to the side that held them)
    verbs: new RegExp(
      String.raw`^(liberate|liberation|capture|take|retake|recapture|seize|regain|free|occupy|take control|reclaim|` +
        String.raw`de-occupy|return|take back|win back|bring back)$`,
    ),
    needs: {
      role: "patient",
      words: new RegExp(
        String.raw`\b(?:\d[\d,.]*|${CARDINAL}|dozens of|hundreds of|several)\s+(?:more\s+|other\s+|new\s+|small\s+)?` +
          String.raw`(?:settlements|villages|localities|towns|communities|` +
          String.raw`square (?:kilomet(?:er|re)s|miles)|sq\.? ?km|km2|km²)`,
        "i",
      ),
    },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "pp:in|across|of", "pp:around|near|outside", "sentence", "country"],
    quantity: { role: "patient", unit: areaOrPlaces },
  },
  {
    // "X is ours", "Y is now ours": a speaker's word for a place taken, said for the speaker's side (a quoted
    // boast of soldiers and war correspondents)
    type: "control_change",
    name: "is-ours",
    voice: "active",
    verbs: /^be$/,
    needs: { role: "clause", words: /\b(?:is|are)\s+(?:now\s+|again\s+|already\s+|finally\s+|once again\s+)?ours\b/i },
    // (a region or a country said to be ours is a slogan: "Crimea is ours")
    unless: { role: "subject", words: /\b(?:Crimea|Donbas+|regions?|oblasts?|Ukraine|Russia|victory|future|truth)\b/i },
    actor: [],
    fallback: ["speaker"],
    place: ["subject"],
  },
  // ---- withdrawal: a side leaves a place -----------------------------------------------------------------------
  WITHDRAW,
  // (a withdrawal ordered, prepared or planned is one intended: "troops were ordered to pull out of X", "are
  // preparing to pull out of Y")
  { ...WITHDRAW, name: "withdraw-planned", intent: true },
  {
    // "Ukrainian marines no longer hold positions in X", "Russian troops no longer control Y", "our troops are no
    // longer in Z": a hold or a presence that ended
    type: "withdrawal",
    name: "no-longer-hold",
    noLonger: true,
    voice: "active",
    verbs: /^(hold|control|occupy|man|keep|defend|remain|stay|be present|be|leave)$/,
    needs: { role: "subject", words: FORCES },
    actor: ["subject"],
    fallback: ["speaker"],
    place: ["patient", "pp:in|at|inside|on", "anaphor"],
  },
  {
    // "there are no more Russian soldiers in X", "there are no Ukrainian troops left in Y": a presence that ended,
    // said of the forces as the object of being
    type: "withdrawal",
    name: "none-left",
    noLonger: true,
    voice: "active",
    verbs: /^(be|leave)$/,
    needs: { role: "patient", words: FORCES },
    actor: ["patient"],
    fallback: [],
    place: ["pp:in|at|inside"],
  },
  {
    // "units have moved to new frontiers west of A and B", "relocated to more defensible positions"
    // (and the command's noun for it, carried out: "carried out a regrouping to positions east of the village")
    type: "withdrawal",
    name: "reposition",
    beyond: true,
    verbs: /^(move|relocate|redeploy|regroup|fall back|regrouping)$/,
    nominal: true,
    asserted: /^(carry out|conduct|complete|perform|announce|report|confirm)$/,
    needs: { role: "pp:to", words: /\b(positions|frontiers|lines|line|defensive|defensible|prepared|protected)\b/i },
    actor: ["subject", "agent"],
    fallback: ["speaker"],
    // ("to positions west of the village": the village named before; "the unit defending X moved to …": X; a
    // locative fronted, "near X, our units moved to …"; the area the move was made in, "moved to more advantageous
    // positions in the areas of A and B", "… near C")
    place: ["pp:from|out of", "pp:to", "pp:near|in|around|close to", "held", "front", "anaphor"],
  },
  {
    // "levelled the front line near X", "straightened the line of defence": the command's word for giving up a
    // salient, whichever side says it
    type: "withdrawal",
    name: "level-line",
    near: true,
    voice: "active",
    verbs: /^(level|straighten|even out|align|shorten)$/,
    // ("the line of contact": the grammar may leave the of-phrase outside the object)
    needs: { role: "patient", words: /\b(?:front[- ]?line|front|lines?)\b/i },
    actor: ["subject"],
    fallback: ["speaker"],
    place: ["pp:near|at|around|outside|in|by|close to|on", "anaphor"],
  },
  {
    // "ordered the troops out of X", "took its units out of Y": a commander who moves forces out of a place
    type: "withdrawal",
    name: "ordered-out",
    voice: "active",
    verbs: /^(order|bring|take|get|lead|send)$/,
    needs: { role: "patient", words: FORCES },
    also: { role: "pp:out of", words: /\S/ },
    actor: ["patient", "agent"],
    fallback: ["speaker"],
    // ("ordered its units out of the town": the town named before)
    place: ["pp:out of", "anaphor"],
  },
  {
    // "regrouped the troops stationed near A and B": the command's word for leaving a place (the troops moved are
    // the side that leaves; "regroup and come back" with no troops moved is no leaving; troops redeployed are
    // moved to a place more often than out of one, and are read only with a from-phrase)
    type: "withdrawal",
    name: "regroup-from",
    near: true,
    verbs: /^(regroup)$/,
    needs: { role: "patient", words: FORCES },
    // (regrouping for an attack is its preparation: "regrouping its forces near X for a new push")
    unless: {
      role: "sentence",
      words: /\bfor (?:an?|the) (?:new |fresh |renewed )?(?:push|offensive|assault|attack)\b|\bto (?:attack|storm)\b/i,
    },
    actor: ["patient", "agent"],
    fallback: ["speaker"],
    place: ["pp:from|out of", "pp:near|in|around|outside|at", "held"],
  },
  {
    type: "withdrawal",
    name: "redeploy-from",
    verbs: /^(redeploy|relocate|reposition|redeployment|relocation)$/,
    nominal: true,
    asserted: ASSERTING,
    needs: { role: "patient", words: FORCES },
    actor: ["patient", "agent"],
    fallback: ["speaker"],
    // ("from the right bank, including the city of X": the places the from-phrase lists)
    place: ["pp:from|out of", "listed"],
  },
  {
    // "the garrison was evacuated from X", "units were evacuated out of Y": troops taken out of a place withdraw
    // (people evacuated are civilians: FORCES only)
    type: "withdrawal",
    name: "evacuated-forces",
    voice: "passive",
    verbs: /^(evacuate)$/,
    needs: { role: "patient", words: FORCES },
    actor: ["patient"],
    fallback: ["speaker"],
    place: ["pp:from|out of"],
  },
  FLEE,
  // (and intended, as a withdrawal is: "troops have been ordered to leave X", "are preparing to abandon Y")
  { ...FLEE, name: "flee-planned", intent: true },
  // ---- advance: ground gained, not a whole place ---------------------------------------------------------------
  {
    type: "advance",
    name: "advance",
    near: true,
    verbs: new RegExp(
      String.raw`^(advance|push forward|push on|push|move forward|break through|break|burst|` +
        String.raw`breach|close in|press on|wedge in|wedge|gain|make|reach|approach|penetrate|` +
        String.raw`infiltrate)$`,
    ),
    needs: {
      role: "sentence",
      words: new RegExp(
        String.raw`\b(advanc\w*|forward|through|into|ground|gain\w*|progress|reach\w*|approach\w*|outskirts|` +
          String.raw`closer|deeper|breach\w*|closing|wedg\w*|foothold|penetrat\w*|infiltrat\w*|beyond)\b`,
        "i",
      ),
    },
    // (nor what flies: "drones approaching the capital were shot down" gain no ground)
    unless: [
      { role: "agent", words: TRAVELLERS },
      { role: "agent", words: /\b(?:missiles?|rockets?|drones?|UAVs?|Shaheds?|aircraft|helicopters?|jets?|planes?)$/i },
    ],
    actor: ["agent"],
    // (ground gained with no one named is the speaker's side's: "Ground has been gained near X," the spokesman said)
    fallback: ["previous", "speaker"],
    // (and ground past a place: "pushed 2 km beyond X")
    place: [
      "patient",
      "listed",
      // (a push's goal names where it presses, before where it starts: "advancing south of X toward Y", "from X
      // in the direction of Y")
      "pp:toward|towards|in the direction of",
      "pp:in|into|near|to|on|at|around|outside|of|closer to|within|beyond",
      // (or a locative fronted before the clause: "near X, Russian troops managed to advance slightly")
      "front",
      "anaphor",
    ],
    quantity: { role: "patient", unit: distanceOf },
  },
  {
    // "captured Russian positions near X", "took two strongpoints south of Y", "regained trenches near Z": ground
    // short of a settlement, taken near one, is an advance there
    type: "advance",
    name: "take-positions",
    near: true,
    verbs: /^(capture|seize|take|take over|retake|recapture|regain|occupy|storm|win back|take back|clear|liberate)$/,
    needs: { role: "patient", words: SHORT_OF_A_PLACE },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "pp:near|in|at|around|outside|on|in the area of|of|along", "front", "anaphor"],
  },
  {
    // "attacked Ukrainian positions near X with infantry and armour", "assault groups attacked X from the south":
    // an attack made on the ground presses on the place, an advance there (beaten back, none: refiners.ts)
    ...GROUND_ASSAULT,
    name: "ground-attack",
    verbs: /^(attack)$/,
    needs: { role: [...GROUND_ROLES, "patient"], words: new RegExp(`${GROUND_MEANS.source}|${GROUND_AT.source}`, "i") },
  },
  // "counterattacked near X": a verb of a ground assault alone (a drone does not counterattack)
  { ...GROUND_ASSAULT, name: "counterattacked", verbs: /^(counterattack|counter-attack)$/ },
  {
    // "Russian units are fighting in the centre of X", "troops are fighting on the outskirts of Y": forces that
    // fight inside a part of a place have reached it, an advance, as "fighting for X" is (a place's whole is not
    // enough: its defenders fight in it too)
    type: "advance",
    name: "fight-in-part",
    near: true,
    voice: "active",
    verbs: /^(fight|battle|clash)$/,
    needs: { role: "subject", words: FORCES },
    also: { role: "pp:in|on|inside|within", words: PART_WORDS },
    actor: ["subject"],
    fallback: [],
    place: ["pp:in|on|inside|within"],
  },
  {
    // "launched an assault on positions near X", "mounted a counterattack near Y": an assault begun is an advance
    type: "advance",
    name: "launch-assault",
    near: true,
    verbs: /^(launch|mount|begin|start|stage|conduct|carry out|undertake)$/,
    needs: {
      role: "patient",
      words: new RegExp(
        String.raw`\b(?:assaults?|offensives?|counter-?attacks?|counter-?offensives?|` +
          String.raw`ground (?:attacks?|operations?)|storming)\b`,
        "i",
      ),
    },
    unless: { role: "patient", words: ATTACK },
    actor: ["agent"],
    fallback: ["previous", "speaker"],
    place: ["pp:on|near|in|at|against|around|outside|toward|towards|in the direction of", "listed", "front", "anaphor"],
  },
  {
    // "footage shows Russian troops in the centre of X", "drones spotted Ukrainian soldiers on the outskirts of Y":
    // forces seen in part of a place have gained ground there (seen in the whole place, they may only hold it)
    type: "advance",
    name: "seen-in-part",
    verbs: /^(show|depict|film|spot|see|capture|record|observe)$/,
    needs: { role: "pp:in|on|at", words: SEEN_PART },
    unless: { role: "patient", words: /^(?:the\s+)?(?:bodies|remains|graves?)\b/i },
    actor: ["patient"],
    fallback: [],
    place: ["pp:in|on|at"],
  },
  // ---- outage: power, water, gas or heat cut in a place ------------------------------------------------------------
  {
    // "water supply to X has been cut", "gas supplies to X were interrupted", "knocked out power in X"
    type: "outage",
    name: "supply-cut",
    sideOptional: true,
    verbs: /^(cut|cut off|interrupt|disrupt|suspend|knock out|shut off|shut down|switch off|turn off)$/,
    needs: { role: "patient", words: UTILITY },
    actor: [],
    fallback: [],
    // (a participle's town is the one its clause hit: "struck a substation near X, cutting power to the town")
    place: ["pp:to|in|for|across|throughout", "patient", "attached", "clause", "previous", "anaphor"],
    attributes: (w) => ({ utility: utilityOf(w), extent: null }),
  },
  {
    // "X lost power and water", "the city lost electricity": the place that loses a supply
    type: "outage",
    name: "lost-supply",
    sideOptional: true,
    voice: "active",
    verbs: /^(lose)$/,
    needs: { role: "patient", words: /^(?:its\s+|their\s+)?(?:electricity|power|water|gas|heating|heat|light)\b/i },
    actor: [],
    fallback: [],
    place: ["subject", "pp:in|across|throughout", "clause", "previous"],
    attributes: (w) => ({ utility: utilityOf(w), extent: /\bparts? of\b/i.test(w) ? "partial" : null }),
  },
  LEFT_WITHOUT,
  // "a strike on the plant left the city without power", "…, leaving 2,000 homes without light": what the deed left
  // without a supply; a participle's city is the one its clause hit
  // ("…, leaving 200,000 residents of the city without power": the city named before)
  {
    ...LEFT_WITHOUT,
    name: "leaves-without",
    voice: "active",
    place: ["patient", "attached", "clause", "previous", "anaphor"],
  },
  // ---- statement: a vow, plan or threat to take ground ------------------------------------------------------------
  {
    // "vowed to retake X", "we will take X", "plans to return Crimea", "promised that forces would liberate X": a
    // pledge about a place, not a change of hands (the control map never moves on one)
    ...PLEDGE,
    name: "pledge",
    verbs: new RegExp(
      String.raw`^(liberate|retake|recapture|regain|reclaim|return|take|take back|capture|seize|` +
        String.raw`free|de-occupy|deoccupy|win back)$`,
    ),
    place: ["patient", "listed", "pp:of"],
  },
  {
    // "pledged that Ukrainian flags would fly over X again": the flag promised is the place promised
    ...PLEDGE,
    name: "pledge-flag",
    verbs: /^(fly|raise|hoist|wave|fly again)$/,
    needs: { role: "clause", words: /\b(flags?|tricolou?r|banner)\b/i },
    actor: ["subject", "patient"],
    place: ["pp:over|above|in|on|at"],
  },
  {
    // "annexed four regions", "Russia's annexation of Crimea": a claim to land by decree, the annexer's statement
    type: "statement",
    name: "annex",
    verbs: /^(annex|annexation|incorporate|incorporation)$/,
    nominal: true,
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["patient", "listed", "pp:of|in"],
    attributes: () => ({ kind: "annexation" }),
  },
  {
    // "declared a general mobilisation in X", "introduced martial law in A and B", "announced a referendum in X":
    // a measure a side decrees over a territory
    type: "statement",
    name: "decree",
    verbs: /^(declare|announce|introduce|impose|order|proclaim|hold|schedule|organi[sz]e|extend)$/,
    needs: { role: "patient", words: /\b(mobili[sz]ation|martial law|referend(?:um|a)|evacuation|curfew)\b/i },
    actor: ["agent"],
    fallback: ["speaker"],
    office: true,
    place: ["pp:in|across|throughout|for|on", "patient", "office", "front"],
    attributes: (w) => ({
      kind: /mobili/i.test(w)
        ? "mobilisation"
        : /martial/i.test(w)
          ? "martial_law"
          : /referend/i.test(w)
            ? "referendum"
            : "decree",
    }),
  },
  {
    // "warned that it would strike X if …", "threatened to hit X": a threat of a strike is the threatener's statement
    ...PLEDGE,
    name: "threat",
    verbs: /^(strike|hit|attack|bomb|destroy|target|wipe out|raze)$/,
    place: ["patient", "pp:in|on|at"],
    attributes: () => ({ kind: "threat" }),
  },
  // ---- strike: a side hits a place -----------------------------------------------------------------------------
  {
    ...STRIKE,
    name: "strike",
    verbs: new RegExp(
      String.raw`^(strike|hit|shell|bomb|bombard|target|pound|fire|shoot|rain|raid|strike at|fire at|` +
        String.raw`strikes|shelling|bombardment|bombing|airstrike|airstrikes|slam|smash|blast|batter|` +
        String.raw`pummel|hammer|rock|drop|rain down|retaliate)$`,
    ),
    nominal: true,
    needs: { role: "sentence", words: ATTACK },
    // (kit that hits a mine is lost, not striking: "a tank hit a mine near X"; "hit a coal mine in X" is a strike)
    unless: [
      { role: "patient", words: VEHICLE },
      { role: "patient", words: /^(?:a|an|the)\s+(?:(?:anti-tank|land|Russian|Ukrainian)\s+)?mines?$/i },
    ],
    place: STRIKE_PLACE,
  },
  {
    // an attack is a strike unless it is made on the ground: "attacked X with drones" is fire, "attacked positions
    // near X with infantry and armour" an assault (the ground-attack frame's)
    ...STRIKE,
    name: "strike-attack",
    verbs: /^(attack|attacks)$/,
    nominal: true,
    needs: { role: "sentence", words: ATTACK },
    unless: [
      { role: "agent", words: CRITICS },
      ...GROUND_ROLES.map((role) => ({ role, words: GROUND_MEANS })),
      { role: "patient", words: GROUND_AT },
      { role: "patient", words: VEHICLE },
    ],
    place: STRIKE_PLACE,
  },
  {
    // ("assault groups attacked X under cover of drones": a weapon in the with-phrase makes it fire all the same)
    ...STRIKE,
    name: "attack-with-weapon",
    verbs: /^(attack)$/,
    needs: { role: "pp:with|using", words: WEAPON },
    place: STRIKE_PLACE,
  },
  {
    // "a missile crashed into a school in X", "a shell exploded near Y": a munition that lands strikes there; kit
    // that crashes or explodes by itself is a loss ("a helicopter crashed near X", "a howitzer exploded")
    ...STRIKE,
    name: "strike-lands",
    verbs: /^(crash|impact|land|explode)$/,
    nominal: true,
    needs: { role: "sentence", words: ATTACK },
    unless: { role: "subject", words: VEHICLE },
    place: [
      "patient",
      "pp:on|at|against|across|in|near|over|into|off",
      "host",
      "attached",
      "front",
      "office",
      "anaphor",
    ],
  },
  {
    // "shelled settlements from X to Y and Z": a range of places hit, named by its ends and what the list adds
    ...STRIKE,
    name: "strike-range",
    verbs: /^(strike|hit|shell|bomb|attack|target|pound|fire at)$/,
    needs: {
      role: "patient",
      words: /^(?:the\s+)?(?:[\w-]+\s+)?(?:settlements|towns|villages|cities|communities|regions|areas|positions)$/i,
    },
    place: ["pp:from|to"],
  },
  {
    // "missiles destroyed nine helicopters at airfields in X", "ATACMS were used, destroying …": what a weapon
    // destroys it strikes, where the destroyed stood
    ...STRIKE,
    name: "weapon-destroys",
    verbs: /^(destroy|wreck|knock out|take out|disable|obliterate)$/,
    needs: { role: "agent", words: WEAPON },
    place: ["pp:at|in|on|near|around|outside|close to", "front", "office"],
  },
  {
    // "forces destroyed an ammunition depot near X", "a command post in Y was destroyed": a site of war destroyed,
    // whoever did it, was struck (kit destroyed is a loss: the frames of losses read it)
    ...STRIKE,
    name: "destroy-site",
    verbs: /^(destroy|wreck|obliterate|raze|eliminate|wipe out|level)$/,
    needs: { role: "patient", words: SITE_WORDS },
    place: ["pp:at|in|on|near|around|outside|close to", "patient", "front", "office", "anaphor"],
  },
  {
    // "its forces destroyed a command post in X with an Iskander missile": what is destroyed with a weapon is struck
    ...STRIKE,
    name: "destroyed-with-weapon",
    voice: "active",
    verbs: /^(destroy|wreck|knock out|take out|disable|obliterate|hit)$/,
    needs: { role: "pp:with", words: WEAPON },
    place: ["pp:at|in|on|near|around|outside|close to", "front", "office"],
  },
  {
    // "the enemy covered the X community with artillery" (the Ukrainian press's word, translated): fire laid on a place
    ...STRIKE,
    name: "cover-with-fire",
    voice: "active",
    verbs: /^(cover)$/,
    needs: { role: "pp:with", words: ATTACK },
    place: ["patient", "front", "office"],
  },
  {
    // "drones set fire to an oil depot in X", "shelling set ablaze a market in Y": a fire set by a weapon is a strike
    ...STRIKE,
    name: "set-fire",
    verbs: /^(set|set on)$/,
    // (set by a weapon: "protesters set fire to a car" is no strike)
    needs: { role: "agent", words: WEAPON },
    unless: { role: "patient", words: /^(?!(?:fire|ablaze|alight)\b)/i },
    place: ["pp:to|in|at|near|on", "front", "office"],
  },
  {
    // "drones set an oil depot in X on fire", "set the refinery alight": the thing set alight is the object
    ...STRIKE,
    name: "set-on-fire",
    verbs: /^set$/,
    needs: { role: "clause", words: SET_ALIGHT },
    // (set by a weapon: "protesters set a car on fire" is no strike; kit set alight is a loss, its own frame)
    unless: [
      { role: "agent", words: new RegExp(`^(?![\\s\\S]*(?:${WEAPON.source}))`, "i") },
      { role: "patient", words: VEHICLE },
    ],
    place: ["patient", "pp:in|at|near", "front", "office"],
  },
  {
    // "a jet released a bomb over X", "dropped munitions on Y": a munition let go over a place is a strike there
    ...STRIKE,
    name: "release-munition",
    verbs: /^(release|drop|let go)$/,
    needs: {
      role: "patient",
      words: /\b(bombs?|KABs?|FABs?|munitions?|explosives?|grenades?|mines|payloads?|ordnance)\b/i,
    },
    unless: { role: "patient", words: /\b(videos?|footage|statements?|images?|photos?|reports?|leaflets?)\b/i },
    place: ["pp:on|over|onto|at|near|in", "front", "office"],
  },
  {
    // "inflicted fire damage on manpower and equipment in the area of X" (the military's reports): fire on X by
    // whoever inflicted it
    ...STRIKE,
    name: "inflict-fire",
    verbs: /^(inflict|deliver)$/,
    needs: { role: "patient", words: /\b(fire damage|damage|strikes?|blows?|losses|defeat)\b/i },
    fallback: ["speaker"],
    place: ["pp:in|near|at|around|on", "front"],
  },
  {
    // "our artillery worked on enemy positions near X", "Lancet crews worked on a howitzer near Y": the gunners'
    // jargon (Russian "отработали", Ukrainian "відпрацювали") for hitting a target
    ...STRIKE,
    name: "worked-on",
    verbs: /^(work|work over)$/,
    voice: "active",
    needs: {
      role: "pp:on",
      words:
        /\b(?:positions?|targets?|enemy|strongholds?|dugouts|concentrations?|manpower|trenches|howitzers?|tanks?)\b/i,
    },
    fallback: ["speaker"],
    place: ["pp:near|in|at|around|outside|in the area of", "pp:on", "front"],
  },
  {
    // "units of the Zapad group defeated manpower and equipment of two brigades near X", "hit concentrations of
    // enemy personnel near Y": the daily bulletins' fire on the enemy's men where they stood
    ...STRIKE,
    name: "hit-manpower",
    verbs: /^(defeat|hit|strike|engage|rout|destroy)$/,
    voice: "active",
    needs: { role: "patient", words: /\b(manpower|formations|concentrations?|clusters?|accumulations?)\b/i },
    fallback: ["speaker"],
    place: ["pp:in|near|at|around|in the area of|in the areas of", "front"],
  },
  {
    // "explosions were heard in X", "blasts rocked X", "explosions rang out in X": what is heard is a strike there;
    // no one is named, so the side is where it fell (Crimea and Sevastopol: Ukraine's; elsewhere Russia's)
    ...STRIKE,
    name: "explosions",
    verbs: new RegExp(
      String.raw`^(hear|report|record|rock|shake|ring out|ring|sound|thunder|echo|boom|hit|occur|go off|rattle|` +
        String.raw`record in|register|register in|hear in)$`,
    ),
    needs: { role: ["subject", "object"], words: /\b(explosions?|blasts?|detonations?)\b/i },
    actor: [],
    // (a community that recorded them is where they fell: "the X community recorded 14 explosions")
    place: ["listed", "pp:in|across|over|near|at|on|around|outside", "patient", "front", "subject", "office"],
  },
  {
    // "a substation in X was damaged", "the power plant in X was destroyed": damage to a building or a facility
    // with no one named is a strike's aftermath (with a weapon or an attacker named, the frames above read it)
    ...STRIKE,
    name: "damaged",
    voice: "passive",
    verbs: /^(damage|destroy|affect|hit|target|level|ruin|demolish|strike)$/,
    needs: { role: "patient", words: TARGET_WORDS },
    // (with no place of its own, the aftermath is of the strike the sentence before reported, before the place of
    // whoever reports it: "A bomb hit X. Two houses were destroyed, the regional governor said.")
    place: ["patient", "pp:in|at|near|on|outside", "front", "previous", "office"],
  },
  {
    // "six regions were targeted, including the capital, Kyiv", "several villages were hit": places as such hit
    ...STRIKE,
    name: "places-hit",
    voice: "passive",
    verbs: /^(target|hit|strike|shell|attack|bomb)$/,
    needs: { role: "patient", words: /\b(regions|oblasts|cities|towns|villages|settlements|communities|hromadas)\b/i },
    place: ["listed", "patient"],
  },
  {
    // "X came under fire from Russian troops", "positions near X were under heavy shelling": the one under fire is
    // the target; the attacker is the from-phrase or the side named in the fire, else the other side of the target
    ...STRIKE,
    name: "under-fire",
    verbs: /^(come|be|remain|find)$/,
    needs: {
      role: "clause",
      words: /\bunder\s+(?:[\w-]+\s+){0,5}(?:fire|shelling|attacks?|bombardment|strikes?|bombing|barrage)\b/i,
    },
    // (an office, a body or a policy under fire is criticised: "the defence minister came under fire as lawmakers
    // attacked the ministry"; so is one under fire from critics: "the mayor came under fire from the opposition")
    unless: [
      {
        role: "subject",
        words: new RegExp(
          String.raw`\b(?:ministers?|ministry|president|premier|government|cabinet|parliament|lawmakers?|MPs?|` +
            String.raw`compan(?:y|ies)|firms?|(?<!(?:left|right|river|eastern|western|southern|northern)\s)banks?|` +
            String.raw`plans?|polic(?:y|ies)|laws?|bills?|decisions?|reforms?|deals?)\b`,
          "i",
        ),
      },
      { role: "pp:from", words: CRITICS },
    ],
    actor: ["pp:from", "pp:under"],
    fallback: ["not-agent", "target", "installed", "RU"],
    place: ["subject", "listed", "pp:in|near|at|on", "front", "office"],
  },
  {
    // "a missile destroyed a school in X", "a building destroyed by a Russian drone": the weapon is the agent
    ...STRIKE,
    name: "weapon-agent",
    verbs: /^(destroy|damage|hit|strike|struck|level|flatten|ruin|demolish|kill|wound|injure|shake|rock|rattle|jolt)$/,
    needs: { role: "agent", words: WEAPON },
    unless: { role: "patient", words: VEHICLE },
    place: ["patient", "pp:in|near|at|on|outside", "attached", "front", "office", "anaphor"],
  },
  {
    // "Ukraine hits a Russian landing ship in Feodosia", "its forces hit a ferry in the port of Kerch": a warship a
    // side hits is struck where it lay, as well as lost (when the text says where: not at an official's town)
    ...STRIKE,
    name: "ship-hit",
    verbs: /^(hit|strike|struck|attack|target|damage)$/,
    needs: { role: "patient", words: new RegExp(String.raw`\b(?:${VESSELS})\b`, "i") },
    place: ["pp:in|at|off|near|outside", "while"],
  },
  {
    // "Russian troops killed half the village with a single missile", "wounded two with a drone": the weapon is the
    // killing's instrument, and the killing a strike
    ...STRIKE,
    name: "weapon-instrument",
    verbs: /^(destroy|damage|hit|strike|struck|kill|wound|injure)$/,
    needs: { role: "pp:with", words: WEAPON },
    unless: { role: "patient", words: VEHICLE },
    place: ["patient", "pp:in|near|at|on|outside", "attached", "front", "office", "anaphor"],
  },
  {
    // "launched a wave of strikes on X", "bombardments launched by Russian forces across X"
    ...STRIKE,
    name: "launch",
    verbs: /^(launch|carry out|conduct|unleash|stage|mount|make|deliver|send)$/,
    needs: { role: "patient", words: ATTACK },
    // (a launch from somewhere names where the weapon came from; where it fell, another verb says: "drones launched
    // from the left bank dropped explosives on X")
    unless: { role: "pp:from", words: /./ },
    place: ["pp:on|at|against|across|in|into|over", "office"],
  },
  {
    // "carried out an attack using drones on facilities in X", "launched a terrorist attack with UAVs on Y": an attack
    // whose weapon its clause names is fire (with none, it may be an assault on the ground)
    ...STRIKE,
    name: "launch-attack",
    verbs: /^(launch|carry out|conduct|unleash|stage|mount|make)$/,
    needs: { role: "patient", words: /\battacks?$/i },
    also: { role: "clause", words: WEAPON },
    unless: { role: "pp:from", words: /./ },
    place: ["pp:on|at|against|across|in|into|over", "office"],
  },
  {
    // "X was subjected to heavy shelling": the one subjected is the target (not "exposing X to attacks", "left X
    // exposed to shelling": what lies open to attack is no attack told)
    ...STRIKE,
    name: "subjected",
    verbs: /^(subject)$/,
    needs: {
      role: "clause",
      words: /\b(attacks?|fire|shelling|strikes?|bombardments?|bombing|barrages?|missiles?|drones?)\b/i,
    },
    place: ["patient", "front", "office"],
  },
  {
    // "the towns hit included A, B and C": a list of what was hit
    type: "strike",
    name: "targets-included",
    verbs: /^(include)$/,
    needs: { role: "sentence", words: /\b(targeted|hit|struck|attacked|shelled|damaged|affected|targets)\b/i },
    actor: [],
    fallback: ["previous", "RU"],
    place: ["object", "listed"],
  },
  {
    // "Russian troops attacked a recreation centre in Kharkiv": an attack on a building or a facility is a strike,
    // whatever the weapon (a ground assault takes ground, not buildings)
    ...STRIKE,
    name: "attack-target",
    // (and the verbs of pounding: "pounded energy sites in X", "battered the port of Y")
    verbs: /^(attack|hit|target|strike|attacks|strikes|pound|batter|pummel|hammer|slam|smash|bombard|shell|bomb)$/,
    nominal: true,
    needs: { role: "patient", words: TARGET_WORDS },
    place: ["pp:in|at|near|on|outside|of", "patient", "office"],
  },
  {
    // "air defence shot down 13 Russian missiles over X": an interception is the attacker's strike there
    type: "strike",
    name: "intercepted",
    near: true,
    verbs: /^(shoot down|shoot|down|intercept|destroy|neutralise|neutralize)$/,
    needs: {
      role: "patient",
      words:
        /\b(missiles?|drones?|UAVs?|rockets?|Shaheds?|Gerans?|ATACMS|Storm Shadows?|Kalibrs?|Kinzhals?|Iskanders?)\b/i,
    },
    // (nor the kit a weapon names, which is lost, not intercepted: "a missile boat", "a rocket launcher")
    unless: [
      { role: "patient", words: KIT_MODIFIER },
      { role: "patient", words: WEAPON_CARRIER },
    ],
    actor: ["patient"],
    fallback: ["not-agent", "fired-at", "not-speaker", "RU"],
    place: ["pp:over|above|in|near|on|at", "clause"],
    attributes: strikeAttributes,
  },
  // ---- equipment_loss: kit destroyed, captured, abandoned ------------------------------------------------------
  KIT_DESTROYED,
  // (its loss named by a noun a party announces: "confirmed the downing of a Su-34 near X", "reported the destruction
  // of two tanks")
  {
    ...KIT_DESTROYED,
    name: "destroyed-noun",
    nominal: true,
    asserted: ASSERTING,
    verbs: /^(destruction|downing|sinking|shootdown)$/,
  },
  {
    // "drones set two Russian tanks on fire near X": kit set alight is lost, whoever's it is
    type: "equipment_loss",
    name: "kit-set-on-fire",
    near: true,
    verbs: /^set$/,
    needs: { role: "patient", words: KIT },
    also: { role: "clause", words: SET_ALIGHT },
    actor: ["patient"],
    fallback: ["not-agent", "not-speaker"],
    place: ["pp:near|in|at|around|outside|on", "clause", "anaphor"],
    quantity: { role: "patient", unit: unitOf },
    owner: kitOwner,
    attributes: (w) => ({ outcome: "destroyed", model: modelOf(w) }),
  },
  {
    // kit that burns, sinks, falls or goes down by itself in the telling: "footage shows a Russian tank burning near
    // X", "the landing ship sank off X", "a Su-25 crashed near X" (whose it is the kit says, else the other side of
    // whoever reports it; drones and missiles that crash or explode are strikes, not losses)
    type: "equipment_loss",
    name: "burning",
    near: true,
    voice: "active",
    verbs: /^(burn|burn out|sink|go down|crash|explode|blow up|catch fire|capsize|fall)$/,
    needs: { role: "subject", words: MOVING_KIT },
    actor: ["subject"],
    owner: kitOwner,
    fallback: ["not-speaker"],
    // (or where the clause around it says: "exploded after driving onto a mine near X")
    place: ["pp:near|in|at|around|outside|on|off|over|into|close to", "clause", "sentence", "topic"],
    quantity: { role: "subject", unit: unitOf },
    attributes: (w, head) => ({ outcome: /sink|capsiz/i.test(head) ? "sunk" : "destroyed", model: modelOf(w) }),
  },
  {
    // kit shown in flames or being hit, in footage: "video shows a burning Russian tank near X", "a brigade published
    // footage of a tank in flames near Y", "footage released by X shows …": the kit's owner's loss, else the other
    // side of whoever shows it (the state must sit on the kit: "a tank drove past a burning house" is none)
    type: "equipment_loss",
    name: "shown-destroyed",
    near: true,
    verbs: /^(show|depict|capture|film|record)$/,
    needs: { role: "clause", words: KIT_IN_FLAMES },
    actor: ["patient"],
    owner: kitOwner,
    fallback: ["not-agent", "not-speaker"],
    place: ["pp:near|in|at|around|outside|on|off|close to", "clause"],
    quantity: { role: "patient", unit: unitOf, skip: MANPOWER },
    attributes: (w) => ({ outcome: "destroyed", model: modelOf(w) }),
  },
  {
    // footage of kit in flames, published by one side: "a brigade published footage of a tank in flames near X" is
    // a loss of the other side's, unless the kit says whose (the footage must hold the kit: "a video posted by X
    // showed …" is the showing verb's)
    type: "equipment_loss",
    name: "footage-of-destroyed",
    near: true,
    verbs: /^(publish|post|release|share|circulate|upload)$/,
    needs: { role: "patient", words: /\b(?:footage|videos?|images|photos|pictures|clips?)\b/i },
    also: { role: "clause", words: KIT_IN_FLAMES },
    actor: ["pp:of"],
    owner: kitOwner,
    fallback: ["not-agent", "not-speaker"],
    place: ["pp:near|in|at|around|outside|on|off|close to"],
    quantity: { role: "pp:of", unit: unitOf },
    attributes: (w) => ({ outcome: "destroyed", model: modelOf(w) }),
  },
  {
    // "took a T-64 as a trophy", "among the trophies taken by X": kit taken is the loser's, whoever took it
    type: "equipment_loss",
    name: "trophy",
    near: true,
    verbs: /^(take|collect|get|gather|tow away|tow)$/,
    needs: { role: "sentence", words: /\btroph(?:y|ies)\b/i },
    actor: ["patient"],
    fallback: ["not-agent", "not-speaker"],
    place: ["pp:near|in|at|around|outside|on|during|close to", "clause", "topic"],
    quantity: { role: "patient", unit: unitOf, skip: MANPOWER },
    owner: kitOwner,
    attributes: (w) => ({ outcome: "captured", model: modelOf(w) }),
  },
  {
    // the one who abandons is the owner ("crews left behind 40 tanks"); else the kit names it ("an abandoned Russian
    // carrier")
    type: "equipment_loss",
    name: "lost",
    near: true,
    // (and the loss confirmed or admitted: "Kyiv confirmed the loss of two tanks")
    verbs: /^(lose|abandon|leave behind|leave|loss)$/,
    nominal: true,
    asserted: ASSERTING,
    needs: { role: ["patient", "pp:of"], words: KIT },
    unless: [NOT_A_TALLY, { role: "clause", words: LEFT_IN_A_STATE }],
    attributive: true,
    actor: ["agent", "patient"],
    owner: kitOwner,
    fallback: ["speaker", "RU"],
    // (a tally told right after the fight it sums is that fight's: "…repelled attacks near X. The enemy lost …")
    // (and kit lost while doing something was lost where it was done: "lost 30 tanks while crossing the river near X")
    place: ["pp:near|in|at|around|outside|on|close to", "clause", "while", "previous", "topic", "country"],
    quantity: { role: "patient", unit: unitOf, skip: MANPOWER },
    attributes: (w) => ({ outcome: "abandoned", model: modelOf(w) }),
  },
  {
    // "we lost four trucks near X", "Russian units abandoned their trucks in Y": an army's trucks are its kit (a bare
    // "trucks" is kit only when forces lose it; "a truck hit by shelling" may be a farmer's)
    type: "equipment_loss",
    name: "lost-trucks",
    near: true,
    verbs: /^(lose|abandon|leave behind)$/,
    voice: "active",
    needs: { role: "agent", words: FORCES },
    also: { role: "patient", words: /^(?:[\w-]+\s+){0,2}trucks?$/i },
    actor: ["agent"],
    fallback: ["speaker"],
    place: ["pp:near|in|at|around|outside|on|close to", "clause", "previous", "topic"],
    quantity: { role: "patient", unit: () => "vehicle" },
    // (the outcome the frame of kit lost gives)
    attributes: () => ({ outcome: "abandoned" }),
  },
  {
    // "the losses amounted to 12 tanks, 30 artillery systems and 1,140 personnel", "enemy losses included two
    // Bradleys": an army's tally of kit; whose losses, the possessor says, else the speaker's enemy
    type: "equipment_loss",
    name: "losses-amount-kit",
    near: true,
    verbs: /^(amount|total|number|include|reach|exceed)$/,
    // (the to-phrase holds the list's first member: kit may come later, "amounted to 40 servicemen and three tanks")
    needs: { role: ["pp:to", "patient", "clause"], words: KIT },
    // (whose subject the grammar may cut at a modifier: "enemy losses over the day amounted to …")
    also: { role: "clause", words: /\blosses\b/i },
    unless: NOT_A_TALLY,
    actor: ["subject"],
    fallback: ["not-speaker"],
    place: ["pp:near|in|at|around|outside|on", "clause", "previous", "topic", "country"],
    quantity: { role: "pp:to", unit: unitOf, skip: MANPOWER },
    attributes: (w) => ({ outcome: "destroyed", model: modelOf(w) }),
  },
  // ---- arrest, desertion, surrender, reinforcement ----------------------------------------------------------------
  {
    // "the SBU detained a Russian agent in Odesa", "a saboteur group was detained in Bryansk region"
    ...DETAIN,
    name: "detain",
    verbs: /^(detain|arrest|apprehend|round up|abduct|kidnap)$/,
    needs: { role: "patient", words: SUSPECT },
  },
  {
    // "captured a saboteur", "seized two collaborators": the words of taking ground take people only when the
    // patient names people by role (a bare count is ground: "took a dozen villages")
    ...DETAIN,
    name: "capture-person",
    verbs: /^(capture|seize)$/,
    needs: { role: "patient", words: SUSPECT_PERSON },
  },
  {
    // "soldiers deserted their unit near X", "servicemen who left their units without permission", "fleeing the front"
    type: "desertion",
    name: "desert",
    near: true,
    verbs: /^(desert|defect|abandon|leave|flee|run away|go awol|walk off|walk away|walk out)$/,
    needs: {
      role: "sentence",
      words: /\b(desert\w*|defect\w*|without (?:orders|permission)|AWOL|their (?:units?|posts?)|the front)\b/i,
    },
    actor: ["subject"],
    fallback: ["speaker"],
    // (with no place named, the war as a whole: "some Russian troops are now deserting")
    place: ["pp:near|in|at|from|outside", "patient", "clause", "country"],
    quantity: { role: "subject", unit: () => "soldiers" },
  },
  {
    // "there had been at least 15 defections among Russian troops": counted desertions, the deserters' side named
    // among them, else the other side of whoever reports them
    type: "desertion",
    name: "defections",
    nominal: true,
    verbs: /^(defections|desertions)$/,
    actor: ["pp:among|in|of|from"],
    fallback: ["not-speaker"],
    place: ["pp:in|near|at|among", "clause", "country"],
    quantity: { role: "subject", unit: () => "defection" },
  },
  {
    type: "surrender",
    name: "surrender",
    near: true,
    voice: "active",
    verbs: /^(surrender|capitulate|lay down|give up)$/,
    needs: { role: "subject", words: FORCES },
    // ("soldiers surrendered and captured dozens": who surrenders takes no one; a mistranslated "surrounded")
    unlessSubjectAlso: /^(capture|seize|take|destroy|kill|encircle|surround|liberate|occupy)$/,
    actor: ["subject"],
    fallback: ["not-speaker"],
    place: ["pp:in|near|at|outside|on", "clause", "anaphor", "topic"],
    quantity: { role: "subject", unit: () => "soldiers" },
  },
  {
    // "came out of the treeline with their hands up", "walked out with hands raised": the gesture of giving up
    type: "surrender",
    name: "hands-up",
    near: true,
    verbs: /^(?:come|walk|crawl|climb|step|run|emerge)(?: out)?$/,
    needs: {
      role: "clause",
      words: /\bwith\s+(?:their|his|her|raised)\s+hands\b|\bhands\s+(?:up|raised|in the air)\b/i,
    },
    unless: { role: "subject", words: NOT_FORCES },
    actor: ["subject"],
    fallback: ["not-speaker"],
    place: ["pp:in|near|at|outside|on", "clause", "anaphor", "topic"],
    quantity: { role: "subject", unit: () => "soldiers" },
  },
  {
    // "Russia has moved additional airborne units to the Kupiansk area", "brought fresh forces into Kharkiv oblast"
    type: "reinforcement",
    name: "reinforce",
    near: true,
    verbs: new RegExp(
      "^(reinforce|redeploy|deploy|send|move|transfer|bring|bring in|amass|mass|concentrate|build up|rush|pour|" +
        "dispatch|shift|throw|commit)$",
    ),
    needs: { role: "patient", words: SENT_FORCES },
    // (the forces moved are the mover's: "the brigade was redeployed to X" names its side in the patient)
    actor: ["agent", "patient"],
    fallback: ["speaker"],
    // ("threw marines into the battle for X": the fight's place)
    place: ["pp:to|into|toward|towards|near|in|around|across from|on", "listed", "pp:for"],
  },
  // ---- casualties: people killed or wounded-----------------------------------------------------------------
  {
    ...HURT,
    name: "killed",
    verbs: /^(kill|wound|injure|killed|wounded|injured)$/,
    needs: { role: "patient", words: PEOPLE },
    unless: [{ role: "patient", words: COMBATANTS }, NOT_A_TALLY],
  },
  {
    // "460 Russians killed yesterday", "killed 30 Ukrainian soldiers": a side's own dead are that side's losses
    ...HURT,
    name: "killed-combatants",
    // (and the words of the Russian command's tallies: "up to 200 Ukrainian servicemen were eliminated near X")
    verbs: /^(kill|wound|injure|killed|wounded|injured|eliminate|liquidate|neutrali[sz]e)$/,
    needs: { role: "patient", words: COMBATANTS },
    actor: ["patient"],
    fallback: ["not-firer", "not-agent"],
    owner: combatantsSide,
    ownerFirst: true,
  },
  {
    // "a man received shrapnel wounds", "two soldiers sustained injuries": wounds one receives are one's own
    ...HURT,
    name: "received-wounds",
    verbs: /^(receive|sustain|suffer|get)$/,
    voice: "active",
    needs: { role: "patient", words: HARMS },
    unless: { role: "subject", words: /^(?:it|they|we|he|she)$/i },
    quantity: { role: "subject", unit: () => "wounded" },
  },
  {
    // "four residents were treated for shrapnel injuries", "five were hospitalised with wounds": the care names the
    // wound, and the cared for are the wounded
    ...HURT,
    name: "treated-for-wounds",
    verbs: /^(treat|hospitali[sz]e|admit|take|rush|evacuate)$/,
    voice: "passive",
    needs: { role: "pp:for|with", words: HARMS },
    unless: { role: "subject", words: /^(?:it|they|we|he|she)$/i },
    quantity: { role: "subject", unit: () => "wounded" },
  },
  {
    // "the strike left 17 people dead", "leaving two civilians wounded": the result a deed left behind
    ...HURT,
    name: "left-dead",
    verbs: /^leave$/,
    needs: { role: "patient", words: /\b(?:dead|killed|wounded|injured)\b/i },
  },
  {
    // "enemy losses near X amounted to up to 85 servicemen", "losses in the Y direction totalled 410 men": a tally
    // of the day's dead and wounded, where its clause says
    ...HURT,
    name: "losses-amount",
    verbs: /^(amount|total|number|exceed|reach)$/,
    // (an army's losses are its own side's: "enemy losses", "the losses of the occupiers", else the speaker's enemy)
    actor: ["subject"],
    fallback: ["not-speaker"],
    needs: {
      role: "sentence",
      words: new RegExp(
        String.raw`\b(?:losses|casualties)\b(?:\s+[^\s.;]+){0,8}?\s+` +
          String.raw`(?:amounted|totall?ed|numbered|exceeded|reached)\s+` +
          // (the men may close a list of kit: "amounted to 12 tanks, 30 guns and 1,140 personnel")
          String.raw`(?:to\s+)?(?:[^.;:]{0,160}?(?:,|\band)\s+)?` +
          String.raw`(?:up to\s+|about\s+|some\s+|over\s+|more than\s+)?\d[\d,]*\s+` +
          String.raw`(?:servicem[ae]n|soldiers|troops|personnel|men|fighters|militants|mercenaries)\b`,
        "i",
      ),
    },
    unless: NOT_A_TALLY,
    place: ["pp:in|near|at|on|outside", "clause", "previous", "country"],
    // (counted only when the to-phrase counts men: in "amounted to 12 tanks, … and 1,140 personnel" it counts kit)
    quantity: { role: "pp:to", unit: (w) => (MANPOWER.test(w) ? "killed and wounded" : ""), skip: KIT },
  },
  {
    // "rescuers recovered the bodies of three civilians from the rubble in X": the dead, counted where they were found
    // (or seen: "reporters saw the bodies of 20 men on one street")
    ...HURT,
    name: "bodies-found",
    verbs: /^(recover|retrieve|pull|find|discover|remove|see|count|collect)$/,
    needs: { role: "patient", words: /\bbod(?:y|ies)\b/i },
    // (graves opened long after are no deaths of the day: "bodies found in a mass grave")
    unless: { role: "sentence", words: /\b(?:mass graves?|burial|exhum\w*|graves?)\b/i },
    // (counted in the of-phrase: "the bodies of three civilians")
    quantity: { role: "pp:of", unit: () => "killed" },
  },
  {
    // "Russia has lost another 1,120 soldiers", "the army has lost more than 15,000 men": the loser is the one who
    // lost them; with no place, the war as a whole
    type: "casualties",
    name: "lost-men",
    near: true,
    onePlace: true,
    verbs: /^(lose)$/,
    needs: { role: "patient", words: /\b(soldiers|troops|men|servicemen|personnel|fighters|mercenaries|marines)\b/i },
    unless: NOT_A_TALLY,
    actor: ["agent"],
    fallback: ["not-speaker"],
    place: ["pp:in|near|at|around|outside", "clause", "previous", "country"],
    quantity: { role: "patient", unit: () => "killed" },
    attributes: () => ({ kind: "military" }),
  },
  {
    // "the attacks resulted in 10 deaths", "Russia has suffered over 100,000 losses", "losses amounted to 4,600"
    type: "casualties",
    name: "resulted-in",
    sideOptional: true,
    onePlace: true,
    verbs: /^(result in|result|suffer|sustain|incur|amount|total|reach)$/,
    needs: {
      role: "sentence",
      // (a count of them: "heavy losses" is no casualty report)
      words: new RegExp(
        String.raw`\b(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|` +
          String.raw`thousands)\s+(?:[\w-]+\s+){0,2}(?:deaths|dead|killed|casualties|losses|injuries|` +
          String.raw`injured|wounded)\b`,
        "i",
      ),
    },
    actor: ["subject"],
    fallback: [],
    place: ["pp:in|near|at|on", "clause", "front", "topic", "country"],
    quantity: { role: "sentence", unit: hurt },
  },
  {
    // "the death toll rose to 40", "bringing the death toll to 18": the count is in the to- or at-phrase
    type: "casualties",
    name: "death-toll",
    near: true,
    sideOptional: true,
    onePlace: true,
    verbs: /^(rise|climb|reach|increase|grow|stand|jump|bring|raise|push|hit|surpass|exceed)$/,
    needs: {
      role: "sentence",
      words:
        /\b(death toll|toll|number of (?:(?:confirmed|known) )?(?:dead|deaths|victims|people killed)|fatalities)\b/i,
    },
    actor: [],
    fallback: [],
    // ("A missile hit X on Friday. The toll from the attack stands at 35.": where the attack told before was;
    // ", raising the toll to four": where the clause it hangs on was)
    place: [
      "pp:in|near|at|on|outside|across",
      "clause",
      "attached",
      "front",
      "sentence",
      "previous",
      "anaphor",
      "topic",
    ],
    quantity: { role: "pp:to|at", unit: () => "killed" },
  },
  {
    // "23 people have been confirmed dead", "18 dead are known", "two were found dead": the dead, as a count known
    type: "casualties",
    name: "known-dead",
    near: true,
    sideOptional: true,
    onePlace: true,
    voice: "passive",
    verbs: /^(confirm|report|find|know|declare|pronounce|list)$/,
    needs: {
      role: "sentence",
      words: KNOWN_DEAD,
    },
    actor: [],
    fallback: [],
    place: ["pp:in|near|at|on|outside|across", "clause", "front", "previous", "anaphor", "topic"],
    quantity: { role: "subject", unit: () => "killed" },
    attributes: (w) => ({ kind: peopleKind(w) }),
  },
  {
    type: "casualties",
    name: "died",
    near: true,
    sideOptional: true,
    onePlace: true,
    voice: "active",
    verbs: /^(die|perish|died)$/,
    needs: { role: "subject", words: PEOPLE },
    // (a death by illness or age is no war casualty: "died of cardiovascular disease", "died of natural causes")
    unless: {
      role: "pp:of|from",
      words:
        /\b(?:diseases?|illness(?:es)?|cancer|covid|infections?|natural causes|old age|heart (?:attacks?|failure))\b/i,
    },
    actor: [],
    fallback: [],
    // (or in the clause that says how: "seven people died after a missile hit a shopping centre in X"; or, as the
    // killed are, where the sentence before was: "A missile hit X on Friday. Nine people have died.")
    place: ["pp:in|near|at|on|outside|across", "clause", "sentence", "previous", "anaphor", "topic"],
    quantity: { role: "subject", unit: () => "killed" },
    attributes: (w) => ({ kind: peopleKind(w) }),
  },
];

// (every change of hands is left open by a hedge in its sentence)
export const FRAMES: Frame[] = EVERY_FRAME.map((f) => (f.type === "control_change" ? { ...f, hedge: HEDGE } : f));
