//! A mutation fuzzer on stable Rust for the extractor and every input parser: no nightly, no
//! C toolchain, no instrumentation.
//!
//! ```text
//! cargo run --release --example fuzz -- TARGET SECONDS [SEED]     (scripts/fuzz.sh runs them all)
//! cargo run --release --example fuzz -- TARGET replay FILE...     (saved inputs, once each)
//! ```
//!
//! Targets: `extract` (the pure extractor, on a text), `html` (a saved page's reader view and
//! metadata), `jsonl`, `csv` (a table of articles), `manifest` (a folder's `articles.csv`),
//! `parquet` (a table of articles), `telegram` (a channel export's `result.json`). Seeds are the repository's own inputs — the texts of every gold
//! set, the HTML fixtures, JSON Lines, CSV, manifest and Parquet files built from them — and each
//! execution applies 1 to 8 random mutations to one of them: a byte flipped, inserted or deleted,
//! a span deleted or repeated, a token of the genre inserted ("at least", "1,200", "overnight",
//! a quote, a brace, a tag, an emoji, a huge number), two seeds spliced, a tail cut off.
//!
//! An execution that runs over a minute is a hang: its input is kept as `target/fuzz/TARGET-hang`
//! and the run stops with status 2 (a watchdog thread; the execution cannot be interrupted).
//! Every execution runs under `catch_unwind`. A panic, or a broken invariant, is a finding: the
//! input is saved to `target/fuzz/TARGET-N` and counted, and the run goes on. An abort (an
//! allocation that fails) ends the run; its input is `target/fuzz/TARGET-last`. Invariants checked
//! beside "no panic": every figure's `text[byte_start..byte_end]` is its phrase (provenance points
//! back into the article), and loaders never return an article with an empty text. The run prints
//! executions, executions per second and findings.

use std::io::Cursor;
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context};
use strikes::{Corpus, Meta};

