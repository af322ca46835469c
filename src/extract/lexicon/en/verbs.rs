//! Verbs of the genre and the words around them: launching, intercepting, hitting, losing,
//! supplying; reporting participles, exceptions, hedges.

pub(crate) const LAUNCH_VERBS: &[&str] = &[
    "launched",
    "launch",
    "launching",
    "launches",
    "fired",
    "fire",
    "firing",
    "fires",
    "sent",
    "send",
    "sending",
    // "dispatching 22 Iranian-designed Shahed suicide drones, 17 of which were destroyed".
    "dispatched",
    "dispatching",
    "used",
    "use",
    "using",
    "employed",
    "employing",
    "deployed",
    "deploying",
    "attacked",
    "attacking",
    "targeted",
    "targeting",
    "unleashed",
    "unleashing",
    "unleash",
    "unleashes",
    "included",
    "involved",
    "involving",
    "comprised",
    "comprising",
    "consisted",
    "released",
    "flew",
    "flying",
    "hurled",
    "lobbed",
    "directed",
    "aimed",
    "carried",
];
/// Participles of downing before a weapon noun ("one of 87 downed drones", "One of the 44 downed
/// Russian missiles fell in Moldova"): the count they follow is the interceptions.
pub(crate) const DOWNED_ADJECTIVES: &[&str] = &["downed", "intercepted", "shot-down"];
pub(crate) const INTERCEPT_VERBS: &[&str] = &[
    "intercepted",
    "intercept",
    "intercepting",
    "intercepts",
    "shot",
    "shoot",
    "shooting",
    "downed",
    "destroyed",
    "destroy",
    "destroying",
    "neutralised",
    "neutralized",
    "neutralise",
    "neutralize",
    "neutralising",
    "neutralizing",
    "suppressed",
    "jammed",
    "repelled",
    "repel",
    "eliminated",
    "disabled",
    // "as well as disabling another five drones using electronic warfare".
    "disabling",
    "jamming",
    "suppressing",
    // "a fourth was electronically deactivated".
    "deactivated",
    "defeated",
    "thwarted",
    "parried",
    "brought",
    "knocked",
    "foiled",
    // "defence systems stopped three drones".
    "stopped",
    "downing",
    "intercepting",
    "shooting",
    // Headlines in the present: "Russia's Air Defense Downs 44 Ukrainian Drones", "Russia
    // destroys 117 drones launched by Ukraine", "neutralizes 97 of 115 drones".
    "downs",
    "destroys",
    "neutralizes",
    "neutralises",
    "repels",
    "eliminates",
];
pub(crate) const HIT_VERBS: &[&str] = &[
    "hit", "hits", "hitting", "struck", "strike", "reached", "landed", "slammed", "crashed",
    "smashed", "ploughed", "plowed",
    // "two drones impacted the area adjacent to the train".
    "impacted",
];
/// The head of an air-defence subject: a verb of hitting whose subject it is intercepts ("The air
/// defense forces hit all 9 UAVs", "air defense systems hit two more UAVs": the Air Force's
/// "уражено" in translation).
pub(crate) const DEFENCE_SUBJECTS: &[&str] = &[
    "defence",
    "defense",
    "defences",
    "defenses",
    "anti-aircraft",
    "defenders",
];
/// Words between an air-defence subject's head and its verb: "air defence forces have hit".
pub(crate) const DEFENCE_SUBJECT_TAILS: &[&str] = &[
    "forces",
    "units",
    "systems",
    "troops",
    "crews",
    "have",
    "has",
    "had",
    "successfully",
    "also",
];
/// Words after a passive bare "shot" that say the weapons were shot down: where ("were shot on
/// the outskirts of Moscow", "were shot over the Kursk region") or by whom ("were shot by air
/// defence").
pub(crate) const SHOT_WHERE: &[&str] = &["near", "over", "above", "outside", "on", "by"];
/// Words of a border, which weapons are shot across, not down over ("shot over the border").
pub(crate) const BORDER_WORDS: &[&str] = &["border", "frontier", "frontline", "front"];
/// Reporting participles a passive count passes over to its verb: "21 drones were recorded
/// hitting 13 locations", "were seen flying".
pub(crate) const REPORTING_PARTICIPLES: &[&str] = &[
    "recorded",
    "reported",
    "registered",
    "observed",
    "seen",
    "spotted",
    "confirmed",
];
/// Words that set a thing apart from the rest: "all the projectiles except for the Iskander".
pub(crate) const EXCEPT_WORDS: &[&str] = &["except", "excluding", "besides", "apart", "other"];
/// Days named by their feast, with their month and day: "a New Year's Day drone attack".
pub(crate) const FIXED_DAYS: &[(&str, u32, u32)] = &[
    ("new year's day", 1, 1),
    ("new year's eve", 12, 31),
    // "В новогоднюю ночь беспилотники ... атаковали" (glossed): the night into 1 January.
    ("new year's night", 1, 1),
    ("christmas day", 12, 25),
    ("christmas eve", 12, 24),
    ("orthodox christmas", 1, 7),
];
/// Days of the war known by name, with their date: "on the first day of the war".
pub(crate) const WAR_DAYS: &[(&str, i32, u32, u32)] = &[
    ("the first day of the war", 2022, 2, 24),
    ("the first day of the invasion", 2022, 2, 24),
    ("the first day of the full-scale invasion", 2022, 2, 24),
    ("the first day of the full-scale war", 2022, 2, 24),
    ("the first day of russia's invasion", 2022, 2, 24),
    ("the first day of russia's full-scale invasion", 2022, 2, 24),
];
/// "about" as the preposition of a verb or noun, not a qualifier: "it is known about two dead".
pub(crate) const ABOUT_NOT_APPROXIMATE: &[&str] = &[
    "known about",
    "information about",
    "informed about",
    "reported about",
    "reports about",
];
/// Words that make a bare count a guess: "eight more \"likely downed by electronic warfare\"".
pub(crate) const HEDGE_WORDS: &[&str] = &["likely", "possibly", "probably", "presumably"];
/// Modal verbs before a verb of launching: a launch that may come ("Russia could unleash 1,000
/// drones in one night", "may launch up to 500").
pub(crate) const MODAL_WORDS: &[&str] = &["could", "might", "may", "would", "can", "will"];
/// Words that deny the verb of interception right after them: "31 of them could not be
/// intercepted", "failed to intercept 12 of them", "12 of which were never shot down" (glossed
/// "31 из них не удалось перехватить"): those weapons got through, they were not intercepted.
pub(crate) const INTERCEPT_DENIALS: &[&str] = &[
    "not",
    "never",
    "failed",
    "unable",
    "couldn't",
    "didn't",
    "wasn't",
    "weren't",
    "cannot",
    "can't",
    // "Russian air defence tried to shoot down four kamikaze drones" (glossed "намагалася
    // збити"): an attempt, no interception.
    "tried",
    "attempted",
    "trying",
    "attempting",
];
/// Verbs of supply, production and stock: weapons handed over, made or held, not an attack's
/// ("the US transferred 100 ATACMS missiles to Ukraine", "Iran has supplied 2,000 Shahed drones").
pub(crate) const SUPPLY_VERBS: &[&str] = &[
    "supplied",
    "supplies",
    "supply",
    "transferred",
    "delivered",
    "delivers",
    "provided",
    "produced",
    "produces",
    "produce",
    "manufactured",
    "manufactures",
    "bought",
    "purchased",
    "received",
    "ordered",
    // Stock, not use: "Russia has stockpiled 500 missiles", "continues to keep ready 32 cruise
    // missiles".
    "stockpiled",
    "stockpiling",
    "amassed",
    "accumulated",
    "ready",
];
/// What a count of weapons still flying is said to be: "four more are still in the air" (no
/// outcome yet).
pub(crate) const AIRBORNE_PHRASES: &[&[&str]] = &[
    &["are", "still", "in", "the", "air"],
    &["were", "still", "in", "the", "air"],
    &["are", "in", "the", "air"],
    &["remain", "in", "the", "air"],
    &["remained", "in", "the", "air"],
    &["are", "still", "airborne"],
    &["remain", "airborne"],
];
pub(crate) const LOST_WORDS: &[&str] = &[
    "lost",
    "failed",
    "locationally",
    "locally",
    "diverted",
    // "shot down 56 of the drones and redirected 61" (by electronic warfare: not downed).
    "redirected",
    "deviated",
    "missed",
    "disappeared",
    "vanished",
    // "another 415 drones either vanishing from radar or jammed".
    "vanishing",
    "disappearing",
];

