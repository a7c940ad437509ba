using TongHop.Text.Dates;
using TongHop.Text.Normalization;

namespace TongHop.Text.Tests.Dates;

public sealed class VietnameseDatesTests
{
    [Theory]
    [InlineData("06/8/2025", 2025, 8, 6)]
    [InlineData("22/12/2024", 2024, 12, 22)]
    [InlineData("ngày 03 tháng 12 năm 2025", 2025, 12, 3)]
    [InlineData("ngày 10 tháng 9 năm 2025", 2025, 9, 10)]
    [InlineData("ngay 16/9/2025", 2025, 9, 16)]
    [InlineData("ngdy 16 thang 9 ndm 2025", 2025, 9, 16)]
    [InlineData("26 /5/ 2025", 2025, 5, 26)]
    [InlineData("29/\n4/2025", 2025, 4, 29)]
    [InlineData("ngày\n02/6/2025", 2025, 6, 2)]
    [InlineData("18/72025", 2025, 7, 18)]
    [InlineData("29/02/2024", 2024, 2, 29)]
    public void Parse_WrittenDate_ReadsIt(string text, int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), VietnameseDates.Parse(text));

    [Theory]
    [InlineData("ngày /4 tháng // năm 2025")]
    [InlineData("ngay /4 thang // nam 2025")]
    [InlineData("ngày .... tháng .... năm 2025")]
    [InlineData("32/1/2025")]
    [InlineData("29/02/2025")]
    [InlineData("15/13/2025")]
    [InlineData("0/5/2025")]
    [InlineData("02/10/20205")]
    [InlineData("năm 2025")]
    [InlineData("tháng 10/2025")]
    [InlineData("0255.3822.123")]
    [InlineData("")]
    [InlineData("ngày")]
    public void Parse_UnreadableOrNotADate_IsNull(string text) => Assert.Null(VietnameseDates.Parse(text));

    [Fact]
    public void MatchAt_HandwrittenDay_GivesSpanWithoutDate()
    {
        var folded = VietnameseText.FoldLower("Tịnh Khê, ngày /4 tháng // năm 2025");
        var mention = VietnameseDates.MatchAt(folded, folded.IndexOf("ngay", StringComparison.Ordinal));
        Assert.NotNull(mention);
        Assert.Null(mention.Value.Date);
        Assert.Equal(folded.Length, mention.Value.Span.End);
    }

    [Fact]
    public void MatchAt_NoDateThere_IsNull() => Assert.Null(VietnameseDates.MatchAt("ngay cang tot", 0));

    [Fact]
    public void FindAll_Text_FindsShortAndLongDatesInOrder()
    {
        var folded = VietnameseText.FoldLower("Số 12 ngày 05/3/2025 và ngày 10 tháng 9 năm 2025, gọi 0912.345.678; ngày càng tốt.");
        var dates = VietnameseDates.FindAll(folded).Select(m => m.Date).ToList();
        Assert.Equal([new DateOnly(2025, 3, 5), new DateOnly(2025, 9, 10)], dates);
    }

    [Theory]
    [InlineData(31, 4, 2025)]
    [InlineData(1, 1, 1800)]
    [InlineData(1, 1, 2200)]
    public void Create_OutOfRange_IsNull(int day, int month, int year) => Assert.Null(VietnameseDates.Create(day, month, year));

    [Fact]
    public void Format_WritesTwoDigitDayAndMonth() =>
        Assert.Equal("06/08/2025", VietnameseDates.Format(new DateOnly(2025, 8, 6)));

    [Theory]
    [InlineData(2025, 2, 5, "ngày 05 tháng 02 năm 2025")]
    [InlineData(2025, 9, 30, "ngày 30 tháng 9 năm 2025")]
    [InlineData(2025, 12, 1, "ngày 01 tháng 12 năm 2025")]
    public void FormatLong_WritesTheDecree30Date(int year, int month, int day, string expected) =>
        Assert.Equal(expected, VietnameseDates.FormatLong(new DateOnly(year, month, day)));

    [Theory]
    [InlineData("06/08/2025")]
    [InlineData("6/8/2025")]
    [InlineData("2025-08-06")]
    public void TryParseLenient_ReadsTypedDates(string text)
    {
        Assert.True(VietnameseDates.TryParseLenient(text, out var date));
        Assert.Equal(new DateOnly(2025, 8, 6), date);
    }

    [Theory]
    [InlineData("31/02/2025")]
    [InlineData("08/06/25")]
    [InlineData("ngày 6 tháng 8")]
    [InlineData("")]
    [InlineData(null)]
    public void TryParseLenient_NotADate_IsFalse(string? text) => Assert.False(VietnameseDates.TryParseLenient(text, out _));

    [Fact]
    public void FormatTime_AndDateTime_UseTwentyFourHours()
    {
        var local = new DateTime(2025, 9, 22, 16, 5, 0, DateTimeKind.Unspecified);
        Assert.Equal("16:05", VietnameseDates.FormatTime(local));
        Assert.Equal("22/09/2025 16:05", VietnameseDates.FormatDateTime(local));
    }
}
