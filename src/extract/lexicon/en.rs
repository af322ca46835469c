//! The English table: word lists of the genre (weapons, outcomes, casualties, ground fire,
//! reporters, sides) and, in `patterns`, its phrase patterns.

pub(crate) const DRONE_HEADS: &[&str] = &[
    "drone",
    "drones",
    "uav",
    "uavs",
    // "two UAV's over the Voronezh region": an apostrophe plural.
    "uav's",
    "shahed",
    "shaheds",
    // Transliterations: "23 Shaheeds", "36 Shahid drones", "Shakhed".
    "shaheed",
    "shaheeds",
    "shahid",
    "shahids",
    "shakhed",
    "shakheds",
    "shahed-136",
    "shahed-136s",
    "shahed-131",
    "geran",
    "gerans",
    "geran-2",
    "geran-2s",
    "gerbera",
    "gerberas",
    "decoy",
    "decoys",
    "kamikazes",
    "munitions",
    // "17 loitering ammunition was destroyed" (a translation's word for loitering munitions).
    "ammunition",
    "vehicles",
    "vehicle",
    // "unmanned aircraft" only (heads.rs checks the word before).
    "aircraft",
    "gerbera-type",
    "shahed-type",
    "simulators",
    "imitators",
];
/// Drone heads that need a word among the two before them: "unmanned aerial vehicles",
/// "unmanned attack vehicles", "unmanned aircraft", "loitering munitions", "drone simulators".
pub(crate) const DRONE_HEAD_NEEDS: &[(&str, &[&str])] = &[
    ("vehicles", &["aerial", "unmanned"]),
    ("vehicle", &["aerial", "unmanned"]),
    ("aircraft", &["unmanned"]),
    ("munitions", &["loitering"]),
    ("ammunition", &["loitering"]),
    ("simulators", &["drone", "drones"]),
    ("imitators", &["drone", "drones"]),
];
/// Names of weapon series whose model number follows after a space ("Shahed 136", "Kh 101"):
/// that number counts nothing.
pub(crate) const MODEL_SERIES: &[&str] = &[
    "shahed", "geran", "gerbera", "kh", "tu", "su", "mig", "lancet", "orlan",
];

/// Words before a drone noun that make it a boat ("naval drones", "unmanned surface vehicles"):
/// no drone count.
pub(crate) const NAVAL_MODIFIERS: &[&str] = &[
    "naval",
    "sea",
    "maritime",
    "marine",
    "surface",
    "seaborne",
    "sea-borne",
    "sea-based",
    "underwater",
    "uncrewed-surface",
];
/// Nouns of boats and ships ("six more unmanned naval vessels"): no weapon of the air.
pub(crate) const VESSEL_NOUNS: &[&str] = &[
    "vessel", "vessels", "boat", "boats", "ship", "ships", "craft",
];
pub(crate) const MISSILE_HEADS: &[&str] = &[
    "missile",
    "missiles",
    "iskander",
    "iskanders",
    "iskander-m",
    "iskander-k",
    "kalibr",
    "kalibrs",
    "kinzhal",
    "kinzhals",
    "oreshnik",
    // "an intercontinental ballistic missile (ICBM)", "hit the city with an ICBM".
    "icbm",
    "icbms",
    "zircon",
    "zircons",
    "tsirkon",
    "kh-101",
    "kh-101s",
    "kh-555",
    "kh-55",
    "kh-22",
    "kh-22s",
    "kh-32",
    "kh-59",
    "kh-59s",
    "kh-69",
    "kh-69s",
    "kh-31",
    "kh-31p",
    "kh-35",
    "kh-47m2",
    "s-300",
    "s-300s",
    "s-400",
    "s-400s",
    "kn-23",
    "kn-23s",
    "oniks",
    "onyx",
    "tochka-u",
    "ballistic",
    "cruise",
    "atacms",
    "storm",
    "neptune",
    "neptunes",
];
/// Words that only name drones/missiles when another weapon word does not follow.
pub(crate) const BOMB_HEADS: &[&str] = &["bomb", "bombs", "kab", "kabs", "kabs.", "glide-bombs"];
/// Nouns after "bomb" that make it no weapon: "a bomb shelter".
pub(crate) const BOMB_NOT_WEAPON: &[&str] = &[
    "shelter", "shelters", "threat", "threats", "squad", "disposal",
];
/// Multiple rocket launchers whose name before "missiles" makes them rockets ("six HIMARS
/// missiles"): not missiles (CONVENTIONS.md).
pub(crate) const ROCKET_LAUNCHERS: &[&str] =
    &["himars", "vilkha", "mlrs", "grad", "uragan", "smerch"];
