using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Tables whose column separators were lost (English OCR of a TAB table prints its cells with single spaces; a scan's
/// layout may keep only the gap after the row number): rows rebuilt from the header line's titles, read only where
/// the count of figures fits the figure columns.
/// </summary>
public sealed class SpacedTableTests
{
    private const string AppendixAfterSignature = """
        Nơi nhận:
        - Như trên;
        - Lưu: VT.
        HIỆU TRƯỞNG
        Lò Văn Páo

        PHỤ LỤC
        Số liệu chuyển đổi số 9 tháng đầu năm 2025
        STT Nội dung ĐVT Kế hoạch năm Thực hiện 9 tháng
        I Hạ tầng số
        1 Số máy tính phục vụ giảng dạy máy tính 140 126

        trong đó: máy tính cài phần mềm phòng chống mã độc

        máy 140 118
        2 Số trạm phát sóng BTS trong khuôn viên trạm 2 1
        II Chuyển đổi số
        3 Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến % 80 83,4
        4 Số cuộc họp trực tuyến đã tổ chức cuộc — 17
        """;

    [Fact]
    public void SpacedRows_AreReadUnderTheirColumnsWithTheUnitAndAWrappedPartRow()
    {
        var text = AppendixAfterSignature;
        Assert.Equal([(ValueKind.Actual, 126m), (ValueKind.Target, 140m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 118m), (ValueKind.Target, 140m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
        Assert.Equal([(ValueKind.Actual, 1m), (ValueKind.Target, 2m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 83.4m), (ValueKind.Target, 80m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 17m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void SpacedRows_UnderAHeaderWhoseLastTitlesWrappedOntoTheNextLine()
    {
        // OCR wrapped whole titles onto a second line, its first word garbled ("Ươc" for "Ước"); a label's last words
        // went down with its unit and figures ("toàn trình % 70 85 …").
        const string text = """
            Biểu số 03
            STT Nội dung ĐVT Thực hiện năm 2024 Kế hoạch năm 2025
            Ươc thực hiện năm 2025 So sánh với KH (%)
            I Hạ tầng số
            1 Máy tính phục vụ công tác chiếc 96 110 118 107,3
            2 Thủ tục hành chính cung cấp dịch vụ công trực tuyến
            toàn trình % 70 85 88,2 103,8
            3 Kinh phí chi cho chuyển đổi số triệu đồng 900 1.200
            1.150 95,8
            """;
        Assert.Equal([(ValueKind.Actual, 118m), (ValueKind.Target, 110m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 88.2m), (ValueKind.Target, 85m)], ExtractorHarness.KindsAndValues(text, "full_online_services_rate"));
        Assert.Equal([(ValueKind.Actual, 1_150_000_000m), (ValueKind.Target, 1_200_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 96 or 70 or 107.3m or 103.8m);
    }

    [Fact]
    public void SpacedRows_AGroupRowUnderAHeaderIsNoWrappedTitle()
    {
        const string text = """
            STT Nội dung ĐVT Kế hoạch Thực hiện
            Hạ tầng số
            1 Máy tính phục vụ công tác chiếc 110 118
            2 Số cuộc họp trực tuyến cuộc 24 30
            """;
        Assert.Equal([(ValueKind.Actual, 118m), (ValueKind.Target, 110m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 30m), (ValueKind.Target, 24m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void SpacedRows_AScanRowWithOnlyTheNumberSetApartReadsTheSame()
    {
        var text = AppendixAfterSignature.Replace("STT Nội", "STT\tNội").Replace("\n1 Số", "\n1\tSố").Replace("\n3 Tỷ", "\n3\tTỷ");
        Assert.Equal([(ValueKind.Actual, 126m), (ValueKind.Target, 140m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 83.4m), (ValueKind.Target, 80m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void SpacedRows_ARowWhoseFiguresDoNotFitTheColumnsIsNotReadAndSaysSo()
    {
        const string text = """
            TT Chỉ tiêu Đơn vị tính Kế hoạch Thực hiện Tỷ lệ so với KH
            1 Số cuộc họp trực tuyến cuộc 30 125%
            2 Số chứng thư số đã cấp chứng thư 25 21 84%
            """;
        var result = ExtractorHarness.Run(text);
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
        var finding = Assert.Single(result.ExtractorFindings, f => f.Code == "table-row-unread");
        Assert.Equal("online_meetings", finding.About);
        Assert.Contains("Số cuộc họp trực tuyến", finding.Message, StringComparison.Ordinal);
        Assert.Equal([(ValueKind.Actual, 21m), (ValueKind.Target, 25m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
        Assert.DoesNotContain(result.Indicators, v => v.Value is 84 or 125 or 1 or 2);
    }

    [Fact]
    public void SpacedRows_AHeaderWrappedOntoTwoLinesAndAFigureWrappedUnderItsRowStayInTheirColumns()
    {
        // As English OCR prints it: ĐVT as "DPVT", the last title wrapped, a dash of debris, the last figure wrapped.
        const string text = """
            STT Chỉ tiêu DPVT Kế hoạch năm 2025 Thực hiện quý III Tỷ lệ
            so với KH (%)
            A HẠ TẦNG SỐ
            —
            1 Số trạm BTS trên địa bàn xã trạm 8 6
            75
            2 Tỷ lệ văn bản đi được ký số % 100 97,2 97,2
            """;
        var result = ExtractorHarness.Run(text);
        Assert.Equal([(ValueKind.Actual, 6m), (ValueKind.Target, 8m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 97.2m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
        Assert.DoesNotContain(result.Indicators, v => v.Value == 75);
        Assert.Empty(result.ExtractorFindings);
    }

    [Fact]
    public void SpacedRows_ANumberAfterABlankLineIsNotTheMissingFigureOfTheRowAbove()
    {
        const string text = """
            STT Nội dung ĐVT Kế hoạch Thực hiện
            1 Số cuộc họp trực tuyến cuộc 9

            3
            2 Số chứng thư số đã cấp chứng thư 25 21
            """;
        var result = ExtractorHarness.Run(text);
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
        Assert.Contains(result.ExtractorFindings, f => f.Code == "table-row-unread" && f.About == "online_meetings");
        Assert.Equal([(ValueKind.Actual, 21m), (ValueKind.Target, 25m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void SpacedRows_TheComparisonAndNoteColumnsAreNeverValues()
    {
        const string text = """
            STT Chỉ tiêu ĐVT Kế hoạch năm 2025 Thực hiện năm 2025 So sánh (%) Ghi chú
            1 Số trạm BTS trên địa bàn trạm 12 15 125 Viettel, VNPT
            2 Tỷ lệ văn bản điện tử được ký số % 95 97,5 102,6
            """;
        Assert.Equal([(ValueKind.Actual, 15m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 97.5m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 125 or 102.6m);
    }

    [Fact]
    public void TableRow_ALabelThatBeginsWithWhatTheIndicatorCountsFitsAShortOrMissingUnit()
    {
        const string text = """
            Nội dung	ĐVT	Kế hoạch	Kết quả
            Máy tính phục vụ dạy học và quản lý	máy	40	38
            Phiên làm việc, họp trực tuyến	lần	10	9
            """;
        Assert.Equal([(ValueKind.Actual, 38m), (ValueKind.Target, 40m)], ExtractorHarness.KindsAndValues(text, "computers"));
        // "lần" is no unit of a meeting count and the label does not begin with one: not read.
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));

        const string noUnit = """
            Nội dung	Kế hoạch	Kết quả
            Lớp hướng dẫn kỹ năng số cho người dân	6	4
            Lượt người tham gia Bình dân học vụ số	900	1.126
            """;
        Assert.Equal([(ValueKind.Actual, 1126m), (ValueKind.Target, 900m)], ExtractorHarness.KindsAndValues(noUnit, "digital_literacy_participants"));
    }

    [Fact]
    public void SpacedRows_ALineOfTitleWordsFollowedByProseIsNoTable()
    {
        const string text = """
            Nội dung Kế hoạch Thực hiện
            Trong năm 2025, xã đã tổ chức 14 cuộc họp trực tuyến với các thôn.
            """;
        Assert.Equal([14m], ExtractorHarness.Values(text, "online_meetings").Select(v => v.Value));
        Assert.Empty(ExtractorHarness.Run(text).ExtractorFindings);
    }

    [Fact]
    public void APercentRowWithoutItsComparison_FillsTheColumnsBeforeIt_ACountRowShortOfAFigureStaysUnread()
    {
        // English OCR of a TAB table: the share's row leaves the last column ("So sánh") blank; the count's row lost a
        // figure somewhere, and which one the text does not say.
        const string text = """
            PHỤ LỤC
            STT Chỉ tiêu ĐVT Năm 2024 Kế hoạch năm 2025 Thực hiện năm 2025 So sánh (%)
            1 Tỷ lệ văn bản đi được ký số % 88,5 95 97,2
            2 Số cuộc họp trực tuyến cuộc 31 40 112,9
            3 Số máy tính đang sử dụng chiếc 60 70 72 120
            """;
        Assert.Equal([(ValueKind.Actual, 97.2m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 72m), (ValueKind.Target, 70m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }
}
