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
    [Theory]
    [InlineData("ĐẢNG ỦY PHƯỜNG Hòa Xuân")]
    [InlineData("Số 45-BC/ĐU; KH&ĐMST; Ẩm thực Ỷ Ơ Ữ ǅ İ")]
    [InlineData("")]
    public void LowerAndUpper_AgreeWithTheRuntime(string text)
    {
        Assert.Equal(text.ToLowerInvariant(), VietnameseText.Lower(text));
        Assert.Equal(text.ToUpperInvariant(), VietnameseText.Upper(text));
    }

    [Fact]
    public void LowerAndUpper_AgreeWithTheRuntime_OnEveryVietnameseLetterLongTextsAndSupplementaryLetters()
    {
        var letters = string.Concat(Enumerable.Range(0xC0, 0x1F00 - 0xC0).Select(c => (char)c).Where(char.IsLetter));
        var text = letters + " 𐐀𐐨 " + string.Concat(Enumerable.Repeat("Quảng Ngãi ", 40)); // over the stack buffer's 256
        Assert.Equal(text.ToLowerInvariant(), VietnameseText.Lower(text));
        Assert.Equal(text.ToUpperInvariant(), VietnameseText.Upper(text));
        Assert.Equal(letters.ToLowerInvariant(), VietnameseText.Lower(letters));
    }
}
