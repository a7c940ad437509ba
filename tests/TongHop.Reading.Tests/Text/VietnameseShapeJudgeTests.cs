using TongHop.Reading.Text;
using TongHop.Testing;

namespace TongHop.Reading.Tests.Text;

public sealed class VietnameseShapeJudgeTests
{
    [Theory]
    [InlineData("001.txt")]
    [InlineData("002.txt")]
    [InlineData("003.txt")]
    public void Measure_CleanReportVersusEnglishOcrOfIt_SeparatesAtTheDefaultThreshold(string name)
    {
        var clean = VietnameseShapeJudge.Measure(File.ReadAllText(SharedPaths.Sample("clean", name)));
        var garbled = VietnameseShapeJudge.Measure(File.ReadAllText(SharedPaths.Sample("ocr", name)));
        Assert.InRange(clean, 0.8, 1.0);
        Assert.InRange(garbled, 0.0, ReadingOptions.Default.MinTextLayerQuality - 0.1);
    }

    [Theory]
    [InlineData("Nghị quyết số 57-NQ/TW về đột phá phát triển khoa học, công nghệ", 1.0)]
    [InlineData("Nghi quyet so 57-NQ/TW ve dot pha phat trien khoa hoc, cong nghe", 0.0)]
    [InlineData("", 0.0)]
    public void Measure_MarksMatter(string text, double expected)
    {
        Assert.Equal(expected, VietnameseShapeJudge.Measure(text), 2);
    }

    [Theory]
    [InlineData("COẤNG HOỉA")] // VNI bytes read as TCVN3
    [InlineData("ViÖt Nam")] // TCVN3 bytes read as Windows-1258
    [InlineData("Vieät Nam")] // VNI bytes read as Windows-1258
    public void Measure_MisdecodedLegacyText_ScoresLow(string text)
    {
        Assert.True(VietnameseShapeJudge.Measure(text) < 0.5);
    }
}
