//! Casualty words of the English table: the cues before and after a number ("killing 57",
//! "were killed"), what may stand between them, and the injuries people "sustained".

/// Words of a sentence about casualties: a bare number over the plausible maximum there is no
/// toll of one attack ("pushing the Russian death toll up to at least 71,200").
pub(crate) const CASUALTY_CONTEXT: &[&str] = &[
    "toll",
    "killed",
    "dead",
    "died",
    "injured",
    "wounded",
    "casualties",
];
/// Casualty cues before a number: "killing 57", "injuring at least 26", "deaths of two".
pub(crate) const KILL_BEFORE: &[&str] = &[
    "killing",
    "killed",
    "kills",
    "kill",
    "deaths",
    "death",
    "lives",
    "life",
    "claimed",
    // "a food warehouse was hit, claiming one life".
    "claiming",
    "leaving",
    "murdering",
    "murdered",
    // "recovered the bodies of two people", "the body of a woman was found" (with "of").
    "bodies",
    "body",
];
pub(crate) const INJURE_BEFORE: &[&str] = &[
    "injuring",
    "injured",
    "injures",
    "wounding",
    "wounded",
    "hurting",
    "hurt",
    "harmed",
    "harming",
    "injuries",
    "injury",
    "hospitalising",
    "hospitalizing",
];
/// Words after "killed/wounded another" that end its clause: "and wounded another in the blast".
pub(crate) const ANOTHER_CLAUSE_ENDS: &[&str] = &["and", "in", "on", "at", "when", "as", "after"];
/// Words after a comma that open a parenthetical of the people counted: "three people,
/// including a child, were".
pub(crate) const PARENTHETICAL_OPENERS: &[&str] = &[
    "including",
    "among",
    "mostly",
    "most",
    "many",
    "all",
    "some",
];
/// Words that open a phrase between the people counted and their verb: "people in Kharkiv
/// were", "residents of a nearby apartment building had been", "Twelve people including a
/// child were killed".
pub(crate) const SUBJECT_PREPS: &[&str] = &[
    "in",
    "at",
    "from",
    "of",
    "on",
    "inside",
    "near",
    "aboard",
    // "44 people across Ukraine were injured", "people throughout the region".
    "across",
    "throughout",
    "including",
    // "Eight residents with acute stress reactions sought medical attention".
    "with",
];
/// Adverbs of degree between a person and a casualty word: "another critically injured".
pub(crate) const DEGREE_ADVERBS: &[&str] = &[
    "critically",
    "seriously",
    "severely",
    "gravely",
    "badly",
    "slightly",
    "lightly",
    "moderately",
];
/// Verbs of a change before "from N to M" (a toll that rose from seven to ten: the second number
/// is the toll, not the top of a range).
pub(crate) const CHANGE_VERBS: &[&str] = &[
    "rose",
    "risen",
    "increased",
    "climbed",
    "grew",
    "jumped",
    "went",
    "up",
];
/// Verbs that put a count above a number: "the death toll exceeded 18" (more than 18 killed),
/// "exceeding 100 drones".
pub(crate) const EXCEED_VERBS: &[&str] = &[
    "exceeding",
    "exceeded",
    "exceeds",
    "surpassed",
    "surpasses",
    "topped",
    "tops",
];
/// Adjectives between "the number of" and its casualty noun ("the number of confirmed deaths").
pub(crate) const TOLL_ADJECTIVES: &[&str] = &[
    "confirmed",
    "reported",
    "civilian",
    "registered",
    "known",
    "official",
];

