//! Tests of the text stage: normalisation, line kinds, sentence splitting.

use super::*;

#[test]
fn a_hard_wrapped_text_joins_its_lines_after_digits_and_dashes() {
    let n = Normalized::new(
        "This reprehensible assault on Kyiv and other cities was the\nheaviest aerial bombardment on Ukraine since the full-scale\ninvasion began, involving more than 800 drones and 13\nmissiles. They are part of a pattern. For example, on 28\nAugust, Russia hit Kyiv's civilians and infrastructure\nwith 600 drones and 31 missiles, killing civilians -\nincluding four children.",
    );
    assert!(n.text.contains("800 drones and 13 missiles"), "{}", n.text);
    assert!(n.text.contains("on 28 August"), "{}", n.text);
    assert!(n.text.contains("civilians - including"), "{}", n.text);
}

#[test]
fn look_alike_letters_take_their_words_script() {
    // A Latin "a" in Ukrainian words, a Cyrillic "А" in a Latin one.
    let n = Normalized::new("Сили оборони Укрaїни збили чотири бaлістичні рaкети. АTACMS");
    assert_eq!(
        n.text,
        "Сили оборони України збили чотири балістичні ракети. ATACMS"
    );
}

#[test]
fn lower_case_keeps_every_byte_offset() {
    for s in [
        "İstanbul and KYIV",
        "ẞ STRASSE",
        "Ǆ",
        "Russia launched 45 drones",
        "ΑΣ",
    ] {
        let l = lower_same_len(s);
        assert_eq!(l.len(), s.len(), "{s}");
        assert!(s.char_indices().all(|(i, _)| l.is_char_boundary(i)), "{s}");
    }
    assert_eq!(lower_same_len("KYIV İ"), "kyiv İ");
}

#[test]
fn normalisation_maps_back_to_the_original() {
    let original = "Russia\u{2019}s 580\u{00A0}drones \u{2014} \u{201C}overnight\u{201D}";
    let n = Normalized::new(original);
    assert_eq!(n.text, "Russia's 580 drones - \"overnight\"");
    let i = n.text.find("580 drones").unwrap();
    let (s, e) = n.orig_span(i, i + "580 drones".len());
    assert_eq!(&original[s..e], "580\u{00A0}drones");
    // An em dash between words separates them; a hyphen joins.
    let src = "two people\u{2014}a man\u{2014}were hit by Kh\u{2011}101s";
    let dash = Normalized::new(src);
    assert_eq!(dash.text, "two people - a man - were hit by Kh-101s");
    let i = dash.text.find("a man").unwrap();
    let (s, e) = dash.orig_span(i, i + "a man".len());
    assert_eq!(&src[s..e], "a man");
}

#[test]
fn cyrillic_lookalikes_in_latin_words_become_latin() {
    // "Кyiv" with a Cyrillic К, "drоnes" with a Cyrillic о.
    let n = Normalized::new("\u{041A}yiv was hit by 5 dr\u{043E}nes. Развернуть");
    assert_eq!(n.text, "Kyiv was hit by 5 drones. Развернуть");
}

/// The sentences `split_sentences` finds in a line, as text.
fn sentence_texts(line: &str) -> Vec<&str> {
    split_sentences(line)
        .into_iter()
        .map(|(a, b)| &line[a..b])
        .collect()
}

#[test]
fn sentences_end_after_citations_and_before_a_new_sentence_after_a_time() {
    let line = "It hit eleven drones.[1] A missile hit a block.[2][3] Then at 7 a.m. Moscow time it ended shortly before 2:00 a.m. A man was killed.";
    let parts = sentence_texts(line);
    assert_eq!(
        parts,
        [
            "It hit eleven drones.[1]",
            "A missile hit a block.[2][3]",
            "Then at 7 a.m. Moscow time it ended shortly before 2:00 a.m.",
            "A man was killed."
        ]
    );
}

