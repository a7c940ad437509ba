#!/usr/bin/env python3
"""Writes src/TongHop.Repair/Model/word-prior.tsv: for each syllable, how much more often news text uses it than the
legal corpus the language model is trained on (natural log of the ratio of relative frequencies, smoothed and
clipped at 1 nat; only syllables seen 2,000 times or more in legal and news text together, since the ratio of a
rarer one says more about news topics and names than about usage: with every syllable seen 50 times and a clip of 2,
tạng, thạnh and đinh got the full boost and "Tang 50 lugng" came back Trang 50, not Tăng số). Only boosts are written: a word that law writes more than news (phương, cơ, ban) keeps its language-model
score, since a penalty would also lift "keep the token as written" over every reading of it. The decoder adds a share
of it to a word's score on English OCR (RepairOptions.WordPriorWeight), moving the law-trained model's choices between
look-alikes toward general written usage (phường over phương, vào over và, chỉ tiêu over chi tiêu).

usage: tools/repair/make-word-prior.py [../shared/corpus/syllables.tsv] [out.tsv]
"""
import math, sys, unicodedata
src = sys.argv[1] if len(sys.argv) > 1 else "../shared/corpus/syllables.tsv"
out = sys.argv[2] if len(sys.argv) > 2 else "src/TongHop.Repair/Model/word-prior.tsv"
SMOOTH, CLIP, MIN_COUNT = 5.0, 1.0, 2000
legal, news = {}, {}
with open(src, encoding="utf-8") as f:
    next(f)
    for line in f:
        p = line.rstrip("\n").split("\t")
        w = unicodedata.normalize("NFC", (p[5] or p[0]).lower())
        legal[w] = legal.get(w, 0) + int(p[2]); news[w] = news.get(w, 0) + int(p[3])
nl, nn = sum(legal.values()), sum(news.values())
rows = []
for w in legal:
    if legal[w] + news[w] < MIN_COUNT:
        continue
    r = math.log((news[w] + SMOOTH) / nn) - math.log((legal[w] + SMOOTH) / nl)
    r = max(-CLIP, min(CLIP, r))
    if r >= 0.05:
        rows.append((w, r))
rows.sort()
with open(out, "w", encoding="utf-8") as f:
    f.write("# news over legal usage of each syllable, ln of the ratio of relative frequencies (tools/repair/make-word-prior.py;"
            " smoothing %g, clipped at %g, boosts only, syllables seen %d times or more)\n" % (SMOOTH, CLIP, MIN_COUNT))
    for w, r in rows:
        f.write("%s\t%.2f\n" % (w, r))
print(len(rows), "syllables ->", out)
