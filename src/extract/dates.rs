//! Date cues and their resolution: explicit dates ("on 5 September", "Dec. 14, 2022", "night of
//! 17-18 September 2024"), relative ones ("overnight", "this morning", "early hours of Sunday",
//! "Thursday night", "the previous night", "a day after"), and periods ("this week", "since
//! February 24", "in March") that mark aggregates rather than attacks.
//!
//! Conventions (docs/CONVENTIONS.md): an overnight attack gets the morning's date; "Thursday
//! night" and "overnight Thursday" end on Friday, "overnight into Friday" and "early hours of
//! Friday" are Friday; a weekday is the latest such day on or before the published date (without
//! one, the day nearest a full date stated elsewhere in the text, within three days); a date
//! without a year takes the published year (the year before when that would be in the future).

use std::sync::LazyLock;

use chrono::{Datelike, Duration, NaiveDate, Weekday};
use regex::Regex;

/// What a cue says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum CueKind {
    /// A calendar date; the year may be missing.
    Date {
        day: u32,
        month: u32,
        year: Option<i32>,
    },
    /// The published day: "overnight", "last night", "this morning", "today".
    Today,
    /// The day before the published day.
    Yesterday,
    /// A weekday; `plus` is 1 for "Thursday night" (the attack ends next morning); `last` for
    /// "last Friday" (strictly before the published date).
    Weekday { day: Weekday, plus: i64, last: bool },
    /// Relative to the article's main attack: -1 "the previous night", +1 "the following day",
    /// 0 "the same day".
    Relative(i64),
    /// An earlier attack at a distance the text does not fix ("a week ago", "nearly a week
    /// after a Russian attack killed 28", "earlier this month"): its own attack, date unknown.
    Earlier,
    /// "On this day in 2022": the published day of that year.
    ThisDayIn(i32),
    /// A period: the figures near it are totals, not one attack.
    Period,
    /// A past day or month of a year ("since October 2022, when ...", "on the first day of the
    /// war"): a past reference (a month resolved to its first day) so that figures near it read
    /// as background; never an anchor or a main date.
    Past { day: u32, month: u32, year: i32 },
}

/// A cue and where it is in the sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Cue {
    pub start: usize,
    pub end: usize,
    pub kind: CueKind,
    /// An "overnight" the sentence's report day resolved ("officials said on Sunday ...
    /// overnight"): the day the article writes from.
    pub reported: bool,
    /// The day of a reporting clause ("..., officials said on Friday"): in the lead, the day the
    /// article writes from (see `dating::report_day`).
    pub reporting: bool,
}

const MONTHS: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
/// A month's name or abbreviation alone ("Oct", "October"; the abbreviation's dot is a token of
/// its own).
static MONTH_WORD: LazyLock<Regex> =
    LazyLock::new(|| crate::compile_regex(&format!("^{MONTHS}$")).expect("valid regex"));

/// Whether the number at token `i` follows a month's name ("KIEV, Oct. 25 — One person was
/// killed"): a day of the month, also where the date is a dateline no cue keeps.
pub(crate) fn after_month(toks: &[super::numbers::Tok], i: usize) -> bool {
    let month = |k: usize| toks.get(k).is_some_and(|t| MONTH_WORD.is_match(&t.text));
    let digits = toks
        .get(i)
        .is_some_and(|t| matches!(t.kind, super::numbers::Kind::Num(_)));
    digits
        && match i {
            0 => false,
            1 => month(0),
            _ => month(i - 1) || (toks[i - 1].is(".") && month(i - 2)),
        }
}

const WEEKDAYS: &str = r"(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";

