#!/usr/bin/env python3
"""split.py DEV.tsv HELD_CLEAN.tsv HELD_OCR.tsv FIRST_DIR OUT_PREFIX [W]: the train and check files of the confidence fit.

A held-out report is in the CHECK half when the first byte of the SHA-1 of its name (the file name without extension,
UTF-8) is even, else in the TRAIN half: a report stays on its side when reports are added (since session 22; before, the
split was by position in the sorted list, so every new batch moved reports between the halves). The check half is for
the final count only: features, weights, W and the ridge are chosen on the train half (ConfidenceFit --cv, whose folds
use the SHA-1's second byte).

Writes OUT_PREFIX-train.tsv (the development set's dump, the train half of the held-out reports read now, clean and OCR,
and the train half's first reads, FIRST_DIR/first-*.tsv of first-reads.sh, each first-read line W times; default 10),
OUT_PREFIX-train-first.tsv (those first reads once, to score the cross-validation on), OUT_PREFIX-check-main.tsv (the check
half read now) and OUT_PREFIX-check-first.tsv (the check half's first reads)."""
import glob, hashlib, os, sys

def check(report): return hashlib.sha1(report.encode("utf-8")).digest()[0] % 2 == 0
def rows(f):
    lines = open(f, encoding="utf-8").read().splitlines()
    return lines[0], [l for l in lines[1:] if l]
def report(line): return line.split("\t")[0].split(".")[0]

if __name__ == "__main__":
    header, train = rows(sys.argv[1])
    held_check = []
    for f in sys.argv[2:4]:
        h, rs = rows(f); assert h == header, f
        for r in rs: (held_check if check(report(r)) else train).append(r)
    first_train, first_check = [], []
    for f in sorted(glob.glob(os.path.join(sys.argv[4], "first-*.tsv"))):
        h, rs = rows(f); assert h == header, f
        for r in rs: (first_check if check(report(r)) else first_train).append(r)
    w = int(sys.argv[6]) if len(sys.argv) > 6 else 10
    for name, rs in [("train", train + first_train * w), ("train-first", first_train), ("check-main", held_check), ("check-first", first_check)]:
        with open(f"{sys.argv[5]}-{name}.tsv", "w", encoding="utf-8") as out: out.write(header + "\n" + "\n".join(rs) + "\n")
        print(name, len(rs), "lines,", sum(r.split("\t")[5] == "0" for r in rs), "wrong,", len({report(r) for r in rs}), "reports")
