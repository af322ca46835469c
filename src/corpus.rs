//! Stage 1: load articles — a folder tree of `*.txt` files and saved web pages and its manifest,
//! a JSON Lines file, or a CSV or Parquet table — into one [`Corpus`].
//!
//! A folder corpus is every `*.txt`, `*.html` and `*.htm` file of a folder and its subfolders, in
//! sorted order, hidden files and folders (a name starting with `.`) skipped and symbolic links to
//! folders not followed; an article's id is its path relative to the folder without its
//! extension, with `/` between folders (`2025/kyiv`): the file stem for a file at the top. A web
//! page's article is its reader view's text, its metadata the page's own (see [`html`]). The
//! optional manifest
//! (`articles.csv` in the folder, or any file given) adds metadata per file:
//! `file,published,outlet,url,title`, where only `file` is required and `published` is an ISO date
//! (`YYYY-MM-DD`). The published date is what relative dates in the text ("overnight", "on
//! Sunday") are resolved against.
//!
//! A JSON Lines corpus ([`Corpus::from_jsonl`], [`Corpus::load_jsonl`]) holds one article per
//! line, its metadata beside its text (see [`jsonl`]); a table ([`Corpus::load_csv`],
//! [`Corpus::load_parquet`]) one per row, in a text column (see [`table`]).
//!
//! Loading never stops on one bad article: undecodable bytes are replaced (with a warning),
//! empty or binary files are skipped (with a warning naming the file), as are pages without an
//! article, bad JSON lines (with a warning naming the line) and bad table rows (naming the row).
//! Only a missing folder, a folder without articles, an unreadable manifest header, a table
//! without its text column, a file that is not Parquet or a file that cannot be read is an
//! [`Error`].

use std::collections::HashMap;
use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;

use crate::error::{Error, Result};
use crate::warning::Warning;

pub mod html;
pub mod jsonl;
pub mod table;
pub mod telegram;

pub use jsonl::STDIN;

/// What the manifest says about one article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Meta {
    /// The publication date: the anchor for "overnight", "on Sunday", "this morning".
    pub published: Option<NaiveDate>,
    /// The outlet (publisher), free text.
    pub outlet: Option<String>,
    /// Where the article came from.
    pub url: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// The language, when the source says it (a manifest's or a table's `lang` column);
    /// otherwise the extractor detects it.
    pub lang: Option<crate::lang::Lang>,
}

/// One article: its id, where it came from, its full text (decoded, never altered; a web page's
/// reader-view text) and metadata.
#[derive(Debug, Clone)]
pub struct Article {
    /// The file stem, e.g. `002_6c7c4f9f42415876` (the path under the corpus folder without
    /// `.txt` in a folder tree, e.g. `2025/kyiv`; the `id` field or `line-N` in a JSON Lines file).
    pub id: String,
    /// The file it was read from (the JSON Lines file for its articles; empty for articles built
    /// in memory).
    pub path: PathBuf,
    /// The text exactly as decoded; all byte offsets in `strikes` point into it.
    pub text: String,
    /// Manifest metadata.
    pub meta: Meta,
}

impl Article {
    /// An article built in memory (tests, notebooks, generated corpora).
    pub fn new(id: impl Into<String>, text: impl Into<String>) -> Self {
        Article {
            id: id.into(),
            path: PathBuf::new(),
            text: text.into(),
            meta: Meta::default(),
        }
    }

    /// The same article with a publication date.
    pub fn published(mut self, date: NaiveDate) -> Self {
        self.meta.published = Some(date);
        self
    }
}

/// A folder or a JSON Lines file of articles, loaded.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    /// The folder (or JSON Lines file) the articles came from.
    pub root: PathBuf,
    /// The manifest that was read, if any.
    pub manifest: Option<PathBuf>,
    /// The articles, sorted by path in a folder, in line order in a JSON Lines file.
    pub articles: Vec<Article>,
}

