#!/usr/bin/env python3
"""Write CLEAN pages for ocrsim: random paragraphs of the legal corpus, with a few upper-case headings.

Usage: sample_corpus.py CORPUS.gz OUTDIR FILES [--seed N] [--skip LINES]
Each file holds about 4,500 characters (two A4 pages). Use a different --seed/--skip for held-out pages.
"""
import argparse, gzip, random, sys

ap = argparse.ArgumentParser()
ap.add_argument('corpus'); ap.add_argument('outdir'); ap.add_argument('files', type=int)
ap.add_argument('--seed', type=int, default=7); ap.add_argument('--skip', type=int, default=0)
a = ap.parse_args()
rng = random.Random(a.seed)
paras = []
with gzip.open(a.corpus, 'rt', encoding='utf-8') as f:
    for i, line in enumerate(f):
        line = line.strip()
        if i >= a.skip and 80 < len(line) < 600 and '*' not in line and '|' not in line and rng.random() < 0.004:
            paras.append(line)
        if len(paras) > 300 * a.files:
            break
rng.shuffle(paras)
k = 0
for n in range(a.files):
    out, size = [], 0
    while size < 4500 and k < len(paras):
        p = paras[k]; k += 1
        if rng.random() < 0.1:
            out += [' '.join(p.split()[:rng.randint(2, 6)]).upper(), '']
        out.append(p); size += len(p)
    if size == 0:  # the last file may be short; an empty one means the corpus ran out
        sys.exit(f'sample_corpus.py: the corpus gives paragraphs for only {n} files with these settings (asked for {a.files})')
    with open(f'{a.outdir}/legal{n:02d}.txt', 'w', encoding='utf-8') as o:
        o.write('\n'.join(out) + '\n')
