//! Stage 4: reconciled attacks, interception rates and attack-size trends, all as polars
//! DataFrames.
//!
//! The stage starts from the `events` frame of [`crate::events`](mod@crate::events) (one row per article × attack
//! date × attacker) and derives:
//!
//! - [`attacks`]: one row per attacker and attack date, the reports of several articles merged
//!   (rules below);
//! - [`rates`]: per attack and weapon (`drones`, `missiles`, `all`) the interception rate, what
//!   the qualifiers make of it, and a `"552/~580"` label; [`overall_rates`] weights them by the
//!   number launched;
//! - [`trend`]: attack sizes in date order with a rolling mean over the last `k` attacks and a
//!   running record; [`monthly`]: a per-month summary;
//! - [`Report`]: all of it for one corpus, as the example, the CLI and the notebooks use it.
//!
//! # Reconciliation rules (`attacks`)
//!
//! Event rows with the same attacker and the same `event_date` are one attack. For each figure
//! (`drones_launched`, `drones_intercepted`, `missiles_launched`, `missiles_intercepted`,
//! `killed`, `injured`, `hits`):
//!
//! 1. an exact figure beats a qualified one ("810" over "more than 800");
//! 2. when exact figures disagree the lowest is kept (the conservative estimate, as ACLED does)
//!    and the field is listed in `disputed_fields`;
//! 3. with no exact figure, a point estimate ("about 580") beats a bound; of several lower bounds
//!    ("more than 800", "at least 810") the highest is kept, of several upper bounds ("up to 50")
//!    the lowest, of several estimates the lowest;
//! 4. every reported value is kept, as qualifier labels in article order, in `<field>_reported`.
//!
//! A row without an `event_date` is never merged: it stays an attack of its own (its `attack` id
//! names the article) and [`Report`] reports it as a [`Warning`].
//!
//! ```
//! use chrono::NaiveDate;
//! use strikes::{analysis, events::events_frame, Count, Event, Qualifier, Side};
//!
//! let day = NaiveDate::from_ymd_opt(2025, 9, 7);
//! let mut a = Event::empty("a", day, Side::Russia);
//! a.drones_launched = Some(Count { value: 800, qualifier: Qualifier::MoreThan });
//! let mut b = Event::empty("b", day, Side::Russia);
//! b.drones_launched = Some(Count::exact(810));
//! b.drones_intercepted = Some(Count::exact(747));
//!
//! let attacks = analysis::attacks(&events_frame(&[a, b])?)?;
//! assert_eq!(attacks.height(), 1);
//! let rates = analysis::rates(&attacks)?;
//! println!("{rates}");
//! # Ok::<(), strikes::Error>(())
//! ```

use polars::prelude::*;

use crate::corpus::Corpus;
use crate::error::{Error, Result};
use crate::events::Extracted;
use crate::extract::{Field, Qualifier};
use crate::warning::Warning;

/// The weapons of the [`rates`] frame, in row order: `drones`, `missiles`, and `all` (both).
pub const WEAPONS: [&str; 3] = ["drones", "missiles", "all"];

/// The rolling-mean window [`Report`] uses for [`trend`]: the last 3 attacks.
pub const DEFAULT_WINDOW: usize = 3;

const EXACT: &str = "exact";

/// The name of the qualifier column of a count column.
fn qual(field: &str) -> String {
    format!("{field}_qualifier")
}

/// The name of the label column of a count column ("800+", "~580").
fn label(field: &str) -> String {
    format!("{field}_label")
}

/// The name of the column listing every reported label of a count column.
fn reported(field: &str) -> String {
    format!("{field}_reported")
}

fn null_of(dtype: DataType) -> Expr {
    lit(NULL).cast(dtype)
}

fn is(e: Expr, s: &str) -> Expr {
    e.eq(lit(s)).fill_null(lit(false))
}

fn is_lower_bound(q: Expr) -> Expr {
    is(q.clone(), "more_than").or(is(q, "at_least"))
}