/// Where a loader puts what it reads, as it reads it: the articles in input order, and the
/// warnings when they arise. [`Collect`] keeps everything (the `load_*` functions build a
/// [`Corpus`] with it); a streaming extraction ([`crate::stream`]) extracts and writes a chunk
/// of articles at a time, so memory stays bounded whatever the size of the input.
pub trait Sink {
    /// How many records the input holds, when the loader knows it up front (a folder's files, a
    /// Parquet table's rows): a progress bar's length. Records skipped with a warning count too.
    fn expect(&mut self, _records: u64) {}
    /// One article. An error (the sink could not write its output) stops the loader.
    fn article(&mut self, article: Article) -> Result<()>;
    /// A record skipped (its warning has been given): a progress bar's step.
    fn skipped(&mut self) {}
    /// A warning.
    fn warning(&mut self, warning: Warning);
}

/// A [`Sink`] that keeps every article and warning.
#[derive(Debug, Clone, Default)]
pub struct Collect {
    /// The articles, in input order.
    pub articles: Vec<Article>,
    /// The warnings, in the order they arose.
    pub warnings: Vec<Warning>,
}

impl Sink for Collect {
    fn article(&mut self, article: Article) -> Result<()> {
        self.articles.push(article);
        Ok(())
    }

    fn warning(&mut self, warning: Warning) {
        self.warnings.push(warning);
    }
}

impl Collect {
    /// The corpus of the articles read from `root`, with the warnings.
    pub fn into_corpus(
        self,
        root: impl Into<PathBuf>,
        manifest: Option<PathBuf>,
    ) -> (Corpus, Vec<Warning>) {
        let corpus = Corpus {
            root: root.into(),
            manifest,
            articles: self.articles,
        };
        (corpus, self.warnings)
    }
}

/// The ids a loader has seen, to find duplicates in one pass: a 128-bit hash of each id (two
/// SipHash keys) with the line or row it was first on, 24 bytes an article whatever the id's
/// length, so a streamed corpus of millions of articles stays small. Two distinct ids collide
/// with a probability of about n² / 2¹²⁹ (10⁻²⁶ for a million).
#[derive(Debug, Default)]
pub(crate) struct Ids {
    keys: (std::hash::RandomState, std::hash::RandomState),
    first: HashMap<u128, u64>,
}

impl Ids {
    /// Records `id`, seen at `at`; returns where it was first seen if it was seen before.
    pub(crate) fn first(&mut self, id: &str, at: u64) -> Option<u64> {
        use std::hash::BuildHasher;
        let hash = (self.keys.0.hash_one(id) as u128) << 64 | self.keys.1.hash_one(id) as u128;
        match self.first.entry(hash) {
            std::collections::hash_map::Entry::Occupied(e) => Some(*e.get()),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(at);
                None
            }
        }
    }
}

/// The manifest's file name looked for inside a corpus folder.
pub const MANIFEST_NAME: &str = "articles.csv";

impl Corpus {
    /// A corpus of in-memory articles.
    pub fn from_articles(articles: Vec<Article>) -> Self {
        Corpus {
            root: PathBuf::new(),
            manifest: None,
            articles,
        }
    }

    /// Loads the articles (`*.txt`, `*.html`, `*.htm`) of the folder tree `dir` with
    /// `dir/articles.csv` as manifest when it exists.
    pub fn load(dir: impl AsRef<Path>) -> Result<(Corpus, Vec<Warning>)> {
        Self::load_with_manifest(dir, None)
    }

    /// Loads the articles of the folder tree `dir` with the given manifest (or
    /// `dir/articles.csv` when `None`). A page's metadata fills what its manifest row leaves
    /// empty; two files with one id (`a.txt`, `a.html`) keep the first in sorted order.
    pub fn load_with_manifest(
        dir: impl AsRef<Path>,
        manifest: Option<&Path>,
    ) -> Result<(Corpus, Vec<Warning>)> {
        let dir = dir.as_ref();
        let mut all = Collect::default();
        let manifest = Self::read_folder(dir, manifest, &mut all)?;
        Ok(all.into_corpus(dir, manifest))
    }

