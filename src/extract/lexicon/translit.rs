//! Cyrillic letters in Latin, for place names the Ukrainian and Russian tables do not list
//! ("Мукачево" → "mukachevo", "Дубно" → "dubno"), which the gazetteer then knows.

/// Russian letters (lower case) and their Latin spelling, as the gazetteer's Russian variants
/// are spelled ("kharkov", "zaporozhye").
pub(crate) const RUSSIAN: &[(char, &str)] = &[
    ('а', "a"),
    ('б', "b"),
    ('в', "v"),
    ('г', "g"),
    ('д', "d"),
    ('е', "e"),
    ('ё', "e"),
    ('ж', "zh"),
    ('з', "z"),
    ('и', "i"),
    ('й', "y"),
    ('к', "k"),
    ('л', "l"),
    ('м', "m"),
    ('н', "n"),
    ('о', "o"),
    ('п', "p"),
    ('р', "r"),
    ('с', "s"),
    ('т', "t"),
    ('у', "u"),
    ('ф', "f"),
    ('х', "kh"),
    ('ц', "ts"),
    ('ч', "ch"),
    ('ш', "sh"),
    ('щ', "shch"),
    ('ъ', ""),
    ('ы', "y"),
    ('ь', ""),
    ('э', "e"),
    ('ю', "yu"),
    ('я', "ya"),
];

/// Ukrainian letters that differ from the Russian spelling ("Ізмаїл" → "izmayil", "Бровари" →
/// "brovary"); the others as in [`RUSSIAN`].
pub(crate) const UKRAINIAN: &[(char, &str)] = &[
    ('г', "h"),
    ('ґ', "g"),
    ('е', "e"),
    ('є', "ye"),
    ('и', "y"),
    ('і', "i"),
    ('ї', "yi"),
    ('\'', ""),
    ('’', ""),
];

/// Case endings of a place name and what its nominative ends with instead ("Мукачеве" →
/// "Мукачево", "Ізмаїлі" → "Ізмаїл", "Бердичеве" → "Бердичів" is not covered): tried in order
/// after the word as written.
pub(crate) const CASE_ENDINGS: &[(&str, &str)] = &[
    ("е", "о"),
    ("і", ""),
    ("е", ""),
    ("у", ""),
    ("а", ""),
    ("ом", ""),
    ("і", "а"),
    ("у", "а"),
    ("ы", "а"),
    ("и", "а"),
    ("е", "а"),
];

/// Words right before a place name (prepositions, "city"): a capitalised word spelled out only
/// after one of them ("в Мукачево", "по городу Мукачево", "у Павлограді"), not a surname after
/// its verb ("написал Николаев"), nor a village after its word ("по с. Лиман" in Kharkiv Oblast
/// is no Lyman of Donetsk Oblast: villages share the names of cities).
pub(crate) const BEFORE_PLACE: &[&str] = &[
    "в",
    "во",
    "у",
    "на",
    "над",
    "по",
    "под",
    "під",
    "из",
    "із",
    "з",
    "зі",
    "до",
    "от",
    "від",
    "біля",
    "возле",
    "около",
    "поблизу",
    "неподалеку",
    "неподалік",
    "город",
    "города",
    "городе",
    "городу",
    "городом",
    "місто",
    "міста",
    "місті",
    "місту",
    "містом",
    "м.",
    "г.",
];
