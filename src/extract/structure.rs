//! Sentence structure: sentences with their tokens, cues and places; lists; period paragraphs.

use super::dates::{self, CueKind};
use super::lexicon::patterns;
use super::lexicon::*;
use super::locations::{capital_from_context, find_places};
use super::numbers;
use super::sentence::Sent;
use crate::text::{Doc, LineKind};
use regex::Regex;
use std::sync::LazyLock;

static NATIONAL: LazyLock<Regex> = crate::regex!(patterns::NATIONAL);
static ROUND_UP_LEAD: LazyLock<Regex> = crate::regex!(patterns::ROUND_UP_LEAD);
static ROUND_UP_REPORTED: LazyLock<Regex> = crate::regex!(patterns::ROUND_UP_REPORTED);

static RESTRICTED: LazyLock<Regex> = crate::regex!(patterns::RESTRICTED);
static COUNTRY_OPENING: LazyLock<Regex> = crate::regex!(patterns::COUNTRY_OPENING);

fn sentence(idx: usize, kind: LineKind, para: usize, text: &str) -> Sent {
    let toks = numbers::tokenize(text);
    let lower = crate::text::lower_same_len(text);
    let context = toks.iter().any(|t| t.is_any(ATTACK_CONTEXT));
    let veto = toks.iter().any(|t| t.is_any(VETO));
    let places = find_places(&toks, context && !veto);
    let opening = text.trim_start_matches(['"', '“', '”', '«', '\'', '‘', '(', ' ']);
    Sent {
        idx,
        kind,
        para,
        // "In Ukraine, officials reported ...": a country is no one place. A quotation mark
        // before the opening ("\"In Dnipro, one person died.") is no word of it.
        // "shot down 47 cruise missiles, including 20 over the capital city": a place inside an
        // "including" subset restricts the subset, not the sentence.
        regional: RESTRICTED.is_match(opening)
            && RESTRICTED.find_iter(opening).any(|m| {
                !COUNTRY_OPENING.is_match(&opening[m.start()..])
                    && !in_subset(&opening[..m.start()])
                    && !in_countless_while(&opening[..m.start()])
            }),
        national: NATIONAL.is_match(text),
        cues: dates::cues(text),
        text: text.to_string(),
        lower,
        toks,
        places,
        context,
        lead: None,
        in_period_para: false,
        after_round_up: false,
        round_up_lead: false,
    }
}

/// Whether a sentence is an item of a list: a bullet first, or a `;` last.
fn is_list_item(text: &str) -> bool {
    let t = text.trim();
    t.ends_with(';') || starts_with_bullet(t)
}

/// Whether a text opens on a list's bullet ("- ", "•", "🔹").
pub(crate) fn starts_with_bullet(text: &str) -> bool {
    text.trim_start().starts_with(|c: char| {
        matches!(
            c,
            '🔹' | '🔸'
                | '•'
                | '▪'
                | '◾'
                | '▫'
                | '◦'
                | '·'
                | '-'
                | '–'
                | '—'
                | '*'
                | '✅'
                | '➖'
                | '🔺'
                | '🚀'
                | '🛩'
        )
    })
}

/// Links the items of each list to the sentence ending in `:` that introduces it.
fn link_lists(sents: &mut [Sent]) {
    let mut lead: Option<usize> = None;
    let mut in_list = false;
    for (i, s) in sents.iter_mut().enumerate() {
        if matches!(s.kind, LineKind::Boilerplate | LineKind::Duplicate) {
            continue;
        }
        // "126 over the Kursk region; ... ¶ 3 over the Nizhny Novgorod region.": the last item
        // of a list of ";" items ends with a full stop.
        let last_item = in_list
            && s.text.trim_end().ends_with('.')
            && s.text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
        // "611 цілей: ¶ 566 ударних БпЛА, ¶ 2 реактивні БпЛА Бандероль, ¶ ...": a figure's line
        // ending in a comma right after the colon, or after such an item, is an item too.
        let comma_item = lead.is_some()
            && s.text.trim_end().ends_with(',')
            && s.text
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit());
        if is_list_item(&s.text) || last_item || comma_item {
            s.lead = lead;
            in_list = lead.is_some() && !last_item;
        } else {
            lead = None;
            in_list = false;
        }
        if s.text.trim_end().ends_with(':') {
            lead = Some(i);
        }
    }
}

