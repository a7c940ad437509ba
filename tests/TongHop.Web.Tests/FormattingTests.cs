using TongHop.Web.Formatting;

namespace TongHop.Web.Tests;

public sealed class FormattingTests
{
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
