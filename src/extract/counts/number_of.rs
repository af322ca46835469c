//! "The total number of drones shot down on approach to Moscow had reached 32": a figure that
//! closes its clause counts the noun of the "number of" that is the clause's subject.

use crate::extract::lexicon::{
    CASUALTY_CONTEXT, COUNT_UNITS, DRONE_HEADS, MISSILE_HEADS, NUMBER_REACHED, PERSON_HEADS,
};
use crate::extract::numbers::{phrase_start, Tok};
use crate::extract::sentence::Head;

/// How far back (in tokens) the "number of" may stand from its verb: the subject may carry a
/// participle and a place ("number of unmanned aerial vehicles, shot down in the district of the
/// capital,").
const SUBJECT_SPAN: usize = 18;

/// Words that end the noun phrase after "number of".
const PREPOSITIONS: &[&str] = &[
    "of", "from", "in", "on", "by", "at", "to", "for", "with", "after", "during",
];

/// The weapon a bare figure at `q_start..j` counts as the value of "the number of <weapons>", and
/// the token span of that noun (its roles are read after it: "drones shot down", past the comma
/// of "drones, shot down in the district of the capital,").
pub(crate) fn head_number_of(
    toks: &[Tok],
    q_start: usize,
    j: usize,
) -> Option<(Head, String, (usize, usize))> {
    let after = toks.get(j);
    let bare = after.is_none_or(|t| t.is_punct() && !t.is("(") || t.is_any(COUNT_UNITS));
    if !bare {
        return None;
    }
    let v = phrase_start(toks, q_start, NUMBER_REACHED)?;
    let of = (v.saturating_sub(SUBJECT_SPAN)..v)
        .rev()
        .take_while(|&k| !toks[k].is_any(&[".", ";", ":"]))
        .find(|&k| k >= 1 && toks[k].is("of") && toks[k - 1].is("number"))?;
    // The weapon noun within the first words of the subject ("number of unmanned aerial
    // drones"), before any preposition or casualty word ("the number of casualties of the missile
    // wreckage", "the number of injured from the missile strike" are people).
    let stop =
        |t: &Tok| t.is_any(PREPOSITIONS) || t.is_any(CASUALTY_CONTEXT) || t.is_any(PERSON_HEADS);
    (of + 1..v)
        .take(4)
        .take_while(|&k| !stop(&toks[k]))
        .find_map(|k| {
            let w = toks[k].lower.as_str();
            let span = (k, k + 1 + usize::from(toks[k + 1].is(",")));
            if DRONE_HEADS.contains(&w) {
                Some((Head::Drone, w.to_string(), span))
            } else if MISSILE_HEADS.contains(&w) {
                Some((Head::Missile, w.to_string(), span))
            } else {
                None
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::numbers::tokenize;

    fn at(s: &str, n: &str) -> Option<Head> {
        let toks = tokenize(s);
        let q = toks.iter().position(|t| t.is(n)).unwrap();
        head_number_of(&toks, q, q + 1).map(|(h, _, _)| h)
    }

    #[test]
    fn the_number_of_weapons_that_a_figure_closes() {
        let s = "Sobyanin said the total number of drones shot down on approach to the capital \
                 had reached 32.";
        assert_eq!(at(s, "32"), Some(Head::Drone));
        let s = "the total number of unmanned aerial drones, shot down in district столицы, \
                 reached 32 единиц.";
        assert_eq!(at(s, "32"), Some(Head::Drone));
        assert_eq!(
            at(
                "The number of missiles fired this month rose to 120.",
                "120"
            ),
            Some(Head::Missile)
        );
    }

    #[test]
    fn not_a_number_of_weapons_or_not_its_value() {
        // People, not weapons (the casualty tolls read these).
        assert_eq!(at("The number of injured has reached 32.", "32"), None);
        let s =
            "the number of casualties of the missile wreckage crashing in Dnipro has risen to 5.";
        assert_eq!(at(s, "5"), None);
        let s = "The number of injured from missile strike on Dnipro increased to 10.";
        assert_eq!(at(s, "10"), None);
        // A noun after the figure names what it counts.
        assert_eq!(
            at("The number of drones reached 32 in Kyiv alone.", "32"),
            None
        );
        // No "number of" in the clause.
        assert_eq!(at("The drones reached 32 regions.", "32"), None);
        assert_eq!(at("Russia fired drones. It was 32.", "32"), None);
    }
}
