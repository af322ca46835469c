#!/usr/bin/env python3
"""assemble_set.py HELPER BATCH SET: append /work/collect/HELPER (articles, manifest, gold, notes,
aggregates) to /work/main/tests/data/SET as batch BATCH, collector HELPER."""
import csv, os, shutil, sys
helper, batch, name = sys.argv[1:4]
src = os.path.join('/work/collect', helper)
dst = os.path.join('/work/main/tests/data', name)
def rows(p):
    if not os.path.exists(p): return [], None
    rd = csv.DictReader(open(p, encoding='utf-8')); return list(rd), rd.fieldnames
def append(p, new):
    old, fields = rows(p)
    have = {tuple(r.values()) for r in old}
    with open(p, 'a', encoding='utf-8', newline='') as fh:
        w = csv.DictWriter(fh, fieldnames=fields, lineterminator='\n')
        for r in new:
            r = {k: r.get(k, '') for k in fields}
            if tuple(r.values()) not in have: w.writerow(r)
man, _ = rows(os.path.join(src, 'articles', 'articles.csv'))
existing = set(os.listdir(os.path.join(dst, 'articles')))
for m in man:
    if m['file'] in existing: sys.exit(f"{m['file']} already in {dst}")
for m in man:
    shutil.copy(os.path.join(src, 'articles', m['file']), os.path.join(dst, 'articles', m['file']))
append(os.path.join(dst, 'articles', 'articles.csv'), man)
for f in ['gold.csv', 'notes.csv', 'aggregates.csv']:
    append(os.path.join(dst, f), rows(os.path.join(src, f))[0])
append(os.path.join(dst, 'batches.csv'), [{'article': m['file'][:-4], 'batch': batch, 'collector': helper} for m in man])
print(f'{len(man)} articles of {helper} added to {name} as batch {batch}')
