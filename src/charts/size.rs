//! The attack-size chart: stacked bars of drones and missiles on a true date axis.

use chrono::NaiveDate;
use plotters::coord::types::RangedCoordf64;
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use polars::prelude::DataFrame;

use super::axis::{day_number, draw_day_mesh, numeric_ticks, thousands, DayAxis, PlotFrame};
use super::text::{put, register_fonts, width};
use super::ROLLING_DAYS;
use super::{
    attackers, capitalised, chart_err, date_range, dates, frame, no_data, plural, strs, u32s,
    Header, Px, Swatch, AXIS, AXIS_DESC, DRONES, DRONES_TEXT, LABEL, LABEL_BOLD, MARGIN,
    MAX_PANELS, MEAN, MISSILES, MISSILES_TEXT, MUTED, NOTE, NOTE_LINE, TEXT, TICK,
};
use crate::analysis::{value_label, Report};
use crate::error::Result;
use crate::official::history::rolling_mean_days;

/// Line height of value labels, in pixels.
const LABEL_LINE: i32 = 17;
/// How many times a label may be lifted by a line to clear other labels.
const LIFTS: i32 = 2;

/// One bar: one row of `Report::trend`.
struct Bar {
    day: f64,
    date: NaiveDate,
    attacker: String,
    /// Drones launched, with its label ("800+").
    drones: Option<(u32, String)>,
    /// Missiles launched, with its label.
    missiles: Option<(u32, String)>,
    total: u32,
    /// Which way the drones and the missiles figures are bounded: 1 a lower bound ("more
    /// than", "at least"), -1 an upper bound ("up to"), 0 a value.
    bounds: (i32, i32),
}

/// 1 for a lower bound, -1 for an upper bound, 0 for a value ("exact", "about").
fn bound(qualifier: Option<&str>) -> i32 {
    match qualifier {
        Some("more_than" | "at_least") => 1,
        Some("up_to") => -1,
        _ => 0,
    }
}

impl Bar {
    /// Which way the bar's total is bounded: a lower bound when a part is and none is an upper
    /// bound ("800+ + 13" is at least 813), an upper bound likewise, else a value.
    fn top_bound(&self) -> i32 {
        match self.bounds {
            (1, m) | (m, 1) if m >= 0 => 1,
            (-1, m) | (m, -1) if m <= 0 => -1,
            _ => 0,
        }
    }
}

/// Pixels an arrow of a bound rises above (or sinks into) its bar.
const ARROW: i32 = 22;

fn bars(trend: &DataFrame) -> Result<Vec<Bar>> {
    let date = dates(trend, "event_date")?;
    let attacker = strs(trend, "attacker")?;
    let drones = u32s(trend, "drones")?;
    let dq = strs(trend, "drones_qualifier")?;
    let missiles = u32s(trend, "missiles")?;
    let mq = strs(trend, "missiles_qualifier")?;
    let labelled =
        |v: Option<u32>, q: &Option<String>| v.map(|v| (v, value_label(v, q.as_deref())));
    let mut out = Vec::new();
    for i in 0..trend.height() {
        let Some(d) = date[i] else { continue };
        let (dr, mi) = (labelled(drones[i], &dq[i]), labelled(missiles[i], &mq[i]));
        if dr.is_none() && mi.is_none() {
            continue;
        }
        let total = dr
            .as_ref()
            .map_or(0, |x| x.0)
            .saturating_add(mi.as_ref().map_or(0, |x| x.0));
        out.push(Bar {
            day: day_number(d),
            date: d,
            attacker: attacker[i].clone().unwrap_or_default(),
            drones: dr,
            missiles: mi,
            total,
            bounds: (bound(dq[i].as_deref()), bound(mq[i].as_deref())),
        });
    }
    Ok(out)
}

