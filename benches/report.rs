//! Building a [`Report`] (extraction, reconciliation, rates, trend) on 10,000 articles.
//!
//! The corpus is generated from the seed articles: each copy gets a later publication date,
//! its figures scaled by a few percent, and other place names, so that extraction and
//! reconciliation see many distinct attacks rather than one repeated.
//!
//! ```text
//! cargo bench --bench report
//! ```
//!
//! Criterion reports the throughput in MB/s; articles per second are printed before it starts.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use regex::Regex;
use strikes::analysis::Report;
use strikes::{Article, Corpus};

/// How many articles the generated corpus holds.
const ARTICLES: usize = 10_000;

const PLACES: [&str; 8] = [
    "Kyiv",
    "Dnipro",
    "Kharkiv",
    "Lviv",
    "Odesa",
    "Zaporizhzhia",
    "Vinnytsia",
    "Poltava",
];

/// The seed articles, varied into `n` articles.
fn corpus(n: usize) -> Corpus {
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (seeds, _) = Corpus::load(&seeds).expect("the seed articles load");
    assert!(!seeds.articles.is_empty(), "no seed articles");
    // Numbers of 2 to 4 digits that are not years, and the place names to swap.
    let number = Regex::new(r"\b([1-9][0-9]{1,3})\b").expect("valid regex");
    let place = Regex::new(&format!(r"\b({})\b", PLACES.join("|"))).expect("valid regex");
    let articles = (0..n)
        .map(|i| {
            let seed = &seeds.articles[i % seeds.articles.len()];
            let round = i / seeds.articles.len();
            let scale = 0.9 + (i % 21) as f64 / 100.0;
            let text = number.replace_all(&seed.text, |c: &regex::Captures| {
                let v: u32 = c[1].parse().unwrap_or(0);
                if (1900..=2100).contains(&v) {
                    c[1].to_string()
                } else {
                    ((f64::from(v) * scale).round() as u32).max(1).to_string()
                }
            });
            let text = place.replace_all(&text, |c: &regex::Captures| {
                let k = PLACES.iter().position(|p| *p == &c[1]).unwrap_or(0);
                PLACES[(k + round) % PLACES.len()].to_string()
            });
            let mut article = Article::new(format!("{}_{round:05}", seed.id), text.into_owned());
            if let Some(published) = seed.meta.published {
                article = article.published(published + Days::days(round as i64));
            }
            article
        })
        .collect();
    Corpus::from_articles(articles)
}

fn bench(c: &mut Criterion) {
    let corpus = corpus(ARTICLES);
    let bytes = corpus.bytes() as u64;

    // One timed run, for the articles-per-second figure criterion does not print.
    let start = Instant::now();
    let (report, _) = Report::from_corpus(&corpus).expect("the report builds");
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "report: {} articles ({:.1} MB) -> {} events, {} attacks in {:.3} s: {:.0} articles/s, {:.1} MB/s",
        corpus.articles.len(),
        bytes as f64 / 1e6,
        report.events.height(),
        report.attacks.height(),
        secs,
        corpus.articles.len() as f64 / secs,
        bytes as f64 / 1e6 / secs,
    );

    let mut group = c.benchmark_group("report");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("from_corpus_10k_articles", |b| {
        b.iter(|| Report::from_corpus(black_box(&corpus)).expect("the report builds"))
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
