namespace TongHop.Repair.Tests;

public sealed class VietnameseTextRepairerTests
{
    private static readonly VietnameseTextRepairer Repairer = VietnameseTextRepairer.Default;

    [Fact]
    public void Repair_RestoresGarbledReportLine()
    {
        var result = Repairer.Repair("Thuc hién chuyén d6i s6 va Pé an 06 tai UBND x4, nim 2025");
        Assert.Equal("Thực hiện chuyển đổi số và Đề án 06 tại UBND xã, năm 2025", result.Restored);
        Assert.True(result.Repaired);
        Assert.True(result.Quality < 0.7);
    }

    [Fact]
    public void Repair_ReadsTheListMarkerCentAsC()
    {
        var restored = Repairer.Repair("b) Bao dam ha tang s6 tai cac thon;\n¢) Day manh dich vu cong truc tuyén.").Restored.Split('\n');
        Assert.StartsWith("c) Đẩy mạnh", restored[1], StringComparison.Ordinal);
        Assert.StartsWith("b) Bảo đảm", restored[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_GivesTheSameTextAfterALongerDocumentOnTheSameThread()
    {
        // A thread keeps its token lists between documents: a shorter document after a longer one must not see its tokens.
        const string shortText = "Két qua trién khai\nctia Ban Chi dao";
        var first = Repairer.Repair(shortText).Restored;
        var longer = string.Join('\n', Enumerable.Repeat("Thuc hién chuyén d6i s6 va Pé an 06 tai UBND x4, nim 2025 cua cac thon ban", 40));
        Assert.StartsWith("Thực hiện chuyển đổi số", Repairer.Repair(longer).Restored, StringComparison.Ordinal);
        Assert.Equal(first, Repairer.Repair(shortText).Restored);
        Assert.Equal("Kết quả triển khai\ncủa Ban Chỉ đạo", first);
    }

    [Fact]
    public void Repair_RestoresAllCapsHeading() =>
        Assert.Equal("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", Repairer.Repair("CONG HOA XA HQI CHU NGHIA VIET NAM").Restored);

    [Fact]
    public void Repair_KeepsLineCountAndBlankLines()
    {
        const string text = "Két qua trién khai\n\n  \nctia Ban Chi dao\r\ntinh Quang Ngai\n";
        var restored = Repairer.Repair(text).Restored;
        Assert.Equal(text.Split('\n').Length, restored.Split('\n').Length);
        Assert.Equal("", restored.Split('\n')[1]);
        Assert.Equal("  ", restored.Split('\n')[2]);
        Assert.EndsWith("\r", restored.Split('\n')[3], StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_LeavesCleanTextUnchanged()
    {
        const string text = "Ủy ban nhân dân xã đã tập trung lãnh đạo, chỉ đạo triển khai các nhiệm vụ\ntheo Nghị quyết số 57-NQ/TW ngày 22/12/2024.";
        var result = Repairer.Repair(text);
        Assert.Equal(text, result.Restored);
        Assert.False(result.Repaired);
        Assert.Equal(1.0, result.Quality);
    }

    [Fact]
    public void Repair_KeepsNumbersSymbolsLinksAndAbbreviations()
    {
        var restored = Repairer.Repair("Ké hoach s6 359-KH/TU ngay 29/4/2025 cua UBND, TTHC, VNeID, iOffice tai https://dichvucong.gov.vn dat 85,3%").Restored;
        foreach (var kept in new[] { "359-KH/TU", "29/4/2025", "UBND,", "TTHC,", "VNeID,", "iOffice", "https://dichvucong.gov.vn", "85,3%" })
        {
            Assert.Contains(kept, restored, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Repair_RestoresĐInsideSymbols() =>
        Assert.Contains("223/QĐ-UBND", Repairer.Repair("Quyét dinh s6 223/QD-UBND ngay 15/11/2024").Restored, StringComparison.Ordinal);

    [Fact]
    public void Repair_EmptyTextStaysEmpty() => Assert.Equal("", Repairer.Repair("").Restored);

    [Fact]
    public void Repair_IsThreadSafe()
    {
        const string text = "Két qua cong tac vé khoa hoc, cong nghé va Poi méi sang tao";
        var expected = Repairer.Repair(text).Restored;
        var results = new string[16];
        Parallel.For(0, results.Length, i => results[i] = Repairer.Repair(text).Restored);
        Assert.All(results, r => Assert.Equal(expected, r));
    }

    [Theory]
    [InlineData("_ 1IL PANH GIA CHUNG", "_ III ĐÁNH GIÁ CHUNG")]
    [InlineData("I1. Két qua cong tac chuyén ddi so", "II. Kết quả công tác chuyển đổi số")]
    [InlineData("I11. Thuén loi, han ché", "III. Thuận lợi, hạn chế")]
    [InlineData("¢) Pay manh tng dung", "c) Đẩy mạnh ứng dụng")] // the marker c), ¢ read for its c
    public void Repair_KeepsSectionNumbersAtLineStart(string input, string expected) =>
        Assert.Equal(expected, Repairer.Repair(input).Restored);

    [Theory]
    [InlineData("Tong ket nim 2025 ctia x\u0301a Binh Minh")]
    [InlineData("Ty 1\u0302e\u0301 s6\u0301 hoa ho so dat 100%")]
    [InlineData("Pang uy xa\u0303\u0301 lanh dao")]
    public void Repair_WritesNfcEvenWhereTheOcrLeftCombiningMarks(string input)
    {
        var restored = Repairer.Repair(input).Restored;
        Assert.True(restored.IsNormalized(System.Text.NormalizationForm.FormC), restored);
    }

    [Fact]
    public void Repair_ReadsGarbledPlaceNamesAsTheOfficialOnes()
    {
        // Units of the official lists, written in words of our own; where two communes share a spelling but for the accents
        // (Đồng Lộc, Đông Lộc), the district and province settle it.
        var restored = Repairer.Repair("UBND phudng Truong Vinh bdo cdo.\nUy ban nhan dan x3 Pong Loc, huyén Can Léc, tinh Ha Tinh").Restored;
        Assert.Contains("phường Trường Vinh", restored, StringComparison.Ordinal);
        Assert.Contains("xã Đồng Lộc, huyện Can Lộc, tỉnh Hà Tĩnh", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_ReadsACapitalAndGAsAWordWithAHookedVowel()
    {
        // English OCR reads the hooked ở of a capitalised Sở as G; "SG" is a word, not an abbreviation.
        var restored = Repairer.Repair("Theo dé nghi cua SG Tai chinh, UBND tinh da phé duyét ké hoach").Restored;
        Assert.Contains("của Sở Tài chính", restored, StringComparison.Ordinal);
    }

    [Fact]
    public void Repair_VietnameseOcr_RestoresTonesInContextAndDigitsInNumbers()
    {
        const string ocr = "Ngày l6/9/2025, Tố công nghệ số cộng đồng của xã đã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.";
        var result = Repairer.Repair(ocr, "ocr");
        Assert.Equal("Ngày 16/9/2025, Tổ công nghệ số cộng đồng của xã đã hướng dẫn người dân sử dụng dịch vụ công trực tuyến.", result.Restored);
        Assert.True(result.Repaired);
    }

    [Fact]
    public void Repair_VietnameseOcr_PutsBackTheGraveOfQuyềnAfterChínhInAnyCase()
    {
        // Tesseract `vie` drops a grave in broken strokes: "quyên" is a word (quyên góp), but never after "chính".
        // (Left: "chính quyên hai cấp" inside a document, a phrase too new for the language model's corpus.)
        const string ocr = "Hội nghị tập huấn cho cán bộ\nchính quyên cấp xã về chuyển đổi số.\nXÂY DỰNG CHÍNH QUYÊN SỐ\nChính quyên địa phương các cấp.";
        var restored = Repairer.Repair(ocr, "ocr").Restored;
        Assert.Equal("Hội nghị tập huấn cho cán bộ\nchính quyền cấp xã về chuyển đổi số.\nXÂY DỰNG CHÍNH QUYỀN SỐ\nChính quyền địa phương các cấp.", restored);
    }

    [Fact]
    public void Repair_VietnameseOcr_TrustsTheLanguageModelMoreOnTextThatReadsBadly()
    {
        // A photocopy's broken strokes: a read u or ú, marks lost or turned, a y read v; the text's share of valid
        // syllables falls under the noisy threshold, and the language model then weighs more.
        const string ocr = "Ủy ban nhân dân xã đã gửi báo củo kế hoạch phát triển kinh tế xã hội năm 2026 tới Sở Tài chính.\n"
            + "Các phòng chuyên môn phối hợp kiểm tru hồ sơ đâv đủ, đúng thời hạn và tống hợp kết quả.\n"
            + "Đoàn kiểm tra đã làm việc vời lãnh đạo cúc đơn vị trực thuộc.";
        string[] right = ["báo cáo kế hoạch", "kiểm tra hồ sơ", "đầy đủ", "tổng hợp kết quả", "việc với lãnh đạo", "các đơn vị"];
        var noisy = Repairer.Repair(ocr, "ocr");
        Assert.True(noisy.Quality < new RepairOptions().NoisyVietnameseOcrQuality);
        var cautious = new VietnameseTextRepairer(RepairModel.Default, new RepairOptions(NoisyVietnameseOcrQuality: 0)).Repair(ocr, "ocr").Restored;
        var restoredNoisy = right.Count(r => noisy.Restored.Contains(r, StringComparison.Ordinal));
        var restoredCautious = right.Count(r => cautious.Contains(r, StringComparison.Ordinal));
        Assert.True(restoredNoisy >= 5, $"{restoredNoisy} of {right.Length}: {noisy.Restored}");
        Assert.True(restoredNoisy > restoredCautious, $"{restoredNoisy} against {restoredCautious}: {cautious}");
    }

    [Fact]
    public void Repair_VietnameseOcr_LeavesGoodVietnameseAlone()
    {
        const string text = "Thực hiện Kế hoạch số 12/KH-UBND, Ủy ban nhân dân phường đã tổ chức 05 lớp tập huấn kỹ năng số cho 240 lượt người;\n"
            + "tỷ lệ hồ sơ trực tuyến toàn trình đạt 86,4%, tăng 12% so với cùng kỳ. Nhờ vậy, người dân hài lòng hơn.\n\n"
            + "Nơi nhận:\n- Sở Khoa học và Công nghệ;\n- Lưu: VT.\n\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nHoàng Thị Thuỷ";
        var result = Repairer.Repair(text, "ocr");
        Assert.Equal(text, result.Restored);
        Assert.False(result.Repaired);
    }

    [Fact]
    public void Repair_TextFromElsewhereIsNotReadAsVietnameseOcr()
    {
        const string text = "Tố công nghệ số cộng đồng của xã đã hướng dẫn người dân.";
        Assert.Equal(text, Repairer.Repair(text, "pdf-text-layer").Restored);
    }
}