/// Words between a casualty cue and its number: "killing at least 57", "the toll rose to 40",
/// "killing a reported 18".
pub(crate) const CASUALTY_VERB_GAP: &[&str] = &[
    "of",
    "to",
    "at",
    "rose",
    "risen",
    "climbed",
    "increased",
    "reached",
    "stands",
    "stood",
    // "with the nationwide death toll reaching at least 30", "the toll rising to 12".
    "reaching",
    "rising",
    "climbing",
    "standing",
    "the",
    "least",
    "more",
    "than",
    "some",
    "about",
    "another",
    "further",
    "a",
    "reported",
];
/// Between "sustained"/"suffered" and the injury: "sustained a through-and-through wound".
pub(crate) const INJURY_MODIFIERS: &[&str] = &[
    "a",
    // "4 confirmed fatalities and 44 injuries".
    "confirmed",
    // "with 4 reported deaths and 7 reported injuries".
    "reported",
    "an",
    // 'suffered "light injuries"': a quoted injury.
    "\"",
    // "have applied for medical assistance".
    "for",
    // "about 90 people turned to medical institutions for help", "turned to doctors".
    "to",
    "shrapnel",
    "minor",
    "serious",
    "severe",
    "multiple",
    "light",
    "moderate",
    "head",
    "burn",
    "blast",
    // "sustained explosion trauma and shrapnel wounds", "mine-blast injuries".
    "explosion",
    "explosive",
    "mine-blast",
    "shrapnel",
    "critical",
    "various",
    // "35 others sustained varying degrees of injuries" ("of" after "sustained": casualties.rs).
    "varying",
    "degrees",
    "through-and-through",
    "gunshot",
    "leg",
    "arm",
    "traumatic",
    "brain",
    "acoustic",
    "spinal",
    "chest",
    "eye",
    // "have been diagnosed with an acute reaction to stress".
    "with",
    "acute",
];
/// What "sustained"/"suffered" an injury names (besides "injuries"): "sustained wounds".
pub(crate) const INJURY_NOUNS: &[&str] = &[
    "wounds",
    "wound",
    "treatment",
    "hospitalisation",
    "hospitalization",
    "medical",
    "burns",
    // "a woman suffered barotrauma and shrapnel wounds", "sustained a concussion".
    "barotrauma",
    "trauma",
    "traumas",
    "concussion",
    "concussions",
    "fractures",
    "fracture",
    // An acute stress reaction counts as an injury (CONVENTIONS.md): "diagnosed with an acute
    // reaction to stress", "treated for shock".
    "reaction",
    "stress",
    "shock",
    // "four people turned to doctors" (glossed "звернулися до медиків").
    "doctors",
    "medics",
];
/// Casualty cues after a number (and its person noun): "were killed", "died", "sustained injuries".
pub(crate) const KILL_AFTER: &[&str] = &[
    "killed",
    // "At least one civilian has been murdered by a massive Russian drone attack".
    "murdered",
    "dead",
    "died",
    "perished",
    "lost",
    "killed,",
    "slain",
    // "five injured and one deceased 4-year-old child".
    "deceased",
    "succumbed",
    // "a 42-year-old man ... passed away in the hospital today".
    "passed",
];
pub(crate) const INJURE_AFTER: &[&str] = &[
    "injured",
    "wounded",
    "hurt",
    "hospitalised",
    "hospitalized",
    "sustained",
    "suffered",
    "received",
    "harmed",
    "injuries",
    "required",
    "sought",
    "needed",
    // "with nine people sustaining injuries": the participle of an absolute phrase.
    "sustaining",
    "suffering",
    // "with four guards receiving light wounds from the falling debris".
    "receiving",
    // "with only two people seeking medical assistance at the scene".
    "seeking",
    "requiring",
    // "two people requested medical assistance at the scene", "16 residents ... have applied for
    // medical assistance".
    "requested",
    "requesting",
    "applied",
    "diagnosed",
    // "about 90 people turned to medical institutions for help".
    "turned",
];
/// Verbs after a count that make it injured only with an injury after them: "sustained shrapnel
/// injuries", "required medical treatment", "sought medical help".
pub(crate) const INJURY_TAKING: &[&str] = &[
    "sustained",
    "suffered",
    "received",
    "receiving",
    "required",
    "sought",
    "needed",
    "sustaining",
    "suffering",
    "seeking",
    "requiring",
    "requested",
    "requesting",
    "applied",
    "diagnosed",
    "turned",
];
/// Copulas before "in hospital" that make the people counted injured ("21 people are in
/// hospital", "three remain in hospital").
/// Verbs that bring people to hospital, which makes them injured: "was taken to hospital", "were
/// rushed to hospital", "36 city residents went to the medical facility".
pub(crate) const TO_HOSPITAL_VERBS: &[&str] = &[
    "taken",
    "rushed",
    "brought",
    "admitted",
    "treated",
    "sent",
    "went",
    "turned",
    "transported",
    "evacuated",
    "delivered",
    "hospitalized",
    "hospitalised",
];
/// Places of care after "medical": "were taken to a medical facility".
pub(crate) const MEDICAL_PLACES: &[&str] = &[
    "facility",
    "facilities",
    "institution",
    "institutions",
    "centre",
    "center",
];
/// What "medical" (or "first") help given to people is called: "provided medical assistance to
/// three residents", "first aid to two".
pub(crate) const MEDICAL_HELP_NOUNS: &[&str] = &[
    "assistance",
    "help",
    "aid",
    "care",
    "treatment",
    "attention",
];
/// Verbs before "dead" that make a count killed: "were found dead", "have been declared dead".
pub(crate) const FOUND_DEAD_VERBS: &[&str] = &["found", "declared", "pronounced", "confirmed"];
pub(crate) const IN_HOSPITAL_COPULAS: &[&str] = &[
    "are",
    "were",
    // "One person is in the hospital following the attack."
    "is",
    "was",
    "remain",
    "remained",
    "remains",
    "still",
    "currently",
    "now",
];
/// Number words that open a count: "injured seven others".
pub(crate) const SMALL_NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve", "dozens", "dozen", "scores", "hundreds",
];