/// Stacked bars of drones and missiles per attack on a true date axis (gaps in time are gaps),
/// value labels with their qualifiers ("800+ + 13"), a bound drawn light with an arrow (up for
/// "more than" / "at least", down for "up to") rather than as a value, the mean size of the
/// attacks within [`ROLLING_DAYS`] days (never drawn across a longer gap), the largest attack
/// outlined and named, a title, a subtitle (attacks, articles, date range), a
/// legend and axis titles; one panel per attacker. Labels that cannot be placed without
/// overlapping are left out (the largest attacks are labelled first) and counted in a note.
/// Draws a "no data" message when no attack has a date and a drone or missile figure.
pub fn attack_size<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    report: &Report,
) -> Result<()> {
    register_fonts()?;
    let bars = bars(&report.trend)?;
    let sides = attackers(&report.trend);
    let without_figures = report.attacks.height().saturating_sub(bars.len());
    // Bars of attackers beyond the panels are not drawn.
    let all_bars = bars.len();
    let bars: Vec<Bar> = bars
        .into_iter()
        .filter(|b| sides.contains(&b.attacker))
        .collect();
    let other_attackers = all_bars - bars.len();
    let subtitle = match (
        bars.iter().map(|b| b.date).min(),
        bars.iter().map(|b| b.date).max(),
    ) {
        (Some(first), Some(last)) => format!(
            "{} reported in {} · {}",
            plural(bars.len(), "attack", "attacks"),
            plural(report.n_articles, "article", "articles"),
            date_range(first, last)
        ),
        _ => format!(
            "{} · no attack with a date and a drone or missile figure",
            plural(report.n_articles, "article", "articles")
        ),
    };
    let mut note = vec![
        "Labels: drones + missiles as reported (800+ more than 800 · ~ about · ≥ at least · ≤ up to); a bound is drawn light, with an arrow (↑ at least, ↓ up to)."
            .to_string(),
    ];
    if without_figures > 0 {
        note.push(format!(
            "Not shown: {} without a date or without a drone or missile figure.",
            plural(without_figures, "attack", "attacks")
        ));
    }
    if other_attackers > 0 {
        note.push(format!(
            "Not shown: {} by attackers beyond the first {MAX_PANELS}.",
            plural(other_attackers, "attack", "attacks")
        ));
    }
    // A line for the count of left-out labels, known once the panels are drawn.
    note.push(String::new());
    let header = Header {
        title: "Size of drone and missile attacks".into(),
        subtitle,
        legend: vec![
            (Swatch::Fill(DRONES), "Drones".into()),
            (Swatch::Fill(MISSILES), "Missiles".into()),
            (
                Swatch::Dash(MEAN),
                format!("Mean of the attacks over {ROLLING_DAYS} days"),
            ),
            (Swatch::Light(AXIS), "A bound".into()),
            (Swatch::Outline, "Largest attack".into()),
        ],
    };
    let body = frame(area, &header, &note)?;
    if bars.is_empty() {
        return no_data(
            &body,
            "No attack with a date and a drone or missile figure to show",
        );
    }
    let first = bars.iter().map(|b| b.day).fold(f64::INFINITY, f64::min);
    let last = bars.iter().map(|b| b.day).fold(f64::NEG_INFINITY, f64::max);
    let pad = ((last - first) * 0.03).max(1.5);
    let panels = body.split_evenly((sides.len(), 1));
    let mut omitted = 0;
    for (panel, side) in panels.iter().zip(&sides) {
        let side_bars: Vec<&Bar> = bars.iter().filter(|b| &b.attacker == side).collect();
        let caption = (sides.len() > 1).then(|| match side.as_str() {
            "russia" => "Russia's attacks on Ukraine".to_string(),
            "ukraine" => "Ukraine's attacks on Russia".to_string(),
            "" => "Attacks by an unknown attacker".to_string(),
            other => format!("Attacks by {}", capitalised(other)),
        });
        omitted += panel_chart(
            panel,
            &side_bars,
            caption.as_deref(),
            (first - pad, last + pad),
        )?;
    }
    if omitted > 0 {
        let (_, h) = area.dim_in_pixel();
        put(
            area,
            &format!(
                "{} left out where {} would overlap (the largest attacks are labelled first).",
                plural(omitted, "value label", "value labels"),
                if omitted == 1 { "it" } else { "they" }
            ),
            NOTE,
            &MUTED,
            (HPos::Left, VPos::Top),
            (MARGIN, h as i32 - 10 - NOTE_LINE + 6),
        )?;
    }
    Ok(())
}

