use super::*;
use crate::extract::numbers::tokenize;

fn head_after(s: &str, number: &str) -> (Head, String) {
    let toks = tokenize(s);
    let j = toks.iter().position(|t| t.is(number)).expect("number") + 1;
    let (h, _, noun) = head(&toks, j);
    (h, noun)
}

#[test]
fn a_singular_weapon_after_one_and_an_unknown_adjective() {
    let s = "14 Kalibr cruise missiles and one unidentified missile.";
    assert_eq!(head_after(s, "one").0, Head::Missile);
    let s = "and one unidentified missile during the attack";
    assert_eq!(head_after(s, "one"), (Head::Missile, "missile".to_string()));
    // Not a singular noun that modifies another: "one cruise missile strike".
    let s = "Russia carried out one massive missile strike.";
    assert_ne!(head_after(s, "one").0, Head::Missile);
}

/// Why the count written as `number` in `s` is no count, if it is none.
fn not_a_count_at(s: &str, number: &str) -> Option<String> {
    let toks = tokenize(s);
    let qs = crate::extract::numbers::quantities(&toks);
    let q = qs
        .iter()
        .find(|q| toks[q.i].is(number))
        .expect("the number");
    not_a_count(&toks, q, &[])
}

#[test]
fn a_range_of_ages_is_no_count() {
    let s = "Five people aged between 36 and 55 suffered shrapnel wounds.";
    assert_eq!(not_a_count_at(s, "36").as_deref(), Some("an age"));
}

#[test]
fn a_number_after_an_abbreviated_label_is_no_count() {
    let s = "A teacher from Lyceum No. 6 and her son were killed.";
    assert_eq!(
        not_a_count_at(s, "6").as_deref(),
        Some("a label (\"No 6\")")
    );
    // (A full stop that ends a sentence is no abbreviation: "... killed 6." stays.)
    let s = "The strike killed two. 6 more were injured.";
    assert_eq!(not_a_count_at(s, "6"), None);
}

#[test]
fn launches_of_a_weapon_count_the_weapon() {
    let s = "up to 17 launches of Shahed UAVs were reported on the night of 4 April";
    assert_eq!(head_after(s, "17").0, Head::Drone);
    let s = "46 launches of Kh-101 cruise missiles";
    assert_eq!(head_after(s, "46").0, Head::Missile);
    // Not launches of anything else: "two launches of the air-raid siren".
    let s = "two launches of the air-raid siren";
    assert_ne!(head_after(s, "two").0, Head::Drone);
}

#[test]
fn an_editor_s_bracketed_weapon_noun_is_the_head() {
    let s = "“All 12 (drones) were shot down.";
    assert_eq!(head_after(s, "12"), (Head::Drone, "drones".to_string()));
    let s = "air defence forces downed 10 [drones] overnight";
    assert_eq!(head_after(s, "10"), (Head::Drone, "drones".to_string()));
    // Not one kind joined to another: "a combined attack of 165 (UAVs) and missiles".
    let s = "a combined attack of 165 (UAVs) and missiles";
    assert_ne!(head_after(s, "165").0, Head::Drone);
}
