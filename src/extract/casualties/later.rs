//! Whether an injured person died: "could not be saved", "was wounded and later died in
//! hospital".

use super::super::lexicon::PERSON_HEADS;
use super::super::numbers::{Kind, Tok};

/// "could not be saved" at `k`.
pub(super) fn not_saved(toks: &[Tok], k: usize) -> bool {
    toks.get(k..k + 4)
        .is_some_and(|w| w[0].is("could") && w[1].is("not") && w[2].is("be") && w[3].is("saved"))
}

/// Whether the injured counted before `from` died, further on in the clause: "and later
/// succumbed to her wounds", "- he died in hospital", "- he could not be saved" (no other
/// person or number between).
pub(super) fn died_after(toks: &[Tok], from: usize) -> bool {
    const JOINS: &[&str] = &[
        "and",
        "later",
        "-",
        "–",
        "—",
        "he",
        "she",
        "subsequently",
        "but",
    ];
    for m in from..toks.len().min(from + 9) {
        let t = &toks[m];
        if t.is_any(&[".", ";"]) || matches!(t.kind, Kind::Num(_)) || t.is_any(PERSON_HEADS) {
            return false;
        }
        let joined = m > from && toks[m - 1].is_any(JOINS);
        if joined && (t.is_any(&["died", "succumbed"]) || not_saved(toks, m)) {
            return true;
        }
    }
    false
}
