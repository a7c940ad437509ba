using TongHop.Repair.Scoring;
using TongHop.Testing;

namespace TongHop.Repair.Tests.Golden;

/// <summary>
/// The shared real samples (English OCR of three reports, with line-aligned clean transcriptions) are a
/// test set only: nothing in the model was fitted to them.
/// </summary>
public sealed class SharedSampleTests
{
    // The issue asks for 0.96 on these samples (measured: 0.976 / 0.982 / 0.967; raw OCR 0.13–0.15).
    private const double MinimumAccuracy = 0.96;
    private const double MinimumCleanIdentity = 0.998;

    [Theory]
    [InlineData("001.txt")]
    [InlineData("002.txt")]
    [InlineData("003.txt")]
    public void Repair_OcrSampleReachesSyllableAccuracy(string name)
    {
        var ocr = File.ReadAllText(SharedPaths.Sample("ocr", name));
        var clean = File.ReadAllText(SharedPaths.Sample("clean", name));
        var restored = VietnameseTextRepairer.Default.Repair(ocr).Restored;

        Assert.Equal(ocr.Split('\n').Length, restored.Split('\n').Length);
        var raw = SyllableAccuracy.Measure(ocr, clean);
        var accuracy = SyllableAccuracy.Measure(restored, clean);
        Assert.True(raw < 0.2, $"raw {raw}");
        Assert.True(accuracy >= MinimumAccuracy, $"{name}: {accuracy:F4}");
    }

    [Theory]
    [InlineData("001.txt")]
    [InlineData("002.txt")]
    [InlineData("003.txt")]
    public void Repair_CleanSampleComesOutIdentical(string name)
    {
        var clean = File.ReadAllText(SharedPaths.Sample("clean", name));
        var restored = VietnameseTextRepairer.Default.Repair(clean).Restored;
        Assert.True(SyllableAccuracy.Measure(restored, clean) >= MinimumCleanIdentity);
    }

    // Tesseract's Vietnamese model is right on almost every word: its repair must leave good text as it is (measured on
    // these samples: 12 words changed in 21,000).
    [Theory]
    [InlineData("001.txt")]
    [InlineData("002.txt")]
    [InlineData("003.txt")]
    public void RepairAsVietnameseOcr_CleanSampleStaysAsItIs(string name)
    {
        var clean = File.ReadAllText(SharedPaths.Sample("clean", name));
        var restored = VietnameseTextRepairer.Default.Repair(clean, OcrChannel.VietnameseOcr).Restored;
        Assert.Equal(clean.Split('\n').Length, restored.Split('\n').Length);
        Assert.True(SyllableAccuracy.Measure(restored, clean) >= MinimumCleanIdentity, name);
    }
}