pub(crate) const GROUND_HEADS: &[&str] = &[
    "rocket",
    "rockets",
    "shell",
    "shells",
    "mortar",
    "mortars",
    "grad",
    "grads",
    "uragan",
    "smerch",
    "mlrs",
    "artillery",
    "rounds",
];
/// Nouns that carry the casualty field themselves: "31 fatalities", "87 dead".
pub(crate) const KILLED_NOUNS: &[&str] = &[
    "fatalities",
    "fatality",
    "deaths",
    // "The attack resulted in one death, three injuries".
    "death",
    "dead",
    "killed",
    "lives",
    "bodies",
];
/// Whose bodies are not an attack's dead: "returned 1200 bodies of soldiers killed in action".
pub(crate) const BODIES_NOT_CASUALTIES: &[&str] = &[
    "soldiers",
    "servicemen",
    "troops",
    "fallen",
    "prisoners",
    "defenders",
    "military",
    "pows",
];
pub(crate) const INJURED_NOUNS: &[&str] = &[
    "injuries",
    "injury",
    "injured",
    "wounded",
    "hurt",
    "hospitalised",
    "hospitalized",
];
/// Words after an age that make it a noun ("a 14-year-old and three others", "a 17-year-old
/// was injured").
pub(crate) const AGE_NOUN_FOLLOWERS: &[&str] = &[
    "and", "or", "who", "was", "were", "is", "are", "has", "had", "died", "in", "from",
];
/// Auxiliaries and adverbs between a counted noun and its passive verb: "36 drones were reportedly
/// shot down".
pub(crate) const PASSIVE_AUX: &[&str] = &[
    "allegedly",
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "being",
    "are",
    "reportedly",
    "also",
    "all",
    "successfully",
    "later",
    "then",
    "either",
    "both",
    // "of which 58 drones and 26 missiles were ultimately shot down"
    "ultimately",
    "eventually",
    "finally",
    "subsequently",
    "effectively",
    // "ten enemy Shahed drones were already shot down over Kyiv"
    "already",
];
/// Skippable words between a subject and its verb: "were reportedly killed".
pub(crate) const AUX: &[&str] = &[
    "were",
    "was",
    "have",
    "has",
    "had",
    "been",
    "are",
    "is",
    "be",
    "being",
    "reportedly",
    "reported",
    "also",
    "later",
    "all",
    "there",
    "confirmed",
    "then",
    "subsequently",
    "allegedly",
    "now",
    "so",
    "far",
    "since",
    "known",
    "believed",
    "thought",
    "feared",
    "since",
    "already",
    "successfully",
    "either",
    "both",
    "in",
    "total",
    "said",
    "to",
    "seriously",
    // "six people got wounded"
    "got",
    // "were tragically killed"
    "tragically",
    "sadly",
    "unfortunately",
    "critically",
    "severely",
    "slightly",
    "lightly",
    "gravely",
    "moderately",
    "mildly",
    "badly",
    "others",
    "more",
    // "Seven Dnipro residents were preliminarily injured": hedges of a first report.
    "preliminarily",
    "apparently",
    "presumably",
    "likely",
];
/// What weapons are launched from: "from a strategic bomber flying over Russia's Belgorod
/// region", "from ships in the Black Sea" (the place after is the carrier's, not the attack's).
pub(crate) const CARRIERS: &[&str] = &[
    "bomber",
    "bombers",
    "aircraft",
    "plane",
    "planes",
    "jet",
    "jets",
    "fighter",
    "fighters",
    "ship",
    "ships",
    "warship",
    "warships",
    "submarine",
    "submarines",
    "vessel",
    "vessels",
    "tu-95",
    "tu-95ms",
    "tu-22m3",
    "tu-160",
    "mig-31k",
    "mig-31",
    "su-34",
    "su-35",
];

