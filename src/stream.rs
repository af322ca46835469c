//! Extraction in bounded memory: a loader's articles ([`Sink`]) extracted a chunk at a time on
//! all cores, each chunk's rows written before the next is read.
//!
//! [`Stream`] is the sink `strikes extract` hands the loaders: it holds at most one chunk of
//! articles ([`Chunk`]: so many articles or so many bytes of text, whichever comes first) and the
//! rows of that chunk, so memory stays flat whatever the size of the input. [`TableWriter`]
//! writes one of the three tables — events, figures, aggregates — as CSV, JSON, JSON Lines or
//! Parquet (one row group per chunk), with the bytes (Parquet: the rows) of a whole-corpus
//! writer: the output does not depend on the chunk size or the number of threads (tested).
//!
//! ```
//! use strikes::stream::{Chunk, Format, Stream, Table, TableWriter};
//! use strikes::{Article, corpus::Sink};
//! let mut out = Vec::new();
//! let writer = TableWriter::new(&mut out, Table::Events, Format::Csv)?;
//! let mut stream = Stream::new(writer, Chunk::default(), |_: &strikes::Warning| {});
//! stream.article(Article::new("a", "Russia launched 45 drones at Ukraine overnight."))?;
//! stream.finish()?;
//! assert!(String::from_utf8(out).unwrap().lines().nth(1).unwrap().starts_with("a,,russia,45,"));
//! # Ok::<(), strikes::Error>(())
//! ```

use std::io::Write;

use polars::prelude::*;
use rayon::prelude::*;

use crate::corpus::{Article, Sink};
use crate::error::{Error, Result};
use crate::events::{self, Extracted};
use crate::extract;
use crate::warning::Warning;

/// Which table of an extraction to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// One row per article x attack x attacker ([`events::events_frame`]; CSV: the gold contract).
    Events,
    /// One row per figure, with its provenance ([`events::figures_frame`]).
    Figures,
    /// One row per period total ([`events::aggregates_frame`]).
    Aggregates,
}

/// How to write a table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// CSV with a header (events: [`events::COLUMNS`], lists joined with `;`).
    Csv,
    /// One JSON array of objects, pretty-printed.
    Json,
    /// One JSON object a line.
    Jsonl,
    /// Parquet with the DataFrame's types (dates, `UInt32`, lists), one row group per chunk;
    /// needs the `parquet` feature.
    Parquet,
}

/// How many articles (or bytes of text) are extracted together: the bound on memory.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Chunk {
    /// At most this many articles (at least 1).
    pub articles: usize,
    /// At most about this many bytes of text.
    pub bytes: usize,
}

impl Default for Chunk {
    /// 2,048 articles or 32 MiB of text: a few seconds of work per chunk on 2 cores.
    fn default() -> Self {
        Chunk {
            articles: 2048,
            bytes: 32 << 20,
        }
    }
}

/// Where the rows go, in the state the format needs between chunks.
enum Out<W: Write> {
    EventsCsv {
        w: Box<csv::Writer<W>>,
        header: bool,
    },
    FrameCsv {
        out: W,
        header: bool,
    },
    Json {
        out: W,
        rows: u64,
    },
    Jsonl(W),
    #[cfg(feature = "parquet")]
    Parquet(Box<polars_io::parquet::write::BatchedWriter<W>>),
}

/// Writes one table, chunk by chunk; [`TableWriter::finish`] ends the file (the JSON array's
/// bracket, the Parquet footer). Text formats write nothing before the first chunk, so an input
/// that fails to open leaves no output behind.
pub struct TableWriter<W: Write> {
    table: Table,
    out: Out<W>,
}

fn write_error(what: &str) -> impl Fn(String) -> Error + '_ {
    move |message| Error::Write {
        what: what.to_string(),
        message,
    }
}

impl<W: Write> TableWriter<W> {
    /// A writer of `table` as `format` into `out` (Parquet: an error without the `parquet`
    /// feature).
    pub fn new(out: W, table: Table, format: Format) -> Result<Self> {
        let out = match (format, table) {
            (Format::Csv, Table::Events) => Out::EventsCsv {
                w: Box::new(csv::Writer::from_writer(out)),
                header: true,
            },
            (Format::Csv, _) => Out::FrameCsv { out, header: true },
            (Format::Json, _) => Out::Json { out, rows: 0 },
            (Format::Jsonl, _) => Out::Jsonl(out),
            (Format::Parquet, _) => parquet_writer(out, table)?,
        };
        Ok(TableWriter { table, out })
    }

