#!/usr/bin/env python3
# How often a syllable is written capitalised where a sentence goes on (src/TongHop.Repair/Model/case-prior.tsv): in the
# legal corpus, every word token right after a word written in small letters (no sentence end between), counted as
# capitalised (Sở, Đảng) or small (số, bảng). English OCR keeps case, so a capitalised token there is far likelier a word
# that is written so (an agency, a party, a place) than one that is not. Syllables seen at least 20 times so; the cost is
# -ln P(capitalised), add-one smoothed and capped at 4 nats. Usage, from the repository root:
#   python3 tools/repair/make-case-prior.py ../shared/corpus/legal-vi.txt.gz > src/TongHop.Repair/Model/case-prior.tsv
import gzip,math,re,sys,collections,unicodedata,os
CAP=float(os.environ.get("CAP","4"))
low=collections.Counter(); cap=collections.Counter()
word=re.compile(r"[^\W\d_]+",re.U)
with gzip.open(sys.argv[1],'rt',encoding='utf-8') as f:
    for line in f:
        prev_low=False
        for t in unicodedata.normalize('NFC',line).split():
            core=t.strip('.,;:!?()[]"\'“”…-–/')
            if core and word.fullmatch(core) and prev_low and core==t.rstrip(',.;:!?)'):
                k=core.lower()
                if core.islower(): low[k]+=1
                elif core[0].isupper() and (len(core)==1 or core[1:].islower()): cap[k]+=1
            prev_low = bool(core) and core==t and word.fullmatch(core) is not None and core.islower()
print("# -ln P(capitalised | syllable, after a word in small letters), legal corpus (tools/repair/make-case-prior.py): syllable, cost, small, capitalised")
for k in sorted(set(low)|set(cap)):
    l,c=low[k],cap[k]
    if l+c>=20:
        print(f"{k}\t{min(CAP,-math.log((c+1)/(l+c+2))):.2f}\t{l}\t{c}")
