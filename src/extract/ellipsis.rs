//! Elliptical counts: a bare number that stands for the count before it in a coordination
//! ("nine drones over Belgorod and 13 over Kursk", "four were killed in Kharkiv, two in Donetsk
//! and one in Kherson", "five each in Rostov and Crimea").

use super::lexicon::{
    AREA_NOUNS, EACH_STOPS, ELLIPSIS_JOINERS, ELLIPSIS_PREPS, ELLIPTICAL_PEOPLE,
    ELLIPTICAL_PERSONS, ELLIPTICAL_PERSONS_STOPS, ELLIPTICAL_PERSONS_TAILS, FINITE_AUX,
    INJURE_AFTER, KILL_AFTER, NATIONAL_TAILS, PLACE_TAILS, SEA_NOUNS, SETTLEMENT_NOUNS,
};
use super::numbers::{Kind, Quantity, Tok};
use super::sentence::{Cand, Sent};
use super::types::{Field, Status};

/// The count an elliptical quantity stands for (its field, status and subset are inherited) and how many places it is counted for ("five each
/// in Rostov and Crimea": two), or `None` when the quantity is not elliptical. `before` is what
/// the sentence's earlier quantities produced: the count it stands for is the last of them and
/// covers the quantity right before (`prev`).
pub(crate) fn elliptical<'c>(
    s: &Sent,
    q: &Quantity,
    prev: Option<&Quantity>,
    quants: &[Quantity],
    before: &'c [Cand],
) -> Option<(&'c Cand, u32)> {
    let toks = &s.toks;
    // "40 over Crimea, another 62 over the Black Sea": "another" between the joiner and the
    // number.
    // "по два — над ...", glossed "each two — over ...": "each" before the number.
    let each_before = q.q_start > 1 && toks[q.q_start - 1].is("each");
    let at = if q.q_start > 1 && (toks[q.q_start - 1].is("another") || each_before) {
        q.q_start - 1
    } else {
        q.q_start
    };
    // "..., and also one each over the Astrakhan and Voronezh regions".
    let at = if at > 1 && toks[at - 1].is("also") {
        at - 1
    } else {
        at
    };
    let joined = at > 0 && toks[at - 1].is_any(ELLIPSIS_JOINERS)
        // "in addition to five each in ...", "as well as two over ...".
        || q.q_start > 1
            && (toks[q.q_start - 1].is("to") && toks[q.q_start - 2].is("addition")
                || toks[q.q_start - 1].is("as") && toks[q.q_start - 2].is("well"));
    if q.vague || !joined {
        return None;
    }
    // "two each over ...", "and 3 other over Bryansk Province": a word between the number and
    // its preposition; "each two - over" (normalised dashes are "-").
    // "and 42 people in Kharkiv": a noun of people, for a casualty count only.
    let persons = toks.get(q.j).is_some_and(|t| t.is_any(ELLIPTICAL_PERSONS));
    let filler = persons
        || toks
            .get(q.j)
            .is_some_and(|t| t.is_any(&["each", "other", "others", "more"]));
    let each = toks.get(q.j).is_some_and(|t| t.is("each")) || each_before;
    let dash = toks
        .get(q.j + usize::from(filler))
        .is_some_and(|t| t.is("-"));
    let prep = q.j + usize::from(filler) + usize::from(dash);
    if !toks.get(prep).is_some_and(|t| t.is_any(ELLIPSIS_PREPS)) {
        return None;
    }
    // A named place right after the preposition ("over the Kursk region", "in Donetsk"), or a
    // sea ("over the Black Sea", "over the Sea of Azov").
    // ("and two others in the town of Pokrovsk": a settlement's noun and "of" before it.)
    let reach = prep + 3 + usize::from(settlement_of(toks, prep + 1));
    let named = s.places.iter().any(|p| p.0 > prep && p.0 <= reach);
    let area_after = toks
        .get(prep + 1..(prep + 4).min(toks.len()))
        .is_some_and(|ts| ts.iter().any(|t| t.is_any(SEA_NOUNS)));
    if !named && !area_after {
        return None;
    }
    let prev = prev?;
    let last = before.last().filter(|c| {
        c.sent == s.idx
            && c.tok_end <= q.q_start
            && c.tok_start <= prev.q_start
            && prev.j <= c.tok_end
    })?;
    // Parallel phrases: the count it stands for has a place of its own ("nine drones over
    // Belgorod and 13 over Kursk"); "40 drones, 21 over Bryansk" is a part, not a second count.
    // "six drones over Russian regions and two over Crimea": an area that is no named place.
    let area = |k: usize| {
        toks.get(k + 1..(k + 4).min(q.q_start))
            .is_some_and(|ts| ts.iter().any(|t| t.is_any(AREA_NOUNS)))
    };
    // ("six drones in the republic of Adygea, three each in ...": a place four words on.)
    let parallel = (last.tok_end..q.q_start).any(|k| {
        toks[k].is_any(ELLIPSIS_PREPS)
            && (s.places.iter().any(|p| p.0 > k && p.0 <= k + 4) || area(k))
    });
    // "shot down six Ukrainian drones overnight and another over the Belgorod region":
    // "another" is one more, never a part.
    // ("сбили 66 беспилотников, еще 59 — над Черным морем", glossed "another 59 over": the
    // word before the number.)
    let another =
        toks[q.q_start].is("another") || q.q_start > 0 && toks[q.q_start - 1].is("another");
    if !parallel && !another {
        return None;
    }
    // (Within 16 words: the first count's place may be long, "19 UAVs over the Black Sea and the
    // territory of the Republic of Crimea, and one each over ...".)
    last.field.filter(|f| {
        matches!(last.status, Status::Used | Status::Superseded)
            && !matches!(f, Field::Hits)
            && (!persons || matches!(f, Field::Killed | Field::Injured))
            && q.q_start - last.tok_end <= 16
    })?;
    let times = if each {
        places_each(s, prep, quants)
    } else {
        1
    };
    Some((last, times))
}