static DAY_MONTH: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(
        r"\b(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|into|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?)?\s+(?:of\s+)?{MONTHS}(?:,?\s+(\d{{4}}))?\b"
    ))
    .expect("valid regex")
});
static MONTH_DAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(
        r"\b{MONTHS}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:\s*(?:-|–|—|to|into|and)\s*(\d{{1,2}})(?:st|nd|rd|th)?)?\b(?:,?\s+(\d{{4}}))?"
    ))
    .expect("valid regex")
});
static ISO: LazyLock<Regex> = crate::regex!(r"\b(\d{4})-(\d{2})-(\d{2})\b");
static DOTTED: LazyLock<Regex> = crate::regex!(r"\b(\d{1,2})\.(\d{2})\.(\d{4})\b");
/// "6/06/2024", "27/01/2025", "8/31/2024": day and month in either order.
static SLASHED: LazyLock<Regex> = crate::regex!(r"\b(\d{1,2})/(\d{1,2})/(\d{4})\b");
static WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(
        r"(?i)\b(?:(last|overnight into|overnight to|overnight|into|night of|night to|night into|hours of)\s+)?{WEEKDAYS}(?:'s)?(?:\s+(night|morning|evening|afternoon))?\b"
    ))
    .expect("valid regex")
});
/// Two days joined ("on Monday and Tuesday"), not the night between them.
static TWO_DAYS: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(r"(?i)\b(?:on|over) {WEEKDAYS} and {WEEKDAYS}\b"))
        .expect("valid regex")
});
/// The night between two days: "overnight between Sunday and Monday", "from late Saturday into
/// Sunday", "From 23:00 on Sunday until the early hours of Monday" (the night the second ends).
static NIGHT_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(
        r"(?i)\b(?:(?:overnight|night)\s+(?:between|from)\s+{WEEKDAYS}|(?:between|from)\s+{WEEKDAYS}\s+(?:evening|night|afternoon)|(?:between|from)\s+late\s+{WEEKDAYS})\s+(?:and|to|into|until|till)\s+(?:early\s+)?{WEEKDAYS}\b|\b(?:between|from)\s+(?:(?:1[89]|2[0-3]|00)[:.]\d{{2}}|\d{{1,2}}[:.]\d{{2}}\s*p\.?m\.?)\s+(?:on\s+)?{WEEKDAYS}\s+(?:until|till|into|and)\s+(?:the\s+)?(?:early\s+)?(?:(?:hours|morning)\s+of\s+)?{WEEKDAYS}\b"
    ))
    .expect("valid regex")
});
static COMPARED_THAN: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:than|outdone|outdid|surpassed|surpassing|exceeded|exceeding|eclipsed|eclipsing|outstripped)\s+(?:the\s+|on\s+|that\s+of\s+)?$"
);
static TODAY: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(overnight|last night|this morning|today|tonight|this evening|this afternoon|during the night|(?:during|over|in) the (?:past|last) night|early hours|earlier today)\b"
);
/// An earlier attack, some days or weeks back (not "a day after": that is `RELATIVE`).
/// ("Recent strikes include two attacks on residential buildings in Voronezh": earlier attacks.)
static EARLIER: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:(?:nearly|almost|about|around|more than|over|just|less than|barely|some)\s+)?(?:(?:a|one|two|three|four|five|six|several|a few|a couple of|\d+)\s+weeks?|(?:several|a few|a couple of)\s+days)\s+(?:ago|earlier|before|after)\b|\b(?:just|only|mere)\s+days\s+after\b|\b(?:a|an)\s+(?:previous|earlier|prior)\s+(?:(?:russian|ukrainian|drone|missile)\s+)?(?:attack|assault|strike|barrage|bombardment|raid)\b|\b(?:earlier|early|late)\s+(?:this|last)\s+(?:week|month|summer|spring|autumn|fall|winter)\b|\bearlier in the (?:same )?(?:week|month|summer|spring|autumn|fall|winter|year)\b|\b(?:still )?reeling from\b|\b(?:other\s+)?recent\s+(?:[\w-]+\s+)?(?:strikes|attacks|raids)\s+(?:include|included|have included)\b|\bsince\s+(?:an?|the|last (?:week|month)(?:'s|’s))\s+(?:[\w'’-]+\s+){0,3}(?:attack|assault|strike|barrage|bombardment|raid)\b|\b(?:late|early|mid)[- ](?-i:January|February|March|April|May|June|July|August|September|October|November|December)\b"
);
/// A day named right after "an earlier attack": "on Thursday evening", "last week", "on May 3".
static DAY_NAMED_AFTER: LazyLock<Regex> = crate::regex!(
    r"(?i)^[^.;,]{0,25}?\b(?:on|last|this|early|late|in|overnight)\s+(?:the\s+)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|night|morning|evening)\b)"
);

