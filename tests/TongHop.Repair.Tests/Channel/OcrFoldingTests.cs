using TongHop.Repair.Channel;
using TongHop.Text.Ocr;

namespace TongHop.Repair.Tests.Channel;

public sealed class OcrFoldingTests
{
    [Theory]
    [InlineData("s6", "so")]
    [InlineData("S&", "so")]
    [InlineData("1ập", "lap")]
    [InlineData("1€", "le")]
    [InlineData("x4", "xa")]
    [InlineData("Đ$", "ds")]
    [InlineData("b!ết", "blet")]
    public void Fold_ReadsLookAlikesAndDropsMarks(string token, string expected) =>
        Assert.Equal(expected, OcrFolding.Fold(token));

    [Fact]
    public void FoldChar_ReadsEveryLookAlikeOfTheSharedTable()
    {
        foreach (var c in "60&@91|!34€¢85$27")
        {
            Assert.Equal(OcrLookAlikes.Letter(c), OcrFolding.FoldChar(c));
        }
    }

    [Theory]
    [InlineData("chirc", "chuc")]
    [InlineData("ciia", "cua")]
    public void Keys_AddTheVowelOfATwoLetterRendering(string token, string variant)
    {
        var keys = OcrFolding.Keys(token).ToList();
        Assert.Equal(token, keys[0]);
        Assert.Contains(variant, keys);
    }

    [Theory]
    [InlineData("tmg", "tng")]
    [InlineData("mg", "ng")]
    [InlineData("nhimg", "nhing")]
    [InlineData("16", "to")]
    public void Keys_ReadAFinalMgAsNgAndAOneAsT(string token, string variant) =>
        Assert.Contains(variant, OcrFolding.Keys(token));

    [Fact]
    public void IsLookAlike_ReadsAOneAsLOrT()
    {
        Assert.True(OcrFolding.IsLookAlike('1', 'l'));
        Assert.True(OcrFolding.IsLookAlike('1', 't'));
        Assert.False(OcrFolding.IsLookAlike('1', 'n'));
    }
}
