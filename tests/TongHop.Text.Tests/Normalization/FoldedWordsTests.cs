using TongHop.Text.Normalization;

namespace TongHop.Text.Tests.Normalization;

/// <summary><see cref="FoldedWords"/>: the words of a stretch of folded text, and phrases found only as whole words.</summary>
public sealed class FoldedWordsTests
{
    [Theory]
    [InlineData("  tong so,  co 12 to (gom\tthon ban);\nda lap. ", "tong so co 12 to gom thon ban da lap")]
    [InlineData("", "")]
    [InlineData(" ,.;: ", "")]
    [InlineData("mot", "mot")]
    public void Of_SplitsAtSpacesAndPunctuationAndJoinsWithOneSpace(string text, string expected) =>
        Assert.Equal(expected, FoldedWords.Of(text));

    [Fact]
    public void Of_ReadsAStretchLongerThanTheStackBuffer()
    {
        var text = string.Join(", ", Enumerable.Repeat("xa doan ket", 40));
        Assert.Equal(string.Join(' ', Enumerable.Repeat("xa doan ket", 40)), FoldedWords.Of(text));
    }

    [Theory]
    [InlineData("so lieu trong do co 5 xa", "trong do", true)]
    [InlineData("trong do co 5 xa", "trong do", true)]
    [InlineData("co 5 xa trong do", "trong do", true)]
    [InlineData("don vi tinh", "do", false)] // "do" inside "don" is no word
    [InlineData("ke hoach do nam", "do", true)] // found at its second place
    [InlineData("ban do so", "do so", true)]
    [InlineData("vanban", "ban", false)]
    [InlineData("ban", "", false)]
    [InlineData("", "ban", false)]
    public void Has_FindsAPhraseOnlyBetweenWordEdges(string words, string phrase, bool expected) =>
        Assert.Equal(expected, FoldedWords.Has(words, phrase));

    [Fact]
    public void IndexOf_GivesTheFirstWholeWordPlace()
    {
        Assert.Equal(13, FoldedWords.IndexOf("thuc hien so ke hoach", "ke hoach"));
        Assert.Equal(-1, FoldedWords.IndexOf("kehoach", "ke hoach"));
        Assert.Equal(6, FoldedWords.IndexOf("thon0 thon", "thon"));
    }

    [Fact]
    public void HasAny_AndStartsWith()
    {
        Assert.True(FoldedWords.HasAny("da cap 38 chung thu", ["chi tieu", "chung thu"]));
        Assert.False(FoldedWords.HasAny("da cap 38 chung thu so", ["thu so x", "cap 3"]));
        Assert.False(FoldedWords.HasAny("chungthu", ["chung", "thu"]));
        Assert.True(FoldedWords.StartsWith("ke hoach nam 2025", "ke hoach"));
        Assert.False(FoldedWords.StartsWith("ke hoachx nam", "ke hoach"));
        Assert.True(FoldedWords.StartsWith("ke hoach", "ke hoach"));
        Assert.False(FoldedWords.StartsWith("ke", ""));
    }
    [Fact]
    public void TryWrite_WritesTheWordsOfAsIntoABuffer()
    {
        Span<char> buffer = stackalloc char[16];
        Assert.True(FoldedWords.TryWrite(" ty   le,  nay:", buffer, out var length));
        Assert.Equal("ty le nay", buffer[..length].ToString());
        Assert.Equal(FoldedWords.Of(" ty   le,  nay:"), buffer[..length].ToString());
        Assert.True(FoldedWords.TryWrite(" , ;", buffer, out length));
        Assert.Equal(0, length);
    }

    [Fact]
    public void TryWrite_FailsWhenTheWordsOverflowTheBuffer()
    {
        // Many blanks fold away and fit; more words than the buffer holds do not (no truncated phrase is given as whole).
        Span<char> buffer = stackalloc char[5];
        Assert.True(FoldedWords.TryWrite("ty          le", buffer, out var length));
        Assert.Equal("ty le", buffer[..length].ToString());
        Assert.False(FoldedWords.TryWrite("ty le nay", buffer, out _));
        Assert.False(FoldedWords.TryWrite("ty lex", buffer, out _));
    }

    [Theory]
    [InlineData("cộng", true)]
    [InlineData("Cộng", true)]
    [InlineData("CỘNG", true)]
    [InlineData("cong", true)]
    [InlineData("Cong", true)]
    [InlineData("công", false)]
    [InlineData("Cổng", false)]
    [InlineData("còng", false)]
    public void WrittenAs_TheMarkedWordOrItsBareLetters_NotAnotherMarking(string written, bool expected) =>
        Assert.Equal(expected, FoldedWords.WrittenAs(written, "cộng", "cong"));
}