/// Marks the sentences of a paragraph that opened with a period ("Over the past day, 147 combat
/// engagements took place. The enemy ... used 2,204 kamikaze drones.") until one names a day.
fn mark_period_paragraphs(sents: &mut [Sent]) {
    let mut state: Option<(usize, bool)> = None;
    for s in sents.iter_mut() {
        let mut open = state.filter(|(p, _)| *p == s.para).is_some_and(|(_, o)| o);
        if s.cues.iter().any(|c| c.kind != CueKind::Period) {
            open = false;
        } else {
            s.in_period_para = open;
        }
        if s.cues
            .first()
            .is_some_and(|c| c.kind == CueKind::Period && c.start <= 3)
        {
            open = true;
        }
        state = Some((s.para, open));
    }
    // "Russia conducted 90 air attacks in the past day. ¶ They dropped 223 bombs and deployed
    // over 7,600 kamikaze drones.": a pronoun subject carries on the period of the sentence
    // before.
    for i in 1..sents.len() {
        let prev_period = !sents[i - 1].cues.is_empty()
            && sents[i - 1].cues.iter().all(|c| c.kind == CueKind::Period);
        let s = &sents[i];
        let pronoun = s
            .toks
            .first()
            .is_some_and(|t| t.is_any(CARRYING_PRONOUNS) && t.capitalized());
        // "... since the first day of the year, the enemy has attacked the region about 650 times.
        // ¶ Seven people were killed and 55 wounded in these attacks.": the period's attacks.
        let back_to_them = BACK_TO_ATTACKS.iter().any(|p| s.lower.contains(p));
        if prev_period && (pronoun || back_to_them) && s.cues.is_empty() {
            sents[i].in_period_para = true;
        }
    }
    // "Over the past week, Russia launched against Ukraine: ¶ - more than 1,150 attack drones;
    // ¶ - 35 missiles": the items of a list carry on the period of its lead.
    for i in 0..sents.len() {
        let Some(l) = sents[i].lead else {
            continue;
        };
        // (The period opens the lead: not "... which Russia has attacked every night this month,
        // launched against Kyiv:".)
        let lead_period = !sents[l].cues.is_empty()
            && sents[l].cues.iter().all(|c| c.kind == CueKind::Period)
            && sents[l].cues[0].start <= 20;
        if lead_period && sents[i].cues.is_empty() {
            sents[i].in_period_para = true;
        }
    }
}

/// The sentences of a document, with their list leads and period paragraphs marked.
pub(crate) fn sentences(doc: &Doc) -> Vec<Sent> {
    let mut sents: Vec<Sent> = doc
        .sentences
        .iter()
        .enumerate()
        .map(|(idx, s)| sentence(idx, s.kind, s.para, doc.text(s)))
        .collect();
    link_lists(&mut sents);
    mark_period_paragraphs(&mut sents);
    let lead = |s: &Sent| {
        ROUND_UP_LEAD.is_match(&s.text)
            || (ROUND_UP_REPORTED.is_match(&s.text)
                && !s
                    .toks
                    .iter()
                    .any(|t| t.is_any(AIR_WEAPON) || t.is_any(NIGHT_WORDS)))
    };
    if let Some(lead) = sents.iter().position(lead) {
        sents[lead].round_up_lead = true;
        for s in &mut sents[lead + 1..] {
            s.after_round_up = true;
        }
    }
    let mut last: Option<usize> = None;
    for i in 0..sents.len() {
        if let Some(j) = last {
            let (head, tail) = sents.split_at_mut(i);
            let s = &mut tail[0];
            capital_from_context(&s.toks, &mut s.places, &head[j].places);
        }
        if !sents[i].places.is_empty() {
            last = Some(i);
        }
    }
    sents
}

/// Whether the text before a place ends inside an "including ..." subset: "including" among its
/// last words, with no clause break after it.
/// Whether the text before a place ends in a "while" clause with no number of its own ("destroyed
/// 21 of the 26 drones ..., while Kyiv officials said air defence systems eliminated those sent over
/// the city"): the place is that clause's, and restricts no count.
fn in_countless_while(before: &str) -> bool {
    before
        .rfind(", while ")
        .is_some_and(|at| !before[at..].contains(|c: char| c.is_ascii_digit()))
}

fn in_subset(before: &str) -> bool {
    let mut start = before.len().saturating_sub(60);
    while !before.is_char_boundary(start) {
        start += 1;
    }
    let tail = &before[start..];
    tail.rfind("including")
        .is_some_and(|at| !tail[at..].contains([',', ';', '.']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Normalized;

    fn leads(text: &str) -> Vec<(bool, bool)> {
        let doc = Doc::from_normalized(text, Normalized::new(text));
        sentences(&doc)
            .iter()
            .map(|s| (s.round_up_lead, s.after_round_up))
            .collect()
    }

    #[test]
    fn a_country_s_toll_reported_by_the_regions_leads_a_round_up() {
        let t = "Russian attacks across Ukraine killed at least eight people and injured at least \
                 26, regional authorities reported on Jan. 30. In Donetsk Oblast, one person was \
                 killed.";
        assert_eq!(leads(t), vec![(true, false), (false, true)]);
    }

    #[test]
    fn a_night_or_an_air_weapon_makes_it_the_air_attack() {
        for t in [
            "Russian attacks on Ukraine overnight injured at least five people across the \
             country, local authorities said. In Kharkiv, two were hurt.",
            "Russian drone attacks across Ukraine killed four people, regional officials said. \
             In Sumy, two were hurt.",
        ] {
            assert_eq!(leads(t), vec![(false, false), (false, false)], "{t}");
        }
    }
}
