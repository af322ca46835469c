//! The check: every drone and missile figure the articles give for a Russian attack, against
//! the Air Force's national report of that night. Qualifier-aware: "more than 800" against 810
//! is consistent, "about 580" against 579 is consistent (within [`ABOUT_TOLERANCE`]), "13
//! missiles" against 4 + 9 is consistent (missiles of every class are summed), an exact 40
//! against 32 is a discrepancy of -8.

use chrono::NaiveDate;

use super::Night;
use crate::extract::{Count, Event, Field, Qualifier, Side};

/// "about N" agrees with an official figure within this share of N (at least 1).
pub const ABOUT_TOLERANCE: f64 = 0.05;

/// The four figures the record has.
pub const FIELDS: [Field; 4] = [
    Field::DronesLaunched,
    Field::DronesIntercepted,
    Field::MissilesLaunched,
    Field::MissilesIntercepted,
];

/// What a comparison found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Verdict {
    /// The news figure, with its qualifier, agrees with the official one.
    Consistent,
    /// It does not; `difference` says by how much.
    Discrepancy,
    /// No national report for that date or the day either side.
    OfficialMissing,
    /// A report exists but does not give this figure.
    NewsOnly,
}

impl Verdict {
    /// `consistent`, `discrepancy`, `official_missing`, `news_only`.
    pub fn as_str(self) -> &'static str {
        match self {
            Verdict::Consistent => "consistent",
            Verdict::Discrepancy => "discrepancy",
            Verdict::OfficialMissing => "official_missing",
            Verdict::NewsOnly => "news_only",
        }
    }
}

/// One news figure checked against the record.
#[derive(Debug, Clone, PartialEq)]
pub struct Check {
    /// The article.
    pub article: String,
    /// The attack's date in the article.
    pub event_date: NaiveDate,
    /// The field.
    pub field: Field,
    /// The news figure and its qualifier.
    pub news: Count,
    /// The sentences of the article's event.
    pub evidence: String,
    /// The night compared with (its post), if any.
    pub source: Option<String>,
    /// Days between the article's date and the night's (0 same date, ±1).
    pub offset_days: Option<i64>,
    /// The official figure.
    pub official: Option<u32>,
    /// The verdict.
    pub verdict: Verdict,
    /// official − news, for a discrepancy.
    pub difference: Option<i64>,
}

/// Whether an official value agrees with a news figure and its qualifier.
pub fn agrees(news: Count, official: u32) -> bool {
    let (v, o) = (news.value, official);
    match news.qualifier {
        Qualifier::Exact => o == v,
        Qualifier::AtLeast => o >= v,
        Qualifier::MoreThan => o > v,
        Qualifier::UpTo => o <= v,
        Qualifier::About => {
            let tol = (f64::from(v) * ABOUT_TOLERANCE).max(1.0);
            (f64::from(o) - f64::from(v)).abs() <= tol
        }
    }
}

/// The official figure of a night for one of the [`FIELDS`] (`None` for other fields).
pub fn official_value(n: &Night, f: Field) -> Option<u32> {
    match f {
        Field::DronesLaunched => n.drones_launched,
        Field::DronesIntercepted => n.drones_destroyed,
        Field::MissilesLaunched => n.missiles_launched,
        Field::MissilesIntercepted => n.missiles_destroyed,
        _ => None,
    }
}

/// Checks every drone and missile figure of the Russian attacks in `events` that have a date
/// against `nights`: same date first, then a day either side (the offset is recorded). Where a
/// date has several reports, the one that agrees is taken, else the nearest in value.
pub fn check(events: &[Event], nights: &[Night]) -> Vec<Check> {
    let mut out = Vec::new();
    for e in events.iter().filter(|e| e.attacker == Side::Russia) {
        let Some(date) = e.event_date else { continue };
        let near = |off: i64| -> Vec<&Night> {
            nights
                .iter()
                .filter(|n| n.date.is_some_and(|d| (d - date).num_days() == off))
                .collect()
        };
        let candidates: Vec<(i64, Vec<&Night>)> = [0, -1, 1]
            .into_iter()
            .map(|off| (off, near(off)))
            .filter(|(_, ns)| !ns.is_empty())
            .collect();
        for f in FIELDS {
            let Some(news) = e.get(f) else { continue };
            out.push(check_one(e, date, f, news, &candidates));
        }
    }
    out
}

