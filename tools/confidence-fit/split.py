#!/usr/bin/env python3
"""split.py DEV.tsv HELD_CLEAN.tsv HELD_OCR.tsv FIRST_DIR OUT_PREFIX [W]: the train and check files of the confidence fit.
Train: the development set's dump, the held-out reports at odd 1-based positions sorted by name (their clean and OCR dumps,
read by this build), and the first reads (FIRST_DIR/first-*.tsv of first-reads.sh) of odd-position reports, each of
these lines W times (default 10: first reads then weigh about as much as the reads after rules were written for the
reports). Check: the even positions, as OUT_PREFIX-check-main.tsv (read now) and OUT_PREFIX-check-first.tsv."""
import glob, os, sys
root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..")
names = sorted(os.path.splitext(f)[0] for f in os.listdir(os.path.join(root, "tests/fixtures/reading-heldout/docs")))
odd = {n for i, n in enumerate(names) if i % 2 == 0}
def rows(f):
    lines = open(f, encoding="utf-8").read().splitlines()
    return lines[0], [l for l in lines[1:] if l]
def report(line): return line.split("\t")[0].split(".")[0]
header, train = rows(sys.argv[1])
check = []
for f in sys.argv[2:4]:
    h, rs = rows(f); assert h == header, f
    for r in rs: (train if report(r) in odd else check).append(r)
first_train, first_check = [], []
for f in sorted(glob.glob(os.path.join(sys.argv[4], "first-*.tsv"))):
    h, rs = rows(f); assert h == header, f
    for r in rs: (first_train if report(r) in odd else first_check).append(r)
w = int(sys.argv[6]) if len(sys.argv) > 6 else 10
for name, rs in [("train", train + first_train * w), ("check-main", check), ("check-first", first_check)]:
    with open(f"{sys.argv[5]}-{name}.tsv", "w", encoding="utf-8") as out: out.write(header + "\n" + "\n".join(rs) + "\n")
    print(name, len(rs), "lines,", sum(r.split("\t")[5] == "0" for r in rs), "wrong")
