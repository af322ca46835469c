//! Lists after a colon whose counts break down a count before it: "destroyed 92 Russian aerial
//! targets out of a total of 151 during the night of 21-22 March: 55 loitering drones, 35
//! Kh-101/Kh-555 cruise missiles and two Kh-59 guided missiles" (the items are the 92 destroyed).

use super::super::heads::head;
use super::super::numbers::{quantities, Tok};
use super::super::sentence::Head;

/// Whether the colon at `k` opens a list of weapon counts that adds up to a count before it in
/// the sentence: the list then has that count's verb.
pub(super) fn colon_breakdown(toks: &[Tok], k: usize) -> bool {
    let end = (k + 1..toks.len())
        .find(|&m| toks[m].is_any(&[";", "."]))
        .unwrap_or(toks.len());
    let items: Vec<u64> = quantities(&toks[k + 1..end])
        .iter()
        .filter(|q| {
            let at = k + 1 + q.j;
            matches!(head(toks, at).0, Head::Drone | Head::Missile)
        })
        .filter_map(|q| q.value)
        .collect();
    if items.len() < 2 {
        return false;
    }
    let sum: u64 = items.iter().sum();
    quantities(&toks[..k])
        .iter()
        .any(|q| q.value == Some(sum) && !q.vague)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    #[test]
    fn a_colon_list_that_adds_up_to_the_downed_count_is_downed() {
        // Real sentence (r22814, Ukrainska Pravda).
        let e = one("The Ukrainian Air Defence Forces destroyed 92 Russian aerial targets out of a total of 151 during the night of 21-22 March: 55 loitering drones, 35 Kh-101/Kh-555 cruise missiles and two Kh-59 guided missiles.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(55));
        assert_eq!(e.missiles_intercepted.map(|c| c.value), Some(37));
    }
}