/// "On this day in 2022": an anniversary, long before the attack reported.
static THIS_DAY_IN: LazyLock<Regex> = crate::regex!(r"(?i)\bthis day (?:in|of) (\d{4})\b");
static YESTERDAY: LazyLock<Regex> = crate::regex!(r"(?i)\byesterday\b");
static RELATIVE: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:(the previous night|the night before|the day before|a day earlier|a day prior|the day prior|the previous day|the previous evening|the night prior|previous night's|a day after|the day after|one day (?:after|before|earlier|prior))|(the following (?:day|night|morning)|the next (?:day|night|morning)|a day later)|(the same (?:day|night)|that (?:same )?day))\b"
);
/// After "the previous evening" / "the day before in the evening" / "yesterday evening": "and
/// overnight into 6 August", "and overnight, ...": the night that began then.
static EVENING_THEN_NIGHT: LazyLock<Regex> = crate::regex!(
    r"(?i)^(?:\s+in\s+the\s+evening|\s+evening)?\s*(?:,\s*)?(?:and|та|і)\s+(?:overnight|the\s+night)(?:\s+(?:into|to)\b|\s*,)"
);
/// "two days prior", "three days earlier": the main attack's date less that many days; "just
/// four days after Russia struck a crowded shopping mall": what follows is that many days before;
/// "two days later": that many days after it.
static DAYS_BEFORE: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(two|three|four|five|six|[2-6])\s+days\s+(?:earlier|before|prior|after|(later))\b"
);
/// "between 11:00 p.m." (before a weekday) and "and 7:00 a.m." (after it): a night's window.
static NIGHT_WINDOW: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:between|from)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:p\.?\s?m\.?)\s*(?:on\s+)?$"
);
static MORNING_END: LazyLock<Regex> =
    crate::regex!(r"(?i)^,?\s+(?:and|to|until|till)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?\s?m\.?)");

fn month_number(m: &str) -> u32 {
    let m = m.trim_end_matches('.').to_ascii_lowercase();
    match &m[..3.min(m.len())] {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        _ => 12,
    }
}

fn weekday(s: &str) -> Weekday {
    let lower = s.to_ascii_lowercase();
    match lower.get(..3).unwrap_or("") {
        "mon" => Weekday::Mon,
        "tue" => Weekday::Tue,
        "wed" => Weekday::Wed,
        "thu" => Weekday::Thu,
        "fri" => Weekday::Fri,
        "sat" => Weekday::Sat,
        _ => Weekday::Sun,
    }
}

/// All date cues of a sentence, in order, without overlaps (explicit dates first).
pub(crate) fn cues(s: &str) -> Vec<Cue> {
    let mut out: Vec<Cue> = Vec::new();
    date_cues(s, &mut out);
    // "struck ... on Monday and Tuesday": two days' toll together, a period.
    let two_days = if s.contains("day and ") {
        TWO_DAYS.find_iter(s).collect()
    } else {
        Vec::new()
    };
    for m in two_days {
        add(m.start(), m.end(), CueKind::Period, &mut out);
    }
    day_cues(s, &mut out);
    periods::period_cues(s, &mut out);
    periods::period_starts(s, &mut out);
    out.sort_by_key(|c| c.start);
    drop_named_days(s, &mut out);
    night_ranges(s, &mut out);
    out.retain(|c| !AS_OF.is_match(tail(s, c.start, 48)));
    // "a strike that was bigger than the October 10 one", "They've outdone the 10th of October":
    // a day named for a comparison.
    out.retain(|c| {
        !(matches!(c.kind, CueKind::Date { .. }) && COMPARED_THAN.is_match(tail(s, c.start, 24)))
    });
    if names_another_day(s) {
        out.retain(|c| !mourning_day(s, c));
    }
    address_time(s, &mut out);
    relative_overnight(s, &mut out);
    dateline(s, &mut out);
    report_day(s, &mut out);
    opening_report_day(s, &mut out);
    out.retain(|c| !continued_into(s, c));
    out
}

