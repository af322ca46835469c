//! Air defence as the subject of a count's verb: "air defense systems hit two more UAVs" (a verb
//! of hitting with an air-defence subject intercepts), "два беспилотника ПВО сбила" (glossed: the
//! object before the air-defence subject and its verb).

use super::super::lexicon::*;
use super::super::numbers::Tok;
use super::{verb_role, Role};

/// Whether the verb at `k` has an air-defence subject right before it ("air defense systems
/// hit", "the air defence forces have hit").
pub(super) fn defence_subject(toks: &[Tok], k: usize) -> bool {
    let head = (0..k)
        .rev()
        .find(|&m| !toks[m].is_any(DEFENCE_SUBJECT_TAILS))
        .filter(|&m| k - m <= 4);
    head.is_some_and(|m| toks[m].is_any(DEFENCE_SUBJECTS))
}

/// Step 3b of [`forward_role`]: the object before its verb and the verb's subject (Ukrainian and
/// Russian word order, glossed): "два беспилотника ПВО сбила над ..." reads "two drones air
/// defence shot down over".
pub(super) fn defence_after(toks: &[Tok], end: usize) -> Option<Vec<Role>> {
    let defence = (end..toks.len().min(end + 4))
        .take_while(|&m| !toks[m].is_any(&[",", ".", ";"]))
        .position(|m| toks[m].is_any(&["defence", "defense", "defences", "defenses"]))
        .map(|p| end + p);
    if let Some(d) = defence.filter(|&d| toks[end..d].iter().all(|t| t.is_any(&["air", "the"]))) {
        let v = d + 1;
        if toks.get(v).and_then(|t| verb_role(t, toks.get(v + 1))) == Some(Role::Intercepted) {
            return Some(vec![Role::Intercepted]);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn air_defence_hits_what_it_intercepts() {
        let e = one(
            "The air defense forces hit all 9 UAVs of the Shahed-131/136 type, the statement said.",
        );
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(9));
        assert_eq!(e.hits.map(|c| c.value), None);
        // Weapons that hit are no interceptions: "three others hit" adds none to the three.
        let e = one("Air defence shot down three drones while three others hit some non-residential buildings in Yavoriv.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(3));
    }
}
