//! Scoring an extraction against a gold CSV, field by field, with the rules of the project's
//! scorer (`score.py`): rows are matched within (article, attacker), same event_date first, the
//! most agreeing pairs first; every
//! non-empty gold field found with the same value is a true positive, a gold field missing or
//! different a false negative, a predicted field absent from gold or different a false positive.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::fmt::Write as _;
use std::path::Path;

use crate::error::{Error, Result};
use crate::events::record;
use crate::extract::Event;

/// The fields scored, in order.
pub const FIELDS: [&str; 7] = [
    "event_date",
    "drones_launched",
    "drones_intercepted",
    "missiles_launched",
    "missiles_intercepted",
    "killed",
    "injured",
];

/// One row of a gold (or predicted) events CSV: column -> value.
pub type Row = BTreeMap<String, String>;

/// Reads a gold CSV (the columns of the extract contract; extra columns are ignored).
pub fn read_gold(path: &Path) -> Result<Vec<Row>> {
    let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
    let mut r = csv::Reader::from_reader(bytes.as_slice());
    let csv_err = |e: csv::Error| Error::Csv {
        path: path.to_path_buf(),
        line: e.position().map_or(0, |p| p.line()),
        message: e.to_string(),
    };
    let headers = r.headers().map_err(csv_err)?.clone();
    let mut rows = Vec::new();
    for rec in r.records() {
        let rec = rec.map_err(csv_err)?;
        let row: Row = headers
            .iter()
            .zip(rec.iter())
            .map(|(h, v)| (h.trim().to_string(), v.to_string()))
            .collect();
        rows.push(normalise_row(row));
    }
    Ok(rows)
}

fn normalise_row(mut row: Row) -> Row {
    let a = row.get("article").cloned().unwrap_or_default();
    let a = a.trim();
    let a = a.rsplit('/').next().unwrap_or(a);
    let a = a
        .strip_suffix(".txt")
        .or_else(|| a.strip_suffix(".md"))
        .or_else(|| a.strip_suffix(".html"))
        .unwrap_or(a);
    row.insert("article".into(), a.to_string());
    let att = row
        .get("attacker")
        .map(|s| s.trim().to_lowercase())
        .unwrap_or_default();
    row.insert("attacker".into(), att);
    row
}

/// An event as a row of export strings.
pub fn event_row(e: &Event) -> Row {
    crate::events::COLUMNS
        .iter()
        .zip(record(e))
        .map(|(k, v)| (k.to_string(), v))
        .collect()
}

fn norm_value(field: &str, v: Option<&String>) -> Option<String> {
    let v = v?.trim();
    if v.is_empty() || ["null", "none", "nan"].contains(&v.to_lowercase().as_str()) {
        return None;
    }
    if field == "event_date" {
        return Some(v.chars().take(10).collect());
    }
    match v.parse::<f64>() {
        Ok(f) if f.fract() == 0.0 => Some(format!("{}", f as i64)),
        Ok(f) => Some(f.to_string()),
        Err(_) => Some(v.to_lowercase()),
    }
}

/// Per-field counts and the misses.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// field -> (tp, fp, fn)
    pub stats: Vec<(String, [u32; 3])>,
    /// One line per miss.
    pub misses: Vec<String>,
    /// Gold rows, predicted rows (restricted to gold articles), matched pairs.
    pub rows: (usize, usize, usize),
}

