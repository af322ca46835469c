//! Words of places and who speaks for them: capitals that stand for their government, the
//! titles that make a possessive place an official's, first names that are also places.

/// Capitals whose name before a saying verb is the government ("as Kyiv said", "Moscow claims").
pub(crate) const CAPITALS: &[&str] = &["Kyiv", "Moscow"];
/// Words after ", Russia" that make the country the actor of its clause ("On Thursday, Russia
/// killed one civilian", "Overnight, Russia has launched ..."), besides any past form in "-ed".
pub(crate) const COUNTRY_ACTING_WORDS: &[&str] = &[
    "has",
    "had",
    "have",
    "is",
    "was",
    "will",
    "also",
    "again",
    "said",
    "says",
    "hit",
    "struck",
    "sent",
    "launches",
    "fires",
    "attacks",
    "hits",
    "strikes",
    "shot",
    "continues",
    "began",
];
/// Verbs after a capital that make it the government acting ("as Kyiv targeted oil refineries").
pub(crate) const GOVERNMENT_VERBS: &[&str] = &[
    "targeted",
    "launched",
    "attacked",
    "struck",
    // "Kyiv said Moscow hit the northeastern city" (not "Kharkiv hit by drones": passive).
    "hit",
    "fired",
    "sent",
    "accused",
    "denied",
    "retaliated",
    "responded",
    "claimed",
    "blamed",
    // "Moscow refused claims that it was behind a missile strike".
    "refused",
    "rejected",
    "dismissed",
    // "as Moscow continues to pursue its campaign", "as Moscow stepped up its attacks": the
    // government carrying on its war.
    "continues",
    "continued",
    // "Moscow persists in terrorizing his country with regular missile and drone strikes".
    "persists",
    "persisted",
    "kept",
    "keeps",
    "pursues",
    "presses",
    "intensified",
    "intensifies",
    "escalated",
    "escalates",
    "stepped",
    "steps",
];
/// Between a capital and its government's verb: a perfect's auxiliary ("Moscow has targeted";
/// not a passive's "was").
pub(crate) const PERFECT_AUX: &[&str] = &["has", "had", "have"];
/// Adverbs not in "-ly" between a capital and its government's verb ("Moscow has often
/// targeted").
pub(crate) const GOVERNMENT_ADVERBS: &[&str] = &[
    "often", "never", "seldom", "also", "already", "again", "still",
];
/// Prepositions before a capital that make it a place, not its government ("in Kyiv hit").
pub(crate) const PLACE_PREPOSITIONS: &[&str] = &["in", "on", "over", "at", "near", "to", "into"];
/// Verbs whose object, a capital, is its government ("Moscow blamed Kyiv", "accused Moscow").
pub(crate) const GOVERNMENT_OBJECT_VERBS: &[&str] = &[
    "blamed", "blaming", "blames", "blame", "accused", "accusing", "accuses", "accuse",
];
/// Participles before "by" and a capital that make it a government, not a place: "the local
/// governor installed by Moscow", "authorities appointed by Moscow", "forces backed by Moscow".
pub(crate) const GOVERNMENT_AGENT_PARTICIPLES: &[&str] = &[
    "installed",
    "appointed",
    "backed",
    "controlled",
    "sponsored",
];
/// Words before two capitals joined by "and" ("talks involving Kyiv and Moscow", "between Moscow
/// and Kyiv"): the two governments, no places of an attack.
pub(crate) const GOVERNMENT_PAIR_WORDS: &[&str] = &["between", "involving"];
/// The capitals such a pair names.
pub(crate) const PAIR_CAPITALS: &[&str] = &["kyiv", "kiev", "moscow"];
/// Nouns of dealing with a government, before "on", "against" or "with" and a capital: "greater
/// international pressure on Moscow", "sanctions against Moscow", "talks with Kyiv".
pub(crate) const GOVERNMENT_OBJECT_NOUNS: &[&str] = &[
    "pressure",
    "sanctions",
    "talks",
    "negotiations",
    "ultimatum",
    "demands",
];
/// The forms of "be" of a passive after "the Kremlin" ("the Kremlin was attacked by two
/// drones": the place), not "has" ("the Kremlin has struck": the government).
pub(crate) const PASSIVE_BE: &[&str] = &["was", "were", "is", "are", "been"];
/// Words before "the Kremlin" that make it the place attacked, not the government ("drones
/// targeted the Kremlin", "an attack against the Kremlin"); prepositions of place and verbs of
/// hitting too.
pub(crate) const KREMLIN_AS_TARGET: &[&str] = &[
    "targeted",
    "targeting",
    "attacked",
    "attacking",
    "above",
    "toward",
    "towards",
    "against",
    "of",
];
/// Nouns of an attack whose agent a capital after "by" is ("an air raid by Kiev").
pub(crate) const ATTACK_NOUNS: &[&str] = &[
    "attack", "attacks", "raid", "raids", "strike", "strikes", "shelling", "assault", "attempt",
];
/// Passive participles of launching whose agent a capital after "by" is, a few words on ("110
/// missiles were fired across Ukraine by Moscow").
pub(crate) const LAUNCH_PARTICIPLES: &[&str] = &["launched", "fired", "sent", "unleashed"];
/// Words after a possessive place that make it an official's ("Kharkiv's mayor said ...").
pub(crate) const OFFICIAL_WORDS: &[&str] = &[
    "mayor",
    "governor",
    "authorities",
    "officials",
    "administration",
    "police",
    "military",
    "regional",
    "city",
    "council",
    "head",
    "emergency",
    "prosecutor",
    "prosecutors",
];
/// Places that are also first names: before a capitalised word ("Vladimir Putin"), a person.
pub(crate) const PLACE_FIRST_NAMES: &[&str] = &["vladimir"];
/// Words of a clock time before a place that names its time zone ("at 5 a.m. Moscow (0200 GMT)").
pub(crate) const CLOCK_WORDS: &[&str] =
    &["a.m", "p.m", "am", "pm", "a.m.", "p.m.", "o'clock", "hrs"];
