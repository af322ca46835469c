//! HTML pages: a saved web page's article body as plain text, and its metadata.
//!
//! The body is what a reader view shows: [`dom_smoothie`] (a port of Firefox's readability.js)
//! picks the element that holds the article and drops navigation, share buttons, footers and
//! related links; its text comes out one block per paragraph — each paragraph, heading and
//! quotation a line of its own with a blank line between them, list items and `<br>`s on lines of
//! their own, spaces collapsed as a browser shows them. That text is the article's
//! [`Article::text`](super::Article::text): byte offsets of figures point into it (`strikes text`
//! prints it).
//!
//! The metadata comes from the page itself, first found wins:
//!
//! | field | from |
//! |---|---|
//! | `published` | `<meta property="article:published_time">`, JSON-LD `datePublished`, the first `<time datetime>` (a date, or a timestamp that starts with one: its date as written) |
//! | `url` | `og:url`, `<link rel="canonical">`, JSON-LD `url` |
//! | `title` | `og:title`, JSON-LD `headline`, the reader view's title (`<title>`, the site's name dropped when what is left is long enough) |
//! | `outlet` | `og:site_name`, JSON-LD `publisher.name` |
//!
//! A manifest row for the page wins field by field where it gives a value.
//!
//! A page the reader view cannot read, or whose body has no text, is a warning naming the file
//! and the page is skipped; a published date in the page that is not a date is a warning too, and
//! the page is kept without it.

use std::path::Path;

use dom_query::Document;
use dom_smoothie::{Config, Readability, TextMode};

use super::jsonl::parse_published;
use super::{decode, Article, Corpus, Meta};
use crate::error::{Error, Result};
use crate::warning::Warning;

/// The file extensions read as HTML pages (compared without case).
pub const EXTENSIONS: [&str; 2] = ["html", "htm"];

/// True for a path whose extension is one of [`EXTENSIONS`].
pub fn is_html(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| EXTENSIONS.iter().any(|x| e.eq_ignore_ascii_case(x)))
}

/// One page read: its article text and the metadata the page gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The article body as plain text, one paragraph a line (blank lines between blocks).
    pub text: String,
    /// What the page's own metadata says.
    pub meta: Meta,
    /// Problems with the metadata that did not stop the page (a published date that is not one).
    pub notes: Vec<String>,
}

/// Reads a page's article and metadata, or says why it has none (the warning's message).
///
/// ```
/// let html = r#"<html><head><meta property="article:published_time" content="2025-09-07T06:30:00+03:00">
///   <meta property="og:site_name" content="Example News"></head>
///   <body><nav><a href="/">Home</a></nav><article><h1>Night attack</h1>
///   <p>Russia launched 810 drones and 13 missiles overnight, the air force said.</p>
///   <p>Air defences shot down 747 drones.</p></article></body></html>"#;
/// let page = strikes::corpus::html::parse_page(html).unwrap();
/// assert!(page.text.ends_with("overnight, the air force said.\n\nAir defences shot down 747 drones."));
/// assert_eq!(page.meta.published.unwrap().to_string(), "2025-09-07");
/// assert_eq!(page.meta.outlet.as_deref(), Some("Example News"));
/// ```
pub fn parse_page(html: &str) -> std::result::Result<Page, String> {
    let config = Config {
        text_mode: TextMode::Formatted,
        ..Config::default()
    };
    let mut readability = Readability::new(html, None, Some(config))
        .map_err(|e| format!("not a readable page ({e}): skipped"))?;
    let (mut meta, notes) = page_meta(&readability.doc);
    let article = readability
        .parse()
        .map_err(|e| format!("no article found in the page ({e}): skipped"))?;
    let text = tidy(&article.text_content);
    if text.is_empty() {
        return Err("the page's article has no text: skipped".into());
    }
    if only_links(&article.content) {
        return Err("the page's article is only links (navigation), no text: skipped".into());
    }
    if meta.title.is_none() {
        meta.title = free(&article.title);
    }
    Ok(Page { text, meta, notes })
}

/// True when every word of the reader view's content is in a link: what is left of a page
/// without an article is its navigation.
fn only_links(content: &str) -> bool {
    let doc = Document::from(content);
    let words = |text: &str| text.split_whitespace().count();
    let in_links: usize = doc.select("a").iter().map(|a| words(&a.text())).sum();
    in_links >= words(&doc.select("body").text())
}

