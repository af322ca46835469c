//! Extraction runs on all cores (`--threads N`) and its output does not depend on how many.

use crate::cli::strikes;
use crate::repo;

#[test]
fn extract_and_figures_are_byte_identical_on_1_and_2_threads() {
    let real = repo("tests/data/real/articles");
    let real = real.to_str().unwrap();
    // `--threads` is global: before or after the subcommand.
    let one = strikes(&["--threads", "1", "extract", real, "--format", "csv"]);
    let two = strikes(&["extract", real, "--format", "csv", "--threads", "2"]);
    assert_eq!(one.0, 0, "{}", one.2);
    assert!(
        one.1.lines().count() > 900,
        "{} rows",
        one.1.lines().count()
    );
    assert!(
        two == one,
        "extract: the output on 2 threads differs from 1 thread"
    );

    let one = strikes(&["--threads", "1", "figures", real, "--format", "csv"]);
    let two = strikes(&["--threads", "2", "figures", real, "--format", "csv"]);
    assert_eq!(one.0, 0, "{}", one.2);
    assert!(
        two == one,
        "figures: the output on 2 threads differs from 1 thread"
    );
}

#[test]
fn threads_must_be_at_least_one() {
    let seeds = repo("seeds");
    let (code, _, err) = strikes(&["--threads", "0", "extract", seeds.to_str().unwrap()]);
    assert_eq!(code, 2, "{err}");
}
