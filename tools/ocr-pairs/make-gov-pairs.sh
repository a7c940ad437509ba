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
source "$(dirname "${BASH_SOURCE[0]}")/gov-pairs-lib.sh"
gov_pairs "${1:-/tmp/tonghop-gov-pairs}" dev check gov gov-grey
