#!/bin/sh
# Rebuild the held-out English-OCR pages that docs/repair.md reports accuracy on (none is used in training:
# corpus paragraphs from beyond line 200,000/300,000, seeds 91-95 and 201-202, which make-confusion.sh does not use),
# then score restore on them with the shared samples:
#   tools/repair/make-heldout.sh && benchmarks/.../TongHop.Benchmarks restore $(cat $WORK/pairs) --rounds 1
# Needs ../shared/tools/ocrsim and its deps (run its install-deps once). About 5 min on 2 cores.
set -e
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
SHARED=${TONGHOP_SHARED:-$ROOT/../shared}
WORK=${WORK:-/tmp/tonghop-heldout}
OCRSIM="$SHARED/tools/ocrsim/ocrsim"
mkdir -p "$WORK/a" "$WORK/b" "$WORK/out"
python3 "$ROOT/tools/repair/sample_corpus.py" "$SHARED/corpus/legal-vi.txt.gz" "$WORK/a" 4 --seed 4242 --skip 200000
python3 "$ROOT/tools/repair/sample_corpus.py" "$SHARED/corpus/legal-vi.txt.gz" "$WORK/b" 2 --seed 777 --skip 300000
cp "$ROOT/tests/fixtures/reports/ward-report-date-conflict.txt" "$WORK/a/ward.txt"
i=0
for f in "$WORK"/a/legal00.txt "$WORK"/a/legal01.txt "$WORK"/a/legal02.txt "$WORK"/a/legal03.txt "$WORK"/a/ward.txt; do
  i=$((i + 1))
  case $((i % 2)) in 0) X="--font termes";; *) X="";; esac
  [ -f "$WORK/out/a-$(basename "$f" .txt)/ocr.eng.txt" ] || "$OCRSIM" "$f" "$WORK/out/a-$(basename "$f" .txt)" --seed $((90 + i)) --lang eng --jobs 2 $X >/dev/null
done
[ -f "$WORK/out/b-legal00/ocr.eng.txt" ] || "$OCRSIM" "$WORK/b/legal00.txt" "$WORK/out/b-legal00" --seed 201 --lang eng --jobs 2 --font freeserif >/dev/null
[ -f "$WORK/out/b-legal01/ocr.eng.txt" ] || "$OCRSIM" "$WORK/b/legal01.txt" "$WORK/out/b-legal01" --seed 202 --lang eng --jobs 2 --level heavy >/dev/null
: > "$WORK/pairs"
for s in 001 002 003; do printf '%s ' "$SHARED/samples/ocr/$s.txt=$SHARED/samples/clean/$s.txt" >> "$WORK/pairs"; done
for d in "$WORK"/out/*; do printf '%s ' "$d/ocr.eng.txt=$d/reference.txt" >> "$WORK/pairs"; done
echo "pairs for 'TongHop.Benchmarks restore': $WORK/pairs"
