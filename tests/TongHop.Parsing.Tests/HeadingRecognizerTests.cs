using TongHop.Parsing;
using TongHop.Text.Numbers;

namespace TongHop.Parsing.Tests;

public sealed class HeadingRecognizerTests
{
    [Theory]
    [InlineData("I. KẾT QUẢ THỰC HIỆN", HeadingKind.Roman, "I", "KẾT QUẢ THỰC HIỆN")]
    [InlineData("II. Kết quả công tác chuyển đổi số", HeadingKind.Roman, "II", "Kết quả công tác chuyển đổi số")]
    [InlineData("Il. Két qua cong tac", HeadingKind.Roman, "II", "Két qua cong tac")]
    [InlineData("I11. Thuén loi, han ché", HeadingKind.Roman, "III", "Thuén loi, han ché")]
    [InlineData("_ 1IL PANH GIA CHUNG", HeadingKind.Roman, "III", "PANH GIA CHUNG")]
    [InlineData("HI. NHIỆM VỤ", HeadingKind.Roman, "III", "NHIỆM VỤ")]
    [InlineData("IV. ĐỀ XUẤT, KIẾN NGHỊ", HeadingKind.Roman, "IV", "ĐỀ XUẤT, KIẾN NGHỊ")]
    [InlineData("1. Công tác lãnh đạo, chỉ đạo", HeadingKind.Arabic, "1", "Công tác lãnh đạo, chỉ đạo")]
    [InlineData(" 3. Két qua vé hoat dong", HeadingKind.Arabic, "3", "Két qua vé hoat dong")]
    [InlineData("2.1. Hệ thống quản lý văn bản", HeadingKind.Arabic, "2.1", "Hệ thống quản lý văn bản")]
    [InlineData("2.1 Hệ thống quản lý văn bản", HeadingKind.Arabic, "2.1", "Hệ thống quản lý văn bản")]
    [InlineData("10. Kinh phí thực hiện", HeadingKind.Arabic, "10", "Kinh phí thực hiện")]
    [InlineData("a) Kết quả thực hiện các chỉ tiêu", HeadingKind.Letter, "a", "Kết quả thực hiện các chỉ tiêu")]
    [InlineData("¢) Pay manh tng dung", HeadingKind.Letter, "c", "Pay manh tng dung")]
    [InlineData("1. Đề nghị UBND tỉnh: Quan tâm bố trí kinh phí", HeadingKind.Arabic, "1", "Đề nghị UBND tỉnh")]
    public void Recognize_Heading_ReadsNumberAndTitle(string line, HeadingKind kind, string number, string title)
    {
        var heading = Recognize(line);
        Assert.NotNull(heading);
        Assert.Equal(kind, heading.Kind);
        Assert.Equal(number, kind == HeadingKind.Roman ? RomanNumerals.ToRoman(heading.Value) : heading.Number);
        Assert.Equal(title, heading.Title);
    }

    [Theory]
    [InlineData("223/QĐ-UBND ngày 15/11/2024 của UBND tỉnh")]
    [InlineData("22/12/2024 của Bộ Chính trị")]
    [InlineData("2025, UBND xã đã ban hành")]
    [InlineData("2 Quyết định số 360/QĐ-UBND ngày 24/7/2025")]
    [InlineData("18 thôn trên địa bàn xã")]
    [InlineData("- Công tác tham mưu, ban hành văn bản")]
    [InlineData("+ Số hồ sơ có kết quả số hóa 421.")]
    [InlineData("1.716 người tham gia")]
    [InlineData("100.000.000 đồng")]
    [InlineData("X4 Tinh Khé 13 x3 dong bing")]
    [InlineData("V/v đề nghị báo cáo kết quả")]
    [InlineData("VNPT, Viettel, Mobifone")]
    [InlineData("II của Ban Chỉ đạo")]
    [InlineData("i) ) ’")]
    [InlineData("4")]
    [InlineData("")]
    public void Recognize_NotAHeading_IsNull(string line) => Assert.Null(Recognize(line));

    [Fact]
    public void Recognize_WrappedUpperCaseTitle_JoinsContinuation()
    {
        var heading = Recognize("III. ĐÁNH GIÁ CHUNG, KHÓ KHĂN; NHIỆM VỤ,\nGIẢI PHÁP HOÀN THÀNH KẾ HOẠCH\n\nNội dung");
        Assert.Equal("ĐÁNH GIÁ CHUNG, KHÓ KHĂN; NHIỆM VỤ, GIẢI PHÁP HOÀN THÀNH KẾ HOẠCH", heading?.Title);
    }

    [Fact]
    public void Recognize_WrappedTitleWithDate_JoinsLineStartingWithDigit()
    {
        var heading = Recognize("a) Kết quả theo Kế hoạch số 359-KH/TU ngày 29/\n4/2025 của Ban Thường vụ Tỉnh ủy\n\n- Về hạ tầng");
        Assert.Equal("Kết quả theo Kế hoạch số 359-KH/TU ngày 29/ 4/2025 của Ban Thường vụ Tỉnh ủy", heading?.Title);
    }

    private static Heading? Recognize(string text) => HeadingRecognizer.Recognize(text, LineIndex.Build(text), 0);
}