/// Tokens of the genre and of the formats, inserted by the mutator.
const TOKENS: &[&str] = &[
    "у ніч на ",
    " збито/подавлено ",
    " БпЛА",
    "112-ма ",
    "40-річний ",
    " перехвачены и уничтожены ",
    " беспилотников",
    "1 200 ",
    "Х-101",
    "at least ",
    "more than ",
    "about ",
    "up to ",
    "nearly ",
    " drones",
    " missiles",
    "Shahed",
    "Kh-101",
    " shot down ",
    " were killed",
    " injured",
    "overnight",
    "on Monday",
    "last night",
    "2025-09-07",
    "September 7",
    "Kyiv",
    "Belgorod region",
    "the air force said",
    "1,200",
    "1.5",
    "½",
    "4294967296",
    "99999999999999999999",
    "-1",
    "0",
    "one hundred and twenty-six",
    "dozens",
    "\n",
    "\r\n",
    "\n\n",
    "\t",
    "\u{200b}",
    "\u{a0}",
    "\u{feff}",
    "—",
    "–",
    "\"",
    "'",
    "“",
    "”",
    "(",
    ")",
    "{",
    "}",
    "[",
    "]",
    ",",
    ";",
    ":",
    ".",
    "<p>",
    "</p>",
    "<script>",
    "<!--",
    "&amp;",
    "&#x41;",
    "<meta property=\"article:published_time\" content=\"2025-13-45\">",
    "\"text\":",
    "null",
    "\\u0000",
    "🚀",
    "e\u{301}",
    "ß",
    "İ",
    "%",
    "No one was injured.",
    "•",
    "|",
];

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [target, seconds, rest @ ..] = args.as_slice() else {
        bail!(
            "usage: fuzz TARGET SECONDS [SEED]  (targets: extract html jsonl csv manifest parquet)"
        );
    };
    if seconds == "replay" {
        // `fuzz TARGET replay FILE...`: run saved inputs once each (a finding's regression check).
        let scratch = tempfile::tempdir()?;
        let mut failed = 0;
        for path in rest {
            let input = std::fs::read(path).with_context(|| path.clone())?;
            match panic::catch_unwind(AssertUnwindSafe(|| run(target, &input, scratch.path()))) {
                Ok(Ok(())) => {}
                Ok(Err(broken)) => (failed += 1, println!("{path}: {broken}")).1,
                Err(p) => {
                    (
                        failed += 1,
                        println!("{path}: panic: {}", panic_message(&*p)),
                    )
                        .1
                }
            }
        }
        println!("{target}: {} inputs replayed, {failed} failed", rest.len());
        return Ok(());
    }
    let seconds: u64 = seconds.parse().context("SECONDS")?;
    let seed: u64 = rest.first().map_or(Ok(1), |s| s.parse()).context("SEED")?;
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seeds = seeds(root, target)?;
    if seeds.is_empty() {
        bail!("no seeds for {target}");
    }
    let scratch = tempfile::tempdir()?;
    let out = root.join("target/fuzz");
    std::fs::create_dir_all(&out)?;
    let last = out.join(format!("{target}-last"));
    panic::set_hook(Box::new(|_| {}));
    let mut rng = fastrand::Rng::with_seed(seed);
    let (start, budget) = (Instant::now(), Duration::from_secs(seconds));
    let (mut execs, mut findings) = (0u64, 0u64);
    let began = watchdog(target, &last, &out);
    while start.elapsed() < budget {
        let input = mutate(&mut rng, &seeds);
        // An abort (an allocation failure) cannot be caught: the input that caused it is kept.
        std::fs::write(&last, &input)?;
        began.store(start.elapsed().as_millis() as u64 + 1, Ordering::SeqCst);
        let result = panic::catch_unwind(AssertUnwindSafe(|| run(target, &input, scratch.path())));
        let failure = match result {
            Ok(Ok(())) => None,
            Ok(Err(broken)) => Some(broken),
            Err(p) => Some(format!("panic: {}", panic_message(&*p))),
        };
        began.store(0, Ordering::SeqCst);
        execs += 1;
        if let Some(failure) = failure {
            findings += 1;
            let path = out.join(format!("{target}-{findings}"));
            std::fs::write(&path, &input)?;
            eprintln!("finding {findings}: {failure} (input: {})", path.display());
        }
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{target}: {execs} executions in {secs:.0} s ({:.0}/s), {} seeds, {findings} findings",
        execs as f64 / secs,
        seeds.len()
    );
    Ok(())
}

fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| p.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "(no message)".into())
}

/// One execution: `Err` is a broken invariant.
fn run(target: &str, input: &[u8], scratch: &Path) -> Result<(), String> {
    match target {
        "extract" => {
            let text = String::from_utf8_lossy(input);
            let x = strikes::extract::article("f", &text, &Meta::default());
            for f in &x.figures {
                if text.get(f.byte_start..f.byte_end) != Some(f.phrase.as_str()) {
                    return Err(format!(
                        "figure {:?} at {}..{} is not the text there",
                        f.phrase, f.byte_start, f.byte_end
                    ));
                }
            }
            Ok(())
        }
        "html" => {
            let _ = strikes::corpus::html::parse_page(&String::from_utf8_lossy(input));
            Ok(())
        }
        "jsonl" => loaded(Corpus::from_jsonl(input, "f.jsonl")),
        "csv" => loaded(Corpus::from_csv(input, "f.csv", "text")),
        "manifest" => {
            std::fs::write(scratch.join("articles.csv"), input).map_err(|e| e.to_string())?;
            std::fs::write(
                scratch.join("a.txt"),
                "Russia launched 45 drones overnight.",
            )
            .map_err(|e| e.to_string())?;
            loaded(Corpus::load(scratch))
        }
        "parquet" => parquet(input, scratch),
        "telegram" => {
            let path = scratch.join("result.json");
            std::fs::write(&path, input).map_err(|e| e.to_string())?;
            let mut all = strikes::corpus::Collect::default();
            match Corpus::read_telegram(&path, &mut all) {
                Err(_) => Ok(()),
                Ok(()) => loaded(Ok(all.into_corpus(scratch, None))),
            }
        }
        other => Err(format!("no target {other}")),
    }
}

