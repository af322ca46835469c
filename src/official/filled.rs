//! Filled attacks: the Russian attacks the articles report, with every drone and missile figure
//! the articles lack taken from the Air Force's report of that night, and each figure's source
//! in a column of its own (`news` or `official`). Nothing is mixed silently: a news figure is
//! never replaced (not even "more than 800" by the record's 810), and the interception rates
//! computed from the frame ([`filled_rates`]) say whether they rest on news figures, official
//! ones, or both (`mixed`).
//!
//! The night of an attack is the national report that ends on its date; when several do, the
//! one that agrees with most of the article's figures (then the first in the record). A night a
//! day either side is used only when it agrees with at least one of the article's figures, as in
//! the [check](mod@super::check). The post and the day offset are kept in `official_source` and
//! `official_offset_days`, the file's sha256 in `official_sha256`.

use chrono::NaiveDate;
use polars::prelude::*;

use super::check::{agrees, official_value, FIELDS};
use super::{Night, Official};
use crate::analysis;
use crate::error::Result;
use crate::extract::{Count, Field, Qualifier};

/// A figure taken from the articles.
pub const NEWS: &str = "news";
/// A figure taken from the official record.
pub const OFFICIAL: &str = "official";
/// A rate whose two figures come from different sources.
pub const MIXED: &str = "mixed";

/// The night an attack of `date` with the news figures `news` is matched with, and its offset
/// in days: see the [module docs](self).
pub fn night_for<'a>(
    date: NaiveDate,
    news: &[(Field, Count)],
    nights: &'a [Night],
) -> Option<(&'a Night, i64)> {
    let agreeing = |n: &Night| {
        news.iter()
            .filter(|(f, c)| official_value(n, *f).is_some_and(|o| agrees(*c, o)))
            .count()
    };
    let on = |off: i64| {
        nights
            .iter()
            .filter(move |n| n.date.is_some_and(|d| (d - date).num_days() == off))
    };
    // The most agreeing night of the date; `max_by_key` keeps the last of equals, so reverse.
    let same = on(0).rev().max_by_key(|n| agreeing(n));
    if let Some(n) = same {
        return Some((n, 0));
    }
    [-1, 1]
        .into_iter()
        .flat_map(|off| on(off).map(move |n| (n, off)))
        .filter(|(n, _)| agreeing(n) > 0)
        .max_by_key(|(n, off)| (agreeing(n), std::cmp::Reverse(off.abs()), *off < 0))
}

fn column<T>(name: String, values: Vec<T>) -> Column
where
    Series: NamedFrom<Vec<T>, [T]>,
{
    Series::new(name.into(), values).into()
}

/// The filled attacks: one row per Russian attack of `attacks` (the frame of
/// [`analysis::attacks`], any attacker; other attackers are left out), in its order.
///
/// Columns: `attack`, `event_date`, `attacker`, `sources` (the articles), then for each of
/// `drones_launched`, `drones_intercepted`, `missiles_launched`, `missiles_intercepted`:
/// `<field>` (UInt32, the news figure, else the official one), `<field>_qualifier` (the news
/// qualifier; `exact` for an official figure), `<field>_source` (`news`, `official`, or null
/// when neither has it) and `<field>_official` (the night's figure, whether used or not); then
/// `official_source` (the post), `official_offset_days` (Int64), `official_sha256`.
pub fn filled(attacks: &DataFrame, official: &Official) -> Result<DataFrame> {
    let nights = official.nights();
    let attacker = attacks.column("attacker")?.cast(&DataType::String)?;
    let russian = attacker.str()?.equal("russia");
    let a = attacks.filter(&russian)?;
    let n = a.height();
    let dates: Vec<Option<NaiveDate>> = a
        .column("event_date")?
        .cast(&DataType::Date)?
        .date()?
        .as_date_iter()
        .collect();
    let mut news: Vec<Vec<(Field, Count)>> = vec![Vec::new(); n];
    for f in FIELDS {
        let values = a.column(f.as_str())?.cast(&DataType::UInt32)?;
        let quals = a
            .column(&format!("{f}_qualifier"))?
            .cast(&DataType::String)?;
        for (i, (v, q)) in values.u32()?.iter().zip(quals.str()?.iter()).enumerate() {
            if let Some(value) = v {
                let qualifier = q.and_then(Qualifier::parse).unwrap_or(Qualifier::Exact);
                news[i].push((f, Count { value, qualifier }));
            }
        }
    }
    let matched: Vec<Option<(&Night, i64)>> = (0..n)
        .map(|i| dates[i].and_then(|d| night_for(d, &news[i], &nights)))
        .collect();

    let mut columns: Vec<Column> = vec![
        a.column("attack")?.clone(),
        a.column("event_date")?.clone(),
        a.column("attacker")?.clone(),
        a.column("sources")?.clone(),
    ];
    for f in FIELDS {
        let (mut value, mut qual, mut source, mut off) = (
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
            Vec::with_capacity(n),
        );
        for i in 0..n {
            let o = matched[i].and_then(|(night, _)| official_value(night, f));
            off.push(o);
            match (news[i].iter().find(|(g, _)| *g == f), o) {
                (Some((_, c)), _) => {
                    value.push(Some(c.value));
                    qual.push(Some(c.qualifier.as_str()));
                    source.push(Some(NEWS));
                }
                (None, Some(o)) => {
                    value.push(Some(o));
                    qual.push(Some(Qualifier::Exact.as_str()));
                    source.push(Some(OFFICIAL));
                }
                (None, None) => {
                    value.push(None);
                    qual.push(None);
                    source.push(None);
                }
            }
        }
        columns.push(column(f.to_string(), value));
        columns.push(column(format!("{f}_qualifier"), qual));
        columns.push(column(format!("{f}_source"), source));
        columns.push(column(format!("{f}_official"), off));
    }
    columns.push(column(
        "official_source".into(),
        matched
            .iter()
            .map(|m| m.map(|(night, _)| night.source.clone()))
            .collect::<Vec<_>>(),
    ));
    columns.push(column(
        "official_offset_days".into(),
        matched
            .iter()
            .map(|m| m.map(|(_, o)| o))
            .collect::<Vec<_>>(),
    ));
    columns.push(column(
        "official_sha256".into(),
        vec![official.sha256.clone(); n],
    ));
    Ok(DataFrame::new(n, columns)?)
}

