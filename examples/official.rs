//! The Air Force's record ("Massive Missile Attacks on Ukraine", Kaggle, Petro Ivaniuk,
//! CC BY-NC-SA 4.0): its monthly totals, and the charts over its whole history.
//!
//! ```text
//! cargo run --example official -- monthly PATH   # monthly attack drones and missiles launched
//! ```
//!
//! Without a path it says how to get the file and exits 0: the record does not ship with
//! `strikes`. Load warnings (rows skipped, models without a class) go to stderr.

use std::io::Write;
use std::path::{Path, PathBuf};

use anyhow::Context;
use strikes::official::{self, Official};

const HOW_TO_GET_IT: &str = "\
The official record does not ship with strikes (its licence is CC BY-NC-SA 4.0).
Download missile_attacks_daily.csv from the Kaggle dataset \"Massive Missile Attacks on Ukraine\"
(Petro Ivaniuk): https://www.kaggle.com/datasets/piterfm/massive-missile-attacks-on-ukraine
then run:
    cargo run --example official -- monthly PATH/missile_attacks_daily.csv";

fn main() -> anyhow::Result<()> {
    let args: Vec<PathBuf> = std::env::args_os().skip(1).map(PathBuf::from).collect();
    match args.as_slice() {
        [cmd, path] if cmd.as_os_str() == "monthly" => monthly(path),
        [] => {
            println!("{HOW_TO_GET_IT}");
            Ok(())
        }
        _ => {
            eprintln!("usage: cargo run --example official -- monthly PATH\n\n{HOW_TO_GET_IT}");
            std::process::exit(2);
        }
    }
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
