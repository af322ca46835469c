//! Axes: a date axis with calendar ticks, and tick labels drawn with the chart text engine.
//!
//! plotters draws the mesh (grid lines, axis lines, tick marks); the tick labels and axis titles
//! are drawn here with [`super::text::put`], so that they get the same glyph placement as all
//! other chart text.

use std::ops::Range;

use chrono::{Datelike, NaiveDate, Weekday};
use plotters::coord::ranged1d::{KeyPointHint, NoDefaultFormatting, Ranged, ValueFormatter};
use plotters::coord::types::RangedCoordf64;
use plotters::coord::{CoordTranslate, Shift};
use plotters::prelude::*;

use super::{chart_err, AXIS, GRID};
use crate::error::Result;

/// Days since 1 January of year 1 (chrono's `num_days_from_ce`), as the x value of a date.
pub(super) fn day_number(d: NaiveDate) -> f64 {
    f64::from(d.num_days_from_ce())
}

fn from_day_number(v: f64) -> Option<NaiveDate> {
    if !v.is_finite() || v.abs() > f64::from(i32::MAX) {
        return None;
    }
    NaiveDate::from_num_days_from_ce_opt(v.round() as i32)
}

/// A date axis on day numbers (f64, so that bars can be a fraction of a day wide), with ticks on
/// calendar boundaries: every day, every other day, Mondays, every other Monday, the 1st of
/// every 1, 2, 3, 6 or 12 months, whichever is the finest that fits.
#[derive(Clone)]
pub(super) struct DayAxis {
    start: f64,
    end: f64,
    /// Tick positions and their labels ("7 Sep"; "Sep 2025", "Oct" for monthly ticks).
    pub ticks: Vec<(f64, String)>,
}

impl DayAxis {
    /// An axis from `start` to `end` (day numbers) with at most `max_ticks` ticks.
    pub fn new(start: f64, end: f64, max_ticks: usize) -> Self {
        let max_ticks = max_ticks.max(2);
        let (Some(first), Some(last)) =
            (from_day_number(start.ceil()), from_day_number(end.floor()))
        else {
            return DayAxis {
                start,
                end,
                ticks: Vec::new(),
            };
        };
        // Bounded: a chart never spans more than a few years of days.
        let days: Vec<NaiveDate> = first
            .iter_days()
            .take_while(|d| *d <= last)
            .take(40_000)
            .collect();
        let every =
            |step: usize| -> Vec<NaiveDate> { days.iter().copied().step_by(step).collect() };
        let mondays = |step: usize| -> Vec<NaiveDate> {
            days.iter()
                .copied()
                .filter(|d| d.weekday() == Weekday::Mon)
                .step_by(step)
                .collect()
        };
        let months = |step: u32| -> Vec<NaiveDate> {
            days.iter()
                .copied()
                .filter(|d| d.day() == 1 && d.month0() % step == 0)
                .collect()
        };
        let candidates = [
            (every(1), false),
            (every(2), false),
            (mondays(1), false),
            (mondays(2), false),
            (months(1), true),
            (months(2), true),
            (months(3), true),
            (months(6), true),
            (months(12), true),
        ];
        let (chosen, monthly) = candidates
            .into_iter()
            .find(|(t, _)| !t.is_empty() && t.len() <= max_ticks)
            .unwrap_or_else(|| (vec![first], false));
        let ticks = chosen
            .iter()
            .enumerate()
            .map(|(i, d)| {
                let label = if !monthly {
                    d.format("%-d %b").to_string()
                } else if i == 0 || d.month() == 1 {
                    d.format("%b %Y").to_string()
                } else {
                    d.format("%b").to_string()
                };
                (day_number(*d), label)
            })
            .collect();
        DayAxis { start, end, ticks }
    }
}

impl Ranged for DayAxis {
    type FormatOption = NoDefaultFormatting;
    type ValueType = f64;

    fn map(&self, value: &f64, limit: (i32, i32)) -> i32 {
        let span = self.end - self.start;
        if span <= 0.0 || !span.is_finite() {
            return limit.0;
        }
        let r = (value - self.start) / span;
        limit.0 + (r * f64::from(limit.1 - limit.0)).round() as i32
    }

