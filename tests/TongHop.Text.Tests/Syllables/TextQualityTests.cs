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

    [Fact]
    public void CountWords_CountsValidSyllablesWrittenWithVietnameseMarks()
    {
        // 57-NQ/TW is a symbol and UBND an abbreviation: not words; "s6" is a garbled word, "ket" too (a stop final takes
        // a sắc or nặng tone); "qua" is valid but unmarked.
        Assert.Equal(new WordCounts(Words: 6, Valid: 4, Marked: 3), TextQuality.CountWords("Báo cáo ket qua 57-NQ/TW của UBND s6"));
    }
}