/// The interception rates of the [`filled`] frame: the columns of [`analysis::rates`] (three
/// rows per attack: `drones`, `missiles`, `all`), plus `launched_source` and
/// `intercepted_source` (`news`, `official`, `mixed` for `all` when its parts differ) and
/// `rate_source`: `news` or `official` when both figures come from there, `mixed` when they do
/// not; null where the rate is.
pub fn filled_rates(filled: &DataFrame) -> Result<DataFrame> {
    let mut rates = analysis::rates(filled)?;
    let src = |name: &str| -> Result<Vec<Option<String>>> {
        let c = filled.column(name)?.cast(&DataType::String)?;
        Ok(c.str()?.iter().map(|s| s.map(str::to_string)).collect())
    };
    let (dl, di, ml, mi) = (
        src("drones_launched_source")?,
        src("drones_intercepted_source")?,
        src("missiles_launched_source")?,
        src("missiles_intercepted_source")?,
    );
    let rate: Vec<Option<f64>> = rates.column("rate")?.f64()?.iter().collect();
    let (mut launched, mut intercepted, mut rate_source) = (Vec::new(), Vec::new(), Vec::new());
    for i in 0..filled.height() {
        let l = [dl[i].clone(), ml[i].clone()];
        let x = [di[i].clone(), mi[i].clone()];
        // `all` counts a weapon when its launched figure is known (see `analysis::rates`).
        let part = |v: &[Option<String>; 2]| -> Vec<Option<String>> {
            (0..2)
                .filter(|&w| l[w].is_some())
                .map(|w| v[w].clone())
                .collect()
        };
        let all = (one_source(&part(&l)), one_source(&part(&x)));
        for (k, (ls, xs)) in [
            (l[0].clone(), x[0].clone()),
            (l[1].clone(), x[1].clone()),
            all,
        ]
        .into_iter()
        .enumerate()
        {
            let known = rate.get(3 * i + k).copied().flatten().is_some();
            rate_source.push(if known {
                one_source(&[ls.clone(), xs.clone()])
            } else {
                None
            });
            launched.push(ls);
            intercepted.push(xs);
        }
    }
    rates.with_column(column("launched_source".into(), launched))?;
    rates.with_column(column("intercepted_source".into(), intercepted))?;
    rates.with_column(column("rate_source".into(), rate_source))?;
    Ok(rates)
}

/// The one source of some figures: null when none is known or one is missing, `mixed` when
/// they differ.
fn one_source(sources: &[Option<String>]) -> Option<String> {
    let first = sources.first()?.clone()?;
    if sources.iter().any(Option::is_none) {
        return None;
    }
    Some(if sources.iter().all(|s| s.as_deref() == Some(&first)) {
        first
    } else {
        MIXED.to_string()
    })
}
