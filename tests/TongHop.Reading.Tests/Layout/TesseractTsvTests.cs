using TongHop.Reading.Ocr;

namespace TongHop.Reading.Tests.Layout;

public sealed class TesseractTsvTests
{
    private const string Header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";

    [Fact]
    public void Parse_WordsWithTheEthTesseractWritesForĐ_GetTheVietnameseLetter()
    {
        var tsv = string.Join('\n',
            Header,
            "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
            "5\t1\t1\t1\t1\t1\t100\t100\t300\t40\t91.5\t21-NQ/ĐÐU",
            "5\t1\t1\t1\t1\t2\t420\t100\t300\t40\t90.1\t75/QĐÐ-BCA",
            "5\t1\t1\t1\t1\t3\t740\t100\t160\t40\t88.0\tÐoàn",
            "5\t1\t1\t1\t1\t4\t920\t100\t160\t40\t88.0\tðường",
            "5\t1\t1\t1\t1\t5\t1100\t100\t160\t40\t95.0\tĐồng");

        var page = Assert.Single(TesseractTsv.Parse(tsv));

        Assert.Equal(["21-NQ/ĐU", "75/QĐ-BCA", "Đoàn", "đường", "Đồng"], page.Words.Select(w => w.Text));
        Assert.Equal((2480, 3508), (page.Width, page.Height));
    }
}
