//! Counts that are no figures of one attack: vague quantities ("dozens of drones"), values no
//! attack has (implausible or unreadable), glide bombs and ground fire.

use super::Quant;
use crate::extract::lexicon::{
    CASUALTY_CONTEXT, INJURE_AFTER, KILL_AFTER, LOSS_TALLY_NOUNS, RECONNAISSANCE_WORDS,
};
use crate::extract::numbers::quantities;
use crate::extract::sentence::{Cand, Head};
use crate::extract::types::{Field, Status};
use crate::warning::Warning;

/// Figures above this are not one attack's (a typo, a money amount, a garbled number).
const PLAUSIBLE_MAX: u64 = 20_000;

/// Tolls of people above this are not one air attack's (the deadliest killed fewer than 200 and
/// hurt fewer than 400): "a total of 11,327 people have been injured", "there were 9,853
/// casualties, including 4,102 killed" are the war's.
const PLAUSIBLE_TOLL_MAX: u64 = 1_000;

/// A vague quantity ("dozens of drones") is never a count: its candidate, for weapons and people.
pub(super) fn vague(w: &Quant, mut cand: Cand) -> Option<Cand> {
    cand.status = Status::Vague;
    cand.field = match w.h {
        Head::Drone => Some(Field::DronesLaunched),
        Head::Missile => Some(Field::MissilesLaunched),
        Head::Person | Head::Killed | Head::Injured => None,
        _ => None,
    };
    cand.reason = Some(format!(
        "vague quantity \"{}\": never a count",
        w.s.toks[w.q.i].text
    ));
    cand.tok_end = w.end.max(w.q.j);
    (!matches!(w.h, Head::Other | Head::None)).then_some(cand)
}

/// Whether `word` is a word of `lower`.
fn w_in(lower: &str, word: &str) -> bool {
    lower
        .split(|c: char| !c.is_alphanumeric())
        .any(|x| x == word)
}

/// Whether the value cannot be one attack's (implausibly large, or unreadable, or a count of
/// reconnaissance drones): then the candidate gets the reason, and a warning is raised for an
/// implausible or unreadable weapon or casualty figure.
pub(super) fn unusable_value(
    w: &Quant,
    cand: &mut Cand,
    warnings: &mut Vec<Warning>,
    id: &str,
) -> bool {
    let (h, q) = (w.h, w.q);
    let words = &w.s.toks[q.i..w.end.max(q.j).min(w.s.toks.len())];
    // (Not "49 attack and reconnaissance drones": kinds joined, the count is of both.)
    let joined = words.iter().any(|t| t.is_any(&["and", "or"]));
    if h == Head::Drone && !joined && words.iter().any(|t| t.is_any(RECONNAISSANCE_WORDS)) {
        cand.reason = Some("counts reconnaissance drones, not attack drones".into());
        return true;
    }
    if h == Head::Drone && losses_tally(w) {
        cand.reason = Some("a tally of the enemy's losses, beside tanks and artillery".into());
        return true;
    }
    if let Some(v) = q.value {
        let counted = matches!(
            h,
            Head::Drone | Head::Missile | Head::Person | Head::Killed | Head::Injured
        );
        // "pushing the Russian death toll up to at least 71,200": a bare number in a sentence
        // of casualties is no toll of one attack either (no warning; sums of money and the like
        // are left to the rules that name them).
        let toll = !counted && CASUALTY_CONTEXT.iter().any(|c| w_in(&w.s.lower, c));
        // ("4,102 killed and 5,751 injured": a bare number before its casualty word.)
        let casualty_after =
            w.s.toks
                .get(q.j)
                .is_some_and(|t| t.is_word() && (t.is_any(KILL_AFTER) || t.is_any(INJURE_AFTER)));
        let people = matches!(h, Head::Person | Head::Killed | Head::Injured) || casualty_after;
        if people && v > PLAUSIBLE_TOLL_MAX && v <= PLAUSIBLE_MAX {
            cand.reason = Some(format!(
                "{v} people is the toll of a war, not of one attack"
            ));
            return true;
        }
        if v > PLAUSIBLE_MAX && (counted || toll) {
            cand.reason = Some(format!("{v} is implausible for one attack"));
            if toll {
                return true;
            }
            warnings.push(Warning::article(
                id,
                format!(
                    "implausible figure {v} in \"{}\": ignored",
                    w.s.text.chars().take(120).collect::<String>()
                ),
            ));
            return true;
        }
        false
    } else {
        cand.reason = Some("not a whole number that fits".into());
        if matches!(h, Head::Drone | Head::Missile | Head::Person) {
            warnings.push(Warning::article(
                id,
                format!("unreadable number \"{}\": ignored", w.s.toks[q.i].text),
            ));
        }
        true
    }
}

/// How far after a number its equipment noun may stand ("three armoured combat vehicles").
const TALLY_NOUN_SPAN: usize = 3;

/// Whether a drone count is an item of a list of the enemy's losses ("It also claimed it destroyed
/// one Russian tank, three armoured combat vehicles, 21 artillery units, 214 drones and two
/// aircraft"): the sentence counts two or more kinds of [`LOSS_TALLY_NOUNS`], and the drone count
/// follows a comma or "and" as a list's item does.
fn losses_tally(w: &Quant) -> bool {
    let toks = &w.s.toks;
    let item = w.q.q_start > 0 && toks[w.q.q_start - 1].is_any(&[",", "and"]);
    if !item || toks.iter().filter(|t| t.is_any(LOSS_TALLY_NOUNS)).count() < 2 {
        return false;
    }
    let counted = quantities(toks)
        .iter()
        .filter(|o| {
            toks[o.j..(o.j + TALLY_NOUN_SPAN).min(toks.len())]
                .iter()
                .any(|t| t.is_any(LOSS_TALLY_NOUNS))
        })
        .count();
    counted >= 2
}

/// Glide bombs (a period aggregate at most) and ground fire: never missiles.
pub(super) fn bombs_or_ground(w: &Quant, mut cand: Cand) -> Cand {
    let bomb = w.h == Head::Bomb;
    cand.field = if bomb { Some(Field::GlideBombs) } else { None };
    cand.status = if w.period && bomb {
        Status::Aggregate
    } else {
        Status::Rejected
    };
    cand.reason = Some(if bomb {
        "guided aerial bombs are not missiles".into()
    } else {
        "artillery, MLRS rockets and shells are not missiles".into()
    });
    cand
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn drones_in_a_tally_of_losses_are_no_attack_s() {
        let e = one("Russia launched 60 drones overnight, and air defence shot down 50. The General Staff also claimed it destroyed one Russian tank, three armoured combat vehicles, 21 artillery units, 214 drones and two aircraft.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(50));
    }

    #[test]
    fn drones_beside_one_tank_are_the_attack_s() {
        let e = one("Russian forces attacked with artillery and a tank, and air defence shot down 12 drones over the region.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(12));
    }
}