/// What a weapon that "destroyed" something names next: the object it hit ("a missile destroyed a
/// school", "destroyed several floors"), not an interception ("36 drones destroyed over Kyiv").
pub(crate) const DESTROYED_OBJECT_STARTS: &[&str] = &[
    "a",
    "an",
    "the",
    "several",
    // "A Russian missile destroyed one of the five entrances to a residential building".
    "one",
    "two",
    "three",
    "part",
    "parts",
    "homes",
    "houses",
    "buildings",
    "infrastructure",
    "its",
    "their",
];
/// Words for a part of a count that leave the part's size unsaid: "most of about 70 missiles
/// were shot down" (70 launched, the part unknown); "intercept half of the 26 missiles Russia
/// launched" (a fraction is no count: 26 launched).
pub(crate) const UNSTATED_PARTS: &[&str] = &[
    "most",
    "majority",
    "some",
    "many",
    "several",
    "part",
    "half",
    "third",
    "thirds",
    "two-thirds",
    "quarter",
    "quarters",
    "bulk",
];
/// Hedges between a weapon noun and its participle: "eight missiles allegedly launched by
/// Ukraine" is a reduced relative, as "eight missiles launched by Ukraine".
pub(crate) const HEDGE_ADVERBS: &[&str] = &["allegedly", "reportedly", "presumably"];
/// Words of later time that may open a report of one more ("Later, another drone was shot
/// down"; "Позднее был сбит еще один дрон", glossed "Later was shot down another drone").
pub(crate) const LATER_OPENERS: &[&str] = &["later", "afterwards", "subsequently"];
/// Openers of a sentence that adds to the whole attack, past any breakdown of it ("In addition,
/// another nine drones were destroyed"; "Кроме того", "Крім того").
pub(crate) const ADDING_OPENERS: &[&str] =
    &["in addition", "additionally", "besides", "on top of that"];
