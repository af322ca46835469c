//! The official record: the Ukrainian Air Force's nightly reports, as curated in the dataset
//! "Massive Missile Attacks on Ukraine" (Kaggle, Petro Ivaniuk, CC BY-NC-SA 4.0). The dataset does
//! not ship with `strikes`; the user downloads it and passes its path.
//!
//! - [`load`] reads the CSV (the only IO here) and [`parse`] turns its text into [`Record`]s, one
//!   per report and weapon model, with typed fields, the curator's Python literals parsed
//!   ([`pylit`]), and a warning naming the line for every row that cannot be read.
//! - [`classes`] maps every model string to a [`WeaponClass`].
//! - [`nights`] groups the national (`kpszsu`) reports into [`Night`]s, one per attack.
//! - [`check`] compares the figures of the articles with the nights.
//! - [`history`] the nights over the whole record: weekly or monthly sizes, records, monthly
//!   interception rates per class (what the charts of [`crate::charts::official`] draw).
//! - [`filled`](mod@filled) fills the figures the articles lack from the nights, each figure's
//!   source marked.
//!
//! Every output derived from a file records its sha256 ([`Official::sha256`]): the curator edits
//! past rows in place.

pub mod check;
pub mod classes;
pub mod filled;
pub mod history;
pub mod nights;
pub mod pylit;

use std::path::Path;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use polars::prelude::*;
use sha2::{Digest, Sha256};

use crate::error::{Error, Result};
use crate::Warning;
pub use check::{check, Check, Verdict};
pub use classes::{class_of, WeaponClass};
pub use filled::{filled, filled_rates};
pub use nights::{nights, Night};

/// One row of the record: one report and weapon model.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// 1-based line of the row in the file (the header is line 1).
    pub line: u64,
    /// Start of the reported period; a bare date is midnight, `start_has_time` false.
    pub time_start: NaiveDateTime,
    /// End of the reported period; an overnight attack ends the morning after.
    pub time_end: NaiveDateTime,
    /// Whether `time_start` / `time_end` had a time of day in the file.
    pub has_time: bool,
    /// The model string as written ("Shahed-136/131", "X-101/X-555 and Kalibr").
    pub model: String,
    /// Its class.
    pub class: WeaponClass,
    /// Launched (empty in the file = `None`).
    pub launched: Option<u32>,
    /// Destroyed (shot down or suppressed).
    pub destroyed: Option<u32>,
    /// Lost to electronic warfare ("locationally lost"; did not reach their targets).
    pub not_reach_goal: Option<u32>,
    /// Still in the air when the report was posted.
    pub still_attacking: Option<u32>,
    /// Places hit.
    pub num_hit_location: Option<u32>,
    /// Places where debris fell.
    pub num_fall_fragment_location: Option<u32>,
    /// Regions affected (`affected region`, a Python list).
    pub affected_regions: Vec<String>,
    /// The post the row comes from (`kpszsu/posts/...`).
    pub source: String,
    /// The command that posted it: the part of `source` before the first `/` (`kpszsu`,
    /// `PvKPivden`, ...).
    pub reporter: String,
}

impl Record {
    /// The date of the attack: the date its report's period ends ("the night of D" ends on D).
    pub fn date(&self) -> NaiveDate {
        self.time_end.date()
    }
    /// A national report of the Air Force (not a regional command's).
    pub fn is_national(&self) -> bool {
        self.reporter == "kpszsu"
    }
}

/// The record loaded from a file: its rows, the file's sha256, and the warnings.
#[derive(Debug, Clone)]
pub struct Official {
    /// The rows that could be read, in file order.
    pub records: Vec<Record>,
    /// sha256 of the file's bytes, lowercase hex.
    pub sha256: String,
    /// Rows skipped or fields not read, each naming the line.
    pub warnings: Vec<Warning>,
}

impl Official {
    /// The records as a DataFrame (see [`frame`]).
    pub fn frame(&self) -> Result<DataFrame> {
        frame(&self.records)
    }
    /// The national attacks, one per report (see [`nights`]).
    pub fn nights(&self) -> Vec<Night> {
        nights(&self.records)
    }
}

/// Reads the dataset's CSV at `path`. Errors only when the file cannot be read or its header
/// lacks the columns the record needs; bad rows are warnings.
pub fn load(path: &Path) -> Result<Official> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let sha256 = Sha256::digest(&bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    let text = String::from_utf8_lossy(&bytes);
    let (records, warnings) = parse(&text, path)?;
    Ok(Official {
        records,
        sha256,
        warnings,
    })
}

