using TongHop.Repair.Scoring;

namespace TongHop.Repair.Tests.Scoring;

public sealed class SyllableAccuracyTests
{
    [Fact]
    public void Measure_IdenticalTextIsOne() => Assert.Equal(1.0, SyllableAccuracy.Measure("Kết quả, năm 2025.", "Kết quả, năm 2025."));

    [Fact]
    public void Measure_CountsExactMatchesIgnoringEdgePunctuation() =>
        Assert.Equal(0.75, SyllableAccuracy.Measure("Két quả năm (2025)", "Kết quả năm 2025"));

    [Fact]
    public void Count_AlignsAcrossInsertionsAndDeletions()
    {
        var (matched, total) = SyllableAccuracy.Count("a x b c", "a b d c");
        Assert.Equal((3, 4), (matched, total));
    }

    [Fact]
    public void Count_AlignsLineByLineWhenLineCountsAgree()
    {
        var (matched, total) = SyllableAccuracy.Count("a b\nc", "a\nb c"); // a~a, then c~c
        Assert.Equal((2, 3), (matched, total));
    }

    [Fact]
    public void Measure_AccentsAndCaseCount() => Assert.Equal(0.0, SyllableAccuracy.Measure("so SỐ", "số số"));
}
