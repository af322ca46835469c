//! The words of the genre, per language. The rules read one language's tables through this
//! module: [`en`] holds the English word lists (head nouns, verbs, casualty words, attack context)
//! and, in [`en::patterns`], the phrase patterns (zero statements, reporters, scope, side cues).
//! Another language would be another module with the same tables.

pub(crate) mod en;

pub(crate) use en::*;
