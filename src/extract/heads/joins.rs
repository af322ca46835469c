//! What "and" right after a count's number joins: a second predicate, a second number sharing
//! the weapon noun, or modifiers of one noun; and a weapon noun joined to another ("100 drones and
//! missiles": one figure for both).

use super::super::lexicon::*;
use super::super::numbers::{Kind, Tok};
use super::super::sentence::Head;
use super::weapon_noun;

/// What "and" right after a count's number joins.
pub(super) enum AfterAnd {
    /// A second predicate: "killed at least four and wounded dozens", "shot down 76 and lost
    /// track of 96", "had shot down 77 and that another 73 had fallen".
    Predicate,
    /// A second number before the one weapon noun both count, paired with places by
    /// "respectively": "over Kursk and Voronezh regions - 2 and 1 drones respectively".
    SharedNoun,
    /// Anything else ("40 missiles and drones": modifiers of one noun, read on).
    Modifier,
}

pub(super) fn after_and(toks: &[Tok], k: usize) -> AfterAnd {
    let Some(n) = toks.get(k + 1) else {
        return AfterAnd::Modifier;
    };
    let casualty = n.is_any(KILLED_NOUNS) || n.is_any(INJURED_NOUNS);
    let verb = n.is_any(LOST_WORDS) || n.is_any(INTERCEPT_VERBS) || n.is_any(LAUNCH_VERBS);
    if casualty || verb || n.is("that") {
        return AfterAnd::Predicate;
    }
    let respectively = toks.iter().any(|t| t.is("respectively"));
    if respectively && matches!(n.kind, Kind::Num(_)) && toks.get(k + 2).is_some_and(weapon_noun) {
        return AfterAnd::SharedNoun;
    }
    AfterAnd::Modifier
}

/// A weapon noun joined to another: "nearly 100 drones and missiles" (one figure for both:
/// `Mixed`), "a missile and drone attack", "a missile launch" (events).
pub(super) fn joined_weapons(
    toks: &[Tok],
    k: usize,
    w: &str,
    c: Head,
) -> Option<(Head, usize, String)> {
    if !matches!(c, Head::Missile | Head::Drone) {
        return None;
    }
    // "84 missile and air strikes", "50 drone and missile attacks": strikes, not weapons.
    if !w.ends_with('s') && toks.get(k + 1).is_some_and(|n| n.is_any(&["and", "or"])) {
        if let Some(e) =
            (k + 2..(k + 4).min(toks.len())).find(|&m| toks[m].is_any(&["strikes", "attacks"]))
        {
            return Some((Head::StrikeEvents, e + 1, toks[e].lower.clone()));
        }
    }
    // A number after "and" makes two figures instead ("40 missiles and 100 drones").
    if w.ends_with('s') {
        // "151 missiles of different types and attack drones": past the kinds to the "and".
        let kinds = toks.get(k + 1).is_some_and(|t| t.is("of"))
            && toks
                .get(k + 2)
                .is_some_and(|t| t.is_any(&["different", "various", "all"]))
            && toks
                .get(k + 3)
                .is_some_and(|t| t.is_any(&["types", "kinds"]));
        let k = if kinds { k + 3 } else { k };
        let other = |n: &Tok| {
            let n = n.lower.as_str();
            let d = DRONE_HEADS.contains(&n);
            let m = MISSILE_HEADS.contains(&n) || n.starts_with("kh-");
            (c == Head::Missile && d) || (c == Head::Drone && m)
        };
        // "100 missiles, drones fired" (a headline's comma for "and"; not a list that goes on:
        // "300 drones, ballistic, and cruise missiles").
        let comma = toks.get(k + 1).is_some_and(|n| n.is(","))
            && !toks
                .get(k + 3)
                .is_some_and(|n| n.is_any(&[",", "and", "or"]));
        let joined = comma
            || toks
                .get(k + 1)
                .is_some_and(|n| n.is_any(&["and", "or", "&"]));
        // The other weapon right after "and", or after one modifier ("cruise").
        let at = |m: usize| toks.get(m).is_some_and(other);
        let o = if at(k + 2) {
            Some(k + 2)
        } else {
            let modifier = toks
                .get(k + 2)
                .is_some_and(|t| MODIFIERS.contains(&t.lower.as_str()));
            (modifier && at(k + 3)).then_some(k + 3)
        };
        if let Some(mut o) = o.filter(|_| joined) {
            // "drones and cruise missiles": the phrase ends at the last head noun.
            if at(o + 1) {
                o += 1;
            }
            // "81 drones, cruise missiles, and ballistic missiles": a list that goes on after a
            // comma names further weapons, uncounted; the number is the first one's.
            let list_goes_on = toks.get(k + 1).is_some_and(|n| n.is(","))
                && toks
                    .get(o + 1)
                    .is_some_and(|n| n.is_any(&[",", "and", "or"]));
            if !list_goes_on {
                return Some((Head::Mixed, o + 1, format!("{} and {}", w, toks[o].lower)));
            }
        }
    }
    let event_noun = |m: usize| toks.get(m).is_some_and(|n| n.is_any(WEAPON_EVENT_NOUNS));
    // "a missile and drone attack": the weapons name the attack's kind (not "142 Shahed and
    // Gerbera attack drones": a kind of drone).
    if toks.get(k + 1).is_some_and(|n| n.is("and"))
        && toks.get(k + 2).is_some_and(weapon_noun)
        && event_noun(k + 3)
        && !toks.get(k + 4).is_some_and(weapon_noun)
    {
        return Some((Head::StrikeEvents, k + 4, toks[k + 3].lower.clone()));
    }
    // ("502 Shahed-type attack and decoy drones": kinds of drone joined before their noun, in
    // the singular; not "183 drone attacks and two ballistic missiles".)
    let kinds_joined = toks.get(k + 1).is_some_and(|n| !n.lower.ends_with('s'))
        && toks.get(k + 2).is_some_and(|n| n.is_any(&["and", "or"]))
        && toks
            .get(k + 3)
            .is_some_and(|n| n.is_word() && !n.is_any(NUMBER_WORDS))
        && toks[(k + 3).min(toks.len())..(k + 5).min(toks.len())]
            .iter()
            .any(weapon_noun);
    if event_noun(k + 1) && !toks.get(k + 2).is_some_and(weapon_noun) && !kinds_joined {
        return Some((Head::StrikeEvents, k + 2, toks[k + 1].lower.clone()));
    }
    None
}