#[cfg(feature = "parquet")]
fn parquet(input: &[u8], scratch: &Path) -> Result<(), String> {
    let path = scratch.join("t.parquet");
    std::fs::write(&path, input).map_err(|e| e.to_string())?;
    loaded(Corpus::load_parquet(&path, "text"))
}

#[cfg(not(feature = "parquet"))]
fn parquet(_: &[u8], _: &Path) -> Result<(), String> {
    Err("built without the parquet feature".into())
}

/// A loader's result: an error is fine (bad input), an article with no text is not.
fn loaded(r: strikes::Result<(Corpus, Vec<strikes::Warning>)>) -> Result<(), String> {
    match r {
        Ok((corpus, _)) if corpus.articles.iter().any(|a| a.text.trim().is_empty()) => {
            Err("an article with an empty text was loaded".into())
        }
        _ => Ok(()),
    }
}

/// How long one execution may take before it is a finding (a hang: a rule that is quadratic or
/// worse in some input).
const HANG: Duration = Duration::from_secs(60);

/// Starts a thread that watches the execution under way (the time it began, in ms since the
/// start, 0 between executions): one that runs longer than [`HANG`] cannot be stopped, so its
/// input (`last`) is kept as `TARGET-hang` and the run ends with status 2.
fn watchdog(target: &str, last: &Path, out: &Path) -> Arc<AtomicU64> {
    let began = Arc::new(AtomicU64::new(0));
    let (watched, last, hang) = (
        Arc::clone(&began),
        last.to_path_buf(),
        out.join(format!("{target}-hang")),
    );
    let start = Instant::now();
    std::thread::spawn(move || loop {
        std::thread::sleep(Duration::from_secs(1));
        let at = watched.load(Ordering::SeqCst);
        let now = start.elapsed().as_millis() as u64;
        if at > 0 && now.saturating_sub(at) > HANG.as_millis() as u64 {
            let _ = std::fs::copy(&last, &hang);
            eprintln!(
                "finding: an execution ran over {} s (input: {})",
                HANG.as_secs(),
                hang.display()
            );
            std::process::exit(2);
        }
    });
    began
}