/// One attacker's panel; returns how many value labels were left out.
fn panel_chart<DB: DrawingBackend>(
    panel: &DrawingArea<DB, Shift>,
    bars: &[&Bar],
    caption: Option<&str>,
    (x0, x1): (f64, f64),
) -> Result<usize> {
    let (pw, ph) = panel.dim_in_pixel();
    let mut top = 4;
    if let Some(caption) = caption {
        put(
            panel,
            caption,
            LABEL_BOLD,
            &TEXT,
            (HPos::Left, VPos::Top),
            (MARGIN, top + 4),
        )?;
        top += 26;
    }
    let y_title_h = 26;
    let (x_label_area, y_label_area) = (58, 64);
    let plot_h = (ph as i32 - top - y_title_h - x_label_area - 8).max(40);
    // Headroom above the tallest bar for its label, a "largest" line and a lift.
    let arrows = if bars.iter().any(|b| b.top_bound() > 0) {
        ARROW
    } else {
        0
    };
    let headroom = f64::from(3 * (LABEL_LINE + 2) + 10 + arrows);
    let frac = (headroom / f64::from(plot_h)).min(0.5);
    let max_total = bars.iter().map(|b| b.total).max().unwrap_or(0);
    let y_max = (f64::from(max_total) / (1.0 - frac)).max(5.0);
    let max_ticks = ((pw as i32 - y_label_area - 40) / 80).max(2) as usize;
    let axis = DayAxis::new(x0, x1, max_ticks);
    let y_ticks = 6;

    let mut chart = ChartBuilder::on(panel)
        .margin_top(top + y_title_h)
        .margin_right(28)
        .margin_left(MARGIN - 8)
        .margin_bottom(8)
        .x_label_area_size(x_label_area)
        .y_label_area_size(y_label_area)
        .build_cartesian_2d(axis.clone(), 0f64..y_max)
        .map_err(chart_err)?;
    draw_day_mesh(&mut chart, axis.ticks.len().max(2), y_ticks)?;

    let pf = PlotFrame::of(&chart, panel);
    let plot = chart.plotting_area().strip_coord_spec();
    let (base, plot_w) = (pf.base, pf.width);
    // Chart value -> pixel, relative to the plot, and relative to the panel.
    let to_px = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base.0, py - base.1)
    };
    let (left, plot_top, bottom) = (pf.left, pf.top, pf.bottom());

    // Tick labels and axis titles.
    for (t, label) in &axis.ticks {
        let (px, _) = to_px(*t, 0.0);
        put(
            panel,
            label,
            TICK,
            &TEXT,
            (HPos::Center, VPos::Top),
            (left + px, bottom + 10),
        )?;
    }
    for t in numeric_ticks(y_max, y_ticks) {
        let (_, py) = to_px(x0, t);
        put(
            panel,
            &thousands(t.max(0.0).round() as u64),
            TICK,
            &TEXT,
            (HPos::Right, VPos::Center),
            (left - 8, plot_top + py),
        )?;
    }
    put(
        panel,
        "Date of the attack (an overnight attack counts for the morning it ended)",
        AXIS_DESC,
        &TEXT,
        (HPos::Center, VPos::Top),
        (left + plot_w as i32 / 2, bottom + 34),
    )?;
    put(
        panel,
        "Drones and missiles launched",
        AXIS_DESC,
        &TEXT,
        (HPos::Left, VPos::Bottom),
        (MARGIN, plot_top - 8),
    )?;

    // Bars a little narrower than a day, but at least 4 and at most 28 pixels wide.
    let px_per_day = f64::from(plot_w) / (x1 - x0).max(1.0);
    let half_px = (0.42 * px_per_day).clamp(2.0, 14.0);
    let half = half_px / px_per_day;
    let area = chart.plotting_area();
    draw_bars(area, &plot, bars, half, &to_px)?;
    // The largest attack: the first to reach the maximum.
    let record = bars.iter().position(|b| b.total == max_total);
    if let Some(r) = record {
        let b = bars[r];
        area.draw(&Rectangle::new(
            [(b.day - half, 0.0), (b.day + half, f64::from(b.total))],
            BLACK.stroke_width(2),
        ))
        .map_err(chart_err)?;
    }
    draw_mean(area, bars, half)?;

    // What the value labels must not cover: the bars, and the arrows above bounds.
    let obstacles: Vec<Px> = bars
        .iter()
        .map(|b| {
            let (cx, y_top) = to_px(b.day, f64::from(b.total));
            let (_, y_bottom) = to_px(b.day, 0.0);
            let hw = half_px.round() as i32;
            let arrow = if b.top_bound() > 0 { ARROW + 2 } else { 0 };
            Px {
                x0: cx - hw.max(6),
                y0: y_top - arrow,
                x1: cx + hw.max(6),
                y1: y_bottom,
            }
        })
        .collect();
    value_labels(&plot, bars, obstacles, record, plot_w)
}

