using TongHop.Text.Normalization;

namespace TongHop.Text.Tests.Normalization;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Đảng ủy", "Dang uy")]
    [InlineData("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "CONG HOA XA HOI CHU NGHIA VIET NAM")]
    [InlineData("Độc lập - Tự do - Hạnh phúc", "Doc lap - Tu do - Hanh phuc")]
    [InlineData("57-NQ/TW, 85,3%", "57-NQ/TW, 85,3%")]
    public void Fold_RemovesDiacriticsAndKeepsCase(string input, string expected) =>
        Assert.Equal(expected, VietnameseText.Fold(input));

    [Fact]
    public void Fold_KeepsLengthOfNfcText()
    {
        const string text = "Sở Khoa học và Công nghệ tỉnh Quảng Ngãi";
        Assert.Equal(text.Length, VietnameseText.Fold(text).Length);
    }

    [Fact]
    public void Nfc_ComposesDecomposedText()
    {
        var decomposed = "Quảng Ngãi".Normalize(System.Text.NormalizationForm.FormD);
        Assert.Equal("Quảng Ngãi", VietnameseText.Nfc(decomposed));
    }

    [Fact]
    public void FoldLower_LowerCasesAndFolds() => Assert.Equal("dang uy", VietnameseText.FoldLower("ĐẢNG ỦY"));
}
