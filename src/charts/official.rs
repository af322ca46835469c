//! Charts of the Air Force's record over its whole history, with the attacks the articles
//! report overlaid:
//!
//! - [`attack_size_history`]: the mean size of the nights of each week or month (attack drones
//!   and missiles stacked), a rolling mean over a window of days (never drawn across a gap),
//!   the record nights marked, and the articles' attacks as markers labelled as reported, a
//!   bound drawn as an arrow;
//! - [`interception_history`]: the monthly interception rate per weapon class (attack drones,
//!   cruise, ballistic), with the rates of the articles' attacks as points.
//!
//! Like every chart of [`crate::charts`], each is one function drawing on any `DrawingArea`
//! (PNG, SVG, notebook). The footer credits the dataset and its licence (CC BY-NC-SA 4.0): the
//! charts adapt it and carry that licence.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Days, NaiveDate};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};

use super::axis::{day_number, draw_day_mesh, numeric_ticks, thousands, DayAxis, PlotFrame};
use super::text::{put, register_fonts, width};
use super::{
    at_path, chart_err, dates, day_label, f64s, frame, no_data, plural, strs, temp_beside, u32s,
    Header, Px, Swatch, AXIS_DESC, DRONES, DRONES_TEXT, LABEL, LABEL_BOLD, MARGIN, MEAN, MISSILES,
    MUTED, TEXT, TICK,
};
use crate::analysis::{value_label, Report};
use crate::error::Result;
use crate::extract::{Count, Qualifier};
use crate::official::history::{
    night_sizes, period_sizes, records, rolling_mean_days, NightSize, Period,
};
use crate::official::{Night, Official};

mod rates;
pub use rates::interception_history;

/// The size the charts read well at.
pub const SIZE: (u32, u32) = (1400, 780);
/// The rolling-mean window of [`History::new`], in days.
pub const DEFAULT_WINDOW_DAYS: u32 = 28;
/// Line height of labels.
const LINE: i32 = 17;

/// One attack the articles report, as the charts overlay it.
#[derive(Debug, Clone, PartialEq)]
pub struct NewsAttack {
    /// Its date.
    pub date: NaiveDate,
    /// Drones launched, as reported.
    pub drones: Option<Count>,
    /// Missiles launched, as reported.
    pub missiles: Option<Count>,
    /// The drones' interception rate and its quality (`exact`, `approximate`, `upper_bound`,
    /// `lower_bound`).
    pub drones_rate: Option<(f64, String)>,
    /// The missiles' interception rate (all classes together) and its quality.
    pub missiles_rate: Option<(f64, String)>,
}

impl NewsAttack {
    /// The dated Russian attacks of a report, with their reconciled figures and rates.
    pub fn from_report(report: &Report) -> Result<Vec<NewsAttack>> {
        let a = &report.attacks;
        let (date, attacker) = (dates(a, "event_date")?, strs(a, "attacker")?);
        let count = |field: &str| -> Result<Vec<Option<Count>>> {
            let (v, q) = (u32s(a, field)?, strs(a, &format!("{field}_qualifier"))?);
            Ok(v.into_iter()
                .zip(q)
                .map(|(v, q)| {
                    v.map(|value| Count {
                        value,
                        qualifier: q
                            .as_deref()
                            .and_then(Qualifier::parse)
                            .unwrap_or(Qualifier::Exact),
                    })
                })
                .collect())
        };
        let (drones, missiles) = (count("drones_launched")?, count("missiles_launched")?);
        let r = &report.rates;
        let (r_attack, r_weapon, r_rate, r_quality) = (
            strs(r, "attack")?,
            strs(r, "weapon")?,
            f64s(r, "rate")?,
            strs(r, "rate_quality")?,
        );
        let ids = strs(a, "attack")?;
        let rate = |i: usize, weapon: &str| {
            (0..r.height())
                .find(|&j| r_attack[j] == ids[i] && r_weapon[j].as_deref() == Some(weapon))
                .and_then(|j| Some((r_rate[j]?, r_quality[j].clone().unwrap_or_default())))
        };
        Ok((0..a.height())
            .filter(|&i| attacker[i].as_deref() == Some("russia"))
            .filter_map(|i| {
                Some(NewsAttack {
                    date: date[i]?,
                    drones: drones[i],
                    missiles: missiles[i],
                    drones_rate: rate(i, "drones"),
                    missiles_rate: rate(i, "missiles"),
                })
            })
            .collect())
    }

