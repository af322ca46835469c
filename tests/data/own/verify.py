#!/usr/bin/env python3
"""Check every evidence quote (split on ' || ') in gold.csv and aggregates.csv is an exact
substring of its article file; check column formats and file/metadata consistency.
Adapted from the devset's verify.py for the project's own invented test articles (no licenses.csv:
all texts here are written for the project). Also checks tests/data/sentences.csv."""
import csv, os, re, sys
base=os.path.dirname(os.path.abspath(__file__))
arts={r['file'][:-4]: r for r in csv.DictReader(open(os.path.join(base,'articles','articles.csv'),encoding='utf-8'))}
bad=0; n=0
GC=['article','event_date','attacker','drones_launched','drones_launched_qualifier','drones_intercepted','missiles_launched','missiles_launched_qualifier','missiles_intercepted','killed','killed_qualifier','injured','injured_qualifier','hits','locations','reported_by','evidence']
AC=['article','period_start','period_end','drones','missiles','glide_bombs','evidence']
for a in arts:
    if not os.path.exists(os.path.join(base,'articles',a+'.txt')): print('missing file',a); bad+=1
    p=arts[a]['published']
    if p and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',p): print('bad published',a); bad+=1
for fn,cols in [('gold.csv',GC),('aggregates.csv',AC)]:
    rd=csv.DictReader(open(os.path.join(base,fn),encoding='utf-8'))
    if rd.fieldnames!=cols: print(fn,'columns differ',rd.fieldnames); bad+=1
    for i,r in enumerate(rd,2):
        a=r['article']
        if a not in arts: print(fn,i,'unknown article',a); bad+=1; continue
        t=open(os.path.join(base,'articles',a+'.txt'),encoding='utf-8').read()
        for q in r['evidence'].split(' || '):
            n+=1
            if not q or q not in t: print(fn,i,a,'NOT FOUND:',q[:90]); bad+=1
        for c in (['event_date'] if fn=='gold.csv' else ['period_start','period_end']):
            if r[c] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',r[c]): print(fn,i,'bad date',c); bad+=1
        if fn=='gold.csv':
            if r['attacker'] not in ('russia','ukraine'): print(fn,i,'bad attacker'); bad+=1
            for c in ['drones_launched','drones_intercepted','missiles_launched','missiles_intercepted','killed','injured']:
                if r[c] and not r[c].isdigit(): print(fn,i,'non-numeric',c); bad+=1
            for c in ['drones_launched','missiles_launched','killed','injured']:
                q=r[c+'_qualifier']
                if q and q not in ('exact','at_least','more_than','about','up_to'): print(fn,i,'bad qualifier',c); bad+=1
                if bool(r[c])!=bool(q): print(fn,i,'value/qualifier mismatch',c); bad+=1
        else:
            for c in ['drones','missiles','glide_bombs']:
                if r[c] and not r[c].isdigit(): print(fn,i,'non-numeric',c); bad+=1
for f in sorted(os.listdir(os.path.join(base,'articles'))):
    if f.endswith('.txt') and f[:-4] not in arts: print('article file not in manifest',f); bad+=1
# sentences.csv (one level up)
sp=os.path.join(base,'..','sentences.csv')
KEYS={'attacker','event_date','drones_launched','drones_launched_qualifier','drones_intercepted','missiles_launched',
      'missiles_launched_qualifier','missiles_intercepted','killed','killed_qualifier','injured','injured_qualifier'}
QUAL={'exact','at_least','more_than','about','up_to'}
if os.path.exists(sp):
    rd=csv.DictReader(open(sp,encoding='utf-8'))
    if rd.fieldnames!=['id','published','text','expect']: print('sentences.csv columns differ',rd.fieldnames); bad+=1
    ns=0; ids=set()
    for i,r in enumerate(rd,2):
        ns+=1; ids.add(r['id'])
        if r['published'] and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',r['published']): print('sentences',i,'bad published'); bad+=1
        if not r['text'].strip(): print('sentences',i,'empty text'); bad+=1
        e=r['expect']
        if e=='none': continue
        kv={}
        for part in e.split(';'):
            if '=' not in part: print('sentences',i,'bad expect part',part); bad+=1; continue
            k,v=part.split('=',1)
            if k not in KEYS: print('sentences',i,'unknown key',k); bad+=1
            if k in kv: print('sentences',i,'duplicate key',k); bad+=1
            kv[k]=v
        for k,v in kv.items():
            if k.endswith('_qualifier'):
                if v not in QUAL: print('sentences',i,'bad qualifier',k,v); bad+=1
                if k[:-10] not in kv: print('sentences',i,'qualifier without count',k); bad+=1
            elif k=='attacker':
                if v not in ('russia','ukraine'): print('sentences',i,'bad attacker'); bad+=1
            elif k=='event_date':
                if v and not re.fullmatch(r'\d{4}-\d{2}-\d{2}',v): print('sentences',i,'bad event_date'); bad+=1
            elif not v.isdigit(): print('sentences',i,'non-numeric',k,v); bad+=1
        for c in ['drones_launched','missiles_launched','killed','injured']:
            if c in kv and c+'_qualifier' not in kv: print('sentences',i,'count without qualifier',c); bad+=1
    print(f'{ns} sentence rows ({len(ids)} ids) checked')
print(f'{n} quotes checked, {bad} problems')
sys.exit(1 if bad else 0)
