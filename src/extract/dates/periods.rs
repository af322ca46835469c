//! Periods and their starts: "this week", "since February 24", "in March", "over the past day",
//! "were launched by Russian forces in 2024, a marked rise", a day's war-loss tally ("eliminated
//! 1120 Russian soldiers, destroyed an airplane and 7 cruise missiles")
//! mark aggregates rather than attacks; a date after "since" or "from" starts a period, unless it
//! is the evening start of one night's count window ("from 18:00 on 12 April"), which dates the
//! next morning's attack.

use std::sync::LazyLock;

use chrono::{Datelike, NaiveDate};
use regex::Regex;

use super::{add, evenings, month_number, next_day_range, tail, Cue, CueKind, MONTHS};

static PERIOD: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(
        r"(?i)\b(anniversary|conflict-related|this week\b|last week\b|past week\b|previous week\b|previous month|previous seven days|the week\b|the (?:entire|whole) week\b|(?:deaths|dead|killed|casualties|victims|injured|wounded|attacks|strikes|drones|missiles|uavs|shaheds) in (?:19|20)\d{{2}}\b|this month|last month|past month|this year|since\b|from monday|per day|a day\b|(?:a|per|each|every) (?:week|month|year)\b|(?:in|within|over|during) (?:just |only )?(?:one|a single) (?:week|month)\b|monthly|weekly|annually|every (?:day|night)|each (?:day|night)|daily|the following days|in recent (?:days|weeks|months)|(?:over|in|during|within) the (?:past|last|previous) (?:few |several |two |three |four |five |six |seven |ten |fourteen |\d+ )?(?:days|nights|weeks|months|year)|the first (?:\w+ )?(?:days|weeks|months)\b|the first (?:half|quarter) of|(?:during|throughout|(?:in|over) the course of) the (?:full-scale |entire |whole )?(?:invasion|war|conflict)\b|\b(?:killed|died|deaths?|victims?|injured|wounded) (?:by|in|of) (?:the |russia's )?(?:russian |full-scale )?(?:war|invasion)\b|\bstatistics of\b|\b(?:has|have) so far killed\b|\bthe (?:ongoing |full-scale )?(?:conflict|war|invasion) (?:has|had) (?:so far )?(?:killed|claimed)\b|\b(?:civilians|people|children|ukrainians) (?:in|during|since the start of) the (?:full-scale )?(?:war|invasion)\b|(?:over|in|during) (?:the )?(?:past|last|previous|preceding) (?:day|24 hours)|over (?:just |only )?(?:two|three|four|five|six|seven|\d+) (?:days|nights)\b|(?:over|in|during|within) a 24-hour period|(?:in|during|throughout) the (?:current |present |latest )?(?:phase|stage|course) of the (?:special military operation|svo|war|conflict|invasion)\b|(?:over|in|during|within) (?:just |only )?(?:a|the) (?:two|three|four|five|six|seven|ten|\d+)-day (?:span|period|stretch)|between (?-i:{MONTHS})(?:\s+\d{{4}})? and (?-i:{MONTHS})(?:\s+\d{{4}})?|(?-i:{MONTHS}) (?:casualty|civilian casualty|death) (?:number|toll|figures?|count)|per ?cent of (?:the |all )?(?:civilian )?casualties|(?-i:(?:[Ii]n|[Tt]hroughout|[Dd]uring|[Aa]ll of|[Ff]or the whole of) {MONTHS}(?:\s+\d{{4}})?\b(?:\s*[^\d\s,]|\s*$|,)))"
    ))
    .expect("valid regex")
});

/// Periods the big pattern above leaves out, kept apart so that its automaton stays small:
/// launches "in 2024" closing their clause ("over 7,000 drones were launched by Russian forces in
/// 2024, a marked rise"; past one aside in commas, "shot down 11,500 Shahed drones, about 85
/// percent of those launched, in 2024", but not into another clause, "shot down over Crimea, a
/// peninsula annexed by Russia in 2014"), a day's war-loss tally ("eliminated 1120 Russian soldiers, destroyed an
/// airplane and 7 cruise missiles").
static MORE_PERIODS: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:eliminated|liquidated) (?:about |around |over |more than |nearly |almost )?[\d,]+ (?:russian |enemy )?(?:soldiers|servicemen|troops|personnel|occupiers|invaders)\b|\b(?:launched|fired|used|shot down|downed|intercepted|destroyed)\b(?:[^.;,]|,\d){0,50}(?:,[^.;,]{1,50},)?\s*\b(?:in|during|throughout) (?:19|20)\d{2}(?:\s*[,.;]|\s*$)"
);

