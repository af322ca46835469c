//! Attacks, interception rates and charts for a folder of articles.
//!
//! ```text
//! cargo run --example trends [ARTICLES_DIR [OUTPUT_DIR]]
//! ```
//!
//! Reads `seeds/` (or ARTICLES_DIR), prints the reconciled attacks and the interception rates,
//! writes the charts as PNG and SVG into `output/` (or OUTPUT_DIR) and prints their paths.
//! Warnings (skipped articles, undated attacks, disputed figures) go to stderr.

use std::path::PathBuf;

use anyhow::Context;
use strikes::analysis::{self, Report};
use strikes::polars::prelude::*;
use strikes::{charts, Corpus};

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args_os().skip(1);
    let input = args
        .next()
        .map_or_else(|| PathBuf::from("seeds"), PathBuf::from);
    let output = args
        .next()
        .map_or_else(|| PathBuf::from("output"), PathBuf::from);

    let (corpus, mut warnings) = Corpus::load(&input)
        .with_context(|| format!("loading the articles in {}", input.display()))?;
    let (report, more) = Report::from_corpus(&corpus).context("analysing the articles")?;
    warnings.extend(more);
    for w in &warnings {
        eprintln!("warning: {w}");
    }

    // Wide tables: show every column and whole labels.
    strikes::notebook::terminal_table_width();
    std::env::set_var("POLARS_FMT_MAX_COLS", "20");
    std::env::set_var("POLARS_FMT_MAX_ROWS", "60");
    std::env::set_var("POLARS_FMT_STR_LEN", "40");
    std::env::set_var("POLARS_FMT_TABLE_CELL_LIST_LEN", "6");

    println!(
        "{} articles, {} events, {} attacks\n",
        report.n_articles,
        report.events.height(),
        report.attacks.height()
    );
    println!("Attacks (labels carry qualifiers: 800+ more than, ~ about, ≥ at least, ≤ up to)");
    println!("{}\n", analysis::summary(&report.attacks)?);
    println!("Interception rates per attack");
    let rates = report
        .rates
        .clone()
        .lazy()
        .select([
            col("attack"),
            col("weapon"),
            col("label"),
            col("rate").round(3, RoundMode::HalfToEven),
            col("rate_quality"),
        ])
        .collect()?;
    println!("{rates}\n");
    println!("Overall, weighted by launched");
    println!("{}\n", report.overall);

    for path in charts::write_all(&report, &output)
        .with_context(|| format!("writing the charts into {}", output.display()))?
    {
        println!("wrote {}", path.display());
    }
    Ok(())
}
