#!/usr/bin/env python3
"""Checks tests/data/held: header, evidence substrings, formats, qualifier iff count, manifest, word counts."""
import csv, os, re, sys, datetime
base=os.path.dirname(os.path.abspath(__file__))
H=['article','event_date','attacker','drones_launched','drones_launched_qualifier','drones_intercepted','missiles_launched','missiles_launched_qualifier','missiles_intercepted','killed','killed_qualifier','injured','injured_qualifier','hits','locations','reported_by','evidence']
Q={'exact','at_least','more_than','about','up_to'}
bad=0; n=0
def err(*a):
    global bad; bad+=1; print('PROBLEM',*a)
man=list(csv.DictReader(open(os.path.join(base,'articles','articles.csv'),encoding='utf-8')))
if list(man[0].keys())!=['file','published','outlet','url','title']: err('manifest header')
arts={}
for m in man:
    a=m['file'][:-4]; p=os.path.join(base,'articles',m['file'])
    if not os.path.exists(p): err('missing',p); continue
    t=open(p,encoding='utf-8').read(); arts[a]=(m,t)
    wc=len(t.split())
    if not 150<=wc<=600: err(a,'word count',wc)
    if m['published'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',m['published']): err(a,'published')
    if m['url']: err(a,'url not empty')
print('articles',len(arts),'empty published:',[a for a,(m,_) in arts.items() if not m['published']])
rd=csv.DictReader(open(os.path.join(base,'gold.csv'),encoding='utf-8'))
if rd.fieldnames!=H: err('gold header',rd.fieldnames)
rows=list(rd); seen=set()
for i,r in enumerate(rows,2):
    a=r['article']
    if a not in arts: err(i,'unknown article',a); continue
    t=arts[a][1]
    for q in r['evidence'].split(' || '):
        n+=1
        if not q or q not in t: err(i,a,'NOT FOUND:',q[:80])
    if r['event_date'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',r['event_date']): err(i,'date')
    if r['attacker'] not in ('russia','ukraine'): err(i,'attacker')
    k=(a,r['event_date'],r['attacker'])
    if k in seen: err(i,'duplicate row key',k)
    seen.add(k)
    for c in ['drones_launched','drones_intercepted','missiles_launched','missiles_intercepted','killed','injured','hits']:
        if r[c] and not r[c].isdigit(): err(i,'non-numeric',c)
    for c in ['drones_launched','missiles_launched','killed','injured']:
        q=r[c+'_qualifier']
        if q and q not in Q: err(i,'bad qualifier',c)
        if bool(r[c])!=bool(q): err(i,'value/qualifier mismatch',c)
    for l,x in [('drones_launched','drones_intercepted'),('missiles_launched','missiles_intercepted')]:
        if r[l] and r[x] and int(r[x])>int(r[l]): err(i,'intercepted > launched',x)
    # event date not after published, and within 14 days
    p=arts[a][0]['published']
    if p and r['event_date']:
        d=(datetime.date.fromisoformat(p)-datetime.date.fromisoformat(r['event_date'])).days
        if not 0<=d<=14: err(i,'event date vs published',d)
    if any(ch in r['locations'] for ch in ','): err(i,'comma in locations')
rowarts={r['article'] for r in rows}
print('articles without rows:',sorted(set(arts)-rowarts))
nr=list(csv.DictReader(open(os.path.join(base,'notes.csv'),encoding='utf-8')))
if list(nr[0].keys())!=['article','row','note']: err('notes header')
for a in arts:
    if not any(x['article']==a for x in nr): err('no note for',a)
print(f'{len(rows)} rows, {n} quotes checked, {bad} problems')
sys.exit(1 if bad else 0)
