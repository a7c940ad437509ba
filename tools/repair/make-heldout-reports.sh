#!/bin/sh
# Held-out report pages: the repository's own clean fixture reports (none is in the language model's training text)
# rendered and OCR'd by ../shared/tools/ocrsim in both languages, fonts and noise levels rotating, seeds 301-307
# (make-confusion.sh and make-heldout.sh use other seeds). Writes OCR=CLEAN pairs for English (pairs.eng) and
# Vietnamese (pairs.vie) OCR, to score with `TongHop.Benchmarks restore $(cat $WORK/pairs.eng) --rounds 1` or
# tools/repair/score-pairs.sh. Needs ocrsim's deps (its install-deps, once). About 4 min on 2 quiet cores.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${TONGHOP_SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/tonghop-heldout-reports}
OCRSIM="$SHARED/tools/ocrsim/ocrsim"
mkdir -p "$WORK/out"
i=0
for f in "$ROOT"/tests/fixtures/indicators/*.txt "$ROOT"/tests/fixtures/reports/department-request-for-reports.txt \
         "$ROOT"/tests/fixtures/reports/ward-report-date-conflict.txt "$ROOT"/tests/fixtures/formats/bao-cao-phuong-tan-an.txt; do
  i=$((i + 1))
  case $((i % 3)) in 0) X="--font termes";; 1) X="";; *) X="--font freeserif";; esac
  case $((i % 4)) in 0) X="$X --level heavy";; 2) X="$X --level light";; esac
  d="$WORK/out/$(basename "$f" .txt)"
  [ -f "$d/ocr.vie.txt" ] || "$OCRSIM" "$f" "$d" --seed $((300 + i)) --lang both --jobs 2 $X >/dev/null
done
: > "$WORK/pairs.eng"; : > "$WORK/pairs.vie"
for d in "$WORK"/out/*; do
  printf '%s ' "$d/ocr.eng.txt=$d/reference.txt" >> "$WORK/pairs.eng"
  printf '%s ' "$d/ocr.vie.txt=$d/reference.txt" >> "$WORK/pairs.vie"
done
echo "pairs: $WORK/pairs.eng $WORK/pairs.vie"