impl Report {
    fn totals(&self) -> [u32; 3] {
        self.stats
            .iter()
            .fold([0; 3], |a, (_, s)| [a[0] + s[0], a[1] + s[1], a[2] + s[2]])
    }
    /// Micro precision over all fields.
    pub fn precision(&self) -> f64 {
        let [tp, fp, _] = self.totals();
        if tp + fp == 0 {
            0.0
        } else {
            tp as f64 / (tp + fp) as f64
        }
    }
    /// Micro recall over all fields.
    pub fn recall(&self) -> f64 {
        let [tp, _, fn_] = self.totals();
        if tp + fn_ == 0 {
            0.0
        } else {
            tp as f64 / (tp + fn_) as f64
        }
    }
    /// Micro F1 over all fields.
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    /// The report as text: per-field counts with precision/recall/F1, then the totals; with
    /// `show`, every miss.
    pub fn render(&self, show: bool) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "{:22} {:>4} {:>4} {:>4} {:>6} {:>6} {:>6}",
            "field", "tp", "fp", "fn", "P", "R", "F1"
        );
        for (f, [tp, fp, fn_]) in &self.stats {
            let p = if tp + fp == 0 {
                1.0
            } else {
                *tp as f64 / (tp + fp) as f64
            };
            let r = if tp + fn_ == 0 {
                1.0
            } else {
                *tp as f64 / (tp + fn_) as f64
            };
            let f1 = if p + r == 0.0 {
                0.0
            } else {
                2.0 * p * r / (p + r)
            };
            let _ = writeln!(
                out,
                "{f:22} {tp:>4} {fp:>4} {fn_:>4} {p:>6.3} {r:>6.3} {f1:>6.3}"
            );
        }
        if show {
            for m in &self.misses {
                let _ = writeln!(out, "  miss: {m}");
            }
        }
        let (g, p, m) = self.rows;
        let _ = writeln!(out, "rows gold={g} pred={p} matched={m}");
        let _ = writeln!(
            out,
            "precision {:.3} recall {:.3}",
            self.precision(),
            self.recall()
        );
        let _ = writeln!(out, "F1 {:.3}", self.f1());
        out
    }
}

/// How many scored fields a gold and a predicted row share (the same non-empty value).
fn agreement(g: &Row, p: &Row) -> usize {
    FIELDS
        .iter()
        .filter(|f| {
            let gv = norm_value(f, g.get(**f));
            gv.is_some() && gv == norm_value(f, p.get(**f))
        })
        .count()
}

/// Greedy matching within (article, attacker), as `score.py` does: same event_date first, then
/// any; in each round the candidate pairs that agree on the most fields are taken first (ties in
/// gold order, then predicted order), so two undated rows of one article are not paired
/// crosswise. Returns the pairs (gold index, predicted index) and the predicted rows used.
/// Rows are grouped by (article, attacker) first: only rows of one group can pair, so a corpus
/// of 20,000 articles costs the sum of its groups' squares, not the square of its rows.
fn match_rows(gold: &[Row], pred: &[Row]) -> (Vec<(usize, usize)>, HashSet<usize>) {
    type Group = (Vec<usize>, Vec<usize>);
    let key = |r: &Row| (r["article"].clone(), r["attacker"].clone());
    let mut groups: HashMap<(String, String), Group> = HashMap::new();
    for (gi, g) in gold.iter().enumerate() {
        groups.entry(key(g)).or_default().0.push(gi);
    }
    for (pi, p) in pred.iter().enumerate() {
        if let Some(group) = groups.get_mut(&key(p)) {
            group.1.push(pi);
        }
    }
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let (mut gused, mut pused) = (HashSet::new(), HashSet::new());
    for exact in [true, false] {
        let mut cands: Vec<(std::cmp::Reverse<usize>, usize, usize)> = Vec::new();
        for (golds, preds) in groups.values() {
            for &gi in golds {
                for &pi in preds {
                    let (g, p) = (&gold[gi], &pred[pi]);
                    if exact
                        && norm_value("event_date", p.get("event_date"))
                            != norm_value("event_date", g.get("event_date"))
                    {
                        continue;
                    }
                    cands.push((std::cmp::Reverse(agreement(g, p)), gi, pi));
                }
            }
        }
        // Every (gold, predicted) pair is unique, so the order is total: the groups' order
        // (a hash map's) does not matter.
        cands.sort();
        for (_, gi, pi) in cands {
            if gused.contains(&gi) || pused.contains(&pi) {
                continue;
            }
            pairs.push((gi, pi));
            gused.insert(gi);
            pused.insert(pi);
        }
    }
    (pairs, pused)
}

/// Scores predicted events against gold rows.
pub fn score(gold: &[Row], predicted: &[Event]) -> Report {
    let pred: Vec<Row> = predicted.iter().map(event_row).collect();
    score_rows(gold, &pred)
}

