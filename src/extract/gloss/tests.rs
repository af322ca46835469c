//! Unit tests of the gloss.

use super::*;

/// A text glossed (also for the tests of `gloss::zeros`).
pub(super) fn glossed(text: &str, lang: Lang) -> String {
    gloss(Normalized::new(text), lang).text
}

#[test]
fn a_word_without_its_apostrophe() {
    assert_eq!(
        glossed("загинули пятеро людей", Lang::Uk),
        glossed("загинули п'ятеро людей", Lang::Uk)
    );
}

#[test]
fn english_is_left_alone() {
    let t = "Russia fired 40 missiles.";
    assert_eq!(glossed(t, Lang::En), t);
}

#[test]
fn a_gloss_maps_back_to_the_words_it_replaced() {
    let t = "Збито 36 БпЛА.";
    let n = gloss(Normalized::new(t), Lang::Uk);
    let at = n.text.find("36").unwrap();
    let (s, e) = n.orig_span(at, at + 2);
    assert_eq!(&t[s..e], "36");
    let (s, e) = n.orig_span(0, at - 1);
    assert_eq!(&t[s..e], "Збито");
}

#[test]
fn numbers_with_case_endings_are_numbers_and_ages_are_ages() {
    let g = glossed(
        "атакувала 112-ма ударними БпЛА; загинув 40-річний чоловік",
        Lang::Uk,
    );
    assert!(g.contains("attacked with 112 attack drones"), "{g}");
    assert!(g.contains("was killed a 40-year-old man"), "{g}");
    let g = glossed("погибла 52-летняя женщина", Lang::Ru);
    assert!(g.contains("was killed a 52-year-old woman"), "{g}");
}

#[test]
fn a_counted_noun_takes_no_article() {
    assert!(glossed("загинула жінка", Lang::Uk).contains("was killed a woman"));
    assert!(glossed("одна жінка", Lang::Uk).contains("one woman"));
    assert!(glossed("трирічна дитина", Lang::Uk).contains("a three-year-old child"));
}

#[test]
fn a_day_written_as_an_ordinal_before_its_month_is_its_number() {
    let g = glossed("Двадцать второго октября текущего года", Lang::Ru);
    assert!(g.starts_with("22 October"), "{g}");
    assert!(glossed("першого травня", Lang::Uk).starts_with("1 May"));
    // Not before a month: "the second drone" stays a word.
    assert!(!glossed("второго беспилотника", Lang::Ru).starts_with('2'));
    // A possessive determines the noun: no article after it.
    assert!(glossed("чоловік та його 5-річний син", Lang::Uk).contains("his 5-year-old son"));
}

#[test]
fn context_before_and_after_decides_a_word() {
    // "з" between two numbers is "of"; before a number "до" is "up to".
    assert!(glossed("збили 41 з 42 дронів", Lang::Uk).contains("41 of 42 drones"));
    assert!(glossed("до 15 дронів", Lang::Uk).contains("up to 15 drones"));
    assert!(glossed("сбили 26 БпЛА из 28", Lang::Ru).contains("26 drones of 28"));
    assert!(glossed("загинули від 5 до 8 людей", Lang::Uk).contains("were killed  5 to 8 people"));
    assert!(glossed("44 из более чем 50 ракет", Lang::Ru).contains("44 of more than 50"));
    // "СТО" in capitals is a car service station, not "a hundred".
    assert!(!glossed("постраждало СТО і 5 автівок", Lang::Uk).contains("hundred"));
    assert!(glossed("сто дронів", Lang::Uk).contains("hundred"));
    assert!(!glossed("до 15 дронів", Lang::Uk).starts_with("Up to"));
    // After a weapon noun, before its total: "of"; before where they came from: "from".
    let g = glossed("сбили 36 крылатых ракет из 43 запущенных", Lang::Ru);
    assert!(g.contains("of 43"), "{g}");
    let g = glossed("пуски 43 крылатых ракет из 10 самолетов", Lang::Ru);
    assert!(!g.contains("of 10"), "{g}");
}

#[test]
fn a_surname_after_a_given_name_is_no_place() {
    let g = glossed("сообщил глава Чувашии Олег Николаев.", Lang::Ru);
    assert!(
        g.contains("Олег Николаев") && !g.contains("Mykolaiv"),
        "{g}"
    );
    let g = glossed("атаковали Николаев.", Lang::Ru);
    assert!(g.contains("Mykolaiv"), "{g}");
}

#[test]
fn the_longest_phrase_wins() {
    let g = glossed("Ніхто не постраждав.", Lang::Uk);
    assert_eq!(g, "No one was injured.");
    let g = glossed("Информации о пострадавших нет.", Lang::Ru);
    assert!(g.contains("no information on casualties"), "{g}");
}

#[test]
fn a_dash_between_a_casualty_word_and_its_number_goes() {
    let g = glossed("Травмовано – 94, з них 18 дітей.", Lang::Uk);
    assert!(g.starts_with("Injured 94,"), "{g}");
    let g = glossed("73 – поранені.", Lang::Uk);
    assert!(g.starts_with("73 injured"), "{g}");
    let g = glossed(
        "34 — над Волгоградской областью, еще 4 — заглушены.",
        Lang::Ru,
    );
    assert!(g.contains("34 over Volgograd region"), "{g}");
    assert!(g.contains("another 4 were jammed"), "{g}");
    // Not for other words: "Київ – 5" stays as it is.
    assert!(glossed("Київ – 5", Lang::Uk).contains("Kyiv - 5"));
}

#[test]
fn context_after_a_phrase_may_follow_a_comma() {
    let g = glossed("Без жертв, постраждалим надається допомога.", Lang::Uk);
    assert!(
        g.starts_with("No one was killed, the injured are being given assistance"),
        "{g}"
    );
    let g = glossed("Постраждалих – близько двох десятків.", Lang::Uk);
    assert!(g.starts_with("Injured about twenty"), "{g}");
}

#[test]
fn digit_groups_become_one_number() {
    assert!(glossed("понад 1 200 дронів", Lang::Uk).contains("1,200"));
}
