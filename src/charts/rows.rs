//! Per-attack horizontal bar charts: interception rates, casualties.
//!
//! Each attack is a group of rows (one per weapon, or killed and injured), latest attacks at
//! the bottom; a missing figure is a row that says "not reported", never a silent gap.

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::axis::{numeric_ticks, thousands};
use super::text::{put, register_fonts, width};
use super::{
    attackers, capitalised, chart_err, date_range, dates, day_label, f64s, frame, lists, no_data,
    plural, strs, u32s, Header, Swatch, AXIS, AXIS_DESC, DRONES, DRONES_TEXT, GRID, INJURED,
    INJURED_TEXT, KILLED, KILLED_TEXT, LABEL, LABEL_BOLD, MARGIN, MAX_ATTACK_ROWS, MISSILES,
    MISSILES_TEXT, MUTED, TEXT, TICK,
};
use crate::analysis::{value_label, Report};
use crate::error::Result;

/// Pixels per row.
const ROW_PX: f64 = 25.0;
/// Space between two attacks, in rows.
const GROUP_GAP: f64 = 0.5;
/// Half the thickness of a bar, in rows.
const HALF_BAR: f64 = 0.36;

/// Height in pixels of a per-attack chart with `groups` attacks of `per_group` rows each.
pub(super) fn height(groups: usize, per_group: usize) -> u32 {
    let units = units(groups.max(1), per_group);
    (260.0 + units * ROW_PX).round().max(400.0) as u32
}

fn units(groups: usize, per_group: usize) -> f64 {
    if groups == 0 {
        return 1.0;
    }
    groups as f64 * per_group as f64 + (groups as f64 - 1.0) * GROUP_GAP
}

/// One bar.
struct Item {
    /// Index into the chart's series.
    series: usize,
    /// The bar's length; `None` draws no bar, only the text.
    value: Option<f64>,
    /// A tinted bar (an approximate value or a bound).
    light: bool,
    /// The text by the bar, or why there is none.
    text: String,
}

/// One attack.
struct Group {
    name: String,
    items: Vec<Item>,
}

struct Series {
    name: &'static str,
    color: RGBColor,
    text: RGBColor,
}

#[derive(Clone, Copy)]
enum Scale {
    /// 0..1 shown as percentages; labels inside long bars.
    Percent,
    /// Counts; labels after the bar.
    Count,
}

/// The rows of `report.attacks` to show, in order, with display names: at most
/// [`MAX_ATTACK_ROWS`], the latest dated attacks first in line, then undated ones if there is
/// room. Also returns how many were left out.
fn shown_attacks(report: &Report) -> Result<(Vec<(usize, String)>, usize)> {
    let a = &report.attacks;
    let date = dates(a, "event_date")?;
    let attacker = strs(a, "attacker")?;
    let sources = lists(a, "sources")?;
    let several = attackers(a).len() > 1;
    let dated: Vec<usize> = (0..a.height()).filter(|&i| date[i].is_some()).collect();
    let undated: Vec<usize> = (0..a.height()).filter(|&i| date[i].is_none()).collect();
    let keep_dated = dated.len().min(MAX_ATTACK_ROWS);
    let keep_undated = undated.len().min(MAX_ATTACK_ROWS - keep_dated);
    let shown: Vec<(usize, String)> = dated[dated.len() - keep_dated..]
        .iter()
        .chain(&undated[..keep_undated])
        .map(|&i| {
            let by = attacker[i].as_deref().map(capitalised).unwrap_or_default();
            let when = match date[i] {
                Some(d) => day_label(d),
                None => {
                    let article = sources[i].first().cloned().unwrap_or_default();
                    let short: String = article.chars().take(14).collect();
                    let more = if article.chars().count() > 14 {
                        "…"
                    } else {
                        ""
                    };
                    format!("undated ({short}{more})")
                }
            };
            let name = if several {
                format!("{when} · {by}")
            } else {
                when
            };
            (i, name)
        })
        .collect();
    let left_out = a.height() - shown.len();
    Ok((shown, left_out))
}

/// "7 attacks reported in 5 articles · 6 Sep – 6 Dec 2025".
fn subtitle(report: &Report) -> Result<String> {
    let date: Vec<NaiveDate> = dates(&report.attacks, "event_date")?
        .into_iter()
        .flatten()
        .collect();
    let mut s = format!(
        "{} reported in {}",
        plural(report.attacks.height(), "attack", "attacks"),
        plural(report.n_articles, "article", "articles")
    );
    if let (Some(first), Some(last)) = (date.iter().min(), date.iter().max()) {
        s.push_str(" · ");
        s.push_str(&date_range(*first, *last));
    }
    Ok(s)
}