    /// [`Corpus::load_with_manifest`] article by article into `sink` (in sorted order, each
    /// file read when its turn comes); returns the manifest read, if any.
    pub fn read_folder(
        dir: &Path,
        manifest: Option<&Path>,
        sink: &mut dyn Sink,
    ) -> Result<Option<PathBuf>> {
        if !dir.is_dir() {
            return Err(Error::NotAFolder {
                path: dir.to_path_buf(),
            });
        }
        let mut warnings = Vec::new();
        let files = article_files(dir, &mut warnings)?;
        if files.is_empty() {
            return Err(Error::NoArticles {
                path: dir.to_path_buf(),
            });
        }
        sink.expect(files.len() as u64);

        let manifest_path = match manifest {
            Some(m) => Some(m.to_path_buf()),
            None => Some(dir.join(MANIFEST_NAME)).filter(|p| p.is_file()),
        };
        let metas = match &manifest_path {
            Some(m) => read_manifest(m, dir, &mut warnings)?,
            None => {
                warnings.push(Warning::file(
                    dir,
                    None,
                    format!(
                        "no manifest ({MANIFEST_NAME}): publication dates unknown, event dates come only from the text"
                    ),
                ));
                HashMap::new()
            }
        };

        let mut seen: HashMap<String, PathBuf> = HashMap::new();
        for path in files {
            warnings.drain(..).for_each(|w| sink.warning(w));
            let id = article_id(dir, &path);
            if let Some(first) = seen.get(&id) {
                sink.warning(Warning::file(
                    &path,
                    None,
                    format!(
                        "same id `{id}` as {}: skipped (rename one of them)",
                        first.display()
                    ),
                ));
                sink.skipped();
                continue;
            }
            seen.insert(id.clone(), path.clone());
            let bytes = fs::read(&path).map_err(|e| Error::io(&path, e))?;
            let read = match html::is_html(&path) {
                true => html::read_page(&path, bytes, &mut warnings),
                false => decode(&path, bytes, &mut warnings).map(|text| (text, Meta::default())),
            };
            let Some((text, page)) = read else {
                sink.skipped();
                continue;
            };
            let meta = match metas.get(&id) {
                Some(m) => html::merge(m.clone(), page),
                None => {
                    if manifest_path.is_some() {
                        warnings.push(Warning::file(
                            &path,
                            None,
                            "no row in the manifest: event dates come only from the text",
                        ));
                    }
                    page
                }
            };
            warnings.drain(..).for_each(|w| sink.warning(w));
            sink.article(Article {
                id,
                path,
                text,
                meta,
            })?;
        }
        warnings.drain(..).for_each(|w| sink.warning(w));
        Ok(manifest_path)
    }

    /// Total size of the article texts in bytes.
    pub fn bytes(&self) -> usize {
        self.articles.iter().map(|a| a.text.len()).sum()
    }
}