/// What makes a date the start or end of a period: "since February 24", "from 18:00 on 12 April".
static PERIOD_START: LazyLock<Regex> = crate::regex!(
    r"(?:since|from|until|till|between|beginning of)(?:\s+\d{1,2}[:.]\d{2})?(?:\s+on)?$"
);

/// "exceeding the number from Oct. 10", "the record from 29 December": a day's figure named
/// for a comparison, not the start of a period.
static COMPARED_FROM: LazyLock<Regex> =
    crate::regex!(r"\b(?:number|record|total|figure|count|tally|toll|one|attack)\s+from$");

/// "since the war began over 900 days ago on February 24, 2022", "the full-scale invasion that
/// started on 24 February 2022", "since the beginning of the full-scale invasion on Feb. 24,
/// 2022": the war's start, background of any attack.
static WAR_START: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:war|invasion|offensive|aggression)\b[^.;]{0,40}\b(?:began|started|begun|launched)\b[^.;]{0,30}$|\b(?:beginning|start|outbreak|onset)\s+of\s+(?:the\s+|russia's\s+)?(?:full-scale\s+|large-scale\s+|russian\s+)*(?:war|invasion|aggression)\b[^.;]{0,20}$"
);

/// "October 2022", "September, 2022" (no day).
static MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::compile_regex(&format!(r"\b{MONTHS},?\s+(\d{{4}})\b")).expect("valid regex")
});

/// The start time of one night's count window: "(from 18:00 on 12 April)".
static START_TIME: LazyLock<Regex> = crate::regex!(
    r"\b(?:(?:from|between)\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s+(?:[a-z]+\s+)?time)?(?:\s*\([^)]{0,30}\))?(?:\s+on)?|(?:from|since)\s+(?:the\s+)?evening(?:\s+(?:of|on))?)$"
);

/// "from the evening of 6 February" (alone in its sentence): the evening start of one night's
/// count window, as `EVENING_START` with a word for the hour.
static EVENING_WORD_START: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:from|since)\s+(?:the\s+)?evening(?:\s+(?:of|on))?(?:\s+[a-z]+day,?)?$"
);

/// "From 7:00 p.m. on Wednesday, January 14" (or "on Tuesday, on Nov. 26"), "from 18:00 on 12
/// April", "Since 20:00 on Monday, January 20", "Between 11:00 p.m.
/// Moscow time (8:00 p.m. GMT) on December 24 and 7:00 a.m." (alone in its sentence):
/// "beginning around 11:00 p.m. on Sunday, May 11": the evening start of the Air Force's count
/// window; the attack ends the next morning.
static EVENING_START: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:from|between|since|(?P<start>beginning|starting)(?:\s+(?:at|around|about|from))?)\s+(\d{1,2})(?:[:.]\d{2})?\s*(p\.?\s?m\.?)?(?:\s+(?:[a-z]+\s+)?time)?(?:\s*\([^)]{0,30}\))?,?(?:\s+on)?(?:\s+[a-z]+day,?(?:\s+on)?)?$"
);

/// A superlative or an ordinal right before a period ("the largest attack this month", "the
/// biggest so far", "the third attack on the city in a week", "the second time this month", "the
/// largest aerial assault of the week"): the period qualifies the comparison or the count of
/// attacks, not the figures.
static SUPERLATIVE_PERIOD: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:largest|biggest|most|heaviest|deadliest|fiercest|strongest|highest|worst|record|first|second|third|fourth|fifth|sixth|seventh|\d+(?:st|nd|rd|th))\b[^.;,]{0,70}\b(?:this (?:week|month|year)|in (?:(?:almost|nearly|about|over|more than) )?(?:a|one|two|three|four|five|six|\d+) (?:weeks?|months?|years?)|(?:in|over) the (?:past|last) (?:(?:few|several|two|three|six|\d+) )?(?:weeks?|months?|years?|days?|hours)|of the week|so far|in recent (?:days|weeks|months)|(?:during|throughout) the (?:full-scale |entire |whole )?(?:invasion|war))$"
);