/// "The attack comes just a day after Russian forces launched an overnight attack on Sumy
/// Oblast, injuring three": the "overnight" of an attack named after "a day after" or "a week
/// ago" is that attack's night, not the published day's.
fn relative_overnight(s: &str, out: &mut [Cue]) {
    for i in 1..out.len() {
        let (before, rest) = out.split_at_mut(i);
        let c = &mut rest[0];
        if c.kind != CueKind::Today {
            continue;
        }
        let lead = before.iter().rev().find(|b| {
            matches!(b.kind, CueKind::Relative(-1) | CueKind::Earlier)
                && c.start.saturating_sub(b.end) < 80
                && !s[b.end..c.start].contains(['.', ';'])
        });
        if let Some(b) = lead {
            c.kind = b.kind;
        }
    }
}

/// The dates of days of mourning a text names, which [`cues`] leaves out: no attack's day, but a
/// year an undated page may take ("1 жовтня 2022 року оголошено день жалоби").
pub(crate) fn mourning_dates(s: &str) -> Vec<CueKind> {
    let mut out = Vec::new();
    if names_another_day(s) {
        date_cues(s, &mut out);
        out.retain(|c| mourning_day(s, c));
    }
    out.into_iter().map(|c| c.kind).collect()
}

/// Whether `s` has a word of [`super::lexicon::patterns::OTHER_DAY_WORDS`].
fn names_another_day(s: &str) -> bool {
    super::lexicon::patterns::OTHER_DAY_WORDS
        .iter()
        .any(|w| s.contains(w))
}

/// A day of mourning ("August 18 has been declared a Day of Mourning in Kharkiv", "a national day
/// of mourning on Sunday"), a funeral's or a meeting's: no day of the attack.
fn mourning_day(s: &str, c: &Cue) -> bool {
    static AFTER: LazyLock<Regex> = crate::regex!(super::lexicon::patterns::MOURNING_AFTER);
    static BEFORE: LazyLock<Regex> = crate::regex!(super::lexicon::patterns::MOURNING_BEFORE);
    let mut end = (c.start + 100).min(s.len());
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    AFTER.is_match(&s[c.start..end]) || BEFORE.is_match(tail(s, c.start, 60))
}

/// The last `n` bytes (or fewer, at a char boundary) of `s[..end]`: what an end-anchored pattern
/// needs to see.
fn tail(s: &str, end: usize, n: usize) -> &str {
    let mut start = end.saturating_sub(n);
    while !s.is_char_boundary(start) {
        start += 1;
    }
    &s[start..end]
}

/// "As of the morning of January 15, 21 people were killed", "As of 01:27 a.m. on August 29, 23
/// people were reported dead", "By 8:00 a.m. on August 23, the
/// blaze was extinguished, but not before 23 people were injured": the time of a toll, not of
/// the attack (the figures belong to the attack their paragraph or article dates).
static AS_OF: LazyLock<Regex> = crate::regex!(
    r"(?i)\bas of\s+(?:(?:the\s+)?(?:morning|afternoon|evening|end)\s+of\s+|(?:the\s+)?(?:morning|evening)\s+(?:on\s+)?|\d{1,2}[:.]\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\s+(?:\(?[a-z]+ time\)?\s+)?(?:on\s+)?)?$|\bby\s+\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)?\s+(?:on\s+)?$"
);

/// "a search for survivors beneath the rubble continued into the early hours of Tuesday", "the
/// attack lasted until Wednesday morning": how long something went on, not the attack's day.
static CONTINUED_INTO: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:continued|continuing|continues|lasted|lasting|went on|dragged on|stretched)\s+(?:well\s+)?(?:(?:into|until|till)\s+(?:the\s+)?(?:early\s+)?(?:(?:hours|morning|afternoon|evening|night)\s+(?:of\s+)?)?)?$"
);

