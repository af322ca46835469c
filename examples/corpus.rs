//! Writes a realistic corpus of any size for benchmarks and scale tests: the varied real texts of
//! the test sets (`tests/data/{real,silver,devset,own,held}` and `seeds`), not one article
//! repeated, cycled until `N` articles, each with its own id and its page's publication date.
//!
//! ```text
//! cargo run --release --example corpus -- 100000 /tmp/c100k          # a folder of .txt + articles.csv
//! cargo run --release --example corpus -- 100000 /tmp/c100k.jsonl    # one JSON Lines file
//! ```
//!
//! Every pass over the texts is the same texts (so the extraction work per article is the test
//! sets' mix); ids are `g0000001`, ... in order. The output is written to a temporary name and
//! renamed when complete, so an interrupted run leaves no half-written corpus.

use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use anyhow::{bail, Context};
use strikes::Corpus;

/// The folders whose texts are cycled, in this order.
const SOURCES: &[&str] = &[
    "tests/data/real/articles",
    "tests/data/silver/articles",
    "tests/data/devset/articles",
    "tests/data/own/articles",
    "tests/data/held/articles",
    "seeds",
];

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let (Some(n), Some(out)) = (args.next(), args.next()) else {
        bail!("usage: corpus N OUT   (OUT a folder, or a file ending in .jsonl)");
    };
    let n: usize = n
        .parse()
        .with_context(|| format!("N must be a number, not {n:?}"))?;
    let out = PathBuf::from(out);
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut texts = Vec::new();
    for dir in SOURCES {
        let (corpus, _) =
            Corpus::load(root.join(dir)).with_context(|| format!("loading the texts of {dir}"))?;
        texts.extend(corpus.articles);
    }
    if texts.is_empty() {
        bail!("no texts found under {}", root.display());
    }
    let jsonl = out.extension().is_some_and(|e| e == "jsonl");
    let tmp = out.with_extension(if jsonl { "jsonl.part" } else { "part" });
    if jsonl {
        let mut w = BufWriter::new(
            fs::File::create(&tmp).with_context(|| format!("creating {}", tmp.display()))?,
        );
        for k in 0..n {
            let a = &texts[k % texts.len()];
            let mut line = serde_json::Map::new();
            line.insert("id".into(), format!("g{:07}", k + 1).into());
            line.insert("text".into(), a.text.clone().into());
            if let Some(d) = a.meta.published {
                line.insert("published".into(), d.to_string().into());
            }
            serde_json::to_writer(&mut w, &line)?;
            w.write_all(b"\n")?;
        }
        w.flush()?;
    } else {
        fs::create_dir_all(&tmp).with_context(|| format!("creating {}", tmp.display()))?;
        let mut manifest = csv::Writer::from_path(tmp.join("articles.csv"))?;
        manifest.write_record(["file", "published", "outlet", "url", "title"])?;
        for k in 0..n {
            let a = &texts[k % texts.len()];
            let file = format!("g{:07}.txt", k + 1);
            fs::write(tmp.join(&file), &a.text)?;
            let published = a.meta.published.map(|d| d.to_string()).unwrap_or_default();
            manifest.write_record([file.as_str(), &published, "", "", ""])?;
        }
        manifest.flush()?;
    }
    if out.exists() {
        bail!("{} exists: not overwritten", out.display());
    }
    fs::rename(&tmp, &out).with_context(|| format!("renaming to {}", out.display()))?;
    println!(
        "{n} articles from {} distinct texts -> {}",
        texts.len(),
        out.display()
    );
    Ok(())
}