#[test]
fn a_missing_space_after_a_full_stop_is_restored() {
    let n = Normalized::new("It was an attack.The air force said. The U.S. said.");
    assert_eq!(
        n.text,
        "It was an attack. The air force said. The U.S. said."
    );
}

#[test]
fn hashtags_are_their_words() {
    let n = Normalized::new("A #Russian missile hit #Kyiv (#Ukraine); issue #5 and C#.");
    assert_eq!(
        n.text,
        "A Russian missile hit Kyiv (Ukraine); issue #5 and C#."
    );
    assert_eq!(n.orig(n.text.find("Russian").unwrap()), 3);
}

#[test]
fn hard_wrapped_lines_are_joined_and_a_lone_break_is_not() {
    let wrapped = "Photo caption. REUTERS\nRussia launched a barrage of drones and missiles in\n\
                   overnight attacks, killing at least three\npeople, officials said.\n";
    let doc = Doc::new(wrapped);
    let body: Vec<&str> = doc.sentences.iter().map(|s| doc.text(s)).collect();
    assert_eq!(
        body.last().copied().unwrap_or_default(),
        "Russia launched a barrage of drones and missiles in overnight attacks, killing at \
         least three people, officials said."
    );
    // A transcript's lines broken after a number: "sending more than 70\nmissiles".
    let transcript = "Russia launched a massive airstrike today, sending more than 70\n\
                      missiles and 100 drones.\nIn Dnipro, a worker at a power plant\nwas killed.\n";
    let doc = Doc::new(transcript);
    let body: Vec<&str> = doc.sentences.iter().map(|s| doc.text(s)).collect();
    assert_eq!(
        body,
        [
            "Russia launched a massive airstrike today, sending more than 70 missiles and 100 \
             drones.",
            "In Dnipro, a worker at a power plant was killed."
        ]
    );
    // One break before a lower-case line is a heading over a fragment, not a wrap.
    let heading = Normalized::new("Air Force shot down two drones\nthe Air Force said.");
    assert!(heading.text.contains('\n'));
}

#[test]
fn sentences_keep_offsets_and_skip_abbreviations() {
    let doc = Doc::new("Gov. Kiper said 3 died on Sept. 5. Another 4 were hurt.\nShare\n");
    let texts: Vec<&str> = doc.sentences.iter().map(|s| doc.text(s)).collect();
    assert_eq!(
        texts,
        [
            "Gov. Kiper said 3 died on Sept. 5.",
            "Another 4 were hurt.",
            "Share"
        ]
    );
    assert_eq!(doc.sentences[2].kind, LineKind::Boilerplate);
}

#[test]
fn boilerplate_headings_and_infoboxes_are_classified() {
    for line in [
        "Share",
        "Continue Reading",
        "  1. HOME",
        "  • 119 Views",
        "  • Last update: 2 hours ago",
        "  • 3 min read",
        "Copyright © All rights reserved. This website offers general news.",
        "Related Sources:",
        "  • Source 1 • Source 2",
        "Skip to main content",
        "Развернуть",
        "FILE - Ukrainian air defense intercepts a Shahed drone during a Russian aerial attack on Kyiv, Ukraine, May 30, 2023.",
        "FILE – Firefighters work at the site of a drone strike in Odesa, Ukraine, Nov. 2, 2024.",
        "This photo taken from video provided by the Russian Defense Ministry Press Service on Saturday, Feb. 19, 2022, shows a Russian Iskander-K missile launched during a military exercise. (File photo: AP)",
    ] {
        assert_eq!(classify(line), LineKind::Boilerplate, "{line}");
    }
    assert_eq!(
        classify("Putin Resists Compromising On Ukraine War Positions"),
        LineKind::Heading
    );
    // Two sentences that lost the last stop are running text; a stop after an abbreviation
    // ends no sentence.
    assert_eq!(
        classify("Війська рф атакували Україну 27 ударними БпЛА. Українські оборонці збили половину цілей"),
        LineKind::Body
    );
    assert_eq!(
        classify("Drones attack the airport of St. Petersburg again"),
        LineKind::Heading
    );
    // ... but as a text's first line, such a line is its title.
    let doc = Doc::new("Russia launched a missile strike on Lviv Oblast. Previously, no casualties\nRussian forces launched six missiles at the Lviv region overnight.\n");
    assert_eq!(doc.sentences[0].kind, LineKind::Heading);
    assert_eq!(classify("- Fatalities: 25"), LineKind::Infobox);
    // A time is no key: a list item of the body.
    assert_ne!(
        classify("- At 06:17, Russia struck a bus. The attack killed nine people."),
        LineKind::Infobox
    );
    assert_eq!(classify("Deaths | 18 [1] [2] |"), LineKind::Infobox);
    assert_eq!(classify("| Injured | 3 |"), LineKind::Infobox);
    assert_eq!(
        classify("Russia launched 40 drones overnight, the air force said."),
        LineKind::Body
    );
    // A list item without a full stop is no heading.
    assert_eq!(
        classify("◾️Russian air defense systems destroyed 216 Ukrainian drones overnight"),
        LineKind::Body
    );
}