/// Whether a cue ends a span of time that something went on for: "... continued into the
/// early hours of Tuesday", "lasted until Wednesday".
fn continued_into(s: &str, c: &Cue) -> bool {
    let before = tail(s, c.start, 48);
    let cue = s[c.start..c.end].to_ascii_lowercase();
    CONTINUED_INTO.is_match(before)
        && (["into", "until", "till"].iter().any(|w| cue.starts_with(w))
            || UNTIL_END.is_match(before))
}

/// "seven people were killed in Kharkiv in the overnight barrage": "the overnight" attack is
/// the one the article has dated already, no day of its own (it dates the article only when
/// nothing else does); so is "in a single overnight assault".
pub(crate) fn definite_overnight(s: &str, c: &Cue) -> bool {
    let before = tail(s, c.start, 12).to_ascii_lowercase();
    s[c.start..c.end].eq_ignore_ascii_case("overnight")
        && (before.ends_with("the ") || before.ends_with("a single "))
        && DEFINITE_NIGHT_NOUN.is_match(&s[c.end..])
}

static DEFINITE_NIGHT_NOUN: LazyLock<Regex> = crate::regex!(
    r"(?i)^\s+(?:[\w-]+\s+){0,2}?(?:attacks?|strikes?|barrage|assault|bombardment|raids?|onslaught|shelling)\b"
);

static UNTIL_END: LazyLock<Regex> =
    crate::regex!(r"(?i)\b(?:into|until|till)\s+(?:the\s+)?(?:early\s+)?(?:[a-z]+\s+of\s+)?$");

/// Adds a cue unless it overlaps one found before.
fn add(start: usize, end: usize, kind: CueKind, out: &mut Vec<Cue>) {
    if !out.iter().any(|c| start < c.end && c.start < end) {
        out.push(Cue {
            start,
            end,
            kind,
            reported: false,
            reporting: false,
        });
    }
}

/// Explicit dates: "2024-09-17", "17.09.2024", "17-18 September 2024", "Sept. 5, 2024".
fn date_cues(s: &str, out: &mut Vec<Cue>) {
    fixed::fixed_days(s, out);
    for c in ISO.captures_iter(s) {
        let m = c.get(0).expect("match");
        let (y, mo, d) = (
            c[1].parse().ok(),
            c[2].parse().unwrap_or(0),
            c[3].parse().unwrap_or(0),
        );
        add(
            m.start(),
            m.end(),
            CueKind::Date {
                day: d,
                month: mo,
                year: y,
            },
            out,
        );
    }
    // "17.09.2024" (day first) and "(11.17.2022)", the American order of machine-rewritten copy,
    // where the second number cannot be a month; "Thursday 6/06/2024", "27/01/2025",
    // "8/31/2024": a slash's order is the writer's, so it is read only where it is unambiguous
    // (one number cannot be a month, or both are the same).
    for (re, slashed) in [(&*DOTTED, false), (&*SLASHED, true)] {
        for c in re.captures_iter(s) {
            let m = c.get(0).expect("match");
            let (a, b): (u32, u32) = (c[1].parse().unwrap_or(0), c[2].parse().unwrap_or(0));
            let (d, mo) = match (a, b) {
                (a, b) if b > 12 && a <= 12 => (b, a),
                (a, b) if !slashed || a == b || (a > 12 && b <= 12) => (a, b),
                _ => continue,
            };
            add(
                m.start(),
                m.end(),
                CueKind::Date {
                    day: d,
                    month: mo,
                    year: c[3].parse().ok(),
                },
                out,
            );
        }
    }
    // "17-18 September 2024" (day groups 1-2, month 3, year 4) and "Sept. 5, 2024" (month 1, day
    // groups 2-3, year 4); in a range ("night of 17-18 September") the attack ends on the second day.
    for (re, first_day, month) in [(&*DAY_MONTH, 1, 3), (&*MONTH_DAY, 2, 1)] {
        for c in re.captures_iter(s) {
            let m = c.get(0).expect("match");
            // "between February 2nd and 3rd", "the night of 2 and 3 May" are one night's range;
            // "on February 2 and 3" two days, the first of which dates what follows.
            let range = !m.as_str().contains(" and ")
                || (NIGHT_RANGE_BEFORE.is_match(&s[..m.start()]) && next_day_range(m.as_str()));
            let day = c
                .get(first_day + 1)
                .filter(|_| range)
                .or(c.get(first_day))
                .and_then(|d| d.as_str().parse().ok())
                .unwrap_or(0);
            let year = c.get(4).and_then(|y| y.as_str().parse().ok());
            add(
                m.start(),
                m.end(),
                CueKind::Date {
                    day,
                    month: month_number(&c[month]),
                    year,
                },
                out,
            );
        }
    }
}

