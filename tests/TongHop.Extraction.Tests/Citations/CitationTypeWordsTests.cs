using TongHop.Extraction.Citations;

namespace TongHop.Extraction.Tests.Citations;

/// <summary><see cref="CitationTypeWords.TypeOf"/> names the type of the words the pattern matched, the longer name first.</summary>
public sealed class CitationTypeWordsTests
{
    [Theory]
    [InlineData("theo nghi quyet lien tich so", DocumentTypes.JointResolution)]
    [InlineData("theo nghi quyet so", DocumentTypes.Resolution)]
    [InlineData("thuc hien ke hoach hanh dong so", DocumentTypes.Plan)]
    [InlineData("k& hoach so", DocumentTypes.Plan)] // English OCR's ế
    [InlineData("chuong trinh hanh dong so", DocumentTypes.ActionProgramme)]
    [InlineData("chuong trinh so", DocumentTypes.Programme)]
    [InlineData("thong tu lien tich so", DocumentTypes.JointCircular)]
    [InlineData("thong tu so", DocumentTypes.Circular)]
    [InlineData("quy dinh so", DocumentTypes.Regulation)]
    [InlineData("quyet dinh so", DocumentTypes.Decision)]
    [InlineData("cong van so", DocumentTypes.OfficialLetter)]
    [InlineData("giay moi so", DocumentTypes.Invitation)]
    [InlineData("to trinh so", DocumentTypes.Submission)]
    public void TypeOf_NamesTheMatchedWords(string folded, string expected)
    {
        var match = CitationTypeWords.Pattern.Match(folded);
        Assert.True(match.Success);
        Assert.Equal(expected, CitationTypeWords.TypeOf(match));
    }

    [Fact]
    public void TypeOf_VanBanNamesNoType()
    {
        var match = CitationTypeWords.Pattern.Match("theo van ban so");
        Assert.True(match.Success);
        Assert.Equal("van ban", match.Value);
        Assert.Null(CitationTypeWords.TypeOf(match));
    }
}
