using TongHop.Web.Formatting;

namespace TongHop.Web.Tests;

public sealed class FormattingTests
{
    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("85,3%", 85.3)]
    [InlineData("7.630.404.000", 7630404000)]
    [InlineData("18.009", 18009)]
    [InlineData("85.3", 85.3)]
    [InlineData(" 12 ", 12)]
    [InlineData("-3,5", -3.5)]
    public void TryParse_VietnameseNumbers(string text, double expected)
    {
        Assert.True(VnNumber.TryParse(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mười hai")]
    [InlineData("1,2,3")]
    public void TryParse_NotANumber_IsFalse(string text) => Assert.False(VnNumber.TryParse(text, out _));

    [Fact]
    public void Number_WritesVietnameseGroupingAndDecimalComma()
    {
        Assert.Equal("1.234,5", Vn.Number(1234.5m));
        Assert.Equal("7.630.404.000", Vn.Number(7630404000m));
        Assert.Equal("85,3%", Vn.Percent(85.3m));
        Assert.Equal("—", Vn.Number(null));
    }

    [Fact]
    public void DateTime_ShowsVietnamTime()
    {
        Assert.Equal("22/09/2025 14:00", Vn.DateTime(new DateTime(2025, 9, 22, 7, 0, 0, DateTimeKind.Utc)));
        Assert.Equal("06/08/2025", Vn.Date(new DateOnly(2025, 8, 6)));
    }

    [Fact]
    public void Countdown_BeforeAndAfter()
    {
        var deadline = new DateTime(2025, 9, 22, 7, 0, 0, DateTimeKind.Utc);
        Assert.Equal("còn 2 ngày 3 giờ", Vn.Countdown(deadline, deadline.AddHours(-51)));
        Assert.Equal("đã quá hạn 1 giờ 30 phút", Vn.Countdown(deadline, deadline.AddMinutes(90)));
    }
}