/// Days named relative to the text: weekdays, "the next day", "yesterday", "today".
fn day_cues(s: &str, out: &mut Vec<Cue>) {
    // "overnight between Sunday and Monday", "the night from Saturday to Sunday", "between
    // Saturday evening and early Sunday", "between late Sunday and early Monday": the second day.
    for c in NIGHT_BETWEEN.captures_iter(s) {
        let m = c.get(0).expect("match");
        add(
            m.start(),
            m.end(),
            CueKind::Weekday {
                // The second day: the last group that took part in the match.
                day: weekday(
                    (1..c.len())
                        .rev()
                        .find_map(|i| c.get(i))
                        .map_or("", |g| g.as_str()),
                ),
                plus: 0,
                last: false,
            },
            out,
        );
    }
    for c in WEEKDAY.captures_iter(s) {
        let m = c.get(0).expect("match");
        let prefix = c.get(1).map(|p| p.as_str().to_ascii_lowercase());
        let suffix = c.get(3).map(|p| p.as_str().to_ascii_lowercase());
        // "between 11:00 p.m. Saturday and 7:00 a.m.": the window ends the next morning.
        let window = NIGHT_WINDOW.is_match(&s[..m.start()]) && MORNING_END.is_match(&s[m.end()..]);
        // "launched 71 cruise missiles ... since late Thursday", "since Thursday evening": a
        // night's start, the attack dated next morning.
        let since = {
            let before = tail(s, m.start(), 12).to_ascii_lowercase();
            let before = before.trim_end();
            before.ends_with("since late")
                || before.ends_with("since") && suffix.as_deref() == Some("evening")
        };
        let night = matches!(prefix.as_deref(), Some("overnight" | "night of"))
            || suffix.as_deref() == Some("night")
            || window
            || since;
        let last = prefix.as_deref() == Some("last");
        add(
            m.start(),
            m.end(),
            CueKind::Weekday {
                day: weekday(&c[2]),
                plus: i64::from(night),
                last,
            },
            out,
        );
    }
    for c in THIS_DAY_IN.captures_iter(s) {
        let m = c.get(0).expect("match");
        if let Ok(year) = c[1].parse() {
            add(m.start(), m.end(), CueKind::ThisDayIn(year), out);
        }
    }
    for m in EARLIER.find_iter(s) {
        // "during an earlier attack on Thursday evening": the day named after it dates it.
        let lead = m.as_str().to_ascii_lowercase();
        // ("since an air attack on Kyiv left 21 dead last month": an earlier attack, as after a
        // superlative.)
        if (lead.starts_with("a ") || lead.starts_with("an ") || lead.starts_with("since a"))
            && DAY_NAMED_AFTER.is_match(&s[m.end()..])
        {
            continue;
        }
        add(m.start(), m.end(), CueKind::Earlier, out);
    }
    for c in RELATIVE.captures_iter(s) {
        let m = c.get(0).expect("match");
        // "the night before June 14": the night that ends on the date named, which dates it.
        let night_of_date = m.as_str().to_ascii_lowercase().starts_with("the night")
            && out.iter().any(|d| {
                matches!(d.kind, CueKind::Date { .. })
                    && d.start > m.end()
                    && s[m.end()..d.start].trim().is_empty()
            });
        // "the previous evening and overnight into August 6" (glossed "напередодні ввечері та
        // вночі проти 6 серпня"): the evening the night's attack began; the night's date dates it.
        let evening_then_night = EVENING_THEN_NIGHT.is_match(&s[m.end()..]);
        if night_of_date || evening_then_night {
            continue;
        }
        let shift = if c.get(1).is_some() {
            -1
        } else if c.get(2).is_some() {
            1
        } else {
            0
        };
        add(m.start(), m.end(), CueKind::Relative(shift), out);
    }
    // "two days prior": most sentences have no "days" and never run the regex.
    let days = s.contains("days") || s.contains("Days");
    for c in days
        .then(|| DAYS_BEFORE.captures_iter(s))
        .into_iter()
        .flatten()
    {
        let m = c.get(0).expect("match");
        let n = match c[1].to_ascii_lowercase().as_str() {
            "two" | "2" => 2,
            "three" | "3" => 3,
            "four" | "4" => 4,
            "five" | "5" => 5,
            _ => 6,
        };
        let sign = if c.get(2).is_some() { 1 } else { -1 };
        add(m.start(), m.end(), CueKind::Relative(sign * n), out);
    }
    for m in YESTERDAY.find_iter(s) {
        // "yesterday evening and overnight into 6 August", "Yesterday evening and overnight,
        // Russia attacked": the evening the night's attack began; the night dates it.
        if EVENING_THEN_NIGHT.is_match(&s[m.end()..]) {
            continue;
        }
        add(m.start(), m.end(), CueKind::Yesterday, out);
    }
    for m in TODAY.find_iter(s) {
        add(m.start(), m.end(), CueKind::Today, out);
    }
}

