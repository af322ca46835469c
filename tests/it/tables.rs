//! Tables: a CSV and a Parquet table made from the seeds give the events of the seeds folder;
//! a table without its text column, a file that is not Parquet and bad rows say so, naming the
//! file (and the row).

use std::fs;
use std::path::Path;

use strikes::{Corpus, Extracted};

use crate::cli::strikes;
use crate::repo;

/// The columns of a table of articles, in the order the tables here write them.
const COLUMNS: [&str; 6] = ["id", "published", "url", "title", "outlet", "body"];

/// The seeds as rows of [`COLUMNS`] (the text in `body`, as --text-column must then say).
fn seed_rows() -> (Corpus, Vec<[Option<String>; 6]>) {
    let (seeds, _) = Corpus::load(repo("seeds")).unwrap();
    let rows = seeds
        .articles
        .iter()
        .map(|a| {
            [
                Some(a.id.clone()),
                a.meta.published.map(|d| d.to_string()),
                a.meta.url.clone(),
                a.meta.title.clone(),
                a.meta.outlet.clone(),
                Some(a.text.clone()),
            ]
        })
        .collect();
    (seeds, rows)
}

fn write_csv(path: &Path, rows: &[[Option<String>; 6]]) {
    let mut w = csv::Writer::from_path(path).unwrap();
    w.write_record(COLUMNS).unwrap();
    for row in rows {
        w.write_record(row.iter().map(|c| c.as_deref().unwrap_or("")))
            .unwrap();
    }
    w.flush().unwrap();
}

#[cfg(feature = "parquet")]
fn write_parquet(path: &Path, rows: &[[Option<String>; 6]]) {
    use polars_io::prelude::ParquetWriter;
    use strikes::polars::prelude::*;
    let column = |i: usize| -> Vec<Option<&str>> { rows.iter().map(|r| r[i].as_deref()).collect() };
    let mut columns: Vec<Column> = COLUMNS
        .iter()
        .enumerate()
        .map(|(i, name)| Column::new((*name).into(), column(i)))
        .collect();
    // A real Date column, as a data pipeline writes it.
    columns[1] = columns[1].cast(&DataType::Date).unwrap();
    let mut frame = DataFrame::new_infer_height(columns).unwrap();
    ParquetWriter::new(fs::File::create(path).unwrap())
        .finish(&mut frame)
        .unwrap();
}

#[test]
fn a_csv_table_of_the_seeds_gives_their_events() {
    let (seeds, rows) = seed_rows();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("seeds.csv");
    write_csv(&file, &rows);
    let (table, warnings) = Corpus::load_csv(&file, "body").unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    for (a, b) in seeds.articles.iter().zip(&table.articles) {
        assert_eq!((&a.id, &a.text, &a.meta), (&b.id, &b.text, &b.meta));
    }
    let (x, y) = (
        Extracted::from_corpus(&seeds),
        Extracted::from_corpus(&table),
    );
    assert!(!x.events.is_empty());
    assert_eq!(x.events, y.events);
    assert_eq!(x.figures, y.figures);

    let (code, expected, _) = strikes(&["extract", repo("seeds").to_str().unwrap()]);
    assert_eq!(code, 0);
    let path = file.to_str().unwrap();
    let (code, out, err) = strikes(&["extract", path, "--text-column", "body"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, expected);
    // No extension: --input-format says how to read it.
    let bare = tmp.path().join("seeds");
    fs::copy(&file, &bare).unwrap();
    let bare = bare.to_str().unwrap();
    let args = [
        "extract",
        bare,
        "--input-format",
        "csv",
        "--text-column",
        "body",
    ];
    let (code, out, err) = strikes(&args);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, expected);
}

#[cfg(feature = "parquet")]
#[test]
fn a_parquet_table_of_the_seeds_gives_their_events() {
    let (seeds, rows) = seed_rows();
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("seeds.parquet");
    write_parquet(&file, &rows);
    let (table, warnings) = Corpus::load_parquet(&file, "body").unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    for (a, b) in seeds.articles.iter().zip(&table.articles) {
        assert_eq!((&a.id, &a.text, &a.meta), (&b.id, &b.text, &b.meta));
    }
    let (code, expected, _) = strikes(&["extract", repo("seeds").to_str().unwrap()]);
    assert_eq!(code, 0);
    let (code, out, err) = strikes(&["extract", file.to_str().unwrap(), "--text-column", "body"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, expected);
}

#[test]
fn tables_without_the_text_column_or_not_parquet_are_errors_naming_the_file() {
    let tmp = tempfile::tempdir().unwrap();
    let (_, rows) = seed_rows();
    let file = tmp.path().join("seeds.csv");
    write_csv(&file, &rows);
    let path = file.to_str().unwrap();
    // The text is in `body`: the default `text` is not there.
    let (code, out, err) = strikes(&["extract", path]);
    assert_eq!(code, 1);
    assert!(out.is_empty(), "{out}");
    let needle = format!("{path}: no `text` column for the article text");
    assert!(err.contains(&needle), "{err}");
    assert!(
        err.contains("id, published, url, title, outlet, body"),
        "{err}"
    );

    let fake = tmp.path().join("fake.parquet");
    fs::copy(&file, &fake).unwrap();
    let (code, _, err) = strikes(&["extract", fake.to_str().unwrap()]);
    assert_eq!(code, 1);
    if cfg!(feature = "parquet") {
        let needle = format!("{}: not a Parquet file", fake.display());
        assert!(err.contains(&needle), "{err}");
    }
    // --text-column is for tables.
    let seeds = repo("seeds");
    let (code, _, err) = strikes(&["extract", seeds.to_str().unwrap(), "--text-column", "x"]);
    assert_eq!(code, 2, "{err}");
    let (code, _, _) = strikes(&["extract", "-", "--input-format", "parquet"]);
    assert_eq!(code, 2);
}

#[test]
fn bad_rows_warn_naming_file_and_row_and_the_rest_comes_out() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("scraped.csv");
    fs::write(
        &file,
        concat!(
            "id,text,published\n",
            "good,\"Russia launched 45 drones at Ukraine overnight, the air force said.\",2025-09-07\n",
            "empty,,2025-09-07\n",
            "bad-date,Russia fired 12 missiles.,2025-02-30\n",
            ",\"Ukraine launched 20 drones at Belgorod overnight, the Russian Defence Ministry said.\",\n",
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let (code, out, err) = strikes(&["extract", path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("good,2025-09-07,russia,45,exact"), "{out}");
    assert!(out.contains("row-4,"), "{out}");
    for needle in [
        format!("{path}:3: row 2: empty article"),
        format!("{path}:4: row 3: `published` `2025-02-30` is not a date"),
    ] {
        assert!(err.contains(&needle), "stderr lacks {needle}: {err}");
    }
    assert_eq!(err.lines().count(), 2, "{err}");
    let (code, _, _) = strikes(&["extract", path, "--strict"]);
    assert_eq!(code, 1);
}
