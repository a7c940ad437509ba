using TongHop.Text.Numbers;

namespace TongHop.Text.Tests.Numbers;

public sealed class CalendarYearTests
{
    [Theory]
    [InlineData("2025", 2025)]
    [InlineData("1900", 1900)]
    [InlineData("1975", 1975)]
    [InlineData("2100", 2100)]
    public void TryParse_ReadsFourDigitsInTheCalendarRange(string text, int expected)
    {
        Assert.True(CalendarYear.TryParse(text, out var year));
        Assert.Equal(expected, year);
    }

    [Theory]
    [InlineData("1899")] // before the range
    [InlineData("2101")] // after it
    [InlineData("1050")]
    [InlineData("0202")]
    [InlineData("202")] // three digits
    [InlineData("20250")] // five digits
    [InlineData("2.025")] // a number with a thousands dot
    [InlineData("+2025")] // a sign
    [InlineData(" 2025")] // a space
    [InlineData("２０２５")] // full-width digits
    [InlineData("")]
    public void Is_RefusesEverythingElse(string text) => Assert.False(CalendarYear.Is(text));
}
