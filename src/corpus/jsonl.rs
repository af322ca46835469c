//! JSON Lines input: one article per line, as scrapers write them.
//!
//! ```text
//! {"id": "kyiv-0907", "text": "Russia launched 810 drones ...", "published": "2025-09-07", "url": "https://...", "title": "...", "outlet": "..."}
//! {"text": "Air defences shot down 40 of 45 drones overnight ..."}
//! ```
//!
//! Only `text` is required. `id` is a string or a number; without one an article is `line-N`, its
//! 1-based line number (ids must be unique: give your own when you split or join files).
//! `published` is `YYYY-MM-DD`; a timestamp that starts with one (`2025-09-07T06:30:00+03:00`)
//! gives its date as written. `url`, `title` and `outlet` are free text; other fields are
//! ignored, and `null` is the same as a missing field.
//!
//! A line that is not JSON, not an object, has no `text` (or an empty one), a `published` that
//! is not a date, or an id seen before is a [`Warning`] naming the file and the line, and its
//! record is skipped; blank lines are skipped silently. A line that is not UTF-8 is decoded with
//! replacement characters (with a warning), as article files are. Only a file that cannot be read
//! is an [`Error`]; a file without any article is a warning (an empty shard of a split corpus is
//! not a mistake).

use std::borrow::Cow;
use std::fs::File;
use std::io::{self, BufRead, BufReader};
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use super::{unusable, Article, Collect, Corpus, Ids, Meta, Sink};
use crate::error::{Error, Result};
use crate::warning::Warning;

/// The name warnings and [`Corpus::root`] give standard input (`-` on the command line).
pub const STDIN: &str = "<stdin>";

/// One line as written; fields are checked by [`parse_line`].
#[derive(Debug, Deserialize)]
#[serde(expecting = "an object with a `text` string")]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    url: Option<String>,
    title: Option<String>,
    outlet: Option<String>,
    lang: Option<String>,
}

/// A line's article before its id is settled (`None`: the line number's).
#[derive(Debug, PartialEq)]
struct Parsed {
    id: Option<String>,
    text: String,
    meta: Meta,
}

impl Corpus {
    /// Reads a JSON Lines corpus (see the [module docs](self)) from `reader`; `name` is the file
    /// the warnings name and every article's `path` ([`STDIN`] for standard input).
    ///
    /// ```
    /// use strikes::Corpus;
    /// let lines = "{\"id\": \"a\", \"text\": \"Russia launched 45 drones overnight.\", \"published\": \"2025-09-07\"}\n\
    ///              not json\n\
    ///              {\"text\": \"Ukraine launched 20 drones at Belgorod.\"}\n";
    /// let (corpus, warnings) = Corpus::from_jsonl(lines.as_bytes(), "mine.jsonl")?;
    /// let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
    /// assert_eq!(ids, ["a", "line-3"]);
    /// assert!(warnings[0].to_string().starts_with("mine.jsonl:2: not JSON"));
    /// # Ok::<(), strikes::Error>(())
    /// ```
    pub fn from_jsonl(
        reader: impl BufRead,
        name: impl Into<PathBuf>,
    ) -> Result<(Corpus, Vec<Warning>)> {
        let name = name.into();
        let mut all = Collect::default();
        Self::read_jsonl(reader, &name, &mut all)?;
        Ok(all.into_corpus(name, None))
    }

    /// [`Corpus::from_jsonl`] line by line into `sink`.
    pub fn read_jsonl(mut reader: impl BufRead, name: &Path, sink: &mut dyn Sink) -> Result<()> {
        let mut articles = 0u64;
        let mut first_line = Ids::default();
        let mut buf = Vec::new();
        let mut number = 0u64;
        loop {
            buf.clear();
            let read = reader
                .read_until(b'\n', &mut buf)
                .map_err(|e| Error::io(name, e))?;
            if read == 0 {
                break;
            }
            number += 1;
            let bytes = line_content(&buf, number == 1);
            if bytes.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let line = match std::str::from_utf8(bytes) {
                Ok(s) => Cow::Borrowed(s),
                Err(_) => {
                    sink.warning(Warning::file(
                        name,
                        Some(number),
                        "not valid UTF-8: decoded with replacement characters",
                    ));
                    String::from_utf8_lossy(bytes)
                }
            };
            let parsed = match parse_line(&line) {
                Ok(p) => p,
                Err(why) => {
                    sink.warning(Warning::file(name, Some(number), why));
                    sink.skipped();
                    continue;
                }
            };
            let id = parsed.id.unwrap_or_else(|| format!("line-{number}"));
            match first_line.first(&id, number) {
                Some(first) => {
                    sink.warning(Warning::file(
                        name,
                        Some(number),
                        format!("duplicate id `{id}` (first on line {first}): record skipped"),
                    ));
                    sink.skipped();
                }
                None => {
                    let article = Article {
                        id,
                        path: name.to_path_buf(),
                        text: parsed.text,
                        meta: parsed.meta,
                    };
                    articles += 1;
                    sink.article(article)?;
                }
            }
        }
        if articles == 0 {
            sink.warning(Warning::file(name, None, "no articles in this file"));
        }
        Ok(())
    }

