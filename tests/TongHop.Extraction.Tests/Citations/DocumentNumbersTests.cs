using TongHop.Extraction.Citations;

namespace TongHop.Extraction.Tests.Citations;

public sealed class DocumentNumbersTests
{
    [Theory]
    [InlineData("06/QĐÐ-TTg ngày", "06/QĐ-TTg")] // Tesseract reads Đ twice, the second as an eth
    [InlineData("05-CTr/ÐU ngày", "05-CTr/ĐU")]
    [InlineData("143/2025/TT-BT\u0421 ngày", "143/2025/TT-BTC")] // a Cyrillic С
    [InlineData("66.12/2026/NQ-CP ngày", "66.12/2026/NQ-CP")]
    [InlineData("57-NQ/TW ngày", "57-NQ/TW")]
    [InlineData("02-KH/BCDTW ngay", "02-KH/BCĐTW")]
    [InlineData("327/0P-UBND ngay", "327/QĐ-UBND")]
    [InlineData("327/Qb-\nUBND ngay", "327/QĐ-UBND")]
    [InlineData("51/KH- UBND ngay", "51/KH-UBND")]
    [InlineData("57- -NQ/TW ngay", "57-NQ/TW")]
    [InlineData("57 -NQ/TW", "57-NQ/TW")]
    [InlineData("31/2026/TT-BYT- -\tĐà Nẵng, ngày", "31/2026/TT-BYT")] // the place-and-date column after a TAB is no part
    [InlineData("31/2026/TT-BYT-\tHuế, ngày", "31/2026/TT-BYT")]
    [InlineData("1464 [SKHCN-KH&PMST Qudng Ngdi", "1464/SKHCN-KH&ĐMST")]
    [InlineData("5 1464/SKHCN-KH&DMST ngay", "1464/SKHCN-KH&ĐMST")]
    [InlineData("761/QB UBND, ngay", "761/QĐ-UBND")]
    [InlineData("359-KHITU ngay", "359-KH/TU")]
    [InlineData("06-CV/DU ngay", "06-CV/ĐU")]
    [InlineData("42/2022/NDB-CP ngay", "42/2022/NĐ-CP")]
    [InlineData("639/\nSKHCN-BCVT&CPS ngày", "639/SKHCN-BCVT&CĐS")]
    [InlineData("05/2024/QĐ-TTg của", "05/2024/QĐ-TTg")]
    [InlineData("06/QĐ-TTEg ngày", "06/QĐ-TTg")] // a stray capital inside TTg (Tesseract)
    [InlineData("1005/UBND ngày", "1005/UBND")]
    [InlineData("93/2025/QH15,", "93/2025/QH15")]
    [InlineData("71/2022/QHI5;", "71/2022/QH15")] // English OCR's I for the legislature's 1
    [InlineData("18/2008/QHl2 ngay", "18/2008/QH12")]
    [InlineData("45/2023/UBTVQHI5 ngay", "45/2023/UBTVQH15")]
    [InlineData("12/KH-BCI5 ngay", "12/KH-BCI5")] // another code's I stays as written
    public void ReadAt_Symbol_Normalises(string text, string expected) =>
        Assert.Equal(expected, DocumentNumbers.ReadAt(text, 0)?.Number);

    [Theory]
    [InlineData("Quyết định số I 24/QĐ-UBND ngày", 14, "124/QĐ-UBND")] // the first 1 read as I, split off
    [InlineData("Quyết định số I 24/QĐ-UBND ngày", 16, "124/QĐ-UBND")] // the same found from the digits
    [InlineData("Quyết định số 207 l/QĐ-TTg ngày", 14, "2071/QĐ-TTg")] // the last 1 read as l
    [InlineData("tại Mục I 24/KH-UBND", 10, "24/KH-UBND")] // no "số" before: a heading's numeral stays apart
    [InlineData("tại Mục I 24/KH-UBND", 8, null)]
    public void ReadAt_OneReadAsLetter_AfterNumberWord(string text, int index, string? expected) =>
        Assert.Equal(expected, DocumentNumbers.ReadAt(text, index)?.Number);

    [Theory]
    [InlineData("02 của Ban Chỉ đạo")]
    [InlineData("4/2025 của Ban")]
    [InlineData("0912.345.678")]
    [InlineData("22/12/2024")]
    [InlineData("06")]
    [InlineData("02\n- Something else")]
    [InlineData("abc")]
    [InlineData("")]
    public void ReadAt_NoSymbol_IsNull(string text) => Assert.Null(DocumentNumbers.ReadAt(text, 0));

    [Theory]
    [InlineData("57-NQ/TW", "Nghị quyết")]
    [InlineData("327/QĐ-UBND", "Quyết định")]
    [InlineData("02-KH/BCĐTW", "Kế hoạch")]
    [InlineData("309/TB-UBND", "Thông báo")]
    [InlineData("36/GM-UBND", "Giấy mời")]
    [InlineData("42/2022/NĐ-CP", "Nghị định")]
    [InlineData("05/CT-TTg", "Chỉ thị")]
    [InlineData("06-CV/ĐU", "Công văn")]
    [InlineData("46/UBND-VHXH", "Công văn")]
    [InlineData("1464/SKHCN-KH&ĐMST", "Công văn")]
    [InlineData("269/BC-UBND", "Báo cáo")]
    [InlineData("12/TTr-UBND", "Tờ trình")]
    public void FromSymbol_Number_ImpliesType(string number, string type) => Assert.Equal(type, DocumentTypes.FromSymbol(number));
}
