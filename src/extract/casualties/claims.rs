//! Claims of the enemy's military losses: "Russian military claimed that the strike killed 85
//! military personnel and foreign officers" is the attacker's claim of soldiers killed, no
//! casualty figure of the attack.

use super::super::counts::Quant;
use super::super::lexicon::{CLAIM_VERBS, MILITARY_PERSON_NOUNS};
use super::super::numbers::Tok;
use super::{clause_cause, ground_fire};

/// Why a casualty count is none of the air attack's: ground fire, a cause of its own clause, or a
/// claim of the enemy's military losses.
pub(super) fn rejected_cause(w: &Quant) -> Option<String> {
    ground_fire(w.s, w.sents)
        .or_else(|| clause_cause(&w.s.toks, w.q.j))
        .or_else(|| enemy_losses(&w.s.toks, &w.noun, w.q.q_start))
}

/// The reason to reject a count of `noun` in a sentence of `toks` that claims it: military
/// people counted after a verb of claiming.
fn enemy_losses(toks: &[Tok], noun: &str, at: usize) -> Option<String> {
    let military = MILITARY_PERSON_NOUNS.contains(&noun);
    let claimed = toks[..at.min(toks.len())]
        .iter()
        .any(|t| t.is_any(CLAIM_VERBS));
    (military && claimed).then(|| "a claim of the enemy's military losses".into())
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn a_claim_of_soldiers_killed_is_no_toll() {
        let e = one("The death toll from a Russian missile strike on Kryvyi Rih has risen to 18. Russian military claimed that the strike killed 85 military personnel and foreign officers.");
        assert_eq!(e.killed.map(|c| c.value), Some(18));
    }
}