/// Whether "others"/"more"/"people" at `j` ends a count of people with no verb of its own before
/// its clause ends ("and two others in Kherson province, local authorities said", "and 42 people
/// in Kharkiv"; not "and two others in Kyiv were injured").
/// ("and 3,000 residents in Izmail lost power": a noun of people needs its clause to end after
/// the place, past [`ELLIPTICAL_PERSONS_TAILS`].)
pub(crate) fn people_without_verb(toks: &[Tok], j: usize) -> bool {
    let persons = toks.get(j).is_some_and(|t| t.is_any(ELLIPTICAL_PERSONS));
    let clause = || {
        toks[j + 1..]
            .iter()
            .take_while(|t| !t.is_any(&[",", ";", ".", ":", "while", "but", "and"]))
    };
    (persons || toks.get(j).is_some_and(|t| t.is_any(ELLIPTICAL_PEOPLE)))
        && !clause().any(|t| t.is_any(FINITE_AUX) || t.is_any(KILL_AFTER) || t.is_any(INJURE_AFTER))
        && (!persons
            || clause()
                .take_while(|t| !t.is_any(ELLIPTICAL_PERSONS_STOPS))
                .all(|t| {
                    t.capitalized() || t.is_any(ELLIPTICAL_PERSONS_TAILS) || t.is_any(PLACE_TAILS)
                }))
}

/// "the town of", "a village of": a settlement's noun and "of" from `k` on.
fn settlement_of(toks: &[Tok], k: usize) -> bool {
    toks.get(k..k + 3).is_some_and(|ts| {
        ts[0].is_any(&["the", "a"]) && ts[1].is_any(SETTLEMENT_NOUNS) && ts[2].is("of")
    })
}

/// "91 drones were intercepted and destroyed over the Moscow region; ¶ 126 over the Kursk
/// region; ¶ 8 each over the Lipetsk and Oryol regions;": an item of a list that opens on a bare
/// number and a place stands for the weapon count of the item before it, and how many places it
/// is counted for.
pub(crate) fn list_part<'c>(
    s: &Sent,
    sents: &[Sent],
    q: &Quantity,
    quants: &[Quantity],
    before: &'c [Cand],
) -> Option<(&'c Cand, u32)> {
    let toks = &s.toks;
    let lead = s.lead?;
    let opening = toks[..q.q_start].iter().all(|t| t.is_punct());
    if q.vague || !opening || quants.first().map(|f| f.q_start) != Some(q.q_start) {
        return None;
    }
    let each = toks.get(q.j).is_some_and(|t| t.is("each"));
    let prep = q.j + usize::from(each);
    let placed = toks.get(prep).is_some_and(|t| t.is_any(ELLIPSIS_PREPS))
        && s.places.iter().any(|p| p.0 > prep && p.0 <= prep + 3);
    if !placed {
        return None;
    }
    let last = before.last().filter(|c| {
        c.sent < s.idx
            && c.sent > lead
            && sents[c.sent].lead == Some(lead)
            && matches!(c.status, Status::Used | Status::Superseded)
            && matches!(
                c.field,
                Some(
                    Field::DronesLaunched
                        | Field::DronesIntercepted
                        | Field::MissilesLaunched
                        | Field::MissilesIntercepted
                )
            )
    })?;
    let times = if each {
        places_each(s, prep, quants)
    } else {
        1
    };
    Some((last, times))
}

