//! Attack sizes in date order (rolling mean, running record), per month, and a summary.

use super::rates::{sum_counts, sum_qualifier};
use super::*;

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
