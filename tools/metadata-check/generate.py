#!/usr/bin/env python3
"""Writes documents TongHop has never seen, with their metadata gold, to check the header and signature readers
beyond the development set: issuers drawn from the shipped lists (any of the 3,321 communes, wards and special zones,
any province, the ministries, departments, police), numbers, dates, signature blocks of every kind, signers' names
made up from family, middle and given names. Nothing here comes from ../shared/samples.

  tools/metadata-check/generate.py OUTDIR [--count N] [--seed S] [--merge-columns]

OUTDIR gets docs/NNN.txt and gold/NNN.json (the shape ../shared/tools/score/score_extract.py reads). With
--merge-columns the two header and signature columns are run into one line with spaces, as an OCR engine gives them.
Run tools/metadata-check/run to generate, extract and score in one go.
"""
import argparse
import gzip
import json
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
UNITS = os.path.join(HERE, "..", "..", "src", "TongHop.Text", "Places", "Data", "admin-units.tsv.gz")

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đào",
          "Đinh", "Trịnh", "Lương", "Hà", "Tạ", "Cao", "Mai", "Quách", "Kiều", "Nông", "Lò", "Sùng", "Triệu", "Châu"]
MIDDLE = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Ngọc", "Xuân", "Công", "Thị Kim", "Đình", "Bá", "A"]
GIVEN = ["An", "Bình", "Cường", "Dũng", "Giang", "Hạnh", "Khánh", "Lợi", "Nhàn", "Oanh", "Phong", "Quyết", "Sang",
         "Tâm", "Uyên", "Vinh", "Xuyến", "Yến", "Hòa", "Thắng", "Tuấn", "Hưng", "Nghĩa", "Trọng", "Thu Trang", "Lâm"]

MINISTRIES = [("BỘ NỘI VỤ", "Bộ Nội vụ", "BNV"), ("BỘ TƯ PHÁP", "Bộ Tư pháp", "BTP"),
              ("BỘ XÂY DỰNG", "Bộ Xây dựng", "BXD"), ("BỘ Y TẾ", "Bộ Y tế", "BYT"),
              ("BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Bộ Nông nghiệp và Môi trường", "BNNMT"),
              ("BỘ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Bộ Văn hóa, Thể thao và Du lịch", "BVHTTDL"),
              ("BỘ DÂN TỘC VÀ TÔN GIÁO", "Bộ Dân tộc và Tôn giáo", "BDTTG"), ("BỘ CÔNG THƯƠNG", "Bộ Công Thương", "BCT")]
