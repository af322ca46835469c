//! The monthly interception rate per weapon class over the whole record, with the articles'
//! rates as points.

use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::super::axis::{day_number, draw_day_mesh, numeric_ticks, DayAxis, PlotFrame};
use super::super::text::{put, register_fonts, width};
use super::super::{
    chart_err, frame, no_data, plural, Header, Px, Swatch, AXIS_DESC, DRONES, DRONES_TEXT, LABEL,
    MARGIN, MISSILES, MISSILES_TEXT, MUTED, TEXT, TICK,
};
use super::{arrow, credits, label, mid_month, History, Placer, LINE};
use crate::error::Result;
use crate::official::history::{monthly_rates, RATE_CLASSES};
use crate::official::WeaponClass;

/// Okabe–Ito bluish green: ballistic missiles.
const BALLISTIC: RGBColor = RGBColor(0x00, 0x9E, 0x73);
const BALLISTIC_TEXT: RGBColor = RGBColor(0x00, 0x6B, 0x4E);

fn color(class: WeaponClass) -> (RGBColor, RGBColor) {
    match class {
        WeaponClass::AttackDrone => (DRONES, DRONES_TEXT),
        WeaponClass::Cruise => (MISSILES, MISSILES_TEXT),
        _ => (BALLISTIC, BALLISTIC_TEXT),
    }
}

fn name(class: WeaponClass) -> &'static str {
    match class {
        WeaponClass::AttackDrone => "Attack drones",
        WeaponClass::Cruise => "Cruise missiles",
        _ => "Ballistic missiles",
    }
}

/// The sign a rate quality puts before a percentage, and the way its arrow points.
fn quality(q: &str) -> (&'static str, i32) {
    match q {
        "approximate" => ("≈", 0),
        "upper_bound" => ("≤", -1),
        "lower_bound" => ("≥", 1),
        _ => ("", 0),
    }
}

/// Per month and class (attack drones, cruise, ballistic), destroyed / launched summed over the
/// nights that give both figures, drawn at mid-month and joined only between consecutive months
/// (a month without such a night is a gap); the articles' rates as rings (drones, blue) and
/// squares (missiles of all classes, grey), labelled, a bound with an arrow.
pub fn interception_history<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    h: &History,
) -> Result<()> {
    register_fonts()?;
    let rates = monthly_rates(&h.nights, &RATE_CLASSES);
    let mut legend: Vec<(Swatch, String)> = RATE_CLASSES
        .iter()
        .map(|c| (Swatch::Fill(color(*c).0), name(*c).to_string()))
        .collect();
    legend.push((Swatch::Ring(DRONES), "Articles: drones".into()));
    legend.push((Swatch::Square(TEXT), "Articles: all missiles".into()));
    let header = Header {
        title: "Share of launched drones and missiles destroyed, per month".into(),
        subtitle: format!(
            "Air Force reports, {} · destroyed / launched over the month's nights that give both",
            plural(h.nights.len(), "night", "nights")
        ),
        legend,
    };
    let mut note = vec![
        "Lost to electronic warfare (\u{201c}locationally lost\u{201d}) is not destroyed. Kinzhal and bundles of missile classes are in neither line. ≈ approximate, ≤ ↓ upper bound, ≥ ↑ lower bound.".to_string(),
    ];
    note.extend(credits(h));
    let body = frame(area, &header, &note)?;
    if rates.is_empty() {
        return no_data(&body, "No month of the record gives launched and destroyed");
    }
    let first = rates.iter().map(|r| r.month).min().unwrap_or_default();
    let last = rates.iter().map(|r| r.month).max().unwrap_or_default();
    let news_days = h.news.iter().map(|n| day_number(n.date));
    let x0 = news_days.clone().fold(day_number(first), f64::min) - 10.0;
    let x1 = news_days.fold(mid_month(last) + 16.0, f64::max) + 10.0;
    let (bw, _) = body.dim_in_pixel();
    let axis = DayAxis::new(x0, x1, ((bw as i32 - 120) / 90).max(2) as usize);
    let mut chart = ChartBuilder::on(&body)
        .margin_top(30)
        .margin_right(28)
        .margin_left(MARGIN - 8)
        .margin_bottom(4)
        .x_label_area_size(58)
        .y_label_area_size(64)
        .build_cartesian_2d(axis.clone(), 0f64..1.12)
        .map_err(chart_err)?;
    draw_day_mesh(&mut chart, axis.ticks.len().max(2), 12)?;
    let pf = PlotFrame::of(&chart, &body);
    let plot = chart.plotting_area().strip_coord_spec();
    let (base, plot_w) = (pf.base, pf.width);
    let to_px = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base.0, py - base.1)
    };
    let (left, top, bottom) = (pf.left, pf.top, pf.bottom());
    for (t, l) in &axis.ticks {
        let x = left + to_px(*t, 0.0).0;
        put(
            &body,
            l,
            TICK,
            &TEXT,
            (HPos::Center, VPos::Top),
            (x, bottom + 10),
        )?;
    }
    for t in numeric_ticks(1.12, 12).into_iter().filter(|t| *t <= 1.0001) {
        let y = top + to_px(x0, t).1;
        let l = format!("{:.0}%", t * 100.0);
        put(
            &body,
            &l,
            TICK,
            &TEXT,
            (HPos::Right, VPos::Center),
            (left - 8, y),
        )?;
    }
    let mid = (left + plot_w as i32 / 2, bottom + 34);
    put(
        &body,
        "Month",
        AXIS_DESC,
        &TEXT,
        (HPos::Center, VPos::Top),
        mid,
    )?;
    let y_title = "Destroyed / launched";
    put(
        &body,
        y_title,
        AXIS_DESC,
        &TEXT,
        (HPos::Left, VPos::Bottom),
        (MARGIN, top - 8),
    )?;

    let area = chart.plotting_area();
    for class in RATE_CLASSES {
        let (c, _) = color(class);
        let mut run: Vec<(f64, f64)> = Vec::new();
        let mut prev = None;
        for r in rates.iter().filter(|r| r.class == class) {
            let p = (mid_month(r.month), r.rate());
            let consecutive =
                prev.is_some_and(|m| crate::official::history::Period::Month.next(m) == r.month);
            if !consecutive && run.len() > 1 {
                area.draw(&PathElement::new(
                    std::mem::take(&mut run),
                    c.stroke_width(2),
                ))
                .map_err(chart_err)?;
            }
            if !consecutive {
                run.clear();
            }
            run.push(p);
            area.draw(&Circle::new(p, 2, c.filled()))
                .map_err(chart_err)?;
            prev = Some(r.month);
        }
        if run.len() > 1 {
            area.draw(&PathElement::new(run, c.stroke_width(2)))
                .map_err(chart_err)?;
        }
    }
    news_points(&plot, h, &to_px)
}

