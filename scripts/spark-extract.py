#!/usr/bin/env python3
"""The map step of docs/SCALE.md on Spark: every partition of a JSON Lines corpus piped through
`strikes extract - --input-format jsonl --format jsonl` (RDD.pipe), the events written as JSON
Lines part files, in input order.

usage: scripts/spark-extract.py CORPUS.jsonl OUT_DIR [--binary PATH] [--master URL]
                                [--partitions N] [--check]

Local mode (`--master local[*]`, the default) needs only `pip install pyspark` and a Java
runtime. On a cluster, give the master's URL and a binary path that exists on every worker (or
ship it with `spark-submit --files`). `--check` also runs the plain CLI over the whole corpus
and compares: the part files, concatenated in order, must be the same bytes. The times of both
are printed.
"""
import argparse
import filecmp
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time


def main():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus")
    ap.add_argument("out")
    ap.add_argument("--binary", default=os.path.join(root, "target", "release", "strikes"))
    ap.add_argument("--master", default="local[*]")
    ap.add_argument("--partitions", type=int, default=None)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    binary = os.path.abspath(args.binary)
    if not os.access(binary, os.X_OK):
        sys.exit(f"{binary}: not found (cargo build --release)")
    try:
        from pyspark import SparkConf, SparkContext
    except ImportError:
        sys.exit("pyspark is not installed (pip install pyspark; it needs a Java runtime)")

    conf = SparkConf().setMaster(args.master).setAppName("strikes-extract")
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    if os.path.exists(args.out):
        shutil.rmtree(args.out)
    start = time.time()
    lines = sc.textFile(os.path.abspath(args.corpus), minPartitions=args.partitions)
    # One process per partition; its warnings go to the executor's stderr.
    events = lines.pipe(f"{binary} --threads 1 extract - --input-format jsonl --format jsonl")
    events.saveAsTextFile(os.path.abspath(args.out))
    spark_time = time.time() - start
    partitions = lines.getNumPartitions()
    sc.stop()
    parts = sorted(glob.glob(os.path.join(args.out, "part-*")))
    rows = sum(1 for p in parts for _ in open(p, encoding="utf-8"))
    print(f"spark ({args.master}, {partitions} partitions): {rows} events in {spark_time:.1f} s")

    if args.check:
        with tempfile.TemporaryDirectory() as tmp:
            whole = os.path.join(tmp, "whole.jsonl")
            joined = os.path.join(tmp, "joined.jsonl")
            start = time.time()
            with open(whole, "wb") as out, open(args.corpus, "rb") as inp:
                subprocess.run([binary, "extract", "-", "--format", "jsonl"], stdin=inp,
                               stdout=out, stderr=subprocess.DEVNULL, check=True)
            cli_time = time.time() - start
            with open(joined, "wb") as out:
                for p in parts:
                    with open(p, "rb") as f:
                        shutil.copyfileobj(f, out)
            same = filecmp.cmp(whole, joined, shallow=False)
        print(f"plain CLI (all cores): {cli_time:.1f} s; spark / CLI = {spark_time / cli_time:.2f}")
        print("the union of the partitions equals one run" if same else "DIFFERENT from one run")
        if not same:
            sys.exit(1)


if __name__ == "__main__":
    main()
