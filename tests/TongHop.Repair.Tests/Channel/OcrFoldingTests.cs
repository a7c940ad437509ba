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
    [InlineData("thite", "thue")]  // thức: ứ read "it", c read "e"
    [InlineData("tryre", "true")]  // trực: ự read "yr"
    [InlineData("hurng", "hung")]  // ừ read "ur"
    public void Keys_ReadEnglishOcrsRenderingsOfAHornedUAsU_OnlyWhenAsked(string token, string variant)
    {
        var keys = OcrFolding.Keys(token, hornedVowels: true).ToList();
        Assert.Equal(token, keys[0]); // the token's own key stays: "it" and "ur" spell real rhymes too
        Assert.Contains(variant, keys);
        Assert.DoesNotContain(variant, OcrFolding.Keys(token));
    }

    [Theory]
    [InlineData("tmg", "tng")]
    [InlineData("mg", "ng")]
    [InlineData("nhimg", "nhing")]
    [InlineData("16", "to")]
    public void Keys_ReadAFinalMgAsNgAndAOneAsT(string token, string variant) =>
        Assert.Contains(variant, OcrFolding.Keys(token));

    [Theory]
    [InlineData("pboc", "doc")]
    [InlineData("dpa", "da")]
    [InlineData("bpuqc", "duqc")]
    public void Keys_ReadTwoLeadingLettersOfDPAndBAsOneD(string token, string variant) =>
        Assert.Contains(variant, OcrFolding.Keys(token));

    [Theory]
    [InlineData("dd")] // too short to be a Đ and a rhyme
    [InlineData("ddi")] // the same letter twice
    [InlineData("phan")]
    public void Keys_KeepOtherLeadingLetters(string token) =>
        Assert.DoesNotContain(OcrFolding.Keys(token), key => key != token && key[0] == 'd' && key.Length == token.Length - 1);

    [Theory]
    [InlineData("wr", "tu")]
    [InlineData("wrng", "tung")]
    public void Keys_ReadALeadingWrAsTAndU_OnlyWhenAsked(string token, string variant)
    {
        Assert.Contains(variant, OcrFolding.Keys(token, hornedVowels: true));
        Assert.DoesNotContain(variant, OcrFolding.Keys(token));
    }

    [Theory]
    [InlineData("wong")] // a w alone is the ư of ương
    [InlineData("web")]
    [InlineData("awr")] // not at the start
    public void Keys_KeepOtherWs(string token) =>
        Assert.DoesNotContain(OcrFolding.Keys(token, hornedVowels: true), key => key.StartsWith("tu", StringComparison.Ordinal));

    [Fact]
    public void IsLookAlike_ReadsAOneAsLOrT()
    {
        Assert.True(OcrFolding.IsLookAlike('1', 'l'));
        Assert.True(OcrFolding.IsLookAlike('1', 't'));
        Assert.False(OcrFolding.IsLookAlike('1', 'n'));
    }
}
