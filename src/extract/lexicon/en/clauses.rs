//! Words of clause structure: what joins an elliptical count to the count before it, what opens
//! a breakdown, the prepositions of an interception area, verbs of saying that separate two
//! reports, what ends a figure's clause.

/// Elliptical counts: the prepositions that follow a bare number standing for the count before
/// it ("nine drones over Belgorod and 13 over Kursk", "four killed in Kharkiv, two in Donetsk").
pub(crate) const ELLIPSIS_PREPS: &[&str] = &["in", "over", "near", "above", "across", "outside"];

/// What may join an elliptical count to the count before it.
pub(crate) const ELLIPSIS_JOINERS: &[&str] =
    &[",", "and", ";", "–", "—", "-", ":", "while", "plus"];

/// Marks after a total that open its breakdown ("four drones – two in Rostov, one in Belgorod").
pub(crate) const BREAKDOWN_MARKS: &[&str] = &[":", "(", "-", "–", "—", "including"];

/// Prepositions before the region where weapons were downed ("over the Bryansk region").
pub(crate) const AREA_PREPS: &[&str] = &["over", "above", "in", "near"];

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
    "announced",
];

/// Prepositions after a launch participle that make it modify the weapon noun before it
/// ("missiles fired from the Caspian Sea", "drones launched at Kyiv").
pub(crate) const REDUCED_RELATIVE_PREPS: &[&str] =
    &["from", "by", "at", "against", "toward", "towards", "over"];

/// Words that end the clause of a figure's place ("..., while in Lviv a woman was killed").
pub(crate) const CLAUSE_BREAKS: &[&str] = &[";", "while", "whereas", "meanwhile"];