/// Brings any events frame to the exact schema this module works on: required columns
/// `article`, `event_date`, `attacker`; every other column optional (absent means all null);
/// counts cast to `UInt32`; a count without a qualifier is exact; a qualifier without a count is
/// dropped; then adds a `<field>_label` column per count.
fn normalize(events: &DataFrame) -> Result<DataFrame> {
    let has = |name: &str| events.schema().contains(name);
    let opt = |name: &str, dtype: DataType| {
        if has(name) {
            col(name).cast(dtype).alias(name)
        } else {
            null_of(dtype).alias(name)
        }
    };
    let mut exprs = vec![
        col("article").cast(DataType::String),
        col("event_date").cast(DataType::Date),
        col("attacker").cast(DataType::String),
        opt("locations", DataType::List(Box::new(DataType::String))),
        opt("reported_by", DataType::String),
    ];
    for field in Field::EVENT {
        let f = field.as_str();
        let q = qual(f);
        let value = opt(f, DataType::UInt32);
        let qualifier = if has(&q) {
            col(&q).cast(DataType::String)
        } else {
            null_of(DataType::String)
        };
        exprs.push(value.clone());
        exprs.push(
            when(value.is_not_null())
                .then(qualifier.fill_null(lit(EXACT)))
                .otherwise(null_of(DataType::String))
                .alias(&q),
        );
    }
    let mut df = events.clone().lazy().select(exprs).collect()?;
    for field in Field::EVENT {
        let f = field.as_str();
        let labels = label_column(&label(f), df.column(f)?, df.column(&qual(f))?)?;
        df.with_column(labels)?;
    }
    Ok(df)
}

/// The label of a value with its qualifier ("800+", "~580", "≥26"); an unknown qualifier
/// spelling gives the plain number.
pub fn value_label(value: u32, qualifier: Option<&str>) -> String {
    match qualifier.and_then(Qualifier::parse) {
        Some(q) => q.label(value),
        None => value.to_string(),
    }
}

/// A `String` column of [`value_label`]s, null where the value is null.
fn label_column(name: &str, values: &Column, qualifiers: &Column) -> Result<Column> {
    let values = values.cast(&DataType::UInt32)?;
    let qualifiers = qualifiers.cast(&DataType::String)?;
    let labels: Vec<Option<String>> = values
        .u32()?
        .iter()
        .zip(qualifiers.str()?.iter())
        .map(|(v, q)| v.map(|v| value_label(v, q)))
        .collect();
    Ok(Column::new(name.into(), labels))
}

/// The expressions that reconcile one count field inside a `group_by(...).agg(...)`: the kept
/// value, its qualifier and label, every reported label, and whether exact figures disagree.
fn reconcile(field: &str) -> [Expr; 5] {
    let v = col(field);
    let q = col(qual(field));
    // Preference: exact (lowest first), then estimates (lowest first), then lower bounds
    // (highest first, "more than" before "at least" on a tie), then upper bounds (lowest first).
    let rank = when(v.clone().is_null())
        .then(lit(9u8))
        .when(is(q.clone(), EXACT))
        .then(lit(0u8))
        .when(is(q.clone(), "about"))
        .then(lit(1u8))
        .when(is_lower_bound(q.clone()))
        .then(lit(2u8))
        .when(is(q.clone(), "up_to"))
        .then(lit(3u8))
        .otherwise(lit(4u8));
    let v64 = v.clone().cast(DataType::Int64);
    let key = when(is_lower_bound(q.clone()))
        .then(lit(0i64) - v64.clone())
        .otherwise(v64);
    let tie = when(is(q.clone(), "more_than"))
        .then(lit(0u8))
        .otherwise(lit(1u8));
    let by = [rank, key, tie];
    let order = SortMultipleOptions::default()
        .with_nulls_last(true)
        .with_maintain_order(true);
    let pick = |e: Expr, name: String| e.sort_by(by.clone(), order.clone()).first().alias(name);
    [
        pick(v.clone(), field.to_string()),
        pick(q.clone(), qual(field)),
        pick(col(label(field)), label(field)),
        col(label(field)).drop_nulls().alias(reported(field)),
        v.filter(is(q, EXACT))
            .n_unique()
            .gt(lit(1))
            .alias(format!("{field}_disputed")),
    ]
}

