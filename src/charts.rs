//! Stage 5: charts of a [`Report`], drawn with plotters on any drawing area.
//!
//! Each chart is a function generic over the backend, so the same code writes PNG files
//! ([`BitMapBackend`]), SVG files ([`SVGBackend`]) and notebook figures
//! ([`plotters::evcxr::evcxr_figure`]):
//!
//! - [`attack_size`]: stacked bars of drones and missiles per attack on a true date axis, with
//!   qualifier labels ("800+", "~580"), bounds drawn as bounds (a light bar and an arrow), the
//!   mean of the attacks within [`ROLLING_DAYS`] days (never across a longer gap) and the record
//!   attack marked;
//! - [`interception_rates`]: per attack and weapon, the rate with its "552/~580" label, or "not
//!   reported";
//! - [`casualties`]: killed and injured per attack, with qualifiers.
//!
//! [`official`] draws the Air Force's record over its whole history, with the articles' attacks
//! overlaid ([`official::attack_size_history`], [`official::interception_history`]).
//!
//! [`write_all`] writes the three as PNG and SVG files, atomically (a temporary file in the same
//! folder, then a rename) and byte-identical from one run to the next.
//!
//! Text is drawn with DejaVu Sans, embedded in the library and registered with plotters'
//! `ab_glyph` backend by every drawing function, so charts render on machines without system
//! fonts (and in evcxr, which links each notebook cell on its own). SVG files draw their text as
//! the outlines of those glyphs ([`text_as_paths`]), so they render the same in viewers without
//! DejaVu Sans. Colours are Okabe–Ito, safe for colour-blind readers.
//!
//! In a notebook (evcxr):
//!
//! ```no_run
//! use plotters::evcxr::evcxr_figure;
//! use strikes::{analysis::Report, charts::{self, Chart}, Corpus};
//!
//! let (corpus, _) = Corpus::load("seeds")?;
//! let (report, _) = Report::from_corpus(&corpus)?;
//! let figure = evcxr_figure(Chart::AttackSize.size(&report), |root| {
//!     charts::attack_size(&root, &report)?;
//!     Ok(())
//! });
//! # let _ = figure;
//! # Ok::<(), strikes::Error>(())
//! ```
//!
//! [`Report`]: crate::analysis::Report

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use plotters::coord::Shift;
use plotters::drawing::DrawingAreaErrorKind;
use plotters::element::DashedPathElement;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, VPos};
use polars::prelude::{DataFrame, DataType};

use crate::analysis::Report;
use crate::error::{Error, Result};

mod axis;
pub mod official;
mod rows;
mod size;
mod svgtext;
mod text;

pub use rows::{casualties, interception_rates};
pub use size::attack_size;
pub use svgtext::text_as_paths;
pub use text::register_fonts;
use text::{put, width, Face};

/// Okabe–Ito blue: drones.
pub const DRONES: RGBColor = RGBColor(0x00, 0x72, 0xB2);
/// Okabe–Ito vermillion: missiles.
pub const MISSILES: RGBColor = RGBColor(0xD5, 0x5E, 0x00);
/// Okabe–Ito reddish purple: people killed.
pub const KILLED: RGBColor = RGBColor(0xCC, 0x79, 0xA7);
/// Okabe–Ito orange: people injured.
pub const INJURED: RGBColor = RGBColor(0xE6, 0x9F, 0x00);
/// Darker shades of the series colours, for text on white (contrast of at least 4.5:1).
const DRONES_TEXT: RGBColor = RGBColor(0x00, 0x5A, 0x8C);
const MISSILES_TEXT: RGBColor = RGBColor(0xA8, 0x45, 0x00);
const KILLED_TEXT: RGBColor = RGBColor(0x8E, 0x3F, 0x73);
const INJURED_TEXT: RGBColor = RGBColor(0x85, 0x5C, 0x00);
const TEXT: RGBColor = RGBColor(0x22, 0x22, 0x22);
const MUTED: RGBColor = RGBColor(0x5F, 0x5F, 0x5F);
const GRID: RGBColor = RGBColor(0xE3, 0xE3, 0xE3);
const AXIS: RGBColor = RGBColor(0x88, 0x88, 0x88);
const MEAN: RGBColor = RGBColor(0x33, 0x33, 0x33);

