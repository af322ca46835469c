//! `strikes extract` streams: a chunk of articles at a time, and its output does not depend on
//! the chunk size — the same bytes as the whole-corpus writers (CSV, JSON, JSON Lines) and the
//! same rows in Parquet.

use strikes::corpus::Sink;
use strikes::stream::{Chunk, Format, Stream, Table, TableWriter};
use strikes::{events, Corpus, Extracted, Warning};

use crate::cli::strikes;
use crate::repo;

/// The devset and seeds as one corpus (every table has rows: events, figures, aggregates).
fn corpus() -> Corpus {
    let (mut corpus, _) = Corpus::load(repo("tests/data/devset/articles")).unwrap();
    let (seeds, _) = Corpus::load(repo("seeds")).unwrap();
    corpus.articles.extend(seeds.articles);
    corpus
}

/// `table` of `corpus` as `format`, streamed `articles` at a time; with the warnings given.
fn streamed(corpus: &Corpus, table: Table, format: Format, articles: usize) -> (Vec<u8>, u64) {
    let mut out = Vec::new();
    let writer = TableWriter::new(&mut out, table, format).unwrap();
    let chunk = Chunk {
        articles,
        ..Chunk::default()
    };
    let mut stream = Stream::new(writer, chunk, |_: &Warning| {});
    for a in &corpus.articles {
        stream.article(a.clone()).unwrap();
    }
    let (n, warnings) = stream.finish().unwrap();
    assert_eq!(n as usize, corpus.articles.len());
    (out, warnings)
}

#[test]
fn streamed_events_are_the_bytes_of_the_whole_corpus_writers_for_any_chunk_size() {
    let corpus = corpus();
    let x = Extracted::from_corpus(&corpus);
    assert!(x.events.len() > 20 && !x.aggregates.is_empty());
    let whole = |format: Format| {
        let mut out = Vec::new();
        match format {
            Format::Csv => events::write_csv(&x.events, &mut out),
            Format::Json => events::write_json(&x.events, &mut out),
            _ => events::write_jsonl(&x.events, &mut out),
        }
        .unwrap();
        out
    };
    for format in [Format::Csv, Format::Json, Format::Jsonl] {
        let expected = whole(format);
        for articles in [1, 3, 10_000] {
            let (got, warnings) = streamed(&corpus, Table::Events, format, articles);
            assert_eq!(warnings as usize, x.warnings.len());
            assert!(
                got == expected,
                "{format:?}, chunks of {articles}: differs from the whole-corpus writer"
            );
        }
    }
}

#[test]
fn streamed_figures_and_aggregates_do_not_depend_on_the_chunk_size() {
    let corpus = corpus();
    for table in [Table::Figures, Table::Aggregates] {
        for format in [Format::Csv, Format::Json, Format::Jsonl] {
            let (one, _) = streamed(&corpus, table, format, 1);
            let (all, _) = streamed(&corpus, table, format, 10_000);
            assert!(one == all, "{table:?} {format:?}: chunks change the output");
            let text = String::from_utf8(all).unwrap();
            assert!(text.lines().count() >= 3, "{table:?} {format:?}:\n{text}");
        }
    }
    // An empty input is still a well-formed file: a CSV header, an empty JSON array.
    let empty = Corpus::from_articles(Vec::new());
    let (csv, _) = streamed(&empty, Table::Figures, Format::Csv, 5);
    assert!(String::from_utf8(csv)
        .unwrap()
        .starts_with("article,field,value,"));
    let (json, _) = streamed(&empty, Table::Events, Format::Json, 5);
    assert_eq!(json, b"[]\n");
}

#[cfg(feature = "parquet")]
#[test]
fn parquet_keeps_the_frames_types_and_rows_for_any_chunk_size() {
    use strikes::polars::prelude::*;
    let corpus = corpus();
    let x = Extracted::from_corpus(&corpus);
    let frames = [
        (Table::Events, x.events_frame().unwrap()),
        (Table::Figures, x.figures_frame().unwrap()),
        (Table::Aggregates, x.aggregates_frame().unwrap()),
    ];
    for (table, expected) in frames {
        for articles in [4, 10_000] {
            let (bytes, _) = streamed(&corpus, table, Format::Parquet, articles);
            let read = polars_io::prelude::ParquetReader::new(std::io::Cursor::new(bytes))
                .finish()
                .unwrap();
            assert_eq!(read.schema(), expected.schema(), "{table:?}");
            assert!(
                read.equals_missing(&expected),
                "{table:?}, chunks of {articles}:\n{read}\n{expected}"
            );
        }
    }
    let schema = frames_schema(&x);
    assert_eq!(schema.get("event_date"), Some(&DataType::Date));
    assert_eq!(schema.get("drones_launched"), Some(&DataType::UInt32));
}

#[cfg(feature = "parquet")]
fn frames_schema(x: &Extracted) -> strikes::polars::prelude::Schema {
    x.events_frame().unwrap().schema().as_ref().clone()
}

#[test]
fn extract_writes_each_table_and_format_and_leaves_nothing_when_the_input_fails() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = repo("seeds");
    let seeds = seeds.to_str().unwrap();
    let (code, csv, _) = strikes(&["extract", seeds, "--chunk", "2"]);
    assert_eq!(code, 0);
    assert_eq!(csv, strikes(&["extract", seeds]).1);
    let (code, figures, err) =
        strikes(&["extract", seeds, "--table", "figures", "--format", "jsonl"]);
    assert_eq!(code, 0, "{err}");
    assert!(
        figures.lines().all(|l| l.starts_with("{\"article\":")),
        "{figures}"
    );

    let out = dir.path().join("none.csv");
    let missing = dir.path().join("missing");
    let (code, stdout, err) = strikes(&[
        "extract",
        missing.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 1);
    assert!(err.contains("not a folder"), "{err}");
    assert!(stdout.is_empty() && !out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        0,
        "a temporary file was left"
    );
    let (code, stdout, _) = strikes(&["extract", missing.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(
        stdout.is_empty(),
        "a header was written for a failed input: {stdout}"
    );
}
