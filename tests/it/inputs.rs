//! JSON Lines input: the same events as the folder it was made from, from a file or stdin; bad
//! lines warn with the file and line, and the rest still comes out.

use std::fs;
use std::io::Write;
use std::process::{Command, Stdio};

use strikes::{Corpus, Extracted};

use crate::cli::strikes;
use crate::repo;

/// A corpus as JSON Lines: every article with its id and metadata (null when absent).
pub(crate) fn to_jsonl(corpus: &Corpus) -> String {
    corpus
        .articles
        .iter()
        .map(|a| {
            let line = serde_json::json!({
                "id": a.id,
                "text": a.text,
                "published": a.meta.published.map(|d| d.format("%Y-%m-%d").to_string()),
                "url": a.meta.url,
                "title": a.meta.title,
                "outlet": a.meta.outlet,
            });
            format!("{line}\n")
        })
        .collect()
}

/// The `strikes` binary with `input` on stdin: exit code, stdout, stderr.
pub(crate) fn strikes_stdin(args: &[&str], input: &[u8]) -> (i32, String, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_strikes"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("runs");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child.wait_with_output().expect("runs");
    writer.join().unwrap().expect("stdin written");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_jsonl_corpus_gives_the_events_and_figures_of_its_folder() {
    for dir in ["seeds", "tests/data/devset/articles"] {
        let (folder, _) = Corpus::load(repo(dir)).unwrap();
        let (lines, warnings) =
            Corpus::from_jsonl(to_jsonl(&folder).as_bytes(), "x.jsonl").unwrap();
        assert!(warnings.is_empty(), "{dir}: {warnings:?}");
        assert_eq!(lines.articles.len(), folder.articles.len(), "{dir}");
        for (a, b) in folder.articles.iter().zip(&lines.articles) {
            assert_eq!(
                (&a.id, &a.text, &a.meta),
                (&b.id, &b.text, &b.meta),
                "{dir}"
            );
        }
        let (x, y) = (
            Extracted::from_corpus(&folder),
            Extracted::from_corpus(&lines),
        );
        assert!(!x.events.is_empty(), "{dir}");
        assert_eq!(x.events, y.events, "{dir}");
        assert_eq!(x.figures, y.figures, "{dir}");
        assert_eq!(x.aggregates, y.aggregates, "{dir}");
    }
}

#[test]
fn extract_reads_jsonl_from_a_file_and_from_stdin_as_the_folder() {
    let seeds = repo("seeds");
    let (folder, _) = Corpus::load(&seeds).unwrap();
    let jsonl = to_jsonl(&folder);
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("seeds.jsonl");
    fs::write(&file, &jsonl).unwrap();
    // No extension: --input-format says how to read it.
    let bare = tmp.path().join("seeds");
    fs::write(&bare, &jsonl).unwrap();

    let (code, expected, _) = strikes(&["extract", seeds.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert_eq!(expected.lines().count(), 7, "{expected}");
    let runs = [
        strikes(&["extract", file.to_str().unwrap()]),
        strikes(&["extract", bare.to_str().unwrap(), "--input-format", "jsonl"]),
        strikes_stdin(&["extract", "-"], jsonl.as_bytes()),
    ];
    for (code, out, err) in runs {
        assert_eq!(code, 0, "{err}");
        assert_eq!(out, expected);
        assert!(err.is_empty(), "no warning expected: {err}");
    }
}

#[test]
fn every_command_that_reads_articles_takes_jsonl() {
    let (folder, _) = Corpus::load(repo("seeds")).unwrap();
    let jsonl = to_jsonl(&folder);
    for args in [
        &["rates", "-", "--format", "csv"][..],
        &["trend", "-", "--format", "csv"],
        &["figures", "-", "--format", "csv"],
    ] {
        let seeds = repo("seeds");
        let mut from_folder = args.to_vec();
        from_folder[1] = seeds.to_str().unwrap();
        let (code, expected, _) = strikes(&from_folder);
        assert_eq!(code, 0, "{args:?}");
        let (code, out, err) = strikes_stdin(args, jsonl.as_bytes());
        assert_eq!(code, 0, "{args:?}: {err}");
        assert_eq!(out, expected, "{args:?}");
    }
    let (code, out, _) = strikes_stdin(
        &[
            "evaluate",
            repo("tests/data/seeds/gold.csv").to_str().unwrap(),
            "-",
            "--min-f1",
            "1.0",
        ],
        jsonl.as_bytes(),
    );
    assert_eq!(code, 0, "{out}");
}

#[test]
fn bad_jsonl_lines_warn_with_file_and_line_and_the_rest_comes_out() {
    let tmp = tempfile::tempdir().unwrap();
    let file = tmp.path().join("scraped.jsonl");
    fs::write(
        &file,
        concat!(
            "{\"id\": \"good\", \"text\": \"Russia launched 45 drones at Ukraine overnight, the air force said.\", \"published\": \"2025-09-07\"}\r\n",
            "this is not json\n",
            "\n",
            "{\"id\": \"no-text\", \"title\": \"a title only\"}\n",
            "{\"id\": \"bad-date\", \"text\": \"Russia fired 12 missiles.\", \"published\": \"2025-02-30\"}\n",
            "{\"id\": \"good\", \"text\": \"a second record with the same id\"}\n",
            "{\"text\": \"Ukraine launched 20 drones at Belgorod overnight, the Russian Defence Ministry said.\"}\n",
        ),
    )
    .unwrap();
    let path = file.to_str().unwrap();
    let (code, out, err) = strikes(&["extract", path]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("good,2025-09-07,russia,45,exact"), "{out}");
    assert!(out.contains("line-7,"), "{out}");
    assert_eq!(out.lines().count(), 3, "{out}");
    for needle in [
        format!("{path}:2: not JSON"),
        format!("{path}:4: no `text`"),
        format!("{path}:5: `published` `2025-02-30` is not a date"),
        format!("{path}:6: duplicate id `good` (first on line 1)"),
    ] {
        assert!(err.contains(&needle), "stderr lacks {needle}: {err}");
    }
    assert_eq!(err.lines().count(), 4, "{err}");
    let (code, _, _) = strikes(&["extract", path, "--strict"]);
    assert_eq!(code, 1);

    let (code, _, err) = strikes_stdin(&["extract", "-"], b"{\"text\": \"one\"}\n{oops\n");
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("<stdin>:2: not JSON"), "{err}");
}

#[test]
fn jsonl_input_errors_and_bad_usage() {
    let (code, _, err) = strikes(&["extract", "/no/such/file.jsonl"]);
    assert_eq!(code, 1);
    assert!(err.contains("/no/such/file.jsonl"), "{err}");
    let seeds = repo("seeds");
    let manifest = seeds.join("articles.csv");
    let (code, _, err) = strikes(&["extract", "-", "--manifest", manifest.to_str().unwrap()]);
    assert_eq!(code, 2);
    assert!(err.contains("--manifest is for a folder"), "{err}");
    let (code, _, _) = strikes(&["extract", "-", "--input-format", "folder"]);
    assert_eq!(code, 2);
    let (code, _, _) = strikes(&["extract", "x", "--input-format", "xml"]);
    assert_eq!(code, 2);
    // An empty shard is not a mistake: the header and a warning.
    let (code, out, err) = strikes_stdin(&["extract", "-"], b"");
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(err.contains("<stdin>: no articles"), "{err}");
}