    /// Writes the rows of one chunk's extraction.
    pub fn write(&mut self, x: &Extracted) -> Result<()> {
        let err = write_error(match self.table {
            Table::Events => "events",
            Table::Figures => "figures",
            Table::Aggregates => "aggregates",
        });
        match &mut self.out {
            Out::EventsCsv { w, header } => {
                if std::mem::take(header) {
                    w.write_record(events::COLUMNS)
                        .map_err(|e| err(e.to_string()))?;
                }
                for e in &x.events {
                    w.write_record(events::record(e))
                        .map_err(|e| err(e.to_string()))?;
                }
                w.flush().map_err(|e| err(e.to_string()))
            }
            Out::FrameCsv { out, header } => {
                let mut frame = frame(self.table, x)?;
                polars_io::prelude::CsvWriter::new(&mut *out)
                    .include_header(std::mem::take(header))
                    .finish(&mut frame)?;
                Ok(())
            }
            Out::Json { out, rows } => {
                for value in json_rows(self.table, x)? {
                    let pretty =
                        serde_json::to_string_pretty(&value).map_err(|e| err(e.to_string()))?;
                    let open = if *rows == 0 { "[\n" } else { ",\n" };
                    let indented = pretty.replace('\n', "\n  ");
                    write!(out, "{open}  {indented}").map_err(|e| err(e.to_string()))?;
                    *rows += 1;
                }
                Ok(())
            }
            Out::Jsonl(out) => {
                for value in json_rows(self.table, x)? {
                    serde_json::to_writer(&mut *out, &value).map_err(|e| err(e.to_string()))?;
                    writeln!(out).map_err(|e| err(e.to_string()))?;
                }
                Ok(())
            }
            #[cfg(feature = "parquet")]
            Out::Parquet(w) => {
                let frame = frame(self.table, x)?;
                if frame.height() > 0 {
                    w.write_batch(&frame)?;
                }
                Ok(())
            }
        }
    }

    /// Ends the output (the JSON array's bracket, the Parquet footer) and flushes it.
    pub fn finish(self) -> Result<()> {
        let err = write_error("output");
        match self.out {
            Out::EventsCsv { mut w, header } => {
                if header {
                    w.write_record(events::COLUMNS)
                        .map_err(|e| err(e.to_string()))?;
                }
                w.flush().map_err(|e| err(e.to_string()))
            }
            Out::FrameCsv { mut out, header } => {
                if header {
                    let mut empty = frame(self.table, &Extracted::default())?;
                    polars_io::prelude::CsvWriter::new(&mut out)
                        .include_header(true)
                        .finish(&mut empty)?;
                }
                out.flush().map_err(|e| err(e.to_string()))
            }
            Out::Json { mut out, rows } => {
                let close = if rows == 0 { "[]\n" } else { "\n]\n" };
                out.write_all(close.as_bytes())
                    .and_then(|()| out.flush())
                    .map_err(|e| err(e.to_string()))
            }
            Out::Jsonl(mut out) => out.flush().map_err(|e| err(e.to_string())),
            #[cfg(feature = "parquet")]
            Out::Parquet(w) => {
                w.finish()?;
                Ok(())
            }
        }
    }
}

#[cfg(feature = "parquet")]
fn parquet_writer<W: Write>(out: W, table: Table) -> Result<Out<W>> {
    let schema = frame(table, &Extracted::default())?.schema().clone();
    let writer = polars_io::prelude::ParquetWriter::new(out).batched(&schema)?;
    Ok(Out::Parquet(Box::new(writer)))
}

#[cfg(not(feature = "parquet"))]
fn parquet_writer<W: Write>(_: W, _: Table) -> Result<Out<W>> {
    Err(Error::InvalidArgument {
        what: "--format parquet".into(),
        message:
            "this build of strikes has no Parquet support (built without the `parquet` feature)"
                .into(),
    })
}

/// The DataFrame of one table of `x`.
fn frame(table: Table, x: &Extracted) -> Result<DataFrame> {
    match table {
        Table::Events => x.events_frame(),
        Table::Figures => x.figures_frame(),
        Table::Aggregates => x.aggregates_frame(),
    }
}

