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
# A fresh check split (other documents, so other seeds; same settings), e.g. for a before/after never tuned on:
#   GOV_DOCS="0556 0264 0232" GOV_CHECK="0556 0264 0232" GOV_SEED=71 tools/ocr-pairs/make-copy-pairs.sh /tmp/fresh
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/gov-pairs-lib.sh"
gov_pairs "${1:-/tmp/tonghop-gov-pairs}" copy-dev copy-check copy copy-photo
