//! The map step of a cluster run: `strikes extract - --input-format jsonl --format jsonl` is
//! stateless and deterministic, so shards of a corpus run in separate processes (as under Spark's
//! `RDD.pipe`, Hadoop streaming or GNU parallel) and their outputs, concatenated in shard order,
//! are the output of one run over the whole corpus.

use std::thread;

use strikes::Corpus;

use crate::inputs::{strikes_stdin, to_jsonl};
use crate::repo;

const MAP: &[&str] = &[
    "extract",
    "-",
    "--input-format",
    "jsonl",
    "--format",
    "jsonl",
];

#[test]
fn shards_run_in_parallel_processes_give_the_output_of_one_run() {
    let mut articles = Vec::new();
    for dir in [
        "seeds",
        "tests/data/devset/articles",
        "tests/data/own/articles",
    ] {
        articles.extend(Corpus::load(repo(dir)).unwrap().0.articles);
    }
    let whole = to_jsonl(&Corpus::from_articles(articles.clone()));
    let (code, one_run, _) = strikes_stdin(MAP, whole.as_bytes());
    assert_eq!(code, 0);
    assert!(one_run.lines().count() > 40, "{one_run}");

    // Three shards of unequal size, each piped through its own process at the same time.
    let cuts = [0, 7, 30, articles.len()];
    let shards: Vec<String> = cuts
        .windows(2)
        .map(|w| to_jsonl(&Corpus::from_articles(articles[w[0]..w[1]].to_vec())))
        .collect();
    let outputs: Vec<String> = thread::scope(|s| {
        let runs: Vec<_> = shards
            .iter()
            .map(|shard| s.spawn(move || strikes_stdin(MAP, shard.as_bytes())))
            .collect();
        runs.into_iter()
            .map(|r| {
                let (code, out, err) = r.join().unwrap();
                assert_eq!(code, 0, "{err}");
                out
            })
            .collect()
    });
    assert_eq!(outputs.concat(), one_run);
}
