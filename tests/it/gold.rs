//! Whole articles against gold CSVs: the seeds exactly, every column; the development set, our
//! own and held sets and the real texts at or above the F1 reached (the evaluation reports are in
//! docs/evaluation/).

use std::collections::BTreeSet;

use strikes::evaluate::{event_row, read_gold, score, Row};
use strikes::{Corpus, Extracted};

use crate::repo;

fn extract(dir: &str) -> Extracted {
    let (corpus, _) = Corpus::load(repo(dir)).expect("corpus loads");
    Extracted::from_corpus(&corpus)
}

fn show(rows: &[Row]) -> String {
    rows.iter().map(|r| format!("{r:?}\n")).collect()
}

#[test]
fn seeds_match_gold_in_every_column() {
    let gold = read_gold(&repo("tests/data/seeds/gold.csv")).unwrap();
    let x = extract("seeds");
    let got: Vec<Row> = x.events.iter().map(event_row).collect();
    assert_eq!(
        got.len(),
        gold.len(),
        "rows\n--- got\n{}--- gold\n{}",
        show(&got),
        show(&gold)
    );
    for g in &gold {
        let p = got
            .iter()
            .find(|p| {
                p["article"] == g["article"]
                    && p["attacker"] == g["attacker"]
                    && p["event_date"] == g["event_date"]
            })
            .unwrap_or_else(|| panic!("no row for {g:?}\n--- got\n{}", show(&got)));
        for (col, gv) in g {
            let pv = &p[col];
            match col.as_str() {
                "evidence" => {}
                "locations" => {
                    let set = |s: &str| {
                        s.split(';')
                            .map(str::trim)
                            .filter(|x| !x.is_empty())
                            .map(String::from)
                            .collect::<BTreeSet<_>>()
                    };
                    assert_eq!(set(pv), set(gv), "{} {col}", g["article"]);
                }
                "reported_by" => assert_eq!(
                    pv.to_lowercase(),
                    gv.to_lowercase(),
                    "{} {col}",
                    g["article"]
                ),
                _ => assert_eq!(pv, gv, "{} {col}", g["article"]),
            }
        }
    }
    // The evidence holds the sentence of every used figure.
    for f in x
        .figures
        .iter()
        .filter(|f| f.status == strikes::extract::Status::Used)
    {
        let e = x
            .events
            .iter()
            .find(|e| e.article == f.article)
            .expect("event of figure");
        assert!(
            x.events
                .iter()
                .any(|e| e.article == f.article && e.evidence.contains(&f.sentence)),
            "evidence of {} lacks {:?}: {}",
            f.article,
            f.sentence,
            e.evidence
        );
    }
}

/// A figure marked `used` gives its attack a value: no row lacks a field one of its figures was
/// used for (the figures table never claims more than the events give).
#[test]
fn every_used_figure_is_in_an_event() {
    let x = extract("tests/data/real/articles");
    let mut checked = 0;
    for f in x
        .figures
        .iter()
        .filter(|f| f.status == strikes::extract::Status::Used)
    {
        let Some(field) = f
            .field
            .filter(|fl| strikes::extract::Field::EVENT.contains(fl))
        else {
            continue;
        };
        checked += 1;
        assert!(
            x.events.iter().any(|e| e.article == f.article
                && Some(e.attacker) == f.attacker
                && e.event_date == f.event_date
                && e.get(field).is_some()),
            "{} {field} {:?} is used but in no event: {:?}",
            f.article,
            f.value,
            f.sentence
        );
    }
    assert!(checked > 5000, "{checked} figures checked");
}

#[test]
fn figure_spans_point_at_their_phrase_in_the_article() {
    let (corpus, _) = Corpus::load(repo("seeds")).unwrap();
    let x = Extracted::from_corpus(&corpus);
    assert!(!x.figures.is_empty());
    for f in &x.figures {
        let text = &corpus
            .articles
            .iter()
            .find(|a| a.id == f.article)
            .unwrap()
            .text;
        assert_eq!(&text[f.byte_start..f.byte_end], f.phrase, "{f:?}");
        assert!(f.sentence.contains(&f.phrase), "{f:?}");
    }
    let f = x
        .figures
        .iter()
        .find(|f| f.value == Some(580))
        .expect("580 found");
    assert_eq!(f.phrase, "approximately 580 drones");
}

/// The F1 of a gold set's extraction against its gold (tests/data/SET).
pub(crate) fn f1_of(set: &str) -> f64 {
    let gold = read_gold(&repo(&format!("tests/data/{set}/gold.csv"))).unwrap();
    let x = extract(&format!("tests/data/{set}/articles"));
    let report = score(&gold, &x.events);
    eprintln!("{set}:\n{}", report.render(false));
    report.f1()
}

/// The level reached on the development set (22 real texts); a drop is a regression.
#[test]
fn devset_f1_holds() {
    let f1 = f1_of("devset");
    assert!(f1 >= 0.99, "devset F1 {f1:.3} < 0.99");
}

/// The level reached on our own held-out set, written by someone who did not see the rules.
#[test]
fn own_set_f1_holds() {
    let f1 = f1_of("own");
    assert!(f1 >= 0.99, "own set F1 {f1:.3} < 0.99");
}

/// The level reached on the second invented set (scored blind first: tests/data/held/README.md).
#[test]
fn held_set_f1_holds() {
    let f1 = f1_of("held");
    assert!(f1 >= 0.98, "held set F1 {f1:.3} < 0.98");
}

/// The level reached on the real texts of tests/data/real (blind batches first, then tuned on:
/// docs/evaluation/learning-curve.md). A regression guard, not a claim: it moves down when new
/// blind batches, scored lower than the set, join it (0.87 before batches 63–70, 0.865 after;
/// 0.875 after batches 71–80 and the re-checked conventions; 0.87 after batches 153–162).
#[test]
fn real_set_f1_holds() {
    let f1 = f1_of("real");
    assert!(f1 >= 0.87, "real set F1 {f1:.3} < 0.87");
}

#[test]
fn dataframes_have_real_types() {
    use strikes::polars::prelude::*;
    let (corpus, _) = Corpus::load(repo("seeds")).unwrap();
    let (df, _) = strikes::events(&corpus);
    assert_eq!(df.height(), 6);
    let names: Vec<String> = df
        .get_column_names()
        .iter()
        .map(|s| s.to_string())
        .collect();
    assert_eq!(&names[..17], strikes::events::COLUMNS);
    assert_eq!(df.column("event_date").unwrap().dtype(), &DataType::Date);
    assert_eq!(
        df.column("drones_launched").unwrap().dtype(),
        &DataType::UInt32
    );
    assert_eq!(
        df.column("locations").unwrap().dtype(),
        &DataType::List(Box::new(DataType::String))
    );
    assert_eq!(df.column("attacker").unwrap().dtype(), &DataType::String);
    let figures = strikes::figures(&corpus);
    assert!(figures.height() > 10);
}
