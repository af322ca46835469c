//! Parts: interception counts that add to the count before them ("Another drone was destroyed",
//! "Two more drones were downed", "two other drones", "a third drone was shot down"), and the
//! ordinals of an enumeration that run up to a total instead ("the first drone ..., a second
//! ..., a third ...").

use super::implied::opens_report;
use super::lexicon::{
    ADDING_OPENERS, DRONE_HEADS, INTERCEPT_VERBS, LATER_OPENERS, MISSILE_HEADS, OPENING_QUOTES,
    ORDINAL_TOLLS, PASSIVE_AUX,
};
use super::numbers::Tok;
use super::scope::lone;
use super::sentence::{Cand, Sent};
use super::types::Field;

/// Marks the parts among the interception candidates (`choice` adds them to the nearest count
/// before them); an ordinal that follows the one before it in its paragraph ("A second drone
/// was intercepted ... A third Ukrainian drone was destroyed") counts to its rank, no part.
pub(crate) fn mark(sents: &[Sent], cands: &mut [Cand]) {
    let starts: Vec<(usize, usize)> = cands
        .iter()
        .filter(|c| c.field.is_some())
        .map(|c| (c.sent, c.tok_start))
        .collect();
    for c in cands.iter_mut() {
        if !matches!(
            c.field,
            Some(Field::DronesIntercepted | Field::MissilesIntercepted)
        ) {
            continue;
        }
        let toks = &sents[c.sent].toks;
        let at = |k: usize, w: &str| toks.get(k).is_some_and(|t| t.is(w));
        let opening = opens_report(toks, c.tok_start) || after_later(toks, c.tok_start);
        // "Two more kamikaze drones were destroyed": more of the same.
        // ("destroyed 22 Ukrainian UAVs and intercepted 13 more": a coordinated verb's count.)
        let coordinated = (1..=3).any(|n| {
            c.tok_start > n
                && toks[c.tok_start - n - 1].is("and")
                && toks[c.tok_start - n..c.tok_start]
                    .iter()
                    .all(|t| t.is_any(INTERCEPT_VERBS) || t.is_any(&["shot", "down"]))
        });
        let more = at(c.tok_start + 1, "more") && (opening_of(toks, c.tok_start) || coordinated);
        // "In addition, ... destroyed another nine drones" ("уничтожено еще девять БПЛА"): the
        // object of a verb of downing.
        let downing =
            |k: usize| at(k, "down") || toks.get(k).is_some_and(|t| t.is_any(INTERCEPT_VERBS));
        let object = c.tok_start >= 2 && at(c.tok_start - 1, "another") && downing(c.tok_start - 2)
            || c.tok_start >= 1 && at(c.tok_start, "another") && downing(c.tok_start - 1);
        // ("Ещё один дрон сбит", glossed "Another one drone was shot down": "another" before
        // the count.)
        let another_one = c.tok_start >= 1
            && at(c.tok_start - 1, "another")
            && at(c.tok_start, "one")
            && opens_report(toks, c.tok_start - 1);
        let another = object && adding_opener(toks)
            || another_one
            || opening && at(c.tok_start, "another")
            // "Bogomaz said a further two Ukrainian drones had been shot down".
            || c.tok_start >= 2
                && at(c.tok_start - 1, "further")
                && at(c.tok_start - 2, "a")
                && opens_report(toks, c.tok_start - 2);
        // "brought down two other Ukrainian drones" (not the last item of a breakdown: "destroyed
        // four of the drones over the Belgorod region ... and one other drone in the Kursk region").
        // ("The other drone was destroyed over ... district", glossed "Другой дрон": the rest of
        // a count stated before, within it.)
        if at(c.tok_start, "the") && at(c.tok_start + 1, "other") {
            c.subset = true;
            continue;
        }
        let other = at(c.tok_start + 1, "other")
            && !starts.iter().any(|&(s, t)| s == c.sent && t < c.tok_start);
        // "A second drone was intercepted", "The second drone ... was shot down over Crimea"
        // (glossed "Второй беспилотник").
        let rank = (at(c.tok_start, "a") || at(c.tok_start, "the"))
            .then(|| ORDINAL_TOLLS.iter().position(|o| at(c.tok_start + 1, o)))
            .flatten();
        if let Some(r) = rank {
            if enumerated(sents, c, r) {
                c.value = u32::try_from(r + 2).ok();
                continue;
            }
        }
        if more || another || other || rank.is_some() {
            c.part = true;
        }
    }
}

/// Whether the ordinal of rank `r` (0 for "second") at `c` is one of an enumeration that named
/// its second ("first" for "second") earlier in its paragraph; "two drones hit the depot ... A
/// third drone was shot down and a fourth was deactivated" counts on from two instead.
/// ("The first one fell over the Mozhaysky District ..., while another drone hit a building
/// ... The third drone was jammed": "the third" after a first, in the lines before.)
fn enumerated(sents: &[Sent], c: &Cand, r: usize) -> bool {
    let definite = sents[c.sent]
        .toks
        .get(c.tok_start)
        .is_some_and(|t| t.is("the"));
    let previous: &[&str] = match (r, definite) {
        (0, _) => &["first"],
        (_, false) => &["second"],
        (_, true) => &["first", "second"],
    };
    let para = sents[c.sent].para;
    // The lines of an excerpt are paragraphs of one sentence: the three before.
    let lines =
        |s: &&Sent| s.para == para || sents[c.sent].idx - s.idx <= 3 && lone(&sents[s.idx], sents);
    // ("It was the first attack on the city since May. ... The third drone was shot down": a
    // definite ordinal's first is a weapon's, "the first one", "the first drone".)
    let weapon = |t: Option<&Tok>| {
        t.is_some_and(|t| t.is("one") || t.is_any(DRONE_HEADS) || t.is_any(MISSILE_HEADS))
    };
    sents[..=c.sent].iter().rev().take_while(lines).any(|s| {
        let end = if s.idx == c.sent {
            c.tok_start
        } else {
            s.toks.len()
        };
        let toks = &s.toks[..end.min(s.toks.len())];
        (0..toks.len().saturating_sub(1)).any(|k| {
            toks[k].is_any(&["a", "the"])
                && toks[k + 1].is_any(previous)
                && (!definite || r == 0 || weapon(toks.get(k + 2)))
        })
    })
}

