#!/usr/bin/env python3
"""Checks tests/data/real (or the gold set folder given: tests/data/ua, tests/data/ru, or a
collector's folder, see docs/evaluation/collecting): gold header, every evidence quote a substring
of its article, dates, qualifier iff count, the manifest (with licence and URL) against the files,
batches (when there are), the notes' and aggregates' headers and the aggregates' quotes."""
import csv, os, re, sys, datetime
# The folder to check: this script's own (tests/data/real), or the one given (tests/data/ua, ...).
base = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
H = ['article','event_date','attacker','drones_launched','drones_launched_qualifier','drones_intercepted','missiles_launched','missiles_launched_qualifier','missiles_intercepted','killed','killed_qualifier','injured','injured_qualifier','hits','locations','reported_by','evidence']
Q = {'exact','at_least','more_than','about','up_to'}
bad = 0; n = 0
def err(*a):
    global bad; bad += 1; print('PROBLEM', *a)
manifest = os.path.join(base,'articles','articles.csv')
if not os.path.exists(manifest): sys.exit(f'PROBLEM no manifest: {manifest}')
rd_m = csv.DictReader(open(manifest, encoding='utf-8'))
# (A manifest with its header only is an empty batch: checked like any other, with no articles.)
if rd_m.fieldnames != ['file','published','outlet','url','title','licence']: err('manifest header', rd_m.fieldnames)
man = list(rd_m)
arts = {}
for m in man:
    a = m['file'][:-4]; p = os.path.join(base,'articles',m['file'])
    if not os.path.exists(p): err('missing', p); continue
    arts[a] = (m, open(p, encoding='utf-8').read())
    if m['published'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', m['published']): err(a,'published')
    if not m['url'].startswith('http'): err(a, 'no url')
    if not m['licence']: err(a, 'no licence')
files = {f[:-4] for f in os.listdir(os.path.join(base,'articles')) if f.endswith('.txt')}
if files != set(arts): err('files vs manifest', sorted(files ^ set(arts)))
rd = csv.DictReader(open(os.path.join(base,'gold.csv'), encoding='utf-8'))
if rd.fieldnames != H: err('gold header', rd.fieldnames)
rows = list(rd)
for i, r in enumerate(rows, 2):
    a = r['article']
    if a not in arts: err(i, 'unknown article', a); continue
    t = arts[a][1]
    for q in r['evidence'].split(' || '):
        n += 1
        if not q or q not in t: err(i, a, 'NOT FOUND:', q[:80])
    if r['event_date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}', r['event_date']): err(i,'date')
    if r['attacker'] not in ('russia','ukraine'): err(i,'attacker')
    for c in ['drones_launched','drones_intercepted','missiles_launched','missiles_intercepted','killed','injured']:
        if r[c] and not r[c].isdigit(): err(i, 'non-numeric', c, r[c])
    for c in ['drones_launched','missiles_launched','killed','injured']:
        q = r[c+'_qualifier']
        if q and q not in Q: err(i,'bad qualifier',c)
        if bool(r[c]) != bool(q): err(i,'value/qualifier mismatch',c)
# A collector's folder (docs/evaluation/collecting) has no batches.csv yet.
if os.path.exists(os.path.join(base,'batches.csv')):
    batches = {r['article']: r['batch'] for r in csv.DictReader(open(os.path.join(base,'batches.csv'), encoding='utf-8'))}
    if set(batches) != set(arts): err('batches vs manifest', sorted(set(batches) ^ set(arts)))
else:
    for a in sorted(set(arts) - {r['article'] for r in rows}): print('note: no gold row for', a)
# notes.csv and aggregates.csv: their headers; every aggregate of a known article, its evidence
# quotes substrings too.
for f, h in [('notes.csv', ['article','row','note']), ('aggregates.csv', ['article','period_start','period_end','drones','missiles','glide_bombs','evidence'])]:
    p = os.path.join(base, f)
    if not os.path.exists(p): err('missing', f); continue
    r2 = csv.DictReader(open(p, encoding='utf-8'))
    if r2.fieldnames != h: err(f, 'header', r2.fieldnames)
    for x in r2 if f == 'aggregates.csv' else []:
        if x['article'] not in arts: err(f, 'unknown article', x['article']); continue
        for q in x['evidence'].split(' || '):
            if q and q not in arts[x['article']][1]: err(f, x['article'], 'NOT FOUND:', q[:80])
print(f'{len(arts)} articles, {len(rows)} gold rows, {n} quotes checked, {bad} problems')
sys.exit(1 if bad else 0)
