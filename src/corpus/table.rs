//! Tables of articles: CSV and Parquet files with one article a row.
//!
//! ```text
//! id,text,published,url,title,outlet
//! kyiv-0907,"Russia launched 810 drones and 13 missiles ...",2025-09-07,https://...,...,...
//! ```
//!
//! The article is in the text column (`text` unless told otherwise: `--text-column`); the other
//! columns are those of JSON Lines and all optional: `id` (default `row-N`, the data row's 1-based
//! number), `published` (`YYYY-MM-DD`, a timestamp that starts with one, or a Parquet `Date` or
//! `Datetime`), `url`, `title`, `outlet`. Column names are compared without case; other columns are
//! ignored. The text is never altered; the metadata is trimmed, and an empty cell is no value.
//!
//! A table without its text column is an [`Error`] naming the file and the column, as is a
//! `.parquet` file that is not Parquet. A bad row — an empty text, a `published` that is not a
//! date, an id seen before — is a [`Warning`] naming the file and the row (and, in a CSV, the
//! line the row starts on), and that row is skipped. CSV is read row by row (the `csv` crate);
//! Parquet is read whole with polars' reader.

use std::fs::File;
use std::io::{BufReader, Read};
use std::path::{Path, PathBuf};

use super::jsonl::parse_published;
use super::{unusable, Article, Collect, Corpus, Ids, Meta, Sink};
use crate::error::{Error, Result};
use crate::warning::Warning;

/// The text column when none is named.
pub const DEFAULT_TEXT_COLUMN: &str = "text";

/// The metadata columns, in the order of [`Fields`].
const META_COLUMNS: [&str; 5] = ["id", "published", "url", "title", "outlet"];

/// One row's cells, `None` for a missing column or cell.
#[derive(Debug, Default)]
struct Fields<'a> {
    text: Option<&'a str>,
    /// `id`, `published`, `url`, `title`, `outlet`.
    meta: [Option<&'a str>; 5],
}

/// The articles of a table, row by row, into a sink.
struct Rows<'s> {
    name: PathBuf,
    sink: &'s mut dyn Sink,
    articles: u64,
    first_row: Ids,
}

impl<'s> Rows<'s> {
    fn new(name: PathBuf, sink: &'s mut dyn Sink) -> Self {
        Rows {
            name,
            sink,
            articles: 0,
            first_row: Ids::default(),
        }
    }

    fn warn(&mut self, row: u64, line: Option<u64>, message: impl std::fmt::Display) {
        self.sink.warning(Warning::file(
            &self.name,
            line,
            format!("row {row}: {message}"),
        ));
    }

    /// A row skipped, with the warning that says why.
    fn skip(&mut self, row: u64, line: Option<u64>, message: impl std::fmt::Display) {
        self.warn(row, line, message);
        self.sink.skipped();
    }

    /// Adds the article of data row `row` (1-based; `line`: where it starts in a CSV), or warns
    /// why it is skipped.
    fn push(&mut self, row: u64, line: Option<u64>, fields: Fields<'_>) -> Result<()> {
        let [id, published, url, title, outlet] = fields.meta.map(trimmed);
        let text = fields.text.unwrap_or_default();
        if let Some(why) = unusable(text.as_bytes()) {
            self.skip(row, line, format_args!("{why}"));
            return Ok(());
        }
        let published = match published {
            None => None,
            Some(s) => match parse_published(s) {
                Some(date) => Some(date),
                None => {
                    let why = format!("`published` `{s}` is not a date (YYYY-MM-DD): row skipped");
                    self.skip(row, line, why);
                    return Ok(());
                }
            },
        };
        let id = id.map_or_else(|| format!("row-{row}"), str::to_string);
        match self.first_row.first(&id, row) {
            Some(first) => {
                let message = format!("duplicate id `{id}` (first on row {first}): row skipped");
                self.skip(row, line, message);
                Ok(())
            }
            None => {
                let article = Article {
                    id,
                    path: self.name.clone(),
                    text: text.to_string(),
                    meta: Meta {
                        published,
                        url: url.map(str::to_string),
                        title: title.map(str::to_string),
                        outlet: outlet.map(str::to_string),
                        lang: None,
                    },
                };
                self.articles += 1;
                self.sink.article(article)
            }
        }
    }