const TITLE: Face = Face::bold(26.0);
const SUBTITLE: Face = Face::regular(15.0);
const LEGEND: Face = Face::regular(14.0);
const NOTE: Face = Face::regular(12.5);
const LABEL: Face = Face::regular(13.0);
const LABEL_BOLD: Face = Face::bold(13.0);
const TICK: Face = Face::regular(13.0);
const AXIS_DESC: Face = Face::regular(14.0);
/// Left margin of titles and notes.
const MARGIN: i32 = 24;
/// Height of one line of notes under a chart.
const NOTE_LINE: i32 = 18;
/// The rolling mean of the attack-size chart: the mean size of the attacks within this many
/// days, never drawn across a longer gap.
pub const ROLLING_DAYS: u32 = 7;
/// At most this many attacker panels in the attack-size chart.
pub const MAX_PANELS: usize = 3;
/// At most this many attacks in the per-attack charts (the latest are kept).
pub const MAX_ATTACK_ROWS: usize = 30;

/// The charts of a report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Chart {
    /// [`attack_size`].
    AttackSize,
    /// [`interception_rates`].
    InterceptionRates,
    /// [`casualties`].
    Casualties,
}

impl Chart {
    /// Every chart, in the order [`write_all`] writes them.
    pub const ALL: [Chart; 3] = [
        Chart::AttackSize,
        Chart::InterceptionRates,
        Chart::Casualties,
    ];

    /// The output file name without extension: `attack_size`, `interception_rates`,
    /// `casualties`.
    pub fn file_stem(self) -> &'static str {
        match self {
            Chart::AttackSize => "attack_size",
            Chart::InterceptionRates => "interception_rates",
            Chart::Casualties => "casualties",
        }
    }

    /// The size in pixels the chart reads well at for this report (the per-attack charts grow
    /// with the number of attacks, up to [`MAX_ATTACK_ROWS`]).
    pub fn size(self, report: &Report) -> (u32, u32) {
        match self {
            Chart::AttackSize => {
                let panels = attackers(&report.trend).len().max(1) as u32;
                (1200, 260 + 380 * panels)
            }
            Chart::InterceptionRates => (1100, rows::rates_height(report)),
            Chart::Casualties => (1100, rows::casualties_height(report)),
        }
    }

    /// Draws the chart on `area`.
    pub fn draw<DB: DrawingBackend>(
        self,
        area: &DrawingArea<DB, Shift>,
        report: &Report,
    ) -> Result<()> {
        match self {
            Chart::AttackSize => attack_size(area, report),
            Chart::InterceptionRates => interception_rates(area, report),
            Chart::Casualties => casualties(area, report),
        }
    }
}

/// Writes every chart of [`Chart::ALL`] to `out_dir` (created if missing) as `<stem>.png` and
/// `<stem>.svg`, and returns the paths written, in that order. Each file is written atomically
/// (a temporary file in `out_dir`, then a rename) and is byte-identical when the report is.
pub fn write_all(report: &Report, out_dir: &Path) -> Result<Vec<PathBuf>> {
    fs::create_dir_all(out_dir).map_err(|e| Error::io(out_dir, e))?;
    let mut written = Vec::new();
    for chart in Chart::ALL {
        let png = out_dir.join(format!("{}.png", chart.file_stem()));
        write_png(chart, report, &png)?;
        written.push(png);
        let svg = out_dir.join(format!("{}.svg", chart.file_stem()));
        write_svg(chart, report, &svg)?;
        written.push(svg);
    }
    Ok(written)
}

/// A temporary file next to `path`, readable by all like a normal output file.
fn temp_beside(path: &Path, suffix: &str) -> Result<tempfile::NamedTempFile> {
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut builder = tempfile::Builder::new();
    builder.prefix(".strikes-chart-").suffix(suffix);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o644));
    }
    builder.tempfile_in(dir).map_err(|e| Error::io(dir, e))
}

/// Gives a chart error the path of the file it was drawn for.
fn at_path(path: &Path) -> impl Fn(Error) -> Error + '_ {
    move |e| match e {
        Error::Chart { message, .. } => Error::Chart {
            path: path.to_path_buf(),
            message,
        },
        other => other,
    }
}

