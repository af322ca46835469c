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
//! A second benchmark times the analysis stage alone (`Report::from_events`) on 10,000
//! generated events, so that its cost is visible whatever the extractor does.

use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::Duration as Days;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use regex::Regex;
use strikes::analysis::Report;
use strikes::events::events_frame;
use strikes::{Article, Corpus, Count, Event, Qualifier, Side};

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

/// `n` events: about five reports per attack, some disagreeing, some qualified, some undated.
fn events(n: usize) -> Vec<Event> {
    let start = chrono::NaiveDate::from_ymd_opt(2024, 1, 1).expect("a valid date");
    let qualifiers = [
        Qualifier::Exact,
        Qualifier::MoreThan,
        Qualifier::About,
        Qualifier::AtLeast,
    ];
    (0..n)
        .map(|i| {
            let attack = i / 5;
            let date = (i % 97 != 0).then(|| start + Days::days(attack as i64));
            let side = if attack % 7 == 0 {
                Side::Ukraine
            } else {
                Side::Russia
            };
            let mut e = Event::empty(&format!("article{i:05}"), date, side);
            let size = 50 + (attack * 37 % 700) as u32 + (i % 3) as u32;
            let q = qualifiers[i % qualifiers.len()];
            e.drones_launched = Some(Count {
                value: size,
                qualifier: q,
            });
            e.drones_intercepted = Some(Count::exact(size * 9 / 10));
            if attack % 3 == 0 {
                e.missiles_launched = Some(Count::exact(10 + (attack % 40) as u32));
                e.missiles_intercepted = Some(Count::exact(5 + (attack % 30) as u32));
            }
            if i % 4 == 0 {
                e.killed = Some(Count::exact((i % 9) as u32));
                e.injured = Some(Count {
                    value: (i % 40) as u32,
                    qualifier: Qualifier::AtLeast,
                });
            }
            e.locations = vec![PLACES[i % PLACES.len()].to_string()];
            e
        })
        .collect()
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

    let events = events_frame(&events(ARTICLES)).expect("the events frame builds");
    let mut group = c.benchmark_group("analysis");
    group.throughput(Throughput::Elements(events.height() as u64));
    group.sample_size(10);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("from_events_10k_events", |b| {
        b.iter(|| {
            Report::from_events(black_box(events.clone()), ARTICLES).expect("the report builds")
        })
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
