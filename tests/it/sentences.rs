//! Sentence cases (tests/data/sentences.csv): one or two sentences each, with the event row they
//! must give (`key=value;...`; every count not listed must be empty) or `none`.

use std::collections::BTreeMap;

use chrono::NaiveDate;
use strikes::evaluate::event_row;
use strikes::{extract, Meta};

use crate::repo;

/// Cases the rules do not get right yet: listed, so the gap is visible and a fix shows up.
const KNOWN_GAPS: &[&str] = &[];

/// The count fields (the scored fields but the date).
fn counts() -> &'static [&'static str] {
    &strikes::evaluate::FIELDS[1..]
}

#[test]
fn sentence_cases() {
    let mut r = csv::Reader::from_path(repo("tests/data/sentences.csv")).unwrap();
    let mut by_id: BTreeMap<String, (Option<NaiveDate>, String, Vec<String>)> = BTreeMap::new();
    for rec in r.records() {
        let rec = rec.unwrap();
        let e = by_id.entry(rec[0].to_string()).or_insert_with(|| {
            (
                NaiveDate::parse_from_str(&rec[1], "%Y-%m-%d").ok(),
                rec[2].to_string(),
                Vec::new(),
            )
        });
        e.2.push(rec[3].to_string());
    }
    assert!(by_id.len() >= 30, "at least 30 cases");
    let mut failures = Vec::new();
    let mut fixed = Vec::new();
    for (id, (published, text, expects)) in &by_id {
        let meta = Meta {
            published: *published,
            ..Meta::default()
        };
        let x = extract::article(id, text, &meta);
        let rows: Vec<_> = x.events.iter().map(event_row).collect();
        let mut problems = Vec::new();
        if expects.iter().any(|e| e.trim() == "none") {
            let with_counts: Vec<_> = rows
                .iter()
                .filter(|r| counts().iter().any(|c| !r[*c].is_empty()))
                .collect();
            if !with_counts.is_empty() {
                problems.push(format!("expected no event, got {with_counts:?}"));
            }
        } else {
            if rows.len() != expects.len() {
                problems.push(format!(
                    "expected {} row(s), got {}: {rows:?}",
                    expects.len(),
                    rows.len()
                ));
            }
            for exp in expects {
                let want: BTreeMap<&str, &str> = exp
                    .split(';')
                    .filter_map(|kv| kv.split_once('='))
                    .map(|(k, v)| (k.trim(), v.trim()))
                    .collect();
                // Of the rows of that date and attacker, the one that agrees on most fields
                // (two undated attacks of one article are told apart by their figures).
                let row = rows
                    .iter()
                    .filter(|r| {
                        want.get("event_date").is_none_or(|d| r["event_date"] == *d)
                            && want.get("attacker").is_none_or(|a| r["attacker"] == *a)
                    })
                    .max_by_key(|r| {
                        let agree = want
                            .iter()
                            .filter(|(k, v)| r.get(**k).map(String::as_str) == Some(**v))
                            .count();
                        // Ties go to the first row.
                        (agree, std::cmp::Reverse(rows.iter().position(|x| x == *r)))
                    });
                let Some(row) = row else {
                    problems.push(format!("no row for {exp}: {rows:?}"));
                    continue;
                };
                for (k, v) in &want {
                    if row.get(*k).map(String::as_str) != Some(*v) {
                        problems.push(format!("{k}: want {v}, got {:?}", row.get(*k)));
                    }
                }
                for &c in counts() {
                    if !want.contains_key(c) && !row[c].is_empty() {
                        problems.push(format!("{c}: want empty, got {}", row[c]));
                    }
                }
            }
        }
        let known = KNOWN_GAPS.contains(&id.as_str());
        match (problems.is_empty(), known) {
            (false, false) => {
                failures.push(format!("{id}: {text}\n    {}", problems.join("\n    ")))
            }
            (true, true) => fixed.push(id.clone()),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{} sentence case(s) fail:\n{}",
        failures.len(),
        failures.join("\n")
    );
    assert!(
        fixed.is_empty(),
        "known gaps now pass, remove them from KNOWN_GAPS: {fixed:?}"
    );
}
