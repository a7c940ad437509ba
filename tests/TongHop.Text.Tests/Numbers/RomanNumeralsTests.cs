using TongHop.Text.Numbers;

namespace TongHop.Text.Tests.Numbers;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData(1, "I")]
    [InlineData(3, "III")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    [InlineData(19, "XIX")]
    [InlineData(20, "XX")]
    [InlineData(40, "XL")]
    [InlineData(1994, "MCMXCIV")]
    [InlineData(3999, "MMMCMXCIX")]
    public void ToRoman_WritesTheCanonicalNumeral(int value, string expected) => Assert.Equal(expected, RomanNumerals.ToRoman(value));

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-2, "-2")]
    [InlineData(4000, "4000")]
    public void ToRoman_OutOfRange_WritesArabic(int value, string expected) => Assert.Equal(expected, RomanNumerals.ToRoman(value));

    [Fact]
    public void TryParse_ReadsBackEveryNumeralItWrites()
    {
        for (var value = 1; value <= RomanNumerals.MaxValue; value++)
        {
            Assert.True(RomanNumerals.TryParse(RomanNumerals.ToRoman(value), out var read));
            Assert.Equal(value, read);
        }
    }

    [Theory]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("IL")]
    [InlineData("iv")]
    [InlineData("I1")]
    [InlineData("")]
    public void TryParse_NotCanonical_False(string numeral) => Assert.False(RomanNumerals.TryParse(numeral, out _));

    [Theory]
    [InlineData("I", 1, true)]
    [InlineData("IV", 4, true)]
    [InlineData("IX", 9, true)]
    [InlineData("XII", 12, true)]
    [InlineData("XX", 20, true)]
    [InlineData("Il", 2, false)]
    [InlineData("I1", 2, false)]
    [InlineData("I|", 2, false)]
    [InlineData("I11", 3, false)]
    [InlineData("1IL", 3, false)]
    [InlineData("HI", 3, false)]
    [InlineData("VH", 7, false)]
    public void TryReadOcr_Token_ReadsValue(string token, int value, bool certain)
    {
        Assert.True(RomanNumerals.TryReadOcr(token, out var read, out var sure));
        Assert.Equal(value, read);
        Assert.Equal(certain, sure);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("XXI")] // beyond a report's sections
    [InlineData("ABC")]
    [InlineData("")]
    public void TryReadOcr_NotRoman_False(string token) => Assert.False(RomanNumerals.TryReadOcr(token, out _, out _));
}