/// What a cue is resolved against.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Anchors {
    /// The manifest's published date.
    pub published: Option<NaiveDate>,
    /// The latest full date stated in the text (a caption, a dateline), when there is no
    /// published date.
    pub text: Option<NaiveDate>,
    /// The article's main attack date (for "the previous night", "the same day").
    pub main: Option<NaiveDate>,
    /// The day the article writes from when it says so ("officials said yesterday ... in
    /// overnight attacks"): every bare "overnight" of the article is that day's.
    pub report: Option<NaiveDate>,
    /// No date anywhere (published, stated, or a day of the month): day names resolve to a
    /// placeholder week, so that "Monday's onslaught" and "Tuesday's strikes" stay two attacks.
    pub week: bool,
}

/// The date a cue stands for, if it can be told.
/// The year given to a date whose year neither the text nor the published date tells (a leap
/// year, so that 29 February stays valid). Such dates never leave the extractor.
pub(crate) const UNKNOWN_YEAR: i32 = 4;

/// The year of a placeholder week: a day name ("Monday's onslaught ... Tuesday's strikes") in an
/// article with no date to count back from still keeps the attacks of different days apart.
const UNKNOWN_WEEK_YEAR: i32 = 8;

/// The year of the placeholder day of an earlier attack at an unstated distance.
const EARLIER_YEAR: i32 = 12;

/// The year of the placeholder days around an undated main attack: "The day before, ..." in an
/// article that dates nothing is an attack of its own, a day from the main one.
const RELATIVE_YEAR: i32 = 16;

/// Whether a date carries a placeholder year (of a date or of a day name), or one shifted from
/// it ("December 29" counted back from an undated "January 1" falls in year 3).
pub(crate) fn year_unknown(d: NaiveDate) -> bool {
    d.year() < PLACEHOLDER_YEARS_END
}

/// Every placeholder year, and any year a shift from one reaches, is below this; no article
/// reports an attack before it.
const PLACEHOLDER_YEARS_END: i32 = 100;

/// Whether two dates can be compared by their distance: placeholders only with their own kind.
pub(crate) fn comparable(a: NaiveDate, b: NaiveDate) -> bool {
    !(year_unknown(a) || year_unknown(b)) || a.year() == b.year()
}

