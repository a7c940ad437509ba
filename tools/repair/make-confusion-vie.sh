#!/bin/sh
# Rebuild src/TongHop.Repair/Model/confusion-vie.tsv: the Tesseract-Vietnamese channel (tone and hook confusions,
# l/1/I, O/0), learnt from synthetic pairs: corpus pages rendered and read by ../shared/tools/ocrsim --lang vie in every
# font and noise level (seeds 501+; the held-out pages of make-heldout*.sh use others), aligned and priced by
# build_confusion.py exactly as the English channel. About 10 s of CPU per 2-page file. The N rows (--noisy) price what
# was never seen on a text that reads badly (a photocopy's broken strokes turn letters: cúc for các), docs/repair.md.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${TONGHOP_SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/tonghop-ocrpairs-vie}
mkdir -p "$WORK/clean" "$WORK/out"
python3 "$ROOT/tools/repair/sample_corpus.py" "$SHARED/corpus/legal-vi.txt.gz" "$WORK/clean" ${FILES:-16} --seed 55 --skip 50000
grep -v "^#" "$ROOT/src/TongHop.Repair/Training/Corpus/report-examples.txt" > "$WORK/clean/report.txt"
i=0
for f in "$WORK"/clean/*.txt; do
  i=$((i + 1))
  case $((i % 6)) in
    0) X="--font termes";; 1) X="--level heavy";; 2) X="--font freeserif";;
    3) X="--font termes --level heavy";; 4) X="--level light";; *) X="--dpi 200";;
  esac
  [ -f "$WORK/out/$(basename "$f" .txt)/ocr.vie.txt" ] && continue
  "$SHARED/tools/ocrsim/ocrsim" "$f" "$WORK/out/$(basename "$f" .txt)" --seed $((500 + i)) --lang vie --jobs ${JOBS:-2} $X >/dev/null
done
python3 "$ROOT/tools/repair/build_confusion.py" --ocr ocr.vie.txt --unseen same-letter=4 --unseen symbol=8 --unseen other=10 --unseen deletion=8 --unseen insertion=8 --unseen split=10 --unseen change=1 --noisy other=7 --noisy same-letter=1.5 "$ROOT/src/TongHop.Repair/Model/confusion-vie.tsv" "$WORK"/out/*