    /// Drones and missiles as reported (a bound counts as its number).
    fn total(&self) -> u32 {
        let v = |c: &Option<Count>| c.map_or(0, |c| c.value);
        v(&self.drones).saturating_add(v(&self.missiles))
    }

    /// Which way the total is bounded: 1 a lower bound, -1 an upper bound, 0 neither.
    fn bound(&self) -> i32 {
        bound_of(
            [self.drones, self.missiles]
                .iter()
                .flatten()
                .map(|c| c.qualifier),
        )
    }

    /// "800+ + 13" (drones + missiles, as reported).
    fn label(&self) -> String {
        let l = |c: &Option<Count>| c.map(|c| value_label(c.value, Some(c.qualifier.as_str())));
        match (l(&self.drones), l(&self.missiles)) {
            (Some(d), Some(m)) => format!("{d} + {m}"),
            (Some(d), None) => d,
            (None, Some(m)) => format!("0 + {m}"),
            (None, None) => String::new(),
        }
    }
}

/// 1 when every bounded part is a lower bound, -1 when every one is an upper bound, else 0.
fn bound_of(qualifiers: impl Iterator<Item = Qualifier>) -> i32 {
    let (mut lower, mut upper) = (false, false);
    for q in qualifiers {
        match q {
            Qualifier::AtLeast | Qualifier::MoreThan => lower = true,
            Qualifier::UpTo => upper = true,
            _ => {}
        }
    }
    match (lower, upper) {
        (true, false) => 1,
        (false, true) => -1,
        _ => 0,
    }
}

/// What the history charts draw: the record's nights, the file's sha256, the grouping of the
/// size chart, its rolling-mean window, and the articles' attacks.
#[derive(Debug, Clone)]
pub struct History {
    /// The national nights of the record.
    pub nights: Vec<Night>,
    /// sha256 of the record's file.
    pub sha256: String,
    /// Weekly or monthly bars.
    pub period: Period,
    /// The rolling mean's window, in days.
    pub window_days: u32,
    /// The articles' attacks, overlaid.
    pub news: Vec<NewsAttack>,
}

impl History {
    /// The nights of `official`, weekly bars, a [`DEFAULT_WINDOW_DAYS`] rolling mean.
    pub fn new(official: &Official, news: Vec<NewsAttack>) -> History {
        History {
            nights: official.nights(),
            sha256: official.sha256.clone(),
            period: Period::Week,
            window_days: DEFAULT_WINDOW_DAYS,
            news,
        }
    }
}

/// The footer every history chart carries: the dataset, its licence, the file.
fn credits(h: &History) -> Vec<String> {
    vec![
        "Data: \u{201c}Massive Missile Attacks on Ukraine\u{201d} by Petro Ivaniuk (Kaggle), from the Ukrainian Air Force's reports, CC BY-NC-SA 4.0; this chart adapts it and is licensed CC BY-NC-SA 4.0.".into(),
        format!(
            "National (kpszsu) reports only; attack drones include decoys; missiles are every missile class, not guided bombs. File sha256 {}.",
            h.sha256.get(..16).unwrap_or(&h.sha256)
        ),
    ]
}

/// Greedy label placement: each label tries spots around its anchor, nearest first, and is
/// left out when every spot overlaps something already drawn or leaves the plot.
struct Placer {
    taken: Vec<Px>,
    w: i32,
    h: i32,
}

impl Placer {
    fn new((w, h): (u32, u32)) -> Placer {
        Placer {
            taken: Vec::new(),
            w: w as i32,
            h: h as i32,
        }
    }

    /// Marks a rectangle as taken (a marker, a bar top).
    fn block(&mut self, r: Px) {
        self.taken.push(r);
    }

    /// A free `w`×`h` spot near `(x, y)`, above it first, then beside, then higher, at most
    /// `lifts` lines up.
    fn place(&mut self, (x, y): (i32, i32), w: i32, h: i32, lifts: i32) -> Option<Px> {
        for lift in 0..lifts {
            let up = 10 + lift * (LINE + 2);
            let spots = [
                (x - w / 2, y - up - h),
                (x + 8, y - up - h),
                (x - w - 8, y - up - h),
                (x + 10 + lift * 14, y - h / 2),
                (x - w - 10 - lift * 14, y - h / 2),
            ];
            for (x0, y0) in spots {
                let r = Px {
                    x0,
                    y0,
                    x1: x0 + w,
                    y1: y0 + h,
                };
                let inside = r.x0 >= 0 && r.y0 >= 0 && r.x1 <= self.w && r.y1 <= self.h;
                if inside && self.taken.iter().all(|t| !t.grown(2).overlaps(&r)) {
                    self.taken.push(r);
                    return Some(r);
                }
            }
        }
        None
    }
}

