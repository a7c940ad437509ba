#!/usr/bin/env bash
# Rebuilds the OCR development pairs (scan + ground truth) that `TongHop.Benchmarks ocr` measures:
#   tools/ocr-pairs/make-pairs.sh [OUT]        (default /tmp/tonghop-ocr-pairs; about 2 minutes on 2 quiet cores)
# Texts: ocrsim's example report and two of our own fixture reports (never the development set). ocrsim
# lays each out as A4 pages (clean and lightly degraded, 300 dpi); make_variants.py then makes eight
# scans of each: stamped (red seal, blue signature, colour), photo (perspective, slant, uneven light),
# desk (the whole sheet photographed on a desk at an angle),
# upside down, sideways, 150 dpi, CCITT G4 and JBIG2. Same inputs, same files (seeded). Needs
# ../shared/tools/ocrsim and its install-deps, plus libtiff-tools (tiff2pdf, tiffcp).
# Then: TongHop.Benchmarks ocr /tmp/tonghop-ocr-pairs/pairs [--preprocess none|ink,deskew,...]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-/tmp/tonghop-ocr-pairs}"
ocrsim="$root/../shared/tools/ocrsim/ocrsim"
mkdir -p "$out/sim" "$out/pairs"
texts=(
  "example:$root/../shared/tools/ocrsim/examples/clean-report.txt"
  "ward:$root/tests/fixtures/reports/ward-report-date-conflict.txt"
  "tanan:$root/tests/fixtures/formats/bao-cao-phuong-tan-an.txt"
)
seed=11
for entry in "${texts[@]}"; do
  name="${entry%%:*}"; text="${entry#*:}"
  if [ ! -f "$out/sim/$name/reference.txt" ]; then
    "$ocrsim" "$text" "$out/sim/$name" --seed "$seed" --level light --lang vie --keep-clean --jobs 2 >/dev/null
  fi
  /usr/bin/python3 "$root/tools/ocr-pairs/make_variants.py" "$out/sim/$name" "$name" "$out/pairs"
  seed=$((seed + 1))
done
ls "$out/pairs"
