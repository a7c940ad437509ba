using TongHop.Search.Querying;

namespace TongHop.Search.Tests.Querying;

public sealed class CitationKeyTests
{
    [Theory]
    [InlineData("02-KH/BCĐTW")]
    [InlineData("02/KH-BCDTW")]
    [InlineData("02 KH BCĐTW")]
    [InlineData("2-kh/bcđtw")]
    [InlineData(" 02 - KH / BCĐTW ")]
    public void Of_AnySpelling_OneKey(string number) => Assert.Equal("2-KH-BCDTW", CitationKey.Of(number));

    [Fact]
    public void Of_Ampersand_KeptInsidePart() => Assert.Equal("1464-SKHCN-KH&DMST", CitationKey.Of("1464/SKHCN-KH&ĐMST"));

    [Fact]
    public void Of_DifferentNumbers_DifferentKeys() => Assert.NotEqual(CitationKey.Of("02-KH/BCĐTW"), CitationKey.Of("03-KH/BCĐTW"));

    [Theory]
    [InlineData("02-KH/BCĐTW", true)]
    [InlineData("02 KH BCĐTW", true)]
    [InlineData("1464/SKHCN-KH&ĐMST", true)]
    [InlineData("57-NQ/TW", true)]
    [InlineData("12 trạm BTS", false)]
    [InlineData("Đảng ủy", false)]
    [InlineData("2025", false)]
    public void LooksLikeNumber_Shapes(string query, bool expected) => Assert.Equal(expected, CitationKey.LooksLikeNumber(query));
}
