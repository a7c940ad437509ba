using TongHop.Text.Documents;

namespace TongHop.Text.Tests.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    [InlineData("02-KH/BCĐTW")]
    [InlineData("02/KH-BCDTW")]
    [InlineData("02 KH BCĐTW")]
    [InlineData("2-kh/bcđtw")]
    [InlineData(" 02 - KH / BCĐTW ")]
    public void Key_AnySpelling_OneKey(string number) => Assert.Equal("2-KH-BCDTW", new DocumentNumber(number).Key);

    [Fact]
    public void Key_Ampersand_KeptInsidePart() => Assert.Equal("1464-SKHCN-KH&DMST", DocumentNumber.KeyOf("1464/SKHCN-KH&ĐMST"));

    [Fact]
    public void Key_DifferentNumbers_DifferentKeys() => Assert.NotEqual(DocumentNumber.KeyOf("02-KH/BCĐTW"), DocumentNumber.KeyOf("03-KH/BCĐTW"));

    [Fact]
    public void SameAs_ComparesByKey()
    {
        Assert.True(new DocumentNumber("1575/SKHCN-QLCN").SameAs(new DocumentNumber("1575 SKHCN QLCN")));
        Assert.False(new DocumentNumber("1575/SKHCN-QLCN").SameAs(new DocumentNumber("1576/SKHCN-QLCN")));
        Assert.False(new DocumentNumber("—").SameAs(new DocumentNumber("/")));
    }

    [Theory]
    [InlineData("02-KH/BCĐTW", true)]
    [InlineData("02 KH BCĐTW", true)]
    [InlineData("1464/SKHCN-KH&ĐMST", true)]
    [InlineData("57-NQ/TW", true)]
    [InlineData("12 trạm BTS", false)]
    [InlineData("Đảng ủy", false)]
    [InlineData("2025", false)]
    public void LooksLikeNumber_Shapes(string query, bool expected) => Assert.Equal(expected, DocumentNumber.LooksLikeNumber(query));
}