/// After "a day", what makes it no rate: "a day of mourning", "a day before talks", "a day
/// after the strike", "a day earlier".
static A_DAY_NO_RATE: LazyLock<Regex> =
    crate::regex!(r"(?i)^\s+(?:of|before|after|earlier|later|prior|ago|since)\b");

/// What makes an anniversary a day: "on the eve of the third anniversary", "on the first
/// anniversary", a day's apposition ("on August 24, the anniversary of Ukraine's independence").
static ON_ANNIVERSARY: LazyLock<Regex> = crate::regex!(
    r"(?i)(?:\bon (?:the eve of )?(?:the |its )?|\b(?:[a-z]+ \d{1,2}|\d{1,2} [a-z]+|[a-z]+day), (?:the |its )(?:eve of the )?)(?:[a-z0-9-]+ )?$"
);

/// "since the early hours of Friday", "since Thursday evening", "since midnight", "since
/// overnight", "Since 20:00 on Monday", "since late Thursday", "since the start of the night"
/// (a running count): the start of one night's attack, not of a period.
static SINCE_NIGHT: LazyLock<Regex> = crate::regex!(
    r"(?i)^since (?:the (?:early hours|evening|night|morning)\b|the (?:start|beginning) of (?:the |this )?(?:night|day)\b|early (?:morning|hours)\b|last (?:night|evening)\b|midnight\b|overnight\b|\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?\s?m\b|(?:1[6-9]|2[0-3])[:.]\d{2}\b|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) (?:evening|night|morning|afternoon)\b|late (?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
);

/// A comparison whose "since" clause is no period: "the largest attack since ...", "its seventh
/// major attack on power plants since Moscow intensified ...".
/// Also the time since one event: "Three days had passed since Russia struck the playground".
static SUPERLATIVE_SINCE: LazyLock<Regex> = crate::regex!(
    r"(?i)\b(?:days?|weeks?|months?|hours?|years?)\s+(?:have|has|had)\s+(?:passed|elapsed|gone by)\s+since\b|\b(?:largest|biggest|most|first|record|heaviest|deadliest|fiercest|strongest|highest|worst|massive|ever|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\b[^.;]{0,60}\bsince\b"
);

/// The latest of a series: "the latest launched by Russia since its full-scale invasion", "the
/// latest in a series of Russian missile and drone attacks since October" (not the latest report
/// or figures of a period). Its "since" is looked for in [`comparisons`], within the clause: a
/// gap written into this pattern would make it many times larger.
static LATEST_OF_SERIES: LazyLock<Regex> = crate::regex!(
    r"(?i)\blatest(?:\s+[a-z-]+){0,3}?\s+(?:attacks?|strikes?|barrages?|waves?|assaults?|incidents?|launched|carried|in|such)\b"
);

/// After "daily": the report that comes daily ("the daily air force report", "its daily
/// update").
static DAILY_REPORT: LazyLock<Regex> = crate::regex!(
    r"(?i)^\s+(?:[\w'-]+\s+){0,2}?(?:report|reports|update|updates|briefing|summary|bulletin|address|statement|digest)\b"
);

/// "The Guardian, the British daily, reported": a newspaper, not "every day".
fn newspaper(s: &str, start: usize, end: usize) -> bool {
    if !s[start..end].eq_ignore_ascii_case("daily") {
        return false;
    }
    let before = s[..start].split_whitespace().last().unwrap_or("");
    let after = s[end..].trim_start();
    let nationality = before.starts_with(char::is_uppercase) && before != "The";
    // "(MENAFN- Daily News Egypt)", "the Daily Mail reported": a title, capitalised inside its
    // sentence and followed by another capitalised word.
    let title = s[start..].starts_with('D')
        && !before.is_empty()
        && !before.ends_with(['.', '!', '?', ':'])
        && after.starts_with(char::is_uppercase);
    nationality || title || after.starts_with("newspaper")
}

