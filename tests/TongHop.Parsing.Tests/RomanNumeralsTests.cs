using TongHop.Parsing;

namespace TongHop.Parsing.Tests;

public sealed class RomanNumeralsTests
{
    [Theory]
    [InlineData("I", 1, true)]
    [InlineData("IV", 4, true)]
    [InlineData("IX", 9, true)]
    [InlineData("XII", 12, true)]
    [InlineData("Il", 2, false)]
    [InlineData("I1", 2, false)]
    [InlineData("I11", 3, false)]
    [InlineData("1IL", 3, false)]
    [InlineData("HI", 3, false)]
    public void TryRead_Token_ReadsValue(string token, int value, bool certain)
    {
        Assert.True(RomanNumerals.TryRead(token, out var read, out var sure));
        Assert.Equal(value, read);
        Assert.Equal(certain, sure);
    }

    [Theory]
    [InlineData("11")]
    [InlineData("IIII")]
    [InlineData("VX")]
    [InlineData("ABC")]
    [InlineData("")]
    public void TryRead_NotRoman_False(string token) => Assert.False(RomanNumerals.TryRead(token, out _, out _));
}
