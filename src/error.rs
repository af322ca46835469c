//! The one error type of the library.
//!
//! Only the edges fail: reading a folder or a manifest, writing an output file, building a
//! DataFrame or drawing a chart. Extraction itself cannot fail; it reports [`Warning`]s instead.
//!
//! [`Warning`]: crate::Warning

use std::path::PathBuf;

/// Everything that can go wrong in `strikes`. Every variant names the file it is about.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// Reading or writing a file or folder failed.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or folder.
        path: PathBuf,
        /// What the operating system said.
        #[source]
        source: std::io::Error,
    },
    /// The corpus folder does not exist or is not a folder.
    #[error("{}: not a folder of articles (it does not exist or is not a directory)", path.display())]
    NotAFolder {
        /// The path that was given.
        path: PathBuf,
    },
    /// The corpus folder holds no article file, `*.txt`, `*.html` or `*.htm` (subfolders included;
    /// hidden ones are not read).
    #[error("{}: no articles (.txt, .html, .htm) in this folder", path.display())]
    NoArticles {
        /// The folder.
        path: PathBuf,
    },
    /// The manifest could not be read at all (a header without a `file` column, say).
    #[error("{}:{line}: {message}", path.display())]
    Manifest {
        /// The manifest file.
        path: PathBuf,
        /// The 1-based line the problem is on.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A table of articles (CSV or Parquet) cannot be read: it has no text column, or it is not
    /// the format it claims to be.
    #[error("{}: {message}", path.display())]
    Table {
        /// The table's file.
        path: PathBuf,
        /// What is wrong (the missing column is named).
        message: String,
    },
    /// A Telegram channel export (`result.json`) cannot be read: it is not JSON, or has no
    /// `messages` list.
    #[error("{}:{line}: {message}", path.display())]
    Telegram {
        /// The export file.
        path: PathBuf,
        /// The 1-based line the problem is on.
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// A gold or events CSV could not be read.
    #[error("{}:{line}: {message}", path.display())]
    Csv {
        /// The CSV file.
        path: PathBuf,
        /// The 1-based line the problem is on (0 when unknown).
        line: u64,
        /// What is wrong.
        message: String,
    },
    /// Serialising rows to CSV or JSON failed.
    #[error("writing {what}: {message}")]
    Write {
        /// What was being written ("events CSV", a path, ...).
        what: String,
        /// What went wrong.
        message: String,
    },
    /// polars refused an operation (a bug in `strikes` if it ever happens on valid input).
    #[error("polars: {0}")]
    Polars(#[from] polars::prelude::PolarsError),
    /// A function was called with an argument it cannot work with (a rolling window of 0).
    #[error("{what}: {message}")]
    InvalidArgument {
        /// Which argument.
        what: String,
        /// What is wrong with it.
        message: String,
    },
    /// Drawing a chart failed.
    #[error("chart {}: {message}", path.display())]
    Chart {
        /// The chart's output file (or `<memory>`).
        path: PathBuf,
        /// What the drawing backend said.
        message: String,
    },
}

/// `Result` with [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub(crate) fn io(path: impl Into<PathBuf>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.into(),
            source,
        }
    }
}