    /// Reads the JSON Lines file `path` ([`Corpus::from_jsonl`]); `-` is standard input.
    pub fn load_jsonl(path: impl AsRef<Path>) -> Result<(Corpus, Vec<Warning>)> {
        let path = path.as_ref();
        let mut all = Collect::default();
        let root = Self::read_jsonl_file(path, &mut all)?;
        Ok(all.into_corpus(root, None))
    }

    /// [`Corpus::load_jsonl`] into `sink`; returns the name the warnings give the input.
    pub fn read_jsonl_file(path: &Path, sink: &mut dyn Sink) -> Result<PathBuf> {
        if path == Path::new("-") {
            Self::read_jsonl(io::stdin().lock(), Path::new(STDIN), sink)?;
            return Ok(PathBuf::from(STDIN));
        }
        let file = File::open(path).map_err(|e| Error::io(path, e))?;
        Self::read_jsonl(BufReader::new(file), path, sink)?;
        Ok(path.to_path_buf())
    }
}

/// A line without its end (`\n` or `\r\n`), and without a byte-order mark on the first line.
fn line_content(line: &[u8], first: bool) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    let line = line.strip_suffix(b"\r").unwrap_or(line);
    match first {
        true => line.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(line),
        false => line,
    }
}

/// One non-blank line as an article, or why it is skipped (the warning's message).
fn parse_line(line: &str) -> std::result::Result<Parsed, String> {
    let describe = |e: serde_json::Error| {
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m);
        let what = match e.classify() {
            serde_json::error::Category::Data => "not an article record",
            _ => "not JSON",
        };
        format!("{what} ({message}, column {}): record skipped", e.column())
    };
    // serde would take an array as the fields in order; only an object is a record.
    let first = line.trim_start().as_bytes().first().copied();
    if first != Some(b'{') {
        serde_json::from_str::<serde::de::IgnoredAny>(line).map_err(describe)?;
        let kind = match first {
            Some(b'[') => "an array",
            Some(b'"') => "a string",
            Some(b't' | b'f') => "a boolean",
            Some(b'n') => "null",
            _ => "a number",
        };
        return Err(format!(
            "not an article record ({kind}, expected an object with a `text` string): record skipped"
        ));
    }
    let record: Record = serde_json::from_str(line).map_err(describe)?;
    let id = match record.id {
        None => None,
        Some(serde_json::Value::String(s)) => Some(s).filter(|s| !s.trim().is_empty()),
        Some(serde_json::Value::Number(n)) => Some(n.to_string()),
        Some(_) => return Err("`id` is not a string or a number: record skipped".into()),
    };
    let Some(text) = record.text else {
        return Err("no `text`: record skipped".into());
    };
    if let Some(why) = unusable(text.as_bytes()) {
        return Err(why.into());
    }
    let published = match record.published.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(s) => Some(parse_published(s).ok_or_else(|| {
            format!("`published` `{s}` is not a date (YYYY-MM-DD): record skipped")
        })?),
    };
    let free = |s: Option<String>| s.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
    let lang = match free(record.lang) {
        None => None,
        Some(code) => Some(
            crate::lang::Lang::parse(&code)
                .ok_or_else(|| format!("`lang` `{code}` is not en, uk or ru: record skipped"))?,
        ),
    };
    Ok(Parsed {
        id,
        text,
        meta: Meta {
            published,
            outlet: free(record.outlet),
            url: free(record.url),
            title: free(record.title),
            lang,
        },
    })
}

