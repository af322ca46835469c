//! `strikes`: news articles about drone and missile strikes in, a polars DataFrame of attacks out.
//!
//! The pipeline has five stages, each a module:
//!
//! - [`corpus`]: load a folder of `*.txt` articles and its manifest ([`Corpus`]).
//! - [`text`]: normalise text, drop page boilerplate, split sentences (byte offsets kept).
//! - [`extract`]: per article, the attacks it reports ([`Event`]) and the provenance of every
//!   figure ([`Figure`]). Pure: no IO, never fails.
//! - [`events`]: the corpus as DataFrames ([`events()`], [`figures()`]) and the CSV/JSON export.
//! - [`analysis`] and [`charts`]: reconciled attacks, interception rates, trends, and charts.
//! - [`notebook`]: DataFrames as HTML tables in Jupyter (evcxr).
//!
//! ```
//! use strikes::{Article, Corpus};
//! use chrono::NaiveDate;
//!
//! let corpus = Corpus::from_articles(vec![Article::new(
//!     "kyiv",
//!     "Russia launched more than 800 drones and 13 missiles overnight, the Ukrainian Air Force said.",
//! )
//! .published(NaiveDate::from_ymd_opt(2025, 9, 7).unwrap())]);
//! let (events, warnings) = strikes::events(&corpus);
//! assert!(warnings.is_empty());
//! println!("{events}");
//! ```

pub use plotters;
pub use polars;

/// A `LazyLock<Regex>` for a static pattern, compiled on first use (patterns are literals, so a
/// failure is a bug caught by the first test that touches it).
macro_rules! regex {
    ($pattern:expr) => {
        std::sync::LazyLock::new(|| regex::Regex::new($pattern).expect("valid regex"))
    };
}
pub(crate) use regex;

pub mod analysis;
pub mod charts;
pub mod corpus;
pub mod error;
pub mod evaluate;
pub mod events;
pub mod extract;
pub mod notebook;
pub mod official;
pub mod text;
mod warning;

pub use corpus::{Article, Corpus, Meta};
pub use error::{Error, Result};
pub use events::{events, figures, Extracted};
pub use extract::{Count, Event, Field, Figure, Qualifier, Side};
pub use warning::Warning;
