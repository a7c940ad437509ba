using TongHop.Repair.Decoding;
using TongHop.Repair.Tokenization;

namespace TongHop.Repair.Tests.Decoding;

public sealed class NumberRepairTests
{
    [Theory]
    [InlineData("dat 8.2% so voi", "8,2")]
    [InlineData("ty 1é 112.65%.", "112,65")]
    [InlineData("dat 99.,6%", "99,6")]
    [InlineData("cong nghiép 4.0 va", null)]
    [InlineData("86.342 ngudi", null)]
    [InlineData("tang 1.250%", null)]
    [InlineData("muc 3.5 diém", null)]
    [InlineData("kinh phí 6.25 tỷ đồng", "6,25")]
    [InlineData("khoảng 3.4 trieu dong", "3,4")]
    [InlineData("đạt 72.5 phần trăm", "72,5")]
    [InlineData("dài 14.6 km", "14,6")]
    [InlineData("dat 61.3 phin tram, phan", "61,3")]
    [InlineData("co ban dat 88.4 phdn", "88,4")]
    [InlineData("dat 88.4 phin con lai", null)]
    [InlineData("dat 77.5 Phan tram", null)]
    [InlineData("Chợ 4.0 tại", null)]
    [InlineData("mục 2.1 tỷ lệ", null)]
    [InlineData("mục 1.2 Hà Nội", null)]
    [InlineData("thu 12.500 tỷ đồng", null)]
    [InlineData("Dân số | người | 1.200 | 1.180,5 | 98.4", "98,4")]
    [InlineData("Tỷ lệ | % | 75 | 81.3 | 108,4", "81,3")]
    [InlineData("2.3 | Hạ tầng số | | |", null)]
    [InlineData("| 3.1 | Kinh tế số |", null)]
    [InlineData("phiên bản 2.1 của phần mềm", null)]
    public void DecimalComma_RestoresTheCommaWhereTheContextShowsAQuantity(string line, string? expected)
    {
        var tokens = new List<RepairToken>();
        LineTokenizer.Tokenize(line, tokens);
        var t = tokens.FindLastIndex(t => t.Kind == TokenKind.Number && t.Core(line).Contains('.'));
        Assert.Equal(expected, DecimalComma.Restore(line, tokens, t));
    }

    [Theory]
    [InlineData("ngày l6/9/2025 của", "ngày 16/9/2025 của")]
    [InlineData("có I0 thôn, 0I tổ", "có 10 thôn, 01 tổ")]
    [InlineData("Số: Ø7/BC-UBND", "Số: 07/BC-UBND")]
    [InlineData("năm 2O25.", "năm 2025.")]
    [InlineData("mục II và lo lắng", "mục II và lo lắng")]
    [InlineData("Nghị quyết 57-NQ/TW", "Nghị quyết 57-NQ/TW")]
    [InlineData("lO người", "lO người")]
    [InlineData("Luật số 61/2024/QHI5 ngày", "Luật số 61/2024/QH15 ngày")]
    [InlineData("Số: 2187/BC-CAT-PC0I", "Số: 2187/BC-CAT-PC01")]
    [InlineData("có I.205/3.470 hộ", "có 1.205/3.470 hộ")]
    [InlineData("đạt 96,I%c, xã", "đạt 96,1%, xã")]
    [InlineData("đạt 100%c hồ sơ", "đạt 100% hồ sơ")]
    [InlineData("Chỉ thị số 07⁄CT-UBND", "Chỉ thị số 07/CT-UBND")]
    [InlineData("Quyết định I272⁄QĐ-TTg", "Quyết định 1272/QĐ-TTg")]
    [InlineData("quý II/2025, mục I.", "quý II/2025, mục I.")]
    [InlineData("khóa XIV, CO2 và IPv6", "khóa XIV, CO2 và IPv6")]
    [InlineData("tăng 5%, còn lại", "tăng 5%, còn lại")]
    [InlineData("cấp 2.OOO thẻ cho 14.OOO.OOO người", "cấp 2.000 thẻ cho 14.000.000 người")]
    [InlineData("bình quân 7,O lượt; giảm O,8% so với", "bình quân 7,0 lượt; giảm 0,8% so với")]
    [InlineData("ô số O, hạng O.K và mã 12.OO", "ô số O, hạng O.K và mã 12.OO")]
    public void DigitLookAlikes_PutsBackDigitsOnlyInsideNumbers(string line, string expected) =>
        Assert.Equal(expected, DigitLookAlikes.Restore(line));

