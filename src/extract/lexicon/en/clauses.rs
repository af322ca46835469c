//! Words of clause structure: what joins an elliptical count to the count before it, what opens
//! a breakdown, the prepositions of an interception area, verbs of saying that separate two
//! reports, what ends a figure's clause.

/// Elliptical counts: the prepositions that follow a bare number standing for the count before
/// it ("nine drones over Belgorod and 13 over Kursk", "four killed in Kharkiv, two in Donetsk").
pub(crate) const ELLIPSIS_PREPS: &[&str] = &["in", "over", "near", "above", "across", "outside"];

/// Words after "these"/"those" that make it a pronoun, not a determiner ("shot down 29 of those on
/// the approaches", "12 of those were drones").
pub(crate) const AFTER_PRONOUN: &[&str] = &[
    "on",
    "at",
    "by",
    "from",
    "to",
    "were",
    "was",
    "had",
    "have",
    "has",
    "and",
    "or",
    "while",
    "with",
    "during",
    "overnight",
];

/// Words of means right after a bare number, which are no noun it counts: "destroyed ten drones
/// and suppressed three using electronic warfare", "shot down two with small arms".
pub(crate) const MEANS_AFTER_COUNT: &[&str] = &["using", "with", "by", "via"];

/// What ends the words between "each" and its places' preposition ("two each, and three over").
pub(crate) const EACH_STOPS: &[&str] = &[",", ";", ".", ":", "and", "(", "-", "–", "—"];

/// Event nouns after a number-weapon compound ("a 50-drone assault"): the weapons are launched.
pub(crate) const COMPOUND_EVENTS: &[&str] = &[
    "attack",
    "assault",
    "strike",
    "barrage",
    "raid",
    "wave",
    "salvo",
    "bombardment",
];

/// Nouns of a weapon's type after its name ("a missile of the Kinzhal type").
pub(crate) const TYPE_NOUNS: &[&str] = &["type", "class", "model", "variety"];

/// What may join an elliptical count to the count before it.
pub(crate) const ELLIPSIS_JOINERS: &[&str] =
    &[",", "and", ";", "–", "—", "-", ":", "while", "plus"];

/// Conjunctions that end a number's clause right after it, so the number has no head noun
/// ("shooting down 76 while losing track of 96 others").
pub(crate) const COUNT_CLAUSE_ENDS: &[&str] = &["while", "whereas", "but", "although", "though"];

/// Words after a singular weapon noun that end its phrase ("one unidentified missile during the
/// attack"), so an unknown word before it is its adjective.
pub(crate) const SINGULAR_HEAD_FOLLOWERS: &[&str] = &[
    "and", "or", "in", "at", "during", "over", "on", "from", "was", "were", "that", "which",
];

/// Marks after a total that open its breakdown ("four drones – two in Rostov, one in Belgorod").
pub(crate) const BREAKDOWN_MARKS: &[&str] = &[":", "(", "-", "–", "—", "including"];

/// Words right before a figure that open a subset of the count before it, across a comma ("72
/// missiles, including 10 Kinzhals").
pub(crate) const SUBSET_OPENERS: &[&str] = &["including", "encompassing"];

/// Verbs of a relative clause that open a subset ("53 missiles, which included four Iskanders");
/// as a main verb they state the attack's weapons ("the attack included 440 drones").
pub(crate) const SUBSET_RELATIVE_VERBS: &[&str] = &["included", "include", "includes"];
/// Finite auxiliaries that give a clause a verb of its own ("and two others in Kyiv were
/// injured").
pub(crate) const FINITE_AUX: &[&str] = &[
    "were", "was", "are", "is", "been", "be", "being", "had", "has", "have", "got",
];
/// Words of the night an attack took ("a massive nighttime attack", "overnight").
pub(crate) const NIGHT_WORDS: &[&str] =
    &["night", "nights", "overnight", "nighttime", "night-time"];
/// Nouns of a figure stated before, as the subject that opens a sentence of its parts: "This
/// figure includes 537 children killed", "The death toll includes 33 people in Kyiv", "This
/// number includes 20 Kh-101 missiles".
pub(crate) const FIGURE_NOUNS: &[&str] = &["figure", "figures", "number", "toll", "tally", "total"];
/// Of those, the nouns of a toll: "the toll" points back to one without a demonstrative.
pub(crate) const TOLL_NOUNS: &[&str] = &["toll", "tally"];
/// Words that open another clause between a "casualty toll" and a count ("The casualty toll is
/// still unclear but 12 people were injured"): the count is no longer the toll's.
pub(crate) const TOLL_CLAUSE_BREAKS: &[&str] = &[
    "but", "as", "while", "and", "after", "when", "because", "though", "although",
];
/// Words that point back to something just named.
pub(crate) const DEMONSTRATIVES: &[&str] = &["this", "these", "that", "those"];