/// Words before a number that make it an age ("two men aged 51 and 55").
pub(crate) const AGE_WORDS: &[&str] = &["aged", "age", "ages"];
/// Words right after a number that make it an age, written apart from it ("A 60 year-old port
/// employee was killed", "two 17 year-olds", "a 60 year old man").
pub(crate) const AGE_AFTER: &[&[&str]] = &[&["year-old"], &["year-olds"], &["year", "old"]];
/// One person named before "of" and a number that is the person's age ("a woman of 70 were
/// killed", "a girl of 14").
pub(crate) const ONE_PERSON_OF_AGE: &[&str] = &[
    "man",
    "woman",
    "boy",
    "girl",
    "child",
    "teenager",
    "pensioner",
    "baby",
];

/// Words before a plural person noun that count it already, or say it is vague: "several men
/// aged 30 to 40", "two other women aged 24 and 45" (not "men aged 30 and 42": two).
pub(crate) const PEOPLE_COUNTED_BY: &[&str] = &[
    "several", "many", "some", "both", "few", "dozens", "hundreds", "other", "more",
];

/// Relatives named after someone counted before: "her husband suffered minor wounds" is one
/// more person.
pub(crate) const RELATIVES: &[&str] = &[
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "brother",
    "sister",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "child",
    "partner",
];

/// Casualty verbs whose subject is one weapon that struck: "a Russian missile killed 29 people".
/// ("A Russian missile damaged private buildings": it struck them.)
pub(crate) const SINGLE_STRIKE_VERBS: &[&str] = &[
    "killed", "kills", "injured", "injures", "wounded", "wounds", "damaged", "damages",
];

/// Verbs whose subject is one missile that struck where it fell ("an enemy missile fell in a
/// residential area", glossed "ворожа ракета впала"; "a missile exploded in the centre").
pub(crate) const MISSILE_FALL_VERBS: &[&str] = &["fell", "exploded", "detonated"];

/// Animals a strike kills ("killing 500 heads of cattle"): no casualties.
pub(crate) const ANIMAL_NOUNS: &[&str] = &[
    "cattle",
    "cows",
    "pigs",
    "sheep",
    "horses",
    "animals",
    "livestock",
    "poultry",
    "chickens",
    "dogs",
    "cats",
];

/// "a second victim", "a third person": the toll so far, from two on (the whole attack's, wherever
/// the last one was killed).
pub(crate) const ORDINAL_TOLLS: &[&str] = &["second", "third", "fourth", "fifth", "sixth"];

/// Words that end a noun phrase: between a number and a person noun, only words that are none of
/// these make a compound ("two foreign aid workers", "seven energy infrastructure employees").
pub(crate) const PHRASE_BREAKS: &[&str] = &[
    "of",
    "in",
    "on",
    "at",
    "to",
    "from",
    "with",
    "by",
    "as",
    "for",
    "than",
    "among",
    "and",
    "or",
    "but",
    "not",
    "the",
    "a",
    "an",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "who",
    "that",
    "which",
    "when",
    "while",
    "after",
    "before",
    "including",
    "people",
];

/// Adverbs between commas that stand between a casualty verb and its count: "injured,
/// preliminarily, four people".
pub(crate) const ASIDE_ADVERBS: &[&str] = &[
    "preliminarily",
    "reportedly",
    "initially",
    "apparently",
    "presumably",
    "so",
];

/// Casualty nouns a person noun modifies: "19 civilian deaths", "one civilian injury".
pub(crate) const CASUALTY_NOUNS_AFTER_PERSON: &[&str] = &[
    "deaths",
    "fatalities",
    "casualties",
    "injuries",
    "death",
    "fatality",
    "injury",
];