/// An arrow from `(x, y)` pointing up (`dir` 1) or down (-1): a bound, not a value.
fn arrow<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    (x, y): (i32, i32),
    dir: i32,
    color: RGBColor,
) -> Result<()> {
    let tip = y - dir * 22;
    plot.draw(&PathElement::new(
        vec![(x, y - dir * 6), (x, tip)],
        color.stroke_width(2),
    ))
    .and_then(|_| {
        plot.draw(&Polygon::new(
            vec![
                (x - 5, tip + dir * 6),
                (x + 5, tip + dir * 6),
                (x, tip - dir),
            ],
            color.filled(),
        ))
    })
    .map_err(chart_err)
}

/// A label with a white backing and, when it sits away from its anchor, a leader line.
fn label<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    r: Px,
    lines: &[(String, bool)],
    anchor: (i32, i32),
    color: RGBColor,
) -> Result<()> {
    let mid = ((r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2);
    let near = (
        mid.0.clamp(r.x0, r.x1),
        if anchor.1 > r.y1 { r.y1 } else { r.y0 },
    );
    if (anchor.0 - near.0).abs() + (anchor.1 - near.1).abs() > 14 {
        plot.draw(&PathElement::new(vec![anchor, near], MUTED.stroke_width(1)))
            .map_err(chart_err)?;
    }
    plot.draw(&Rectangle::new(
        [(r.x0, r.y0), (r.x1, r.y1)],
        WHITE.mix(0.9).filled(),
    ))
    .map_err(chart_err)?;
    for (k, (text, bold)) in lines.iter().enumerate() {
        let face = if *bold { LABEL_BOLD } else { LABEL };
        put(
            plot,
            text,
            face,
            &color,
            (HPos::Center, VPos::Top),
            (mid.0, r.y0 + 3 + LINE * k as i32),
        )?;
    }
    Ok(())
}

/// Title, subtitle, legend and notes of [`attack_size_history`].
fn size_header(h: &History, sizes: &[NightSize]) -> (Header, Vec<String>) {
    let span = match (sizes.first(), sizes.last()) {
        (Some(a), Some(b)) => format!("{} – {}", day_label(a.date), day_label(b.date)),
        _ => "no nights".into(),
    };
    let header = Header {
        title: "Russia's drone and missile attacks on Ukraine, as the Air Force reported them"
            .into(),
        subtitle: format!(
            "{} · {span} · bars: mean per night of each {}",
            plural(sizes.len(), "night", "nights"),
            h.period.as_str()
        ),
        legend: vec![
            (Swatch::Fill(DRONES), "Attack drones".into()),
            (Swatch::Fill(MISSILES), "Missiles".into()),
            (
                Swatch::Line(MEAN),
                format!("Mean of the nights over {} days", h.window_days),
            ),
            (Swatch::Diamond, "Record night".into()),
            (Swatch::Ring(TEXT), "Attack in the articles".into()),
        ],
    };
    let mut note = vec![
        "Markers are single nights: ↑ a lower bound (\u{201c}more than\u{201d}, \u{201c}at least\u{201d}), ↓ an upper bound; the mean line is not drawn across a gap longer than its window.".to_string(),
    ];
    note.extend(credits(h));
    (header, note)
}

/// Attack size over the whole record: per week or month (`History::period`) the mean attack
/// drones and missiles of its nights, stacked; the rolling mean of the nights' sizes over
/// `History::window_days` days, broken where no night falls within the window; the record nights
/// (each larger than every one before) as diamonds, the latest labelled first; the articles'
/// attacks as rings at their reported size, labelled as reported ("800+ + 13"), a bound with an
/// arrow. Labels never overlap: the ones that do not fit are left out and counted in the note.
pub fn attack_size_history<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    h: &History,
) -> Result<()> {
    register_fonts()?;
    let sizes = night_sizes(&h.nights);
    let periods = period_sizes(&sizes, h.period);
    let recs = records(&sizes);
    let (header, note) = size_header(h, &sizes);
    let body = frame(area, &header, &note)?;
    if sizes.is_empty() {
        return no_data(
            &body,
            "No night of the record gives a drone or missile figure",
        );
    }
    let first = periods.first().map_or(sizes[0].date, |p| p.start);
    let last = periods.last().map_or(sizes[0].date, |p| p.end);
    let (x0, x1) = (day_number(first) - 7.0, day_number(last) + 7.0);
    let top = sizes
        .iter()
        .map(NightSize::total)
        .chain(h.news.iter().map(NewsAttack::total))
        .max()
        .unwrap_or(1);
    let y_max = (f64::from(top) * 1.22).max(10.0);
    let (bw, _) = body.dim_in_pixel();
    let axis = DayAxis::new(x0, x1, ((bw as i32 - 120) / 90).max(2) as usize);
    let mut chart = ChartBuilder::on(&body)
        .margin_top(30)
        .margin_right(28)
        .margin_left(MARGIN - 8)
        .margin_bottom(4)
        .x_label_area_size(58)
        .y_label_area_size(64)
        .build_cartesian_2d(axis.clone(), 0f64..y_max)
        .map_err(chart_err)?;
    draw_day_mesh(&mut chart, axis.ticks.len().max(2), 6)?;
    let pf = PlotFrame::of(&chart, &body);
    let plot = chart.plotting_area().strip_coord_spec();
    let (base, plot_w) = (pf.base, pf.width);
    let to_px = |x: f64, y: f64| {
        let (px, py) = chart.backend_coord(&(x, y));
        (px - base.0, py - base.1)
    };
    let (left, plot_top, bottom) = (pf.left, pf.top, pf.bottom());
    for (t, l) in &axis.ticks {
        put(
            &body,
            l,
            TICK,
            &TEXT,
            (HPos::Center, VPos::Top),
            (left + to_px(*t, 0.0).0, bottom + 10),
        )?;
    }
    for t in numeric_ticks(y_max, 6) {
        let label = thousands(t.max(0.0).round() as u64);
        put(
            &body,
            &label,
            TICK,
            &TEXT,
            (HPos::Right, VPos::Center),
            (left - 8, plot_top + to_px(x0, t).1),
        )?;
    }
    put(
        &body,
        "Date (an overnight attack counts for the morning it ended)",
        AXIS_DESC,
        &TEXT,
        (HPos::Center, VPos::Top),
        (left + plot_w as i32 / 2, bottom + 34),
    )?;
    put(
        &body,
        "Attack drones and missiles launched per night",
        AXIS_DESC,
        &TEXT,
        (HPos::Left, VPos::Bottom),
        (MARGIN, plot_top - 8),
    )?;

    let area = chart.plotting_area();
    for p in &periods {
        let (a, b) = (day_number(p.start) + 0.4, day_number(p.end) - 0.4);
        let (d, m) = (p.mean_drones(), p.mean_missiles());
        area.draw(&Rectangle::new(
            [(a, 0.0), (b, d)],
            DRONES.mix(0.85).filled(),
        ))
        .and_then(|_| {
            area.draw(&Rectangle::new(
                [(a, d), (b, d + m)],
                MISSILES.mix(0.85).filled(),
            ))
        })
        .map_err(chart_err)?;
    }
    let points: Vec<(NaiveDate, f64)> = sizes
        .iter()
        .map(|s| (s.date, f64::from(s.total())))
        .collect();
    for run in rolling_mean_days(&points, h.window_days) {
        let mut path: Vec<(f64, f64)> = run.iter().map(|(d, v)| (day_number(*d), *v)).collect();
        if path.len() == 1 {
            let (x, y) = path[0];
            path = vec![(x - 1.5, y), (x + 1.5, y)];
        }
        area.draw(&PathElement::new(path, MEAN.stroke_width(2)))
            .map_err(chart_err)?;
    }
    // The bars are obstacles to the labels.
    let bar_tops: Vec<Px> = periods
        .iter()
        .map(|p| {
            let (a, y) = to_px(day_number(p.start), p.mean_drones() + p.mean_missiles());
            let (b, y0) = to_px(day_number(p.end), 0.0);
            Px {
                x0: a,
                y0: y,
                x1: b,
                y1: y0,
            }
        })
        .collect();
    marks(&plot, h, (&sizes, &recs), &bar_tops, &to_px)
}