/// Nouns that name weapons without saying which: "destroyed nine of the weapons" is a part of the
/// count of drones or missiles before it.
pub(crate) const GENERIC_WEAPON_NOUNS: &[&str] =
    &["weapons", "projectiles", "munitions", "targets"];

/// Punctuation after a subset's figure ("including six children") that closes the subset.
pub(crate) const SUBSET_CLOSERS: &[&str] = &[",", ";", ".", "—", "–", "-", ")"];

/// Prepositions before the region where weapons were downed ("over the Bryansk region", "two
/// drones targeting Moscow", "a drone approaching the capital").
pub(crate) const AREA_PREPS: &[&str] = &[
    "over",
    "above",
    "in",
    "near",
    "targeting",
    "approaching",
    "towards",
    "toward",
];

/// Adjectives between an area preposition and its place ("over southern Belgorod region",
/// "over the neighbouring Kursk region").
pub(crate) const AREA_ADJECTIVES: &[&str] = &[
    "southern",
    "northern",
    "eastern",
    "western",
    "southwestern",
    "southeastern",
    "northwestern",
    "northeastern",
    "central",
    "neighbouring",
    "neighboring",
    "border",
    "occupied",
    "annexed",
];

/// Words before a plural region noun that make a count's area the country ("13 others downed
/// over other western regions", "six drones over Russian regions", "over several regions").
pub(crate) const UNNAMED_REGIONS: &[&str] = &[
    "other",
    "several",
    "various",
    "multiple",
    "many",
    "different",
    "russian",
    "ukrainian",
    "its",
];

/// Nouns of a region left unnamed after an area preposition ("seven drones were destroyed over
/// the region", the governor's region named elsewhere in the sentence).
pub(crate) const UNNAMED_AREAS: &[&str] = &["region", "oblast", "city", "province", "area"];

/// Words between the places of a list ("over Moscow, Tula, Kaluga and Bryansk provinces").
pub(crate) const LIST_GLUE: &[&str] = &[
    ",",
    "and",
    "or",
    "the",
    "region",
    "regions",
    "oblast",
    "oblasts",
    "province",
    "provinces",
];

/// Words that open a part of a count, whose place is not the count's area ("35 drones,
/// including four in the Moscow region", "22 drones, with the highest number over Oryol").
pub(crate) const AREA_SUBSET_WORDS: &[&str] = &[
    "including",
    "among",
    "highest",
    "most",
    "majority",
    "mostly",
    "mainly",
];

/// Verbs of saying that separate two reports in one sentence ("the ministry claimed it
/// intercepted 71 drones, while the mayor said 13 were shot down near the capital"): counts on
/// either side are two sources' figures, not parts that add.
pub(crate) const SAYING_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "claimed",
    "claims",
    "told",
    "added",
    "adding",
    "stated",
    "wrote",
    "reported",
    "reporting",
    "announced",
    // "the mayor reported eight drones were shot down, with the ministry claiming ten downed".
    "claiming",
    "saying",
    "stating",
    // "В ведомстве уточнили, что еще один беспилотник уничтожили" (glossed "In the ministry
    // clarified, that another one drone destroyed").
    "clarified",
    "specified",
    "noted",
    "explained",
];

/// Prepositions after a launch participle that make it modify the weapon noun before it
/// ("missiles fired from the Caspian Sea", "drones launched at Kyiv").
pub(crate) const REDUCED_RELATIVE_PREPS: &[&str] =
    &["from", "by", "at", "against", "toward", "towards", "over"];

/// Words that end the clause of a figure's place ("..., while in Lviv a woman was killed").
pub(crate) const CLAUSE_BREAKS: &[&str] = &[";", "while", "whereas", "meanwhile"];
/// Auxiliaries that open a count's own passive or perfect ("60 drones, mostly Shaheds, were shot
/// down", "... had been confirmed shot down").
pub(crate) const COUNT_AUX: &[&str] = &["was", "were", "had", "have", "has"];

/// What links a count to its total ("28 drones out of 31 launched", "58 drones from a total of
/// 60", "26 of 39 missiles"): the number after the link is the launched total.
pub(crate) const TOTAL_LINKS: &[&[&str]] = &[
    &["of"],
    // "28 out 33 drones launched by Russia were shot down" (wire copy drops the "of").
    &["out"],
    &["out", "of"],
    &["of", "a", "total", "of"],
    &["out", "of", "a", "total", "of"],
    &["from", "a", "total", "of"],
];

