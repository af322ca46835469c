//! `strikes`, re-exported as a `dylib` for the notebooks (see Cargo.toml): every evcxr cell links
//! this one library instead of a copy of its own, so statics — polars' hash seeds, thread pool,
//! the charts' font — are shared and values built in one cell work in the next.
pub use strikes::*;
