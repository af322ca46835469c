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

/// How the qualifiers of a sum combine: exact + exact is exact; exact and lower bounds give a
/// lower bound (`more_than` if any part is one); exact and upper bounds give `up_to`; anything
/// else is `about`. A null part is absent; all null gives null.
fn sum_qualifier(parts: &[Expr]) -> Expr {
    let all = |f: &dyn Fn(Expr) -> Expr| {
        parts
            .iter()
            .map(|p| p.clone().is_null().or(f(p.clone())))
            .reduce(|a, b| a.and(b))
            .unwrap_or(lit(true))
    };
    let any = |s: &str| {
        parts
            .iter()
            .map(|p| is(p.clone(), s))
            .reduce(|a, b| a.or(b))
            .unwrap_or(lit(false))
    };
    let all_null = parts
        .iter()
        .map(|p| p.clone().is_null())
        .reduce(|a, b| a.and(b))
        .unwrap_or(lit(true));
    when(all_null)
        .then(null_of(DataType::String))
        .when(all(&|q| is(q, EXACT)))
        .then(lit(EXACT))
        .when(all(&|q| is(q.clone(), EXACT).or(is_lower_bound(q))))
        .then(
            when(any("more_than"))
                .then(lit("more_than"))
                .otherwise(lit("at_least")),
        )
        .when(all(&|q| is(q.clone(), EXACT).or(is(q, "up_to"))))
        .then(lit("up_to"))
        .otherwise(lit("about"))
}

/// The sum of counts where a null part counts as 0, but all null is null.
fn sum_counts(parts: &[Expr]) -> Expr {
    let all_null = parts
        .iter()
        .map(|p| p.clone().is_null())
        .reduce(|a, b| a.and(b))
        .unwrap_or(lit(true));
    let sum = parts
        .iter()
        .map(|p| p.clone().cast(DataType::UInt32).fill_null(lit(0u32)))
        .reduce(|a, b| a + b)
        .unwrap_or(lit(0u32));
    when(all_null)
        .then(null_of(DataType::UInt32))
        .otherwise(sum)
}

/// What the qualifiers of `intercepted / launched` make of the rate: `exact`, `upper_bound`
/// ("more than 650" launched), `lower_bound` ("more than 500" intercepted, or "up to" launched),
/// or `approximate` ("about", or bounds pulling both ways). Null when `rate` is null.
fn rate_quality(rate: Expr, launched_q: Expr, intercepted_q: Expr) -> Expr {
    let lq = launched_q.fill_null(lit(EXACT));
    let iq = intercepted_q.fill_null(lit(EXACT));
    // Which way each qualifier pushes the true rate relative to the computed one.
    let up = is_lower_bound(lq.clone()).or(is(iq.clone(), "up_to"));
    let down = is_lower_bound(iq.clone()).or(is(lq.clone(), "up_to"));
    let about = is(lq, "about").or(is(iq, "about"));
    when(rate.is_null())
        .then(null_of(DataType::String))
        .when(about.or(up.clone().and(down.clone())))
        .then(lit("approximate"))
        .when(up)
        .then(lit("upper_bound"))
        .when(down)
        .then(lit("lower_bound"))
        .otherwise(lit(EXACT))
}

/// `intercepted / launched` as Float64; null when either is missing or nothing was launched.
fn ratio(intercepted: Expr, launched: Expr) -> Expr {
    when(
        intercepted
            .clone()
            .is_not_null()
            .and(launched.clone().is_not_null())
            .and(launched.clone().gt(lit(0u32))),
    )
    .then(intercepted.cast(DataType::Float64) / launched.cast(DataType::Float64))
    .otherwise(null_of(DataType::Float64))
}