/// A label to place: its lines (text, bold), its anchor, its colour, how far it may be lifted.
type Pending = (Vec<(String, bool)>, (i32, i32), RGBColor, i32);

/// The record diamonds, the articles' rings and arrows, and their labels.
fn marks<DB: DrawingBackend>(
    plot: &DrawingArea<DB, Shift>,
    h: &History,
    (sizes, recs): (&[NightSize], &[usize]),
    obstacles: &[Px],
    to_px: &dyn Fn(f64, f64) -> (i32, i32),
) -> Result<()> {
    let mut placer = Placer::new(plot.dim_in_pixel());
    for o in obstacles {
        placer.block(*o);
    }
    let at = |d: NaiveDate, v: u32| to_px(day_number(d), f64::from(v));
    for &i in recs {
        let (x, y) = at(sizes[i].date, sizes[i].total());
        plot.draw(&Polygon::new(
            vec![(x, y - 6), (x + 6, y), (x, y + 6), (x - 6, y)],
            BLACK.filled(),
        ))
        .map_err(chart_err)?;
        placer.block(Px {
            x0: x - 6,
            y0: y - 6,
            x1: x + 6,
            y1: y + 6,
        });
    }
    for n in &h.news {
        let (x, y) = at(n.date, n.total());
        plot.draw(&Circle::new((x, y), 6, WHITE.filled()))
            .and_then(|_| plot.draw(&Circle::new((x, y), 6, TEXT.stroke_width(2))))
            .map_err(chart_err)?;
        let dir = n.bound();
        if dir != 0 {
            arrow(plot, (x, y), dir, TEXT)?;
        }
        let (y0, y1) = if dir > 0 {
            (y - 30, y + 7)
        } else if dir < 0 {
            (y - 7, y + 30)
        } else {
            (y - 7, y + 7)
        };
        placer.block(Px {
            x0: x - 7,
            y0,
            x1: x + 7,
            y1,
        });
    }
    // Labels, most important first: the largest record, the articles' attacks, the other
    // records from the latest back.
    // The largest record and the articles' attacks may sit far from their marker (with a
    // leader line); the other records only near theirs.
    let mut todo: Vec<Pending> = Vec::new();
    let record_label = |i: usize| {
        let s = &sizes[i];
        vec![
            (format!("Record {}", day_label(s.date)), true),
            (
                format!("{} + {}", thousands(u64::from(s.drones)), s.missiles),
                false,
            ),
        ]
    };
    if let Some(&last) = recs.last() {
        todo.push((
            record_label(last),
            at(sizes[last].date, sizes[last].total()),
            TEXT,
            16,
        ));
    }
    for n in &h.news {
        let lines = vec![
            (format!("Articles, {}", n.date.format("%-d %b %Y")), true),
            (n.label(), false),
        ];
        todo.push((lines, at(n.date, n.total()), DRONES_TEXT, 16));
    }
    for &i in recs.iter().rev().skip(1) {
        todo.push((
            record_label(i),
            at(sizes[i].date, sizes[i].total()),
            TEXT,
            3,
        ));
    }
    let mut omitted = 0;
    for (lines, anchor, color, lifts) in todo {
        let w = lines
            .iter()
            .map(|(t, b)| width(t, if *b { LABEL_BOLD } else { LABEL }))
            .max()
            .unwrap_or(0)
            + 8;
        let hgt = LINE * lines.len() as i32 + 4;
        match placer.place(anchor, w, hgt, lifts) {
            Some(r) => label(plot, r, &lines, anchor, color)?,
            None => omitted += 1,
        }
    }
    if omitted > 0 {
        let (w, _) = plot.dim_in_pixel();
        put(
            plot,
            &format!(
                "{} left out where {} would overlap",
                plural(omitted, "label", "labels"),
                if omitted == 1 { "it" } else { "they" }
            ),
            LABEL,
            &MUTED,
            (HPos::Right, VPos::Top),
            (w as i32 - 6, 6),
        )?;
    }
    Ok(())
}

