using System.Text;
using TongHop.Reading.Tests.Fixtures;
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

    [Theory]
    [InlineData("001.txt")]
    [InlineData("a-03.txt")]
    [InlineData("b-05.txt")]
    [InlineData("c-02.txt")]
    public void Decode_EachSampleInEachLegacyEncoding_TheJudgePicksTheRightOne(string name)
    {
        // The letters the legacy encodings can write (symbols such as "⁴" or emoji have no byte in them).
        var text = new string(File.ReadAllText(SharedPaths.Sample("clean", name)).Normalize(NormalizationForm.FormC)
            .Where(c => c < 0x80 || VietnameseLetters.Contains(char.ToLowerInvariant(c), StringComparison.Ordinal)).ToArray());
        Assert.Equal("windows-1258", TextDecoder.Decode(LegacyEncoder.ToWindows1258(text)).Encoding);
        Assert.Equal("vni", TextDecoder.Decode(LegacyEncoder.ToVni(text)).Encoding);
        Assert.Equal("tcvn3", TextDecoder.Decode(LegacyEncoder.ToTcvn3(text)).Encoding);
    }

    private const string VietnameseLetters = "ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ";
}
