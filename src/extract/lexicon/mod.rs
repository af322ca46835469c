//! The words of the genre, per language. The rules read one language's tables through this
//! module: [`en`] holds the English word lists (head nouns, verbs, casualty words, attack context)
//! and, in [`en::patterns`], the phrase patterns (zero statements, reporters, scope, side cues).
//! Ukrainian ([`uk`]) and Russian ([`ru`]) are tables of phrases and their English, which
//! `extract::gloss` writes over the text before the passes read it.

pub(crate) mod en;
pub(crate) mod ru;
pub(crate) mod uk;

pub(crate) use en::*;

/// What a casualty noun of a Ukrainian or Russian zero statement is a zero of ("жертв": both).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ZeroOf {
    Killed,
    Injured,
    Both,
}
