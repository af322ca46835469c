//! What "and" right after a count's number joins: a second predicate, a second number sharing
//! the weapon noun, or modifiers of one noun.

use super::super::lexicon::*;
use super::super::numbers::{Kind, Tok};
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
