//! The evening a night's attack began: "in the evening of 22 February and overnight into 23
//! February" is the night's attack, dated 23 February (an evening alone is its own day's).

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::{Cue, CueKind};

/// "in the evening of 22 February and overnight into 23 February": the evening a night's attack
/// began, beside the night's own date.
static EVENING_ON: LazyLock<Regex> = crate::regex!(r"(?i)\b(?:on|in)\s+the\s+evening(?:\s+of)?$");

/// Whether a date cue names an evening ("in the evening of 21 October"): the start of a night
/// that the lines after it may report the next morning.
pub(crate) fn evening(s: &str, c: &Cue) -> bool {
    EVENING_ON.is_match(s[..c.start].trim_end())
}

/// Moves an evening's date to the next day when the sentence also names that day (the night's).
pub(super) fn night_of_evening(s: &str, out: &mut [Cue]) {
    // (Not a page's own date line glued before the text: "date 2026-03-13 Ворожі дрони ввечері
    // 12 березня атакували ...".)
    let dates: Vec<CueKind> = out
        .iter()
        .filter(|c| !super::datelines::is_date_line(s, c))
        .map(|c| c.kind)
        .collect();
    for c in out.iter_mut() {
        let CueKind::Date { day, month, year } = c.kind else {
            continue;
        };
        let next = NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)
            .and_then(|d| d.succ_opt())
            .map(|n| CueKind::Date {
                day: n.day(),
                month: n.month(),
                year: year.map(|_| n.year()),
            });
        let night_after = next.is_some_and(|n| {
            dates.iter().any(|&d| match (d, n) {
                (
                    CueKind::Date { day, month, .. },
                    CueKind::Date {
                        day: nd, month: nm, ..
                    },
                ) => day == nd && month == nm,
                _ => false,
            })
        });
        if night_after && EVENING_ON.is_match(s[..c.start].trim_end()) {
            c.kind = next.expect("checked");
        }
    }
}