/// Participles of what weapons carried, before the verb of their clause ("Seven unmanned aerial
/// vehicles loaded with explosives and shrapnel hit the pumping station").
pub(crate) const CARRYING_PARTICIPLES: &[&str] = &[
    "loaded", "laden", "armed", "equipped", "packed", "stuffed", "carrying", "filled",
];

/// Words after a weapon count that stand before its own active verb ("111 drones reportedly
/// targeted the Dnipro region", "26 Russian missiles and 52 drones had hit 25 sites").
pub(crate) const BEFORE_OWN_VERB: &[&str] = &[
    "allegedly",
    "reportedly",
    "recently",
    "also",
    "then",
    "later",
    "all",
    "had",
    "has",
    "have",
];
/// Forms of "be" that name what a thing was ("The Kalibr missile was one of 10 missiles
/// launched").
pub(crate) const COPULAS: &[&str] = &["was", "were", "is", "are"];
/// Subjects of a verb of downing: a participle right after one is the clause's verb, not an
/// adjective of the noun after it ("The air defenses intercepted drones over the Belgorod region
/// (4 drones)").
pub(crate) const INTERCEPTOR_SUBJECTS: &[&str] = &[
    "defence", "defense", "defences", "defenses", "forces", "systems", "units", "crews",
    "military", "army", "troops", "they", "we",
];
/// Words that open the clause a count stands in, past which no verb before it is the count's:
/// contrast, report, cause ("destroyed 21 drones ..., as a result of the fall of one drone a man
/// was injured").
pub(crate) const BACKWARD_VERB_STOPS: &[&str] = &[
    ";", ":", "but", "while", "whereas", "although", "though", "that", "adding", "saying", "result",
];

/// What a count that is only compared with names, after "previous", "earlier" and the like:
/// "far surpassing the previous record of 539 drones", "the earlier high of 810".
pub(crate) const RECORD_NOUNS: &[&str] = &["record", "high", "peak", "maximum"];
/// The words that make a record an earlier one ("the previous record of 539 drones").
pub(crate) const EARLIER_ADJECTIVES: &[&str] = &[
    "previous", "earlier", "former", "prior", "past", "old", "last",
];
/// Prepositions of the means of downing ("shot down by air missiles", "with anti-aircraft
/// guns"): its noun is no count's.
pub(crate) const MEANS_PREPS: &[&str] = &["by", "with", "using"];
/// Prepositions of the area weapons were downed over, before a colon that lists them ("targets
/// were neutralised over several regions: 12 drones over Crimea, ...").
pub(crate) const OVER_AREA_PREPS: &[&str] = &["over", "across", "above"];