/// The columns a file must have.
const REQUIRED: [&str; 5] = ["time_start", "time_end", "model", "launched", "source"];

/// Parses the text of the dataset's CSV (pure). `path` only names the file in messages.
pub fn parse(text: &str, path: &Path) -> Result<(Vec<Record>, Vec<Warning>)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .from_reader(text.as_bytes());
    let headers = reader.headers().map_err(|e| Error::Csv {
        path: path.to_path_buf(),
        line: 1,
        message: format!("unreadable header: {e}"),
    })?;
    let headers: Vec<String> = headers.iter().map(|h| h.trim().to_string()).collect();
    if let Some(missing) = REQUIRED.iter().find(|c| !headers.iter().any(|h| h == *c)) {
        return Err(Error::Csv {
            path: path.to_path_buf(),
            line: 1,
            message: format!(
                "no `{missing}` column: is this the \"Massive Missile Attacks on Ukraine\" missile_attacks_daily.csv?"
            ),
        });
    }
    let col = |name: &str| headers.iter().position(|h| h == name);
    let cols = Cols {
        time_start: col("time_start"),
        time_end: col("time_end"),
        model: col("model"),
        launched: col("launched"),
        destroyed: col("destroyed"),
        not_reach_goal: col("not_reach_goal"),
        still_attacking: col("still_attacking"),
        hit: col("num_hit_location"),
        debris: col("num_fall_fragment_location"),
        regions: col("affected region"),
        source: col("source"),
        width: headers.len(),
    };
    let (mut records, mut warnings) = (Vec::new(), Vec::new());
    for row in reader.records() {
        match row {
            Ok(r) => {
                let line = r.position().map_or(0, |p| p.line());
                match record(&r, &cols, line, path, &mut warnings) {
                    Ok(rec) => records.push(rec),
                    Err(msg) => warnings.push(Warning::file(path, Some(line), msg)),
                }
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line());
                warnings.push(Warning::file(path, Some(line), format!("row skipped: {e}")));
            }
        }
    }
    Ok((records, warnings))
}

struct Cols {
    time_start: Option<usize>,
    time_end: Option<usize>,
    model: Option<usize>,
    launched: Option<usize>,
    destroyed: Option<usize>,
    not_reach_goal: Option<usize>,
    still_attacking: Option<usize>,
    hit: Option<usize>,
    debris: Option<usize>,
    regions: Option<usize>,
    source: Option<usize>,
    width: usize,
}

fn record(
    r: &csv::StringRecord,
    c: &Cols,
    line: u64,
    path: &Path,
    warnings: &mut Vec<Warning>,
) -> std::result::Result<Record, String> {
    if r.len() != c.width {
        return Err(format!(
            "row skipped: {} fields, the header has {}",
            r.len(),
            c.width
        ));
    }
    let get = |i: Option<usize>| i.and_then(|i| r.get(i)).unwrap_or("").trim();
    let (time_start, start_time) = datetime(get(c.time_start)).ok_or_else(|| {
        format!(
            "row skipped: time_start {:?} is not a date",
            get(c.time_start)
        )
    })?;
    let (time_end, end_time) = datetime(get(c.time_end))
        .ok_or_else(|| format!("row skipped: time_end {:?} is not a date", get(c.time_end)))?;
    let model = get(c.model).to_string();
    if model.is_empty() {
        return Err("row skipped: no model".into());
    }
    let class = class_of(&model);
    if class == WeaponClass::Unknown {
        warnings.push(Warning::file(
            path,
            Some(line),
            format!("model {model:?} has no weapon class: counted in neither drones nor missiles"),
        ));
    }
    let mut count = |name: &str, i: Option<usize>| -> Option<u32> {
        let v = get(i);
        if v.is_empty() || v.eq_ignore_ascii_case("nan") {
            return None;
        }
        match v.parse::<f64>() {
            Ok(f) if f >= 0.0 && f.fract() == 0.0 && f <= u32::MAX as f64 => Some(f as u32),
            _ => {
                warnings.push(Warning::file(
                    path,
                    Some(line),
                    format!("{name} {v:?} is not a count: left empty"),
                ));
                None
            }
        }
    };
    let launched = count("launched", c.launched);
    let destroyed = count("destroyed", c.destroyed);
    let not_reach_goal = count("not_reach_goal", c.not_reach_goal);
    let still_attacking = count("still_attacking", c.still_attacking);
    let num_hit_location = count("num_hit_location", c.hit);
    let num_fall_fragment_location = count("num_fall_fragment_location", c.debris);
    let affected_regions = regions(get(c.regions)).unwrap_or_else(|e| {
        warnings.push(Warning::file(
            path,
            Some(line),
            format!("affected region not read ({e}): left empty"),
        ));
        Vec::new()
    });
    let source = get(c.source).to_string();
    let reporter = source.split('/').next().unwrap_or("").to_string();
    Ok(Record {
        line,
        time_start,
        time_end,
        has_time: start_time && end_time,
        model,
        class,
        launched,
        destroyed,
        not_reach_goal,
        still_attacking,
        num_hit_location,
        num_fall_fragment_location,
        affected_regions,
        source,
        reporter,
    })
}