/// The articles' rates: markers, bound arrows and labels (placed without overlap, the ones
/// that do not fit counted).
fn news_points<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    h: &History,
    to_px: &dyn Fn(f64, f64) -> (i32, i32),
) -> Result<()> {
    let mut placer = Placer::new(plot.dim_in_pixel());
    let mut todo = Vec::new();
    for n in &h.news {
        for (rate, drones) in [(&n.drones_rate, true), (&n.missiles_rate, false)] {
            let Some((r, q)) = rate else { continue };
            let (x, y) = to_px(day_number(n.date), r.clamp(0.0, 1.0));
            if drones {
                plot.draw(&Circle::new((x, y), 6, WHITE.filled()))
                    .and_then(|_| plot.draw(&Circle::new((x, y), 6, DRONES.stroke_width(2))))
            } else {
                let s = [(x - 5, y - 5), (x + 5, y + 5)];
                plot.draw(&Rectangle::new(s, WHITE.filled()))
                    .and_then(|_| plot.draw(&Rectangle::new(s, TEXT.stroke_width(2))))
            }
            .map_err(chart_err)?;
            let (mark, dir) = quality(q);
            if dir != 0 {
                arrow(plot, (x, y), dir, if drones { DRONES } else { TEXT })?;
            }
            placer.block(Px {
                x0: x - 7,
                y0: y - 7,
                x1: x + 7,
                y1: y + 7,
            });
            let what = if drones { "drones" } else { "missiles" };
            let text = format!("{} {what} {mark}{:.0}%", n.date.format("%-d %b"), r * 100.0);
            let color = if drones { DRONES_TEXT } else { TEXT };
            todo.push((text, (x, y), color));
        }
    }
    let mut omitted = 0;
    for (text, anchor, color) in todo {
        let w = width(&text, LABEL) + 8;
        match placer.place(anchor, w, LINE + 4, 8) {
            Some(r) => label(plot, r, &[(text, false)], anchor, color)?,
            None => omitted += 1,
        }
    }
    if omitted > 0 {
        let (w, _) = plot.dim_in_pixel();
        let msg = format!(
            "{} of the articles left out where they would overlap",
            plural(omitted, "label", "labels")
        );
        put(
            plot,
            &msg,
            LABEL,
            &MUTED,
            (HPos::Right, VPos::Top),
            (w as i32 - 6, 6),
        )?;
    }
    Ok(())
}