/// The value labels of a panel's bars: above their bar, moved sideways or lifted to clear bars
/// and other labels (`obstacles`), left out when that fails. The largest attack first, then by
/// size. Returns how many were left out.
fn value_labels<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    bars: &[&Bar],
    mut obstacles: Vec<Px>,
    record: Option<usize>,
    plot_w: u32,
) -> Result<usize> {
    let mut order: Vec<usize> = (0..bars.len()).collect();
    order.sort_by_key(|&i| (Some(i) != record, std::cmp::Reverse(bars[i].total), i));
    let mut omitted = 0;
    for i in order {
        let b = bars[i];
        let mut pieces: Vec<(String, RGBColor)> = Vec::new();
        if let Some((_, l)) = &b.drones {
            pieces.push((l.clone(), DRONES_TEXT));
        }
        if let Some((_, l)) = &b.missiles {
            if !pieces.is_empty() {
                pieces.push((" + ".into(), MUTED));
            }
            pieces.push((l.clone(), MISSILES_TEXT));
        }
        let widths: Vec<i32> = pieces.iter().map(|(s, _)| width(s, LABEL)).collect();
        let value_w: i32 = widths.iter().sum();
        let is_record = Some(i) == record;
        let record_text = format!("Largest: {}", b.date.format("%-d %b"));
        let record_w = if is_record {
            width(&record_text, LABEL_BOLD)
        } else {
            0
        };
        let w = value_w.max(record_w) + 6;
        let h = LABEL_LINE * if is_record { 2 } else { 1 };
        let bar = obstacles[i];
        let cx = (bar.x0 + bar.x1) / 2;
        let mut placed = None;
        'search: for lift in 0..LIFTS {
            let y1 = bar.y0 - 3 - lift * (LABEL_LINE + 2);
            let y0 = y1 - h;
            if y0 < 0 {
                break;
            }
            // Centred, then reaching right or left from the bar's edges.
            for x in [cx - w / 2, bar.x0 - 2, bar.x1 + 2 - w, bar.x0 + 4 - w] {
                let x = x.clamp(0, (plot_w as i32 - w).max(0));
                let rect = Px {
                    x0: x,
                    y0,
                    x1: x + w,
                    y1,
                };
                if obstacles.iter().all(|o| !o.grown(1).overlaps(&rect)) {
                    placed = Some(rect);
                    break 'search;
                }
            }
        }
        let Some(rect) = placed else {
            omitted += 1;
            continue;
        };
        obstacles.push(rect);
        plot.draw(&Rectangle::new(
            [(rect.x0, rect.y0), (rect.x1, rect.y1)],
            WHITE.mix(0.85).filled(),
        ))
        .map_err(chart_err)?;
        let mid = (rect.x0 + rect.x1) / 2;
        let mut y = rect.y0 + 3;
        if is_record {
            put(
                plot,
                &record_text,
                LABEL_BOLD,
                &TEXT,
                (HPos::Center, VPos::Top),
                (mid, y),
            )?;
            y += LABEL_LINE;
        }
        let mut x = mid - value_w / 2;
        for ((s, c), pw) in pieces.iter().zip(&widths) {
            put(plot, s, LABEL, c, (HPos::Left, VPos::Top), (x, y))?;
            x += pw;
        }
    }
    Ok(omitted)
}

