using TongHop.Reading.Layout;
using TongHop.Reading.Ocr;
using TongHop.Reading.Preprocessing;

namespace TongHop.Reading.Tests.Preprocessing;

public sealed class UndividedReadingTests
{
    [Theory]
    [InlineData(35.0, true)]  // broken strokes or a small list among a back page: the whitening broke them
    [InlineData(74.9, true)]
    [InlineData(75.0, false)] // a page that reads fairly well: the undivided page is as often worse after repair
    [InlineData(84.0, false)]
    [InlineData(96.0, false)] // a page that reads well
    public void CanWin_OnlyUnderTheConfidenceBound(double meanConfidence, bool canWin)
    {
        Assert.Equal(canWin, UndividedReading.CanWin(meanConfidence));
    }

    [Fact]
    public void CanWin_APageWithNoWordRead_IsReadUndivided()
    {
        Assert.True(UndividedReading.CanWin(null));
    }

    [Fact]
    public void Keeps_AReadingOfMoreWordsLessSurely()
    {
        // Divided: the faint list broken into a few short junk words read fairly surely; undivided: the list's words,
        // read less surely. The mean confidence prefers the junk (66 against 55); the confident letters do not.
        var divided = Reading(("Ea", 66), ("Tạet", 66), ("h", 66));
        var undivided = Reading(("Văn", 55), ("phòng", 55), ("Quốc", 55), ("hội;", 55), ("Công", 55), ("báo;", 55));
        Assert.True(divided.MeanConfidence > undivided.MeanConfidence);
        Assert.True(UndividedReading.Keeps(divided, undivided));
    }

    [Fact]
    public void Keeps_NotTheSameWordsReadLessSurely()
    {
        var divided = Reading(("Văn", 80), ("phòng", 80), ("Quốc", 80), ("hội;", 80));
        var undivided = Reading(("Văn", 70), ("phòng", 70), ("Quốc", 70), ("hội;", 70));
        Assert.False(UndividedReading.Keeps(divided, undivided));
    }

    [Fact]
    public void Keeps_NotAReadingThatHeldFewerLettersThoughSurer()
    {
        // Surer, but it left the faint half of the page out: fewer letters read surely.
        var divided = Reading(("Văn", 70), ("phòng", 70), ("Quốc", 70), ("hội;", 70), ("Công", 70), ("báo;", 70));
        var undivided = Reading(("Văn", 90), ("phòng", 90));
        Assert.False(UndividedReading.Keeps(divided, undivided));
    }

    [Fact]
    public void Keeps_NotAFailedReading()
    {
        var divided = Reading(("Văn", 40));
        Assert.False(UndividedReading.Keeps(divided, OcrPageResult.Fail("tesseract timed out")));
    }

    private static OcrPageResult Reading(params (string Word, float Confidence)[] words)
    {
        var boxes = new List<WordBox>();
        var start = 0;
        foreach (var (word, confidence) in words)
        {
            boxes.Add(new WordBox(start, word.Length, start * 10, 0, word.Length * 10, 20, confidence));
            start += word.Length + 1;
        }

        return OcrPageResult.Ok(string.Join(' ', words.Select(w => w.Word)), new PageWords(1, 1000, 100, 300, boxes));
    }
}