fn left_out_note(report: &Report, shown: usize, left_out: usize) -> Option<String> {
    (left_out > 0).then(|| {
        format!(
            "Showing {shown} of {}: the latest dated ones{}.",
            plural(report.attacks.height(), "attack", "attacks"),
            if shown < MAX_ATTACK_ROWS {
                ""
            } else {
                ", then undated ones"
            }
        )
    })
}

fn chart<DB: DrawingBackend>(
    body: &DrawingArea<DB, Shift>,
    groups: &[Group],
    series: &[Series],
    scale: Scale,
    x_title: &str,
) -> Result<()> {
    let per_group = groups
        .iter()
        .map(|g| g.items.len())
        .max()
        .unwrap_or(1)
        .max(1);
    let units = units(groups.len(), per_group);
    let name_w = groups
        .iter()
        .map(|g| width(&g.name, LABEL_BOLD))
        .max()
        .unwrap_or(0);
    let series_w = series
        .iter()
        .map(|s| width(s.name, LABEL))
        .max()
        .unwrap_or(0);
    let y_label_area = name_w + series_w + 28;
    let max_value = groups
        .iter()
        .flat_map(|g| &g.items)
        .filter_map(|i| i.value)
        .filter(|v| v.is_finite())
        .fold(0.0, f64::max);
    let x_max = match scale {
        Scale::Percent => max_value.max(1.0),
        Scale::Count => (max_value * 1.25).max(10.0),
    };
    let n_ticks = match scale {
        Scale::Percent => 11,
        Scale::Count => 8,
    };
    let mut chart = ChartBuilder::on(body)
        .margin_top(6)
        .margin_right(36)
        .margin_left(MARGIN)
        .margin_bottom(4)
        .x_label_area_size(56)
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(0f64..x_max, 0f64..units)
        .map_err(chart_err)?;
    let no_label = |_: &f64| String::new();
    chart
        .configure_mesh()
        .disable_y_mesh()
        .disable_y_axis()
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(AXIS.stroke_width(1))
        .x_labels(n_ticks)
        .x_label_formatter(&no_label)
        .draw()
        .map_err(chart_err)?;

    let plot = chart.plotting_area().strip_coord_spec();
    let base = plot.get_base_pixel();
    let body_base = body.get_base_pixel();
    let (plot_w, plot_h) = plot.dim_in_pixel();
    let to_px = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base.0, py - base.1)
    };
    let (left, top) = (base.0 - body_base.0, base.1 - body_base.1);
    let bottom = top + plot_h as i32;
    for t in numeric_ticks(x_max, n_ticks) {
        let (px, _) = to_px(t, 0.0);
        let label = match scale {
            Scale::Percent => format!("{:.0}%", t * 100.0),
            Scale::Count => thousands(t.max(0.0).round() as u64),
        };
        put(
            body,
            &label,
            TICK,
            &TEXT,
            (HPos::Center, VPos::Top),
            (left + px, bottom + 10),
        )?;
    }
    put(
        body,
        x_title,
        AXIS_DESC,
        &TEXT,
        (HPos::Center, VPos::Top),
        (left + plot_w as i32 / 2, bottom + 34),
    )?;

    let area = chart.plotting_area();
    let mut row_top = units;
    for g in groups {
        for (k, item) in g.items.iter().enumerate() {
            let yc = row_top - k as f64 - 0.5;
            let s = &series[item.series.min(series.len() - 1)];
            let (_, py) = to_px(0.0, yc);
            // The attack on its first row, the series on every row, left of the plot.
            if k == 0 {
                put(
                    body,
                    &g.name,
                    LABEL_BOLD,
                    &TEXT,
                    (HPos::Left, VPos::Center),
                    (MARGIN, top + py),
                )?;
            }
            put(
                body,
                s.name,
                LABEL,
                &MUTED,
                (HPos::Right, VPos::Center),
                (left - 8, top + py),
            )?;
            let tw = width(&item.text, LABEL);
            let Some(v) = item.value.filter(|v| v.is_finite()) else {
                put(
                    &plot,
                    &item.text,
                    LABEL,
                    &MUTED,
                    (HPos::Left, VPos::Center),
                    (6, py),
                )?;
                continue;
            };
            let rect = [(0.0, yc - HALF_BAR), (v.max(0.0), yc + HALF_BAR)];
            if item.light {
                area.draw(&Rectangle::new(rect, s.color.mix(0.45).filled()))
                    .and_then(|_| area.draw(&Rectangle::new(rect, s.color.stroke_width(1))))
                    .map_err(chart_err)?;
            } else {
                area.draw(&Rectangle::new(rect, s.color.filled()))
                    .map_err(chart_err)?;
            }
            let (end, _) = to_px(v.max(0.0), yc);
            let inside = matches!(scale, Scale::Percent) && end > tw + 18;
            if inside {
                let color = if item.light { TEXT } else { WHITE };
                put(
                    &plot,
                    &item.text,
                    LABEL,
                    &color,
                    (HPos::Right, VPos::Center),
                    (end - 7, py),
                )?;
            } else {
                let x = (end + 6).min(plot_w as i32 - tw - 2).max(2);
                put(
                    &plot,
                    &item.text,
                    LABEL,
                    &s.text,
                    (HPos::Left, VPos::Center),
                    (x, py),
                )?;
            }
        }
        row_top -= per_group as f64 + GROUP_GAP;
    }
    Ok(())
}

