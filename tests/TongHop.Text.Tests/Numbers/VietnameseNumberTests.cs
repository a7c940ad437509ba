using TongHop.Text.Numbers;

namespace TongHop.Text.Tests.Numbers;

public sealed class VietnameseNumberTests
{
    [Theory]
    [InlineData("85,3", "85.3")]
    [InlineData("7.630.404.000", "7630404000")]
    [InlineData("100.000.000", "100000000")]
    [InlineData("18.009", "18009")]
    [InlineData("06", "6")]
    [InlineData("46,046", "46.046")]
    [InlineData("1.234,5", "1234.5")]
    [InlineData("0", "0")]
    public void TryParse_ReadsVietnameseNotation(string written, string expected)
    {
        Assert.True(VietnameseNumber.TryParse(written, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("2.1")]
    [InlineData("4.0")]
    [InlineData("1.23.456")]
    [InlineData("12,5,3")]
    [InlineData("1,234.5")]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("123456789012345678901234567890")]
    public void TryParse_RejectsWhatIsNotAVietnameseNumber(string written) =>
        Assert.False(VietnameseNumber.TryParse(written, out _));

    [Fact]
    public void TryParse_KeepsTheWrittenPrecision() =>
        Assert.Equal(1, (VietnameseNumber.TryParse("65,5", out var v) ? v : 0).Scale);

    [Theory]
    [InlineData("85.3", "85.3")]
    [InlineData("85,3", "85.3")]
    public void TryParsePercent_AlsoReadsAnEnglishDecimalPoint(string written, string expected)
    {
        Assert.True(VietnameseNumber.TryParsePercent(written, out var value));
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), value);
    }

    [Theory]
    [InlineData("65.5", "65,5")]
    [InlineData("7630404000", "7.630.404.000")]
    [InlineData("46.046", "46,046")]
    [InlineData("100", "100")]
    public void ToVietnamese_WritesGroupsAndDecimalComma(string value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.ToVietnamese(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("1234.56", 2, "1.234,56")]
    [InlineData("65.55", 1, "65,6")]
    [InlineData("7630404000.4", 0, "7.630.404.000")]
    [InlineData("12", 2, "12")]
    [InlineData("-0.5", 1, "-0,5")]
    public void ToVietnamese_WithMaxDecimals_RoundsAndDropsTheBareComma(string value, int maxDecimals, string expected) =>
        Assert.Equal(expected, VietnameseNumber.ToVietnamese(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), maxDecimals));

    [Theory]
    [InlineData("1.234,5", 1234.5)]
    [InlineData("85,3%", 85.3)]
    [InlineData("7.630.404.000", 7630404000)]
    [InlineData("18.009", 18009)]
    [InlineData("85.3", 85.3)]
    [InlineData(" 12 ", 12)]
    [InlineData("1 234", 1234)]
    [InlineData("-3,5", -3.5)]
    public void TryParseLenient_ReadsWhatAPersonTypes(string text, double expected)
    {
        Assert.True(VietnameseNumber.TryParseLenient(text, out var value));
        Assert.Equal((decimal)expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("mười hai")]
    [InlineData("1,2,3")]
    public void TryParseLenient_NotANumber_IsFalse(string? text) => Assert.False(VietnameseNumber.TryParseLenient(text, out _));

    [Theory]
    [InlineData(85.34, "85,3%")]
    [InlineData(100, "100%")]
    [InlineData(0.05, "0,1%")]
    public void ToVietnamesePercent_OneDecimalAtMost(double value, string expected) =>
        Assert.Equal(expected, VietnameseNumber.ToVietnamesePercent((decimal)value));
}