/// Interception rates per attack and weapon: three rows per attack of [`attacks`], for
/// [`WEAPONS`] `drones`, `missiles` and `all`.
///
/// Columns: `attack`, `event_date`, `attacker`, `weapon`, `launched`, `launched_qualifier`,
/// `intercepted`, `intercepted_qualifier`, `rate` (Float64, `intercepted / launched`),
/// `rate_quality` (`exact | upper_bound | lower_bound | approximate`), `label`
/// (`"552/~580"`: intercepted / launched with their qualifiers, `?` for a missing figure, null
/// when both are missing).
///
/// `rate` is null whenever a figure is missing or nothing was launched: never 0, never NaN. For
/// `all`, launched is the sum over the weapons with a launched figure, and intercepted is null
/// unless each of those weapons has an intercepted figure.
pub fn rates(attacks: &DataFrame) -> Result<DataFrame> {
    let attacks = attacks.clone().lazy().with_row_index("attack_idx", None);
    let weapon = |idx: u8, name: &str, launched: Expr, lq: Expr, intercepted: Expr, iq: Expr| {
        attacks.clone().select([
            col("attack_idx"),
            lit(idx).alias("weapon_idx"),
            col("attack"),
            col("event_date"),
            col("attacker"),
            lit(name).alias("weapon"),
            launched.cast(DataType::UInt32).alias("launched"),
            lq.cast(DataType::String).alias("launched_qualifier"),
            intercepted.cast(DataType::UInt32).alias("intercepted"),
            iq.cast(DataType::String).alias("intercepted_qualifier"),
        ])
    };
    let c = |s: &str| col(s);
    let drones = weapon(
        0,
        WEAPONS[0],
        c("drones_launched"),
        c("drones_launched_qualifier"),
        c("drones_intercepted"),
        c("drones_intercepted_qualifier"),
    );
    let missiles = weapon(
        1,
        WEAPONS[1],
        c("missiles_launched"),
        c("missiles_launched_qualifier"),
        c("missiles_intercepted"),
        c("missiles_intercepted_qualifier"),
    );
    // For `all`, a weapon takes part when its launched figure is known; its intercepted figure
    // must then be known too, or the sum is unknown.
    let taking_part = |l: &str, x: &str| when(col(l).is_null()).then(lit(NULL)).otherwise(col(x));
    let unknown_part = |l: &str, i: &str| col(l).is_not_null().and(col(i).is_null());
    let all_launched = sum_counts(&[c("drones_launched"), c("missiles_launched")]);
    let all_intercepted = when(
        unknown_part("drones_launched", "drones_intercepted")
            .or(unknown_part("missiles_launched", "missiles_intercepted"))
            .or(all_launched.clone().is_null()),
    )
    .then(null_of(DataType::UInt32))
    .otherwise(sum_counts(&[
        taking_part("drones_launched", "drones_intercepted"),
        taking_part("missiles_launched", "missiles_intercepted"),
    ]));
    let all = weapon(
        2,
        WEAPONS[2],
        all_launched,
        sum_qualifier(&[
            c("drones_launched_qualifier"),
            c("missiles_launched_qualifier"),
        ]),
        all_intercepted.clone(),
        when(all_intercepted.is_null())
            .then(null_of(DataType::String))
            .otherwise(sum_qualifier(&[
                taking_part("drones_launched", "drones_intercepted_qualifier"),
                taking_part("missiles_launched", "missiles_intercepted_qualifier"),
            ])),
    );

    let mut df = concat([drones, missiles, all], UnionArgs::default())?
        .sort(
            ["attack_idx", "weapon_idx"],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .with_column(ratio(col("intercepted"), col("launched")).alias("rate"))
        .with_column(
            rate_quality(
                col("rate"),
                col("launched_qualifier"),
                col("intercepted_qualifier"),
            )
            .alias("rate_quality"),
        )
        .select([
            col("attack"),
            col("event_date"),
            col("attacker"),
            col("weapon"),
            col("launched"),
            col("launched_qualifier"),
            col("intercepted"),
            col("intercepted_qualifier"),
            col("rate"),
            col("rate_quality"),
        ])
        .collect()?;
    let labels = {
        let l = label_column(
            "l",
            df.column("launched")?,
            df.column("launched_qualifier")?,
        )?;
        let i = label_column(
            "i",
            df.column("intercepted")?,
            df.column("intercepted_qualifier")?,
        )?;
        let v: Vec<Option<String>> = i
            .str()?
            .iter()
            .zip(l.str()?.iter())
            .map(|(i, l)| match (i, l) {
                (None, None) => None,
                (i, l) => Some(format!("{}/{}", i.unwrap_or("?"), l.unwrap_or("?"))),
            })
            .collect();
        Column::new("label".into(), v)
    };
    df.with_column(labels)?;
    Ok(df)
}

/// Overall interception rate per weapon, weighted by the number launched: `sum(intercepted) /
/// sum(launched)` over the attacks whose rate is known (both figures, launched > 0).
///
/// One row per weapon of [`WEAPONS`], always: `weapon`, `attacks` (UInt32, how many attacks
/// count), `launched`, `intercepted` (UInt64, null when no attack counts), `rate` (Float64, null
/// when no attack counts), `rate_quality` (exact if every rate is; `upper_bound` or
/// `lower_bound` if all inexact rates lean the same way; else `approximate`), `label`
/// (`"intercepted/launched"`).
pub fn overall_rates(rates: &DataFrame) -> Result<DataFrame> {
    let weapons = DataFrame::new(
        WEAPONS.len(),
        vec![
            Column::new("weapon".into(), WEAPONS.to_vec()),
            Column::new("weapon_idx".into(), [0u32, 1, 2].to_vec()),
        ],
    )?;
    let any = |s: &str| col("rate_quality").eq(lit(s)).any(true);
    let summed = rates
        .clone()
        .lazy()
        .filter(col("rate").is_not_null())
        .group_by([col("weapon")])
        .agg([
            len().cast(DataType::UInt32).alias("attacks"),
            col("launched")
                .cast(DataType::UInt64)
                .sum()
                .alias("launched"),
            col("intercepted")
                .cast(DataType::UInt64)
                .sum()
                .alias("intercepted"),
            when(any("approximate").or(any("upper_bound").and(any("lower_bound"))))
                .then(lit("approximate"))
                .when(any("upper_bound"))
                .then(lit("upper_bound"))
                .when(any("lower_bound"))
                .then(lit("lower_bound"))
                .otherwise(lit(EXACT))
                .alias("rate_quality"),
        ]);
    let df = weapons
        .lazy()
        .left_join(summed, col("weapon"), col("weapon"))
        .sort(["weapon_idx"], SortMultipleOptions::default())
        .select([
            col("weapon"),
            col("attacks").fill_null(lit(0u32)),
            col("launched"),
            col("intercepted"),
            when(col("launched").gt(lit(0u64)))
                .then(
                    col("intercepted").cast(DataType::Float64)
                        / col("launched").cast(DataType::Float64),
                )
                .otherwise(null_of(DataType::Float64))
                .alias("rate"),
            col("rate_quality"),
            when(col("launched").is_null())
                .then(null_of(DataType::String))
                .otherwise(
                    // "≈583/620": the totals include qualified figures, so the label says so.
                    when(col("rate_quality").eq(lit("exact")))
                        .then(lit(""))
                        .otherwise(lit("≈"))
                        + col("intercepted").cast(DataType::String)
                        + lit("/")
                        + col("launched").cast(DataType::String),
                )
                .alias("label"),
        ])
        .collect()?;
    Ok(df)
}

/// Attack sizes over time, per attacker, in date order: one row per dated attack with a drone or
/// a missile figure.
///
/// Columns: `event_date`, `attacker`, `attack`, `drones`, `drones_qualifier`, `missiles`,
/// `missiles_qualifier`, `total` (drones + missiles, a missing part counting as 0),
/// `total_qualifier` (how the parts' qualifiers combine: exact, `more_than`/`at_least` when a
/// part is a lower bound, `up_to`, `about`), `rolling_mean` (Float64: the mean total of this
/// attack and the `k - 1` before it by the same attacker; null until there are `k`),
/// `record` (the largest total so far), `is_record` (true on the attacks that set a new record,
/// the first attack included; a tie is not a record).
///
/// A bound counts as its number ("more than 800" is 800). `k` must be at least 1.
pub fn trend(attacks: &DataFrame, k: usize) -> Result<DataFrame> {
    if k == 0 {
        return Err(Error::InvalidArgument {
            what: "trend window k".into(),
            message: "must be at least 1 (the number of attacks the rolling mean spans)".into(),
        });
    }
    // A window longer than the frame gives the same (all null) means; clamping keeps polars'
    // window arithmetic far from overflow.
    let k = k.min(attacks.height() + 1);
    let total = sum_counts(&[col("drones"), col("missiles")]);
    let previous_record = col("record").shift(lit(1)).over([col("attacker")])?;
    let df = attacks
        .clone()
        .lazy()
        .select([
            col("event_date"),
            col("attacker"),
            col("attack"),
            col("drones_launched").alias("drones"),
            col("drones_launched_qualifier").alias("drones_qualifier"),
            col("missiles_launched").alias("missiles"),
            col("missiles_launched_qualifier").alias("missiles_qualifier"),
        ])
        .filter(
            col("event_date").is_not_null().and(
                col("drones")
                    .is_not_null()
                    .or(col("missiles").is_not_null()),
            ),
        )
        .with_columns([
            total.alias("total"),
            sum_qualifier(&[col("drones_qualifier"), col("missiles_qualifier")])
                .alias("total_qualifier"),
        ])
        .sort(
            ["attacker", "event_date"],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .with_columns([
            col("total")
                .cast(DataType::Float64)
                .rolling_mean(RollingOptionsFixedWindow {
                    window_size: k,
                    min_periods: k,
                    ..Default::default()
                })
                .over([col("attacker")])?
                .alias("rolling_mean"),
            col("total")
                .cum_max(false)
                .over([col("attacker")])?
                .alias("record"),
        ])
        .with_column(
            previous_record
                .clone()
                .is_null()
                .or(col("total").gt(previous_record))
                .alias("is_record"),
        )
        .sort(
            ["event_date", "attacker"],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .collect()?;
    Ok(df)
}

/// A sum that is null, not 0, when every value is null.
fn sum_or_null(e: Expr) -> Expr {
    when(e.clone().count().gt(lit(0)))
        .then(e.cast(DataType::UInt64).sum())
        .otherwise(null_of(DataType::UInt64))
}

/// Per attacker and month, over the dated attacks: `attacker`, `month` (Date, the 1st),
/// `attacks` (UInt32), `drones`, `missiles`, `total`, `killed`, `injured` (UInt64 sums; null
/// when no attack of the month has the figure), `largest` (the largest total), `mean_total`
/// (Float64), `articles` (UInt32: distinct sources). Sorted by attacker, month.
pub fn monthly(attacks: &DataFrame) -> Result<DataFrame> {
    let df = attacks
        .clone()
        .lazy()
        .filter(col("event_date").is_not_null())
        .with_columns([
            col("event_date").dt().truncate(lit("1mo")).alias("month"),
            sum_counts(&[col("drones_launched"), col("missiles_launched")]).alias("total"),
        ])
        .group_by([col("attacker"), col("month")])
        .agg([
            len().cast(DataType::UInt32).alias("attacks"),
            sum_or_null(col("drones_launched")).alias("drones"),
            sum_or_null(col("missiles_launched")).alias("missiles"),
            sum_or_null(col("total")).alias("total"),
            sum_or_null(col("killed")).alias("killed"),
            sum_or_null(col("injured")).alias("injured"),
            col("total").max().alias("largest"),
            col("total")
                .cast(DataType::Float64)
                .mean()
                .alias("mean_total"),
            col("sources")
                .explode(ExplodeOptions {
                    empty_as_null: false,
                    keep_nulls: false,
                })
                .n_unique()
                .cast(DataType::UInt32)
                .alias("articles"),
        ])
        .sort(
            ["attacker", "month"],
            SortMultipleOptions::default().with_maintain_order(true),
        )
        .collect()?;
    Ok(df)
}

/// A compact view of [`attacks`] for printing: `attack`, `n_sources`, the label of each count
/// field (drones, intercepted, missiles, intercepted, killed, injured, hits) and
/// `disputed_fields`.
pub fn summary(attacks: &DataFrame) -> Result<DataFrame> {
    let mut exprs = vec![col("attack"), col("n_sources").alias("sources")];
    for field in Field::EVENT {
        let f = field.as_str();
        exprs.push(col(label(f)).alias(f));
    }
    exprs.push(col("disputed_fields").alias("disputed"));
    Ok(attacks.clone().lazy().select(exprs).collect()?)
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::events_frame;
    use crate::extract::{Count, Event, Side};
    use chrono::NaiveDate;

    fn day(d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, 9, d)
    }

    fn count(value: u32, q: Qualifier) -> Option<Count> {
        Some(Count {
            value,
            qualifier: q,
        })
    }

    fn exact(value: u32) -> Option<Count> {
        Some(Count::exact(value))
    }

    fn u32_at(df: &DataFrame, name: &str, row: usize) -> Option<u32> {
        df.column(name).unwrap().u32().unwrap().get(row)
    }

    fn f64_at(df: &DataFrame, name: &str, row: usize) -> Option<f64> {
        df.column(name).unwrap().f64().unwrap().get(row)
    }

    fn str_at(df: &DataFrame, name: &str, row: usize) -> Option<String> {
        df.column(name)
            .unwrap()
            .str()
            .unwrap()
            .get(row)
            .map(str::to_string)
    }

    fn list_at(df: &DataFrame, name: &str, row: usize) -> Vec<String> {
        let s = df.column(name).unwrap().list().unwrap().get_as_series(row);
        s.map(|s| {
            s.str()
                .unwrap()
                .iter()
                .map(|x| x.unwrap_or("<null>").to_string())
                .collect()
        })
        .unwrap_or_default()
    }

    /// The row of `rates` for one attack and weapon.
    fn rate_row(rates: &DataFrame, attack: &str, weapon: &str) -> usize {
        (0..rates.height())
            .find(|&i| {
                str_at(rates, "attack", i).as_deref() == Some(attack)
                    && str_at(rates, "weapon", i).as_deref() == Some(weapon)
            })
            .unwrap_or_else(|| panic!("no rate row for {attack} {weapon}:\n{rates}"))
    }

    #[test]
    fn rates_use_qualifiers_and_stay_null_when_a_figure_is_missing() {
        let mut e = Event::empty("a", day(7), Side::Russia);
        e.drones_launched = count(580, Qualifier::About);
        e.drones_intercepted = exact(552);
        e.missiles_launched = exact(40);
        e.missiles_intercepted = exact(31);
        let mut f = Event::empty("b", day(8), Side::Russia);
        f.drones_launched = count(650, Qualifier::MoreThan);
        f.drones_intercepted = exact(600);
        f.missiles_launched = exact(13); // intercepted not reported
        let rates = rates(&attacks(&events_frame(&[e, f]).unwrap()).unwrap()).unwrap();
        assert_eq!(rates.height(), 6, "{rates}");

        let r = rate_row(&rates, "2025-09-07 russia", "drones");
        assert!((f64_at(&rates, "rate", r).unwrap() - 552.0 / 580.0).abs() < 1e-9);
        assert!((f64_at(&rates, "rate", r).unwrap() - 0.952).abs() < 1e-3);
        assert_eq!(
            str_at(&rates, "rate_quality", r).as_deref(),
            Some("approximate")
        );
        assert_eq!(str_at(&rates, "label", r).as_deref(), Some("552/~580"));

        let r = rate_row(&rates, "2025-09-07 russia", "missiles");
        assert_eq!(f64_at(&rates, "rate", r), Some(0.775));
        assert_eq!(str_at(&rates, "rate_quality", r).as_deref(), Some("exact"));
        assert_eq!(str_at(&rates, "label", r).as_deref(), Some("31/40"));

        let r = rate_row(&rates, "2025-09-07 russia", "all");
        assert_eq!(u32_at(&rates, "launched", r), Some(620));
        assert_eq!(u32_at(&rates, "intercepted", r), Some(583));
        assert_eq!(
            str_at(&rates, "launched_qualifier", r).as_deref(),
            Some("about")
        );
        assert_eq!(
            str_at(&rates, "rate_quality", r).as_deref(),
            Some("approximate")
        );

        let r = rate_row(&rates, "2025-09-08 russia", "drones");
        assert_eq!(
            str_at(&rates, "rate_quality", r).as_deref(),
            Some("upper_bound")
        );
        assert_eq!(str_at(&rates, "label", r).as_deref(), Some("600/650+"));

        // Missiles launched but interception not reported: null rate, not 0, and `all` unknown.
        for weapon in ["missiles", "all"] {
            let r = rate_row(&rates, "2025-09-08 russia", weapon);
            assert_eq!(f64_at(&rates, "rate", r), None, "{weapon}: {rates}");
            assert_eq!(str_at(&rates, "rate_quality", r), None);
            assert_eq!(u32_at(&rates, "intercepted", r), None);
        }
        let r = rate_row(&rates, "2025-09-08 russia", "missiles");
        assert_eq!(str_at(&rates, "label", r).as_deref(), Some("?/13"));
        let rate = rates.column("rate").unwrap().f64().unwrap();
        assert!(rate.iter().flatten().all(|r| r.is_finite() && r > 0.0));
    }

    #[test]
    fn rates_of_zero_launched_or_nothing_reported_are_null() {
        let mut e = Event::empty("a", day(7), Side::Russia);
        e.drones_launched = exact(0);
        e.drones_intercepted = exact(0);
        e.killed = exact(2);
        let rates = rates(&attacks(&events_frame(&[e]).unwrap()).unwrap()).unwrap();
        for weapon in WEAPONS {
            let r = rate_row(&rates, "2025-09-07 russia", weapon);
            assert_eq!(f64_at(&rates, "rate", r), None, "{rates}");
        }
        let r = rate_row(&rates, "2025-09-07 russia", "missiles");
        assert_eq!(str_at(&rates, "label", r), None);
    }

    #[test]
    fn overall_rate_is_weighted_by_launched_over_attacks_with_both_figures() {
        let mut a = Event::empty("a", day(7), Side::Russia);
        a.drones_launched = exact(100);
        a.drones_intercepted = exact(90);
        let mut b = Event::empty("b", day(8), Side::Russia);
        b.drones_launched = exact(300);
        b.drones_intercepted = exact(210);
        let mut c = Event::empty("c", day(9), Side::Russia);
        c.drones_launched = exact(1000); // no interception figure: left out
        let rates = rates(&attacks(&events_frame(&[a, b, c]).unwrap()).unwrap()).unwrap();
        let overall = overall_rates(&rates).unwrap();
        assert_eq!(overall.height(), 3, "{overall}");
        assert_eq!(str_at(&overall, "weapon", 0).as_deref(), Some("drones"));
        assert_eq!(
            overall.column("attacks").unwrap().u32().unwrap().get(0),
            Some(2)
        );
        assert_eq!(f64_at(&overall, "rate", 0), Some(300.0 / 400.0));
        assert_eq!(str_at(&overall, "label", 0).as_deref(), Some("300/400"));
        assert_eq!(
            str_at(&overall, "rate_quality", 0).as_deref(),
            Some("exact")
        );
        // No missile figures at all: a row with a null rate, not 0.
        assert_eq!(str_at(&overall, "weapon", 1).as_deref(), Some("missiles"));
        assert_eq!(f64_at(&overall, "rate", 1), None);
        assert_eq!(
            overall.column("attacks").unwrap().u32().unwrap().get(1),
            Some(0)
        );
    }

    #[test]
    fn reconciliation_prefers_exact_keeps_lowest_and_marks_disputes() {
        let mut a = Event::empty("a", day(7), Side::Russia);
        a.drones_launched = count(800, Qualifier::MoreThan);
        a.missiles_launched = exact(13);
        a.killed = count(3, Qualifier::AtLeast);
        a.locations = vec!["Kyiv".into()];
        let mut b = Event::empty("b", day(7), Side::Russia);
        b.drones_launched = exact(810);
        b.missiles_launched = exact(15);
        b.locations = vec!["Kyiv".into(), "Lviv".into()];
        b.reported_by = Some("Ukrainian Air Force; Kyiv city administration".into());
        a.reported_by = Some("Ukrainian Air Force".into());
        let mut c = Event::empty("c", day(7), Side::Russia);
        c.drones_launched = exact(805);
        // Another attacker on the same day is another attack.
        let mut d = Event::empty("d", day(7), Side::Ukraine);
        d.drones_launched = exact(120);

        let attacks = attacks(&events_frame(&[a, b, c, d]).unwrap()).unwrap();
        assert_eq!(attacks.height(), 2, "{attacks}");
        assert_eq!(
            str_at(&attacks, "attack", 0).as_deref(),
            Some("2025-09-07 russia")
        );
        assert_eq!(list_at(&attacks, "sources", 0), ["a", "b", "c"]);
        assert_eq!(u32_at(&attacks, "n_sources", 0), Some(3));
        // Exact beats "more than 800"; 805 and 810 disagree: the lowest is kept.
        assert_eq!(u32_at(&attacks, "drones_launched", 0), Some(805));
        assert_eq!(
            str_at(&attacks, "drones_launched_qualifier", 0).as_deref(),
            Some("exact")
        );
        assert_eq!(
            list_at(&attacks, "drones_launched_reported", 0),
            ["800+", "810", "805"]
        );
        assert_eq!(u32_at(&attacks, "missiles_launched", 0), Some(13));
        assert_eq!(
            list_at(&attacks, "missiles_launched_reported", 0),
            ["13", "15"]
        );
        assert_eq!(
            attacks.column("disputed").unwrap().bool().unwrap().get(0),
            Some(true)
        );
        assert_eq!(
            str_at(&attacks, "disputed_fields", 0).as_deref(),
            Some("drones_launched, missiles_launched")
        );
        // The only killed figure is qualified: it is kept with its qualifier.
        assert_eq!(str_at(&attacks, "killed_label", 0).as_deref(), Some("≥3"));
        assert_eq!(list_at(&attacks, "locations", 0), ["Kyiv", "Lviv"]);
        assert_eq!(
            list_at(&attacks, "reported_by", 0),
            ["Ukrainian Air Force", "Kyiv city administration"]
        );
        // No place or reporter named: an empty list, not null.
        assert_eq!(attacks.column("locations").unwrap().null_count(), 0);
        assert_eq!(attacks.column("reported_by").unwrap().null_count(), 0);

        assert_eq!(
            str_at(&attacks, "attack", 1).as_deref(),
            Some("2025-09-07 ukraine")
        );
        assert_eq!(
            attacks.column("disputed").unwrap().bool().unwrap().get(1),
            Some(false)
        );
        assert_eq!(str_at(&attacks, "disputed_fields", 1), None);
    }

    #[test]
    fn qualified_only_figures_prefer_estimates_then_the_tightest_bound() {
        let mut a = Event::empty("a", day(7), Side::Russia);
        a.drones_launched = count(800, Qualifier::MoreThan);
        a.injured = count(50, Qualifier::UpTo);
        let mut b = Event::empty("b", day(7), Side::Russia);
        b.drones_launched = count(810, Qualifier::AtLeast);
        b.injured = count(40, Qualifier::UpTo);
        let mut c = Event::empty("c", day(7), Side::Russia);
        c.killed = count(20, Qualifier::About);
        c.injured = count(45, Qualifier::About);
        let attacks = attacks(&events_frame(&[a, b, c]).unwrap()).unwrap();
        assert_eq!(
            str_at(&attacks, "drones_launched_label", 0).as_deref(),
            Some("≥810")
        );
        assert_eq!(str_at(&attacks, "injured_label", 0).as_deref(), Some("~45"));
        assert_eq!(str_at(&attacks, "killed_label", 0).as_deref(), Some("~20"));
        assert_eq!(str_at(&attacks, "disputed_fields", 0), None);
    }

    #[test]
    fn undated_rows_stay_separate_and_are_reported() {
        let mut a = Event::empty("a", None, Side::Russia);
        a.drones_launched = exact(50);
        let mut b = Event::empty("b", None, Side::Russia);
        b.drones_launched = exact(60);
        let mut c = Event::empty("c", day(7), Side::Russia);
        c.drones_launched = exact(70);
        let events = events_frame(&[a, b, c]).unwrap();
        let (report, warnings) = Report::from_events(events, 3).unwrap();
        let attacks = &report.attacks;
        assert_eq!(attacks.height(), 3, "{attacks}");
        assert_eq!(
            str_at(attacks, "attack", 0).as_deref(),
            Some("2025-09-07 russia")
        );
        assert_eq!(
            str_at(attacks, "attack", 1).as_deref(),
            Some("undated russia (a)")
        );
        assert_eq!(
            str_at(attacks, "attack", 2).as_deref(),
            Some("undated russia (b)")
        );
        assert_eq!(u32_at(attacks, "drones_launched", 1), Some(50));
        assert_eq!(u32_at(attacks, "drones_launched", 2), Some(60));
        let undated: Vec<_> = warnings
            .iter()
            .filter(|w| w.message.contains("no date"))
            .collect();
        assert_eq!(undated.len(), 2, "{warnings:?}");
        assert_eq!(undated[0].article.as_deref(), Some("a"));
        // The trend is over dated attacks only.
        assert_eq!(report.trend.height(), 1);
    }

    #[test]
    fn disputes_and_impossible_rates_are_warnings() {
        let mut a = Event::empty("a", day(7), Side::Russia);
        a.killed = exact(3);
        a.drones_launched = exact(10);
        a.drones_intercepted = exact(12);
        let mut b = Event::empty("b", day(7), Side::Russia);
        b.killed = exact(5);
        let (_, warnings) = Report::from_events(events_frame(&[a, b]).unwrap(), 2).unwrap();
        let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(
            text.iter()
                .any(|w| w.contains("killed (3, 5)") && w.contains("3, is kept")),
            "{text:?}"
        );
        assert!(text.iter().any(|w| w.contains("above 100%")), "{text:?}");
    }

    #[test]
    fn trend_has_rolling_mean_and_records() {
        let sizes = [
            (1, 100, Some(10)),
            (3, 80, None),
            (4, 200, Some(5)),
            (8, 150, Some(1)),
        ];
        let events: Vec<Event> = sizes
            .iter()
            .map(|&(d, drones, missiles)| {
                let mut e = Event::empty(&format!("a{d}"), day(d), Side::Russia);
                e.drones_launched = exact(drones);
                e.missiles_launched = missiles.and_then(exact);
                e
            })
            .collect();
        let attacks = attacks(&events_frame(&events).unwrap()).unwrap();
        let t = trend(&attacks, 2).unwrap();
        assert_eq!(t.height(), 4, "{t}");
        let totals: Vec<_> = t.column("total").unwrap().u32().unwrap().iter().collect();
        assert_eq!(totals, [Some(110), Some(80), Some(205), Some(151)]);
        let means: Vec<_> = t
            .column("rolling_mean")
            .unwrap()
            .f64()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(means, [None, Some(95.0), Some(142.5), Some(178.0)]);
        let records: Vec<_> = t
            .column("is_record")
            .unwrap()
            .bool()
            .unwrap()
            .iter()
            .collect();
        assert_eq!(records, [Some(true), Some(false), Some(true), Some(false)]);
        let record: Vec<_> = t.column("record").unwrap().u32().unwrap().iter().collect();
        assert_eq!(record, [Some(110), Some(110), Some(205), Some(205)]);
        assert!(trend(&attacks, 0).is_err());
        let huge = trend(&attacks, usize::MAX).unwrap();
        assert_eq!(huge.column("rolling_mean").unwrap().null_count(), 4);

        let m = monthly(&attacks).unwrap();
        assert_eq!(m.height(), 1, "{m}");
        assert_eq!(m.column("attacks").unwrap().u32().unwrap().get(0), Some(4));
        assert_eq!(m.column("total").unwrap().u64().unwrap().get(0), Some(546));
        assert_eq!(
            m.column("largest").unwrap().u32().unwrap().get(0),
            Some(205)
        );
        // No casualty figure in the month: null, not 0.
        assert_eq!(m.column("killed").unwrap().u64().unwrap().get(0), None);
    }

    #[test]
    fn empty_and_all_null_frames_give_empty_results() {
        let (report, warnings) = Report::from_events(events_frame(&[]).unwrap(), 0).unwrap();
        assert!(warnings.is_empty());
        assert_eq!(report.attacks.height(), 0);
        assert_eq!(report.rates.height(), 0);
        assert_eq!(report.trend.height(), 0);
        assert_eq!(report.monthly.height(), 0);
        assert_eq!(report.overall.height(), 3);
        assert!(summary(&report.attacks).is_ok());

        // A hand-written frame with all-null (untyped) columns and most columns missing.
        let none: [Option<i32>; 2] = [None, None];
        let events = df!(
            "article" => ["x", "y"],
            "event_date" => none,
            "attacker" => ["russia", "russia"],
            "drones_launched" => none,
        )
        .unwrap();
        let (report, warnings) = Report::from_events(events, 2).unwrap();
        assert_eq!(report.attacks.height(), 2);
        assert_eq!(warnings.len(), 2);
        let rate = report.rates.column("rate").unwrap();
        assert_eq!(rate.null_count(), rate.len());
    }
}
