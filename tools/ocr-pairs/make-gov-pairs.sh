#!/usr/bin/env bash
# Rebuilds the government-scan development pairs (issue 15: decisions, decrees, circulars, resolutions of the
# Government, ministries and the National Assembly's committee, as their offices scan them):
#   tools/ocr-pairs/make-gov-pairs.sh [OUT]      (default /tmp/tonghop-gov-pairs; about 3 minutes on 2 quiet cores)
# Texts: eight real published documents of ../shared/samples/published/docs (never the scanned development set),
# cut to one or two pages by published_to_ocrsim.py, laid out by ocrsim, then made into scans by make_variants.py
# (gov: colour, the number and date handwritten into the blanks, a red seal and a blue signature over the signer,
# a scanner edge; gov-grey: the same scanned in grey). OUT/dev holds five documents to tune on, OUT/check three
# kept for checking only. Then: TongHop.Benchmarks ocr OUT/dev [--repair]  and  … ocr OUT/check
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-/tmp/tonghop-gov-pairs}"
ocrsim="$root/../shared/tools/ocrsim/ocrsim"
docs="$root/../shared/samples/published/docs"
mkdir -p "$out/text" "$out/sim" "$out/pairs" "$out/dev" "$out/check"
seed=31
for n in 0056 0288 0160 0092 0436 0464 0456 0280; do
  name="g$n"
  /usr/bin/python3 "$root/tools/ocr-pairs/published_to_ocrsim.py" "$docs/vbpl-$n.txt" "$out/text/$name.txt"
  if [ ! -f "$out/sim/$name/reference.txt" ]; then
    "$ocrsim" "$out/text/$name.txt" "$out/sim/$name" --seed "$seed" --level light --lang vie --keep-clean --jobs 2 >/dev/null
  fi
  /usr/bin/python3 "$root/tools/ocr-pairs/make_variants.py" "$out/sim/$name" "$name" "$out/pairs" gov gov-grey
  case $n in 0092|0456|0280) set=check ;; *) set=dev ;; esac
  ln -sf "$out/pairs/$name".gov* "$out/$set/"
  seed=$((seed + 1))
done
ls "$out/dev" "$out/check"
