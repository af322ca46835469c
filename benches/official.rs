//! Loading the Air Force record and classing its models (`official::load`: read, sha256, CSV,
//! Python literals, weapon classes), and building the nights from the records.
//!
//! ```text
//! STRIKES_OFFICIAL=PATH/missile_attacks_daily.csv cargo bench --bench official
//! ```
//!
//! Times the full file when `STRIKES_OFFICIAL` names it (the target is under 0.3 s in a release
//! build), else the small fixture of the tests. Benchmarks never run in `cargo test`.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use strikes::official;

fn record() -> PathBuf {
    std::env::var_os("STRIKES_OFFICIAL").map_or_else(
        || {
            PathBuf::from(env!("CARGO_MANIFEST_DIR"))
                .join("tests/data/official/missile_attacks_fixture.csv")
        },
        PathBuf::from,
    )
}

fn bench(c: &mut Criterion) {
    let path = record();
    let bytes = std::fs::metadata(&path).expect("the record exists").len();

    // One timed run, for a figure in seconds next to criterion's statistics.
    let start = Instant::now();
    let o = official::load(&path).expect("the record loads");
    let secs = start.elapsed().as_secs_f64();
    eprintln!(
        "official: {} ({:.2} MB) -> {} rows, {} warnings, {} national attacks; load + classes in {:.4} s",
        path.display(),
        bytes as f64 / 1e6,
        o.records.len(),
        o.warnings.len(),
        o.nights().len(),
        secs
    );

    let mut group = c.benchmark_group("official");
    group.throughput(Throughput::Bytes(bytes));
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(2));
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("load_and_class", |b| {
        b.iter(|| official::load(black_box(&path)).expect("the record loads"))
    });
    group.finish();
    let mut group = c.benchmark_group("official_nights");
    group.sample_size(20);
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(5));
    group.bench_function("nights", |b| b.iter(|| black_box(&o).nights()));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
