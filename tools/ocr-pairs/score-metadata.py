#!/usr/bin/env python3
"""Scores the metadata TongHop read from the government-scan pairs (make-gov-pairs.sh, make-copy-pairs.sh) against
the published documents' gold: for each field, how many files have it right, empty (null) and wrong. On these scans
the number and date are written by hand into the blanks, so the goal there is no wrong value (null with a finding is
the right answer when the hand cannot be read); issuer, place and signer are printed and must be read (goal >= 0.9).
    tools/ocr-pairs/score-metadata.py JSON_DIR [GOLD_DIR]
JSON_DIR holds `./tonghop extract PAIR.pdf --format json` outputs named after the pair (g0056.gov.json ...)."""
import glob, json, os, sys, unicodedata

FIELDS = ["issuer", "place", "signer", "number", "date"]


def norm(value):
    if isinstance(value, dict):  # the signer: {name, title}
        value = value.get("name")
    return unicodedata.normalize("NFC", value).strip() if isinstance(value, str) else value


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    here = os.path.dirname(os.path.abspath(__file__))
    gold_dir = sys.argv[2] if len(sys.argv) > 2 else os.path.join(here, "../../../shared/samples/published/gold")
    totals = {f: [0, 0, 0] for f in FIELDS}
    files = sorted(glob.glob(os.path.join(sys.argv[1], "*.json")))
    for path in files:
        name = os.path.basename(path).split(".")[0]  # g0056
        gold = json.load(open(os.path.join(gold_dir, f"vbpl-{name[1:]}.json"), encoding="utf-8"))["document"]
        try:
            doc = json.load(open(path, encoding="utf-8")).get("document", {})
        except (OSError, ValueError) as e:
            print(f"{os.path.basename(path)}: unreadable ({e})")
            doc = {}
        notes = []
        for f in FIELDS:
            want, got = norm(gold.get(f)), norm(doc.get(f))
            if got is None:
                totals[f][1] += 1
                notes.append(f"{f}=null")
            elif got == want:
                totals[f][0] += 1
            else:
                totals[f][2] += 1
                notes.append(f"{f}={got!r} (gold {want!r})")
        print(f"{os.path.basename(path)}: {'; '.join(notes) or 'all right'}")
    n = len(files) or 1
    print(" ".join(f"{f} {t[0] / n:.3f} (null {t[1]}, wrong {t[2]})" for f, t in totals.items()))


if __name__ == "__main__":
    main()
