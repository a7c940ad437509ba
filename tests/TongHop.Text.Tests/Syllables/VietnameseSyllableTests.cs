using TongHop.Text.Syllables;

namespace TongHop.Text.Tests.Syllables;

public sealed class VietnameseSyllableTests
{
    [Theory]
    [InlineData("và")]
    [InlineData("của")]
    [InlineData("nghiêng")]
    [InlineData("Quyết")]
    [InlineData("QUẢNG")]
    [InlineData("giặt")]
    [InlineData("gì")]
    [InlineData("hòa")]
    [InlineData("hoà")]
    [InlineData("thủy")]
    [InlineData("khuya")]
    [InlineData("yêu")]
    [InlineData("Khuyến")]
    [InlineData("Nghĩa")]
    [InlineData("Đắk")]
    [InlineData("ngoằn")]
    [InlineData("quốc")]
    [InlineData("thuở")]
    public void IsValid_AcceptsWellFormedSyllables(string syllable) => Assert.True(VietnameseSyllable.IsValid(syllable));

    [Theory]
    [InlineData("trién")] // ê lost its circumflex: ie only exists as iê
    [InlineData("thue")]
    [InlineData("ctia")]
    [InlineData("s6")]
    [InlineData("dugc")]
    [InlineData("chirc")]
    [InlineData("HQI")]
    [InlineData("ke")] // k before e is fine...
    [InlineData("ca")] // ...but the case below is c before e
    public void IsValid_RejectsOcrDebris(string token)
    {
        var expected = token is "ke" or "ca";
        Assert.Equal(expected, VietnameseSyllable.IsValid(token));
    }

    [Theory]
    [InlineData("ce")] // c is written k before e, ê, i
    [InlineData("ghu")] // gh only before front vowels
    [InlineData("ngha")]
    [InlineData("càc")] // a stop-final rhyme takes only sắc or nặng
    [InlineData("hoàt")]
    [InlineData("lập1")]
    [InlineData("áà")]
    [InlineData("")]
    public void IsValid_RejectsSpellingRuleViolations(string token) => Assert.False(VietnameseSyllable.IsValid(token));

    [Theory]
    [InlineData("số", VietnameseTone.Rising)]
    [InlineData("lệ", VietnameseTone.Heavy)]
    [InlineData("ủy", VietnameseTone.Dipping)]
    [InlineData("ngã", VietnameseTone.Broken)]
    [InlineData("hòa", VietnameseTone.Falling)]
    [InlineData("ban", VietnameseTone.Level)]
    public void ToneOf_ReadsTheToneMark(string syllable, VietnameseTone tone) => Assert.Equal(tone, VietnameseSyllable.ToneOf(syllable));

    [Fact]
    public void StripTone_KeepsVowelQualityMarks() => Assert.Equal("quyêt", VietnameseSyllable.StripTone("Quyết"));
}