/// Merges the event rows that report the same attack (same attacker, same `event_date`) into one
/// row per attack, following the rules in the [module docs](self).
///
/// Columns, in order: `attack` (an id: `"2025-09-07 russia"`, or `"undated russia (<article>)"`),
/// `event_date`, `attacker`, `n_sources`, `sources` (List of article ids), `disputed` (bool),
/// `disputed_fields` (comma-separated field names, null when none), then for each count field
/// `<field>`, `<field>_qualifier`, `<field>_label`, `<field>_reported` (List of labels), then
/// `locations` and `reported_by` (Lists of strings, each value once; a `"; "`-joined
/// `reported_by` of the events is split). Rows are sorted by date (undated
/// last), attacker, first source.
///
/// The input needs the columns `article`, `event_date` and `attacker`; any other events column
/// may be missing (all null). An empty frame gives an empty frame with the same columns.
pub fn attacks(events: &DataFrame) -> Result<DataFrame> {
    // One key per attack: attacker and date, or attacker and row for an undated row (never
    // merged).
    let base = normalize(events)?
        .lazy()
        .with_row_index("row", None)
        .with_column(
            when(col("event_date").is_null())
                .then(lit("undated ") + col("row").cast(DataType::String))
                .otherwise(col("event_date").dt().to_string("%Y-%m-%d"))
                .alias("key"),
        )
        .with_column((col("attacker").fill_null(lit("?")) + lit(" ") + col("key")).alias("key"));
    // Places and reporters of all reports, each once, in report order. They are exploded and
    // deduplicated outside the main group_by, so that attacks without any get empty lists.
    let distinct = |name: &str, values: Expr| {
        base.clone()
            .select([col("key"), values.alias(name)])
            .explode(
                cols([name]),
                ExplodeOptions {
                    empty_as_null: false,
                    keep_nulls: false,
                },
            )
            .filter(col(name).is_not_null())
            .group_by_stable([col("key")])
            .agg([col(name).unique_stable()])
    };
    let locations = distinct("locations", col("locations"));
    let reporters = distinct("reported_by", col("reported_by").str().split(lit("; ")));
    let mut aggs = vec![
        col("attacker").first(),
        col("event_date").first(),
        col("row").first(),
        col("article").first().alias("first_source"),
        col("article")
            .n_unique()
            .cast(DataType::UInt32)
            .alias("n_sources"),
        col("article").drop_nulls().unique_stable().alias("sources"),
    ];
    for field in Field::EVENT {
        aggs.extend(reconcile(field.as_str()));
    }
    // A scalar empty list, for attacks whose reports name no place or reporter.
    let empty_list = lit(Series::new(
        "".into(),
        [Series::new_empty("".into(), &DataType::String)],
    ))
    .first();

    // "a, b, " -> "a, b"; "" -> null.
    let mut listed = lit("");
    for field in Field::EVENT {
        let f = field.as_str();
        listed = listed
            + when(col(format!("{f}_disputed")).fill_null(lit(false)))
                .then(lit(format!("{f}, ")))
                .otherwise(lit(""));
    }
    let listed = listed.str().strip_suffix(lit(", "));
    let disputed_fields = when(listed.clone().eq(lit("")))
        .then(null_of(DataType::String))
        .otherwise(listed)
        .alias("disputed_fields");
    let attack_id = when(col("event_date").is_null())
        .then(lit("undated ") + col("attacker") + lit(" (") + col("first_source") + lit(")"))
        .otherwise(col("event_date").dt().to_string("%Y-%m-%d") + lit(" ") + col("attacker"))
        .alias("attack");

    let mut order = vec![
        col("attack"),
        col("event_date"),
        col("attacker"),
        col("n_sources"),
        col("sources"),
        col("disputed_fields").is_not_null().alias("disputed"),
        col("disputed_fields"),
    ];
    for field in Field::EVENT {
        let f = field.as_str();
        order.extend([col(f), col(qual(f)), col(label(f)), col(reported(f))]);
    }
    order.extend([col("locations"), col("reported_by")]);

    let df = base
        .group_by([col("key")])
        .agg(aggs)
        .left_join(locations, col("key"), col("key"))
        .left_join(reporters, col("key"), col("key"))
        .with_columns([
            col("locations").fill_null(empty_list.clone()),
            col("reported_by").fill_null(empty_list),
        ])
        .sort(
            ["event_date", "attacker", "first_source", "row"],
            SortMultipleOptions::default()
                .with_nulls_last(true)
                .with_maintain_order(true),
        )
        .with_columns([disputed_fields])
        .with_columns([attack_id])
        .select(order)
        .collect()?;
    Ok(df)
}