/// The stacked bars of a panel, a bound light with an arrow at the top.
fn draw_bars<DB: DrawingBackend>(
    area: &DrawingArea<DB, Cartesian2d<DayAxis, RangedCoordf64>>,
    plot: &DrawingArea<DB, Shift>,
    bars: &[&Bar],
    half: f64,
    to_px: &dyn Fn(f64, f64) -> (i32, i32),
) -> Result<()> {
    for b in bars {
        let d = b.drones.as_ref().map_or(0, |d| d.0);
        let m = b.missiles.as_ref().map_or(0, |m| m.0);
        let parts = [
            (b.drones.is_some(), 0, d, DRONES, b.bounds.0),
            (b.missiles.is_some(), d, d + m, MISSILES, b.bounds.1),
        ];
        for (shown, y0, y1, color, bound) in parts {
            if !shown {
                continue;
            }
            let rect = [(b.day - half, f64::from(y0)), (b.day + half, f64::from(y1))];
            // A bound is not a value: a light bar with a solid edge, and an arrow at the top.
            if bound == 0 {
                area.draw(&Rectangle::new(rect, color.filled()))
            } else {
                area.draw(&Rectangle::new(rect, color.mix(0.45).filled()))
                    .and_then(|_| area.draw(&Rectangle::new(rect, color.stroke_width(1))))
            }
            .map_err(chart_err)?;
        }
        let dir = b.top_bound();
        if dir != 0 {
            let (x, y) = to_px(b.day, f64::from(b.total));
            let tip = y - dir * ARROW;
            plot.draw(&PathElement::new(
                vec![(x, y), (x, tip)],
                MEAN.stroke_width(2),
            ))
            .and_then(|_| {
                plot.draw(&Polygon::new(
                    vec![
                        (x - 5, tip + dir * 6),
                        (x + 5, tip + dir * 6),
                        (x, tip - dir),
                    ],
                    MEAN.filled(),
                ))
            })
            .map_err(chart_err)?;
        }
    }
    Ok(())
}

/// The mean of the attacks within [`ROLLING_DAYS`] days, never drawn across a longer gap; a
/// stretch of one attack is a short stroke at its bar.
fn draw_mean<DB: DrawingBackend>(
    area: &DrawingArea<DB, Cartesian2d<DayAxis, RangedCoordf64>>,
    bars: &[&Bar],
    half: f64,
) -> Result<()> {
    let points: Vec<(NaiveDate, f64)> = bars.iter().map(|b| (b.date, f64::from(b.total))).collect();
    for run in rolling_mean_days(&points, ROLLING_DAYS) {
        let mut path: Vec<(f64, f64)> = run.iter().map(|(d, v)| (day_number(*d), *v)).collect();
        if path.len() == 1 {
            let (x, y) = path[0];
            path = vec![(x - 2.0 * half, y), (x + 2.0 * half, y)];
        }
        area.draw(&plotters::element::DashedPathElement::new(
            path,
            6,
            4,
            MEAN.stroke_width(2),
        ))
        .map_err(chart_err)?;
    }
    Ok(())
}
