//! Warnings: problems that do not stop a run (a skipped article, a manifest row ignored, an
//! implausible figure). They are data, returned next to results, and printed by the binary on
//! stderr.

use std::fmt;
use std::path::PathBuf;

/// A problem that did not stop the run. `Display` prints `path:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Warning {
    /// The file concerned (an article or the manifest), if any.
    pub path: Option<PathBuf>,
    /// The 1-based line in that file, if known.
    pub line: Option<u64>,
    /// The article id concerned, if any.
    pub article: Option<String>,
    /// What happened and what was done about it.
    pub message: String,
}

impl Warning {
    /// A warning about a file (an article or the manifest).
    pub fn file(path: impl Into<PathBuf>, line: Option<u64>, message: impl Into<String>) -> Self {
        Warning {
            path: Some(path.into()),
            line,
            article: None,
            message: message.into(),
        }
    }

    /// A warning about an article's content, found during extraction.
    pub fn article(article: &str, message: impl Into<String>) -> Self {
        Warning {
            path: None,
            line: None,
            article: Some(article.to_string()),
            message: message.into(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.path, self.line, &self.article) {
            (Some(p), Some(l), _) => write!(f, "{}:{}: {}", p.display(), l, self.message),
            (Some(p), None, _) => write!(f, "{}: {}", p.display(), self.message),
            (None, _, Some(a)) => write!(f, "article {}: {}", a, self.message),
            (None, _, None) => write!(f, "{}", self.message),
        }
    }
}