/// "at least eight people had been killed in Kyiv alone, and 10 across the country": an
/// elliptical count of the whole country, the national total of the count before it (not a part
/// that adds to it).
pub(crate) fn national_total<'c>(s: &Sent, q: &Quantity, before: &'c [Cand]) -> Option<&'c Cand> {
    let toks = &s.toks;
    let joined = q.q_start > 0 && toks[q.q_start - 1].is_any(ELLIPSIS_JOINERS);
    let rest: Vec<&str> = toks
        .get(q.j..(q.j + 3).min(toks.len()))?
        .iter()
        .map(|t| t.lower.as_str())
        .collect();
    let national = NATIONAL_TAILS.iter().any(|tail| rest.starts_with(tail));
    if q.vague || !joined || !national {
        return None;
    }
    before.last().filter(|c| {
        c.sent == s.idx
            && c.tok_end <= q.q_start
            && q.q_start - c.tok_end <= 12
            && c.status == Status::Used
            && !matches!(c.field, Some(Field::Hits) | None)
    })
}

/// How many places a count stands for, each: "one drone each over the Belgorod, Kursk and Ryazan
/// regions" (three); "seven drones each on Saturday in the Belgorod and Kursk regions", "eight
/// drones each were destroyed in ...": the verb or the day between; "по одному дрону над
/// Брянской и Курской областями", glossed "each one drone over Bryansk and Kursk regions": "each"
/// before the count; "по два дрона сбили над Крымом, Калужской и Брянской областями": a verb
/// between. 1 when no "each" says so. `q_start` and `end` are the count's tokens.
pub(crate) fn times_each(s: &Sent, q_start: usize, end: usize, quants: &[Quantity]) -> u32 {
    let each_before = q_start > 0 && s.toks[q_start - 1].is("each");
    each_prep(s, end)
        .or_else(|| each_before.then(|| places_prep(s, end)).flatten())
        .map_or(1, |prep| places_each(s, prep, quants))
}

/// The preposition of the places a count "each" is counted for: right after "each" ("two each
/// over ..."), or past a few words of verb or time ("each were destroyed in ...", "each on
/// Saturday in ..."), when a place follows it; `None` when `at` is no "each".
pub(crate) fn each_prep(s: &Sent, at: usize) -> Option<usize> {
    if !s.toks.get(at).is_some_and(|t| t.is("each")) {
        return None;
    }
    places_prep(s, at + 1)
}

/// The preposition at `from`, or one past a few words of verb or time before a place ("each two
/// drones shot down over Crimea, Kaluga and Bryansk regions", the gloss of "по два дрона сбили
/// над ..."): no number, comma or "and" between.
pub(crate) fn places_prep(s: &Sent, from: usize) -> Option<usize> {
    let toks = &s.toks;
    (from..(from + 4).min(toks.len()))
        .take_while(|&k| !toks[k].is_any(EACH_STOPS) && !matches!(toks[k].kind, Kind::Num(_)))
        .find(|&k| {
            toks[k].is_any(ELLIPSIS_PREPS)
                && (k == from || s.places.iter().any(|p| p.0 > k && p.0 <= k + 3))
        })
}

/// "five each in the Rostov region and annexed Crimea", "one drone each over the Belgorod, Kursk
/// and Ryazan regions": one per place named after the preposition at `prep`, up to the next item
/// of the list (a comma or "and" before a number) or the clause's end.
pub(crate) fn places_each(s: &Sent, prep: usize, quants: &[Quantity]) -> u32 {
    let toks = &s.toks;
    let number_at = |k: usize| quants.iter().any(|q| q.q_start == k);
    // ", 13 over ...", ", and 13 over ...", ", another (one) over ...", "as well as one drone
    // each in ...".
    let next_item = |k: usize| {
        toks[k].is("as") && toks.get(k + 1).is_some_and(|n| n.is("well"))
            || toks[k].is_any(&[",", "and"])
                && (number_at(k + 1)
                    || toks.get(k + 1).is_some_and(|n| n.is("another"))
                    || (toks.get(k + 1).is_some_and(|n| n.is_any(&["and", "each"]))
                        && number_at(k + 2)))
    };
    let stop = (prep..toks.len())
        .find(|&k| toks[k].is_any(&[";", ".", ":"]) || next_item(k))
        .unwrap_or(toks.len());
    let n = s.places.iter().filter(|p| p.0 > prep && p.0 < stop).count();
    u32::try_from(n.max(1)).unwrap_or(1)
}

