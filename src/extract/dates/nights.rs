//! Nights: one night named by two dates ("on the night of November 18 to November 19", "from
//! late December 24 into the early hours of December 25") and the cues a more precise one names
//! (the weekday of a full date, the "overnight" of a named day).

use std::sync::LazyLock;

use regex::Regex;

use super::{Cue, CueKind};

/// Before a range of days that is one night: "between February 2nd and 3rd", "night of".
pub(super) static NIGHT_RANGE_BEFORE: LazyLock<Regex> =
    crate::regex!(r"(?i)\b(?:between|night of|night between|night from)\s+(?:the\s+)?$");
/// Between "overnight" and the day it names: "overnight into", "overnight on Thursday,".
static NIGHT_INTO: LazyLock<Regex> = crate::regex!(
    r"^\s*(?:into|on|to|of)\s+(?:the\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?$"
);

/// "on the night of November 18 to November 19": one night, which ends on the second date (the
/// first date is no cue of its own).
pub(super) fn night_ranges(s: &str, out: &mut Vec<Cue>) {
    let day = |c: &Cue| matches!(c.kind, CueKind::Date { .. } | CueKind::Weekday { .. });
    let joined = |a: &Cue, b: &Cue| {
        matches!(a.kind, CueKind::Date { .. })
            && matches!(b.kind, CueKind::Date { .. })
            && a.end <= b.start
            && NIGHT_RANGE_JOIN.is_match(&s[a.end..b.start])
            && (NIGHT_RANGE_BEFORE.is_match(&s[..a.start])
                || next_day(a, b) && RANGE_FROM.is_match(&s[..a.start]))
            // "attacks which began at around 10:00 am on Thursday and continued until 5:00 am
            // on Friday": one attack, which ended on the second day.
            || day(a) && day(b) && a.end <= b.start && UNTIL_JOIN.is_match(&s[a.end..b.start])
    };
    // "from Thursday to Friday night", "the night from Saturday to Sunday": one night, which
    // ends on the second day.
    let weekdays = |a: &Cue, b: &Cue| match (a.kind, b.kind) {
        (CueKind::Weekday { day: d1, .. }, CueKind::Weekday { day: d2, .. }) => {
            d2 == d1.succ()
                && a.end <= b.start
                && WEEKDAY_SPAN_JOIN.is_match(&s[a.end..b.start])
                && (NIGHT_RANGE_BEFORE.is_match(&s[..a.start])
                    || RANGE_FROM.is_match(&s[..a.start]))
        }
        _ => false,
    };
    for i in 1..out.len() {
        if let (true, CueKind::Weekday { day, last, .. }) =
            (weekdays(&out[i - 1], &out[i]), out[i].kind)
        {
            out[i].kind = CueKind::Weekday { day, plus: 0, last };
        }
    }
    let drop: Vec<usize> = (1..out.len())
        .filter(|&i| joined(&out[i - 1], &out[i]) || weekdays(&out[i - 1], &out[i]))
        .map(|i| i - 1)
        .collect();
    // "launched 131 drones overnight ... in a wave that stretched from late December 24 into the
    // early hours of December 25": the night the range names is the "overnight".
    if let Some(&last) = drop.last() {
        let night = out[last + 1].kind;
        for c in out.iter_mut().filter(|c| c.kind == CueKind::Today) {
            c.kind = night;
        }
    }
    for i in drop.into_iter().rev() {
        out.remove(i);
    }
}

/// Whether cue `b` is the day after cue `a`, both dates of the same month or of two months in a
/// row ("from late December 24 into the early hours of December 25").
fn next_day(a: &Cue, b: &Cue) -> bool {
    match (a.kind, b.kind) {
        (
            CueKind::Date {
                day: d1, month: m1, ..
            },
            CueKind::Date {
                day: d2, month: m2, ..
            },
        ) => m1 == m2 && d2 == d1 + 1 || (m2 == m1 % 12 + 1 && d2 == 1 && d1 >= 28),
        _ => false,
    }
}

/// "from (late) December 24" before the first date of a night of two days in a row.
static RANGE_FROM: LazyLock<Regex> =
    crate::regex!(r"(?i)\bfrom\s+(?:the\s+)?(?:(?:late|the evening of|the night of)\s+)?$");

/// Between the start and the end of one attack: "and continued until 5:00 am on".
static UNTIL_JOIN: LazyLock<Regex> = crate::regex!(
    r"(?i)^[^.;]{0,12}\b(?:continued|lasted|went on|ran)\s+(?:until|till|to|into)\b[^.;]{0,30}$"
);

/// Between the two dates of one night's range: "to", "into", a dash.
static NIGHT_RANGE_JOIN: LazyLock<Regex> = crate::regex!(
    r"(?i)^\s*(?:to|into|until|till|-|–|—)\s*(?:the\s+)?(?:(?:early\s+)?(?:hours|morning)\s+of\s+)?$"
);

/// Between the two weekdays of one night: [`NIGHT_RANGE_JOIN`]'s words, or a part of the day
/// and an hour ("air raid warnings continued from Thursday evening until around 9am local time
/// on Friday").
static WEEKDAY_SPAN_JOIN: LazyLock<Regex> = crate::regex!(
    r"(?i)^\s*(?:(?:evening|night|afternoon)\s+)?(?:to|into|until|till|-|–|—)\s*(?:(?:around|about|approximately)\s+)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:am|a\.m\.|pm|p\.m\.)?\s+)?(?:local time\s+)?(?:on\s+)?(?:the\s+)?(?:(?:early\s+)?(?:hours|morning)\s+of\s+)?$"
);

/// "2nd and 3rd February", "May 31 and 1": two days in a row joined by "and".
pub(super) fn next_day_range(m: &str) -> bool {
    let days: Vec<u32> = m
        .split(|ch: char| !ch.is_ascii_digit())
        .filter(|d| (1..=2).contains(&d.len()))
        .filter_map(|d| d.parse().ok())
        .collect();
    m.contains(" and ") && matches!(days[..], [a, b, ..] if b == a + 1 || (a >= 28 && b == 1))
}

/// Cues a more precise cue names: the weekday of a full date, the "overnight" of a named day.
pub(super) fn drop_named_days(s: &str, out: &mut Vec<Cue>) {
    // "Saturday, March 29, 2025", "on the night of Friday, 10 October 2025": the date says which
    // day.
    let dates: Vec<usize> = out
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Date { .. }))
        .map(|c| c.start)
        .collect();
    out.retain(|c| {
        !matches!(c.kind, CueKind::Weekday { .. })
            || !dates
                .iter()
                .any(|&at| at >= c.end && s[c.end..at].trim_matches([',', ' ']).is_empty())
    });
    // "Overnight into Oct. 9", "overnight on Thursday": the named day says which night.
    let named: Vec<usize> = out
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Date { .. } | CueKind::Weekday { .. }))
        .map(|c| c.start)
        .collect();
    out.retain(|c| {
        c.kind != CueKind::Today
            || !named
                .iter()
                .any(|&at| at >= c.end && NIGHT_INTO.is_match(&s[c.end..at].to_ascii_lowercase()))
    });
}
