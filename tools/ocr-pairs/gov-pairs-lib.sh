# Shared by make-gov-pairs.sh and make-copy-pairs.sh (sourced, not run): published government documents laid
# out by ocrsim and made into scans by make_variants.py, split into a development set and a check set.
#   gov_pairs OUT DEVDIR CHECKDIR VARIANT ...
# Documents (numbers of ../shared/samples/published/docs/vbpl-NNNN.txt) and seeds, from the environment:
#   GOV_DOCS   the documents, in order (default the eight below); the n-th gets ocrsim seed GOV_SEED + n - 1
#   GOV_CHECK  those kept for checking only (default 0092 0456 0280); the others go to OUT/DEVDIR
#   GOV_SEED   the first ocrsim seed (default 31)
# The variants' own randomness is seeded by the document's name (g + number), so new documents give new scans.
# Same inputs, same files: OUT/sim/NAME (ocrsim's pages) is reused when it is there.
gov_pairs() {
  local out="$1" devdir="$2" checkdir="$3"; shift 3
  local root ocrsim docs seed n name set
  root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
  ocrsim="$root/../shared/tools/ocrsim/ocrsim"
  docs="$root/../shared/samples/published/docs"
  local list="${GOV_DOCS:-0056 0288 0160 0092 0436 0464 0456 0280}"
  local check=" ${GOV_CHECK-0092 0456 0280} "
  seed="${GOV_SEED:-31}"
  mkdir -p "$out/text" "$out/sim" "$out/pairs" "$out/$devdir" "$out/$checkdir"
  for n in $list; do
    name="g$n"
    if [ ! -f "$out/sim/$name/reference.txt" ]; then
      /usr/bin/python3 "$root/tools/ocr-pairs/published_to_ocrsim.py" "$docs/vbpl-$n.txt" "$out/text/$name.txt"
      "$ocrsim" "$out/text/$name.txt" "$out/sim/$name" --seed "$seed" --level light --lang vie --keep-clean --jobs 2 >/dev/null
    fi
    /usr/bin/python3 "$root/tools/ocr-pairs/make_variants.py" "$out/sim/$name" "$name" "$out/pairs" "$@"
    case "$check" in *" $n "*) set="$checkdir" ;; *) set="$devdir" ;; esac
    local v
    for v in "$@"; do ln -sf "$out/pairs/$name.$v".* "$out/$set/"; done
    seed=$((seed + 1))
  done
  ls "$out/$devdir" "$out/$checkdir"
}