/// "Later, another two drones were shot down", "Позднее были сбиты еще два дрона" (glossed
/// "Later were shot down another two drones"): a count of more that opens its sentence after a
/// word of later time (and the passive verb before its subject).
fn after_later(toks: &[Tok], k: usize) -> bool {
    let Some((first, rest)) = toks.get(..k).and_then(<[Tok]>::split_first) else {
        return false;
    };
    // (Past a comma and a passive verb of downing before the count.)
    first.is_any(LATER_OPENERS)
        && rest
            .iter()
            .all(|t| t.is_any(&[",", "down"]) || t.is_any(PASSIVE_AUX) || t.is_any(INTERCEPT_VERBS))
}

/// Whether a sentence opens with a word of addition to the whole attack ("In addition, ...",
/// "Кроме того, ..."): its count of more adds to the attack's total, past any breakdown of it.
pub(crate) fn adding_opener(toks: &[Tok]) -> bool {
    ADDING_OPENERS.iter().any(|p| {
        toks.len() > p.split(' ').count() && toks.iter().zip(p.split(' ')).all(|(t, w)| t.is(w))
    })
}

/// Whether only opening quotes come before token `k` of a sentence.
fn opening_of(toks: &[Tok], k: usize) -> bool {
    toks.get(..k)
        .is_some_and(|ts| ts.iter().all(|t| t.is_any(OPENING_QUOTES)))
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    fn downed(text: &str) -> Option<u32> {
        one(text).drones_intercepted.map(|c| c.value)
    }

    #[test]
    fn a_later_ordinal_adds_one_to_the_count_before() {
        // After three drones, "a fourth drone" is one more (the pattern of r17603, r18416).
        assert_eq!(
            downed("Air defences shot down three Ukrainian drones over Moscow on Saturday, the ministry said. A fourth drone was shot down near Kaluga, the governor said."),
            Some(4)
        );
        assert_eq!(
            downed("Four Ukrainian drones were shot down by air defences on Saturday while a fifth was jammed and crashed, the ministry said."),
            Some(5)
        );
        // "brought down a drone ... two other drones": three.
        assert_eq!(
            downed("The military brought down a Ukrainian drone over Klintsy on Saturday, the governor said. He said air defence units had brought down two other Ukrainian drones over other parts of Bryansk."),
            Some(3)
        );
    }

    #[test]
    fn an_ordinal_of_an_enumeration_counts_to_its_rank() {
        assert_eq!(
            downed("Air defence units destroyed a drone over the Bryansk region on Saturday, the ministry said. A second drone was intercepted over the region an hour later. A third Ukrainian drone was destroyed at midnight."),
            Some(3)
        );
    }

    #[test]
    fn an_ordinal_without_its_own_downing_verb_is_no_count() {
        // "with a fifth drone leaving Ukrainian airspace": not downed.
        assert_eq!(
            downed("The air force said its air defences intercepted four of the five drones launched by Russia on Saturday, with a fifth drone leaving Ukrainian airspace."),
            Some(4)
        );
    }

    #[test]
    fn a_definite_ordinal_adds_one_unless_it_ends_an_enumeration() {
        // "The fifth drone, it said, was jammed": one more.
        assert_eq!(
            downed("The ministry said four drones were downed near Moscow. The fifth drone, it said, was jammed and crashed."),
            Some(5)
        );
        // "The first one ..., another ... The third drone": the third of three.
        assert_eq!(
            downed("Sobyanin said air defences had downed three drones.\n\nThe first one fell over the Mozhaysky District, while another drone hit a building.\n\nThe third drone was jammed and crashed in Khimki."),
            Some(3)
        );
        // A first that is no weapon's starts no enumeration.
        assert_eq!(
            downed("Russia attacked Lviv with drones overnight.\n\nIt was the first attack on the city since May.\n\nTwo drones hit an industrial site.\n\nThe third drone was shot down."),
            Some(1)
        );
    }

    #[test]
    fn almost_all_and_days_before_are_no_counts() {
        // "ballistic" holds the letters of "all"; "almost all the drones" is still no count.
        assert_eq!(
            downed("Russia launched 40 drones overnight. Air defences intercepted two ballistic missiles and almost all the drones."),
            None
        );
        // "За два дні до переговорів": two days before them, no period.
        let e = one("За два дні до переговорів у Стамбулі Росія атакувала Україну 472 дронами. Сили ППО збили 300 дронів.");
        assert_eq!(e.drones_launched.map(|c| c.value), Some(472));
    }
}
