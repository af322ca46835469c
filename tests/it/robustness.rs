//! Arbitrary bytes and long garbage lines never panic the extractor.

use strikes::{extract, Meta};

/// A small deterministic generator (xorshift), so the test needs no extra crate and is repeatable.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn arbitrary_text_never_panics() {
    let pieces = [
        "Russia",
        "launched",
        " ",
        "drones",
        "missiles",
        "1,200",
        "99999999999999999999",
        "at least",
        "of the",
        "were shot down",
        ".",
        ",",
        "\n",
        "“",
        "’",
        "Kyiv",
        "Oblast",
        "on Sunday",
        "overnight",
        "killing",
        "injured",
        "none",
        "a dozen",
        "-",
        ":",
        "|",
        "[1]",
        "—",
        "\u{00A0}",
        "Кyiv",
        "é",
        "🙂",
        "17-18 September",
        "Deaths21",
        "$",
        "%",
        "including",
        "all",
        "X",
        "0",
        "Feb.",
        "2024-02-30",
    ];
    let mut rng = Rng(0x9E3779B97F4A7C15);
    let meta = Meta {
        published: chrono::NaiveDate::from_ymd_opt(2025, 1, 5),
        ..Meta::default()
    };
    for _ in 0..400 {
        let n = (rng.next() % 80) as usize;
        let text: String = (0..n)
            .map(|_| pieces[(rng.next() % pieces.len() as u64) as usize])
            .collect::<Vec<_>>()
            .join(if rng.next().is_multiple_of(2) {
                " "
            } else {
                ""
            });
        let _ = extract::article("fuzz", &text, &meta);
    }
    // Raw bytes, decoded lossily as the loader does.
    for _ in 0..200 {
        let n = (rng.next() % 500) as usize;
        let bytes: Vec<u8> = (0..n).map(|_| rng.next() as u8).collect();
        let text = String::from_utf8_lossy(&bytes);
        let _ = extract::article("bytes", &text, &Meta::default());
    }
}

#[test]
fn long_lines_and_huge_numbers_are_handled() {
    let long = "drones 12 ".repeat(20_000);
    let x = extract::article("long", &long, &Meta::default());
    assert!(x.events.len() <= 1);
    let x = extract::article(
        "huge",
        "Russia launched 99999999999999999999 drones overnight.",
        &Meta::default(),
    );
    assert!(x.events.is_empty());
    assert!(!x.warnings.is_empty());
}

/// Inputs examples/fuzz.rs found to break a loader (tests/data/fuzz): each now loads or fails
/// with an error naming the file, and never panics.
#[test]
fn fuzz_findings_are_errors_or_warnings_not_crashes() {
    use strikes::{Corpus, Error};
    let dir = crate::repo("tests/data/fuzz");
    // A text of no-break spaces is an empty article: skipped with a warning, not loaded.
    let (corpus, warnings) = Corpus::load_csv(dir.join("nbsp-text.csv"), "text").unwrap();
    assert!(corpus.articles.is_empty());
    assert!(
        warnings[0].to_string().contains("empty article"),
        "{warnings:?}"
    );
    // corrupt-4: in a release build polars returns a frame whose column panics when it is read
    // (a debug build's assertions stop it earlier); the guard covers reading the columns too.
    #[cfg(feature = "parquet")]
    for n in 1..=4 {
        let path = dir.join(format!("corrupt-{n}.parquet"));
        match Corpus::load_parquet(&path, "text") {
            Err(Error::Table { path: p, message }) => {
                assert_eq!(p, path);
                assert!(message.starts_with("unreadable Parquet"), "{message}");
            }
            // (Without debug assertions polars may read corrupt-4's damaged page whole: the rows
            // load, which is also an answer, not a crash.)
            Ok((corpus, _)) if n == 4 && !cfg!(debug_assertions) => {
                assert!(!corpus.articles.is_empty());
            }
            other => panic!("{}: {other:?}", path.display()),
        }
    }
    // A truncated file, and a footer that claims more metadata than the file holds: refused
    // before polars reads them.
    #[cfg(feature = "parquet")]
    {
        let dir = tempfile::tempdir().unwrap();
        let whole = std::fs::read(crate::repo("tests/data/fuzz/corrupt-1.parquet")).unwrap();
        let cases = [
            (whole[..whole.len() - 3].to_vec(), "truncated"),
            (
                [&b"PAR1"[..], &[0; 8], &u32::MAX.to_le_bytes(), b"PAR1"].concat(),
                "footer gives",
            ),
        ];
        for (n, (bytes, expected)) in cases.into_iter().enumerate() {
            let path = dir.path().join(format!("t{n}.parquet"));
            std::fs::write(&path, bytes).unwrap();
            let err = Corpus::load_parquet(&path, "text").unwrap_err().to_string();
            assert!(err.contains(expected), "{err}");
        }
    }
}

/// Texts examples/fuzz.rs found to panic the extractor (a capital İ, whose lower case is longer
/// in UTF-8; a weapon count's end past its sentence; a phrase ending inside a character the
/// normalisation expands, "…" to "..."): no panic, and every figure still points
/// back to its phrase.
#[test]
fn fuzz_findings_in_the_extractor_extract_and_keep_provenance() {
    let dir = crate::repo("tests/data/fuzz");
    let mut n = 0;
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !(name.starts_with("extract-") && name.ends_with(".txt")) {
            continue;
        }
        let text = String::from_utf8_lossy(&std::fs::read(&path).unwrap()).into_owned();
        let x = extract::article(&name, &text, &Meta::default());
        for f in &x.figures {
            assert_eq!(
                text.get(f.byte_start..f.byte_end),
                Some(f.phrase.as_str()),
                "{name}"
            );
        }
        n += 1;
    }
    assert_eq!(n, 4);
    // The lower case of a sentence keeps its offsets.
    let x = extract::article(
        "i",
        "İZMAİL: Russia launched 45 drones overnight.",
        &Meta::default(),
    );
    assert_eq!(x.events[0].drones_launched.unwrap().value, 45);
}