/// Time zones after a clock time ("at about 4 am (0200 GMT)", "between 0800 MSK and 1350 MSK").
pub(crate) const TIME_ZONES: &[&str] = &[
    "gmt", "utc", "cet", "cest", "est", "edt", "msk", "eet", "eest", "bst",
];
/// Words before "time" after a clock time ("at 0800 Kyiv time", "1350 local time").
pub(crate) const TIME_ZONE_PLACES: &[&str] = &["local", "kyiv", "kiev", "moscow", "ukrainian"];
/// Words after a place that make it the name of an office or a government that speaks, not the
/// place of the attack ("the Kharkiv governor", "Moscow authorities", "the Kyiv regime", the
/// Russian ministry's word for Ukraine's government; "Kiev troops", "Moscow's forces").
pub(crate) const PLACE_TITLE_WORDS: &[&str] = &[
    "governor",
    "mayor",
    "authorities",
    "officials",
    "administration",
    "police",
    "prosecutors",
    "prosecutor's",
    "military",
    "council",
    "head",
    "governor's",
    "mayor's",
    "regime",
    "regime's",
    // "Kiev troops made another unsuccessful attempt to attack Russia": the army of a capital.
    "troops",
    "forces",
    "army",
    "militants",
    "government",
];
/// Capitalised words after a place that make it the name of an outlet ("according to the Kyiv
/// Independent", "the Kyiv Post reported", "The Moscow Times"): no place of the attack.
pub(crate) const PLACE_OUTLET_WORDS: &[&str] = &["independent", "post", "times"];
/// Words that end a list of launch directions ("launched from the direction of Sumy flew over the
/// Kursk region"): the places after them are where the weapons went.
pub(crate) const DIRECTION_STOPS: &[&str] = &[
    "over", "at", "into", "towards", "toward", "against", "across", "flew", "flying", "headed",
    "heading",
];
/// Nouns of travel before "to" and a place ("during a visit to Moscow"): where people went, no
/// place of an attack.
pub(crate) const VISIT_NOUNS: &[&str] = &["visit", "trip", "journey", "travel"];
/// Nouns of gatherings before "in" and a place ("the Global Nuclear Forum in Moscow"): where people
/// met, no place of an attack.
pub(crate) const EVENT_NOUNS: &[&str] = &["forum", "summit", "conference", "talks", "negotiations"];
/// Words before "of" or "from" that make the place after them a point of reference, not where
/// the figures are ("a village north of Kyiv", "20 km from Kharkiv").
pub(crate) const REFERENCE_WORDS: &[&str] = &[
    "north",
    "south",
    "east",
    "west",
    "northeast",
    "north-east",
    "northwest",
    "north-west",
    "southeast",
    "south-east",
    "southwest",
    "south-west",
    "km",
    "kilometres",
    "kilometers",
    "miles",
];
/// Plural nouns of places: "14 more Ukrainian regions" counts no people.
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "regions",
    "cities",
    "towns",
    "villages",
    "districts",
    // "Постраждали 13 населених пунктів" (glossed): 13 places were hit.
    "settlements",
    "communities",
];
/// Nouns of several places that examples follow, besides [`PLACE_NOUNS`]: "across various
/// oblasts, including Kyiv", "most of the country, including the capital, Kyiv".
pub(crate) const SEVERAL_PLACES: &[&str] = &["oblasts", "provinces", "areas", "parts", "country"];
/// Words that open examples of several places: "including the capital, Kyiv", "such as Kharkiv".
pub(crate) const EXAMPLE_MARKS: &[&str] = &["including", "notably", "such"];
/// Words between an example mark and its place, or between the places of the list: "including
/// the capital, Kyiv", "including the port of Izmail", "including in Kyiv".
pub(crate) const EXAMPLE_FILLERS: &[&str] = &[
    "the", "capital", "city", "major", "port", "of", "in", ",", "and", "as", "well",
];
/// Words after an example place that give it the figures of their clause: "several regions,
/// including Kharkiv, where four people died", "..., including the Dnipropetrovsk region, in which".
pub(crate) const EXAMPLE_OWN_FIGURES: &[&[&str]] = &[&[",", "where"], &[",", "in", "which"]];
/// Words after a place's name that are still its name ("the Dnipropetrovsk region", "Kyiv city").
pub(crate) const PLACE_TAILS: &[&str] = &[
    "region", "oblast", "city", "province", "district", "krai", "republic",
];
/// Buildings and things a casualty verb may be glossed onto ("постраждало до десяти будинків",
/// "injured up to ten buildings"): counts of no people.
pub(crate) const BUILDING_NOUNS: &[&str] = &[
    "buildings",
    "houses",
    "homes",
    "apartments",
    "flats",
    "cars",
    "vehicles",
    "facilities",
    "enterprises",
    "structures",
];
/// Nouns of an area that is no named place, after the preposition of an elliptical list's first
/// item ("six drones over Russian regions and two over Crimea", "nine over the Black Sea").
/// Seas, the named areas of an elliptical item that the gazetteer does not hold ("another 62
/// over the Black Sea and five over the Sea of Azov").
pub(crate) const SEA_NOUNS: &[&str] = &["sea", "waters"];
pub(crate) const AREA_NOUNS: &[&str] = &[
    "region",
    "regions",
    "territory",
    "territories",
    "sea",
    "oblast",
    "oblasts",
    "areas",
];
/// Words after a count of people that stand for the people counted before ("and two others in
/// Kherson province").
pub(crate) const ELLIPTICAL_PEOPLE: &[&str] = &["others", "more"];
/// Nouns of people between an elliptical casualty count and its place ("18 people were injured in
/// Kiev and 42 people in Kharkiv"): the count of people the casualty before it counts.
pub(crate) const ELLIPTICAL_PERSONS: &[&str] = &["people", "persons", "civilians", "residents"];
/// Words that may end the clause of such a count after its place ("and 42 people in Kharkiv this
/// morning"); any other word gives the people a predicate of their own ("and 3,000 residents in
/// Izmail lost power"); a place's own words ([`PLACE_TAILS`]) are its place.
/// (Up to a word that opens a phrase of the whole sentence: "... this morning after Russian
/// missile strikes".)
pub(crate) const ELLIPTICAL_PERSONS_STOPS: &[&str] = &[
    "after",
    "following",
    "as",
    "when",
    "during",
    "amid",
    "from",
    "by",
];
pub(crate) const ELLIPTICAL_PERSONS_TAILS: &[&str] = &[
    "this",
    "morning",
    "afternoon",
    "evening",
    "night",
    "overnight",
    "today",
    "yesterday",
    "alone",
    "on",
    "the",
    "in",
    "of",
];
/// Nouns of a settlement or an area named after "of" ("two in the town of Pokrovsk", "one each
/// over the territories of Kursk, Belgorod and Oryol regions"): the place is two words further on
/// than after a bare preposition.
pub(crate) const SETTLEMENT_NOUNS: &[&str] = &[
    "territory",
    "territories",
    "town",
    "city",
    "village",
    "settlement",
    "community",
    "hromada",
];
/// Words that end a place of origin's phrase looking back from a place ("drones from the east
/// were shot down in Crimea": the place is where they were downed).
pub(crate) const ORIGIN_STOPS: &[&str] = &[
    ".",
    ";",
    "down",
    "hit",
    "struck",
    "attacked",
    "targeted",
    "destroyed",
    "intercepted",
];

