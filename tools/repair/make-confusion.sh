#!/bin/sh
# Rebuild src/TongHop.Repair/Model/confusion.tsv from synthetic English-OCR pairs (see docs/repair.md).
# Needs ../shared/tools/ocrsim and its deps (run its install-deps once). About 20 s of CPU per 2-page file (36 files + the report examples: about 13 min on 2 cores).
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${TONGHOP_SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/tonghop-ocrpairs}
mkdir -p "$WORK/clean" "$WORK/out"
python3 "$ROOT/tools/repair/sample_corpus.py" "$SHARED/corpus/legal-vi.txt.gz" "$WORK/clean" ${FILES:-36} --seed 7
grep -v "^#" "$ROOT/src/TongHop.Repair/Training/Corpus/report-examples.txt" > "$WORK/clean/report.txt"
i=0
for f in "$WORK"/clean/*.txt; do
  i=$((i + 1))
  # Every font and degradation level ocrsim offers, so no one rendering's habits are learnt as the rule.
  case $((i % 6)) in
    0) X="--font termes";; 1) X="--level heavy";; 2) X="--font freeserif";;
    3) X="--font termes --level heavy";; 4) X="--level light";; *) X="";;
  esac
  [ -f "$WORK/out/$(basename "$f" .txt)/ocr.eng.txt" ] && continue
  "$SHARED/tools/ocrsim/ocrsim" "$f" "$WORK/out/$(basename "$f" .txt)" --seed $((10 + i)) --lang eng --jobs ${JOBS:-2} $X >/dev/null
done
python3 "$ROOT/tools/repair/build_confusion.py" --unseen tone-backoff=${TONE_BACKOFF:-1} "$ROOT/src/TongHop.Repair/Model/confusion.tsv" "$WORK"/out/*