/// Airfields weapons are launched from, right after "from": "launched by Tu-95MS aircraft from
/// the airfield in Engels" (not "drones from Sumy hit the airfield in Millerovo": a target).
pub(crate) const AIRFIELDS: &[&str] = &["airfield", "aerodrome", "airbase"];
/// The small words of an airfield's phrase: "from the Engels airbase in the Saratov region",
/// "from the airfield in Engels (Saratov region)".
pub(crate) const AIRFIELD_PHRASE: &[&str] = &["the", "a", "an", "in", "at", "near", "of", "(", ","];
/// Ground fire: casualties from it are not the air attack's.
pub(crate) const GROUND_FIRE: &[&str] = &[
    "shelling",
    "shelled",
    "shell",
    "shells",
    "artillery",
    "mortar",
    "mortars",
    "mlrs",
    "grad",
    "uragan",
    "smerch",
    "tank",
    "gunfire",
];
/// The words of [`GROUND_FIRE`] that name no ground weapon: writers use them for air attacks too
/// ("a Russian missile attack on Rivne ... no casualties as a result of the shelling").
pub(crate) const SHELLING_WORDS: &[&str] = &["shelling", "shelled"];
/// Air-weapon words that make a sentence about an air attack.
/// Causes of death or injury that are no air attack, in a sentence naming no drone or missile.
pub(crate) const NON_ATTACK_CAUSES: &[&str] = &[
    "flooding",
    "flood",
    "floods",
    "floodwaters",
    "landmine",
    "landmines",
    "minefield",
    "warplane",
    // "пострадали восемь человек в результате атаки украинской ДРГ" (a sabotage group, glossed
    // "saboteurs"): a ground attack. (Not "sabotage": Russian officials call sea-drone attacks
    // "sabotage attempts".)
    "saboteurs",
    // A news summary's other stories: "At least 69 people have died and almost 150 injured
    // following a powerful 6.9-magnitude earthquake off the coast of Cebu City".
    "earthquake",
    "quake",
    "typhoon",
    "hurricane",
    "cyclone",
    "tornado",
    "landslide",
];
pub(crate) const AIR_WEAPON: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "shahed",
    "shaheds",
    "uav",
    "uavs",
    "airstrike",
    "airstrikes",
    "air",
    "bomb",
    "bombs",
    "s-300",
    "kinzhal",
    "iskander",
    "iskander-m",
    "kalibr",
    "geran",
    "kh-101",
];
/// Words that make a sentence part of an attack's story (for places and dates).
pub(crate) const ATTACK_CONTEXT: &[&str] = &[
    "drone",
    "drones",
    "missile",
    "missiles",
    "shahed",
    "shaheds",
    "uav",
    "uavs",
    "strike",
    "strikes",
    "struck",
    "attack",
    "attacks",
    "attacked",
    "hit",
    "hits",
    "bombardment",
    "debris",
    "damage",
    "damaged",
    "destroyed",
    "destruction",
    "killed",
    "killing",
    "injured",
    "injuring",
    "wounded",
    "casualties",
    "dead",
    "explosion",
    "explosions",
    "fire",
    "fires",
    "assault",
    "barrage",
    "airstrike",
    "airstrikes",
    "intercepted",
    "shot",
    "downed",
    "targeted",
    "targeting",
    "air",
    "bombs",
    "blasts",
    "blast",
    "refinery",
    "shelling",
    "shelled",
    // "По данным ведомства, инциденты были зафиксированы вечером 13 января" (glossed "the
    // incidents were recorded"): the ministry's word for the drones' attacks.
    "incident",
    "incidents",
    "raid",
    "raids",
];
/// Words of the ground war or of diplomacy: places in these sentences are not strike locations.
pub(crate) const VETO: &[&str] = &[
    "operations",
    "operation",
    "offensive",
    "breakthrough",
    "capture",
    "captured",
    "recaptured",
    "advance",
    "advanced",
    "advancing",
    "prisoners",
    "negotiations",
    "talks",
    "summit",
    "visit",
    "meeting",
    "recapture",
    "counteroffensive",
    "troops",
];