/// Scores predicted rows (export strings, as read from an events CSV) against gold rows; only
/// the articles of the gold file are scored.
pub fn score_rows(gold: &[Row], predicted: &[Row]) -> Report {
    let articles: HashSet<&str> = gold.iter().map(|g| g["article"].as_str()).collect();
    let pred: Vec<Row> = predicted
        .iter()
        .filter(|p| articles.contains(p["article"].as_str()))
        .cloned()
        .collect();
    let (pairs, used) = match_rows(gold, &pred);
    let paired: HashMap<usize, usize> = pairs.iter().copied().collect();
    let mut stats: Vec<(String, [u32; 3])> =
        FIELDS.iter().map(|f| (f.to_string(), [0; 3])).collect();
    let mut misses = Vec::new();
    let empty = Row::new();
    for (gi, g) in gold.iter().enumerate() {
        let p = paired.get(&gi).map_or(&empty, |&pi| &pred[pi]);
        for (k, f) in FIELDS.iter().enumerate() {
            let (gv, pv) = (norm_value(f, g.get(*f)), norm_value(f, p.get(*f)));
            if gv.is_some() && gv == pv {
                stats[k].1[0] += 1;
            } else {
                if gv.is_some() {
                    stats[k].1[2] += 1;
                }
                if pv.is_some() {
                    stats[k].1[1] += 1;
                }
                if gv != pv {
                    misses.push(format!(
                        "{} {} {f}: gold={} pred={}\n        gold evidence: {}\n        pred evidence: {}",
                        g["article"],
                        g["attacker"],
                        gv.as_deref().unwrap_or("None"),
                        pv.as_deref().unwrap_or("None"),
                        g.get("evidence").map_or("", |s| s.as_str()),
                        p.get("evidence").map_or("", |s| s.as_str()),
                    ));
                }
            }
        }
    }
    for (pi, p) in pred.iter().enumerate() {
        if used.contains(&pi) {
            continue;
        }
        for (k, f) in FIELDS.iter().enumerate() {
            if let Some(pv) = norm_value(f, p.get(*f)) {
                stats[k].1[1] += 1;
                misses.push(format!(
                    "{} {} {f}: gold=<no row> pred={pv}\n        pred evidence: {}",
                    p["article"], p["attacker"], p["evidence"]
                ));
            }
        }
    }
    Report {
        stats,
        misses,
        rows: (gold.len(), pred.len(), pairs.len()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(article: &str, date: &str, drones: &str, killed: &str) -> Row {
        [
            ("article", article),
            ("attacker", "russia"),
            ("event_date", date),
            ("drones_launched", drones),
            ("killed", killed),
            ("evidence", ""),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    #[test]
    fn undated_rows_pair_by_agreement_not_by_order() {
        // Two undated attacks in one article; the prediction lists them in the other order.
        // Pairing by order would cross them and count four misses; score.py pairs the rows
        // that agree most first.
        let gold = [row("a", "", "10", "1"), row("a", "", "20", "2")];
        let pred = [row("a", "", "20", "2"), row("a", "", "10", "1")];
        let r = score_rows(&gold, &pred);
        assert_eq!(r.rows, (2, 2, 2));
        assert_eq!(r.f1(), 1.0, "{}", r.render(true));
        assert!(r.misses.is_empty());
    }

    #[test]
    fn same_date_is_paired_before_agreement_elsewhere() {
        // The dated gold row takes the predicted row of its date even though an undated
        // prediction agrees on more fields; the undated rows then pair with each other.
        let gold = [row("a", "2025-09-07", "810", "2"), row("a", "", "5", "")];
        let pred = [row("a", "", "810", "2"), row("a", "2025-09-07", "800", "")];
        let r = score_rows(&gold, &pred);
        assert_eq!(r.rows, (2, 2, 2));
        // gold 1 <-> pred 2: date tp, drones fn+fp, killed fn; gold 2 <-> pred 1: drones fn+fp,
        // killed fp.
        let tp: u32 = r.stats.iter().map(|(_, s)| s[0]).sum();
        let fp: u32 = r.stats.iter().map(|(_, s)| s[1]).sum();
        let fn_: u32 = r.stats.iter().map(|(_, s)| s[2]).sum();
        assert_eq!((tp, fp, fn_), (1, 3, 3), "{}", r.render(true));
    }

    #[test]
    fn only_gold_articles_are_scored() {
        let gold = [row("a", "2025-09-07", "810", "")];
        let pred = [row("a", "2025-09-07", "810", ""), row("b", "", "1", "")];
        let r = score_rows(&gold, &pred);
        assert_eq!(r.rows, (1, 1, 1));
        assert_eq!(r.f1(), 1.0);
    }
}