/// The reader view's text with every line's trailing spaces dropped and never more than one
/// blank line in a row.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank = 0;
    for line in text.trim().lines().map(str::trim_end) {
        if line.is_empty() {
            blank += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank > 0 { "\n\n" } else { "\n" });
        }
        blank = 0;
        out.push_str(line);
    }
    out
}

/// Trimmed, `None` when empty.
fn free(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// The `content` of the first `<meta>` whose `property` or `name` is `key`.
fn meta_tag(doc: &Document, key: &str) -> Option<String> {
    ["property", "name"].iter().find_map(|attr| {
        doc.select(&format!(r#"meta[{attr}="{key}"]"#))
            .iter()
            .find_map(|m| m.attr("content").and_then(|c| free(&c)))
    })
}

/// The page's JSON-LD objects (each script's object, the items of an array and of `@graph`).
fn json_ld(doc: &Document) -> Vec<serde_json::Value> {
    fn flatten(value: serde_json::Value, out: &mut Vec<serde_json::Value>) {
        match value {
            serde_json::Value::Array(items) => items.into_iter().for_each(|v| flatten(v, out)),
            serde_json::Value::Object(mut map) => {
                if let Some(graph) = map.remove("@graph") {
                    flatten(graph, out);
                }
                out.push(serde_json::Value::Object(map));
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for script in doc.select(r#"script[type="application/ld+json"]"#).iter() {
        if let Ok(value) = serde_json::from_str(script.text().trim()) {
            flatten(value, &mut out);
        }
    }
    out
}

/// The first JSON-LD string at `path` (`publisher.name`).
fn ld_string(objects: &[serde_json::Value], path: &[&str]) -> Option<String> {
    objects.iter().find_map(|o| {
        let value = path.iter().try_fold(o, |v, key| v.get(key))?;
        value.as_str().and_then(free)
    })
}

/// What the page's own metadata says, and the notes about values that are not usable.
fn page_meta(doc: &Document) -> (Meta, Vec<String>) {
    let ld = json_ld(doc);
    let mut notes = Vec::new();
    let dates = [
        (
            "article:published_time",
            meta_tag(doc, "article:published_time"),
        ),
        ("JSON-LD datePublished", ld_string(&ld, &["datePublished"])),
        (
            "<time datetime>",
            doc.select("time[datetime]")
                .iter()
                .find_map(|t| t.attr("datetime").and_then(|d| free(&d))),
        ),
    ];
    let mut published = None;
    for (source, value) in dates {
        let Some(value) = value else { continue };
        match parse_published(&value) {
            Some(date) => {
                published = Some(date);
                break;
            }
            None => notes.push(format!(
                "the page's {source} `{value}` is not a date (YYYY-MM-DD): not used"
            )),
        }
    }
    let canonical = || {
        doc.select(r#"link[rel="canonical"]"#)
            .iter()
            .find_map(|l| l.attr("href").and_then(|h| free(&h)))
    };
    let meta = Meta {
        published,
        url: meta_tag(doc, "og:url")
            .or_else(canonical)
            .or_else(|| ld_string(&ld, &["url"])),
        title: meta_tag(doc, "og:title").or_else(|| ld_string(&ld, &["headline"])),
        outlet: meta_tag(doc, "og:site_name").or_else(|| ld_string(&ld, &["publisher", "name"])),
        lang: None,
    };
    (meta, notes)
}

/// Reads the page at `path` (its bytes already read) into its text and metadata; a page without
/// an article is a warning naming the file (`None`).
pub(super) fn read_page(
    path: &Path,
    bytes: Vec<u8>,
    warnings: &mut Vec<Warning>,
) -> Option<(String, Meta)> {
    let html = decode(path, bytes, warnings)?;
    match parse_page(&html) {
        Ok(page) => {
            for note in page.notes {
                warnings.push(Warning::file(path, None, note));
            }
            Some((page.text, page.meta))
        }
        Err(why) => {
            warnings.push(Warning::file(path, None, why));
            None
        }
    }
}

/// A manifest's metadata over a page's: the manifest's value wins where it has one.
pub(super) fn merge(manifest: Meta, page: Meta) -> Meta {
    Meta {
        published: manifest.published.or(page.published),
        outlet: manifest.outlet.or(page.outlet),
        url: manifest.url.or(page.url),
        title: manifest.title.or(page.title),
        lang: manifest.lang.or(page.lang),
    }
}

impl Corpus {
    /// Reads one saved web page (`.html`, `.htm`) as a corpus of one article, its id the file
    /// stem. A page without an article is not an error: the corpus is empty and the warning says
    /// why.
    pub fn load_html(path: impl AsRef<Path>) -> Result<(Corpus, Vec<Warning>)> {
        let path = path.as_ref();
        let mut all = super::Collect::default();
        Self::read_html(path, &mut all)?;
        Ok(all.into_corpus(path, None))
    }

    /// [`Corpus::load_html`] into `sink`.
    pub fn read_html(path: &Path, sink: &mut dyn super::Sink) -> Result<()> {
        let bytes = std::fs::read(path).map_err(|e| Error::io(path, e))?;
        sink.expect(1);
        let mut warnings = Vec::new();
        let read = read_page(path, bytes, &mut warnings);
        warnings.into_iter().for_each(|w| sink.warning(w));
        match read {
            Some((text, meta)) => sink.article(Article {
                id: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                path: path.to_path_buf(),
                text,
                meta,
            }),
            None => {
                sink.skipped();
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::NaiveDate;

    fn html_page(head: &str, body: &str) -> String {
        format!(
            "<!DOCTYPE html><html><head><title>Russia launches 45 drones at Ukraine | Site</title>{head}</head><body>\
             <header class=\"site-header\"><nav class=\"menu\"><a href=\"/\">Home</a> <a href=\"/world\">World</a></nav></header>\
             {body}\
             <footer class=\"site-footer\"><p>© 2025 Site. All rights reserved.</p><a href=\"/privacy\">Privacy</a></footer>\
             </body></html>"
        )
    }

    const BODY: &str = "<main><article><h1>Drones over Kyiv</h1>\
        <p>Russia launched 45 drones at Ukraine overnight, the air force said on Sunday morning.</p>\
        <p>Air defences shot down 40 of them over the Kyiv, Sumy and Chernihiv regions, it added in a statement.</p>\
        <h2>Damage</h2>\
        <ul><li>Two houses were damaged.</li><li>One person was injured.</li></ul>\
        <p>Officials   said\n the   attack lasted <b>five</b> hours.</p></article></main>";

    fn date(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
        NaiveDate::from_ymd_opt(y, m, d)
    }

    #[test]
    fn the_article_comes_out_one_block_a_line_without_the_boilerplate() {
        let page = parse_page(&html_page("", BODY)).unwrap();
        assert_eq!(
            page.text,
            "Drones over Kyiv\n\n\
             Russia launched 45 drones at Ukraine overnight, the air force said on Sunday morning.\n\n\
             Air defences shot down 40 of them over the Kyiv, Sumy and Chernihiv regions, it added in a statement.\n\n\
             Damage\n\n\
             Two houses were damaged.\nOne person was injured.\n\n\
             Officials said the attack lasted five hours."
        );
        assert!(page.notes.is_empty());
        assert_eq!(page.meta.published, None);
        assert_eq!(
            page.meta.title.as_deref(),
            Some("Russia launches 45 drones at Ukraine")
        );
    }

    #[test]
    fn metadata_comes_from_meta_tags_first_then_json_ld_then_time() {
        let head = r#"<meta property="og:url" content="https://example.test/a">
            <link rel="canonical" href="https://example.test/canonical">
            <meta property="og:site_name" content=" Example News ">
            <meta property="og:title" content="Drones over Kyiv">
            <meta property="article:published_time" content="2025-09-07T06:30:00+03:00">
            <script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
              "datePublished": "2025-09-08", "headline": "LD headline", "url": "https://example.test/ld",
              "publisher": {"@type": "Organization", "name": "LD Publisher"}}</script>"#;
        let page = parse_page(&html_page(head, BODY)).unwrap();
        assert_eq!(
            page.meta,
            Meta {
                published: date(2025, 9, 7),
                outlet: Some("Example News".into()),
                url: Some("https://example.test/a".into()),
                title: Some("Drones over Kyiv".into()),
                lang: None,
            }
        );
        // Without the meta tags: JSON-LD (in a @graph here), then the canonical link.
        let head = r#"<link rel="canonical" href="https://example.test/canonical">
            <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
              {"@type": "WebSite", "name": "site"},
              {"@type": "NewsArticle", "datePublished": "2025-09-08T01:00:00Z", "headline": "LD headline",
               "publisher": {"@type": "Organization", "name": "LD Publisher"}}]}</script>"#;
        let page = parse_page(&html_page(head, BODY)).unwrap();
        assert_eq!(
            page.meta,
            Meta {
                published: date(2025, 9, 8),
                outlet: Some("LD Publisher".into()),
                url: Some("https://example.test/canonical".into()),
                title: Some("LD headline".into()),
                lang: None,
            }
        );
        // Only a <time>.
        let body = BODY.replace(
            "<h1>",
            r#"<time datetime="2025-09-09T08:00">9 September</time><h1>"#,
        );
        let page = parse_page(&html_page("", &body)).unwrap();
        assert_eq!(page.meta.published, date(2025, 9, 9));
    }

    #[test]
    fn a_published_date_that_is_not_a_date_is_a_note_and_the_next_source_is_used() {
        let head = r#"<meta property="article:published_time" content="yesterday">
            <script type="application/ld+json">{"datePublished": "2025-09-08"}</script>"#;
        let page = parse_page(&html_page(head, BODY)).unwrap();
        assert_eq!(page.meta.published, date(2025, 9, 8));
        assert_eq!(
            page.notes,
            ["the page's article:published_time `yesterday` is not a date (YYYY-MM-DD): not used"]
        );
    }

    #[test]
    fn broken_or_empty_pages_are_skipped_with_the_reason() {
        for html in [
            "",
            "<html><head><title>Nothing</title></head><body></body></html>",
            "<html><body><nav><a href=\"/\"></a></nav>",
            "<html><head><title>Oops</title><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>",
            "<html><head><title>Cut</title></head><body><div class=\"article\"><h1>",
        ] {
            let why = parse_page(html).unwrap_err();
            assert!(why.ends_with("skipped"), "{html:?}: {why}");
        }
        // Unclosed tags are what browsers repair: the text still comes out.
        let page = parse_page("<html><body><article><p>Russia launched 45 drones overnight.<p>Air defences shot down 40.").unwrap();
        assert_eq!(
            page.text,
            "Russia launched 45 drones overnight.\n\nAir defences shot down 40."
        );
    }

    #[test]
    fn a_page_file_is_read_with_warnings_naming_it() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("kyiv.html");
        std::fs::write(&good, html_page("", BODY)).unwrap();
        let (corpus, warnings) = Corpus::load_html(&good).unwrap();
        assert!(warnings.is_empty(), "{warnings:?}");
        assert_eq!(corpus.articles[0].id, "kyiv");
        let bad = dir.path().join("empty.htm");
        std::fs::write(&bad, "<html><body></body></html>").unwrap();
        let (corpus, warnings) = Corpus::load_html(&bad).unwrap();
        assert!(corpus.articles.is_empty());
        assert_eq!(warnings.len(), 1);
        assert!(warnings[0]
            .to_string()
            .starts_with(&format!("{}: ", bad.display())));
        assert!(is_html(&bad) && is_html(Path::new("a.HTML")) && !is_html(Path::new("a.txt")));
    }

    #[test]
    fn the_manifest_wins_where_it_gives_a_value() {
        let manifest = Meta {
            published: date(2025, 1, 1),
            title: Some("Manifest title".into()),
            ..Meta::default()
        };
        let page = Meta {
            published: date(2025, 9, 7),
            outlet: Some("Page outlet".into()),
            title: Some("Page title".into()),
            url: None,
            lang: None,
        };
        assert_eq!(
            merge(manifest, page),
            Meta {
                published: date(2025, 1, 1),
                outlet: Some("Page outlet".into()),
                url: None,
                title: Some("Manifest title".into()),
                lang: None,
            }
        );
    }
}