/// `YYYY-MM-DD`, or a timestamp that starts with one and a `T` or a space (its date as written).
pub(super) fn parse_published(s: &str) -> Option<NaiveDate> {
    let date = match s.as_bytes().get(10) {
        None => s,
        Some(b'T' | b't' | b' ') => &s[..10],
        Some(_) => return None,
    };
    NaiveDate::parse_from_str(date, "%Y-%m-%d").ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(input: &str) -> (Corpus, Vec<String>) {
        let (corpus, warnings) = Corpus::from_jsonl(input.as_bytes(), "in.jsonl").unwrap();
        (corpus, warnings.iter().map(|w| w.to_string()).collect())
    }

    fn ids(corpus: &Corpus) -> Vec<&str> {
        corpus.articles.iter().map(|a| a.id.as_str()).collect()
    }

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn good_lines_give_articles_with_their_metadata_in_line_order() {
        let (corpus, warnings) = read(concat!(
            r#"{"id": "kyiv", "text": "Russia launched 45 drones.", "published": "2025-09-07", "url": " https://x.test/a ", "title": "Night attack", "outlet": "VOA", "lang": "en"}"#,
            "\n",
            r#"{"text": "Ukraine launched 20 drones.", "published": "2025-09-08T06:30:00+03:00", "id": null, "url": ""}"#,
            "\n",
            r#"{"id": 17, "text": "A third.", "published": null}"#,
        ));
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(ids(&corpus), ["kyiv", "line-2", "17"]);
        let a = &corpus.articles[0];
        assert_eq!(a.text, "Russia launched 45 drones.");
        assert_eq!(a.path, Path::new("in.jsonl"));
        assert_eq!(
            a.meta,
            Meta {
                published: date(2025, 9, 7),
                outlet: Some("VOA".into()),
                url: Some("https://x.test/a".into()),
                title: Some("Night attack".into()),
                lang: Some(crate::lang::Lang::En),
            }
        );
        assert_eq!(corpus.articles[1].meta.published, date(2025, 9, 8));
        assert_eq!(corpus.articles[1].meta.url, None);
        assert_eq!(corpus.articles[2].meta, Meta::default());
        assert_eq!(corpus.root, Path::new("in.jsonl"));
        assert_eq!(corpus.manifest, None);
    }

    #[test]
    fn text_keeps_its_escapes_decoded_and_is_never_trimmed() {
        let (corpus, _) = read(r#"{"text": "  Line one.\nLine \"two\" \u2014 drones.\r\n"}"#);
        assert_eq!(
            corpus.articles[0].text,
            "  Line one.\nLine \"two\" \u{2014} drones.\r\n"
        );
    }

    #[test]
    fn bad_json_is_a_warning_naming_the_line_and_the_rest_is_kept() {
        let (corpus, warnings) = read(concat!(
            "{\"text\": \"one\"}\n",
            "{\"text\": \"two\",\n",
            "[\"text\", \"three\"]\n",
            "[1, 2\n",
            "\"text\"\n",
            "{\"text\": \"four\"}\n",
        ));
        assert_eq!(ids(&corpus), ["line-1", "line-6"]);
        let expected = [
            "in.jsonl:2: not JSON (EOF while parsing a value, column 15)",
            "in.jsonl:3: not an article record (an array, expected an object",
            "in.jsonl:4: not JSON (EOF while parsing a list, column 5)",
            "in.jsonl:5: not an article record (a string, expected an object",
        ];
        assert_eq!(warnings.len(), expected.len(), "{warnings:?}");
        for (w, e) in warnings.iter().zip(expected) {
            assert!(w.starts_with(e), "{w:?} does not start with {e:?}");
        }
        assert!(warnings.iter().all(|w| w.ends_with("record skipped")));
    }

    #[test]
    fn missing_null_empty_or_mistyped_text_and_ids_are_skipped_with_warnings() {
        let (corpus, warnings) = read(concat!(
            "{\"id\": \"a\", \"title\": \"no text\"}\n",
            "{\"id\": \"b\", \"text\": null}\n",
            "{\"id\": \"c\", \"text\": \"   \"}\n",
            "{\"id\": \"d\", \"text\": 42}\n",
            "{\"id\": [1], \"text\": \"list id\"}\n",
            "{\"id\": \"e\", \"text\": \"fine\"}\n",
        ));
        assert_eq!(ids(&corpus), ["e"]);
        let expected = [
            "in.jsonl:1: no `text`",
            "in.jsonl:2: no `text`",
            "in.jsonl:3: empty article",
            "in.jsonl:4: not an article record (invalid type: integer `42`, expected a string",
            "in.jsonl:5: `id` is not a string or a number",
        ];
        assert_eq!(warnings.len(), expected.len(), "{warnings:?}");
        for (w, e) in warnings.iter().zip(expected) {
            assert!(w.starts_with(e), "{w:?} does not start with {e:?}");
        }
    }

    #[test]
    fn a_bad_date_skips_the_record_naming_the_line() {
        let (corpus, warnings) = read(concat!(
            "{\"text\": \"one\", \"published\": \"2025-02-30\"}\n",
            "{\"text\": \"two\", \"published\": \"07/09/2025\"}\n",
            "{\"text\": \"three\", \"published\": \"2025-09-07x\"}\n",
            "{\"text\": \"four\", \"published\": \"\"}\n",
        ));
        assert_eq!(ids(&corpus), ["line-4"]);
        assert_eq!(corpus.articles[0].meta.published, None);
        assert_eq!(warnings.len(), 3, "{warnings:?}");
        assert!(warnings[0].starts_with("in.jsonl:1: `published` `2025-02-30` is not a date"));
        assert!(warnings[1].starts_with("in.jsonl:2: `published` `07/09/2025`"));
        assert!(warnings[2].starts_with("in.jsonl:3: "));
    }

    #[test]
    fn duplicate_ids_keep_the_first_and_name_both_lines() {
        let (corpus, warnings) = read(concat!(
            "{\"id\": \"a\", \"text\": \"first\"}\n",
            "{\"text\": \"second\"}\n",
            "{\"id\": \"a\", \"text\": \"again\"}\n",
            "{\"id\": \"line-2\", \"text\": \"clash with a default id\"}\n",
        ));
        assert_eq!(ids(&corpus), ["a", "line-2"]);
        assert_eq!(corpus.articles[0].text, "first");
        assert_eq!(
            warnings,
            [
                "in.jsonl:3: duplicate id `a` (first on line 1): record skipped",
                "in.jsonl:4: duplicate id `line-2` (first on line 2): record skipped",
            ]
        );
    }

    #[test]
    fn blank_lines_are_skipped_silently_and_still_counted() {
        let (corpus, warnings) = read("\n   \n\t\n{\"text\": \"five\"}\n\n{\"text\": \"seven\"}");
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(ids(&corpus), ["line-4", "line-6"]);
    }

    #[test]
    fn crlf_line_ends_and_a_byte_order_mark_are_not_part_of_the_record() {
        let (corpus, warnings) = read(
            "\u{FEFF}{\"text\": \"one\"}\r\n\r\n{\"text\": \"three\", \"published\": \"2025-09-07\"}\r\nnot json\r\n",
        );
        assert_eq!(ids(&corpus), ["line-1", "line-3"]);
        assert_eq!(corpus.articles[0].text, "one");
        assert_eq!(corpus.articles[1].meta.published, date(2025, 9, 7));
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert!(
            warnings[0].starts_with("in.jsonl:4: not JSON"),
            "{warnings:?}"
        );
    }

    #[test]
    fn invalid_utf8_is_decoded_with_a_warning() {
        let input = b"{\"text\": \"Caf\xe9 hit by 3 drones.\"}\n";
        let (corpus, warnings) = Corpus::from_jsonl(&input[..], "in.jsonl").unwrap();
        assert_eq!(corpus.articles[0].text, "Caf\u{FFFD} hit by 3 drones.");
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0]
            .to_string()
            .starts_with("in.jsonl:1: not valid UTF-8"));
    }

    #[test]
    fn stdin_is_named_in_warnings_and_as_root() {
        let (corpus, warnings) =
            Corpus::from_jsonl("{\"text\": \"one\"}\n{oops\n".as_bytes(), STDIN).unwrap();
        assert_eq!(corpus.root, Path::new("<stdin>"));
        assert_eq!(corpus.articles[0].path, Path::new("<stdin>"));
        assert!(
            warnings[0].to_string().starts_with("<stdin>:2: not JSON"),
            "{warnings:?}"
        );
    }

    #[test]
    fn no_article_at_all_is_a_warning_not_an_error() {
        let (corpus, warnings) = read("\n\n");
        assert!(corpus.articles.is_empty());
        assert_eq!(warnings, ["in.jsonl: no articles in this file"]);
    }

    #[test]
    fn a_missing_file_is_an_error_naming_it() {
        let err = Corpus::load_jsonl("/no/such/file.jsonl").unwrap_err();
        assert!(matches!(err, Error::Io { .. }), "{err}");
        assert!(
            err.to_string().starts_with("/no/such/file.jsonl: "),
            "{err}"
        );
    }
}