/// The rows of one table of `x` as JSON objects: events as [`events::write_json`] writes them,
/// figures and aggregates with their frame's columns (dates `YYYY-MM-DD`, null for null).
fn json_rows(table: Table, x: &Extracted) -> Result<Vec<serde_json::Value>> {
    if table == Table::Events {
        return Ok(x.events.iter().map(events::event_json).collect());
    }
    let frame = frame(table, x)?;
    let columns = frame.columns();
    let mut rows = Vec::with_capacity(frame.height());
    for i in 0..frame.height() {
        let mut row = serde_json::Map::new();
        for c in columns {
            row.insert(c.name().to_string(), json_value(c.get(i)?));
        }
        rows.push(serde_json::Value::Object(row));
    }
    Ok(rows)
}

/// One cell of a figures or aggregates frame as JSON.
fn json_value(v: AnyValue<'_>) -> serde_json::Value {
    use serde_json::{json, Value};
    match v {
        AnyValue::Null => Value::Null,
        AnyValue::UInt32(n) => json!(n),
        AnyValue::String(s) => json!(s),
        AnyValue::StringOwned(s) => json!(s.as_str()),
        AnyValue::Date(days) => chrono::NaiveDate::from_epoch_days(days)
            .map_or(Value::Null, |d| json!(d.format("%Y-%m-%d").to_string())),
        other => json!(other.to_string()),
    }
}

/// What a [`Stream`] reports as it goes: a progress bar's hooks and the warnings. A closure
/// `Fn(&Warning) + Sync` is one that only takes the warnings.
pub trait Progress: Sync {
    /// The number of records the input holds, when the loader knows it.
    fn expect(&self, _records: u64) {}
    /// One record done: an article extracted (from any thread) or a record skipped.
    fn done(&self) {}
    /// A warning (loading and extraction), in the order they arise.
    fn warning(&self, warning: &Warning);
}

impl<F: Fn(&Warning) + Sync> Progress for F {
    fn warning(&self, warning: &Warning) {
        self(warning)
    }
}

/// The sink that extracts and writes a chunk at a time (see the [module docs](self)).
pub struct Stream<W: Write, P: Progress> {
    writer: TableWriter<W>,
    chunk: Chunk,
    pending: Vec<Article>,
    pending_bytes: usize,
    progress: P,
    articles: u64,
    warnings: u64,
}

impl<W: Write, P: Progress> Stream<W, P> {
    /// A stream into `writer` that reports to `progress`.
    pub fn new(writer: TableWriter<W>, chunk: Chunk, progress: P) -> Self {
        Stream {
            writer,
            chunk,
            pending: Vec::new(),
            pending_bytes: 0,
            progress,
            articles: 0,
            warnings: 0,
        }
    }

    /// Extracts and writes the articles held.
    fn flush(&mut self) -> Result<()> {
        let progress = &self.progress;
        let parts: Vec<_> = self
            .pending
            .par_iter()
            .map(|a| {
                let x = extract::article(&a.id, &a.text, &a.meta);
                progress.done();
                x
            })
            .collect();
        self.pending.clear();
        self.pending_bytes = 0;
        let mut all = Extracted::default();
        for x in parts {
            all.push(x);
        }
        for w in std::mem::take(&mut all.warnings) {
            self.warning(w);
        }
        self.writer.write(&all)
    }

    /// Extracts what is held and ends the output; returns how many articles were extracted and
    /// how many warnings were given.
    pub fn finish(mut self) -> Result<(u64, u64)> {
        self.flush()?;
        self.writer.finish()?;
        Ok((self.articles, self.warnings))
    }
}

impl<W: Write, P: Progress> Sink for Stream<W, P> {
    fn expect(&mut self, records: u64) {
        self.progress.expect(records);
    }

    fn article(&mut self, article: Article) -> Result<()> {
        self.articles += 1;
        self.pending_bytes += article.text.len();
        self.pending.push(article);
        if self.pending.len() >= self.chunk.articles.max(1)
            || self.pending_bytes >= self.chunk.bytes
        {
            self.flush()?;
        }
        Ok(())
    }

    fn skipped(&mut self) {
        self.progress.done();
    }

    fn warning(&mut self, warning: Warning) {
        self.warnings += 1;
        self.progress.warning(&warning);
    }
}