/// Writes [`attack_size_history`] and [`interception_history`] to `out_dir` as
/// `official_attack_size.{png,svg}` and `official_interception_rates.{png,svg}`, atomically and
/// byte-identical from one run to the next; returns the paths written.
pub fn write_history(h: &History, out_dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(out_dir).map_err(|e| crate::Error::io(out_dir, e))?;
    let mut written = Vec::new();
    for (stem, rates) in [
        ("official_attack_size", false),
        ("official_interception_rates", true),
    ] {
        let png = out_dir.join(format!("{stem}.png"));
        let tmp = temp_beside(&png, ".png")?;
        {
            let root = BitMapBackend::new(tmp.path(), SIZE).into_drawing_area();
            draw(&root, h, rates).map_err(at_path(&png))?;
            root.present().map_err(chart_err).map_err(at_path(&png))?;
        }
        tmp.persist(&png)
            .map_err(|e| crate::Error::io(&png, e.error))?;
        written.push(png);
        let svg_path = out_dir.join(format!("{stem}.svg"));
        let svg = render_svg(h, rates).map_err(at_path(&svg_path))?;
        let mut tmp = temp_beside(&svg_path, ".svg")?;
        tmp.write_all(svg.as_bytes())
            .and_then(|_| tmp.flush())
            .map_err(|e| crate::Error::io(&svg_path, e))?;
        tmp.persist(&svg_path)
            .map_err(|e| crate::Error::io(&svg_path, e.error))?;
        written.push(svg_path);
    }
    Ok(written)
}

