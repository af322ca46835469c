//! Interception rates per attack and weapon, and overall rates weighted by the number launched.

use super::*;

/// How the qualifiers of a sum combine: exact + exact is exact; exact and lower bounds give a
/// lower bound (`more_than` if any part is one); exact and upper bounds give `up_to`; anything
/// else is `about`. A null part is absent; all null gives null.
pub(super) fn sum_qualifier(parts: &[Expr]) -> Expr {
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
pub(super) fn sum_counts(parts: &[Expr]) -> Expr {
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
