//! The official record against its own CSV: every model has a class (in the fixture, and in the
//! full file when `STRIKES_OFFICIAL` names it), no row is dropped without a warning naming its
//! line, and the monthly totals the library computes match a sum taken straight from the rows.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use chrono::{Datelike, NaiveDate};
use strikes::official::{self, class_of, WeaponClass};

use crate::repo;

fn fixture() -> PathBuf {
    repo("tests/data/official/missile_attacks_fixture.csv")
}

/// The full record, when `STRIKES_OFFICIAL` names it (CI sets it when ../shared/reference
/// exists). Set but missing is a failure, not a skip.
fn full_record() -> Option<PathBuf> {
    let p = PathBuf::from(std::env::var_os("STRIKES_OFFICIAL")?);
    assert!(
        p.is_file(),
        "STRIKES_OFFICIAL={} is not a file",
        p.display()
    );
    Some(p)
}

/// The data rows of a CSV as read by the csv crate alone: (line, fields), and the header.
fn raw_rows(path: &Path) -> (Vec<String>, Vec<(u64, Vec<String>)>) {
    let mut r = csv::ReaderBuilder::new()
        .flexible(true)
        .from_path(path)
        .expect("readable CSV");
    let header: Vec<String> = r
        .headers()
        .expect("a header")
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let rows = r
        .records()
        .map(|row| {
            let row = row.expect("a CSV row");
            let line = row.position().expect("a position").line();
            (line, row.iter().map(str::to_string).collect())
        })
        .collect();
    (header, rows)
}

/// Every row of the file is a record or a warning naming its line, and every record's model
/// has a class or a warning saying it has none. Returns the models without a class.
fn models_without_a_class(path: &Path) -> BTreeSet<String> {
    let o = official::load(path).expect("the record loads");
    let warned = |line: u64, what: &str| {
        let at = format!(":{line}: ");
        o.warnings
            .iter()
            .any(|w| w.to_string().contains(&at) && w.message.contains(what))
    };
    let (_, rows) = raw_rows(path);
    let read: BTreeSet<u64> = o.records.iter().map(|r| r.line).collect();
    for (line, fields) in &rows {
        assert!(
            read.contains(line) || warned(*line, "skipped"),
            "line {line} ({fields:?}) is neither a record nor a warning"
        );
    }
    let mut unknown = BTreeSet::new();
    for r in &o.records {
        assert_eq!(r.class, class_of(&r.model));
        if r.class == WeaponClass::Unknown {
            assert!(
                warned(r.line, "no weapon class"),
                "line {}: model {:?} has no class and no warning",
                r.line,
                r.model
            );
            unknown.insert(r.model.clone());
        }
    }
    unknown
}

#[test]
fn every_model_of_the_fixture_has_a_class_but_the_made_up_one() {
    let unknown = models_without_a_class(&fixture());
    assert_eq!(unknown, BTreeSet::from(["Brand-new drone".to_string()]));
}

#[test]
fn every_model_of_the_full_record_has_a_class() {
    let Some(path) = full_record() else {
        eprintln!(
            "STRIKES_OFFICIAL not set: the full record is not shipped; checked the fixture only"
        );
        return;
    };
    // Straight from the rows, without the loader...
    let (header, rows) = raw_rows(&path);
    let model = header
        .iter()
        .position(|h| h == "model")
        .expect("a model column");
    let models: BTreeSet<&str> = rows
        .iter()
        .filter_map(|(_, f)| f.get(model).map(|m| m.trim()))
        .filter(|m| !m.is_empty())
        .collect();
    let unclassed: Vec<&&str> = models
        .iter()
        .filter(|m| class_of(m) == WeaponClass::Unknown)
        .collect();
    assert!(
        unclassed.is_empty(),
        "models without a class: {unclassed:?}"
    );
    // ... and through it: no row dropped silently, no model without a class.
    assert!(models_without_a_class(&path).is_empty());
}

/// Monthly attack drones and missiles launched, summed straight from the national rows of the
/// CSV by the month of each row's `time_end`: no `Record`, no `Night`. A row the loader would
/// skip (a short row, a start or end that is not a date) is skipped; a launched cell that is not
/// a number counts 0, as a missing figure counts in the library's totals.
fn monthly_by_hand(path: &Path) -> Vec<(NaiveDate, u64, u64)> {
    let (header, rows) = raw_rows(path);
    let col = |name: &str| header.iter().position(|h| h == name).expect(name);
    let (start, end, model, launched, source) = (
        col("time_start"),
        col("time_end"),
        col("model"),
        col("launched"),
        col("source"),
    );
    let date = |s: &str| NaiveDate::parse_from_str(s.trim().get(..10)?, "%Y-%m-%d").ok();
    let mut months: BTreeMap<NaiveDate, (u64, u64)> = BTreeMap::new();
    for (_, f) in rows.iter().filter(|(_, f)| f.len() == header.len()) {
        if !f[source].starts_with("kpszsu/") || date(&f[start]).is_none() {
            continue;
        }
        let Some(end) = date(&f[end]) else { continue };
        let n = f[launched].trim().parse::<f64>().map_or(0, |v| v as u64);
        let class = class_of(&f[model]);
        let month = NaiveDate::from_ymd_opt(end.year(), end.month(), 1).expect("a month");
        let m = months.entry(month).or_default();
        if class.is_drone() {
            m.0 += n;
        } else if class.is_missile() {
            m.1 += n;
        }
    }
    months.into_iter().map(|(d, (a, b))| (d, a, b)).collect()
}

#[test]
fn monthly_totals_of_the_library_match_a_sum_straight_from_the_rows() {
    let path = fixture();
    let o = official::load(&path).expect("the fixture loads");
    let by_library = official::nights::monthly_launched(&o.nights());
    let by_hand = monthly_by_hand(&path);
    assert_eq!(by_library, by_hand);
    // The hand sum is not trivially empty: three months with figures.
    assert!(by_hand.iter().filter(|(_, d, m)| d + m > 0).count() >= 2);
}