#[cfg(test)]
mod tests {
    use crate::extract::test_support::one;

    fn value(c: Option<crate::extract::Count>) -> Option<u32> {
        c.map(|c| c.value)
    }

    #[test]
    fn parallel_places_add_up() {
        let e = one("Russia's defence ministry said air defences shot down nine Ukrainian drones over the Bryansk region and 13 over the Kursk region overnight.");
        assert_eq!(value(e.drones_intercepted), Some(22));
        let e = one("Russian missiles killed three people in Kharkiv, two in Dnipro and one in Odesa overnight, officials said.");
        assert_eq!(value(e.killed), Some(6));
    }

    #[test]
    fn a_count_of_people_may_keep_its_noun() {
        // "and 42 people in Kharkiv": the injured of another place.
        let e = one("According to a preliminary count, a total of 18 people were injured in Kiev and 42 people in Kharkiv this morning after Russian missile strikes.");
        assert_eq!(value(e.injured), Some(60));
        // People with a predicate of their own are no casualties.
        let e = one("Two people were killed in Odesa in a Russian drone attack, and 3,000 residents in Izmail lost power.");
        assert_eq!(value(e.killed), Some(2));
    }

    #[test]
    fn a_count_each_counts_once_per_place() {
        let e = one("Russian air defence units downed seven Ukrainian drones each on Saturday in the southern Belgorod and Kursk regions, officials said.");
        assert_eq!(value(e.drones_intercepted), Some(14));
        let e = one("Air defences destroyed 20 drones over the Oryol region, and eight drones each were destroyed in the Rostov and Bryansk regions, the ministry said.");
        assert_eq!(value(e.drones_intercepted), Some(36));
        // "each" of no places: a count of its own.
        let e = one("Russia launched two missiles each morning at Kharkiv, officials said.");
        assert_eq!(value(e.missiles_launched), Some(2));
    }

    #[test]
    fn another_count_over_a_sea_adds_up() {
        let e = one("The Russian Defence Ministry said 40 drones were shot down over Crimea, another 62 over the Black Sea and five over the Sea of Azov.");
        assert_eq!(value(e.drones_intercepted), Some(107));
        // A sea after a count of no place of its own is a part, not a second count.
        let e = one(
            "Russian air defences destroyed 40 Ukrainian drones overnight, 21 over the Black Sea.",
        );
        assert_eq!(value(e.drones_intercepted), Some(40));
    }

    #[test]
    fn each_counts_once_per_place() {
        let e = one("Russia's defence ministry said it destroyed 10 Ukrainian drones over the Belgorod region overnight, in addition to four each over the Kursk region and Crimea.");
        assert_eq!(value(e.drones_intercepted), Some(18));
        // A long place of the first count, and places after "the territories of".
        let e = one("Air defence systems destroyed 19 Ukrainian UAVs over the Black Sea and the territory of the Republic of Crimea, and one each over the territories of Kursk, Belgorod and Oryol regions, the ministry said.");
        assert_eq!(value(e.drones_intercepted), Some(22));
    }

    #[test]
    fn a_breakdown_is_not_added_to_its_total() {
        let e = one("Russian air defences downed five Ukrainian drones overnight: three over Bryansk, one over Oryol and another over Kursk.");
        assert_eq!(value(e.drones_intercepted), Some(5));
        let e = one("Russian strikes killed at least six people overnight, three in Kyiv and three in Sumy.");
        assert_eq!(value(e.killed), Some(6));
    }

    #[test]
    fn a_part_without_a_parallel_place_is_not_a_second_count() {
        let e = one("Russian air defences destroyed 40 Ukrainian drones overnight, 21 over the Bryansk region.");
        assert_eq!(value(e.drones_intercepted), Some(40));
    }
}