/// Sentence adverbs between a count and its verb ("two, unfortunately, hit the airfield", "three
/// reportedly struck the port").
pub(crate) const COUNT_ADVERBS: &[&str] = &[
    "unfortunately",
    "reportedly",
    "allegedly",
    "however",
    "eventually",
    "subsequently",
];

/// Adjectives between a total link and its total ("two of the total four missiles", "three of the
/// overall 20 drones", "downed 62 out of the record 145 Russian drones").
pub(crate) const TOTAL_ADJECTIVES: &[&str] = &["total", "overall", "record", "combined"];

/// Time adverbs that may stand between a count and its total link ("58 attack drones overnight
/// from a total of 60").
pub(crate) const TOTAL_LINK_ADVERBS: &[&str] = &["overnight", "today", "yesterday", "tonight"];

/// Function words that never modify a weapon noun after a number ("three were drones", "two of
/// drones"): the head rule does not read them as adjectives.
pub(crate) const NOT_ADJECTIVES: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "of", "by", "with", "from", "to", "in", "on", "at", "as",
    "than", "for", "into", "onto", "over", "were", "was", "are", "is", "be", "been", "being",
    "had", "have", "has", "these", "those", "their", "its", "his", "her", "our", "which", "that",
    "who", "them", "they", "it", "not", "no", "per", "each",
    // Collective nouns: "two waves of drones" (glossed "две волны ударных дронов": "two waves
    // strike drones") counts waves.
    "wave", "waves", "series", "salvo", "salvos", "volley", "volleys", "group", "groups", "batch",
    "batches", "swarm", "swarms",
];

/// Number words (and the parts of "twenty-five"), never adjectives of a weapon noun ("one of four
/// missiles").
pub(crate) const NUMBER_WORDS: &[&str] = &[
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
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
    "dozen",
    "dozens",
    "hundreds",
    "thousands",
    "million",
];

/// Nouns that a number labels ("Section 333", "Flight 752", "train 6605"): the number is no count.
pub(crate) const LABEL_NOUNS: &[&str] = &[
    "section",
    "article",
    "resolution",
    "chapter",
    "flight",
    "no",
    "number",
    "brigade",
    "regiment",
    "route",
    "highway",
    "unit",
    "paragraph",
    "train",
    "bus",
];

/// What follows an elliptical count of the whole country ("eight killed in Kyiv alone, and 10
/// across the country").
pub(crate) const NATIONAL_TAILS: &[&[&str]] = &[
    &["across", "the", "country"],
    &["across", "ukraine"],
    &["across", "russia"],
    &["throughout", "the", "country"],
    &["nationwide"],
    &["countrywide"],
    &["in", "total"],
    &["overall"],
    &["in", "all"],
];

/// Quotation marks that may stand before the first word of a sentence ("\"Another drone was
/// destroyed ...").
pub(crate) const OPENING_QUOTES: &[&str] = &["\"", "“", "‘", "'"];
/// Quotation marks, opening or closing, that a word quoted from a statement stands between
/// ("\"all\" were destroyed").
pub(crate) const QUOTE_MARKS: &[&str] = &["\"", "“", "”", "‘", "’", "«", "»"];

/// Verbs whose bare object counts buildings or vehicles, never weapons ("damaged another 16").
pub(crate) const DAMAGE_VERBS: &[&str] = &["damaged", "damaging", "damages"];

/// Words after the total of an "X out of Y" that name no thing of their own, so that the weapon
/// named before is what both count: "Ukraine said it shot down 23 out of 28 yesterday".
pub(crate) const TOTAL_TAIL_WORDS: &[&str] = &[
    "yesterday",
    "overnight",
    "today",
    "on",
    "in",
    "over",
    "were",
    "was",
];

/// Pronoun subjects that carry on the sentence before: "Russia conducted 90 air attacks in the
/// past day. They dropped 223 bombs ..." (its period).
pub(crate) const CARRYING_PRONOUNS: &[&str] = &["they", "these", "those"];
/// Words that point back to the attacks or the time of the sentence before ("Seven people were
/// killed and 55 wounded in these attacks", "Russia claimed to have shot down 93 Ukrainian drones
/// during the same period"): after a period's sentence, the same period; after one night's
/// attack, that night.
pub(crate) const BACK_TO_ATTACKS: &[&str] = &[
    "these attacks",
    "those attacks",
    "these strikes",
    "those strikes",
    "the same period",
    "the same timeframe",
    "the same time frame",
];

