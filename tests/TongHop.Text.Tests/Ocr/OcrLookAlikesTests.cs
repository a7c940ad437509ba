using TongHop.Text.Ocr;

namespace TongHop.Text.Tests.Ocr;

public sealed class OcrLookAlikesTests
{
    // Every look-alike that repair's candidate keys and the indicator matcher read before they shared this table.
    [Theory]
    [InlineData('0', 'o')]
    [InlineData('6', 'o')]
    [InlineData('9', 'o')]
    [InlineData('&', 'o')]
    [InlineData('@', 'o')]
    [InlineData('1', 'l')]
    [InlineData('|', 'l')]
    [InlineData('!', 'l')]
    [InlineData('3', 'a')]
    [InlineData('4', 'a')]
    [InlineData('8', 'e')]
    [InlineData('€', 'e')]
    [InlineData('¢', 'e')]
    [InlineData('5', 's')]
    [InlineData('$', 's')]
    [InlineData('2', 'z')]
    [InlineData('7', 't')]
    [InlineData('§', 'o')]
    [InlineData('¥', 'y')]
    [InlineData('ﬁ', 'a')]
    public void Letter_ReadsEachLookAlike(char ocr, char letter) => Assert.Equal(letter, OcrLookAlikes.Letter(ocr));

    [Theory]
    [InlineData('a')]
    [InlineData('S')]
    [InlineData('đ')]
    [InlineData('ư')]
    [InlineData('-')]
    [InlineData(' ')]
    public void Letter_OfALetterOrPunctuation_IsNone(char c) => Assert.Equal('\0', OcrLookAlikes.Letter(c));

    [Theory]
    [InlineData('&', 'e')]
    [InlineData('¢', 'c')]
    [InlineData('¥', 'u')]
    [InlineData('6', '\0')]
    [InlineData('€', '\0')]
    public void SecondLetter_OfLookAlikesThatStandForTwo(char ocr, char letter) => Assert.Equal(letter, OcrLookAlikes.SecondLetter(ocr));

    [Fact]
    public void Chars_AreExactlyTheCharactersLetterMaps()
    {
        for (var c = char.MinValue; c < char.MaxValue; c++)
        {
            Assert.True(OcrLookAlikes.Chars.Contains(c) == (OcrLookAlikes.Letter(c) != '\0'), $"U+{(int)c:X4}");
        }
    }

    [Fact]
    public void WordSymbols_AreLookAlikesThatAreNeitherDigitsNorPipeOrBang()
    {
        foreach (var c in "&€¢@$¥§")
        {
            Assert.True(OcrLookAlikes.WordSymbols.Contains(c));
            Assert.NotEqual('\0', OcrLookAlikes.Letter(c));
        }

        Assert.False(OcrLookAlikes.WordSymbols.Contains('|'));
        Assert.False(OcrLookAlikes.WordSymbols.Contains('!'));
        Assert.False(OcrLookAlikes.WordSymbols.Contains('6'));
    }

    [Fact]
    public void VowelPairs_ReadIrAndIiAsU()
    {
        var pairs = OcrLookAlikes.VowelPairs.ToArray();
        Assert.Contains(("ir", 'u'), pairs);
        Assert.Contains(("ii", 'u'), pairs);
        Assert.All(pairs, p => Assert.Equal(2, p.Pair.Length));
    }
}
