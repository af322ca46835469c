//! The Air Force's record ("Massive Missile Attacks on Ukraine", Kaggle, Petro Ivaniuk,
//! CC BY-NC-SA 4.0): its monthly totals, and the charts over its whole history.
//!
//! ```text
//! cargo run --example official -- PATH [OUTPUT_DIR] [--monthly]   # the charts, into output/
//! cargo run --example official -- monthly PATH   # monthly attack drones and missiles launched
//! ```
//!
//! With a path, reads the seed articles, prints their attacks filled from the record (each
//! figure's source marked) and the interception rates of that frame with their sources, and
//! writes `official_attack_size` and `official_interception_rates` (PNG and SVG) into
//! OUTPUT_DIR (default `output/`): weekly bars, or monthly with `--monthly`.
//!
//! Without a path it says how to get the file and exits 0: the record does not ship with
//! `strikes`. Load warnings (rows skipped, models without a class) go to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use strikes::analysis::Report;
use strikes::charts::official::{write_history, History, NewsAttack};
use strikes::official::history::Period;
use strikes::official::{self, Official};
use strikes::polars::prelude::*;
use strikes::Corpus;

const HOW_TO_GET_IT: &str = "\
The official record does not ship with strikes (its licence is CC BY-NC-SA 4.0).
Download missile_attacks_daily.csv from the Kaggle dataset \"Massive Missile Attacks on Ukraine\"
(Petro Ivaniuk): https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine
then run:
    cargo run --example official -- PATH/missile_attacks_daily.csv           # the charts
    cargo run --example official -- monthly PATH/missile_attacks_daily.csv   # monthly totals";

fn main() -> anyhow::Result<()> {
    let mut args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    let monthly_bars = args.iter().any(|a| a.as_os_str() == "--monthly");
    args.retain(|a| a.as_os_str() != "--monthly");
    match args.as_slice() {
        [cmd, path] if cmd.as_os_str() == "monthly" => monthly(path),
        [] => print(&format!("{HOW_TO_GET_IT}\n")),
        [path] => charts(path, Path::new("output"), monthly_bars),
        [path, out] => charts(path, out, monthly_bars),
        _ => {
            eprintln!(
                "usage: cargo run --example official -- PATH [OUTPUT_DIR] [--monthly]\n       cargo run --example official -- monthly PATH\n\n{HOW_TO_GET_IT}"
            );
            std::process::exit(2);
        }
    }
}

/// The seed articles' attacks filled from the record, their rates, and the history charts.
fn charts(path: &Path, out_dir: &Path, monthly_bars: bool) -> anyhow::Result<()> {
    let o = load(path)?;
    let seeds = Path::new(env!("CARGO_MANIFEST_DIR")).join("seeds");
    let (corpus, _) = Corpus::load(&seeds).context("loading the seed articles")?;
    let (report, _) = Report::from_corpus(&corpus).context("analysing the seed articles")?;
    strikes::notebook::terminal_table_width();
    std::env::set_var("POLARS_FMT_MAX_COLS", "14");
    std::env::set_var("POLARS_FMT_MAX_ROWS", "30");
    let filled = official::filled(&report.attacks, &o)?;
    let show = filled
        .clone()
        .lazy()
        .select([
            col("event_date"),
            col("drones_launched"),
            col("drones_launched_source"),
            col("drones_intercepted"),
            col("drones_intercepted_source"),
            col("missiles_launched"),
            col("missiles_launched_source"),
            col("missiles_intercepted"),
            col("missiles_intercepted_source"),
        ])
        .collect()?;
    let rates = official::filled_rates(&filled)?
        .lazy()
        .filter(col("weapon").neq(lit("all")))
        .select([
            col("event_date"),
            col("weapon"),
            col("launched"),
            col("intercepted"),
            col("rate").round(3, RoundMode::HalfToEven),
            col("rate_quality"),
            col("rate_source"),
        ])
        .collect()?;
    let mut text = format!(
        "official record {} (sha256 {})\n\nThe seed attacks, figures the articles lack filled from the record\n{show}\n\nInterception rates of the filled attacks, with their source\n{rates}\n\n",
        path.display(),
        o.sha256
    );
    let mut history = History::new(&o, NewsAttack::from_report(&report)?);
    if monthly_bars {
        history.period = Period::Month;
    }
    for p in write_history(&history, out_dir)
        .with_context(|| format!("writing the charts into {}", out_dir.display()))?
    {
        text.push_str(&format!("wrote {}\n", p.display()));
    }
    print(&text)
}

fn load(path: &Path) -> anyhow::Result<Official> {
    let o = official::load(path)
        .with_context(|| format!("loading the official record {}", path.display()))?;
    for w in &o.warnings {
        eprintln!("warning: {w}");
    }
    Ok(o)
}

/// Monthly totals of attack drones and missiles launched over the national nights, as the
/// library computes them (`official::nights::monthly_launched`); tests/it/official.rs checks
/// them against a sum straight from the CSV rows.
fn monthly(path: &Path) -> anyhow::Result<()> {
    let o = load(path)?;
    let nights = o.nights();
    let mut out = format!(
        "# {} (sha256 {})\n# {} rows, {} national attacks\nmonth,attack_drones_launched,missiles_launched\n",
        path.display(),
        o.sha256,
        o.records.len(),
        nights.len()
    );
    for (month, drones, missiles) in official::nights::monthly_launched(&nights) {
        out.push_str(&format!("{},{drones},{missiles}\n", month.format("%Y-%m")));
    }
    print(&out)
}

/// Writes to stdout; a closed pipe (`| head`) is not an error.
fn print(text: &str) -> anyhow::Result<()> {
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|_| stdout.flush())
    {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => Ok(other?),
    }
}