    [Theory]
    [InlineData("Căn cứ Luật Tổ chức Chính phủ số 63 2025 QH15;", "Căn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;")]
    [InlineData("Nghị định số 35 2025:NĐ-CP ngày 25 tháng 02", "Nghị định số 35/2025/NĐ-CP ngày 25 tháng 02")]
    [InlineData("bởi Luật số 87 2025. QĐ-TTg và", "bởi Luật số 87/2025/QĐ-TTg và")]
    [InlineData("Thông tư 141 2024 TT-BQP quy định", "Thông tư 141/2024/TT-BQP quy định")]
    [InlineData("Luật Đấu thầu số J2 2023 Q15 ngày", "Luật Đấu thầu số J2/2023/QH15 ngày")]
    [InlineData("Luật số 64 3025 Q1 được sửa", "Luật số 64/2025/Q1 được sửa")]
    [InlineData("Nghị định số 2142025 NĐ-CP ngày 04", "Nghị định số 214/2025/NĐ-CP ngày 04")]
    [InlineData("Nghị định số 150 2025/NĐ-CP ngày 12", "Nghị định số 150/2025/NĐ-CP ngày 12")]
    [InlineData("theo Nghị quyết số 203/2025 Q15, Quốc hội", "theo Nghị quyết số 203/2025/QH15, Quốc hội")]
    [InlineData("Nghị định số 26/\t2025/NĐ-CP của", "Nghị định số 26/2025/NĐ-CP của")]
    [InlineData("Nghị định số 156/2018.NĐ-CP được", "Nghị định số 156/2018/NĐ-CP được")]
    [InlineData("Nghị quyết số 203/20257QH15;", "Nghị quyết số 203/2025/QH15;")]
    [InlineData("Nghị định số 213 3025 7NĐ-CP ngày", "Nghị định số 213/2025/NĐ-CP ngày")]
    [InlineData("bởi Luật số 562024/QH15 và", "bởi Luật số 56/2024/QH15 và")]
    [InlineData("Số: 1372025/TT-BTC", "Số: 1372025/TT-BTC")]
    [InlineData("theo Công văn số 12025/BTC-QLKT của Bộ", "theo Công văn số 12025/BTC-QLKT của Bộ")] // a five-figure dispatch number
    [InlineData("Tạp chí số 3/2025 (Kỳ I) đăng", "Tạp chí số 3/2025 (Kỳ I) đăng")] // an issue and its year, not a document's number
    [InlineData("Bãi bỏ Quyết định số 731QĐ-BCT ngày", "Bãi bỏ Quyết định số 731/QĐ-BCT ngày")]
    [InlineData("năm 2025 có 15 xã, số 12/2025 Hà Nội", "năm 2025 có 15 xã, số 12/2025 Hà Nội")]
    [InlineData("Quyết định khen thưởng 12 tập thể năm 2025 7A", "Quyết định khen thưởng 12 tập thể năm 2025 7A")]
    [InlineData("số 12 20257Q1 và số 3 2025 7Ab", "số 12 20257Q1 và số 3 2025 7Ab")]
    [InlineData("số 12/2025 của Bộ và số 5/2025/ Về việc", "số 12/2025 của Bộ và số 5/2025/ Về việc")]
    [InlineData("số 15 QĐ-UBND, số 12QĐ và 2025/QĐ-TTg", "số 15 QĐ-UBND, số 12QĐ và 2025/QĐ-TTg")]
    [InlineData("mã 1232025/TT-BTC và số 12345QĐ-UBND", "mã 1232025/TT-BTC và số 12345QĐ-UBND")]
    [InlineData("có hiệu lực từ ngày 20 tháng 02 năm 3026.", "có hiệu lực từ ngày 20 tháng 02 năm 2026.")]
    [InlineData("Luật số 63/2025/QH15 ngày", "Luật số 63/2025/QH15 ngày")]
    [InlineData("có 12 2025 người", "có 12 2025 người")]
    [InlineData("số 12 2025 Hà Nội", "số 12 2025 Hà Nội")]
    [InlineData("số liệu 15 2024 và 16 2025 Tổng", "số liệu 15 2024 và 16 2025 Tổng")]
    [InlineData("tổng 12345 2025 NĐ-CP", "tổng 12345 2025 NĐ-CP")]
    [InlineData("mã 12025 NĐ-CP", "mã 12025 NĐ-CP")]
    [InlineData("số UBND 2025 QĐ-TTg", "số UBND 2025 QĐ-TTg")]
    [InlineData("năm 2025, năm 3100 và 13025", "năm 2025, năm 3100 và 13025")]
    public void DocumentNumberSlashes_PutBackOnlyANumberYearAndCode(string line, string expected) =>
        Assert.Equal(expected, DocumentNumberSlashes.Restore(line));

