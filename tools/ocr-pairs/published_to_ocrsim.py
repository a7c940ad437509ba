#!/usr/bin/python3
"""Turns a published document (../shared/samples/published/docs/*.txt: header rows with TABs, paragraphs
separated by blank lines, underline rows of - or _) into ocrsim's input conventions, cut to about one or two
pages: the header rows, the title and its summary as consecutive lines, the first paragraphs of the body
(up to MAXCHARS characters), then the signature block with blank lines before the signer's name. The
"(Đã ký)" line of a published copy is dropped: a scan carries the signature itself.

published_to_ocrsim.py SRC.txt DEST.txt [MAXCHARS]
"""
import re, sys

src, dest = sys.argv[1], sys.argv[2]
limit = int(sys.argv[3]) if len(sys.argv) > 3 else 2200
lines = [l.rstrip() for l in open(src, encoding="utf-8")]
rule = re.compile(r"^[\s\-_=.]*$")
signed = re.compile(r"^\(\s*đã\s+k[ýí]\s*\)$", re.I)

header, rest = [], []
for i, line in enumerate(lines):
    if "\t" in line or rule.match(line):
        if line.strip() and not rule.match(line.replace("\t", " ")):
            header.append("\t".join(rule.sub("", c) for c in line.split("\t")))
        continue
    rest = lines[i:]
    break

# The signature block: the trailing TAB rows (and the left column's "Nơi nhận" list when it is written alone).
tail_start = len(rest)
for j in range(len(rest) - 1, -1, -1):
    l = rest[j]
    if l.strip() == "" or "\t" in l or l.startswith("- ") or l.lower().startswith("nơi nhận") or signed.match(l.strip()):
        tail_start = j
        continue
    if len(l) < 40 and l.strip() and l.strip() == l.strip().upper():
        tail_start = j
        continue
    break
body, tail = rest[:tail_start], rest[tail_start:]

out = header[:]
paras = [p.strip() for p in body if p.strip() and not rule.match(p)]
# Title (upper case) and its summary lines (up to the first "Căn cứ", "Kính gửi" or numbered part) stay together.
k = 0
if paras and paras[0] == paras[0].upper():
    out.append("")
    out.append(paras[0])
    k = 1
    while k < len(paras) and not re.match(r"^(Căn cứ|Kính gửi|Theo|Thực hiện|Điều|I\.|1\.|Chương)", paras[k]) and len(paras[k]) < 200:
        out.append(paras[k])
        k += 1
    out.append("")
used = 0
for p in paras[k:]:
    if used + len(p) > limit and used > 0:
        break
    out.append(p)
    used += len(p)
out.append("")
sig = [l for l in tail if l.strip() and not signed.match(l.strip())]
names = [l for l in sig if "\t" in l]
for l in sig:
    if l is names[-1] if names else False:
        out.extend(["\t", "\t", "\t"])
    out.append(l if "\t" in l else l + "\t")
open(dest, "w", encoding="utf-8").write("\n".join(out).rstrip("\n") + "\n")