/// The article files (`*.txt`, `*.html`, `*.htm`) of the folder tree `dir`, sorted by path (component by component, so a
/// flat folder keeps the order of its file names). Hidden files and folders are skipped, symbolic
/// links to folders are not followed (no cycles); a subfolder that cannot be read is a warning.
fn article_files(dir: &Path, warnings: &mut Vec<Warning>) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    let mut folders = vec![dir.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = match fs::read_dir(&folder) {
            Ok(entries) => entries,
            Err(e) if folder == dir => return Err(Error::io(dir, e)),
            Err(e) => {
                warnings.push(Warning::file(
                    &folder,
                    None,
                    format!("unreadable folder ({e}): its articles are skipped"),
                ));
                continue;
            }
        };
        for entry in entries.filter_map(|e| e.ok()) {
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            let path = entry.path();
            let is_dir = entry.file_type().is_ok_and(|t| t.is_dir());
            if is_dir {
                folders.push(path);
            } else if path.is_file() && is_article_file(&path) {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// True for an article file: `*.txt` or a web page ([`html::EXTENSIONS`]).
fn is_article_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt") || html::is_html(path)
}

/// The article file of `id` in `dir`, if there is one (`id.txt`, `id.html`, `id.htm`).
fn article_file(dir: &Path, id: &str) -> Option<PathBuf> {
    std::iter::once("txt")
        .chain(html::EXTENSIONS)
        .map(|ext| dir.join(format!("{id}.{ext}")))
        .find(|p| p.is_file())
}

/// An article's id: its path under `dir` without its extension, `/` between folders (the file stem for
/// a file directly in `dir`).
fn article_id(dir: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(dir).unwrap_or(path);
    let mut id = String::new();
    if let Some(parent) = relative.parent() {
        for folder in parent.components() {
            id.push_str(&folder.as_os_str().to_string_lossy());
            id.push('/');
        }
    }
    if let Some(stem) = relative.file_stem() {
        id.push_str(&stem.to_string_lossy());
    }
    id
}

/// The id a manifest's `file` names: the path under `dir` without its extension when that file
/// exists (`2025/kyiv.txt`, `2025/kyiv.html`), else the file stem (`kyiv.txt`, `kyiv`, or any path ending in it, as
/// before folder trees were read).
fn manifest_id(dir: &Path, file: &str) -> String {
    let path = Path::new(file);
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| file.to_string());
    let nested: Vec<String> = path
        .parent()
        .into_iter()
        .flat_map(|p| p.components())
        .filter_map(|c| match c {
            std::path::Component::Normal(c) => Some(c.to_string_lossy().into_owned()),
            _ => None,
        })
        .collect();
    if !nested.is_empty() {
        let id = format!("{}/{stem}", nested.join("/"));
        if article_file(dir, &id).is_some() {
            return id;
        }
    }
    stem
}

/// Decodes an article file: UTF-8 (a BOM is dropped), else lossily with a warning. Empty and
/// binary files are skipped with a warning (`None`).
fn decode(path: &Path, mut bytes: Vec<u8>, warnings: &mut Vec<Warning>) -> Option<String> {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    if let Some(why) = unusable(&bytes) {
        warnings.push(Warning::file(path, None, why));
        return None;
    }
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => {
            let line = 1 + e.as_bytes()[..e.utf8_error().valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            warnings.push(Warning::file(
                path,
                Some(line),
                "not valid UTF-8: decoded with replacement characters",
            ));
            Some(String::from_utf8_lossy(e.as_bytes()).into_owned())
        }
    }
}

/// Why a text is not an article, if it is not: empty (only whitespace) or binary.
fn unusable(bytes: &[u8]) -> Option<&'static str> {
    // Whitespace as Unicode has it: a text of no-break spaces is empty too.
    let blank = |b: &[u8]| String::from_utf8_lossy(b).trim().is_empty();
    if bytes.iter().all(|b| b.is_ascii_whitespace()) || blank(bytes) {
        Some("empty article, skipped")
    } else if looks_binary(bytes) {
        Some("binary content (NUL or control bytes), not an article: skipped")
    } else {
        None
    }
}

/// True when the first 8 KiB hold a NUL byte or more than 10% control bytes.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len()
}

