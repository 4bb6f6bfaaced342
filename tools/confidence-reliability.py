#!/usr/bin/env python3
"""How far the extractor's confidence can be trusted: figures bucketed by confidence, and the share right in each.

usage: python3 tools/confidence-reliability.py SCORER_DIR GOLD.json PRED_DIR
  SCORER_DIR  the folder of the development set's scorer, eval_extract.py (its figure matching is reused)
  PRED_DIR    the extractor's JSON, one NAME.json per report of GOLD.json
A figure's confidence is the least of its parts' (the casualties or hideouts it sums); right or wrong as the scorer
matches it (field, value, province). Results: docs/extraction.md, "Confidence" (measured in session 31)."""
import json, sys, os
sys.path.insert(0, sys.argv[1])
import eval_extract as ev  # noqa: E402
g = json.load(open(sys.argv[2], encoding='utf-8'))['reports']
rows=[]
for r in g:
    gid=r.get('id') or r['file'].rsplit('.',1)[0]
    try: p=json.load(open(os.path.join(sys.argv[3],gid+'.json'),encoding='utf-8'))
    except Exception: continue
    pt=[]
    for op in ev.ops_of(p):
        cs=op.get('casualties') or []; hs=op.get('hideouts') or []
        for (f,v) in ev.figures_of(op,False):
            if f=='hideoutsDestroyed': conf=min([h.get('confidence',1) for h in hs if h.get('outcome')=='destroyed'] or [op.get('confidence',1)])
            elif f.startswith('victims.'): conf=min([c.get('confidence',1) for c in cs if c.get('side')!='isis' and c.get('category')==f[8:]] or [op.get('confidence',1)])
            else: conf=min([c.get('confidence',1) for c in cs if c.get('side')=='isis' and c.get('category')==f] or [op.get('confidence',1)])
            pt.append([f,v,ev.prov(op),conf,False])
    for op in ev.ops_of(r):
        for (f,v) in ev.figures_of(op,True):
            pr=ev.prov(op)
            for t in pt:
                if not t[4] and t[0]==f and t[1]==v and (pr is None or t[2]==pr): t[4]=True; break
    rows+=pt
bins=[(0,.5),(.5,.6),(.6,.7),(.7,.8),(.8,.9),(.9,1.01)]
for lo,hi in bins:
    b=[t for t in rows if lo<=t[3]<hi]
    if b: print(f'{lo:.1f}-{hi:.1f}: n={len(b):4d} mean conf {sum(t[3] for t in b)/len(b):.2f} right {sum(t[4] for t in b)/len(b):.2f}')
print('all: n',len(rows),'mean conf %.2f right %.2f'%(sum(t[3] for t in rows)/len(rows),sum(t[4] for t in rows)/len(rows)))
