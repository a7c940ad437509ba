#!/usr/bin/env bash
# Chooses the weight of first reads (W) and the ridge of the confidence fit by 5-fold cross-validation by report INSIDE the
# train half (tools/confidence-fit/split.py; the check half is never looked at here): for each W, split.py writes the train
# file with first reads W times; for each ridge, `reliability --fit … --monotone --cv 5 --cv-score PREFIX-train-first.tsv`
# prints the out-of-fold log loss on the train half's first reads (each once), the share right at >= 0.9 and how many
# values reach it. Pick the lowest log loss; then fit on the whole train file with those and check once on the check half.
#   tools/confidence-fit/choose.sh BENCH_DLL DEV.tsv HELD_CLEAN.tsv HELD_OCR.tsv FIRST_DIR OUT_PREFIX FEATURES [W...] [-- RIDGE...]
set -eu
dll=$1; dev=$2; hc=$3; ho=$4; first=$5; out=$6; features=$7; shift 7
ws=(); ridges=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do ws+=("$1"); shift; done
[ $# -gt 0 ] && shift; ridges=("$@")
[ ${#ws[@]} -gt 0 ] || ws=(1 3 5 10 20)
[ ${#ridges[@]} -gt 0 ] || ridges=(1 3 10)
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
for w in "${ws[@]}"; do
  python3 "$here/split.py" "$dev" "$hc" "$ho" "$first" "$out-w$w" "$w" > /dev/null
  for r in "${ridges[@]}"; do
    line=$(dotnet "$dll" reliability --fit "$out-w$w-train.tsv" --ridge "$r" --monotone --features "$features" --cv 5 --cv-score "$out-w$w-train-first.tsv" | grep "^cv ")
    echo "W $w ridge $r: ${line#*: }"
  done
done