/// Reads the manifest into id -> Meta. A bad row is a warning naming the line and is ignored;
/// only a manifest that cannot be opened or has no `file` column is an error.
fn read_manifest(
    path: &Path,
    dir: &Path,
    warnings: &mut Vec<Warning>,
) -> Result<HashMap<String, Meta>> {
    let bytes = fs::read(path).map_err(|e| Error::io(path, e))?;
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(bytes.as_slice());
    let headers = reader
        .headers()
        .map_err(|e| Error::Manifest {
            path: path.to_path_buf(),
            line: 1,
            message: format!("unreadable header: {e}"),
        })?
        .clone();
    let col = |name: &str| headers.iter().position(|h| h.eq_ignore_ascii_case(name));
    let Some(file_col) = col("file") else {
        return Err(Error::Manifest {
            path: path.to_path_buf(),
            line: 1,
            message: "the header has no `file` column (expected file,published,outlet,url,title)"
                .into(),
        });
    };
    let (published_col, outlet_col, url_col, title_col) =
        (col("published"), col("outlet"), col("url"), col("title"));
    let lang_col = col("lang");

    let mut metas = HashMap::new();
    let mut record = csv::StringRecord::new();
    loop {
        let line = reader.position().line() + 1;
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line());
                warnings.push(Warning::file(
                    path,
                    Some(line),
                    format!("broken row ({e}): ignored"),
                ));
                if matches!(e.kind(), csv::ErrorKind::Io(_)) {
                    break;
                }
                continue;
            }
        }
        let line = record.position().map_or(line, |p| p.line());
        let field = |c: Option<usize>| {
            c.and_then(|c| record.get(c))
                .filter(|s| !s.is_empty())
                .map(str::to_string)
        };
        let Some(file) = field(Some(file_col)) else {
            warnings.push(Warning::file(
                path,
                Some(line),
                "row without a file name: ignored",
            ));
            continue;
        };
        let id = manifest_id(dir, &file);
        if article_file(dir, &id).is_none() {
            warnings.push(Warning::file(
                path,
                Some(line),
                format!("`{file}` is not in {}: row ignored", dir.display()),
            ));
            continue;
        }
        let published = match field(published_col) {
            None => None,
            Some(s) => match NaiveDate::parse_from_str(&s, "%Y-%m-%d") {
                Ok(d) => Some(d),
                Err(_) => {
                    warnings.push(Warning::file(
                        path,
                        Some(line),
                        format!("`{s}` is not a date (YYYY-MM-DD): published date of `{file}` left empty"),
                    ));
                    None
                }
            },
        };
        if metas.contains_key(&id) {
            warnings.push(Warning::file(
                path,
                Some(line),
                format!("second row for `{file}`: ignored"),
            ));
            continue;
        }
        let lang = match field(lang_col) {
            None => None,
            Some(code) => match crate::lang::Lang::parse(&code) {
                Some(lang) => Some(lang),
                None => {
                    warnings.push(Warning::file(
                        path,
                        Some(line),
                        format!("`lang` `{code}` is not en, uk or ru: the language of `{file}` is detected from its text"),
                    ));
                    None
                }
            },
        };
        metas.insert(
            id,
            Meta {
                published,
                outlet: field(outlet_col),
                url: field(url_col),
                title: field(title_col),
                lang,
            },
        );
    }
    Ok(metas)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folder(files: &[(&str, &[u8])]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for (name, bytes) in files {
            let path = dir.path().join(name);
            fs::create_dir_all(path.parent().unwrap()).unwrap();
            fs::write(path, bytes).unwrap();
        }
        dir
    }

    #[test]
    fn a_folder_tree_is_read_sorted_with_relative_ids_and_hidden_entries_skipped() {
        let dir = folder(&[
            ("z.txt", b"z"),
            ("sub/deeper/c.txt", b"c"),
            ("a.txt", b"a"),
            ("sub/b.txt", b"b"),
            ("sub/notes.md", b"not an article"),
            (".hidden.txt", b"hidden"),
            (".git/x.txt", b"hidden folder"),
            ("sub/.y.txt", b"hidden in a subfolder"),
            (
                "articles.csv",
                b"file,published\nsub/b.txt,2025-01-02\nsub/deeper/c,2025-01-03\n./z.txt,2025-01-04\nelsewhere/a.txt,2025-01-05\nc.txt,2025-01-06\n",
            ),
        ]);
        let (corpus, warnings) = Corpus::load(dir.path()).unwrap();
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "sub/b", "sub/deeper/c", "z"]);
        assert_eq!(corpus.articles[1].path, dir.path().join("sub/b.txt"));
        assert_eq!(corpus.articles[1].text, "b");
        let published: Vec<_> = corpus
            .articles
            .iter()
            .map(|a| a.meta.published.map(|d| d.to_string()))
            .collect();
        // A path the folder does not have falls back to the file stem, as in a flat folder.
        assert_eq!(
            published,
            [
                Some("2025-01-05".into()),
                Some("2025-01-02".into()),
                Some("2025-01-03".into()),
                Some("2025-01-04".into())
            ]
        );
        let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert_eq!(text.len(), 1, "{text:?}");
        assert!(text[0].contains("articles.csv:6:") && text[0].contains("c.txt"));
    }

    #[cfg(unix)]
    #[test]
    fn links_to_folders_are_not_followed() {
        let dir = folder(&[("a.txt", b"a"), ("sub/b.txt", b"b")]);
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        let (corpus, _) = Corpus::load(dir.path()).unwrap();
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "sub/b"]);
    }

    #[test]
    fn missing_folder_is_an_error_naming_it() {
        let err = Corpus::load("/no/such/folder").unwrap_err();
        assert!(err.to_string().contains("/no/such/folder"), "{err}");
    }

    #[test]
    fn folder_without_txt_is_an_error() {
        let dir = folder(&[("notes.md", b"hello")]);
        let err = Corpus::load(dir.path()).unwrap_err();
        assert!(matches!(err, Error::NoArticles { .. }), "{err}");
    }

    #[test]
    fn bad_articles_are_skipped_or_decoded_with_warnings() {
        let dir = folder(&[
            ("a.txt", b"Russia launched 10 drones overnight."),
            ("b.txt", b""),
            ("c.txt", b"\x00\x01\x02\x03binary\x00"),
            ("d.txt", b"Caf\xe9 hit by 3 drones."),
        ]);
        let (corpus, warnings) = Corpus::load(dir.path()).unwrap();
        let ids: Vec<_> = corpus.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "d"]);
        assert!(corpus.articles[1].text.contains('\u{FFFD}'));
        let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(
            text.iter()
                .any(|w| w.contains("b.txt") && w.contains("empty")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|w| w.contains("c.txt") && w.contains("binary")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|w| w.contains("d.txt") && w.contains("UTF-8")),
            "{text:?}"
        );
        assert!(text.iter().any(|w| w.contains("no manifest")), "{text:?}");
    }

    #[test]
    fn manifest_rows_bad_dates_missing_files_and_broken_rows_warn_with_line() {
        let dir = folder(&[
            ("a.txt", b"text"),
            ("b.txt", b"text"),
            (
                "articles.csv",
                b"file,published,outlet,url,title\na.txt,2025-13-40,,,\nzzz.txt,2025-01-01,,,\nb.txt,2025-02-03,VOA,,\"Title, quoted\"\n\"broken,2025\n",
            ),
        ]);
        let (corpus, warnings) = Corpus::load(dir.path()).unwrap();
        assert_eq!(corpus.articles.len(), 2);
        assert_eq!(corpus.articles[0].meta.published, None);
        assert_eq!(
            corpus.articles[1].meta.published,
            NaiveDate::from_ymd_opt(2025, 2, 3)
        );
        assert_eq!(
            corpus.articles[1].meta.title.as_deref(),
            Some("Title, quoted")
        );
        let text: Vec<String> = warnings.iter().map(|w| w.to_string()).collect();
        assert!(
            text.iter()
                .any(|w| w.contains("articles.csv:2:") && w.contains("2025-13-40")),
            "{text:?}"
        );
        assert!(
            text.iter()
                .any(|w| w.contains("articles.csv:3:") && w.contains("zzz.txt")),
            "{text:?}"
        );
    }

    #[test]
    fn manifest_without_file_column_is_an_error_with_line() {
        let dir = folder(&[
            ("a.txt", b"text"),
            ("articles.csv", b"name,published\na,2025-01-01\n"),
        ]);
        let err = Corpus::load(dir.path()).unwrap_err();
        assert!(err.to_string().contains("articles.csv:1:"), "{err}");
    }
}
