using TongHop.Reading.Layout;
using TongHop.Reading.Ocr;

namespace TongHop.Reading.Tests.Layout;

public sealed class PageLayoutTests
{
    private const int H = 40; // word height in pixels

    [Fact]
    public void Compose_TwoHeaderColumnsOnOneTesseractLine_AreSeparatedByTab()
    {
        var words = Line(block: 1, line: 1, top: 100, ("SỞ", 300), ("NỘI", 370), ("VỤ", 460), ("CỘNG", 1200), ("HÒA", 1330));
        var (text, _) = PageLayout.Compose(Page(words));
        Assert.Equal("SỞ NỘI VỤ\tCỘNG HÒA", text);
    }

    [Fact]
    public void Compose_ColumnsReadAsSeparateBlocks_AreJoinedRowByRow()
    {
        // Tesseract read the left column (block 1) before the right one (block 2).
        var words = Line(1, 1, 100, ("TRƯỜNG", 300), ("HỌC", 480))
            .Concat(Line(1, 2, 160, ("Số:", 320), ("7/TB", 400)))
            .Concat(Line(2, 1, 102, ("Độc", 1300), ("lập", 1400)))
            .Concat(Line(2, 2, 158, ("Hà", 1250), ("Giang,", 1330), ("ngày", 1480)))
            .Concat(Line(3, 1, 300, ("Nội", 300), ("dung", 400), ("chính", 520), ("của", 660), ("thông", 760), ("báo", 900)));
        var (text, _) = PageLayout.Compose(Page(words));
        Assert.Equal("TRƯỜNG HỌC\tĐộc lập\nSố: 7/TB\tHà Giang, ngày\nNội dung chính của thông báo", text);
    }

    [Fact]
    public void Compose_TableRowsWithAWrappedCell_GiveOneLineARowWithTabbedCells()
    {
        var words = Line(1, 1, 500, ("1", 300))
            .Concat(Line(2, 1, 500, ("Hồ", 500), ("sơ", 580), ("trực", 660), ("tuyến", 760)))
            .Concat(Line(2, 2, 550, ("mức", 500), ("độ", 600), ("4", 680)))
            .Concat(Line(3, 1, 500, ("1.127", 1300)))
            .Concat(Line(4, 1, 500, ("81,4%", 1700)))
            .Concat(Line(5, 1, 620, ("2", 300)))
            .Concat(Line(6, 1, 620, ("Chữ", 500), ("ký", 600), ("số", 680)))
            .Concat(Line(7, 1, 620, ("236", 1300)))
            .Concat(Line(8, 1, 620, ("100%", 1700)));
        var (text, _) = PageLayout.Compose(Page(words));
        Assert.Equal("1\tHồ sơ trực tuyến mức độ 4\t1.127\t81,4%\n2\tChữ ký số\t236\t100%", text);
    }

    [Fact]
    public void Compose_JustifiedBodyLines_KeepSpacesAndParagraphBreaks()
    {
        var words = Line(1, 1, 100, ("Ủy", 300), ("ban", 400), ("nhân", 520), ("dân", 640))
            .Concat(Line(1, 2, 160, ("báo", 300), ("cáo.", 420)))
            .Concat(Line(2, 1, 260, ("I.", 300), ("KẾT", 360), ("QUẢ", 460)));
        var (text, _) = PageLayout.Compose(Page(words));
        Assert.Equal("Ủy ban nhân dân\nbáo cáo.\n\nI. KẾT QUẢ", text);
    }

    [Fact]
    public void Compose_WordBoxes_PointAtTheirWordsInTheText()
    {
        var words = Line(1, 1, 100, ("ỦY", 300), ("BAN", 400), ("CỘNG", 1200), ("HÒA", 1330))
            .Concat(Line(2, 1, 200, ("Kế", 300), ("hoạch", 380), ("số", 520), ("112/KH-UBND", 600)))
            .ToList();
        var (text, boxes) = PageLayout.Compose(Page(words));
        Assert.Equal(words.Count, boxes.Count);
        foreach (var box in boxes)
        {
            var word = words.Single(w => w.Left == box.Left && w.Top == box.Top);
            Assert.Equal(word.Text, text.Substring(box.Start, box.Length));
        }
    }

    [Fact]
    public void Compose_NoWords_GivesEmptyText() =>
        Assert.Equal("", PageLayout.Compose(new OcrPage(1, 2480, 3508, [])).Text);

    private static OcrPage Page(IEnumerable<OcrWord> words) => new(1, 2480, 3508, words.ToList());

    /// <summary>Words of one tesseract line (same block and paragraph), each 28 pixels a letter wide.</summary>
    private static IEnumerable<OcrWord> Line(int block, int line, int top, params (string Text, int Left)[] words) =>
        words.Select(w => new OcrWord(1, block, 1, line, w.Left, top, w.Text.Length * 28, H, 95, w.Text));
}
