#!/usr/bin/env bash
# First reads of a held-out batch, for fitting the indicator confidence model (docs/architecture.md, "Confidence is a
# fitted probability"): the reader as it was at COMMIT (the commit that added the batch to tests/fixtures/reading-heldout,
# before any rule saw it), with this tree's confidence features patched in, runs `TongHop.Benchmarks reliability --dump`
# on the batch's clean text and its OCR text. Writes OUT/first-COMMIT-clean.tsv and OUT/first-COMMIT-ocr.tsv.
#   tools/confidence-fit/first-reads.sh COMMIT OCR_TEXT_DIR OUT
# OCR_TEXT_DIR holds NAME.txt for each report (tools/reading-check/run OUTDIR --ocr leaves them in OUTDIR/ocr-text).
# Run from the repo root; builds a copy of the benchmarks under OUT (about 700 MB; deleted at the end).
set -eu
c=$1; ocr=$2; out=$3
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"; root="$(cd "$here/../.." && pwd)"
src="$out/src-$c"; bin="$out/bench-$c"
rm -rf "$src" "$bin"; mkdir -p "$src" "$out/batch-$c/clean" "$out/batch-$c/ocr"
git -C "$root" archive "$c" | tar -x -C "$src"
cp "$root"/src/TongHop.Extraction/Indicators/Confidence/*.cs "$src/src/TongHop.Extraction/Indicators/Confidence/"
cp "$root/benchmarks/TongHop.Benchmarks/ReliabilityBenchmark.cs" "$src/benchmarks/TongHop.Benchmarks/"
python3 "$here/patch-features.py" "$src/src/TongHop.Extraction/Indicators/IndicatorExtractor.cs" "$root/src/TongHop.Extraction/Indicators/IndicatorExtractor.cs"
(cd "$src" && dotnet build benchmarks/TongHop.Benchmarks -c Release -o "$(cd "$out" && pwd)/bench-$c" 2>&1 | grep -E " error |Error\(s\)" | head -5)
for f in $(git -C "$root" show --name-only --format= "$c" -- tests/fixtures/reading-heldout/docs); do
  n=$(basename "${f%.*}"); cp "$root/$f" "$out/batch-$c/clean/"
  [ -e "$ocr/$n.txt" ] && cp "$ocr/$n.txt" "$out/batch-$c/ocr/" || true
done
for form in clean ocr; do
  (cd "$root" && dotnet "$bin/TongHop.Benchmarks.dll" reliability --gold tests/fixtures/reading-heldout/gold "$out/batch-$c/$form" \
     --details --dump "$out/first-$c-$form.tsv" > "$out/first-$c-$form.out" 2>&1)
  grep "^confidence >=" "$out/first-$c-$form.out"
done
rm -rf "$src" "$bin"