/// "Later in the day the governor said": openings that are not part of the reporter.
pub(crate) const REPORTER_LEAD_ADVERBIALS: &[&str] = &[
    "Later",
    "Earlier",
    "On",
    "In",
    "At",
    "Then",
    "Meanwhile",
    "Separately",
    "Also",
    "Overnight",
    "Today",
    "Yesterday",
    "By",
];

/// "The statements came one day after Russia said": words that open a clause of their own; the
/// reporter is the subject after the last of them.
pub(crate) const REPORTER_CLAUSE_OPENERS: &[&str] = &[
    "after", "before", "since", "when", "because", "while", "until", "once", "although", "though",
    "whereas", "as",
];

/// "The air force now says": adverbs that are not part of the reporter.
pub(crate) const REPORTER_TRAILING_ADVERBS: &[&str] = &[
    "now",
    "also",
    "later",
    "then",
    "earlier",
    "previously",
    "further",
    "separately",
    "again",
    "additionally",
    "subsequently",
];

/// Reporters too generic to name anyone ("officials", "local media").
pub(crate) const GENERIC_REPORTERS: &[&str] = &[
    "he",
    "she",
    "they",
    "it",
    "we",
    "officials",
    "authorities",
    "sources",
    "reports",
    "updates",
    "media",
    "preliminary data",
    "latest data",
    "updated data",
    "the latest data",
    "data",
    "the report",
    "report",
    "witnesses",
    "local media",
];

/// Words that make a weapon noun phrase Ukrainian: "116 Ukrainian drones".
/// Also the missiles only Ukraine fires: "an ATACMS", "five Neptunes".
pub(crate) const UKRAINIAN_WEAPON: &[&str] = &[
    "ukrainian",
    "ukraine's",
    "ukrainian-made",
    "atacms",
    "neptune",
    "neptunes",
];

/// Words that make a weapon noun phrase Russian: "Russian missiles", "Shaheds".
pub(crate) const RUSSIAN_WEAPON: &[&str] = &[
    "russian",
    "russia's",
    "russian-made",
    "iranian-made",
    "iranian",
    "shahed",
    "shaheds",
    "geran",
    "north korean",
    // The missiles only Russia fires: "an Oreshnik", "two Kinzhals".
    "oreshnik",
    "iskander",
    "iskanders",
    "iskander-m",
    "iskander-k",
    "kalibr",
    "kalibrs",
    "kinzhal",
    "kinzhals",
    "zircon",
    "zircons",
    "tsirkon",
    "kh-101",
    "kh-101s",
    "kh-555",
    "kh-55",
    "kh-22",
    "kh-22s",
    "kh-59",
    "kh-59s",
    "kh-69",
    "kh-69s",
    "kh-47m2",
    "kn-23",
    "kn-23s",
    "oniks",
];

/// Phrase patterns of the genre (regular-expression sources, compiled where they are used).
pub(crate) mod casualties;
pub(crate) mod clauses;
pub(crate) mod nouns;
pub(crate) mod patterns;
pub(crate) mod places;
pub(crate) mod verbs;
pub(crate) use casualties::*;
pub(crate) use clauses::*;
pub(crate) use nouns::*;
pub(crate) use places::*;
pub(crate) use verbs::*;

