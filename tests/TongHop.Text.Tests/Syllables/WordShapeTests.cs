using TongHop.Text.Syllables;

namespace TongHop.Text.Tests.Syllables;

public sealed class WordShapeTests
{
    [Theory]
    [InlineData("UBND", true)]
    [InlineData("TTHC", true)]
    [InlineData("HĐND", true)]
    [InlineData("VNeID", true)]
    [InlineData("iOffice", true)]
    [InlineData("OCOP", true)]
    [InlineData("HQI", false)] // OCR of HỘI: a word to repair, not an acronym
    [InlineData("TỔNG", false)]
    [InlineData("Sở", false)]
    public void IsAbbreviation_TellsAcronymsFromWords(string token, bool expected) =>
        Assert.Equal(expected, WordShape.IsAbbreviation(token));

    [Theory]
    [InlineData("(của,", "của")]
    [InlineData("“Bình", "Bình")]
    [InlineData("...", "")]
    public void Core_TrimsEdgePunctuation(string token, string core) => Assert.Equal(core, WordShape.Core(token).ToString());
}