/// The words that state what a "number of" comes to, ending right before the figure: "the total
/// number of drones shot down ... had reached 32" (glossed "общее число ... достигло 32"), "rose
/// to", "stands at".
pub(crate) const NUMBER_REACHED: &[&[&str]] = &[
    &["reached"],
    &["rose", "to"],
    &["risen", "to"],
    &["increased", "to"],
    &["climbed", "to"],
    &["grew", "to"],
    &["grown", "to"],
    &["amounted", "to"],
    &["totalled"],
    &["totaled"],
    &["stands", "at"],
    &["stood", "at"],
    &["is"],
    &["was"],
];

/// Units a figure may be given in with nothing else after it: "reached 32 units" (glossed
/// "единиц").
pub(crate) const COUNT_UNITS: &[&str] = &["units", "unit", "pieces", "единиц", "одиниць"];

/// Words between "including" and the figure of its subset: "including all 10 Kinzhals",
/// "including a record 32 ballistic missiles", "including a record number of 32".
pub(crate) const SUBSET_FIGURE_MODIFIERS: &[&[&str]] = &[
    &["all"],
    &["a", "record"],
    &["a", "record", "number", "of"],
    &["a", "record-breaking"],
];

/// Words that open a sentence recalling an earlier report ("Earlier, the ministry said ..."): no
/// lead of the article (Ukrainian and Russian: `uk::RECAP_OPENERS`, `ru::RECAP_OPENERS`).
pub(crate) const RECAP_OPENERS: &[&str] = &["earlier", "previously", "recall"];

/// Words before a weapon noun that point back to weapons named before ("the missiles", "those
/// drones"): no uncounted weapons of their own.
pub(crate) const BACK_DETERMINERS: &[&str] = &["the", "its", "their", "these", "those", "of"];

/// Words of a proportion of a count, in an aside after it ("nearly 40 drones, about 90 percent of
/// those launched, were shot down"): the aside measures the count, the verb after it is the
/// count's.
pub(crate) const PROPORTION_WORDS: &[&str] = &[
    "percent", "per", "%", "most", "half", "third", "thirds", "quarter", "quarters", "majority",
];

/// Words inside a drone count that make it a count of reconnaissance drones, no attack's weapons
/// ("destroyed 16 of 17 enemy attack drones and seven reconnaissance UAVs"; the Air Force's record
/// counts attack drones only).
pub(crate) const RECONNAISSANCE_WORDS: &[&str] = &["reconnaissance", "surveillance", "spy"];

/// Words that end the reach of an absolute participle after "with N" ("with 31 of the drones
/// shot down"): a clause's punctuation or relative word, a dash that opens a part ("attacked
/// Ukraine with 14 cruise missiles - 10 were destroyed"), and "but", which opens a clause of its
/// own ("targeted Ukraine with four cruise missiles overnight but all of them were intercepted":
/// the four are launched; the anaphora intercepts them). (Not a finite verb: "an attack with 19
/// drones against locations on Russian territory was thwarted" is the drones downed.)
pub(crate) const ABSOLUTE_PARTICIPLE_STOPS: &[&str] = &[
    ",", ";", ".", ")", "-", "–", "—", "while", "which", "that", "who", "but",
];

/// Words between "all" and its verb of downing that tie the weapons to one place, so that they
/// are no longer all of the count before ("While 12 missiles struck their targets, all
/// projectiles aimed at Kyiv were intercepted", "all targets over the city were destroyed").
pub(crate) const ALL_RESTRICTORS: &[&str] = &[
    "aimed at",
    "targeting",
    "heading for",
    "headed for",
    "heading towards",
    "heading toward",
    "flying towards",
    "flying toward",
    "launched at",
    "fired at",
    "over",
    "near",
];

/// Participles after a count in an absolute phrase that make it the weapons launched ("with a
/// total of up to 26 drones used by Russian forces").
pub(crate) const ABSOLUTE_LAUNCH_PARTICIPLES: &[&str] = &["launched", "fired", "used", "sent"];

/// Words before an attack noun that make it attacks other than the one reported ("other Russian
/// attacks killed at least two and injured five civilians"): their toll is none of this attack's.
pub(crate) const OTHER_ATTACK_WORDS: &[&str] = &["other"];
/// The attack nouns those words make other attacks: plurals only ("One other Russian missile
/// strike ... killed one particular person", machine-rewritten "another", is one more attack
/// reported beside the first).
pub(crate) const OTHER_ATTACK_NOUNS: &[&str] =
    &["attacks", "strikes", "raids", "assaults", "shelling"];

/// Words that open an indirect question: what follows is asked, not stated ("did not provide
/// details on whether the ICBM was also intercepted", "It is unclear whether the missile was
/// shot down").
pub(crate) const QUESTION_OPENERS: &[&str] = &["whether", "if"];