    [Theory]
    [InlineData("bởi Luật số 57/2024/Q,H15 và Luật số 9/2022/Q15;", "bởi Luật số 57/2024/QH15 và Luật số 9/2022/QH15;")]
    [InlineData("Nghị định số 138/2021/NĐ-C.P ngày 31", "Nghị định số 138/2021/NĐ-CP ngày 31")]
    [InlineData("theo Nghị định số 01/2020/NĐ-€P;", "theo Nghị định số 01/2020/NĐ-CP;")]
    [InlineData("Nghị định số 165/2016/NĐ-CPP ngày 24", "Nghị định số 165/2016/NĐ-CP ngày 24")]
    public void DocumentNumberSlashes_MendTheCitedCodesBrokenAfterTheYear(string line, string expected) =>
        Assert.Equal(expected, DocumentNumberSlashes.Restore(line));

    [Theory]
    [InlineData("Nghị quyết số 12/2024/NQ-CP và Quyết định số 5/2025/QĐ-UBND")]
    [InlineData("Luật số 7/2025/QH15 và kho Q15 của xã")]
    [InlineData("mã 12/2025/Q15A và 3/2025/NĐ-C.P2")]
    [InlineData("phụ lục 2/Q15 và 2025/NĐ-C.P")]
    public void DocumentNumberSlashes_LeaveOtherCodesAndPlaces(string line) =>
        Assert.Same(line, DocumentNumberSlashes.Restore(line));

    [Theory]
    [InlineData("theo Nghị định sỐ 13", "theo Nghị định số 13")]
    [InlineData("vùng biên gIỚI phía", "vùng biên giới phía")]
    [InlineData("phần mềm iOffice và eKYC", "phần mềm iOffice và eKYC")]
    [InlineData("KẾT QUẢ THỰC HIỆN", "KẾT QUẢ THỰC HIỆN")]
    public void CaseSlips_LowersMarkedCapitalsInsideASmallWord(string line, string expected) =>
        Assert.Equal(expected, CaseSlips.Restore(line));

