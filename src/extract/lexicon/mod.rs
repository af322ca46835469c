//! The words of the genre, per language. The rules read one language's tables through this
//! module: [`en`] holds the English word lists (head nouns, verbs, casualty words, attack context)
//! and, in [`en::patterns`], the phrase patterns (zero statements, reporters, scope, side cues).
//! Ukrainian ([`uk`]) and Russian ([`ru`]) are tables of phrases and their English, which
//! `extract::gloss` writes over the text before the passes read it.

pub(crate) mod en;
pub(crate) mod ru;
pub(crate) mod translit;
pub(crate) mod uk;

pub(crate) use en::*;

/// Ukrainian and Russian words that, written in capitals, are abbreviations and not the word:
/// "постраждало СТО і 5 автівок" (a car service station, not "a hundred").
pub(crate) const ABBREVIATED_IN_CAPITALS: &[&str] = &["сто"];

/// What a casualty noun of a Ukrainian or Russian zero statement is a zero of ("жертв": both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ZeroOf {
    Killed,
    Injured,
    Both,
}