    fn finish(self) {
        if self.articles == 0 {
            self.sink
                .warning(Warning::file(&self.name, None, "no articles in this table"));
        }
    }
}

/// A cell trimmed, `None` when empty.
fn trimmed(cell: Option<&str>) -> Option<&str> {
    cell.map(str::trim).filter(|s| !s.is_empty())
}

/// The error of a table without its text column, naming the columns it has (and saying so when
/// it looks like a folder's manifest).
fn no_text_column(path: &Path, column: &str, header: &[String]) -> Error {
    let manifest = match position(header, "file") {
        Some(_) => "; with a `file` column it looks like a folder's manifest: give the folder as INPUT (or --manifest)",
        None => "",
    };
    Error::Table {
        path: path.to_path_buf(),
        message: format!(
            "no `{column}` column for the article text (the columns are: {}); name it with --text-column{manifest}",
            header.join(", ")
        ),
    }
}

/// The index of `name` in `header`, compared without case.
fn position(header: &[String], name: &str) -> Option<usize> {
    header
        .iter()
        .position(|h| h.trim().eq_ignore_ascii_case(name))
}

impl Corpus {
    /// Reads a CSV table of articles (see the [module docs](self)) from `reader`, the article in
    /// `text_column`; `name` is the file the warnings name.
    ///
    /// ```
    /// use strikes::Corpus;
    /// let csv = "id,text,published\n\
    ///            a,\"Russia launched 45 drones overnight, the air force said.\",2025-09-07\n\
    ///            b,,2025-09-08\n";
    /// let (corpus, warnings) = Corpus::from_csv(csv.as_bytes(), "mine.csv", "text")?;
    /// assert_eq!(corpus.articles.len(), 1);
    /// assert_eq!(warnings[0].to_string(), "mine.csv:3: row 2: empty article, skipped");
    /// # Ok::<(), strikes::Error>(())
    /// ```
    pub fn from_csv(
        reader: impl Read,
        name: impl Into<PathBuf>,
        text_column: &str,
    ) -> Result<(Corpus, Vec<Warning>)> {
        let name = name.into();
        let mut all = Collect::default();
        Self::read_csv(reader, &name, text_column, &mut all)?;
        Ok(all.into_corpus(name, None))
    }

    /// [`Corpus::from_csv`] row by row into `sink`.
    pub fn read_csv(
        reader: impl Read,
        name: &Path,
        text_column: &str,
        sink: &mut dyn Sink,
    ) -> Result<()> {
        let name = name.to_path_buf();
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(reader);
        let unreadable = |e: csv::Error| Error::Table {
            path: name.clone(),
            message: format!("unreadable CSV header: {e}"),
        };
        let header: Vec<String> = reader
            .byte_headers()
            .map_err(unreadable)?
            .iter()
            .map(|h| String::from_utf8_lossy(h).into_owned())
            .collect();
        let text_col = position(&header, text_column)
            .ok_or_else(|| no_text_column(&name, text_column, &header))?;
        let meta_cols = META_COLUMNS.map(|c| position(&header, c));
        let mut rows = Rows::new(name, sink);
        let mut record = csv::ByteRecord::new();
        let mut row = 0;
        loop {
            match reader.read_byte_record(&mut record) {
                Ok(true) => {}
                Ok(false) => break,
                Err(e) => {
                    let line = e.position().map(|p| p.line());
                    let message = format!("unreadable CSV ({e}): the rest of the table is lost");
                    rows.sink.warning(Warning::file(&rows.name, line, message));
                    break;
                }
            }
            row += 1;
            let line = record.position().map(|p| p.line());
            let cells: Vec<std::borrow::Cow<str>> =
                record.iter().map(String::from_utf8_lossy).collect();
            if record.iter().any(|c| std::str::from_utf8(c).is_err()) {
                rows.warn(
                    row,
                    line,
                    "not valid UTF-8: decoded with replacement characters",
                );
            }
            let cell = |c: Option<usize>| c.and_then(|c| cells.get(c)).map(|s| &**s);
            let fields = Fields {
                text: cell(Some(text_col)),
                meta: meta_cols.map(cell),
            };
            rows.push(row, line, fields)?;
        }
        rows.finish();
        Ok(())
    }