/// Words between "from" and a launch site: "from the direction of", "from the following
/// directions:", "from the airspace over", "from multiple directions including", "from the
/// vicinity of the Russian cities of".
pub(crate) const LAUNCH_LEAD_WORDS: &[&str] = &[
    "the",
    "multiple",
    "several",
    "various",
    "including",
    "vicinity",
    "russian",
    "russia's",
    "cities",
    "city",
    "region",
    "regions",
    "occupied",
    "temporarily",
    "direction",
    "northern",
    "southern",
    "eastern",
    "western",
    "north-eastern",
    "northeastern",
    "southeastern",
    "directions",
    "following",
    ":",
    "of",
    "area",
    "areas",
    "side",
    "airspace",
    "over",
    "territory",
    "waters",
];
/// Words a list of launch sites runs on over, besides capitalised names: "Bryansk, Millerovo
/// and Hvardiiske (temporarily occupied Crimea)", "Kursk region; Oryol".
pub(crate) const LAUNCH_LIST_WORDS: &[&str] = &[
    ",",
    ";",
    "and",
    "(",
    ")",
    "-",
    "the",
    "temporarily",
    "occupied",
    // "Kursk, and also Chauda and Hvardiiske in occupied Crimea", "as well as".
    "also",
    "in",
    "as",
    "well",
    "cities",
    "city",
    "region",
    "regions",
    "oblast",
    "oblasts",
];

/// Nouns after a weapon noun that make it name an event, not count weapons: "missile strikes",
/// "drone attacks", "a missile launch", "a missile and drone attack", "the missile threat". (Not
/// "launches": "19 Shahed launches" are 19 Shaheds launched, one weapon a launch.)
pub(crate) const WEAPON_EVENT_NOUNS: &[&str] = &[
    "attack", "attacks", "strike", "strikes", "raid", "raids", "assault", "barrage", "launch",
    "alert", "alerts", "threat", "threats", "danger", "warning", "warnings",
];

/// Nouns before "of" and a weapon that count the weapon, one a launch: "up to 17 launches of
/// Shahed UAVs were reported".
pub(crate) const WEAPON_COUNT_NOUNS: &[&str] = &["launches"];

/// Nouns of intercepting, before "of" and the count: "the destruction of 50 attack drones",
/// "reported the downing of two Ukrainian drones", "the interception of three missiles".
pub(crate) const INTERCEPT_NOUNS: &[&str] = &[
    "interception",
    "interceptions",
    "downing",
    "destruction",
    "elimination",
    "neutralisation",
    "neutralization",
    "suppression",
    // "reported the liquidation of another three drones", "the repulsion of two UAVs".
    "liquidation",
    "repulsion",
];

/// Words between a partitive and its verb: "58 of which it was able to shoot down", "of which
/// they managed to destroy 40".
pub(crate) const ABLE_TO: &[&str] = &["it", "they", "able", "managed", "to"];
/// Before a colon, the verb's object that the list after it breaks down: "shot down most of
/// them: 333 drones and 16 missiles", "destroyed 56 air targets: 43 cruise missiles and 13 UAVs".
pub(crate) const COLON_LIST_HEADS: &[&str] = &[
    "them",
    "these",
    "targets",
    "objects",
    // "56 of the Russian weapons were destroyed: 43 cruise missiles and 13 unmanned vehicles".
    "weapons",
    "projectiles",
    "munitions",
];

/// Weapon names that end in "s" in the singular: "an ATACMS missile", "an Iskander-M".
pub(crate) const SINGULAR_IN_S: &[&str] = &["iskander-m", "atacms"];

/// What a weapon noun in the singular names when it comes first: "anti-tank missile systems",
/// "missile launchers", "drone factories" are not weapons counted.
pub(crate) const WEAPON_SYSTEM_NOUNS: &[&str] = &[
    "systems",
    "system",
    "launchers",
    "launcher",
    "complexes",
    "complex",
    "carriers",
    "batteries",
    "battery",
    "factories",
    "factory",
    "plants",
    "depots",
    "warehouses",
    "operators",
    "crews",
    "units",
];
