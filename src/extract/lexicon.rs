//! Word lists of the genre: weapons, outcomes, casualties, ground fire, reporters.

pub(crate) const DRONE_HEADS: &[&str] = &[
    "drone", "drones", "uav", "uavs", "shahed", "shaheds", "shahed-136", "shahed-136s", "shahed-131",
    "geran", "gerans", "geran-2", "geran-2s", "gerbera", "gerberas", "decoy", "decoys",
    "kamikazes", "munitions", "vehicles", "gerbera-type", "shahed-type",
];
pub(crate) const MISSILE_HEADS: &[&str] = &[
    "missile", "missiles", "iskander", "iskanders", "iskander-m", "iskander-k", "kalibr", "kalibrs",
    "kinzhal", "kinzhals", "zircon", "zircons", "tsirkon", "kh-101", "kh-101s", "kh-555", "kh-55",
    "kh-22", "kh-22s", "kh-32", "kh-59", "kh-59s", "kh-69", "kh-69s", "kh-31", "kh-31p", "kh-35",
    "kh-47m2", "s-300", "s-300s", "s-400", "s-400s", "kn-23", "kn-23s", "oniks", "onyx",
    "tochka-u", "ballistic", "cruise", "atacms", "storm", "neptune", "neptunes",
];
/// Words that only name drones/missiles when another weapon word does not follow.
pub(crate) const BOMB_HEADS: &[&str] = &["bomb", "bombs", "kab", "kabs", "kabs.", "glide-bombs"];
pub(crate) const GROUND_HEADS: &[&str] = &[
    "rocket", "rockets", "shell", "shells", "mortar", "mortars", "grad", "grads", "uragan",
    "smerch", "mlrs", "artillery", "rounds",
];
pub(crate) const PERSON_HEADS: &[&str] = &[
    "people", "persons", "person", "civilians", "civilian", "residents", "resident",
    "individuals", "individual", "children", "child", "kids", "women", "woman", "men", "man",
    "employees", "employee", "workers", "worker", "policemen", "officers", "rescuers",
    "firefighters", "medics", "victims", "others", "teenagers", "teenager", "boy", "boys", "girl",
    "girls", "adults", "pensioners", "passengers", "staff", "journalists", "citizens", "minors",
    "infants", "babies", "students", "volunteers", "servicemen", "soldiers", "patients", "more",
];
/// Nouns that carry the casualty field themselves: "31 fatalities", "87 dead".
pub(crate) const KILLED_NOUNS: &[&str] = &["fatalities", "deaths", "dead", "killed", "lives", "bodies"];
pub(crate) const INJURED_NOUNS: &[&str] = &["injuries", "injured", "wounded", "hurt", "hospitalised", "hospitalized"];
/// Modifiers allowed between a number and its head noun.
pub(crate) const MODIFIERS: &[&str] = &[
    "russian", "ukrainian", "iranian-made", "iranian", "russian-made", "enemy", "attack", "strike",
    "kamikaze", "explosive-laden", "explosive", "long-range", "cruise", "ballistic", "guided",
    "supersonic", "hypersonic", "anti-radar", "anti-ship", "air-launched", "sea-launched",
    "sea-based", "ground-launched", "aeroballistic", "decoy", "imitator", "imitation", "jet-powered",
    "jet", "combat", "unmanned", "aerial", "loitering", "different", "various", "types", "type",
    "more", "other", "additional", "further", "new", "heavy", "large", "small", "fpv", "of", "shahed",
    "geran", "additional", "incoming", "hostile", "enemy's", "drone", "missile", "air", "glide",
    "reconnaissance", "strike-type", "attack-type", "decoys", "and", "dummy", "fake",
    "injured", "wounded", "dead", "killed", "local", "innocent", "civilian", "elderly",
    "young", "including", "sea", "naval", "surface-to-air", "anti-aircraft", "surface-to-surface",
    "air-to-surface", "x-101", "x-555",
];
pub(crate) const LAUNCH_VERBS: &[&str] = &[
    "launched", "launch", "launching", "launches", "fired", "fire", "firing", "fires", "sent",
    "send", "sending", "used", "use", "using", "employed", "employing", "deployed", "deploying",
    "attacked", "attacking", "targeted", "targeting", "unleashed", "unleashing", "included",
    "involved", "comprised", "consisted", "released", "flew", "flying", "hurled", "lobbed",
    "directed", "aimed", "carried",
];
pub(crate) const INTERCEPT_VERBS: &[&str] = &[
    "intercepted", "intercept", "intercepting", "intercepts", "shot", "shoot", "shooting", "downed",
    "destroyed", "destroy", "destroying", "neutralised", "neutralized", "neutralise", "neutralize",
    "neutralising", "neutralizing", "suppressed", "jammed", "repelled", "repel", "eliminated",
    "disabled", "defeated", "thwarted", "parried", "brought", "knocked", "foiled", "downing",
    "intercepting", "shooting",
];
pub(crate) const HIT_VERBS: &[&str] = &["hit", "hits", "struck", "strike", "reached", "landed"];
pub(crate) const LOST_WORDS: &[&str] = &["lost", "failed", "locationally", "diverted", "missed"];
/// Casualty cues before a number: "killing 57", "injuring at least 26", "deaths of two".
pub(crate) const KILL_BEFORE: &[&str] = &[
    "killing", "killed", "kills", "kill", "deaths", "death", "lives", "claimed", "leaving",
];
pub(crate) const INJURE_BEFORE: &[&str] = &[
    "injuring", "injured", "injures", "wounding", "wounded", "hurting", "hurt", "harmed",
    "harming", "injuries", "hospitalising", "hospitalizing",
];
/// Casualty cues after a number (and its person noun): "were killed", "died", "sustained injuries".
pub(crate) const KILL_AFTER: &[&str] = &["killed", "dead", "died", "perished", "lost", "killed,", "slain"];
pub(crate) const INJURE_AFTER: &[&str] = &[
    "injured", "wounded", "hurt", "hospitalised", "hospitalized", "sustained", "suffered",
    "received", "harmed", "injuries", "required",
];
/// Skippable words between a subject and its verb: "were reportedly killed".
pub(crate) const AUX: &[&str] = &[
    "were", "was", "have", "has", "had", "been", "are", "is", "be", "being", "reportedly",
    "reported", "also", "later", "all", "there", "confirmed", "then", "subsequently",
    "allegedly", "since", "already", "successfully", "either", "both", "in", "total", "said",
    "to", "seriously", "critically", "severely", "slightly", "lightly", "others", "more",
];
/// Ground fire: casualties from it are not the air attack's.
pub(crate) const GROUND_FIRE: &[&str] = &[
    "shelling", "shelled", "shell", "shells", "artillery", "mortar", "mortars", "mlrs", "grad",
    "uragan", "smerch", "tank", "gunfire",
];
/// Air-weapon words that make a sentence about an air attack.
pub(crate) const AIR_WEAPON: &[&str] = &[
    "drone", "drones", "missile", "missiles", "shahed", "shaheds", "uav", "uavs", "airstrike",
    "airstrikes", "air", "bomb", "bombs", "s-300", "kinzhal", "iskander", "iskander-m", "kalibr",
    "geran", "kh-101",
];
/// Words that make a sentence part of an attack's story (for places and dates).
pub(crate) const ATTACK_CONTEXT: &[&str] = &[
    "drone", "drones", "missile", "missiles", "shahed", "shaheds", "uav", "uavs", "strike",
    "strikes", "struck", "attack", "attacks", "attacked", "hit", "hits", "bombardment", "debris",
    "damage", "damaged", "destroyed", "destruction", "killed", "killing", "injured", "injuring",
    "wounded", "casualties", "dead", "explosion", "explosions", "fire", "fires", "assault",
    "barrage", "airstrike", "airstrikes", "intercepted", "shot", "downed", "targeted", "targeting",
    "air", "bombs", "blasts", "blast", "refinery", "shelling",
];
/// Words of the ground war or of diplomacy: places in these sentences are not strike locations.
pub(crate) const VETO: &[&str] = &[
    "operations", "operation", "offensive", "breakthrough", "capture", "captured", "recaptured",
    "advance", "advanced", "advancing", "prisoners", "negotiations", "talks", "summit", "visit",
    "meeting", "recapture", "counteroffensive", "troops",
];