mod rates;
#[cfg(test)]
mod tests;
mod trends;

pub use rates::{overall_rates, rates};
pub use trends::{monthly, summary, trend};

/// Everything the analysis stage derives from a corpus, for the example, the CLI and notebooks.
///
/// ```
/// use strikes::{analysis::Report, Article, Corpus};
/// let corpus = Corpus::from_articles(vec![Article::new("a", "No attack figures here.")]);
/// let (report, _warnings) = Report::from_corpus(&corpus)?;
/// assert_eq!(report.n_articles, 1);
/// println!("{}", report.attacks);
/// # Ok::<(), strikes::Error>(())
/// ```
#[derive(Debug, Clone)]
pub struct Report {
    /// The events frame (see [`crate::events`](mod@crate::events)).
    pub events: DataFrame,
    /// Reconciled attacks ([`attacks`]).
    pub attacks: DataFrame,
    /// Interception rates per attack and weapon ([`rates`]).
    pub rates: DataFrame,
    /// Overall interception rate per weapon ([`overall_rates`]).
    pub overall: DataFrame,
    /// Attack sizes over time ([`trend`] with [`Report::window`]).
    pub trend: DataFrame,
    /// Per-month summary ([`monthly`]).
    pub monthly: DataFrame,
    /// How many articles the corpus holds (with or without events).
    pub n_articles: usize,
    /// The rolling-mean window of `trend`.
    pub window: usize,
}

impl Report {
    /// Extracts the corpus and analyses it. The warnings are the extraction warnings followed by
    /// those of [`Report::from_events`].
    pub fn from_corpus(corpus: &Corpus) -> Result<(Report, Vec<Warning>)> {
        let extracted = Extracted::from_corpus(corpus);
        let events = extracted.events_frame()?;
        let (report, more) = Report::from_events(events, corpus.articles.len())?;
        let mut warnings = extracted.warnings;
        warnings.extend(more);
        Ok((report, warnings))
    }

    /// Analyses an events frame (hand-built, or read back from a CSV) with the
    /// [`DEFAULT_WINDOW`]. Warns about undated attacks (kept apart, not merged), disputed
    /// figures, and more intercepted than launched.
    pub fn from_events(events: DataFrame, n_articles: usize) -> Result<(Report, Vec<Warning>)> {
        Report::from_events_with_window(events, n_articles, DEFAULT_WINDOW)
    }

    /// [`Report::from_events`] with a rolling-mean window of `k` attacks (at least 1).
    pub fn from_events_with_window(
        events: DataFrame,
        n_articles: usize,
        k: usize,
    ) -> Result<(Report, Vec<Warning>)> {
        let attacks = attacks(&events)?;
        let rates = rates(&attacks)?;
        let report = Report {
            overall: overall_rates(&rates)?,
            trend: trend(&attacks, k)?,
            monthly: monthly(&attacks)?,
            events,
            attacks,
            rates,
            n_articles,
            window: k,
        };
        let warnings = report.warnings()?;
        Ok((report, warnings))
    }

