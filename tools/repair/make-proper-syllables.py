#!/usr/bin/env python3
# Syllables only names use (src/TongHop.Repair/Model/proper-syllables.tsv): written capitalised at least 30 times and in
# lower case at most once, mid-sentence in the legal corpus plus the official place names the language model also
# learns (new communes 6 times, former ones twice, as the trainer counts them). A looser cut (8x as often capitalised)
# caught words reports write in lower case (trân trọng, cáp quang). Usage, from the repository root:
#   python3 tools/repair/make-proper-syllables.py ../shared/corpus/legal-vi.txt.gz \
#     ../shared/data/admin-units/communes-2025-07-conversion.csv ../shared/data/admin-units/communes-before-2025-07.csv \
#     > src/TongHop.Repair/Model/proper-syllables.tsv
import gzip,re,sys,csv,collections
corpus, new_csv, old_csv = sys.argv[1:4]
low=collections.Counter(); cap=collections.Counter()
word=re.compile(r"[^\W\d_]+",re.U)
with gzip.open(corpus,'rt',encoding='utf-8') as f:
    for line in f:
        prev_end=True
        for t in line.split():
            core=t.strip('.,;:!?()[]"\'“”…-–/')
            if core and word.fullmatch(core) and not prev_end:
                k=core.lower()
                if core.islower(): low[k]+=1
                elif core[0].isupper() and core[1:].islower(): cap[k]+=1
            prev_end = t[-1:] in '.!?:;' or t in ('-','–','+')
def names(path, col, weight):
    with open(path, encoding='utf-8') as f:
        r=csv.reader(f); next(r)
        for row in r:
            n=row[col]
            for lvl in ('Xã ','Phường ','Thị trấn ','Đặc khu '):
                if n.startswith(lvl): n=n[len(lvl):]
            for s in n.split():
                if word.fullmatch(s) and s[0].isupper(): cap[s.lower()]+=weight
names(new_csv,1,6); names(old_csv,4,2)
print("# Syllables written capitalised far more often than not (tools/repair/make-proper-syllables.py): syllable, lower-case count, capitalised count")
for k in sorted(set(cap)):
    c,l=cap[k],low[k]
    if c>=30 and l<=1:
        print(f"{k}\t{l}\t{c}")