    fn key_points<H: KeyPointHint>(&self, hint: H) -> Vec<f64> {
        if hint.max_num_points() == 0 {
            return Vec::new();
        }
        let step = self.ticks.len().div_ceil(hint.max_num_points()).max(1);
        self.ticks.iter().step_by(step).map(|(t, _)| *t).collect()
    }

    fn range(&self) -> Range<f64> {
        self.start..self.end
    }
}

impl ValueFormatter<f64> for DayAxis {
    /// Labels are drawn by the charts, not by plotters.
    fn format_ext(&self, _value: &f64) -> String {
        String::new()
    }
}

/// The ticks plotters puts on a numeric axis from `0` to `max` when asked for `n` labels (the
/// same call its mesh makes), so that labels drawn by hand sit on the grid lines.
pub(super) fn numeric_ticks(max: f64, n: usize) -> Vec<f64> {
    RangedCoordf64::from(0.0..max).key_points(n)
}

/// 1234567 -> "1,234,567".
pub(super) fn thousands(v: u64) -> String {
    let s = v.to_string();
    let mut out = String::with_capacity(s.len() + s.len() / 3);
    for (i, ch) in s.chars().enumerate() {
        if i > 0 && (s.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(ch);
    }
    out
}

/// A date chart's mesh in the house style: horizontal grid lines only, the axis lines, and no
/// tick labels of plotters' own (the charts write theirs with [`super::text::put`]).
pub(super) fn draw_day_mesh<DB: DrawingBackend>(
    chart: &mut ChartContext<'_, DB, Cartesian2d<DayAxis, RangedCoordf64>>,
    x_labels: usize,
    y_labels: usize,
) -> Result<()> {
    let no_label = |_: &f64| String::new();
    chart
        .configure_mesh()
        .disable_x_mesh()
        .bold_line_style(GRID.stroke_width(1))
        .light_line_style(TRANSPARENT)
        .axis_style(AXIS.stroke_width(1))
        .x_labels(x_labels)
        .y_labels(y_labels)
        .y_label_formatter(&no_label)
        .draw()
        .map_err(chart_err)
}

/// Where a chart's plot lies in the area the chart was built on: the plot's base pixel
/// (absolute), its offset from the area's top left, and its size.
pub(super) struct PlotFrame {
    pub(super) base: (i32, i32),
    pub(super) left: i32,
    pub(super) top: i32,
    pub(super) width: u32,
    pub(super) height: u32,
}

impl PlotFrame {
    pub(super) fn of<DB: DrawingBackend, CT: CoordTranslate>(
        chart: &ChartContext<'_, DB, CT>,
        outer: &DrawingArea<DB, Shift>,
    ) -> PlotFrame {
        let plot = chart.plotting_area().strip_coord_spec();
        let base = plot.get_base_pixel();
        let outer_base = outer.get_base_pixel();
        let (width, height) = plot.dim_in_pixel();
        PlotFrame {
            base,
            left: base.0 - outer_base.0,
            top: base.1 - outer_base.1,
            width,
            height,
        }
    }

    /// The bottom edge of the plot, in the outer area's pixels.
    pub(super) fn bottom(&self) -> i32 {
        self.top + self.height as i32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(m: u32, dd: u32) -> f64 {
        day_number(NaiveDate::from_ymd_opt(2025, m, dd).unwrap())
    }

    fn labels(axis: &DayAxis) -> Vec<&str> {
        axis.ticks.iter().map(|(_, l)| l.as_str()).collect()
    }

    #[test]
    fn day_axis_picks_the_finest_calendar_ticks_that_fit() {
        assert_eq!(
            labels(&DayAxis::new(d(9, 1), d(12, 31), 5)),
            ["Sep 2025", "Oct", "Nov", "Dec"]
        );
        let weekly = DayAxis::new(d(9, 1), d(10, 31), 10);
        assert_eq!(labels(&weekly)[..3], ["1 Sep", "8 Sep", "15 Sep"]);
        let daily = DayAxis::new(d(9, 1), d(9, 8), 10);
        assert_eq!(daily.ticks.len(), 8);
        assert_eq!(daily.ticks[0].1, "1 Sep");
        // Nonsense ranges give no ticks, not a panic.
        assert!(DayAxis::new(f64::NAN, f64::INFINITY, 5).ticks.is_empty());
    }

    #[test]
    fn thousands_separators() {
        assert_eq!(thousands(1234567), "1,234,567");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(12), "12");
    }
}
