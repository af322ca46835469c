//! The `strikes` binary: exit codes, messages naming paths and lines, outputs.

use std::fs;
use std::process::Command;

use crate::repo;

pub(crate) fn strikes(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_strikes"))
        .args(args)
        .output()
        .expect("runs");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn extract_seeds_as_csv_has_the_gold_header() {
    let (code, out, _) = strikes(&["extract", repo("seeds").to_str().unwrap()]);
    assert_eq!(code, 0);
    let header = fs::read_to_string(repo("tests/data/seeds/gold.csv")).unwrap();
    assert_eq!(out.lines().next(), header.lines().next());
    assert_eq!(out.lines().count(), 7);
}

#[test]
fn extract_as_json_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ev.json");
    let (code, _, _) = strikes(&[
        "extract",
        repo("seeds").to_str().unwrap(),
        "--format",
        "json",
        "-o",
        path.to_str().unwrap(),
    ]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
    let rows = v.as_array().unwrap();
    assert_eq!(rows.len(), 6);
    assert_eq!(rows[0]["drones_launched"], 91);
    assert!(rows[0]["drones_intercepted"].is_null());
    let keys: Vec<&String> = rows[0].as_object().unwrap().keys().collect();
    assert_eq!(
        keys.iter().map(|k| k.as_str()).collect::<Vec<_>>(),
        strikes::events::COLUMNS
    );
}

#[test]
fn missing_folder_exits_1_naming_it() {
    let (code, _, err) = strikes(&["extract", "/no/such/dir"]);
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/dir"), "{err}");
}

#[test]
fn folder_without_txt_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(dir.path().join("x.md"), "hi").unwrap();
    let (code, _, err) = strikes(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        err.contains(dir.path().to_str().unwrap()) && err.contains(".txt"),
        "{err}"
    );
}

#[test]
fn bad_usage_exits_2() {
    let (code, _, _) = strikes(&["extract"]);
    assert_eq!(code, 2);
    let (code, _, _) = strikes(&["extract", "seeds", "--format", "xml"]);
    assert_eq!(code, 2);
}

#[test]
fn help_shows_an_example() {
    let (code, out, _) = strikes(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("strikes extract seeds"), "{out}");
}

#[test]
fn bad_articles_warn_and_the_good_ones_still_come_out() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path();
    fs::write(
        p.join("a_good.txt"),
        "Russia launched 45 drones at Ukraine overnight, the air force said.",
    )
    .unwrap();
    fs::write(p.join("b_empty.txt"), "").unwrap();
    fs::write(p.join("c_binary.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    fs::write(
        p.join("d_latin1.txt"),
        b"Caf\xe9: Russia fired 12 missiles at Kyiv.",
    )
    .unwrap();
    fs::write(p.join("e_long.txt"), "x".repeat(200_000)).unwrap();
    fs::write(
        p.join("f_huge.txt"),
        "Russia launched 99999999999999999999 drones overnight.",
    )
    .unwrap();
    fs::write(
        p.join("articles.csv"),
        "file,published,outlet,url,title\na_good.txt,2025-02-30,,,\nzz.txt,2025-01-01,,,\n",
    )
    .unwrap();
    let (code, out, err) = strikes(&["extract", p.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("a_good,,russia,45,exact"), "{out}");
    assert!(out.contains("d_latin1"), "{out}");
    for needle in [
        "b_empty.txt",
        "c_binary.txt",
        "d_latin1.txt",
        "articles.csv:2",
        "2025-02-30",
        "articles.csv:3",
        "zz.txt",
        "f_huge",
    ] {
        assert!(err.contains(needle), "stderr lacks {needle}: {err}");
    }
    let (code, _, _) = strikes(&["extract", p.to_str().unwrap(), "--strict"]);
    assert_eq!(code, 1);
}

#[test]
fn no_manifest_is_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    fs::write(
        dir.path().join("a.txt"),
        "Russia launched 45 drones overnight.",
    )
    .unwrap();
    let (code, _, err) = strikes(&["extract", dir.path().to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(err.contains("no manifest"), "{err}");
}

#[test]
fn evaluate_prints_per_field_scores() {
    let (code, out, _) = strikes(&[
        "evaluate",
        repo("tests/data/seeds/gold.csv").to_str().unwrap(),
        repo("seeds").to_str().unwrap(),
        "--min-f1",
        "1.0",
    ]);
    assert_eq!(code, 0, "{out}");
    assert!(
        out.contains("drones_launched") && out.trim_end().ends_with("F1 1.000"),
        "{out}"
    );
}

#[test]
fn figures_show_why_each_number_was_taken_or_not() {
    let seeds = repo("seeds");
    let (code, out, _) = strikes(&[
        "figures",
        seeds.to_str().unwrap(),
        "--article",
        "002_6c7c4f9f42415876",
        "--format",
        "csv",
    ]);
    assert_eq!(code, 0);
    let mut r = csv::Reader::from_reader(out.as_bytes());
    let h = r.headers().unwrap().clone();
    let col = |name: &str| h.iter().position(|c| c == name).unwrap();
    let rows: Vec<csv::StringRecord> = r.records().map(Result::unwrap).collect();
    assert!(rows
        .iter()
        .all(|x| &x[col("article")] == "002_6c7c4f9f42415876"));
    let used = rows
        .iter()
        .find(|x| &x[col("value")] == "552" && &x[col("status")] == "used")
        .expect("552 is used");
    assert_eq!(&used[col("field")], "drones_intercepted");
    // Every figure not used says why.
    for x in &rows {
        if &x[col("status")] == "rejected" {
            assert!(!x[col("reason")].is_empty(), "{x:?}");
        }
    }
    let (code, _, err) = strikes(&["figures", seeds.to_str().unwrap(), "--article", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("nope"), "{err}");
}