#[test]
fn glued_infobox_keys_are_split_and_still_map_back() {
    let original = "Title\nDeaths21\nInjured74 (38 hospitalized)\n";
    let doc = Doc::new(original);
    assert!(doc.norm.text.contains("Deaths 21"));
    let i = doc.norm.text.find("21").unwrap();
    let (s, e) = doc.norm.orig_span(i, i + 2);
    assert_eq!(&original[s..e], "21");
    let i = doc.norm.text.find("74").unwrap();
    let (s, e) = doc.norm.orig_span(i, i + 2);
    assert_eq!(&original[s..e], "74");
}

#[test]
fn duplicate_caption_lines_are_marked() {
    let cap = "Smoke rises after a missile attack in Kharkiv, Ukraine April 22, 2024.";
    let doc = Doc::new(&format!("{cap}\n{cap}\n"));
    assert_eq!(doc.sentences[0].kind, LineKind::Body);
    assert_eq!(doc.sentences[1].kind, LineKind::Duplicate);
}

#[test]
fn a_stop_glued_to_the_next_sentence_ends_it_but_not_an_abbreviation() {
    let line = "It damaged a high-rise hotel.Ukraine's air force said it downed 26 of 38 drones. The U.S.Embassy and St.Petersburg said so.";
    let parts = sentence_texts(line);
    assert_eq!(
        parts,
        [
            "It damaged a high-rise hotel.",
            "Ukraine's air force said it downed 26 of 38 drones.",
            "The U.S.Embassy and St.Petersburg said so."
        ]
    );
}

#[test]
fn the_items_after_a_sentence_that_ends_in_a_colon_are_running_text() {
    // (As glossed from "По данным властей, ... в ночь на 10 августа: ¶ Погиб один человек ¶
    // Имеются пострадавшие".)
    let doc = Doc::new(
        "According to the authorities, as a result of a drone falling overnight into 10 August:\nOne person was killed\nThere are injured\n",
    );
    let kinds: Vec<LineKind> = doc.sentences.iter().map(|s| s.kind).collect();
    assert_eq!(kinds, [LineKind::Body; 3]);
    // An infobox's short key keeps its lines apart.
    let doc = Doc::new("The attack killed 35 soldiers.\nPer Russia:\nup to 180 killed\n");
    assert_eq!(
        doc.sentences.last().map(|s| s.kind),
        Some(LineKind::Heading)
    );
}

#[test]
fn a_line_broken_after_a_month_abbreviation_is_joined_to_its_day() {
    let n = Normalized::new(
        "Twelve Shahed-type drones were shot down overnight on Sept.\n22 by Ukrainian air defenses.\nNo one was hurt on Jan.\nThe end.",
    );
    assert!(n.text.contains("on Sept. 22 by"), "{}", n.text);
    // Not before a line that opens with no day.
    assert!(n.text.contains("Jan.\nThe end."), "{}", n.text);
}
