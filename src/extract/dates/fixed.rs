//! Days known by name: feasts ("a New Year's Day drone attack", a year-less date) and the first
//! day of the full-scale invasion ("about 160 missiles were launched on the first day of the
//! war": 24 February 2022, background to any later attack).

use std::sync::LazyLock;

use regex::Regex;

use super::super::lexicon::{FIXED_DAYS, WAR_DAYS};
use super::{add, Cue, CueKind};

/// The names of [`FIXED_DAYS`], apostrophes either way.
static FIXED_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = FIXED_DAYS
        .iter()
        .map(|(n, _, _)| regex::escape(n).replace('\'', "['’]"))
        .collect();
    crate::compile_regex(&format!(r"(?i)\b(?:{})\b", names.join("|"))).expect("valid regex")
});
/// A year right after a feast's name ("New Year's Day 2026", "Christmas Day, 2024").
static FEAST_YEAR: LazyLock<Regex> = crate::regex!(r"^,? ((?:19|20)\d\d)\b");
/// The names of [`WAR_DAYS`].
static WAR_DAY: LazyLock<Regex> = LazyLock::new(|| {
    let names: Vec<String> = WAR_DAYS.iter().map(|(n, ..)| regex::escape(n)).collect();
    crate::compile_regex(&format!(r"(?i)\b(?:{})\b", names.join("|"))).expect("valid regex")
});

/// Cues of the days known by name in `s`.
pub(super) fn fixed_days(s: &str, out: &mut Vec<Cue>) {
    // "a New Year's Day drone attack": a year-less date (the regex only where a feast can be).
    let feast = [
        "Year",
        "year",
        "YEAR",
        "Christmas",
        "christmas",
        "CHRISTMAS",
    ]
    .iter()
    .any(|w| s.contains(w));
    let fixed = if feast {
        FIXED_DAY.find_iter(s).collect()
    } else {
        Vec::new()
    };
    for m in fixed {
        let name = m.as_str().to_lowercase().replace('’', "'");
        if let Some(&(_, month, day)) = FIXED_DAYS.iter().find(|(n, _, _)| *n == name) {
            // "On New Year's Day 2026": a year right after the name is the feast's.
            let year = FEAST_YEAR.captures(&s[m.end()..]);
            let end = year.as_ref().map_or(m.end(), |c| m.end() + c[0].len());
            let kind = CueKind::Date {
                day,
                month,
                year: year.and_then(|c| c[1].parse().ok()),
            };
            add(m.start(), end, kind, out);
        }
    }
    for m in WAR_DAY.find_iter(s) {
        let name = m.as_str().to_lowercase();
        if let Some(&(_, year, month, day)) = WAR_DAYS.iter().find(|(n, ..)| *n == name) {
            let kind = CueKind::Past { day, month, year };
            add(m.start(), m.end(), kind, out);
        }
    }
}