pub(crate) fn resolve(kind: CueKind, a: Anchors) -> Option<NaiveDate> {
    match kind {
        CueKind::Date { day, month, year } => {
            let year = match year {
                Some(y) => y,
                None => {
                    // No year and nothing to take one from: a placeholder year keeps the
                    // attacks of different days apart; `article` empties it in the output.
                    let Some(anchor) = a.published.or(a.text) else {
                        return NaiveDate::from_ymd_opt(UNKNOWN_YEAR, month, day);
                    };
                    let this = NaiveDate::from_ymd_opt(anchor.year(), month, day)?;
                    if a.published.is_none() {
                        // A date the text names is no later than the page, not its end: the
                        // year that puts the day nearest to it ("September 27" beside "June 9,
                        // 2025" is 2025; "January 2" beside "December 30, 2024" is 2025).
                        (anchor.year() - 1..=anchor.year() + 1)
                            .filter_map(|y| NaiveDate::from_ymd_opt(y, month, day))
                            .min_by_key(|d| (*d - anchor).num_days().abs())?
                            .year()
                    } else if this > anchor + Duration::days(2) {
                        anchor.year() - 1
                    } else {
                        anchor.year()
                    }
                }
            };
            NaiveDate::from_ymd_opt(year, month, day)
        }
        CueKind::Past { day, month, year } => NaiveDate::from_ymd_opt(year, month, day),
        CueKind::Today => a.report.or(a.published),
        CueKind::Yesterday => a.published.map(|p| p - Duration::days(1)),
        CueKind::Weekday { day, plus, last } => {
            let base = if let Some(p) = a.published {
                let back = (7 + p.weekday().num_days_from_monday() as i64
                    - day.num_days_from_monday() as i64)
                    % 7;
                let back = if last && back == 0 { 7 } else { back };
                p - Duration::days(back)
            } else {
                let Some(t) = a.text else {
                    if !a.week {
                        return None;
                    }
                    // No date at all: a placeholder week (Monday 14 January of year 8).
                    let monday = NaiveDate::from_ymd_opt(UNKNOWN_WEEK_YEAR, 1, 14)?;
                    // ("Sunday night" and "said on Monday" are one morning: the week wraps;
                    // "last Sunday" is the week before.)
                    let days = day.num_days_from_monday() as i64 + plus;
                    let days = if last { days - 7 } else { days.rem_euclid(7) };
                    return Some(monday + Duration::days(days));
                };
                let diff =
                    day.num_days_from_monday() as i64 - t.weekday().num_days_from_monday() as i64;
                let diff = (diff + 7 + 3) % 7 - 3; // nearest, within three days
                t + Duration::days(diff)
            };
            // "on Tuesday night" in a page of that Tuesday: the evening, not the next morning
            // (no attack ends after the page reporting it).
            let end = base + Duration::days(plus);
            Some(match a.published {
                Some(p) if end > p => base,
                _ => end,
            })
        }
        CueKind::Relative(0) => a.main,
        CueKind::Relative(shift) => a.main.map(|m| m + Duration::days(shift)).or_else(|| {
            NaiveDate::from_ymd_opt(RELATIVE_YEAR, 6, 15).map(|m| m + Duration::days(shift))
        }),
        CueKind::Earlier => NaiveDate::from_ymd_opt(EARLIER_YEAR, 1, 1),
        CueKind::ThisDayIn(year) => a
            .published
            .or(a.text)
            .and_then(|p| NaiveDate::from_ymd_opt(year, p.month(), p.day()))
            .or_else(|| NaiveDate::from_ymd_opt(year, 1, 1)),
        CueKind::Period => None,
    }
}

mod datelines;
pub(crate) mod evenings;
mod fixed;
mod nights;
mod periods;
mod reporting;
use datelines::dateline;
pub(crate) use datelines::{
    dateline_alone, dateline_date, is_date_line, is_page_date_line, only_dates,
};
use nights::{drop_named_days, next_day_range, night_ranges, NIGHT_RANGE_BEFORE};
use reporting::{address_time, opening_report_day, report_day};

#[cfg(test)]
mod tests;
