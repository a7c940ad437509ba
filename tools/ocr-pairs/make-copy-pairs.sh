#!/usr/bin/env bash
# Rebuilds the HARD government-scan development pairs (issue 15: offices' scans of photocopies, where plain
# `tesseract -l vie` lands around 8-15 % CER, as on real government scans):
#   tools/ocr-pairs/make-copy-pairs.sh [OUT]     (default /tmp/tonghop-gov-pairs, shared with make-gov-pairs.sh)
# Same eight published documents, ocrsim layouts and dev/check split as make-gov-pairs.sh (its ocrsim pages are
# reused when they are there), made into scans by make_variants.py copy copy-photo: a photocopy of a photocopy
# (broken or thickened strokes, speckle, toner streaks, bleed-through, binding shadow, table rules, seal and
# signature scribbles over the signer, handwritten number and date) scanned in grey at 200/150 dpi and JPEG
# q35-50 (copy), or photographed with a phone (copy-photo). OUT/copy-dev holds five documents to tune on,
# OUT/copy-check three kept for checking only. Then: TongHop.Benchmarks ocr OUT/copy-dev [--repair]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-/tmp/tonghop-gov-pairs}"
ocrsim="$root/../shared/tools/ocrsim/ocrsim"
docs="$root/../shared/samples/published/docs"
mkdir -p "$out/text" "$out/sim" "$out/pairs" "$out/copy-dev" "$out/copy-check"
seed=31
for n in 0056 0288 0160 0092 0436 0464 0456 0280; do
  name="g$n"
  if [ ! -f "$out/sim/$name/reference.txt" ]; then
    /usr/bin/python3 "$root/tools/ocr-pairs/published_to_ocrsim.py" "$docs/vbpl-$n.txt" "$out/text/$name.txt"
    "$ocrsim" "$out/text/$name.txt" "$out/sim/$name" --seed "$seed" --level light --lang vie --keep-clean --jobs 2 >/dev/null
  fi
  /usr/bin/python3 "$root/tools/ocr-pairs/make_variants.py" "$out/sim/$name" "$name" "$out/pairs" copy copy-photo
  case $n in 0092|0456|0280) set=copy-check ;; *) set=copy-dev ;; esac
  ln -sf "$out/pairs/$name".copy* "$out/$set/"
  seed=$((seed + 1))
done
ls "$out/copy-dev" "$out/copy-check"
