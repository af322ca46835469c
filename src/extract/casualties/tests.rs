//! Unit tests of the casualty fields.

use super::*;
use crate::extract::heads::head;
use crate::extract::implied::with_implied;
use crate::extract::numbers::{quantities, tokenize};

/// The field of the count written as `number` in `s`.
fn field_of(s: &str, number: &str) -> Option<Field> {
    let toks = tokenize(s);
    let q = with_implied(&toks, quantities(&toks))
        .into_iter()
        .find(|q| toks[q.i].is(number))
        .expect("the number");
    let (h, end, _) = head(&toks, q.j);
    casualty_field(&toks, &q, h, end)
}

#[test]
fn the_number_of_those_injured_is_a_toll() {
    let s = "The number of those injured has risen to 20, including 4 children.";
    assert_eq!(field_of(s, "20"), Some(Field::Injured));
}

#[test]
fn people_listed_after_a_casualty_word_are_its_count() {
    let s = "The injured are a man aged 61, a woman aged 59 and a four-year-old child.";
    assert_eq!(field_of(s, "a"), Some(Field::Injured));
    let toks = tokenize(s);
    let qs = with_implied(&toks, quantities(&toks));
    let fields: Vec<_> = qs
        .iter()
        .filter(|q| q.value == Some(1))
        .map(|q| {
            let (h, end, _) = head(&toks, q.j);
            (toks[q.i].lower.clone(), h, casualty_field(&toks, q, h, end))
        })
        .collect();
    assert!(
        fields.len() == 3 && fields.iter().all(|f| f.2 == Some(Field::Injured)),
        "{fields:?}"
    );
}

#[test]
fn a_subject_reaches_its_verb_past_a_range_of_ages() {
    let s = "Five people aged between 36 and 55 suffered injuries, the governor said.";
    assert_eq!(field_of(s, "five"), Some(Field::Injured));
    let s = "Two men aged from 40 to 45 were killed.";
    assert_eq!(field_of(s, "two"), Some(Field::Killed));
}

#[test]
fn more_people_in_a_joined_clause_add_to_the_count_before() {
    let injured = |s: &str| {
        crate::extract::test_support::one(s)
            .injured
            .map(|c| c.value)
    };
    let s = "A Russian drone hit Odesa. Three people were injured, and four more received medical assistance on the spot.";
    assert_eq!(injured(s), Some(7));
    let s = "A Russian drone hit Odesa. Two people were hospitalized, while two others received medical help.";
    assert_eq!(injured(s), Some(4));
    // Parts of a total, not more people.
    let s = "A Russian drone hit Odesa. Five out of the eight victims were hospitalized, and three more received medical assistance.";
    assert_eq!(injured(s), Some(8));
    let s = "A Russian drone hit Odesa. Eight people were injured, five of them were hospitalized and three others received medical assistance.";
    assert_eq!(injured(s), Some(8));
}

#[test]
fn a_ground_weapon_named_next_settles_shelling() {
    // The Grad sentence after the toll confirms the shelling; the drone attack on another town
    // after it is another attack, not this toll's.
    let e = crate::extract::test_support::one("On the night of 22 September, a 35-year-old man was killed as a result of shelling by Russian troops in Nikopol, Dnipropetrovsk Region. The Russian army shelled the city with the Grad MLR systems, firing 20 rockets. A two-story building caught fire in Kryvyi Rih due to a kamikaze drone attack. People were not injured.");
    assert_eq!(e.killed.map(|c| c.value), None);
}

#[test]
fn shelling_as_a_count_s_subject_is_ground_fire() {
    use super::ground::subject_cause;
    let cause = |s: &str, number: &str| {
        let toks = tokenize(s);
        let q = quantities(&toks)
            .into_iter()
            .find(|q| toks[q.i].is(number))
            .expect("the number");
        subject_cause(&toks, q.q_start)
    };
    let s = "Two drones were destroyed, adding that Russian shelling the previous day killed one civilian and wounded 16.";
    assert!(cause(s, "one").is_some());
    assert!(
        cause(s, "16").is_some(),
        "a verb joined to the one before shares its subject"
    );
    // "The shelling" may point back to the air attack before; a missile's shelling is the air
    // attack's; an adverbial "During the shelling" is no subject.
    assert!(cause("The shelling killed eight civilians.", "eight").is_none());
    assert!(cause("Russian missile shelling killed two people.", "two").is_none());
    assert!(cause("During the shelling the invaders killed two people.", "two").is_none());
}

#[test]
fn a_news_summary_s_disaster_toll_is_no_attack_s() {
    let e = crate::extract::test_support::one("Two journalists have died after the vehicle they were travelling in was struck by drones in the Kramatorsk region. At least 69 people have died and almost 150 injured following a powerful 6.9-magnitude earthquake off the coast of Cebu City.");
    assert_eq!(e.killed.map(|c| c.value), Some(2));
    assert_eq!(e.injured, None);
}
