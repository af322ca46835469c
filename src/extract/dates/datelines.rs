//! Datelines and date lines: the day a report was filed or a page published ("KIEV, Nov. 18
//! (Xinhua) --", "MOSCOW, October 25.", "date 2022-06-12 ..."), which dates no figure itself.

use std::sync::LazyLock;

use regex::Regex;

use super::{date_cues, Cue, CueKind};

/// A wire dateline: "KIEV, Nov. 18 (Xinhua) --", "MOSCOW, May 13:", "28th June 2022 – (Kyiv)",
/// "KYIV, Sunday, October 5, 2025 —", "Newsroom (20/11/2025 Gaudium Press ) A devastating": a
/// city (or nothing) and a weekday (or nothing) before the date, the agency (or nothing) and a
/// dash or colon after it, or the date and the agency in brackets.
static DATELINE_BEFORE: LazyLock<Regex> = crate::regex!(
    r"^\s*(?:[A-Z][A-Za-z .'-]{1,30},)?\s*(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s*)?$|^\s*(?:[A-Z][A-Za-z .'-]{1,30})?\s*\(\s*$"
);
static DATELINE_AFTER: LazyLock<Regex> =
    crate::regex!(r"^\s*(?:\([A-Za-z .]{1,20}\)\s*)?(?:--|—|–|-|:)|^\s*[A-Za-z .]{0,30}\)");

/// "KIEV, Nov. 18 (Xinhua) -- A Russian ballistic missile attack killed at least 11 people ... on
/// Sunday evening": the dateline is the day the report was filed, not the attack's; an
/// "overnight" of its sentence is that day's (as after "said on Monday").
pub(super) fn dateline(s: &str, out: &mut Vec<Cue>) {
    let Some(at) = out.iter().position(|c| is_dateline(s, c)) else {
        return;
    };
    let kind = out.remove(at).kind;
    // The weekday of the dateline ("KYIV, Sunday, October 5, 2025 —") goes with it.
    out.drain(..at);
    // ("... overnight November 18-19": the sentence's own date is the overnight's.)
    if out.iter().any(|c| matches!(c.kind, CueKind::Date { .. })) {
        return;
    }
    for c in out.iter_mut().filter(|c| c.kind == CueKind::Today) {
        c.kind = kind;
        c.reported = true;
    }
}

/// Whether a date cue is a dateline's (see [`dateline`]).
fn is_dateline(s: &str, c: &Cue) -> bool {
    matches!(c.kind, CueKind::Date { .. })
        && DATELINE_BEFORE.is_match(&s[..c.start])
        && DATELINE_AFTER.is_match(&s[c.end..])
}

/// A wire dateline that is a sentence of its own: "MOSCOW, October 25." (before "/TASS/. Air
/// defenses shot down ...").
static DATELINE_ALONE_AFTER: LazyLock<Regex> = crate::regex!(r"^\s*\.?\s*(?:/[A-Za-z]+/\.?)?\s*$");

/// The day of a sentence that is only a wire dateline ("MOSCOW, October 25."), if it is one:
/// like a dateline, it dates no figure.
pub(crate) fn dateline_alone(s: &str) -> Option<CueKind> {
    let mut out = Vec::new();
    date_cues(s, &mut out);
    out.into_iter()
        .find(|c| {
            matches!(c.kind, CueKind::Date { .. })
                && DATELINE_BEFORE.is_match(&s[..c.start])
                && !s[..c.start].trim().is_empty()
                && DATELINE_ALONE_AFTER.is_match(&s[c.end..])
        })
        .map(|c| c.kind)
}

/// A stored page's own date line, in ISO form: "date 2024-08-27 [Source: BBC]".
static PAGE_DATE_LINE: LazyLock<Regex> = crate::regex!(r"(?i)^\s*date:?\s*\d{4}-\d{2}-\d{2}\b");

/// Whether a sentence opens with a stored page's date line ("date 2024-08-27 ..."): the day the
/// page was published, not an infobox's date of the attack.
pub(crate) fn is_page_date_line(s: &str) -> bool {
    PAGE_DATE_LINE.is_match(s)
}

/// A stored page's date line: "date 2022-06-12 Yesterday's missile attack on Chortkiv ...".
static DATE_LINE_BEFORE: LazyLock<Regex> = crate::regex!(r"(?i)^\s*date:?\s*$");

/// Whether a date cue is a page's date line opening the sentence ("date 2022-06-12 ..."): the
/// day the page was published, which dates no attack while the sentence has a cue of its own.
pub(crate) fn is_date_line(s: &str, c: &Cue) -> bool {
    matches!(c.kind, CueKind::Date { .. }) && DATE_LINE_BEFORE.is_match(&s[..c.start])
}

/// The date of a sentence's dateline, if it has one ("28th June 2022 – (Kyiv) ..."): never a
/// date of figures, but, in an article without a published date, a full date stated in the text
/// that day names resolve against. With `worded`, only a dateline with words before its date, a
/// city as a rule ("KIEV, July 21 (Xinhua) --"; not a sentence that opens with a date and a
/// dash, "17 сентября – в день, когда ...").
pub(crate) fn dateline_date(s: &str, worded: bool) -> Option<CueKind> {
    let mut out = Vec::new();
    date_cues(s, &mut out);
    out.into_iter()
        .find(|c| is_dateline(s, c) && !(worded && s[..c.start].trim().is_empty()))
        .map(|c| c.kind)
}

/// Whether a sentence is nothing but its date cues, a page's own date ("Saturday, May 17, 2025",
/// "3 грудня 2025, 18:36"): no cue of an attack.
pub(crate) fn only_dates(s: &crate::extract::sentence::Sent) -> bool {
    if s.cues.is_empty() {
        return false;
    }
    let mut rest = String::new();
    let mut at = 0;
    let mut cues: Vec<_> = s.cues.iter().collect();
    cues.sort_by_key(|c| c.start);
    for c in cues {
        if c.start >= at {
            rest.push_str(&s.text[at..c.start]);
            at = c.end;
        }
    }
    rest.push_str(&s.text[at.min(s.text.len())..]);
    rest.chars().all(|ch| !ch.is_alphabetic())
}
