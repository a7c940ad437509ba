using TongHop.Application.PageImages;

namespace TongHop.Web.Tests;

/// <summary>From read-text word boxes to boxes on the page image around a restored-text span.</summary>
public sealed class EvidenceBoxTests
{
    [Fact]
    public void RestoredOffsets_KeepTheLine_AndMoveInProportion()
    {
        // Repair changed "Toan xa co" (10 chars) into "Toàn xã có" (10 chars) and "12 tram" into "12 trạm phát" on line 2.
        var read = "Toan xa co\n12 tram\nhet";
        var restored = "Toàn xã có\n12 trạm phát\nhết";
        var map = new RestoredOffsets(read, restored);
        Assert.Equal(5, map.Map(5));                 // "xa" → "xã": same place on line 1
        Assert.Equal(11, map.Map(11));               // start of line 2 stays the start of line 2
        Assert.Equal(11 + 12, map.Map(11 + 7));      // end of line 2 → end of the longer restored line
        Assert.Equal(24, map.Map(19));               // line 3 follows the longer line 2
        Assert.Equal(restored.Length, map.Map(read.Length));
    }

    [Fact]
    public void Boxes_OneARow_AroundTheWordsOfTheSpan_AsFractionsOfThePage()
    {
        // Page 1000 × 2000 px: two words on one row (y 100–130), one on the next (y 140–170), one outside the span.
        var pages = new StoredPages([new StoredPage(1, 1000, 2000,
        [
            [0, 4, 100, 100, 80, 30], [5, 9, 200, 102, 90, 28], [10, 14, 100, 140, 60, 30], [20, 24, 500, 900, 50, 30],
        ])]);
        var boxes = EvidenceBoxes.For(pages, 2, 12);
        Assert.Equal(2, boxes.Count);
        var first = boxes[0];
        Assert.Equal(1, first.Page);
        Assert.InRange(first.X, 0.095, 0.1);
        Assert.InRange(first.Y, 0.045, 0.05);
        Assert.InRange(first.X + first.Width, 0.29, 0.3);
        Assert.InRange(boxes[1].Y, 0.065, 0.07);
        Assert.Empty(EvidenceBoxes.For(pages, 15, 19));
        Assert.Equal("1:9.6,4.8,19.8,1.9", EvidenceBoxes.ToAttribute([new EvidenceBox(1, 0.096, 0.048, 0.198, 0.019)]));
    }
}
