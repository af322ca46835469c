//! `strikes`: news articles about drone and missile strikes in, a polars DataFrame of attacks out.
//!
//! The pipeline has five stages, each a module:
//!
//! - [`corpus`]: load a folder tree of articles (`*.txt`, web pages) and its manifest, a JSON
//!   Lines file or a CSV or Parquet table ([`Corpus`]), or hand them one by one to a
//!   [`corpus::Sink`].
//! - [`text`]: normalise text, drop page boilerplate, split sentences (byte offsets kept).
//! - [`extract`]: per article, the attacks it reports ([`Event`]) and the provenance of every
//!   figure ([`Figure`]). Pure: no IO, never fails.
//! - [`events`]: the corpus as DataFrames ([`events()`], [`figures()`]; articles extracted in
//!   parallel, rows in article order) and the CSV/JSON export.
//! - [`stream`]: the same extraction in bounded memory, a chunk of articles at a time, written
//!   as CSV, JSON, JSON Lines or Parquet as it goes (`strikes extract`).
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

/// A `LazyLock<Regex>` for a static pattern, compiled on first use by [`compile_regex`] (patterns
/// are literals, so a failure is a bug caught by the first test that touches it).
macro_rules! regex {
    ($pattern:expr) => {
        std::sync::LazyLock::new(|| $crate::compile_regex($pattern).expect("valid regex"))
    };
}
pub(crate) use regex;

/// Compiles one of the English lexicon's patterns with ASCII word semantics: `\b` becomes
/// `(?-u:\b)`, `\w` becomes `(?-u:\w)` (`[:word:]` inside a class); everything else, `\s` and
/// case folding included, stays Unicode. Unicode word boundaries make the regex crate leave its
/// fast DFA on any non-ASCII byte (curly quotes, dashes, emoji bullets are in most articles) and
/// take most of the start-up compile time; an English keyword never borders a non-ASCII letter.
/// Patterns for other scripts must use `regex::Regex::new` directly.
pub(crate) fn compile_regex(pattern: &str) -> std::result::Result<regex::Regex, regex::Error> {
    regex::RegexBuilder::new(&ascii_words(pattern))
        .dfa_size_limit(LAZY_DFA_CACHE)
        .build()
}

/// The lazy DFA's cache per pattern and thread. The default (2 MiB) makes the large alternations
/// of the lexicon rebuild states over and over on a corpus (a quarter of the regex time went to
/// determinizing in a profile); a larger cache keeps the states once built. 16 MiB still
/// thrashed on the side-cue set (12-04 h: determinizing 21% of one thread's time on the real set,
/// 11% at 64 MiB, one thread's user time down about 12%, peak RSS up 35 MB); 256 MiB gained no
/// more. The cache grows only as states are built, so the limit costs nothing where unused.
const LAZY_DFA_CACHE: usize = 64 << 20;

/// A set of the English lexicon's patterns, compiled as [`compile_regex`] compiles each.
pub(crate) fn compile_regex_set<'a>(
    patterns: impl IntoIterator<Item = &'a str>,
) -> std::result::Result<regex::RegexSet, regex::Error> {
    regex::RegexSetBuilder::new(patterns.into_iter().map(ascii_words))
        .dfa_size_limit(LAZY_DFA_CACHE)
        .build()
}

/// A pattern with `\b` and `\w` made ASCII (see [`compile_regex`]).
fn ascii_words(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 64);
    let mut class_depth = 0usize;
    let mut chars = pattern.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match (chars.next(), class_depth > 0) {
                (Some('b'), false) => out.push_str("(?-u:\\b)"),
                (Some('w'), false) => out.push_str("(?-u:\\w)"),
                (Some('w'), true) => out.push_str("[:word:]"),
                (next, _) => {
                    out.push('\\');
                    out.extend(next);
                }
            },
            '[' => {
                class_depth += 1;
                out.push(c);
            }
            ']' if class_depth > 0 => {
                class_depth -= 1;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

pub mod analysis;
pub mod charts;
pub mod corpus;
pub mod error;
pub mod evaluate;
pub mod events;
pub mod extract;
pub mod lang;
pub mod notebook;
pub mod official;
pub mod stream;
pub mod text;
mod warning;

pub use corpus::{Article, Corpus, Meta};
pub use error::{Error, Result};
pub use events::{events, figures, Extracted};
pub use extract::{Count, Event, Field, Figure, Qualifier, Side};
pub use warning::Warning;

#[cfg(test)]
mod regex_tests {
    use super::compile_regex;

    #[test]
    fn word_boundaries_are_ascii_and_the_rest_unicode() {
        let re = compile_regex(r"(?i)\bhead of the [\w' -]{0,40}administration\b").unwrap();
        assert!(re.is_match("the Head of the Kharkiv Oblast administration said"));
        // An emoji bullet with its variation selector is no word character.
        let according = compile_regex(r"\bAccording\b").unwrap();
        assert!(according.is_match("\u{25fe}\u{fe0f}According to the governor"));
        assert!(!according.is_match("unAccording"));
        // `\s` keeps matching a no-break space; escapes other than `\b`, `\w` are untouched.
        let spaced = compile_regex(r"\d+\s+drones\.").unwrap();
        assert!(spaced.is_match("40\u{a0}drones."));
        assert!(compile_regex(r"a\\b").unwrap().is_match(r"a\b"));
    }
}
