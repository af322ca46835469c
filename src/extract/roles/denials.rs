//! Verbs that deny or lose a count's weapons: a denied interception ("could not be
//! intercepted"), weapons that did not reach their targets, lost or jammed ones.

use super::super::lexicon::*;
use super::super::numbers::Tok;
use super::{verb_role, Role};

/// The role of the verb at `k`, a denied interception ("could not be intercepted", "failed to
/// shoot down", "were never downed") counting as launched: those weapons were fired and got
/// through ("Two Iskander ballistic missiles were not intercepted"; "31 of them could not be
/// intercepted" is a part of the launch count before).
pub(super) fn role_at(toks: &[Tok], k: usize) -> Option<Role> {
    // "four to 10 drones were shot on the outskirts of Moscow", "were shot over the Kursk
    // region": a passive bare "shot" where the weapons flew (not "shot over 100 drones at
    // Ukraine": "over" as "more than"; nor "shot over the border").
    let shot_where = toks.get(k).is_some_and(|t| t.is("shot"))
        && toks.get(k + 1).is_some_and(|t| t.is_any(SHOT_WHERE))
        && toks.get(k + 2).is_some_and(|t| {
            !t.lower.starts_with(|c: char| c.is_ascii_digit())
                && !t.is_any(SMALL_NUMBER_WORDS)
                && !t.is_any(BORDER_WORDS)
        })
        && !toks.get(k + 3).is_some_and(|t| t.is_any(BORDER_WORDS));
    if shot_where {
        return Some(Role::Intercepted);
    }
    let r = verb_role(toks.get(k)?, toks.get(k + 1))?;
    // "11 missiles were hit by air defense forces over Kyiv": hit by the defence, downed.
    let by_defence = r == Role::Hit
        && toks.get(k + 1).is_some_and(|t| t.is("by"))
        && toks
            .get(k + 2..toks.len().min(k + 5))
            .is_some_and(|ts| ts.iter().any(|t| t.lower.starts_with("defen")));
    if by_defence {
        return Some(Role::Intercepted);
    }
    let denied = r == Role::Intercepted
        && toks[k.saturating_sub(4)..k]
            .iter()
            .rev()
            .take_while(|t| !t.is_any(&[",", ";", ".", "and", "but", "while", "which", "of"]))
            .any(|t| t.is_any(INTERCEPT_DENIALS));
    Some(if denied { Role::Launched } else { r })
}

/// Whether the count's own verb, right after it, says its weapons did not reach their targets
/// ("did not reach", "didn't reach", "have not reached", "never reached").
pub(super) fn not_reached(toks: &[Tok], end: usize) -> bool {
    let mut k = end;
    while toks
        .get(k)
        .is_some_and(|t| t.is_any(&["\"", "”", "’", "'", "»"]))
    {
        k += 1;
    }
    let reach = |k: usize| toks.get(k).is_some_and(|t| t.lower.starts_with("reach"));
    let aux = toks.get(k).is_some_and(|t| {
        t.is_any(&[
            "did", "do", "have", "has", "had", "didn't", "haven't", "hadn't",
        ])
    });
    let not = |k: usize| {
        toks.get(k)
            .is_some_and(|t| t.is_any(&["not", "n't", "never"]))
    };
    (aux && not(k + 1) && reach(k + 2))
        || (aux && toks[k].lower.ends_with("n't") && reach(k + 1))
        || (toks.get(k).is_some_and(|t| t.is("never")) && reach(k + 1))
}

/// Whether the clause after a count joins a verb of losing ("lost from radars", "went off radar")
/// and one of intercepting with "or".
pub(super) fn lost_or_jammed(toks: &[Tok], end: usize) -> bool {
    let clause: Vec<&Tok> = toks
        .get(end..toks.len().min(end + 9))
        .unwrap_or(&[])
        .iter()
        .take_while(|t| !t.is_any(&[",", ";", ".", "while"]))
        .collect();
    let lost = clause.iter().any(|t| t.is_any(LOST_WORDS))
        || clause
            .windows(2)
            .any(|w| w[0].is("off") && w[1].lower.starts_with("radar"));
    lost && clause.iter().any(|t| t.is("or")) && clause.iter().any(|t| t.is_any(INTERCEPT_VERBS))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn a_bare_shot_where_the_weapons_flew_is_a_downing() {
        let e = one("Four drones were shot over the Kursk region overnight.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(4));
        // "over" as "more than", and "shot" as fired: launched.
        let e = one("Russia shot over 100 drones and 10 missiles at Ukraine overnight.");
        assert_eq!(e.drones_intercepted, None);
        assert_eq!(e.drones_launched.map(|c| c.value), Some(100));
    }
}