    /// The problems the analysis found in the data.
    fn warnings(&self) -> Result<Vec<Warning>> {
        let general = |message: String| Warning {
            path: None,
            line: None,
            article: None,
            message,
        };
        let mut warnings = Vec::new();
        let a = &self.attacks;
        let ids = a.column("attack")?.str()?;
        let dates = a.column("event_date")?.date()?;
        let attackers = a.column("attacker")?.str()?;
        let sources = a.column("sources")?.list()?;
        for (((id, date), attacker), srcs) in ids
            .iter()
            .zip(dates.as_date_iter())
            .zip(attackers.iter())
            .zip(sources.amortized_iter())
        {
            if date.is_some() {
                continue;
            }
            let article = srcs
                .and_then(|s| {
                    s.as_ref()
                        .str()
                        .ok()
                        .and_then(|s| s.get(0).map(str::to_string))
                })
                .unwrap_or_default();
            warnings.push(Warning::article(
                &article,
                format!(
                    "an attack by {} has no date: kept as its own attack ({}), not merged with other reports",
                    attacker.unwrap_or("?"),
                    id.unwrap_or("?"),
                ),
            ));
        }
        let disputed = a.column("disputed_fields")?.str()?;
        for (row, (id, fields)) in ids.iter().zip(disputed.iter()).enumerate() {
            let Some(fields) = fields else { continue };
            for f in fields.split(", ") {
                let values = a.column(&reported(f))?.list()?.get_as_series(row);
                let values: Vec<String> = values
                    .and_then(|s| {
                        s.str()
                            .ok()
                            .map(|s| s.iter().flatten().map(str::to_string).collect())
                    })
                    .unwrap_or_default();
                let kept = a.column(&label(f))?.str()?.get(row).unwrap_or("?");
                warnings.push(general(format!(
                    "{}: sources disagree on {f} ({}): the lowest exact figure, {kept}, is kept",
                    id.unwrap_or("?"),
                    values.join(", "),
                )));
            }
        }
        let r = &self.rates;
        let rate = r.column("rate")?.f64()?;
        let ids = r.column("attack")?.str()?;
        let weapons = r.column("weapon")?.str()?;
        let labels = r.column("label")?.str()?;
        for (((rate, id), weapon), label) in rate
            .iter()
            .zip(ids.iter())
            .zip(weapons.iter())
            .zip(labels.iter())
        {
            if rate.is_some_and(|r| r > 1.0) && weapon != Some("all") {
                warnings.push(general(format!(
                    "{}: more {} intercepted than launched ({}): the rate is above 100%",
                    id.unwrap_or("?"),
                    weapon.unwrap_or("?"),
                    label.unwrap_or("?"),
                )));
            }
        }
        Ok(warnings)
    }
}

/// Writes any of the analysis frames as CSV: dates `YYYY-MM-DD`, empty cell for null, list
/// columns joined with `;` (CSV has no lists).
pub fn write_csv<W: std::io::Write>(df: &DataFrame, out: W) -> Result<()> {
    use polars_io::prelude::{CsvWriter, SerWriter};
    let mut flat = df.clone();
    for name in df.get_column_names_owned() {
        let column = df.column(&name)?;
        if let DataType::List(_) = column.dtype() {
            let joined: Vec<Option<String>> = column
                .list()?
                .series_iter()
                .map(|cell| {
                    cell.map(|s| {
                        let s = s.cast(&DataType::String).unwrap_or(s);
                        s.str()
                            .map(|ca| ca.iter().flatten().collect::<Vec<_>>().join(";"))
                            .unwrap_or_default()
                    })
                })
                .collect();
            flat.with_column(Column::new(name.clone(), joined))?;
        }
    }
    CsvWriter::new(out).include_header(true).finish(&mut flat)?;
    Ok(())
}