pub(crate) const PERSON_HEADS: &[&str] = &[
    // "a married couple" (two: counts.rs)
    "couple",
    "people",
    "persons",
    "person",
    "civilians",
    "civilian",
    "residents",
    // "a Ukrainian citizen was killed and five foreigners were injured".
    "foreigners",
    "resident",
    "individuals",
    "individual",
    // Machine-rewritten copy: "18 folks had been wounded".
    "folks",
    "children",
    "child",
    "kids",
    "women",
    "woman",
    "men",
    "man",
    "employees",
    "employee",
    "workers",
    "worker",
    "policemen",
    "officers",
    "rescuers",
    "firefighters",
    "medics",
    "victims",
    "others",
    "teenagers",
    "teenager",
    "boy",
    "boys",
    "girl",
    "girls",
    "adults",
    "pensioners",
    "passengers",
    "staff",
    "journalists",
    "citizens",
    "minors",
    "infants",
    "babies",
    "students",
    "volunteers",
    "servicemen",
    "soldiers",
    "patients",
    "more",
    "guard",
    "guards",
    "driver",
    "drivers",
    // "A cashier sustained shrapnel injuries" (glossed "кассир получил осколочные ранения").
    "cashier",
    "saleswoman",
    "salesman",
    "pensioner",
    "doctor",
    "doctors",
    "nurse",
    "teacher",
    "members",
    "victim",
    "husband",
    "wife",
    "son",
    "daughter",
    "mother",
    "father",
    "grandmother",
    "grandfather",
    "owner",
    "neighbour",
    "neighbor",
    // Singulars of the plurals above: "killed a medic and a rescue worker".
    "medic",
    "paramedics",
    "journalist",
    "volunteer",
    "citizen",
    "adult",
    "locals",
    "baby",
    "infant",
    "toddler",
    "student",
    "passenger",
    "passerby",
    // "injuries to five foreign nationals", "killed a Syrian national".
    "nationals",
    "national",
    "passer-by",
    "farmer",
    "firefighter",
    "rescuer",
    "paramedic",
    "officer",
    "soldier",
    "serviceman",
    "sailor",
    "sailors",
    // "One crew member was wounded", "three crewmembers".
    "member",
    "crewmember",
    "crewmembers",
    "crewman",
    "crewmen",
    "seafarer",
    "seafarers",
    "miner",
    "miners",
    "engineer",
    "engineers",
    "electrician",
    "electricians",
    "watchman",
    "watchmen",
    "passers-by",
    "passersby",
    "pedestrian",
    "assistant",
    // "Four fighters sustained minor injuries", "an official was injured" (glossed "ранен
    // глава администрации").
    "fighter",
    "fighters",
    "official",
    "officials",
    "assistants",
    "colleague",
    "colleagues",
    "brother",
    "sister",
    "conductor",
    // "A train driver and a car inspector sustained injuries" (glossed "Машиніст та оглядачка
    // вагонів зазнали поранень").
    "inspector",
    "inspectors",
    // "A 60-year-old village chief was injured", "the village elder".
    "chief",
    "elder",
    "operator",
    "pedestrians",
    "motorist",
    "motorists",
    "cyclist",
    "teen",
    "youth",
    "sons",
    "daughters",
    "parents",
    "husbands",
    "wives",
    "mothers",
    "fathers",
    "brothers",
    "sisters",
    "grandchildren",
    "nurses",
    "teachers",
    "educators",
    "inmates",
    "prisoners",
    "policeman",
    "policewoman",
    // Plurals and relations of the nouns above: "Another relative and two neighbors were
    // injured".
    "neighbours",
    "neighbors",
    "relative",
    "relatives",
    "owners",
    "guests",
    "tourists",
    "bystander",
    "bystanders",
    "reporter",
    "reporters",
    "correspondent",
    "correspondents",
    "cameraman",
    "photographer",
    "customers",
    "shoppers",
    "farmers",
    "pupils",
    "villagers",
    "occupants",
    "tenants",
    "commuters",
    "retirees",
];

