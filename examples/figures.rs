//! Prints the provenance table of one article folder: every figure found, used or not, and why.
//!
//! `cargo run --example figures -- seeds [ARTICLE_ID]`

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let dir = args.next().unwrap_or_else(|| "seeds".into());
    let only = args.next();
    let (corpus, warnings) = strikes::Corpus::load(&dir)?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    let x = strikes::Extracted::from_corpus(&corpus);
    for f in x
        .figures
        .iter()
        .filter(|f| only.as_ref().is_none_or(|a| &f.article == a))
    {
        println!(
            "{} {:>20} {:>6} {:<9} {:<10} {:?} [{}..{}] {:?}{}",
            f.article,
            f.field.map(|x| x.to_string()).unwrap_or_default(),
            f.value.map(|v| v.to_string()).unwrap_or_default(),
            f.qualifier.as_str(),
            f.status.as_str(),
            f.attacker.map(|s| s.as_str()).unwrap_or(""),
            f.byte_start,
            f.byte_end,
            f.phrase,
            f.reason
                .as_ref()
                .map(|r| format!("  ({r})"))
                .unwrap_or_default()
        );
    }
    Ok(())
}
