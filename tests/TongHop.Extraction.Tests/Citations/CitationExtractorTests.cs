using TongHop.Extraction.Citations;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Citations;

public sealed class CitationExtractorTests
{
    private static readonly CitationExtractor Extractor = new();

    [Theory]
    [InlineData("theo Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá", "Nghị quyết", "57-NQ/TW", "2024-12-22", "Bộ Chính trị")]
    [InlineData("Kế hoạch hành động số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy,", "Kế hoạch", "359-KH/TU", "2025-04-29", "Ban Thường vụ Tỉnh ủy")]
    [InlineData("Căn cứ Kế hoạch số 41/KH-UBND ngày 10 tháng 9 năm 2025 của Ủy\nban nhân dân tỉnh Quảng Ngãi về việc", "Kế hoạch", "41/KH-UBND", "2025-09-10", "Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData("Quyét dinh s6 327/0P-UBND ngay\n26/5/2025 cua UBND tinh)", "Quyết định", "327/QĐ-UBND", "2025-05-26", "UBND tinh")]
    [InlineData("Cong vin s 1005/UBND ngay 22/10/2025 V/v trién khai", "Công văn", "1005/UBND", "2025-10-22", null)]
    [InlineData("Gidy moi s6 36/GM-UBND ngay\n25/7/2025 ciaa UBND tinh, gần 200", "Giấy mời", "36/GM-UBND", "2025-07-25", "UBND tinh")]
    [InlineData("Nghi dlnh 42/2022/NDB-CP ngay 24/6/2022 cta Chinh phu", "Nghị định", "42/2022/NĐ-CP", "2022-06-24", "Chinh phu")]
    [InlineData("Thong béo so 309/TB-UBND ngay 30/5/2025 cia", "Thông báo", "309/TB-UBND", "2025-05-30", null)]
    [InlineData("Chỉ thị số 05/CT-TTg ngày 01/3/2025 của Thủ tướng Chính phủ;", "Chỉ thị", "05/CT-TTg", "2025-03-01", "Thủ tướng Chính phủ")]
    [InlineData("Thông tư số 02/2024/TT-BKHCN ngày 15/4/2024", "Thông tư", "02/2024/TT-BKHCN", "2024-04-15", null)]
    [InlineData("1Ké hoach s6 08/KH-UBND ngay 31/7/2025 ciia UBND xa", "Kế hoạch", "08/KH-UBND", "2025-07-31", "UBND xa")]
    [InlineData("Quyét dinh sb 02- Qb/BCD ngay\n02/10/20205 cua Trudng ban", "Quyết định", "02-QĐ/BCĐ", null, null)]
    [InlineData("(theo 1139/UBND-ANM ngày 07/11/2025)", "Công văn", "1139/UBND-ANM", "2025-11-07", null)]
    [InlineData("phổ biến Luật Dữ liệu số 60/2024/QH15 ngày 30/11/2024 của Quốc hội", "Luật", "60/2024/QH15", "2024-11-30", "Quốc hội")]
    [InlineData("Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 và", "Luật", "93/2025/QH15", null, null)]
    [InlineData("theo Bộ luật Lao động số 45/2019/QH14;", "Bộ luật", "45/2019/QH14", null, null)]
    [InlineData("Luật Khoa học. công nghệ và\nđổi mới sáng tạo số 93/2025/QH15 và", "Luật", "93/2025/QH15", null, null)] // OCR: a comma read as a full stop
    [InlineData("Chỉ thị số 05⁄CT-TTg ngày 23/02/2023 của Thủ tướng", "Chỉ thị", "05/CT-TTg", "2023-02-23", "Thủ tướng")] // a fraction slash
    [InlineData("Chương trình hành động số 12-CTr/TU ngày 05/3/2025 của Tỉnh ủy", "Chương trình hành động", "12-CTr/TU", "2025-03-05", "Tỉnh ủy")]
    [InlineData("Quyết định số 113 1/QĐ-TTg ngày 12/6/2025", "Quyết định", "1131/QĐ-TTg", "2025-06-12", null)]
    [InlineData("thực hiện Văn bản số 418/SNV-CCVC ngày 03/11/2025 của Sở Nội vụ,", "Văn bản", "418/SNV-CCVC", "2025-11-03", "Sở Nội vụ")] // as written
    [InlineData("các văn bản số 27/KH-UBND ngày 14/02/2025", "Kế hoạch", "27/KH-UBND", "2025-02-14", null)] // "văn bản" of a symbol with its type code
    [InlineData("Căn cứ Luật phòng, chống thiên tai số 33/2013/QH13;", "Luật", "33/2013/QH13", null, null)] // a law's name in lower case
    [InlineData("thực hiện Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị về", "Kết luận", "14-KL/TW", "2021-09-22", "Bộ Chính trị")]
    [InlineData("xử lý theo Quy định số 105-QĐ/TW ngày 19/12/2017 của Ban Chấp hành", "Quy định", "105-QĐ/TW", "2017-12-19", "Ban Chấp hành")] // the word written, not QĐ
    [InlineData("bãi bỏ Thông tư liên tịch số 21/2016/TTLT-BTC-BNV ngày 04/02/2016", "Thông tư liên tịch", "21/2016/TTLT-BTC-BNV", "2016-02-04", null)]
    [InlineData("theo Văn bản hợp nhất số 07/VBHN-BKHCN ngày 10/3/2023 của Bộ", "Văn bản hợp nhất", "07/VBHN-BKHCN", "2023-03-10", "Bộ")]
    [InlineData("Công điện số 45/CĐ-TTg ngày 08/4/2025 của Thủ tướng", "Công điện", "45/CĐ-TTg", "2025-04-08", "Thủ tướng")]
    [InlineData("(theo 18-KL/TW ngày 01/02/2025)", "Kết luận", "18-KL/TW", "2025-02-01", null)] // typed by its symbol
    [InlineData("thực hiện Nghị quyết số 71.3/2026/NQ-CP ngày 05/02/2026 của Chính phủ", "Nghị quyết", "71.3/2026/NQ-CP", "2026-02-05", "Chính phủ")] // a decimal part
    [InlineData("Căn cứ Luật Phòng, chống tác hại của rượu, bia và đồ uống có cồn trong cộng đồng dân cư số 44/2019/QH14;", "Luật", "44/2019/QH14", null, null)] // a long name
    [InlineData("Căn cứ Luật sửa đổi, bổ sung một số điều của 9 luật về tài chính số 56/2024/QH15;", "Luật", "56/2024/QH15", null, null)] // "luật" inside the name
    [InlineData("được sửa đổi bởi Pháp lệnh số 07/2022/UBTVQH15;", "Pháp lệnh", "07/2022/UBTVQH15", null, null)]
    [InlineData("theo Bộ luật số 100/2015/QH13 đã sửa đổi", "Bộ luật", "100/2015/QH13", null, null)]
    [InlineData("ban hành Quyết định số I 24/QĐ-UBND ngày 05/9/2025 thành lập", "Quyết định", "124/QĐ-UBND", "2025-09-05", null)] // scan OCR: 1 read as I
    [InlineData("và Quyết định số 207 I/QĐ-TTg ngày 03/3/2025 của Thủ tướng", "Quyết định", "2071/QĐ-TTg", "2025-03-03", "Thủ tướng")]
    public void Extract_Mention_ReadsTypeNumberDateIssuer(string text, string type, string number, string? date, string? issuer)
    {
        var citation = Assert.Single(Extractor.Extract(Parse(text)));
        Assert.Equal(type, citation.Type);
        Assert.Equal(number, citation.Number);
        Assert.Equal(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), citation.Date);
        Assert.Equal(issuer, citation.Issuer);
        Assert.StartsWith(text[citation.Span.Start..].Split(' ')[0], text[citation.Span.Start..citation.Span.End], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Số: 269/BC-UBND                Khánh Cường, ngày 03 tháng 12 năm 2025")]
    [InlineData("S6: 1464 [SKHCN-KH&PMST Qudng Ngdi, ngdy 16 thang 9 ndm 2025")]
    [InlineData("Liên hệ số điện thoại 0255.3822.123 hoặc 0912 345 678.")]
    [InlineData("Trang 2/5")]
    [InlineData("trong năm 2025, đạt 85,3%")]
    [InlineData("theo Kế hoạch số 02 của Ban chỉ đạo Trung ương")]
    [InlineData("thực hiện Đề án 06 của Chính phủ")]
    [InlineData("Báo cáo kết quả 9 tháng đầu năm 2025")]
    [InlineData("mã BC-UBND được dùng")]
    [InlineData("theo luật định số 12 đã nêu")]
    [InlineData("theo Luật. Số 12/KH-UBND")]
    [InlineData("năm 2025 12/KH")]
    [InlineData("STT | Chỉ tiêu | Kế hoạch 2025 | Thực hiện 2025 | So sánh")]
    [InlineData("nước thải đạt Quy chuẩn QCVN 14:2008/BTNMT ngày 31/12/2008 về chất lượng")] // a standard's code
    [InlineData("bảo đảm TCVN 7:2019/BKHCN ngày 05/7/2019")]
    [InlineData("theo quy định của luật tại điểm số 12/KH-UBND đã giao")] // "luật" in lower case names no law
    public void Extract_NotACitation_FindsNothing(string text) => Assert.Empty(Extractor.Extract(Parse(text)));

    [Fact]
    public void WithoutOwn_DropsTheDocumentsReferenceToItself()
    {
        var citations = Extractor.Extract(Parse("Thực hiện Kế hoạch số 5/KH-UBND ngày 02/01/2026.\n(Kèm theo Báo cáo số 45/BC-UBND ngày 19/12/2025 của UBND xã)"));
        Assert.Equal(2, citations.Count);
        Assert.Equal(["5/KH-UBND"], CitationExtractor.WithoutOwn(citations, "45/BC-UBND").Select(c => c.Number));
        Assert.Equal(2, CitationExtractor.WithoutOwn(citations, null).Count);
    }

    [Fact]
    public void Extract_SameDocumentTwice_OneEntryPerMention()
    {
        var citations = Extractor.Extract(Parse("Nghị quyết số 57-NQ/TW ngày 22/12/2024; Nghị quyết số 57-NQ/TW."));
        Assert.Equal(2, citations.Count);
        Assert.True(citations[0].Span.End <= citations[1].Span.Start);
        Assert.Null(citations[1].Date);
    }

    [Fact]
    public void Extract_SymbolWithoutTypeWord_AfterTypedOne_IsNotCountedTwice()
    {
        var citations = Extractor.Extract(Parse("Quyết định số 1288/0D-UBND, ngay 16/9/2025"));
        Assert.Equal("1288/QĐ-UBND", Assert.Single(citations).Number);
    }

    [Theory]
    [InlineData("được sửa đổi bởi các Luật số 12/2021/QH15, số 34/2022/QH15 và số 56/2023/QH15;", "Luật", "12/2021/QH15 34/2022/QH15 56/2023/QH15")]
    [InlineData("thi hành các Nghị định số 15/2024/NĐ-CP, 27/2024/NĐ-CP của Chính phủ", "Nghị định", "15/2024/NĐ-CP 27/2024/NĐ-CP")]
    [InlineData("các Quyết định số 101/QĐ-UBND ngày 03/02/2025, 118/QĐ-SNV ngày 10/02/2025 và 7/QĐ-UBND", "Quyết định", "101/QĐ-UBND 118/QĐ-SNV 7/QĐ-UBND")]
    [InlineData("Luat s6 12/2021/QH15, s6 34/2022/QH15 va s6 56/2023/QH15", "Luật", "12/2021/QH15 34/2022/QH15 56/2023/QH15")] // English OCR
    [InlineData("Căn cứ Luật Đầu tư số 61/2020/QH14, 03/2022/QH15;", "Luật", "61/2020/QH14 03/2022/QH15")] // another legislature
    public void Extract_ListUnderOneTypeWord_EveryNumberHasThatType(string text, string type, string numbers)
    {
        var citations = Extractor.Extract(Parse(text));
        Assert.Equal(numbers.Split(' '), citations.Select(c => c.Number));
        Assert.All(citations, c => Assert.Equal(type, c.Type));
    }

    [Fact]
    public void Extract_ListOfAnotherSymbol_IsNotJoined()
    {
        var citation = Assert.Single(Extractor.Extract(Parse("theo Kế hoạch số 14/KH-UBND, 22/BC-UBND và các văn bản khác")));
        Assert.Equal("14/KH-UBND", citation.Number);
    }

    [Fact]
    public void Extract_ListItem_KeepsItsOwnDate()
    {
        var citations = Extractor.Extract(Parse("các Quyết định số 101/QĐ-UBND ngày 03/02/2025, 118/QĐ-UBND ngày 10/02/2025"));
        Assert.Equal([new DateOnly(2025, 2, 3), new DateOnly(2025, 2, 10)], citations.Select(c => c.Date));
    }

    [Fact]
    public void Extract_HostileInput_IsBounded()
    {
        var text = string.Concat(Enumerable.Repeat("Quyết định số 1/QĐ-UBND ngày 01/01/2025; ", 6000));
        Assert.Equal(CitationExtractor.MaxCitations, Extractor.Extract(Parse(text)).Count);
    }

    private static ParsedDocument Parse(string text) => new DocumentParser().Parse(text);
}