DEPARTMENTS = [("SỞ NỘI VỤ", "Sở Nội vụ", "SNV"), ("SỞ TÀI CHÍNH", "Sở Tài chính", "STC"),
               ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "Sở Giáo dục và Đào tạo", "SGDĐT"), ("SỞ Y TẾ", "Sở Y tế", "SYT"),
               ("SỞ XÂY DỰNG", "Sở Xây dựng", "SXD"), ("SỞ CÔNG THƯƠNG", "Sở Công Thương", "SCT"),
               ("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "Sở Nông nghiệp và Môi trường", "SNNMT")]
TYPES = [("BÁO CÁO", "Báo cáo", "BC"), ("KẾ HOẠCH", "Kế hoạch", "KH"), ("THÔNG BÁO", "Thông báo", "TB"),
         ("TỜ TRÌNH", "Tờ trình", "TTr")]
SUBJECTS = ["Tình hình ứng dụng công nghệ số trong cải cách hành chính quý III",
            "Triển khai nền tảng học tập trực tuyến cho cán bộ cơ sở",
            "Kết quả số hóa hồ sơ lưu trữ và dịch vụ công trực tuyến",
            "Phát triển hạ tầng viễn thông và điểm truy cập không dây công cộng"]
BODY = ["Căn cứ chương trình công tác năm, đơn vị tổng kết các việc đã làm như sau:",
        "1. Đã rà soát toàn bộ thủ tục hành chính, đưa 42 thủ tục lên cổng dịch vụ công.",
        "2. Tổ chức 06 lớp tập huấn kỹ năng số cho 215 lượt người tham dự.",
        "3. Nâng cấp đường truyền cho các bộ phận một cửa; thời gian xử lý hồ sơ giảm rõ rệt.",
        "Trên đây là nội dung báo cáo, kính đề nghị cấp trên xem xét, chỉ đạo./."]
MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


def load_units():
    provinces, communes = {}, []
    with gzip.open(UNITS, "rt", encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            parts = line.rstrip("\n").split("\t")
            if parts[0] == "P":
                provinces[parts[1]] = parts[2]
            elif parts[0] == "C":
                communes.append((parts[2], parts[3]))
    return provinces, communes


def split_level(full):
    for level in ("Thành phố", "Tỉnh", "Phường", "Xã", "Đặc khu"):
        if full.startswith(level + " "):
            return level.lower(), full[len(level) + 1:]
    raise ValueError(full)


def upper(s):
    return unicodedata.normalize("NFC", s.upper())


def person(rng):
    return " ".join([rng.choice(FAMILY), rng.choice(MIDDLE), rng.choice(GIVEN)])


def date_line(rng, place):
    y = rng.choice([2025, 2026])
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    day = f"{d:02d}" if rng.random() < 0.6 else str(d)
    month = f"{m:02d}" if m < 3 and rng.random() < 0.5 else str(m)
    return f"{place}, ngày {day} tháng {month} năm {y}", f"{y}-{m:02d}-{d:02d}"


def issuer(rng, provinces, communes):
    """(left header lines, gold issuer, place of the date line, symbol suffix, signature marks)."""
    kind = rng.choice(["commune", "commune", "commune", "department", "police", "ministry", "party", "bhxh", "government",
                       "office"])
    if kind in ("commune", "party"):
        name, pcode = rng.choice(communes)
        level, short = split_level(name)
        plevel, pshort = split_level(provinces[pcode])
        if kind == "party":
            left = [f"ĐẢNG BỘ {upper(plevel)} {upper(pshort)}", f"ĐẢNG ỦY {upper(level)} {upper(short)}", "*"]
            return left, f"Đảng ủy {level} {short}", short, "ĐU", ("T/M ĐẢNG ỦY", ["BÍ THƯ", "PHÓ BÍ THƯ"]), True
        two_line = rng.random() < 0.6
        left = ["ỦY BAN NHÂN DÂN", f"{upper(level)} {upper(short)}"] if two_line else [f"ỦY BAN NHÂN DÂN {upper(level)} {upper(short)}"]
        return left, f"UBND {level} {short}", short, "UBND", ("TM. ỦY BAN NHÂN DÂN", ["CHỦ TỊCH", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH"]), False
    pcode = rng.choice(list(provinces))
    plevel, pshort = split_level(provinces[pcode])
    if kind == "department":
        up, name, sym = rng.choice(DEPARTMENTS)
        return [f"UBND {upper(plevel)} {upper(pshort)}", up], name, pshort, sym, (None, ["GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]), False
    if kind == "police":
        level_word = "TỈNH" if plevel == "tỉnh" else "THÀNH PHỐ"
        return ["BỘ CÔNG AN", f"CÔNG AN {level_word} {upper(pshort)}"], f"Công an {plevel} {pshort}", pshort, "CAT-PV01", \
            (None, ["GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]), False
    if kind == "bhxh":
        return ["BẢO HIỂM XÃ HỘI VIỆT NAM", "BẢO HIỂM XÃ HỘI", f"{upper(plevel)} {upper(pshort)}"], f"Bảo hiểm xã hội {plevel} {pshort}", \
            pshort, "BHXH", (None, ["GIÁM ĐỐC", "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC"]), False
    if kind == "government":
        if rng.random() < 0.5:
            return ["CHÍNH PHỦ"], "Chính phủ", "Hà Nội", "CP", ("TM. CHÍNH PHỦ", ["THỦ TƯỚNG", "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"]), False
        return ["THỦ TƯỚNG CHÍNH PHỦ"], "Thủ tướng Chính phủ", "Hà Nội", "TTg", (None, ["THỦ TƯỚNG", "KT. THỦ TƯỚNG\nPHÓ THỦ TƯỚNG"]), False
    if kind == "office":
        # Circular 01/2011 habits: someone signs for the director (TL./TUQ.), or an acting director (Q.).
        up, name, sym = rng.choice(DEPARTMENTS)
        return [f"UBND {upper(plevel)} {upper(pshort)}", up], name, pshort, sym, \
            (None, ["TUQ. GIÁM ĐỐC\nCHÁNH VĂN PHÒNG", "TL. GIÁM ĐỐC\nTRƯỞNG PHÒNG KẾ HOẠCH - TÀI CHÍNH", "Q. GIÁM ĐỐC"]), False
    up, name, sym = rng.choice(MINISTRIES)
    if len(up) > 22 and rng.random() < 0.5:
        cut = up.rfind(" VÀ ") if " VÀ " in up else up.rfind(" ", 0, 20)
        left = [up[:cut + (4 if " VÀ " in up else 0)].strip(), up[cut + (4 if " VÀ " in up else 0):].strip()]
    else:
        left = [up]
    return left, name, "Hà Nội", sym, (None, ["BỘ TRƯỞNG", "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG"]), False


def document(rng, provinces, communes, merge):
    left, gold_issuer, place, sym, (tm, roles), party = issuer(rng, provinces, communes)
    type_up, type_name, type_sym = rng.choice(TYPES)
    n = rng.randint(3, 3999)
    if party:
        number = f"{n}-{type_sym}/{sym}"
    elif sym in ("CP", "TTg") or (sym in {m[2] for m in MINISTRIES} and rng.random() < 0.5):
        decision = rng.choice([("QUYẾT ĐỊNH", "Quyết định", "QĐ"), ("NGHỊ QUYẾT", "Nghị quyết", "NQ"), ("CHỈ THỊ", "Chỉ thị", "CT")])
        type_up, type_name, type_sym = decision
        year = rng.choice([2025, 2026])
        number = f"{n % 400}/{year}/{type_sym}-{sym}" if rng.random() < 0.5 else f"{n}/{type_sym}-{sym}"
        if type_sym == "NQ" and sym == "CP" and rng.random() < 0.5:
            number = f"{n % 90}.{rng.randint(1, 15)}/{year}/NQ-CP"
    else:
        number = f"{n}/{type_sym}-{sym}"
    dl, iso = date_line(rng, place)
    right = ["ĐẢNG CỘNG SẢN VIỆT NAM", ""] if party else list(MOTTO)
    number_line = f"Số {number}" if party else f"Số: {number}"
    rows = []
    for i in range(max(len(left), len(right))):
        rows.append((left[i] if i < len(left) else "", right[i] if i < len(right) else ""))
    rows.append((number_line, dl))
    lines = []
    sep = "   " if merge else "\t"
    for l, r in rows:
        lines.append((l + sep + r).rstrip() if r else l)
    lines += ["", type_up, rng.choice(SUBJECTS), ""] + BODY + [""]
    signer = person(rng)
    role = rng.choice(roles)
    sig = ([tm] if tm else []) + role.split("\n")
    extra = rng.choice([[], ["(Đã ký)"], ["(đã ký)"], ["Đã ký"], ["(Ký tên, đóng dấu)"], [""], ["", ""]])
    rank = "Đại tá " if "CAT" in sym and rng.random() < 0.5 else ""
    right_col = sig + extra + [rank + signer]
    left_col = ["Nơi nhận:", "- Như trên;", "- Lưu: VT."]
    for i in range(max(len(left_col), len(right_col))):
        l = left_col[i] if i < len(left_col) else ""
        r = right_col[i] if i < len(right_col) else ""
        lines.append((l + sep + r).rstrip() if r else l)
    gold = {"issuer": gold_issuer, "number": number, "type": type_name, "place": place, "date": iso, "signer": signer}
    return "\n".join(lines) + "\n", gold


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--count", type=int, default=60)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--merge-columns", action="store_true")
    a = ap.parse_args()
    rng = random.Random(a.seed)
    provinces, communes = load_units()
    os.makedirs(os.path.join(a.out, "docs"), exist_ok=True)
    os.makedirs(os.path.join(a.out, "gold"), exist_ok=True)
    for i in range(a.count):
        text, gold = document(rng, provinces, communes, a.merge_columns)
        name = f"{i + 1:03d}"
        with open(os.path.join(a.out, "docs", name + ".txt"), "w", encoding="utf-8") as f:
            f.write(text)
        with open(os.path.join(a.out, "gold", name + ".json"), "w", encoding="utf-8") as f:
            json.dump({"source": name + ".txt", "document": gold, "citations": [], "indicators": [],
                       "citations_complete": False, "indicators_complete": False}, f, ensure_ascii=False, indent=1)


if __name__ == "__main__":
    main()
