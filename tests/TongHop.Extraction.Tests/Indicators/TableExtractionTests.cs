using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>Indicator values read from tables written in text (pipe and TAB rows), column by column.</summary>
public sealed class TableExtractionTests
{
    [Fact]
    public void Table_ReadsPlanAsTargetAndResultAsActualWhateverTheirOrder()
    {
        const string text = """
            Kết quả năm 2025:
            Số TT | Tên chỉ tiêu | Kết quả thực hiện | Kế hoạch giao | Đơn vị tính
            1 | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | 88,5 | 80 | %
            2 | Số cuộc họp trực tuyến | 31 | 24 | cuộc
            """;
        Assert.Equal([(ValueKind.Actual, 88.5m), (ValueKind.Target, 80m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 31m), (ValueKind.Target, 24m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void Table_NeverReadsTheRowNumberOrTheComparisonColumnAsAValue()
    {
        const string text = """
            STT | Chỉ tiêu | ĐVT | Thực hiện | So sánh với cùng kỳ (%)
            3 | Số trạm phát sóng di động BTS | trạm | 17 | 113,3
            4 | Số tài khoản thư điện tử công vụ đã cấp | tài khoản | - | -
            """;
        Assert.Equal([(ValueKind.Actual, 17m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Empty(ExtractorHarness.Values(text, "official_email_accounts"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 3 or 4 or 113.3m);
    }

    [Fact]
    public void Table_ReadsACountWhoseBracketShortensTheNounTheLabelCounts()
    {
        // "(máy)" shortens "máy tính", "(đường)" "đường truyền": after "Số", the label names what is counted.
        const string text = """
            STT	Nội dung chỉ tiêu	Kế hoạch năm 2025	Thực hiện năm 2025	Tỷ lệ đạt (%)
            1	Số máy tính phục vụ công tác chuyên môn, quản lý (máy)	120	126	105
            2	Số đường truyền Internet cáp quang (đường)	3	3	100
            3	Số cuộc họp trực tuyến (cuộc)	12	15	125
            """;
        Assert.Equal([(ValueKind.Actual, 126m), (ValueKind.Target, 120m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 3m), (ValueKind.Target, 3m)], ExtractorHarness.KindsAndValues(text, "internet_lines"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 105 or 100 or 125);
    }

    [Fact]
    public void Table_ScalesMoneyByTheUnitColumnAndLeavesLastYearsColumnOut()
    {
        const string text = """
            TT	Nội dung	Đơn vị tính	Thực hiện năm 2024	Kế hoạch năm 2025	Thực hiện năm 2025
            1	Kinh phí chi cho chuyển đổi số	triệu đồng	850	1.500	1.320,5
            2	Số thành viên Tổ công nghệ số cộng đồng	người	60	90	97
            Trên đây là số liệu năm 2025.
            """;
        Assert.Equal([(ValueKind.Actual, 1_320_500_000m), (ValueKind.Target, 1_500_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
        Assert.Equal([(ValueKind.Actual, 97m), (ValueKind.Target, 90m)], ExtractorHarness.KindsAndValues(text, "cdt_members"));
        Assert.All(ExtractorHarness.Values(text, "cdt_members"), v => Assert.Equal(2025, v.Period));
    }

    [Fact]
    public void Table_ReadsAHeaderOverTwoRowsWithASpanningYear()
    {
        const string text = """
            | STT | Chỉ tiêu | Đơn vị | Năm 2026 | | Ghi chú |
            | | | | Mục tiêu | Đạt được | |
            | I | HẠ TẦNG SỐ | | | | |
            | 1 | Tỷ lệ thôn được phủ sóng di động 4G | % | 100 | 96,2 | |
            | II | CHÍNH QUYỀN SỐ | | | | |
            | 2 | Tỷ lệ văn bản điện tử được ký số | % | 100 | 99 | |
            Báo cáo năm 2026.
            """;
        Assert.Equal([(ValueKind.Actual, 96.2m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "mobile_4g_coverage"));
        Assert.Equal([(ValueKind.Actual, 99m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void Table_SumsPartsWhereTheItemHasNoFigureAndReportsPartsThatDoNotAddUp()
    {
        const string text = """
            STT | Chỉ tiêu | ĐVT | Thực hiện
            1 | Số chứng thư số đã cấp | chứng thư | 40
            | Trong đó: cấp cho tổ chức | chứng thư | 6
            | Cấp cho cá nhân | chứng thư | 30
            2 | Số trạm thu phát sóng BTS | trạm |
            | - Viettel | trạm | 7
            | - VNPT | trạm | 4
            """;
        var extraction = ExtractorHarness.Run(text);
        Assert.Equal(40m, Assert.Single(extraction.Indicators, v => v.Key == "digital_signatures").Value);
        Assert.Equal(11m, Assert.Single(extraction.Indicators, v => v.Key == "bts_stations").Value);
        var finding = Assert.Single(extraction.ExtractorFindings);
        Assert.Equal(("parts-sum-mismatch", "digital_signatures"), (finding.Code, finding.About));
        Assert.Contains("36", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_LeavesARowUnreadWhenItsCellsDoNotFitTheColumns()
    {
        // The border between the label and the unit was lost: "%" and the plan figure ran together.
        const string text = """
            | STT | Chỉ tiêu | ĐVT | Kế hoạch | Thực hiện |
            | 1 | Tỷ lệ hồ sơ được số hóa | % 100 | 97,3 |
            | 2 | Số cuộc họp trực tuyến | cuộc | 12 | 15 |
            """;
        Assert.Empty(ExtractorHarness.Values(text, "dossier_digitization_rate"));
        Assert.Equal([(ValueKind.Actual, 15m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void Table_WithoutTitlesReadsItsSingleColumnOfFiguresByTheRowsWording()
    {
        const string text = "Một số số liệu:\nSố trạm BTS trên địa bàn\t8\nSố thôn có sóng 4G\t10/12\nSố điểm bưu điện văn hóa\t1\n";
        Assert.Equal([(ValueKind.Actual, 8m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        var coverage = Assert.Single(ExtractorHarness.Values(text, "mobile_4g_coverage"));
        Assert.Equal((83.3m, 10m, 12m), (coverage.Value, coverage.Numerator, coverage.Denominator));
    }

    [Fact]
    public void Table_GivesEvidenceThatNamesRowAndColumn()
    {
        const string text = "STT | Chỉ tiêu | ĐVT | Thực hiện\n1 | Số cuộc họp trực tuyến | cuộc | 15\n2 | Số tin bài đăng trên trang | tin | 30";
        var v = Assert.Single(ExtractorHarness.Values(text, "online_meetings"));
        Assert.Equal("Số cuộc họp trực tuyến (cuộc) — Thực hiện: 15", v.Evidence);
        Assert.Equal("1 | Số cuộc họp trực tuyến | cuộc | 15", v.Span.Slice(text));
    }

    [Fact]
    public void Table_HeaderAndSignatureBlocksAreNoTablesOfFigures()
    {
        const string text = "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ AN PHÚ\tĐộc lập - Tự do - Hạnh phúc\n" +
                            "Số: 12/BC-UBND\tAn Phú, ngày 05 tháng 3 năm 2025\n\nXã có 11 trạm phát sóng di động.\n";
        Assert.Equal(11m, Assert.Single(ExtractorHarness.Values(text, "bts_stations")).Value);
    }

    // Session 8: a table turned the other way, its rows the unit's parts and its figure columns indicators.
    private const string PartsByColumn =
        "Trang thiết bị của các điểm trường như sau:\n" +
        "TT\tĐiểm trường\tMáy tính phục vụ công tác (chiếc)\tChữ ký số (chứng thư)\n" +
        "1\tĐiểm trường chính\t21\t3\n" +
        "2\tĐiểm trường Nà Cọ\t6\t1\n" +
        "3\tĐiểm trường Khuổi Hẩu\t4\t1\n";

    [Fact]
    public void ATableOfPartsByColumn_GivesItsTotalRow()
    {
        var text = PartsByColumn + "\tCộng\t31\t5\n";
        Assert.Equal([(ValueKind.Actual, 31m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 5m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void ATableOfPartsByColumn_WithoutATotal_GivesNoPartAsTheFigure_ButTheirSumUnsure()
    {
        // Session 18: parts without a total add up, as in prose; the rows may not be all of the unit, so not sure.
        var computers = Assert.Single(ExtractorHarness.Values(PartsByColumn, "computers"));
        Assert.Equal(31m, computers.Value);
        Assert.True(computers.Confidence < IndicatorValue.SureConfidence);
        Assert.Equal(5m, Assert.Single(ExtractorHarness.Values(PartsByColumn, "digital_signatures")).Value);
    }
}
