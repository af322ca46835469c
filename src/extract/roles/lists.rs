//! Lists of counts under one verb, or not: a list after a colon whose counts break down a count
//! before it ("destroyed 92 Russian aerial targets out of a total of 151 during the night of 21-22
//! March: 55 loitering drones, 35 Kh-101/Kh-555 cruise missiles and two Kh-59 guided missiles":
//! the items are the 92 destroyed), and a count after a comma or dash that opens a clause of its
//! own ("40 drones flew towards the capital - 22 were neutralized").

use super::super::heads::head;
use super::super::lexicon::SMALL_NUMBER_WORDS;
use super::super::numbers::{quantities, Kind, Tok};
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

/// Whether token `k`, after a count, opens a subject of its own whose verb is not the count's
/// (after a comma or a dash):
/// "..., all of them were shot down" ("all of them", "both of them"); "... and 75 drones, 25
/// drones were shot down" (a count after a comma; but "nine ballistic missiles, 13 cruise
/// missiles and 20 drones were shot down" is one list).
pub(super) fn subject_of_its_own(toks: &[Tok], k: usize) -> bool {
    let t = &toks[k];
    if t.is("them") && k >= 2 && toks[k - 1].is("of") {
        return true;
    }
    let number = t.lower.starts_with(|c: char| c.is_ascii_digit()) || t.is_any(SMALL_NUMBER_WORDS);
    // ("nine ballistic missiles, 13 cruise missiles, and 20 drones were downed": past a serial
    // comma before "and".)
    let end = toks.len().min(k + 8);
    let stop = (k..end)
        .find(|&m| {
            toks[m].is_any(&["were", "was", "are", "is", ".", ";"])
                || toks[m].is(",") && !toks.get(m + 1).is_some_and(|n| n.is_any(&["and", "&"]))
        })
        .unwrap_or(end);
    // ("40 drones were headed for the capital — 22 were neutralized": after a dash too, the
    // text's "-", not a range's, nor one that opens an aside the next dash closes: "At least 54
    // drones — 30 over the Kharkiv region alone — were shot down".)
    let dash = k >= 2
        && toks[k - 1].is("-")
        && !matches!(toks[k - 2].kind, Kind::Num(_))
        && !toks[k..stop].iter().any(|n| n.is("-"));
    number
        && k >= 1
        && (toks[k - 1].is(",") || dash)
        && !toks[k..stop].iter().any(|n| n.is_any(&["and", "&"]))
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

    #[test]
    fn a_count_after_a_dash_is_the_subject_of_its_own_verb() {
        // After r72521 (a Kyiv mayor's count in Euromaidan Press copy).
        let e = one("Russian forces attacked Kyiv with drones overnight. 40 drones flew towards the capital — 22 were neutralized over Kyiv, while three were shot down on approach.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(25));
        // A dash that opens an aside the next dash closes does not: the count keeps its verb.
        let e = one("At least 54 Russian drones — 30 over the Kharkiv region alone — were shot down overnight.");
        assert_eq!(e.drones_intercepted.map(|c| c.value), Some(54));
    }
}
