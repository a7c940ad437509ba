#!/usr/bin/env python3
# conf.py's count on a reliability dump: a value is right when the gold holds the same key and kind with a close value.
# Usage: h30-conf.py GOLD_DIR DUMP.tsv [MODEL.json]  (with a model, the confidence is recomputed from the dumped features)
import csv,json,math,os,sys
gold_dir=sys.argv[1]; rows=list(csv.DictReader(open(sys.argv[2]),delimiter='\t'))
model=json.load(open(sys.argv[3])) if len(sys.argv)>3 else None
def close(a,b): a,b=float(a),float(b); return abs(a-b)<=max(0.051,0.005*abs(b))
bins=[(0.9,1.01),(0.7,0.9),(0.5,0.7),(0,0.5)]; cnt={b:[0,0] for b in bins}; wrong=[]
for r in rows:
    g=json.load(open(os.path.join(gold_dir,r['file'].rsplit('.',1)[0].split('/')[-1]+'.json')))['indicators']
    ok=any(x['key']==r['key'] and x.get('kind')==r['kind'] and close(x['value'],r['value']) for x in g)
    c=float(r['confidence'])
    if model:
        z=model['intercept']+sum(w*float(r[k]) for k,w in model['weights'].items())
        c=round(1/(1+math.exp(-z)),2)
    for b in bins:
        if b[0]<=c<b[1]: cnt[b][0]+=ok; cnt[b][1]+=1
    if c>=0.9 and not ok: wrong.append(f"{r['file']}: {r['key']}={r['value']} ({r['kind']}) c={c}")
print(f"confident >= 0.9 right {cnt[bins[0]][0]}/{cnt[bins[0]][1]}; bins " + "  ".join(f"[{a},{min(b,1)}): {cnt[(a,b)][0]}/{cnt[(a,b)][1]}" for a,b in bins))
for w in wrong: print("  wrong:",w)