/// Draws one chart into a PNG file, atomically.
pub fn write_png(chart: Chart, report: &Report, path: &Path) -> Result<()> {
    let tmp = temp_beside(path, ".png")?;
    {
        let root = BitMapBackend::new(tmp.path(), chart.size(report)).into_drawing_area();
        chart.draw(&root, report).map_err(at_path(path))?;
        root.present().map_err(chart_err).map_err(at_path(path))?;
    }
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

/// Draws one chart as an SVG document, its text as glyph outlines ([`text_as_paths`]).
pub fn render_svg(chart: Chart, report: &Report) -> Result<String> {
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, chart.size(report)).into_drawing_area();
        chart.draw(&root, report)?;
        root.present().map_err(chart_err)?;
    }
    text_as_paths(&svg)
}

/// Draws one chart into an SVG file, atomically.
pub fn write_svg(chart: Chart, report: &Report, path: &Path) -> Result<()> {
    let svg = render_svg(chart, report).map_err(at_path(path))?;
    let mut tmp = temp_beside(path, ".svg")?;
    tmp.write_all(svg.as_bytes())
        .and_then(|_| tmp.flush())
        .map_err(|e| Error::io(path, e))?;
    tmp.persist(path).map_err(|e| Error::io(path, e.error))?;
    Ok(())
}

fn chart_err<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> Error {
    Error::Chart {
        path: PathBuf::from("<memory>"),
        message: e.to_string(),
    }
}

// ---------------------------------------------------------------------------------------------
// Reading the report's frames (any dtype that casts; a missing column is an error).

fn strs(df: &DataFrame, name: &str) -> Result<Vec<Option<String>>> {
    let c = df.column(name)?.cast(&DataType::String)?;
    Ok(c.str()?.iter().map(|s| s.map(str::to_string)).collect())
}

fn u32s(df: &DataFrame, name: &str) -> Result<Vec<Option<u32>>> {
    let c = df.column(name)?.cast(&DataType::UInt32)?;
    Ok(c.u32()?.iter().collect())
}

fn f64s(df: &DataFrame, name: &str) -> Result<Vec<Option<f64>>> {
    let c = df.column(name)?.cast(&DataType::Float64)?;
    Ok(c.f64()?.iter().collect())
}

fn lists(df: &DataFrame, name: &str) -> Result<Vec<Vec<String>>> {
    let c = df.column(name)?;
    let list = c.list()?;
    Ok(list
        .amortized_iter()
        .map(|s| {
            s.and_then(|s| {
                s.as_ref()
                    .str()
                    .ok()
                    .map(|s| s.iter().flatten().map(str::to_string).collect())
            })
            .unwrap_or_default()
        })
        .collect())
}

fn dates(df: &DataFrame, name: &str) -> Result<Vec<Option<NaiveDate>>> {
    let c = df.column(name)?.cast(&DataType::Date)?;
    Ok(c.date()?.as_date_iter().collect())
}

/// The attackers of a frame with an `attacker` column: `russia` first, then the others sorted;
/// a missing attacker is `""`. At most [`MAX_PANELS`] (the first ones in that order).
fn attackers(df: &DataFrame) -> Vec<String> {
    let set: BTreeSet<String> = strs(df, "attacker")
        .unwrap_or_default()
        .into_iter()
        .map(Option::unwrap_or_default)
        .collect();
    let mut v: Vec<String> = set.into_iter().collect();
    v.sort_by_key(|a| (a != "russia", a.clone()));
    v.truncate(MAX_PANELS);
    v
}