/// Regional officials and the place they speak for: a figure in a sentence that names one of
/// them and no place is that place's ("The attacks killed a seven-year-old and injured three
/// others, according to Ivan Fedorov" is not; "..., Syniehubov said" is Kharkiv Oblast's). Only
/// officials who kept one region through the war (Serhii Lysak went from Dnipropetrovsk Oblast
/// to Odesa's city administration; Alexander Khinshtein was a deputy before Kursk).
/// A name in Latin letters matches the word (or its possessive); one ending in `*` is a stem
/// (Ukrainian and Russian case endings).
pub(crate) const OFFICIAL_PLACES: &[(&str, &str)] = &[
    ("klitschko", "Kyiv"),
    ("кличко", "Kyiv"),
    ("syniehubov", "Kharkiv"),
    ("synehubov", "Kharkiv"),
    ("синєгубов*", "Kharkiv"),
    ("синегубов*", "Kharkiv"),
    ("terekhov", "Kharkiv"),
    ("терехов*", "Kharkiv"),
    ("vilkul", "Kryvyi Rih"),
    ("вілкул*", "Kryvyi Rih"),
    ("вилкул*", "Kryvyi Rih"),
    ("kiper", "Odesa"),
    ("кіпер*", "Odesa"),
    ("кипер*", "Odesa"),
    ("prokudin", "Kherson"),
    ("прокудін*", "Kherson"),
    ("прокудин*", "Kherson"),
    ("kozytskyi", "Lviv"),
    ("козицьк*", "Lviv"),
    ("козицк*", "Lviv"),
    ("chaus", "Chernihiv"),
    ("чаус*", "Chernihiv"),
    ("hryhorov", "Sumy"),
    // (Its exact forms: the stem would take the patronymic "Григорович".)
    ("григоров", "Sumy"),
    ("григорова", "Sumy"),
    ("григорову", "Sumy"),
    ("григоровим", "Sumy"),
    ("григоровым", "Sumy"),
    ("григорові", "Sumy"),
    ("григорове", "Sumy"),
    ("taburets", "Cherkasy"),
    ("табурц*", "Cherkasy"),
    ("табурец*", "Cherkasy"),
    ("filashkin", "Donetsk Oblast"),
    ("філашкін*", "Donetsk Oblast"),
    ("филашкин*", "Donetsk Oblast"),
    ("senkevych", "Mykolaiv"),
    ("сєнкевич*", "Mykolaiv"),
    ("сенкевич*", "Mykolaiv"),
    ("gladkov", "Belgorod"),
    ("гладков*", "Belgorod"),
    ("bogomaz", "Bryansk"),
    ("богомаз*", "Bryansk"),
    ("sobyanin", "Moscow"),
    ("собянин*", "Moscow"),
    ("aksyonov", "Crimea"),
    ("aksenov", "Crimea"),
    ("аксенов*", "Crimea"),
    ("аксёнов*", "Crimea"),
    ("аксьонов*", "Crimea"),
    ("razvozhayev", "Sevastopol"),
    ("razvozhaev", "Sevastopol"),
    ("развожаев*", "Sevastopol"),
    ("развожаєв*", "Sevastopol"),
    ("bocharov", "Volgograd"),
    ("бочаров*", "Volgograd"),
    ("artamonov", "Lipetsk"),
    ("артамонов*", "Lipetsk"),
    ("klychkov", "Oryol"),
    ("клычков*", "Oryol"),
    ("busargin", "Saratov"),
    ("бусаргин*", "Saratov"),
    ("gusev", "Voronezh"),
    ("гусев*", "Voronezh"),
    ("rudenya", "Tver"),
    ("rudeni", "Tver"),
    ("руденя", "Tver"),
    ("рудени", "Tver"),
    ("anokhin", "Smolensk"),
    ("анохин*", "Smolensk"),
    ("shapsha", "Kaluga"),
    ("шапша", "Kaluga"),
    ("шапши", "Kaluga"),
];
