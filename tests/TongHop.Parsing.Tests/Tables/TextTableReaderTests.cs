using TongHop.Parsing.Tables;

namespace TongHop.Parsing.Tests.Tables;

public sealed class TextTableReaderTests
{
    private static IReadOnlyList<TextTable> Read(string text) => new DocumentParser().Parse(text).Tables;

    [Fact]
    public void Read_FindsAPipeTableWithItsCellsAndSpans()
    {
        const string text = "Bảng số liệu:\n| TT | Nội dung | Kết quả |\n| 1 | Số trạm BTS | 12 |\n| 2 | Số máy tính | 40 |\nHết bảng.";
        var table = Assert.Single(Read(text));
        Assert.Equal(3, table.Rows.Count);
        var row = table.Rows[1];
        Assert.Equal(["", "1", "Số trạm BTS", "12", ""], row.Cells.Select(c => c.Text));
        Assert.Equal("Số trạm BTS", row.Cells[2].Span.Slice(text));
        Assert.Equal('|', row.Separator);
    }

    [Fact]
    public void Read_FindsATabTableAndKeepsEmptyCells()
    {
        const string text = "Nội dung\tKế hoạch\tThực hiện\nTrong đó:\t\t5\nSố hộp thư\t\t60";
        var table = Assert.Single(Read(text));
        Assert.Equal(["Số hộp thư", "", "60"], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal('\t', table.Rows[0].Separator);
    }

    [Fact]
    public void Read_KeepsRowsAcrossBlankLinesAndPageNumbersAndReadsOcrBordersAsCells()
    {
        const string text = "| STT | Chỉ tiêu | KH | TH |\n\n| 1 [Tỷ lệ hồ sơ | 80 | 84,5]\n\n4\n\n| 2| Số tin bài | 100 | 120 |";
        var table = Assert.Single(Read(text));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["", "1", "Tỷ lệ hồ sơ", "80", "84,5", ""], table.Rows[1].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Read_JoinsALineRightUnderARowToItsLastCell()
    {
        const string text = "STT | Chỉ tiêu | Thực hiện | Ghi chú\n1 | Tỷ lệ thủ tục toàn trình | 92,6 |\n25/27 thủ tục\n\n2 | Số tin bài | 40 | Đạt";
        var table = Assert.Single(Read(text));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("25/27 thủ tục", table.Rows[1].Cells[^1].Text);
        Assert.Contains("25/27", table.Rows[1].Span.Slice(text), StringComparison.Ordinal);
    }

    [Fact]
    public void Read_JoinsARowThatOcrWrappedOverTwoLines()
    {
        const string text = "| TT | Nội dung | ĐVT | KH | TH |\n| 1 | Số cuộc họp | cuộc | 10 | 12 |\n| 2 | Số người tham gia | người |\n500 | 640 |\n| 3 | Số tin bài | tin | 30 | 41 |";
        var table = Assert.Single(Read(text));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["", "2", "Số người tham gia", "người", "500", "640", ""], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Read_ALineEndingWithABorderUnderARowIsTheRowsWrappedEnd()
    {
        // "108,1 |": the last figure wrapped under a row that ended with a border; "phường |": a note's last word.
        const string text = "| TT | Nội dung | ĐVT | KH | TH | So sánh | Ghi chú |\n| 1 | Tỷ lệ hồ sơ trực tuyến | % | 80 | 86,5 |\n108,1 |\n" +
                            "| 2 | Kinh phí | triệu đồng | 350 | 148,5 | 42,4 | Ngân sách\nphường |\n| 3 | Số tin bài | tin | 30 | 41 | 136,7 | |";
        var table = Assert.Single(Read(text));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["", "1", "Tỷ lệ hồ sơ trực tuyến", "%", "80", "86,5", "108,1", ""], table.Rows[1].Cells.Select(c => c.Text));
        Assert.Equal(["", "2", "Kinh phí", "triệu đồng", "350", "148,5", "42,4", "Ngân sách phường", ""], table.Rows[2].Cells.Select(c => c.Text));
        Assert.Equal("108,1", table.Rows[1].Cells[6].Span.Slice(text));
    }

    [Fact]
    public void Read_AHeaderCellWrappedInItsMiddleIsOneCell()
    {
        const string text = "| TT | Nội dung | Kế hoạch | Cùng kỳ năm\n2024 | Ghi chú |\n| 1 | Số cuộc họp | 10 | 8 | |\n| 2 | Số tin bài | 30 | 25 | |";
        var table = Assert.Single(Read(text));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal(["", "TT", "Nội dung", "Kế hoạch", "Cùng kỳ năm 2024", "Ghi chú", ""], table.Rows[0].Cells.Select(c => c.Text));
    }

    [Theory]
    [InlineData("Xã có 12 thôn.\nDân số 5.000 người.")]
    [InlineData("Tỷ lệ | hồ sơ trực tuyến đạt 80%.")]
    [InlineData("Một dòng | có | hai vạch rồi hết.")]
    public void Read_FindsNoTableInProseOrInASingleRow(string text) => Assert.Empty(Read(text));

    [Fact]
    public void Read_StartsANewTableWhenTheSeparatorChanges()
    {
        const string text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN BÌNH\tĐộc lập - Tự do - Hạnh phúc\n| TT | Chỉ tiêu | TH |\n| 1 | Số tin bài | 30 |";
        var tables = Read(text);
        Assert.Equal(2, tables.Count);
        Assert.Equal(['\t', '|'], tables.Select(t => t.Rows[0].Separator));
    }

    [Fact]
    public void Read_SkipsOcrDebrisBetweenTheHeaderAndTheFirstRow()
    {
        const string text = "STT | Chỉ tiêu | Thực hiện | Tỷ lệ % so\nvới kế hoạch\n\nMẫu [G)](®6)\n\n\n2\n\n1 | Số tin bài | 40 | 100\n\n2 | Số cuộc họp | 9 | 90";
        var table = Assert.Single(Read(text));
        Assert.Equal(3, table.Rows.Count);
        Assert.Equal("Tỷ lệ % so với kế hoạch", table.Rows[0].Cells[^1].Text);
    }

    [Fact]
    public void Read_EndsATableAtATitleBeforeAnotherTable()
    {
        const string text = "TT | Chỉ tiêu | TH\n1 | Số tin bài | 40\n2 | Số cuộc họp | 9\nBiểu số 02: hạ tầng\nTT | Chỉ tiêu | KH\n1 | Số trạm BTS | 12";
        Assert.Equal(2, Read(text).Count);
    }
    [Fact]
    public void Read_KeepsAGroupHeadingWithoutSeparatorsInsideItsTable()
    {
        const string text = "STT\tChỉ tiêu\tKH\tTH\n1\tSố trạm BTS\t10\t12\nII. Chính quyền số\n2\tSố tin bài\t100\t120\nHết bảng.";
        var table = Assert.Single(Read(text));
        Assert.Equal(4, table.Rows.Count);
        Assert.Equal(["II. Chính quyền số"], table.Rows[2].Cells.Select(c => c.Text));
    }

    [Fact]
    public void Read_ANumberedHeadingBetweenTwoTablesEndsTheFirst()
    {
        const string text = "STT\tChỉ tiêu\tKH\tTH\n1\tSố trạm BTS\t10\t12\n2\tSố máy tính\t40\t44\n" +
                            "3. Thông tin điện tử\nNội dung\tNăm 2025\nSố tin bài\t120\nSố văn bản\t30";
        var tables = Read(text);
        Assert.Equal(2, tables.Count);
        Assert.Equal("Số máy tính", tables[0].Rows[^1].Cells[1].Text);
        Assert.Equal("44", tables[0].Rows[^1].Cells[^1].Text);
    }
}