/// One history chart as an SVG document, its text as glyph outlines.
fn render_svg(h: &History, rates: bool) -> Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, SIZE).into_drawing_area();
        draw(&root, h, rates)?;
        root.present().map_err(chart_err)?;
    }
    super::text_as_paths(&svg)
}

fn draw<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, h: &History, rates: bool) -> Result<()> {
    if rates {
        interception_history(area, h)
    } else {
        attack_size_history(area, h)
    }
}

/// The middle of a month, where its rate is drawn.
fn mid_month(month: NaiveDate) -> f64 {
    day_number(month + Days::new(14))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::Qualifier;

    fn fixture() -> Official {
        let p = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/official/missile_attacks_fixture.csv");
        crate::official::load(&p).unwrap()
    }

    fn svg(h: &History, rates: bool) -> String {
        let s = render_svg(h, rates).unwrap();
        assert!(!s.contains("<text"), "text is drawn as paths");
        s
    }

    fn news() -> Vec<NewsAttack> {
        vec![NewsAttack {
            date: NaiveDate::from_ymd_opt(2025, 9, 7).unwrap(),
            drones: Some(Count {
                value: 800,
                qualifier: Qualifier::MoreThan,
            }),
            missiles: Some(Count::exact(13)),
            drones_rate: Some((0.93, "upper_bound".into())),
            missiles_rate: None,
        }]
    }

    #[test]
    fn the_history_charts_credit_the_dataset_and_label_the_articles_as_reported() {
        let mut h = History::new(&fixture(), news());
        for period in [Period::Week, Period::Month] {
            h.period = period;
            for rates in [false, true] {
                let a = svg(&h, rates);
                assert_eq!(a, svg(&h, rates), "deterministic");
                assert!(a.contains("CC BY-NC-SA 4.0"), "licence in the footer");
                assert!(a.contains("Petro Ivaniuk"), "credit in the footer");
            }
        }
        let size = svg(&h, false);
        assert!(
            size.contains("Articles, 7 Sep 2025"),
            "the article's attack is labelled"
        );
        assert!(size.contains("800+ + 13"), "as reported, the bound kept");
        assert!(
            size.contains("Record 7 Sep 2025"),
            "the record night is labelled"
        );
        assert!(svg(&h, true).contains("≤93%"), "a bound rate is a bound");
    }

    #[test]
    fn an_empty_record_says_so() {
        let mut o = fixture();
        o.records.clear();
        let h = History::new(&o, Vec::new());
        assert!(svg(&h, false).contains("No night of the record"));
        assert!(svg(&h, true).contains("No month of the record"));
    }

    #[test]
    fn bounds_point_the_way_they_bound() {
        let q = |v: &[Qualifier]| bound_of(v.iter().copied());
        assert_eq!(q(&[Qualifier::MoreThan, Qualifier::Exact]), 1);
        assert_eq!(q(&[Qualifier::UpTo]), -1);
        assert_eq!(q(&[Qualifier::About, Qualifier::Exact]), 0);
        assert_eq!(q(&[Qualifier::AtLeast, Qualifier::UpTo]), 0);
    }
}
