using TongHop.Extraction.Metadata;

namespace TongHop.Extraction.Tests.Metadata;

public sealed class SignatureTitlesTests
{
    [Theory]
    [InlineData("KT. CUC TRUONG", "KT. CỤC TRƯỞNG")]          // English OCR's letters without marks
    [InlineData("PHO VU TRUONG", "PHÓ VỤ TRƯỞNG")]
    [InlineData("Q. CHANH AN", "Q. CHÁNH ÁN")]
    [InlineData("TRƯỞNG ĐOÀN", "TRƯỞNG ĐOÀN")]                // written right: the same
    [InlineData("TM. ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN")]
    public void Find_WritesAKnownRoleAsTheLawDoes(string line, string expected) =>
        Assert.Equal(expected, SignatureTitles.Find(line)?.Text);

    [Theory]
    [InlineData("- Giám đốc, các Phó Giám đốc Sở;")] // a recipient in small letters
    [InlineData("Chủ tịch Ủy ban nhân dân xã chỉ đạo")] // prose: no two capitals side by side
    public void Find_NoTitle(string line) => Assert.Null(SignatureTitles.Find(line));

    [Fact]
    public void Find_ARoleOfTwoReadings_KeepsItsLetters() =>
        Assert.Equal("THU TRUONG", SignatureTitles.Find("THU TRUONG")?.Text); // Thủ trưởng or Thứ trưởng: not guessed
}