/// The seeds of a target, built from the repository's inputs.
fn seeds(root: &Path, target: &str) -> anyhow::Result<Vec<Vec<u8>>> {
    let mut texts: Vec<(PathBuf, Vec<u8>)> = Vec::new();
    for set in [
        "seeds",
        "tests/data/devset/articles",
        "tests/data/real/articles",
        "tests/data/ua/articles",
        "tests/data/ru/articles",
    ] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(set))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect();
        files.sort();
        for p in files.into_iter().step_by(7) {
            let bytes = std::fs::read(&p)?;
            texts.push((p, bytes));
        }
    }
    let text = |i: usize| String::from_utf8_lossy(&texts[i % texts.len()].1).into_owned();
    let seeds: Vec<Vec<u8>> = match target {
        "extract" => texts.iter().map(|t| t.1.clone()).collect(),
        "html" => {
            let mut pages = Vec::new();
            for e in std::fs::read_dir(root.join("tests/data/html/pages"))? {
                let p = e?.path();
                if p.extension().is_some_and(|e| e == "html" || e == "htm") {
                    pages.push(std::fs::read(p)?);
                }
            }
            pages
        }
        "jsonl" => (0..40)
            .map(|i| {
                let line = serde_json::json!({"id": format!("a{i}"), "text": text(i), "published": "2025-09-07", "url": "https://x.test/a"});
                format!("{line}\n{{\"text\": {}}}\n", serde_json::json!(text(i + 1))).into_bytes()
            })
            .collect(),
        "csv" => (0..40)
            .map(|i| {
                let mut w = csv::Writer::from_writer(Vec::new());
                w.write_record(["id", "text", "published", "outlet"]).unwrap();
                w.write_record([&format!("a{i}"), &text(i), "2025-09-07", "VOA"]).unwrap();
                w.write_record(["", &text(i + 1), "", ""]).unwrap();
                w.into_inner().unwrap()
            })
            .collect(),
        "manifest" => vec![
            b"file,published,outlet,url,title\na.txt,2025-09-07,VOA,https://x.test/a,Title\n".to_vec(),
            std::fs::read(root.join("seeds/articles.csv"))?,
            std::fs::read(root.join("tests/data/devset/articles/articles.csv"))?,
        ],
        "parquet" => parquet_seeds(&texts)?,
        "telegram" => {
            let mut seeds = vec![std::fs::read(root.join("tests/data/telegram/result.json"))?];
            seeds.extend((0..20).map(|i| {
                let messages: Vec<serde_json::Value> = (0..3)
                    .map(|k| serde_json::json!({"id": 10 * i + k, "type": "message",
                        "date": "2025-08-23T09:15:00", "date_unixtime": "1755929700",
                        "text": ["", {"type": "bold", "text": text(3 * i + k)}, ""]}))
                    .collect();
                serde_json::json!({"name": "c", "type": "public_channel", "id": 7,
                    "messages": messages})
                .to_string()
                .into_bytes()
            }));
            seeds
        }
        other => bail!("no target {other}"),
    };
    Ok(seeds)
}

#[cfg(feature = "parquet")]
fn parquet_seeds(texts: &[(PathBuf, Vec<u8>)]) -> anyhow::Result<Vec<Vec<u8>>> {
    use polars_io::prelude::ParquetWriter;
    use strikes::polars::prelude::*;
    let mut seeds = Vec::new();
    for chunk in texts.chunks(8).take(6) {
        let text: Vec<String> = chunk
            .iter()
            .map(|t| String::from_utf8_lossy(&t.1).into_owned())
            .collect();
        let id: Vec<String> = (0..text.len()).map(|i| format!("p{i}")).collect();
        let mut df = df!("id" => id, "text" => text)?;
        let mut out = Vec::new();
        ParquetWriter::new(Cursor::new(&mut out)).finish(&mut df)?;
        seeds.push(out);
    }
    Ok(seeds)
}

#[cfg(not(feature = "parquet"))]
fn parquet_seeds(_: &[(PathBuf, Vec<u8>)]) -> anyhow::Result<Vec<Vec<u8>>> {
    bail!("built without the parquet feature")
}

/// One seed with 1 to 8 random mutations.
fn mutate(rng: &mut fastrand::Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut v = seeds[rng.usize(..seeds.len())].clone();
    for _ in 0..rng.usize(1..=8) {
        let n = v.len();
        let at = rng.usize(..=n);
        match rng.u8(..8) {
            0 if n > 0 => {
                let i = rng.usize(..n);
                v[i] ^= 1 << rng.u8(..8);
            }
            1 => v.insert(at, rng.u8(..)),
            2 if n > 0 => {
                let end = (at + rng.usize(1..64)).min(n);
                v.drain(at.min(end)..end);
            }
            3 if n > 0 => {
                let start = rng.usize(..n);
                let end = (start + rng.usize(1..128)).min(n);
                let span = v[start..end].to_vec();
                v.splice(at..at, span);
            }
            4 => {
                let other = &seeds[rng.usize(..seeds.len())];
                let from = rng.usize(..=other.len());
                v.truncate(at);
                v.extend_from_slice(&other[from..]);
            }
            5 => v.truncate(at),
            _ => {
                let token = TOKENS[rng.usize(..TOKENS.len())].as_bytes();
                v.splice(at..at, token.iter().copied());
            }
        }
    }
    v
}
