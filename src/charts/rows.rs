//! Per-attack horizontal bar charts: interception rates, casualties.
//!
//! Each attack is a group of rows (one per weapon, or killed and injured), latest attacks at
//! the bottom; a missing figure is a row that says "not reported", never a silent gap.

use chrono::NaiveDate;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::axis::{numeric_ticks, thousands, PlotFrame};
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

/// Height in pixels that fits `groups`.
fn height_of(groups: &[Group]) -> u32 {
    (260.0 + units(groups).max(1.0) * ROW_PX).round().max(400.0) as u32
}

/// Rows plus the gaps between attacks.
fn units(groups: &[Group]) -> f64 {
    let rows: usize = groups.iter().map(|g| g.items.len().max(1)).sum();
    rows as f64 + groups.len().saturating_sub(1) as f64 * GROUP_GAP
}

/// The height [`super::Chart::size`] gives the interception-rates chart.
pub(super) fn rates_height(report: &Report) -> u32 {
    rate_groups(report).map_or(400, |g| height_of(&g.groups))
}

/// The height [`super::Chart::size`] gives the casualties chart.
pub(super) fn casualties_height(report: &Report) -> u32 {
    casualty_groups(report).map_or(400, |g| height_of(&g.groups))
}

/// One bar.
struct Item {
    /// Index into the chart's series; `None` for the one row of an attack without any figure.
    series: Option<usize>,
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

impl Group {
    /// An attack's rows, or one "not reported" row when none of them has a figure.
    fn of(name: String, items: Vec<Item>, any_figure: bool) -> Self {
        Group {
            name,
            items: if any_figure {
                items
            } else {
                nothing_reported()
            },
        }
    }
}

/// The attacks a chart shows.
struct Groups {
    groups: Vec<Group>,
    /// A note on the attacks left out, if any.
    left_out: Option<String>,
}

/// An attack without any figure: one row saying so.
fn nothing_reported() -> Vec<Item> {
    vec![Item {
        series: None,
        value: None,
        light: false,
        text: "not reported".into(),
    }]
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
/// room.
fn shown_attacks(report: &Report) -> Result<Vec<(usize, String)>> {
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
    Ok(shown)
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

fn left_out_note(report: &Report, shown: &[(usize, String)]) -> Result<Option<String>> {
    let total = report.attacks.height();
    if shown.len() == total {
        return Ok(None);
    }
    let date = dates(&report.attacks, "event_date")?;
    let undated_shown = shown.iter().any(|(i, _)| date[*i].is_none());
    Ok(Some(format!(
        "Showing {} of {}: the latest{}.",
        shown.len(),
        plural(total, "attack", "attacks"),
        if undated_shown {
            " dated ones, then undated ones"
        } else {
            " ones"
        }
    )))
}

fn chart<DB: DrawingBackend>(
    body: &DrawingArea<DB, Shift>,
    groups: &[Group],
    series: &[Series],
    scale: Scale,
    x_title: &str,
) -> Result<()> {
    let units = units(groups).max(1.0);
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

    let pf = PlotFrame::of(&chart, body);
    let plot = chart.plotting_area().strip_coord_spec();
    let (base, plot_w) = (pf.base, pf.width);
    let to_px = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base.0, py - base.1)
    };
    let (left, top, bottom) = (pf.left, pf.top, pf.bottom());
    let ticks: Vec<(f64, i32)> = numeric_ticks(x_max, n_ticks)
        .into_iter()
        .map(|t| (t, to_px(t, 0.0).0))
        .collect();
    x_axis_labels(body, &ticks, scale, (left, bottom, plot_w as i32), x_title)?;

    let area = chart.plotting_area();
    let mut row_top = units;
    for g in groups {
        for (k, item) in g.items.iter().enumerate() {
            let yc = row_top - k as f64 - 0.5;
            let s = item.series.and_then(|k| series.get(k));
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
            if let Some(s) = s {
                put(
                    body,
                    s.name,
                    LABEL,
                    &MUTED,
                    (HPos::Right, VPos::Center),
                    (left - 8, top + py),
                )?;
            }
            let tw = width(&item.text, LABEL);
            let (Some(s), Some(v)) = (s, item.value.filter(|v| v.is_finite())) else {
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
        row_top -= g.items.len().max(1) as f64 + GROUP_GAP;
    }
    Ok(())
}

/// The value axis: tick labels (percentages or counts) and its title, under the plot whose left,
/// bottom and width are given.
fn x_axis_labels<DB: DrawingBackend>(
    body: &DrawingArea<DB, Shift>,
    ticks: &[(f64, i32)],
    scale: Scale,
    (left, bottom, plot_w): (i32, i32, i32),
    x_title: &str,
) -> Result<()> {
    for &(t, px) in ticks {
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
        (left + plot_w / 2, bottom + 34),
    )
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

const RATE_SERIES: [Series; 2] = [
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

const CASUALTY_SERIES: [Series; 2] = [
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

/// The rows of the interception-rates chart.
fn rate_groups(report: &Report) -> Result<Groups> {
    let shown = shown_attacks(report)?;
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
    let mut groups = Vec::with_capacity(shown.len());
    for (i, name) in &shown {
        let mut items = Vec::new();
        let mut any_figure = false;
        for (k, s) in RATE_SERIES.iter().enumerate() {
            let row = (0..r.height())
                .find(|&j| attack[j] == ids[*i] && weapon[j].as_deref() == Some(s.name));
            let (l, n) = row.map_or((None, None), |j| {
                (
                    launched[j].map(|v| value_label(v, launched_q[j].as_deref())),
                    intercepted[j].map(|v| value_label(v, intercepted_q[j].as_deref())),
                )
            });
            any_figure |= l.is_some() || n.is_some();
            let (v, q) = row.map_or((None, None), |j| (rate[j], quality[j].as_deref()));
            let text = match (v, &n, &l) {
                (Some(v), Some(n), Some(l)) => {
                    format!("{}{:.1}%  {n}/{l}", quality_mark(q), v * 100.0)
                }
                (_, None, Some(l)) => format!("interceptions not reported ({l} launched)"),
                (_, Some(n), None) => format!("launches not reported ({n} intercepted)"),
                (_, Some(_), Some(_)) => "none launched".into(),
                (_, None, None) => "not reported".into(),
            };
            items.push(Item {
                series: Some(k),
                value: v,
                light: q.is_some_and(|q| q != "exact"),
                text,
            });
        }
        groups.push(Group::of(name.clone(), items, any_figure));
    }
    Ok(Groups {
        groups,
        left_out: left_out_note(report, &shown)?,
    })
}

/// Per attack, the interception rate of drones and of missiles as a bar labelled "95.2%
/// 552/~580"; "≈", "≤" and "≥" mark approximate rates and bounds (tinted bars). Missing figures
/// are said ("interceptions not reported (91 launched)"; one "not reported" row for an attack
/// without any). The legend gives the overall rates weighted by launched. At most
/// [`MAX_ATTACK_ROWS`] attacks; a "no data" message when there is none.
pub fn interception_rates<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<()> {
    register_fonts()?;
    let Groups { groups, left_out } = rate_groups(report)?;
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
    note.extend(left_out);
    let body = frame(area, &header, &note)?;
    if groups.is_empty() {
        return no_data(&body, "No attacks to show");
    }
    chart(
        &body,
        &groups,
        &RATE_SERIES,
        Scale::Percent,
        "Share of the launched drones or missiles intercepted",
    )
}

/// The rows of the casualties chart.
fn casualty_groups(report: &Report) -> Result<Groups> {
    let shown = shown_attacks(report)?;
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
    let mut groups = Vec::with_capacity(shown.len());
    for (i, name) in &shown {
        let mut items = Vec::new();
        for (k, ((values, quals, reported), field)) in columns.iter().zip(fields).enumerate() {
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
            items.push(Item {
                series: Some(k),
                value: v.map(f64::from),
                light: v.is_some() && q.is_some_and(|q| q != "exact"),
                text,
            });
        }
        let any_figure = items.iter().any(|i| i.value.is_some());
        groups.push(Group::of(name.clone(), items, any_figure));
    }
    Ok(Groups {
        groups,
        left_out: left_out_note(report, &shown)?,
    })
}

/// Per attack, people killed and injured as bars labelled with their qualifiers ("≥26", "~30"),
/// with every value when reports disagree; "not reported" where no article gives a figure (one
/// row for an attack without either). At most [`MAX_ATTACK_ROWS`] attacks; a "no data" message
/// when there is none.
pub fn casualties<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<()> {
    register_fonts()?;
    let Groups { groups, left_out } = casualty_groups(report)?;
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
    note.extend(left_out);
    let body = frame(area, &header, &note)?;
    if groups.is_empty() {
        return no_data(&body, "No attacks to show");
    }
    chart(&body, &groups, &CASUALTY_SERIES, Scale::Count, "People")
}
