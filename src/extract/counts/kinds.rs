//! Counts that are no figures of one attack: vague quantities ("dozens of drones"), values no
//! attack has (implausible or unreadable), glide bombs and ground fire.

use super::Quant;
use crate::extract::lexicon::CASUALTY_CONTEXT;
use crate::extract::sentence::{Cand, Head};
use crate::extract::types::{Field, Status};
use crate::warning::Warning;

/// Figures above this are not one attack's (a typo, a money amount, a garbled number).
const PLAUSIBLE_MAX: u64 = 20_000;

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

/// Whether the value cannot be one attack's (implausibly large, or unreadable): then the
/// candidate gets the reason, and a warning is raised for a weapon or casualty figure.
pub(super) fn unusable_value(
    w: &Quant,
    cand: &mut Cand,
    warnings: &mut Vec<Warning>,
    id: &str,
) -> bool {
    let (h, q) = (w.h, w.q);
    if let Some(v) = q.value {
        let counted = matches!(
            h,
            Head::Drone | Head::Missile | Head::Person | Head::Killed | Head::Injured
        );
        // "pushing the Russian death toll up to at least 71,200": a bare number in a sentence
        // of casualties is no toll of one attack either (no warning; sums of money and the like
        // are left to the rules that name them).
        let toll = !counted && CASUALTY_CONTEXT.iter().any(|c| w_in(&w.s.lower, c));
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