/// "since" as a word.
static SINCE_WORD: LazyLock<Regex> = crate::regex!(r"(?i)\bsince\b");

/// The ends of the "since" of each comparison in `s` ([`SUPERLATIVE_SINCE`], and a
/// [`LATEST_OF_SERIES`] followed by "since" within 60 bytes of its clause).
fn comparisons(s: &str) -> impl Iterator<Item = usize> + '_ {
    let latest = LATEST_OF_SERIES.find_iter(s).filter_map(|m| {
        let rest = &s[m.end()..];
        let mut cut = rest.find(['.', ';']).unwrap_or(rest.len()).min(60 + 5);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        SINCE_WORD.find(&rest[..cut]).map(|w| m.end() + w.end())
    });
    SUPERLATIVE_SINCE
        .find_iter(s)
        .map(|m| m.end())
        .chain(latest)
}

/// Periods ("since", "over the past week") and months of a year.
pub(super) fn period_cues(s: &str, out: &mut Vec<Cue>) {
    // "one of the largest attacks since Russia launched its invasion in February 2022": the
    // "since" clause of a superlative is a comparison, periods in it included.
    let since_clauses: Vec<std::ops::Range<usize>> = comparisons(s)
        .map(|end| {
            let rest = &s[end..];
            end - 5..end + rest.find(['.', ';', ',']).unwrap_or(rest.len())
        })
        .collect();
    for m in PERIOD.find_iter(s).chain(MORE_PERIODS.find_iter(s)) {
        // ("the deadliest attacks against civilians since the start of the war": a period phrase
        // that reaches into the clause is in it.)
        if since_clauses
            .iter()
            .any(|c| c.contains(&m.start()) || (m.start() < c.start && m.end() > c.start))
        {
            continue;
        }
        let since = m.as_str().len() == 5 && m.as_str().eq_ignore_ascii_case("since");
        if (since && SINCE_NIGHT.is_match(&s[m.start()..])) || newspaper(s, m.start(), m.end()) {
            continue;
        }
        // "one of the largest Russian air attacks this month": a comparison, not a total.
        if SUPERLATIVE_PERIOD.is_match(&s[..m.end()]) {
            continue;
        }
        // "On the eve of the third anniversary of the full-scale war, Russia launched 267 attack
        // drones": a day named by its anniversary, no period.
        if m.as_str().eq_ignore_ascii_case("anniversary")
            && ON_ANNIVERSARY.is_match(&s[..m.start()])
        {
            continue;
        }
        // "a day of mourning has been declared": a day named for something, no rate.
        // "killing one person ..., a day before talks between Ukraine and the United States": a
        // day counted from another, no rate.
        if m.as_str().eq_ignore_ascii_case("a day") && A_DAY_NO_RATE.is_match(&s[m.end()..]) {
            continue;
        }
        // "According to the daily air force report, Russia targeted Ukraine with 208 drones":
        // a report that comes daily, not a daily rate.
        if m.as_str().eq_ignore_ascii_case("daily") && DAILY_REPORT.is_match(&s[m.end()..]) {
            continue;
        }
        add(m.start(), m.end(), CueKind::Period, out);
    }
    // "the deadliest attack since October 2022, when missiles killed 13": a month of a year is
    // a date in the past (its first day) when no period claimed it.
    for c in MONTH_YEAR.captures_iter(s) {
        let m = c.get(0).expect("match");
        // "since Russia launched its full-scale invasion in February 2022, downing 74 drones on
        // Nov. 25": deep in the comparison, the month dates nothing ("since October 2022, when
        // ..." does).
        let deep = since_clauses
            .iter()
            .any(|r| r.contains(&m.start()) && m.start() > r.start + 6);
        if deep {
            continue;
        }
        if let Ok(year) = c[2].parse() {
            add(
                m.start(),
                m.end(),
                CueKind::Past {
                    day: 1,
                    month: month_number(&c[1]),
                    year,
                },
                out,
            );
        }
    }
}

