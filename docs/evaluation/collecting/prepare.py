#!/usr/bin/env python3
"""prepare.py [COLLECT_DIR]: start a collection round. Writes COLLECT_DIR (default /work/collect)
/used_urls.txt (every URL in the manifests of tests/data and the sentence cases),
/outlets_seen.txt (every outlet with its count, most frequent first), an empty /claimed.txt, and
copies assemble_set.py there, as BRIEF.md and BRIEF_ukru.md expect."""
import collections, csv, glob, os, re, shutil, sys
root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
out = sys.argv[1] if len(sys.argv) > 1 else '/work/collect'
os.makedirs(out, exist_ok=True)
urls, outlets = set(), collections.Counter()
for p in glob.glob(os.path.join(root, 'tests', 'data', '*', 'articles', 'articles.csv')):
    for r in csv.DictReader(open(p, encoding='utf-8')):
        if r.get('url'):
            urls.add(r['url'].strip())
        if r.get('outlet'):
            outlets[r['outlet'].strip()] += 1
for r in csv.DictReader(open(os.path.join(root, 'tests', 'data', 'sentences.csv'), encoding='utf-8')):
    for v in r.values():
        if v and re.match(r'https?://', v.strip()):
            urls.add(v.strip())
open(os.path.join(out, 'used_urls.txt'), 'w').write(''.join(u + '\n' for u in sorted(urls)))
open(os.path.join(out, 'outlets_seen.txt'), 'w').write(''.join(f'{c}\t{o}\n' for o, c in outlets.most_common()))
open(os.path.join(out, 'claimed.txt'), 'a').close()
shutil.copy(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'assemble_set.py'), out)
print(f'{len(urls)} used URLs, {len(outlets)} outlets -> {out}')
