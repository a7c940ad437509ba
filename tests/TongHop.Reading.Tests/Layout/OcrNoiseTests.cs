using TongHop.Reading.Layout;
using TongHop.Reading.Ocr;

namespace TongHop.Reading.Tests.Layout;

public sealed class OcrNoiseTests
{
    [Fact]
    public void Without_LowConfidencePunctuationRuns_AreDroppedAndSureDashesKept()
    {
        var words = new[]
        {
            Word(1, "-_", 21), Word(1, "Căn", 93), Word(1, "cứ", 91), Word(1, "Luật", 90), Word(1, "..", 12),
            Word(2, "Độc", 95), Word(2, "lập", 94), Word(2, "-", 88), Word(2, "Tự", 93), Word(2, "do", 96),
            Word(3, "./.", 84), Word(4, "đạt", 92), Word(4, "85", 90), Word(4, "%", 41),
        };
        var kept = OcrNoise.Without(words).Select(w => w.Text);
        Assert.Equal(["Căn", "cứ", "Luật", "Độc", "lập", "-", "Tự", "do", "./.", "đạt", "85", "%"], kept);
    }

    [Fact]
    public void Without_ShortLineOfUnsureLetters_IsDroppedButNotANumberOrASureWord()
    {
        var words = new[]
        {
            Word(1, "~7PRQTHC", 18), Word(1, "Z", 22),     // a signature scribbled over the name
            Word(2, "Nguyễn", 24), Word(2, "Văn", 91), Word(2, "An", 89), // one word read badly, the rest well
            Word(3, "24", 15), Word(3, "l6", 9),           // a handwritten day and month: numbers, left to the reader
            Word(4, "sẻ", 20), Word(4, "k", 11), Word(4, "ma", 25), Word(4, "đi", 28), // four words: a line of text
        };
        var kept = OcrNoise.Without(words).Select(w => w.Text);
        Assert.Equal(["Nguyễn", "Văn", "An", "24", "l6", "sẻ", "k", "ma", "đi"], kept);
    }

    private static OcrWord Word(int line, string text, float confidence) =>
        new(1, 1, 1, line, 100, line * 60, text.Length * 28, 40, confidence, text);
}