/// Whether the text before a day ends with the evening start of a count window ("From 7:00 p.m.
/// on", "from the evening of").
fn evening_start(before: &str) -> bool {
    let before = before.trim_end();
    EVENING_WORD_START.is_match(before)
        || EVENING_START.captures(before).is_some_and(|m| {
            // (Groups: 1 the start word, 2 the hour, 3 "p.m.".)
            let hour: u32 = m[2].parse().unwrap_or(0);
            let pm = m.get(3).is_some();
            // ("starting at 2 p.m. on Sunday" is that day's: a start word with an evening hour
            // only.)
            if m.name("start").is_some() {
                return pm && (6..12).contains(&hour) || !pm && (18..24).contains(&hour);
            }
            pm || (12..24).contains(&hour)
        })
}

/// Whether a day is the bound of a comparison's "since" ("It is the second such attack since
/// Monday, with air defense systems shooting 23 of the missiles down"): it dates the attack
/// compared with, none of this sentence's figures. (Not "since October 10, when missiles killed
/// 13": a day its own clause tells of.)
fn compared_since(s: &str, c: &Cue, compared: &[usize]) -> bool {
    let day = matches!(c.kind, CueKind::Date { .. } | CueKind::Weekday { .. });
    let right_after = |&end: &usize| end <= c.start && s[end..c.start].trim().is_empty();
    let when = s[c.end..]
        .trim_start_matches([',', ' '])
        .to_ascii_lowercase()
        .starts_with("when");
    day && !when && compared.iter().any(right_after)
}

/// Dates that start a period or a count window are not attack dates.
pub(super) fn period_starts(s: &str, out: &mut Vec<Cue>) {
    // "since February 24", "from 1 June": the start of a period, not an attack date. But "on the
    // night of 13 April (from 18:00 on 12 April)" is the Air Force's count window of one night:
    // the start time of the attack, dropped when the sentence names another date.
    let n_dates = out
        .iter()
        .filter(|c| matches!(c.kind, CueKind::Date { .. }))
        .count();
    let compared: Vec<usize> = comparisons(s).collect();
    out.retain(|c| {
        let before = s[..c.start].trim_end().to_ascii_lowercase();
        let date = matches!(c.kind, CueKind::Date { .. });
        // "exceeding the number from Oct. 10": a day's figure named for a comparison dates
        // nothing of this sentence, and starts no period.
        !(date && (n_dates > 1 && START_TIME.is_match(&before) || COMPARED_FROM.is_match(&before)))
            && !compared_since(s, c, &compared)
    });
    evenings::night_of_evening(s, out);
    for c in out.iter_mut() {
        // "the drones that Russia launched from 11 pm on Sunday": a weekday the count window
        // opens on in the evening; the attack ends the next morning.
        // ("From 23:00 on Tuesday and throughout the night and morning of Wednesday, August 21":
        // with the night's date named after it too.)
        if let CueKind::Weekday { day, plus: 0, last } = c.kind {
            if evening_start(&s[..c.start]) {
                c.kind = CueKind::Weekday { day, plus: 1, last };
                continue;
            }
        }
        if let (CueKind::Date { day, month, year }, 1) = (c.kind, n_dates) {
            if evening_start(&s[..c.start]) {
                // A year-less date rolls over in a leap year (29 February is kept).
                let next = NaiveDate::from_ymd_opt(year.unwrap_or(2000), month, day)
                    .and_then(|d| d.succ_opt());
                if let Some(n) = next {
                    c.kind = CueKind::Date {
                        day: n.day(),
                        month: n.month(),
                        year: year.map(|_| n.year()),
                    };
                    continue;
                }
            }
        }
        if matches!(c.kind, CueKind::Date { .. }) {
            let before = s[..c.start].trim_end().to_ascii_lowercase();
            let superlative = before.ends_with("since") && comparisons(s).next().is_some();
            // "Between February 2nd and 3rd": one night, its range read by `date_cues`.
            let one_night = before.ends_with("between") && next_day_range(&s[c.start..c.end])
                // "overnight from January 4 to 5", "on the night from 4 to 5 January": one
                // night's start.
                || ["overnight from", "night from"].iter().any(|w| before.ends_with(w));
            let war_start = WAR_START.is_match(tail(s, c.start, 100));
            if (PERIOD_START.is_match(&before) || war_start) && !superlative && !one_night {
                c.kind = CueKind::Period;
            }
        }
    }
}
