//! Counts that are no toll of the attack: a claim of the enemy's military losses ("Russian
//! military claimed that the strike killed 85 military personnel and foreign officers"), the
//! toll of the attack a strike answered ("in response to Russian missile attacks that killed 41").

use super::super::counts::Quant;
use super::super::lexicon::{
    ATTACK_NOUNS, CIVILIAN_NOUNS, CLAIM_VERBS, CONTRASTS, LAUNCH_VERBS, MILITARY_PERSON_NOUNS,
    OTHER_ATTACK_NOUNS, OTHER_ATTACK_WORDS, RETALIATION_NOUNS,
};
use super::super::numbers::Tok;
use super::ground::{clause_cause, subject_cause, subject_clause};
use super::ground_fire;

/// Why a casualty count is none of the air attack's: ground fire, a cause of its own clause, a
/// claim of the enemy's military losses, or the toll of the attack a strike answered.
pub(super) fn rejected_cause(w: &Quant) -> Option<String> {
    ground_fire(w.s, w.sents)
        .or_else(|| clause_cause(&w.s.toks, w.q.j))
        .or_else(|| subject_cause(&w.s.toks, w.q.q_start))
        .or_else(|| enemy_losses(&w.s.toks, &w.noun, w.q.q_start))
        .or_else(|| answered_attack(&w.s.toks, w.q.q_start))
        .or_else(|| other_attacks(&w.s.toks, w.q.q_start))
}

/// How many words may stand between "other" and its attack noun ("other Russian drone attacks").
const OTHER_ATTACK_SPAN: usize = 3;

/// "Ukrainian air defenses repelled the drone assault, but other Russian attacks killed at least
/// two and injured five civilians": a count whose subject is other attacks, or in a sentence that
/// opens with them ("In other Russian attacks, a guided aerial bomb killed three"), is theirs.
fn other_attacks(toks: &[Tok], at: usize) -> Option<String> {
    let other = |span: &[Tok]| {
        span.iter().enumerate().any(|(i, t)| {
            t.is_any(OTHER_ATTACK_WORDS)
                && span[i + 1..]
                    .iter()
                    .take(OTHER_ATTACK_SPAN)
                    .any(|n| n.is_any(OTHER_ATTACK_NOUNS))
        })
    };
    let subject = subject_clause(toks, at).is_some_and(other);
    let opening = toks.first().is_some_and(|t| t.is("in"))
        && toks
            .iter()
            .position(|t| t.is(","))
            .is_some_and(|c| c < at && c <= OTHER_ATTACK_SPAN + 3 && other(&toks[..c]));
    (subject || opening).then(|| "the toll of other attacks".into())
}

/// "Ukraine carried out the assault in response to Russian missile attacks that killed at least
/// 41 Ukrainians": the toll of the attack a strike answered, another attack's.
fn answered_attack(toks: &[Tok], at: usize) -> Option<String> {
    let before = &toks[..at.min(toks.len())];
    let lead = before
        .windows(2)
        .rposition(|w| w[0].is("in") && w[1].is_any(RETALIATION_NOUNS))?;
    let closed = before[lead..].iter().any(|t| t.is_any(&[";", "."]));
    // (A strike's "response", not a ministry's: "summoned a representative ... in response to
    // Russia's missile strike on Sumy, which killed at least 34 people".)
    let strike = before[lead + 1].is("response")
        && !before[..lead]
            .iter()
            .any(|t| t.is_any(ATTACK_NOUNS) || t.is_any(LAUNCH_VERBS));
    (!closed && !strike).then(|| "the toll of the attack this one answered".into())
}

/// The reason to reject a count of `noun` in a sentence of `toks` that claims it: military
/// people counted after a verb of claiming.
/// ("Russia asserted that its attack aimed at a gathering of Ukrainian servicemen and foreign
/// trainers, claiming it resulted in the deaths of as many as 85 individuals": the people are
/// the military its claim named before them.)
fn enemy_losses(toks: &[Tok], noun: &str, at: usize) -> Option<String> {
    let before = &toks[..at.min(toks.len())];
    // (Not "military" before them: "A Russian military assault has claimed ten lives"; not
    // across "but": "Russia claimed it had targeted Ukrainian troops, but the strike killed 35
    // civilians"; never civilians.)
    let named_before = before.iter().enumerate().any(|(i, t)| {
        t.is_any(MILITARY_PERSON_NOUNS)
            && !t.is("military")
            && !before[i..].iter().any(|b| b.is_any(CONTRASTS))
    }) && !CIVILIAN_NOUNS.contains(&noun);
    let military = MILITARY_PERSON_NOUNS.contains(&noun) || named_before;
    // ("claimed the lives of four people" is a verb of death, no claim.)
    let claimed = before.iter().enumerate().any(|(i, t)| {
        t.is_any(CLAIM_VERBS)
            && !before
                .get(i + 1..(i + 3).min(before.len()))
                .is_some_and(|n| n.iter().any(|w| w.is_any(&["lives", "life"])))
    });
    (military && claimed).then(|| "a claim of the enemy's military losses".into())
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn the_toll_of_an_answered_attack_is_another_attack_s() {
        let e = one("At least 21 people were killed in Russia after a Ukrainian missile and drone strike on Saturday. Ukraine carried out the assault in response to Russian missile attacks that killed at least 41 Ukrainians.");
        assert_eq!(e.killed.map(|c| c.value), Some(21));
    }

    #[test]
    fn a_toll_after_a_claim_or_a_verb_of_lives_is_the_attack_s() {
        let e = one("Russia claimed it had targeted Ukrainian troops, but the missile strike on Sumy killed 35 civilians.");
        assert_eq!(e.killed.map(|c| c.value), Some(35));
        let e = one("Police officers said a Russian drone strike on the village claimed the lives of four people.");
        assert_eq!(e.killed.map(|c| c.value), Some(4));
    }

    #[test]
    fn the_toll_of_other_attacks_is_theirs() {
        let e = one("Russia attacked with 60 drones overnight, the Air Force said. Ukrainian air defenses repelled the drone assault, but other Russian attacks killed at least two and injured five civilians.");
        assert_eq!(e.killed, None);
        assert_eq!(e.injured, None);
        let e = one("A Russian drone attack on Kyiv killed two residents. In other Russian attacks, a guided aerial bomb killed three civilians in Kupiansk.");
        assert_eq!(e.killed.map(|c| c.value), Some(2));
    }

    #[test]
    fn other_people_of_the_attack_are_its_toll() {
        let e = one("A Russian drone attack on Kyiv killed two residents, and the attack injured four other people.");
        assert_eq!(e.injured.map(|c| c.value), Some(4));
        let e = one("Russia launched 20 drones and 5 missiles at Ukraine, killing two people in Odesa. One other Russian missile strike on the Mykolaiv region killed one person.");
        assert_eq!(e.killed.map(|c| c.value), Some(3));
    }

    #[test]
    fn a_claim_of_soldiers_killed_is_no_toll() {
        let e = one("The death toll from a Russian missile strike on Kryvyi Rih has risen to 18. Russian military claimed that the strike killed 85 military personnel and foreign officers.");
        assert_eq!(e.killed.map(|c| c.value), Some(18));
    }
}