    [Theory]
    [InlineData("bảo vệ môi trường và XÂY dựng nông thôn MỚI.", "bảo vệ môi trường và xây dựng nông thôn mới.")]
    [InlineData("không áp dụng đối với VIỆC:", "không áp dụng đối với việc:")]
    [InlineData("người có thẩm QUYỀN tạm giữ", "người có thẩm quyền tạm giữ")]
    [InlineData("của UBND tỉnh và HĐND xã", "của UBND tỉnh và HĐND xã")]
    [InlineData("sản phẩm OCOP và nông sản", "sản phẩm OCOP và nông sản")]
    [InlineData("Dòng thứ hai: “TẶNG”; chữ in hoa", "Dòng thứ hai: “TẶNG”; chữ in hoa")]
    [InlineData("tang vật. ĐỐI với tang vật", "tang vật. ĐỐI với tang vật")]
    [InlineData("KHUYẾN NÔNG CẤP TỈNH", "KHUYẾN NÔNG CẤP TỈNH")]
    [InlineData("theo Điều 5 LUẬT NÀY", "theo Điều 5 LUẬT NÀY")]
    [InlineData("hết quý II năm 2026", "hết quý II năm 2026")]
    public void CapitalWords_AmidSmallLettersAreSmall(string line, string expected)
    {
        string[] lines = [line];
        CaseSlips.RestoreCapitalWords(lines);
        Assert.Equal(expected, lines[0]);
    }

    [Fact]
    public void CapitalWords_AtALinesEndFollowTheNextLine()
    {
        string[] lines = ["quản lý nhà thầu NƯỚC", "ngoài;", "hồ sơ mời THẦU", "Điều 2. Phạm vi"];
        Assert.Equal([0], CaseSlips.RestoreCapitalWords(lines));
        Assert.Equal("quản lý nhà thầu nước", lines[0]);
        Assert.Equal("hồ sơ mời THẦU", lines[2]);
    }

    [Fact]
    public void SectionNumerals_RestoreTheSequenceWhereOneStrokeBreaksIt()
    {
        string[] lines =
        [
            "I. TÌNH HÌNH CHUNG", "nội dung", "H. KẾT QUẢ ĐẠT ĐƯỢC", "1. Hạ tầng số", "II. KHÓ KHĂN, VƯỚNG MẮC",
            "IV. NHIỆM VỤ THỜI GIAN TỚI", "ll. ĐỀ XUẤT", "mục II là", "PHỤ LỤC", "I. BIỂU SỐ LIỆU", "II. DANH MỤC",
        ];
        var changed = SectionNumerals.Restore(lines);
        Assert.Equal(
            ["I. TÌNH HÌNH CHUNG", "nội dung", "II. KẾT QUẢ ĐẠT ĐƯỢC", "1. Hạ tầng số", "III. KHÓ KHĂN, VƯỚNG MẮC",
             "IV. NHIỆM VỤ THỜI GIAN TỚI", "ll. ĐỀ XUẤT", "mục II là", "PHỤ LỤC", "I. BIỂU SỐ LIỆU", "II. DANH MỤC"],
            lines);
        Assert.Equal([2, 4], changed);
    }

    [Fact]
    public void SectionNumerals_KeepARepeatThatIsNotOneStrokeFromTheNext()
    {
        string[] lines = ["I. MỞ ĐẦU", "II. NỘI DUNG", "V. KẾT LUẬN", "II KIẾN NGHỊ", "VI. PHỤ LỤC"];
        SectionNumerals.Restore(lines);
        Assert.Equal(["I. MỞ ĐẦU", "II. NỘI DUNG", "V. KẾT LUẬN", "II KIẾN NGHỊ", "VI. PHỤ LỤC"], lines);
    }

    [Fact]
    public void PageNumbers_AreTheRunningSequenceBesideBlankLines()
    {
        string[] lines = ["Báo cáo", "", "2", "", "nội dung", "15", "", "3", "nội dung", "", "", "5", "", "9", ""];
        var found = PageNumbers.Find(lines, [.. lines.Select(_ => true)]);
        Assert.Equal([2, 7, 11], Enumerable.Range(0, lines.Length).Where(i => found[i]));
    }

    [Fact]
    public void PageNumbers_OnlyOnLinesBeingRepaired()
    {
        string[] lines = ["", "2", ""];
        Assert.DoesNotContain(true, PageNumbers.Find(lines, [false, false, false]));
    }
}
