using TongHop.Search.Analysis;

namespace TongHop.Search.Tests.Analysis;

public sealed class VietnameseAnalyzerTests
{
    private static readonly VietnameseAnalyzer Analyzer = new();

    [Theory]
    [InlineData("Đảng ủy xã", "dang uy xa")]
    [InlineData("ĐẢNG ỦY", "dang uy")]
    [InlineData("02-KH/BCĐTW", "02 kh bcdtw")]
    [InlineData("tỷ lệ 65,5%", "ty le 65 5")]
    [InlineData("Cổng Dịch vụ công; VNeID.", "cong dich vu cong vneid")]
    public void Terms_FoldedField_FoldsCaseAndDiacritics(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Analyzer.Terms(SearchFields.Folded, text)));

    [Theory]
    [InlineData("Đảng ủy xã", "đảng ủy xã")]
    [InlineData("ĐẢNG ỦY", "đảng ủy")]
    [InlineData("Dang uy", "dang uy")]
    public void Terms_ExactField_KeepsDiacritics(string text, string expected) =>
        Assert.Equal(expected, string.Join(' ', Analyzer.Terms(SearchFields.Exact, text)));

    [Fact]
    public void Terms_DecomposedInput_SameAsPrecomposed()
    {
        var decomposed = "Đảng ủy".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal(Analyzer.Terms(SearchFields.Exact, "Đảng ủy"), Analyzer.Terms(SearchFields.Exact, decomposed));
    }
}
