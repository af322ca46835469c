//! HTML pages: real articles' texts in realistic pages (`tests/data/html`, made by its `make.py`)
//! give the events of the plain texts, with or without a manifest; a broken page is a warning
//! naming it, and nothing else is lost.

use std::collections::BTreeSet;
use std::fs;

use strikes::{Corpus, Extracted};

use crate::cli::strikes;
use crate::repo;

/// The real texts (`tests/data/real/articles`, with their manifest) of the given ids, in order.
fn real_texts(ids: &[&str]) -> Corpus {
    let (all, _) = Corpus::load(repo("tests/data/real/articles")).unwrap();
    let articles = ids
        .iter()
        .map(|id| all.articles.iter().find(|a| a.id == *id).unwrap().clone())
        .collect();
    Corpus::from_articles(articles)
}

/// A text's paragraphs: its non-empty lines, spaces collapsed as a browser shows them.
fn paragraphs(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect()
}

#[test]
fn pages_give_the_events_of_their_plain_texts_with_or_without_a_manifest() {
    let pages_dir = repo("tests/data/html/pages");
    let manifest = repo("tests/data/html/articles.csv");
    let (bare, warnings) = Corpus::load(&pages_dir).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0].message.starts_with("no manifest"));
    let (listed, warnings) = Corpus::load_with_manifest(&pages_dir, Some(&manifest)).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");

    let ids: Vec<&str> = bare.articles.iter().map(|a| a.id.as_str()).collect();
    assert!(ids.len() >= 20, "{ids:?}");
    let txt = real_texts(&ids);
    let outlets: BTreeSet<_> = txt.articles.iter().map(|a| a.meta.outlet.clone()).collect();
    assert!(outlets.len() >= 20, "{outlets:?}");

    for ((t, b), l) in txt
        .articles
        .iter()
        .zip(&bare.articles)
        .zip(&listed.articles)
    {
        assert_eq!(paragraphs(&b.text), paragraphs(&t.text), "{}", t.id);
        assert_eq!(b.text, l.text, "{}", t.id);
        // The page's own metadata gives the date the manifest gives.
        assert_eq!(b.meta.published, t.meta.published, "{}", t.id);
        assert!(b.meta.url.is_some() && b.meta.outlet.is_some(), "{}", t.id);
        // The manifest wins where it gives a value; the page fills the rest.
        let (m, page) = (t.meta.clone(), b.meta.clone());
        let expected = strikes::Meta {
            published: m.published.or(page.published),
            outlet: m.outlet.or(page.outlet),
            url: m.url.or(page.url),
            title: m.title.or(page.title),
            lang: m.lang.or(page.lang),
        };
        assert_eq!(l.meta, expected, "{}", t.id);
    }
    let expected = Extracted::from_corpus(&txt);
    assert!(expected.events.len() >= 20, "{}", expected.events.len());
    for corpus in [&bare, &listed] {
        let x = Extracted::from_corpus(corpus);
        for (a, b) in expected.events.iter().zip(&x.events) {
            assert_eq!(a, b);
        }
        assert_eq!(x.events.len(), expected.events.len());
    }
}

#[test]
fn the_text_command_prints_what_the_figures_point_into() {
    let page = repo("tests/data/html/pages/r206.html");
    let (corpus, _) = Corpus::load_html(&page).unwrap();
    let (code, out, err) = strikes(&["text", page.to_str().unwrap()]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, format!("{}\n", corpus.articles[0].text));

    let (code, out, _) = strikes(&["figures", page.to_str().unwrap(), "--format", "csv"]);
    assert_eq!(code, 0);
    let mut rows = csv::Reader::from_reader(out.as_bytes());
    let header = rows.headers().unwrap().clone();
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    let text = &corpus.articles[0].text;
    let mut n = 0;
    for row in rows.records() {
        let row = row.unwrap();
        let (start, end): (usize, usize) = (
            row[col("byte_start")].parse().unwrap(),
            row[col("byte_end")].parse().unwrap(),
        );
        assert_eq!(&text[start..end], &row[col("phrase")]);
        n += 1;
    }
    assert!(n > 0);

    let dir = repo("tests/data/html/pages");
    let (code, out, _) = strikes(&["text", dir.to_str().unwrap(), "--article", "r206"]);
    assert_eq!(code, 0);
    assert_eq!(out, format!("{text}\n"));
    let (code, out, _) = strikes(&["text", dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.starts_with("==> r110 <==\n"), "{out}");
    let (code, _, err) = strikes(&["text", dir.to_str().unwrap(), "--article", "nope"]);
    assert_eq!(code, 1);
    assert!(err.contains("no article \"nope\""), "{err}");
}

#[test]
fn a_broken_page_is_a_warning_naming_it_and_nothing_else_is_lost() {
    let tmp = tempfile::tempdir().unwrap();
    fs::copy(
        repo("tests/data/html/pages/r206.html"),
        tmp.path().join("good.html"),
    )
    .unwrap();
    fs::write(
        tmp.path().join("plain.txt"),
        "Russia launched 45 drones at Ukraine overnight, the air force said.",
    )
    .unwrap();
    fs::write(
        tmp.path().join("broken.htm"),
        "<html><head><title>Oops</title><body><nav><a href='/'>Home</a></nav><div class=\"footer\"></div>",
    )
    .unwrap();
    fs::write(
        tmp.path().join("cut.html"),
        "<html><head><title>Cut off</title></head><body><div class=\"article\"><h1>",
    )
    .unwrap();
    fs::write(tmp.path().join("binary.html"), b"\x00\x01\x02PK\x03\x04").unwrap();
    let dir = tmp.path().to_str().unwrap();
    let (code, out, err) = strikes(&["extract", dir]);
    assert_eq!(code, 0, "{err}");
    assert!(out.lines().any(|l| l.starts_with("good,")), "{out}");
    assert!(out.lines().any(|l| l.starts_with("plain,")), "{out}");
    let broken = tmp.path().join("broken.htm");
    for (name, why) in [
        ("broken.htm", "the page's article is only links"),
        ("cut.html", "no article found in the page"),
        ("binary.html", "binary content"),
    ] {
        let needle = format!("{}: {why}", tmp.path().join(name).display());
        assert!(err.contains(&needle), "stderr lacks {needle}: {err}");
    }
    // The no-manifest warning and the three pages.
    assert_eq!(err.lines().count(), 4, "{err}");

    // A lone broken page: a warning, the header, exit 0 (--strict: 1).
    let (code, out, err) = strikes(&["extract", broken.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(err.contains("broken.htm: "), "{err}");
    let (code, _, _) = strikes(&["extract", broken.to_str().unwrap(), "--strict"]);
    assert_eq!(code, 1);
}
