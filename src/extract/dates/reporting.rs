//! Reporting clauses: the day a report was made ("..., officials said on Sunday") and the time of
//! a speech ("in a video address on Thursday night"), which date the report, not the attack.

use std::sync::LazyLock;

use regex::Regex;

use super::{tail, Cue, CueKind};

/// "..., officials said on Sunday", "according to Ukrainian authorities on Saturday" before the
/// day: the day the report was made.
static REPORTED_ON: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:said|says|reported|announced|wrote|added|confirmed|stated|claimed|according to [\w' ]{1,40}?)\s+(?:on\s+)?$|\bexpressed\s+\S+\s+on\s+$"
);

/// "Zelensky on Saturday slammed the US embassy ...", "Ukraine's air force on Sunday said ...":
/// a day between a speaker and a verb of speech or reaction is the day of the words.
static SPEECH_AFTER: LazyLock<Regex> = crate::regex!(
    r"(?i)^\s*(?:said|says|slammed|condemned|accused|denounced|decried|critici[sz]ed|blasted|urged|warned|wrote|posted|told|announced|reported|expressed|thanked|vowed|demanded|stated|confirmed|called|mourned|declared)\b"
);

/// "..., said Kryvyi Rih mayor Oleksandr Vilkul on Telegram on Saturday", "wrote on Telegram on
/// Sunday": the day of a post, after its channel (and the speaker named after the verb). "This
/// was reported by the head of the Chernihiv Regional Military Administration, Vyacheslav Chaus,
/// on Monday": the day of a report in the passive.
static REPORTED_VIA_ON: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:was|were|been)\s+(?:reported|announced|stated)\s+by\s+[^.;]{2,120}?,?\s+(?:on\s+)?$|\b(?:said|says|reported|announced|wrote|added|confirmed|stated|posted)(?:\s+(?-i:[A-Z][\w'.-]*)|\s+(?:mayor|governor|head|chief|of|the|regional|city|military|administration|spokesperson|spokesman))*\s+(?:on|via|in)\s+(?:telegram|facebook|twitter|x|social\s+media|a\s+statement|(?:his|her|its|their)\s+telegram\s+channel)\s+(?:on\s+)?$"
);

/// A verb of speech right after a day, not a participle of an attack noun before it ("A drone
/// strike on Sunday reported by the governor killed two").
fn speech_after(rest: &str) -> bool {
    SPEECH_AFTER.find(rest).is_some_and(|m| {
        !rest[m.end()..]
            .trim_start()
            .to_ascii_lowercase()
            .starts_with("by ")
    })
}

/// "Ukraine said on Sunday ... it had downed 10 drones fired by Russia overnight": a wire story
/// published the next day still means the night before the day the report was made, so
/// "overnight", "last night" and "this morning" take the report's day.
pub(super) fn report_day(s: &str, out: &mut [Cue]) {
    let reported = out.iter_mut().find(|c| {
        matches!(
            c.kind,
            CueKind::Weekday {
                plus: 0,
                last: false,
                ..
            } | CueKind::Date { .. }
                | CueKind::Yesterday
        ) && (REPORTED_ON.is_match(&s[..c.start])
            || REPORTED_VIA_ON.is_match(tail(s, c.start, 120))
            || c.start > 0 && speech_after(&s[c.end..]))
    });
    if let Some(c) = reported {
        c.reporting = true;
        let kind = c.kind;
        for c in out.iter_mut().filter(|c| c.kind == CueKind::Today) {
            c.kind = kind;
            c.reported = true;
        }
    }
}

/// "Zelenskiy, in a video address on Thursday night, said ...", "said in his nightly address on
/// Sunday evening", "said in an afternoon update on Sunday that 29 people had been killed", "Lysak
/// said after the end of emergency operations overnight": the time of a speech or post, not of
/// the attack; its evening is that day's, not the
/// night into the next.
static ADDRESS_ON: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:in|during)\s+(?:a|an|his|her|their|its|the)\s+(?:[\w-]+\s+){0,3}(?:address|statement|speech|interview|briefing|remarks|update|post|message|video|report)\s+(?:on\s+)?$|\b(?:said|says|added|announced|stated|wrote)\s+(?:after|following|at)\s+the\s+end\s+of\s+(?:[\w-]+\s+){0,2}?(?:operations?|works?|meeting|search)\s+(?:on\s+)?$"
);

/// Marks the cues of a speech's time as reporting ones, a weekday's night as that day.
pub(super) fn address_time(s: &str, out: &mut [Cue]) {
    for c in out.iter_mut() {
        if ADDRESS_ON.is_match(tail(s, c.start, 80)) {
            if let CueKind::Weekday { plus: 1, day, last } = c.kind {
                c.kind = CueKind::Weekday { day, plus: 0, last };
            }
            c.reporting = true;
        }
    }
}

/// A sentence that opens with a day ("On the morning of 1 July, Ruslan Kravchenko ... reported
/// that three people had been injured in a Russian missile attack on 30 June").
static OPENING_DAY: LazyLock<Regex> = crate::regex!(
    r"(?i)^\W*(?:(?:early|late|later)\s+)?(?:on\s+)?(?:the\s+)?(?:(?:morning|evening|afternoon|night)\s+of\s+)?$"
);

/// "..., Ruslan Kravchenko, Head of Kyiv Oblast Military Administration, reported that": the
/// subject and verb of a report after the opening day.
static THEN_REPORTED_THAT: LazyLock<Regex> = crate::regex!(
    r"(?i)^[^.;:]{0,120}?\b(?:said|reported|announced|wrote|stated|confirmed|added|informed)\s+that\b"
);

/// Marks a sentence's opening day as the report's when the report it opens states a day of its
/// own after "that": the day named in the report dates the attack.
pub(super) fn opening_report_day(s: &str, out: &mut [Cue]) {
    let Some(first) = out.first() else {
        return;
    };
    if !OPENING_DAY.is_match(&s[..first.start]) {
        return;
    }
    let Some(m) = THEN_REPORTED_THAT.find(&s[first.end..]) else {
        return;
    };
    let that = first.end + m.end();
    if out.iter().any(|c| c.start >= that) {
        out[0].reporting = true;
    }
}