fn capitalised(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn day_label(d: NaiveDate) -> String {
    d.format("%-d %b %Y").to_string()
}

fn date_range(first: NaiveDate, last: NaiveDate) -> String {
    if first == last {
        day_label(first)
    } else if first.year() == last.year() {
        format!("{} – {}", first.format("%-d %b"), day_label(last))
    } else {
        format!("{} – {}", day_label(first), day_label(last))
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

// ---------------------------------------------------------------------------------------------
// Layout shared by the charts.

/// How a legend entry is drawn.
enum Swatch {
    /// A filled square.
    Fill(RGBColor),
    /// A light (tinted) square with a solid border.
    Light(RGBColor),
    /// A dashed line.
    Dash(RGBColor),
    /// A black outline.
    Outline,
    /// A black diamond (a marker).
    Diamond,
    /// A solid line.
    Line(RGBColor),
    /// A ring (a hollow circle marker).
    Ring(RGBColor),
    /// A hollow square marker.
    Square(RGBColor),
}

/// Title, subtitle and legend of a chart.
struct Header {
    title: String,
    subtitle: String,
    legend: Vec<(Swatch, String)>,
}

/// Fills `area` white, draws the header at its top and the `note` lines at its bottom, and
/// returns the area left in between.
fn frame<DB: DrawingBackend>(
    area: &DrawingArea<DB, Shift>,
    header: &Header,
    note: &[String],
) -> Result<DrawingArea<DB, Shift>> {
    area.fill(&WHITE).map_err(chart_err)?;
    let (w, h) = area.dim_in_pixel();
    let top_left = (HPos::Left, VPos::Top);
    put(area, &header.title, TITLE, &TEXT, top_left, (MARGIN, 18))?;
    put(
        area,
        &header.subtitle,
        SUBTITLE,
        &MUTED,
        top_left,
        (MARGIN, 56),
    )?;
    let mut header_h = 84;
    if !header.legend.is_empty() {
        let y = 90;
        let mut x = MARGIN;
        for (swatch, label) in &header.legend {
            let (x0, y0, x1, y1) = (x, y - 2, x + 14, y + 12);
            match swatch {
                Swatch::Fill(c) => area.draw(&Rectangle::new([(x0, y0), (x1, y1)], c.filled())),
                Swatch::Light(c) => area
                    .draw(&Rectangle::new([(x0, y0), (x1, y1)], c.mix(0.45).filled()))
                    .and_then(|_| {
                        area.draw(&Rectangle::new([(x0, y0), (x1, y1)], c.stroke_width(1)))
                    }),
                Swatch::Dash(c) => area.draw(&DashedPathElement::new(
                    vec![(x0 - 2, y + 5), (x1 + 8, y + 5)],
                    5,
                    3,
                    c.stroke_width(2),
                )),
                Swatch::Outline => {
                    area.draw(&Rectangle::new([(x0, y0), (x1, y1)], BLACK.stroke_width(2)))
                }
                Swatch::Line(c) => area.draw(&PathElement::new(
                    vec![(x0 - 2, y + 5), (x1 + 8, y + 5)],
                    c.stroke_width(2),
                )),
                Swatch::Diamond => area.draw(&Polygon::new(
                    vec![(x0 + 7, y0), (x1, y + 5), (x0 + 7, y1), (x0, y + 5)],
                    BLACK.filled(),
                )),
                Swatch::Ring(c) => area.draw(&Circle::new((x0 + 7, y + 5), 6, c.stroke_width(2))),
                Swatch::Square(c) => area.draw(&Rectangle::new(
                    [(x0 + 2, y0 + 2), (x1 - 2, y1 - 2)],
                    c.stroke_width(2),
                )),
            }
            .map_err(chart_err)?;
            let lx = x1
                + if matches!(swatch, Swatch::Dash(_) | Swatch::Line(_)) {
                    14
                } else {
                    8
                };
            put(area, label, LEGEND, &TEXT, top_left, (lx, y))?;
            x = lx + width(label, LEGEND) + 28;
        }
        header_h = 116;
    }
    let note_h = 10 + NOTE_LINE * note.len() as i32;
    for (i, line) in note.iter().enumerate() {
        let y = h as i32 - note_h + 6 + NOTE_LINE * i as i32;
        put(area, line, NOTE, &MUTED, top_left, (MARGIN, y))?;
    }
    let body_h = (h as i32 - header_h - note_h).max(1);
    Ok(area.clone().shrink((0, header_h), (w, body_h as u32)))
}

/// A centred message in an empty chart body.
fn no_data<DB: DrawingBackend>(area: &DrawingArea<DB, Shift>, message: &str) -> Result<()> {
    let (w, h) = area.dim_in_pixel();
    area.draw(&Rectangle::new(
        [(MARGIN, 8), (w as i32 - MARGIN, h as i32 - 8)],
        GRID.stroke_width(1),
    ))
    .map_err(chart_err)?;
    put(
        area,
        message,
        Face::regular(18.0),
        &MUTED,
        (HPos::Center, VPos::Center),
        (w as i32 / 2, h as i32 / 2),
    )
}

/// A rectangle in pixels, for label placement.
#[derive(Debug, Clone, Copy)]
struct Px {
    x0: i32,
    y0: i32,
    x1: i32,
    y1: i32,
}

impl Px {
    fn overlaps(&self, o: &Px) -> bool {
        self.x0 < o.x1 && o.x0 < self.x1 && self.y0 < o.y1 && o.y0 < self.y1
    }

    fn grown(&self, by: i32) -> Px {
        Px {
            x0: self.x0 - by,
            y0: self.y0 - by,
            x1: self.x1 + by,
            y1: self.y1 + by,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::events::events_frame;
    use crate::extract::{Count, Event, Qualifier, Side};
    use polars::prelude::IntoLazy;

    fn day(m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(2025, m, d)
    }

    fn count(value: u32, qualifier: Qualifier) -> Option<Count> {
        Some(Count { value, qualifier })
    }

    /// Hand-written reports in the style of the seed articles (two reports of one attack that
    /// disagree, qualified figures, another attacker, an undated report).
    fn sample_events() -> Vec<Event> {
        use Qualifier::*;
        let mut v = Vec::new();
        let mut e = Event::empty("000", day(9, 6), Side::Russia);
        e.drones_launched = count(91, Exact);
        e.hits = count(18, Exact);
        v.push(e);
        let mut e = Event::empty("003", day(9, 7), Side::Russia);
        e.drones_launched = count(800, MoreThan);
        e.missiles_launched = count(13, Exact);
        v.push(e);
        let mut e = Event::empty("003b", day(9, 7), Side::Russia);
        e.drones_launched = count(810, Exact);
        e.drones_intercepted = count(747, Exact);
        e.missiles_launched = count(13, Exact);
        e.missiles_intercepted = count(4, Exact);
        e.killed = count(2, Exact);
        e.injured = count(18, AtLeast);
        v.push(e);
        let mut e = Event::empty("003c", day(9, 7), Side::Russia);
        e.drones_launched = count(805, Exact);
        e.killed = count(4, Exact);
        v.push(e);
        let mut e = Event::empty("002", day(9, 20), Side::Russia);
        e.drones_launched = count(580, About);
        e.drones_intercepted = count(552, Exact);
        e.missiles_launched = count(40, Exact);
        e.missiles_intercepted = count(31, Exact);
        e.killed = count(3, Exact);
        e.injured = count(30, About);
        v.push(e);
        let mut e = Event::empty("001", day(12, 3), Side::Russia);
        e.drones_launched = count(111, AtLeast);
        e.killed = count(2, Exact);
        e.injured = count(3, Exact);
        v.push(e);
        let mut e = Event::empty("004", day(12, 6), Side::Russia);
        e.drones_launched = count(650, MoreThan);
        e.missiles_launched = count(51, Exact);
        e.drones_intercepted = count(585, Exact);
        v.push(e);
        let mut e = Event::empty("004", day(12, 6), Side::Ukraine);
        e.drones_intercepted = count(116, Exact);
        v.push(e);
        let mut e = Event::empty("005_undated_report", None, Side::Russia);
        e.drones_launched = count(45, Exact);
        e.drones_intercepted = count(40, Exact);
        v.push(e);
        v
    }

    /// Many attacks close together, to exercise label placement.
    fn dense_events() -> Vec<Event> {
        let start = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        (0..70u32)
            .map(|i| {
                let d = start + chrono::Duration::days(i64::from(i * 3 / 2));
                let mut e = Event::empty(&format!("a{i:03}"), Some(d), Side::Russia);
                let drones = 40 + (i * 37 % 23) * 20 + if i == 41 { 500 } else { 0 };
                let q = [Qualifier::Exact, Qualifier::MoreThan, Qualifier::About][(i % 3) as usize];
                e.drones_launched = count(drones, q);
                e.drones_intercepted = count(drones * 9 / 10, Qualifier::Exact);
                if i % 4 == 0 {
                    e.missiles_launched = count(5 + i % 30, Qualifier::Exact);
                    e.missiles_intercepted = count(3 + i % 20, Qualifier::Exact);
                }
                if i % 5 == 0 {
                    e.killed = count(i % 7, Qualifier::Exact);
                    e.injured = count(i % 40, Qualifier::AtLeast);
                }
                e
            })
            .collect()
    }

    fn report(events: &[Event], n_articles: usize) -> Report {
        Report::from_events(events_frame(events).unwrap(), n_articles)
            .unwrap()
            .0
    }

    fn draw_in_memory(chart: Chart, report: &Report) -> Vec<u8> {
        let (w, h) = chart.size(report);
        let mut buf = vec![0u8; (w * h * 3) as usize];
        {
            let root = BitMapBackend::with_buffer(&mut buf, (w, h)).into_drawing_area();
            chart.draw(&root, report).unwrap();
            root.present().unwrap();
        }
        buf
    }

    /// Writes the charts to `$STRIKES_PREVIEW_DIR/<name>/` when that is set, to look at them.
    fn preview(name: &str, report: &Report) {
        if let Some(dir) = std::env::var_os("STRIKES_PREVIEW_DIR") {
            write_all(report, &Path::new(&dir).join(name)).unwrap();
        }
    }

    #[test]
    fn charts_draw_into_memory() {
        let r = report(&sample_events(), 7);
        for chart in Chart::ALL {
            let buf = draw_in_memory(chart, &r);
            // Something besides the white background was drawn.
            assert!(buf.iter().any(|&b| b != 255), "{chart:?}");
        }
        preview("sample", &r);
        let dense = report(&dense_events(), 70);
        for chart in Chart::ALL {
            draw_in_memory(chart, &dense);
        }
        preview("dense", &dense);
    }

    #[test]
    fn charts_of_an_empty_report_say_no_data() {
        let r = report(&[], 0);
        for chart in Chart::ALL {
            let buf = draw_in_memory(chart, &r);
            assert!(buf.iter().any(|&b| b != 255), "{chart:?}");
            let svg = render_svg(chart, &r).unwrap();
            assert!(svg.contains("No attack"), "{chart:?}: {svg}");
            assert!(!svg.contains("<text"), "{chart:?}: text as paths");
        }
        preview("empty", &r);
        // Attacks without any figure, none dated.
        let r = report(&[Event::empty("x", None, Side::Russia)], 1);
        for chart in Chart::ALL {
            draw_in_memory(chart, &r);
        }
    }

    #[test]
    fn odd_frames_draw_without_panicking() {
        // Unknown and many attackers, all-null figures but one.
        let events = polars::df!(
            "article" => ["a", "b", "c", "d", "e"],
            "event_date" => ["2025-09-01", "2025-09-02", "2025-09-03", "2025-09-04", "2025-09-05"],
            "attacker" => [None, Some("x"), Some("y"), Some("z"), Some("russia")],
            "drones_launched" => [Some(10u32), Some(20), Some(30), Some(40), None],
            "killed" => [None::<u32>, None, None, None, Some(0)],
        )
        .unwrap();
        let events = events
            .lazy()
            .with_column(polars::prelude::col("event_date").cast(DataType::Date))
            .collect()
            .unwrap();
        let (r, _) = Report::from_events(events, 5).unwrap();
        assert_eq!(r.attacks.height(), 5);
        let (_, h) = Chart::AttackSize.size(&r);
        assert!(h < 2000, "{h}");
        for chart in Chart::ALL {
            draw_in_memory(chart, &r);
        }
    }

    #[test]
    fn write_all_is_atomic_and_reproducible() {
        let r = report(&sample_events(), 7);
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("charts");
        let first = write_all(&r, &out).unwrap();
        assert_eq!(first.len(), 6);
        let bytes: Vec<Vec<u8>> = first.iter().map(|p| fs::read(p).unwrap()).collect();
        assert!(bytes[0].starts_with(b"\x89PNG"));
        assert!(bytes[1].starts_with(b"<svg"));
        for (path, b) in first.iter().zip(&bytes) {
            if path.extension().is_some_and(|e| e == "svg") {
                let svg = std::str::from_utf8(b).unwrap();
                assert!(!svg.contains("<text"), "{}: text as paths", path.display());
                assert!(svg.contains("<path "), "{}", path.display());
            }
        }
        let second = write_all(&r, &out).unwrap();
        assert_eq!(first, second);
        for (p, b) in second.iter().zip(&bytes) {
            assert_eq!(
                &fs::read(p).unwrap(),
                b,
                "{} changed on a re-run",
                p.display()
            );
        }
        // No temporary file is left behind.
        let names: Vec<String> = fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names.len(), 6, "{names:?}");
    }
}
