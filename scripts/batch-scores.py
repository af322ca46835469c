#!/usr/bin/env python3
"""Scores each batch of tests/data/real separately with `strikes evaluate` (no misses shown), for
the learning curve in docs/evaluation/learning-curve.md.
usage: scripts/batch-scores.py [--set SET] [STRIKES_BINARY] [BATCH ...]
(SET: real (the default), ua or ru, the folders of tests/data.)"""
import csv, os, shutil, subprocess, sys, tempfile
root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
name = "real"
if sys.argv[1:2] == ["--set"]:
    name = sys.argv[2]
    del sys.argv[1:3]
real = os.path.join(root, "tests", "data", name)
binary = sys.argv[1] if len(sys.argv) > 1 else os.path.join(root, "target", "debug", "strikes")
want = set(sys.argv[2:])
batches = {}
for r in csv.DictReader(open(os.path.join(real, "batches.csv"), encoding="utf-8")):
    batches.setdefault(r["batch"], set()).add(r["article"])
rd = csv.DictReader(open(os.path.join(real, "gold.csv"), encoding="utf-8"))
gold = list(rd)
for b in sorted(batches, key=int):
    if want and b not in want:
        continue
    with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=rd.fieldnames, lineterminator="\n")
        w.writeheader()
        w.writerows(g for g in gold if g["article"] in batches[b])
    # Only the batch's own articles (and their manifest rows): the same scores, a fraction of
    # the time of extracting the whole set once per batch.
    with tempfile.TemporaryDirectory() as d:
        src = os.path.join(real, "articles")
        mrd = csv.DictReader(open(os.path.join(src, "articles.csv"), encoding="utf-8"))
        rows = [m for m in mrd if m["file"][:-4] in batches[b]]
        with open(os.path.join(d, "articles.csv"), "w", newline="", encoding="utf-8") as mf:
            mw = csv.DictWriter(mf, fieldnames=mrd.fieldnames, lineterminator="\n")
            mw.writeheader()
            mw.writerows(rows)
        for m in rows:
            shutil.copy(os.path.join(src, m["file"]), d)
        out = subprocess.run([binary, "evaluate", fh.name, d],
                             capture_output=True, text=True, check=True).stdout
    os.unlink(fh.name)
    print(f"== batch {b} ({len(batches[b])} texts)")
    print(out, end="")