/// Verbs of rescue a casualty verb may follow: "eight people have been rescued and hospitalised".
pub(crate) const RESCUE_VERBS: &[&str] = &["rescued", "evacuated", "pulled", "freed"];
/// Military people whose count after a verb of claiming is the enemy's losses, no toll ("claimed
/// that the strike killed 85 military personnel").
pub(crate) const MILITARY_PERSON_NOUNS: &[&str] = &[
    "military",
    "personnel",
    "servicemen",
    "soldiers",
    "troops",
    "officers",
    "instructors",
    "mercenaries",
    "militants",
    "fighters",
    "commanders",
    // "Moscow claimed to have killed more than 70 Ukrainian terrorists": the ministry's word
    // for soldiers.
    "terrorists",
    "nationalists",
];
/// People who are no soldiers, never a claim of the enemy's military losses.
pub(crate) const CIVILIAN_NOUNS: &[&str] = &[
    "civilians",
    "civilian",
    "residents",
    "children",
    "women",
    "people",
    "passengers",
];
/// Words that set the clause after them against the one before ("..., but the strike killed 35").
pub(crate) const CONTRASTS: &[&str] = &["but", "however", "yet", "although", "though"];
/// Verbs of claiming.
pub(crate) const CLAIM_VERBS: &[&str] = &["claimed", "claims", "claiming"];
/// Nouns after "in" that open the attack a strike answered ("in response to", "in retaliation
/// for"): its toll is that attack's.
pub(crate) const RETALIATION_NOUNS: &[&str] = &["response", "retaliation", "revenge", "reprisal"];
/// Participles of killing and injuring that may stand before their count ("Were killed two
/// people, 22 people ... sustained injuries", glossed from "Погибли два человека, ...").
pub(crate) const CASUALTY_PARTICIPLES: &[&str] = &["killed", "injured", "wounded"];
/// Words in "-ing" that open no participle phrase after a counted subject ("including",
/// "according").
pub(crate) const NOT_PARTICIPLES: &[&str] = &["including", "according"];
/// Words that open a clause of their own: a relative clause's or a participle phrase's verb
/// search stops there ("Four rescuers working at the site where residents were killed").
pub(crate) const SUBORDINATORS: &[&str] = &[
    "where", "when", "after", "as", "while", "that", "which", "whose", "who", "because", "before",
];
/// Where a participle phrase after a counted subject ends before its verb (besides the words of
/// [`SUBORDINATORS`]).
pub(crate) const PHRASE_CLAUSE_STOPS: &[&str] = &[",", ";", ".", "and"];
/// Between "sustained" and the injury, after one of [`INJURY_MODIFIERS`]: "varying degrees of".
pub(crate) const INJURY_MODIFIER_LINKS: &[&str] = &["of"];
/// Words right after a count of people that add them to the people its sentence counted before
/// in the same field ("three people were injured, and four more received medical assistance",
/// "were hospitalized, while two others received medical assistance on the spot").
pub(crate) const ADDED_PEOPLE: &[&str] = &["more", "others", "other", "additional"];
/// What joins such a count to the one before it: a coordinate clause, not a relative one.
pub(crate) const ADDED_PEOPLE_JOINERS: &[&str] = &[",", "and", "while", "whereas", "with"];
/// Words between the two counts (or right after the second) that make it a part of the first,
/// not more people: a partitive, a subset, a relative clause ("ten others were injured ...,
/// where two were given assistance on the scene, and eight others were taken to hospital").
pub(crate) const ADDED_PEOPLE_STOPS: &[&str] = &[
    "of",
    "among",
    "including",
    ";",
    ".",
    "where",
    "which",
    "whom",
    "who",
    "whose",
];
/// What "with" names after a count of people that makes them injured ("leaving five people with
/// shrapnel injuries", "left a man with severe burns"), past [`INJURY_MODIFIERS`].
pub(crate) const WITH_INJURIES: &[&str] = &[
    "injuries",
    "injury",
    "wounds",
    "wound",
    "burns",
    "trauma",
    "traumas",
    "concussion",
    "concussions",
    "fractures",
];
/// Words that make a shelling in a count's own clause possibly the air attack ("the rocket
/// shelling killed one", in translated copy): the subject rule of ground fire leaves it to the
/// context (missiles and drones are `AIR_WEAPON`).
pub(crate) const ROCKET_WORDS: &[&str] = &["rocket", "rockets"];
/// Prepositions that open an adverbial of time or cause before a count's verb ("During the
/// shelling of two buildings, one person died"): the shelling is then no subject.
pub(crate) const CAUSE_PREPS: &[&str] =
    &["during", "amid", "after", "in", "under", "as", "following"];
/// What ends the clause before a count's verb, whose subject ground fire may be ("..., adding
/// that Russian shelling the previous day killed one civilian").
pub(crate) const SUBJECT_CLAUSE_BREAKS: &[&str] =
    &[",", ";", ".", ":", "—", "–", ")", "and", "while", "but"];
/// Determiners that point back to an attack named before ("The shelling killed eight" after a
/// missile strike): such a shelling is no subject of its own.
pub(crate) const POINTING_DETERMINERS: &[&str] = &["the", "this", "that"];