    /// Reads the CSV table of articles at `path` ([`Corpus::from_csv`]), row by row.
    pub fn load_csv(path: impl AsRef<Path>, text_column: &str) -> Result<(Corpus, Vec<Warning>)> {
        let path = path.as_ref();
        let mut all = Collect::default();
        Self::read_csv_file(path, text_column, &mut all)?;
        Ok(all.into_corpus(path, None))
    }

    /// [`Corpus::load_csv`] into `sink`.
    pub fn read_csv_file(path: &Path, text_column: &str, sink: &mut dyn Sink) -> Result<()> {
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        Self::read_csv(BufReader::new(file), path, text_column, sink)
    }

    /// Reads the Parquet table of articles at `path` (see the [module docs](self)), the article
    /// in `text_column`. Other column types than text are read as text (`Date` as `YYYY-MM-DD`).
    #[cfg(feature = "parquet")]
    pub fn load_parquet(
        path: impl AsRef<Path>,
        text_column: &str,
    ) -> Result<(Corpus, Vec<Warning>)> {
        let path = path.as_ref();
        let mut all = Collect::default();
        Self::read_parquet(path, text_column, &mut all)?;
        Ok(all.into_corpus(path, None))
    }

    /// [`Corpus::load_parquet`] into `sink` (the table is read whole, its articles given one by
    /// one).
    #[cfg(feature = "parquet")]
    pub fn read_parquet(path: &Path, text_column: &str, sink: &mut dyn Sink) -> Result<()> {
        use polars::prelude::DataType;
        use polars_io::prelude::{ParquetReader, SerReader};
        use std::io::Seek;

        let mut file = File::open(path).map_err(|e| Error::io(path, e))?;
        let table_error = |message: String| Error::Table {
            path: path.to_path_buf(),
            message,
        };
        let mut magic = [0u8; 4];
        if file.read_exact(&mut magic).is_err() || &magic != b"PAR1" {
            return Err(table_error(
                "not a Parquet file (it does not start with `PAR1`)".into(),
            ));
        }
        // The footer: the metadata's length and `PAR1` again. A length past the file's start is
        // a corrupt file (polars would try to allocate it).
        let size = file.metadata().map_err(|e| Error::io(path, e))?.len();
        let mut footer = [0u8; 8];
        let footer_read = size >= 12
            && file.seek(std::io::SeekFrom::End(-8)).is_ok()
            && file.read_exact(&mut footer).is_ok();
        if !footer_read || &footer[4..] != b"PAR1" {
            return Err(table_error(
                "not a Parquet file, or a truncated one (it does not end with `PAR1`)".into(),
            ));
        }
        let metadata = u64::from(u32::from_le_bytes([
            footer[0], footer[1], footer[2], footer[3],
        ]));
        if metadata + 12 > size {
            return Err(table_error(format!(
                "unreadable Parquet (corrupt file: its footer gives {metadata} bytes of metadata in a file of {size} bytes)"
            )));
        }
        file.seek(std::io::SeekFrom::Start(0))
            .map_err(|e| Error::io(path, e))?;
        // polars' reader panics on some corrupt files (found by examples/fuzz.rs): a corrupt
        // table is an error naming the file, never a crash.
        let read = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            ParquetReader::new(file).finish()
        }));
        let frame = match read {
            Ok(frame) => frame.map_err(|e| table_error(format!("unreadable Parquet: {e}")))?,
            Err(_) => return Err(table_error("unreadable Parquet (corrupt file)".into())),
        };
        let header: Vec<String> = frame
            .get_column_names()
            .iter()
            .map(|c| c.to_string())
            .collect();
        let text_col = position(&header, text_column)
            .ok_or_else(|| no_text_column(path, text_column, &header))?;
        let as_text = |i: usize| -> Result<Vec<Option<String>>> {
            let column = &frame.columns()[i];
            column
                .cast(&DataType::String)
                .and_then(|c| Ok(c.str()?.iter().map(|v| v.map(str::to_string)).collect()))
                .map_err(|e| {
                    table_error(format!(
                        "column `{}` ({}) cannot be read as text: {e}",
                        header[i],
                        column.dtype()
                    ))
                })
        };
        // A corrupt file can also give a frame whose columns panic when read (found by
        // examples/fuzz.rs): the columns are read into plain strings under the same guard.
        let columns = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            let text = as_text(text_col)?;
            let meta = META_COLUMNS.map(|c| position(&header, c).map(as_text).transpose());
            let [id, published, url, title, outlet] = meta;
            Ok::<_, Error>((text, [id?, published?, url?, title?, outlet?]))
        }));
        let (text, meta) = match columns {
            Ok(columns) => columns?,
            Err(_) => return Err(table_error("unreadable Parquet (corrupt file)".into())),
        };
        sink.expect(text.len() as u64);
        let mut rows = Rows::new(path.to_path_buf(), sink);
        for (i, text) in text.iter().enumerate() {
            let fields = Fields {
                text: text.as_deref(),
                meta: meta
                    .each_ref()
                    .map(|c| c.as_ref().and_then(|c| c.get(i)?.as_deref())),
            };
            rows.push(i as u64 + 1, None, fields)?;
        }
        rows.finish();
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn read(input: &str) -> (Corpus, Vec<String>) {
        let (corpus, warnings) = Corpus::from_csv(input.as_bytes(), "in.csv", "text").unwrap();
        (corpus, warnings.iter().map(|w| w.to_string()).collect())
    }

    fn ids(corpus: &Corpus) -> Vec<&str> {
        corpus.articles.iter().map(|a| a.id.as_str()).collect()
    }

    #[test]
    fn csv_rows_give_articles_with_their_metadata_and_multiline_texts_intact() {
        let (corpus, warnings) = read(concat!(
            "ID,Text,published,url,title,outlet,lang\n",
            "kyiv,\"Russia launched 45 drones.\n\nAir defences shot down 40.\",2025-09-07T06:30:00+03:00, https://x.test/a ,Night attack,VOA,en\n",
            ",\"  Ukraine launched 20 drones.\",,,,\n",
            "short,only a text\n",
        ));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(ids(&corpus), ["kyiv", "row-2", "short"]);
        let a = &corpus.articles[0];
        assert_eq!(
            a.text,
            "Russia launched 45 drones.\n\nAir defences shot down 40."
        );
        assert_eq!(
            a.meta,
            Meta {
                published: NaiveDate::from_ymd_opt(2025, 9, 7),
                outlet: Some("VOA".into()),
                url: Some("https://x.test/a".into()),
                title: Some("Night attack".into()),
                lang: None,
            }
        );
        assert_eq!(corpus.articles[1].text, "  Ukraine launched 20 drones.");
        assert_eq!(corpus.articles[1].meta, Meta::default());
        assert_eq!(corpus.root, Path::new("in.csv"));
    }

    #[test]
    fn bad_rows_are_skipped_with_a_warning_naming_the_row_and_its_line() {
        let (corpus, warnings) = read(concat!(
            "id,text,published\n",
            "a,\"one\nline two\",2025-09-07\n",
            "b,,2025-09-07\n",
            "c,three,2025-02-30\n",
            "a,four,\n",
            "d,five\n",
        ));
        assert_eq!(ids(&corpus), ["a", "d"]);
        assert_eq!(
            warnings,
            [
                "in.csv:4: row 2: empty article, skipped",
                "in.csv:5: row 3: `published` `2025-02-30` is not a date (YYYY-MM-DD): row skipped",
                "in.csv:6: row 4: duplicate id `a` (first on row 1): row skipped",
            ]
        );
    }

    #[test]
    fn a_csv_without_the_text_column_is_an_error_naming_file_and_column() {
        let err = Corpus::from_csv("id,body\na,text\n".as_bytes(), "in.csv", "text").unwrap_err();
        assert!(matches!(err, Error::Table { .. }), "{err}");
        assert_eq!(
            err.to_string(),
            "in.csv: no `text` column for the article text (the columns are: id, body); name it with --text-column"
        );
        let manifest = "file,published\na.txt,2025-09-07\n".as_bytes();
        let err = Corpus::from_csv(manifest, "articles.csv", "text").unwrap_err();
        assert!(
            err.to_string().ends_with(
                "it looks like a folder's manifest: give the folder as INPUT (or --manifest)"
            ),
            "{err}"
        );
        // ... unless the column is named.
        let (corpus, _) =
            Corpus::from_csv("id,body\na,text\n".as_bytes(), "in.csv", "body").unwrap();
        assert_eq!(corpus.articles[0].text, "text");
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning_and_an_empty_table_is_a_warning() {
        let (corpus, warnings) =
            Corpus::from_csv(&b"text\nCaf\xe9 hit by 3 drones.\n"[..], "in.csv", "text").unwrap();
        assert_eq!(corpus.articles[0].text, "Caf\u{FFFD} hit by 3 drones.");
        assert!(warnings[0]
            .to_string()
            .starts_with("in.csv:2: row 1: not valid UTF-8"));
        let (corpus, warnings) = read("text\n");
        assert!(corpus.articles.is_empty());
        assert_eq!(warnings, ["in.csv: no articles in this table"]);
    }

    #[cfg(feature = "parquet")]
    #[test]
    fn parquet_tables_are_read_with_typed_columns_and_bad_rows_warned() {
        use polars::prelude::*;
        use polars_io::prelude::ParquetWriter;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("t.parquet");
        let dates = Column::new("published".into(), [Some(20_339i32), None, Some(20_340)])
            .cast(&DataType::Date)
            .unwrap();
        let mut frame = DataFrame::new_infer_height(vec![
            Column::new("id".into(), [Some(7i64), None, Some(7)]),
            Column::new(
                "text".into(),
                [
                    Some("Russia launched 45 drones."),
                    Some("two"),
                    Some("three"),
                ],
            ),
            dates,
        ])
        .unwrap();
        ParquetWriter::new(File::create(&path).unwrap())
            .finish(&mut frame)
            .unwrap();
        let (corpus, warnings) = Corpus::load_parquet(&path, "text").unwrap();
        assert_eq!(ids(&corpus), ["7", "row-2"]);
        assert_eq!(
            corpus.articles[0].meta.published,
            NaiveDate::from_ymd_opt(2025, 9, 8)
        );
        let warnings: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(
            warnings,
            [format!(
                "{}: row 3: duplicate id `7` (first on row 1): row skipped",
                path.display()
            )]
        );
        let err = Corpus::load_parquet(&path, "body").unwrap_err();
        assert!(err.to_string().contains("no `body` column"), "{err}");

        let fake = dir.path().join("fake.parquet");
        std::fs::write(&fake, "id,text\na,b\n").unwrap();
        let err = Corpus::load_parquet(&fake, "text").unwrap_err();
        assert_eq!(
            err.to_string(),
            format!(
                "{}: not a Parquet file (it does not start with `PAR1`)",
                fake.display()
            )
        );
        let truncated = dir.path().join("truncated.parquet");
        std::fs::write(&truncated, &std::fs::read(&path).unwrap()[..40]).unwrap();
        let err = Corpus::load_parquet(&truncated, "text").unwrap_err();
        assert!(err.to_string().contains("a truncated one"), "{err}");
    }
}
