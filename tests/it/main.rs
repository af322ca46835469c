//! One integration-test binary (see matklad's "Delete Cargo Integration Tests"): the pipeline end
//! to end, driven by gold files.

mod cli;
mod gold;
mod inputs;
mod languages;
mod official;
mod pages;
mod robustness;
mod scale;
mod sentences;
mod stream;
mod tables;
mod threads;

use std::path::{Path, PathBuf};

/// A path inside the repository.
pub fn repo(p: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(p)
}
