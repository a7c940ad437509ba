using TongHop.Parsing;

namespace TongHop.Parsing.Tests;

public sealed class DocumentParserTests
{
    private const string Report = """
        BÁO CÁO
        Kết quả năm 2025

        I. KẾT QUẢ
        1. Lãnh đạo, chỉ đạo
        - Ban hành Kế hoạch số 12/KH-UBND ngày
        22/12/2024 của UBND phường.
        2. Hạ tầng số
        2.1. Mạng LAN
        Nội dung.
        2.2. Chữ ký số
        a) Cấp mới
        b) Gia hạn
        i) ) ’
        II. ĐỀ XUẤT
        Kiến nghị.

        Trên đây là báo cáo của UBND phường.
        Nơi nhận:
        - Sở Nội vụ;
        """;

    private readonly ParsedDocument _document = new DocumentParser().Parse(Report);

    [Fact]
    public void Parse_Report_BuildsTree()
    {
        Assert.Equal(["I", "II"], _document.Sections.Select(s => s.Number));
        var first = _document.Sections[0];
        Assert.Equal(["1", "2"], first.Children.Select(s => s.Number));
        Assert.Equal(["2.1", "2.2"], first.Children[1].Children.Select(s => s.Number));
        Assert.Equal(["a", "b"], first.Children[1].Children[1].Children.Select(s => s.Number));
        Assert.Equal(4, first.Children[1].Children[1].Children[0].Level);
    }

    [Fact]
    public void Parse_Spans_CoverHeadingAndBodyUpToNextSibling()
    {
        var one = _document.Sections[0].Children[0];
        Assert.Equal("1. Lãnh đạo, chỉ đạo\n- Ban hành Kế hoạch số 12/KH-UBND ngày\n22/12/2024 của UBND phường.", one.Span.Slice(Report));
        var first = _document.Sections[0];
        Assert.True(first.Span.Contains(one.Span));
        Assert.Equal(_document.Sections[1].Span.Start, Report.IndexOf("II. ĐỀ XUẤT", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_LastSection_EndsBeforeClosing()
    {
        Assert.Equal("II. ĐỀ XUẤT\nKiến nghị.", _document.Sections[1].Span.Slice(Report));
    }

    [Fact]
    public void Parse_Folded_KeepsOffsets()
    {
        Assert.Equal(Report.Length, _document.Folded.Length);
        Assert.Equal("bao cao", _document.Folded[..7]);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\0\u0001\uFFFD")]
    [InlineData("I.\nII.\n1.\na)")]
    public void Parse_OddInput_DoesNotThrow(string text)
    {
        var document = new DocumentParser().Parse(text);
        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void Parse_HugeNumberOfHeadings_IsBounded()
    {
        var text = string.Join('\n', Enumerable.Range(0, 5000).Select(i => $"{(i % 90) + 1}. Mục"));
        var document = new DocumentParser().Parse(text);
        Assert.True(document.Sections.Count <= DocumentParser.MaxHeadings);
    }

    [Fact]
    public void LineAt_Offset_FindsLine()
    {
        Assert.Equal(0, _document.LineAt(0));
        Assert.Equal(3, _document.LineAt(Report.IndexOf("I. KẾT", StringComparison.Ordinal)));
    }

    // Repair can leave a stray combining mark after a letter it rewrote ("e" + U+0302): the text is then not NFC, and
    // the folded text must still line up with it, or reading a line of it near the end runs past the folded text.
    [Fact]
    public void Parse_TextNotInNfc_FoldedTextKeepsOffsets()
    {
        var text = "I. KE\u0302\u0301T QUA\u0309\nNội dung e\u0302\u0301.\nTrên đây là báo cáo.\nNơi nhận:";
        var document = new DocumentParser().Parse(text);

        Assert.Equal(text.Length, document.Folded.Length);
        Assert.Equal("noi nhan:", document.FoldedLine(document.Lines.Count - 1));
        Assert.Equal(["I"], document.Sections.Select(s => s.Number));
    }
}
