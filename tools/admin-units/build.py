#!/usr/bin/env python3
"""Builds src/TongHop.Text/Places/Data/admin-units.tsv.gz from the statistics office's tables in
../shared/data/admin-units (see its README for their provenance). Run from the repo root:

    python3 tools/admin-units/build.py [../shared/data/admin-units]

The output is deterministic (sorted rows, gzip without a timestamp), so a rebuild from the same tables gives
the same bytes. Rows (TAB-separated, names with their level word, Unicode NFC, classic tone placement
"Hòa", "Thụy"):
    P  code  name                         a province or centrally-run city from 1 July 2025
    C  code  name  province               a commune, ward or special zone from 1 July 2025
    p  code  name                         a province before 1 July 2025
    d  code  name  province               a district-level unit before 1 July 2025 (abolished)
    c  code  name  district  successors   a commune before 1 July 2025, with the code(s) of the unit(s) it went into
"""
import csv, gzip, io, os, re, sys, unicodedata

src = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/admin-units"
out = "src/TongHop.Text/Places/Data/admin-units.tsv.gz"

# Classic tone placement on oa, oe, uy without a final consonant ("hoà" → "hòa", "thuỵ" → "thụy").
TONED = {"à": "a\u0300", "á": "a\u0301", "ả": "a\u0309", "ã": "a\u0303", "ạ": "a\u0323",
         "è": "e\u0300", "é": "e\u0301", "ẻ": "e\u0309", "ẽ": "e\u0303", "ẹ": "e\u0323",
         "ỳ": "y\u0300", "ý": "y\u0301", "ỷ": "y\u0309", "ỹ": "y\u0303", "ỵ": "y\u0323"}

def classic(word):
    m = re.fullmatch(r"(.*?)([oOuU])([àáảãạèéẻẽẹỳýỷỹỵ])", word)
    if not m or (m.group(2) in "uU" and m.group(3) not in "ỳýỷỹỵ") or (m.group(2) in "oO" and m.group(3) in "ỳýỷỹỵ"):
        return word
    if m.group(1).lower().endswith("q"):  # "quả", "quý": u is part of the onset
        return word
    base, mark = TONED[m.group(3)][0], TONED[m.group(3)][1]
    return unicodedata.normalize("NFC", m.group(1) + m.group(2) + mark + base)

LEVELS = ["thành phố", "thị trấn", "thị xã", "đặc khu", "phường", "huyện", "quận", "tỉnh", "xã"]
FOLD = {"xa": "xã", "phuong": "phường", "huyen": "huyện", "quan": "quận", "tinh": "tỉnh", "thi xa": "thị xã",
        "thi tran": "thị trấn", "thanh pho": "thành phố", "dac khu": "đặc khu"}

def fold(s):
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if unicodedata.category(c) != "Mn").lower()

def clean(name):
    name = unicodedata.normalize("NFC", name)
    name = re.sub(r"[\s\u00a0\u200b\ufeff]+", " ", name).strip()
    name = re.sub(r"\s*\(\d+\)$", "", name)            # "Tỉnh Cao Bằng (04)"
    words = name.split(" ")
    for n in (2, 1):                                    # the level word, whatever its case or marks
        key = fold(" ".join(words[:n]))
        if key in FOLD:
            level = FOLD[key]
            rest = " ".join(classic(w) for w in words[n:])
            return level[0].upper() + level[1:] + (" " + rest if rest else "")
    raise SystemExit(f"no level word in {name!r}")

def code_of(text):
    m = re.search(r"\((\d+)\)\s*$", text.strip())
    return m.group(1) if m else None

P, C, p, d, c = {}, {}, {}, {}, {}
with open(os.path.join(src, "communes-before-2025-07.csv"), encoding="utf-8") as f:
    rows = list(csv.reader(f))[1:]
for r in rows:
    p[r[1]] = clean(r[0])
    d[r[3]] = (clean(r[2]), r[1])
    if r[5].strip():
        c[r[5].strip()] = [clean(r[4]), r[3], set()]

with open(os.path.join(src, "communes-2025-07-conversion.csv"), encoding="utf-8") as f:
    rows = [r for r in list(csv.reader(f))[2:] if r[1].strip()]
for r in rows:
    prov = code_of(r[0])
    P[prov] = clean(r[0])
    code = r[2].strip()
    name = clean(r[1])
    if code not in C or len(C[code][0]) < len(name):  # one unit spelt twice: keep one spelling
        C[code] = (name, prov)
    old, district = r[4].strip(), code_of(r[6])
    old_prov = code_of(r[7])
    if district and district not in d and old_prov:
        d[district] = (clean(r[6]), old_prov)
    if old:
        if old not in c:  # a ward created after the 4 January 2025 list
            c[old] = [clean(r[3]), district, set()]
        c[old][2].add(code)

for k, (name, prov) in C.items():
    assert prov in P, (k, name)
lines = ["# Vietnam's administrative units (General Statistics Office; see ../shared/data/admin-units/README.md)."]
lines += [f"P\t{k}\t{P[k]}" for k in sorted(P)]
lines += [f"C\t{k}\t{C[k][0]}\t{C[k][1]}" for k in sorted(C)]
lines += [f"p\t{k}\t{p[k]}" for k in sorted(p)]
lines += [f"d\t{k}\t{d[k][0]}\t{d[k][1]}" for k in sorted(d)]
lines += [f"c\t{k}\t{v[0]}\t{v[1]}\t{','.join(sorted(v[2]))}" for k, v in sorted(c.items())]
data = ("\n".join(lines) + "\n").encode("utf-8")
os.makedirs(os.path.dirname(out), exist_ok=True)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0, compresslevel=9) as g:
    g.write(data)
open(out, "wb").write(buf.getvalue())
print(f"{out}: {len(P)} provinces, {len(C)} communes (2025); {len(p)} provinces, {len(d)} districts, {len(c)} communes before; "
      f"{len(data)} bytes, {len(buf.getvalue())} compressed")