/// The sign a rate quality puts before a percentage.
fn quality_mark(q: Option<&str>) -> &'static str {
    match q {
        Some("approximate") => "≈",
        Some("upper_bound") => "≤",
        Some("lower_bound") => "≥",
        _ => "",
    }
}

/// Per attack, the interception rate of drones and of missiles as a bar labelled "95.2%
/// 552/~580"; "≈", "≤" and "≥" mark approximate rates and bounds (tinted bars). An attack
/// without the figures says what is missing ("not reported", "interceptions not reported (91
/// launched)"). The legend gives the overall rates weighted by launched. At most
/// [`MAX_ATTACK_ROWS`] attacks; a "no data" message when there is none.
pub fn interception_rates<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<()> {
    register_fonts()?;
    let (shown, left_out) = shown_attacks(report)?;
    let series = [
        Series {
            name: "drones",
            color: DRONES,
            text: DRONES_TEXT,
        },
        Series {
            name: "missiles",
            color: MISSILES,
            text: MISSILES_TEXT,
        },
    ];
    let o = &report.overall;
    let (o_weapon, o_rate, o_attacks, o_quality) = (
        strs(o, "weapon")?,
        f64s(o, "rate")?,
        u32s(o, "attacks")?,
        strs(o, "rate_quality")?,
    );
    let overall = |weapon: &str| -> String {
        let row = o_weapon.iter().position(|w| w.as_deref() == Some(weapon));
        match row.and_then(|i| o_rate[i].map(|r| (r, o_attacks[i].unwrap_or(0), &o_quality[i]))) {
            Some((r, n, q)) => format!(
                "{}{:.1}% overall ({})",
                quality_mark(q.as_deref()),
                r * 100.0,
                plural(n as usize, "attack", "attacks")
            ),
            None => "no overall rate".into(),
        }
    };
    let header = Header {
        title: "Interception rates per attack".into(),
        subtitle: format!(
            "{} · rate = intercepted / launched, as reported",
            subtitle(report)?
        ),
        legend: vec![
            (
                Swatch::Fill(DRONES),
                format!("Drones: {}", overall("drones")),
            ),
            (
                Swatch::Fill(MISSILES),
                format!("Missiles: {}", overall("missiles")),
            ),
            (Swatch::Light(AXIS), "Approximate, or a bound".into()),
        ],
    };
    let mut note = vec![
        "≈ approximate (an \u{201c}about\u{201d} figure) · ≤ upper bound (\u{201c}more than\u{201d} launched) · ≥ lower bound · overall rates are weighted by the number launched."
            .to_string(),
    ];
    note.extend(left_out_note(report, shown.len(), left_out));
    let body = frame(area, &header, &note)?;
    if shown.is_empty() {
        return no_data(&body, "No attacks to show");
    }
    let r = &report.rates;
    let (attack, weapon, rate, quality) = (
        strs(r, "attack")?,
        strs(r, "weapon")?,
        f64s(r, "rate")?,
        strs(r, "rate_quality")?,
    );
    let (launched, launched_q, intercepted, intercepted_q) = (
        u32s(r, "launched")?,
        strs(r, "launched_qualifier")?,
        u32s(r, "intercepted")?,
        strs(r, "intercepted_qualifier")?,
    );
    let ids = strs(&report.attacks, "attack")?;
    let groups: Vec<Group> = shown
        .iter()
        .map(|(i, name)| {
            let items = series
                .iter()
                .enumerate()
                .map(|(k, s)| {
                    let row = (0..r.height())
                        .find(|&j| attack[j] == ids[*i] && weapon[j].as_deref() == Some(s.name));
                    let Some(j) = row else {
                        return Item {
                            series: k,
                            value: None,
                            light: false,
                            text: "not reported".into(),
                        };
                    };
                    let l = launched[j].map(|v| value_label(v, launched_q[j].as_deref()));
                    let n = intercepted[j].map(|v| value_label(v, intercepted_q[j].as_deref()));
                    let text = match (rate[j], &n, &l) {
                        (Some(v), Some(n), Some(l)) => format!(
                            "{}{:.1}%  {n}/{l}",
                            quality_mark(quality[j].as_deref()),
                            v * 100.0
                        ),
                        (_, None, Some(l)) => format!("interceptions not reported ({l} launched)"),
                        (_, Some(n), None) => format!("launches not reported ({n} intercepted)"),
                        (_, Some(_), Some(_)) => "none launched".into(),
                        (_, None, None) => "not reported".into(),
                    };
                    Item {
                        series: k,
                        value: rate[j],
                        light: quality[j].as_deref().is_some_and(|q| q != "exact"),
                        text,
                    }
                })
                .collect();
            Group {
                name: name.clone(),
                items,
            }
        })
        .collect();
    chart(
        &body,
        &groups,
        &series,
        Scale::Percent,
        "Share of the launched drones or missiles intercepted",
    )
}