/// "YYYY-MM-DD HH:MM" or a bare "YYYY-MM-DD" (midnight); whether a time was given.
fn datetime(s: &str) -> Option<(NaiveDateTime, bool)> {
    if let Ok(dt) = NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M") {
        return Some((dt, true));
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .ok()
        .map(|d| (d.and_time(NaiveTime::MIN), false))
}

/// The `affected region` cell: a Python list of strings, or empty.
fn regions(s: &str) -> std::result::Result<Vec<String>, String> {
    if s.is_empty() {
        return Ok(Vec::new());
    }
    match pylit::parse(s)? {
        pylit::Value::List(items) => Ok(items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_string))
            .collect()),
        other => Err(format!("not a list: {other:?}")),
    }
}

/// The records as a DataFrame, one row per report and model: `line`, `time_start`, `time_end`
/// (Datetime, ms), `date` (Date, the attack's date), `model`, `class`, the counts as UInt32
/// (`launched`, `destroyed`, `not_reach_goal`, `still_attacking`, `num_hit_location`,
/// `num_fall_fragment_location`), `affected_regions` (List(String)), `source`, `reporter`.
pub fn frame(records: &[Record]) -> Result<DataFrame> {
    let dt = |f: fn(&Record) -> NaiveDateTime, name: &str| -> Result<Column> {
        let ms: Vec<i64> = records
            .iter()
            .map(|r| f(r).and_utc().timestamp_millis())
            .collect();
        Ok(Series::new(name.into(), ms)
            .cast(&DataType::Datetime(TimeUnit::Milliseconds, None))?
            .into())
    };
    let u32col = |name: &str, f: fn(&Record) -> Option<u32>| -> Column {
        Series::new(name.into(), records.iter().map(f).collect::<Vec<_>>()).into()
    };
    let str_col = |name: &str, f: fn(&Record) -> &str| -> Column {
        Series::new(name.into(), records.iter().map(f).collect::<Vec<_>>()).into()
    };
    let epoch = NaiveDate::from_ymd_opt(1970, 1, 1).expect("valid date");
    let days: Vec<i32> = records
        .iter()
        .map(|r| (r.date() - epoch).num_days() as i32)
        .collect();
    let regions: Vec<Series> = records
        .iter()
        .map(|r| Series::new("".into(), r.affected_regions.clone()))
        .collect();
    let columns = vec![
        Series::new(
            "line".into(),
            records.iter().map(|r| r.line).collect::<Vec<_>>(),
        )
        .into(),
        dt(|r| r.time_start, "time_start")?,
        dt(|r| r.time_end, "time_end")?,
        Series::new("date".into(), days)
            .cast(&DataType::Date)?
            .into(),
        str_col("model", |r| &r.model),
        str_col("class", |r| r.class.as_str()),
        u32col("launched", |r| r.launched),
        u32col("destroyed", |r| r.destroyed),
        u32col("not_reach_goal", |r| r.not_reach_goal),
        u32col("still_attacking", |r| r.still_attacking),
        u32col("num_hit_location", |r| r.num_hit_location),
        u32col("num_fall_fragment_location", |r| {
            r.num_fall_fragment_location
        }),
        Series::new("affected_regions".into(), regions)
            .cast(&DataType::List(Box::new(DataType::String)))?
            .into(),
        str_col("source", |r| &r.source),
        str_col("reporter", |r| &r.reporter),
    ];
    Ok(DataFrame::new(records.len(), columns)?)
}

#[cfg(test)]
mod tests;
