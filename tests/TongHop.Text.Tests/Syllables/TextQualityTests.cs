using TongHop.Testing;
using TongHop.Text.Syllables;

namespace TongHop.Text.Tests.Syllables;

public sealed class TextQualityTests
{
    [Fact]
    public void Measure_CleanReportLineIsOne() =>
        Assert.Equal(1.0, TextQuality.Measure("Thực hiện Công văn số 1464/SKHCN-KH&ĐMST ngày 16/9/2025 của UBND xã, VNeID, iOffice, TTHC"));

    [Fact]
    public void Measure_EnglishOcrLineIsLow() =>
        Assert.True(TextQuality.Measure("Thuc hién Cong van s6 1464/SKHCN-KH&PMST ngay 16/9/2025 cla") < 0.7);

    [Fact]
    public void Measure_TextWithoutWordsIsOne() => Assert.Equal(1.0, TextQuality.Measure("2025 - 16/9/2025 (85,3%)"));

    [Fact]
    public void Count_TreatsLetterDigitMixAsGarbledWord()
    {
        var (words, valid) = TextQuality.Count("s6 1ap x4 xã");
        Assert.Equal((4, 1), (words, valid));
    }

    [Theory]
    [InlineData("001.txt")]
    [InlineData("002.txt")]
    [InlineData("003.txt")]
    public void Measure_SeparatesSharedCleanFromOcrSamples(string name)
    {
        var clean = TextQuality.Measure(File.ReadAllText(SharedPaths.Sample("clean", name)));
        var ocr = TextQuality.Measure(File.ReadAllText(SharedPaths.Sample("ocr", name)));
        Assert.True(clean > 0.97, $"clean {clean}");
        Assert.True(ocr < 0.75, $"ocr {ocr}");
    }
}