/// Per attack, people killed and injured as bars labelled with their qualifiers ("≥26", "~30"),
/// with every value when reports disagree; "not reported" where no article gives a figure. At
/// most [`MAX_ATTACK_ROWS`] attacks; a "no data" message when there is none.
pub fn casualties<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<()> {
    register_fonts()?;
    let (shown, left_out) = shown_attacks(report)?;
    let series = [
        Series {
            name: "killed",
            color: KILLED,
            text: KILLED_TEXT,
        },
        Series {
            name: "injured",
            color: INJURED,
            text: INJURED_TEXT,
        },
    ];
    let header = Header {
        title: "People killed and injured per attack".into(),
        subtitle: format!("{} · as reported", subtitle(report)?),
        legend: vec![
            (Swatch::Fill(KILLED), "Killed".into()),
            (Swatch::Fill(INJURED), "Injured".into()),
            (Swatch::Light(AXIS), "Not an exact figure".into()),
        ],
    };
    let mut note = vec![
        "26+ more than 26 · ≥ at least · ~ about · ≤ up to. Tolls often rise after the first reports; when exact figures differ the lowest is drawn."
            .to_string(),
    ];
    note.extend(left_out_note(report, shown.len(), left_out));
    let body = frame(area, &header, &note)?;
    if shown.is_empty() {
        return no_data(&body, "No attacks to show");
    }
    let a = &report.attacks;
    let disputed = strs(a, "disputed_fields")?;
    let fields = ["killed", "injured"];
    let mut columns = Vec::new();
    for f in fields {
        columns.push((
            u32s(a, f)?,
            strs(a, &format!("{f}_qualifier"))?,
            lists(a, &format!("{f}_reported"))?,
        ));
    }
    let groups: Vec<Group> = shown
        .iter()
        .map(|(i, name)| {
            let items = columns
                .iter()
                .zip(fields)
                .enumerate()
                .map(|(k, ((values, quals, reported), field))| {
                    let v = values[*i];
                    let q = quals[*i].as_deref();
                    let is_disputed = disputed[*i]
                        .as_deref()
                        .is_some_and(|d| d.split(", ").any(|f| f == field));
                    let text = match v {
                        Some(v) if is_disputed => format!(
                            "{} (reports: {})",
                            value_label(v, q),
                            reported[*i].join(", ")
                        ),
                        Some(v) => value_label(v, q),
                        None => "not reported".into(),
                    };
                    Item {
                        series: k,
                        value: v.map(f64::from),
                        light: v.is_some() && q.is_some_and(|q| q != "exact"),
                        text,
                    }
                })
                .collect();
            Group {
                name: name.clone(),
                items,
            }
        })
        .collect();
    chart(&body, &groups, &series, Scale::Count, "People")
}