fn check_one(
    e: &Event,
    date: NaiveDate,
    f: Field,
    news: Count,
    candidates: &[(i64, Vec<&Night>)],
) -> Check {
    let mut c = Check {
        article: e.article.clone(),
        event_date: date,
        field: f,
        news,
        evidence: e.evidence.clone(),
        source: None,
        offset_days: None,
        official: None,
        verdict: Verdict::OfficialMissing,
        difference: None,
    };
    if candidates.is_empty() {
        return c;
    }
    c.verdict = Verdict::NewsOnly;
    // Same date first; a neighbouring day only when it agrees and the same date does not.
    let mut best: Option<(bool, i64, u32, &Night, i64)> = None;
    for (off, ns) in candidates {
        for n in ns {
            let Some(o) = official_value(n, f) else {
                continue;
            };
            let ok = agrees(news, o);
            let dist = (i64::from(o) - i64::from(news.value)).abs();
            let key = (!ok, off.abs(), dist);
            let better =
                best.is_none_or(|(bok, boff, _, _, bdist)| key < (!bok, boff.abs(), bdist));
            if better {
                best = Some((ok, *off, o, n, dist));
            }
        }
    }
    if let Some((ok, off, o, n, _)) = best {
        c.source = Some(n.source.clone());
        c.offset_days = Some(off);
        c.official = Some(o);
        c.verdict = if ok {
            Verdict::Consistent
        } else {
            Verdict::Discrepancy
        };
        if !ok {
            c.difference = Some(i64::from(o) - i64::from(news.value));
        }
    }
    c
}

/// Agreement per field: (field, consistent, discrepancies) over the checks that found an
/// official figure.
pub fn agreement(checks: &[Check]) -> Vec<(Field, usize, usize)> {
    FIELDS
        .iter()
        .map(|f| {
            let of = checks.iter().filter(|c| c.field == *f);
            let ok = of
                .clone()
                .filter(|c| c.verdict == Verdict::Consistent)
                .count();
            let bad = of.filter(|c| c.verdict == Verdict::Discrepancy).count();
            (*f, ok, bad)
        })
        .collect()
}

/// The checks as a DataFrame, one row per figure: `article`, `event_date` (Date), `field`,
/// `news_value` (UInt32), `news_qualifier`, `official_value` (UInt32), `verdict`, `difference`
/// (Int64), `offset_days` (Int64), `source`, `evidence`.
pub fn checks_frame(checks: &[Check]) -> crate::Result<polars::prelude::DataFrame> {
    use polars::prelude::*;
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
    let s = |name: &str, v: Vec<String>| -> Column { Series::new(name.into(), v).into() };
    let columns: Vec<Column> = vec![
        s(
            "article",
            checks.iter().map(|c| c.article.clone()).collect(),
        ),
        Series::new(
            "event_date".into(),
            checks
                .iter()
                .map(|c| (c.event_date - epoch).num_days() as i32)
                .collect::<Vec<_>>(),
        )
        .cast(&DataType::Date)?
        .into(),
        s(
            "field",
            checks.iter().map(|c| c.field.to_string()).collect(),
        ),
        Series::new(
            "news_value".into(),
            checks.iter().map(|c| c.news.value).collect::<Vec<_>>(),
        )
        .into(),
        s(
            "news_qualifier",
            checks
                .iter()
                .map(|c| c.news.qualifier.to_string())
                .collect(),
        ),
        Series::new(
            "official_value".into(),
            checks.iter().map(|c| c.official).collect::<Vec<_>>(),
        )
        .into(),
        s(
            "verdict",
            checks
                .iter()
                .map(|c| c.verdict.as_str().to_string())
                .collect(),
        ),
        Series::new(
            "difference".into(),
            checks.iter().map(|c| c.difference).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "offset_days".into(),
            checks.iter().map(|c| c.offset_days).collect::<Vec<_>>(),
        )
        .into(),
        Series::new(
            "source".into(),
            checks.iter().map(|c| c.source.clone()).collect::<Vec<_>>(),
        )
        .into(),
        s(
            "evidence",
            checks.iter().map(|c| c.evidence.clone()).collect(),
        ),
    ];
    Ok(DataFrame::new(checks.len(), columns)?)
}
