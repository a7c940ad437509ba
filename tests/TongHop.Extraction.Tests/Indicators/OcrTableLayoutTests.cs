using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Tables as English OCR leaves them (issue 14, session 10): a row-number title garbled into a word, a header line
/// wrapped in the middle of a title with the next title on the same line, a column that judges in words, labels
/// wrapped above their figures in a table without a unit column, a pipe row whose border OCR lost between two figures
/// or wrapped onto the next line; and the rules that keep a wrong value out (a % column never gives a count).
/// </summary>
public sealed class OcrTableLayoutTests
{
    [Fact]
    public void GarbledRowNumberTitle_WrappedHeaderAndLabelsWrappedAboveTheirFigures_AreRead()
    {
        // "STT" read "Sl"; the second header line holds the end of one title and the whole next one; no unit column:
        // the unit is the label's bracket; labels wrap above their figures, or their last words go down with them.
        const string text = """
            Sl Nội dung Kế hoạch năm 2025 Thực hiện 6 tháng
            năm 2025 Tỷ lệ đạt (%)
            1 Số máy tính phục vụ giảng dạy tại các phòng học bộ môn (máy)
            64 70 109,4
            2 Số máy tính được cài phần mềm diệt virus
            có bản quyền (máy) 64 58 90,6
            3 Số cuộc họp trực tuyến với phòng chuyên môn (cuộc) 12 15
            125
            """;
        Assert.Equal([(ValueKind.Actual, 70m), (ValueKind.Target, 64m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 58m), (ValueKind.Target, 64m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
        Assert.Equal([(ValueKind.Actual, 15m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 109.4m or 90.6m or 125m);
    }

    [Fact]
    public void AWordThatIsNoTitleBeforeAWordThatIsNoLabelTitle_OpensNoHeader()
    {
        // "Sở" before "Kế hoạch" (not a label's title): a sentence, not a table.
        const string text = """
            Sở Kế hoạch và Đầu tư Thực hiện kiểm tra
            1 Số máy tính phục vụ công tác (máy) 64 70
            """;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 64m && v.Kind == ValueKind.Target);
    }

    [Fact]
    public void AnAssessmentColumnInWords_IsANoteAndTheHeaderWrappedInsideATitleIsJoined()
    {
        const string text = """
            TT Chỉ tiêu ĐVT Mục tiêu năm 2025 Kết
            quả đạt được Đánh giá
            1 Số điểm phục vụ bưu chính có kết nối Internet
            băng rộng điểm 4 4 Đạt
            2 Tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến % 70 64,2 Chưa đạt
            3 Số cuộc họp trực tuyến đã tổ chức cuộc 12 15
            Vượt
            """;
        Assert.Equal([(ValueKind.Actual, 4m), (ValueKind.Target, 4m)], ExtractorHarness.KindsAndValues(text, "postal_broadband_points"));
        Assert.Equal([(ValueKind.Actual, 64.2m), (ValueKind.Target, 70m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 15m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void AJudgementWrappedUnderItsRowOrDownWithTheLastFigures_IsTheRowsNote()
    {
        // "TT" read "(Từ"; a row's "Chưa đạt" on a line of its own; a row whose last figures went down with its note.
        const string text = """
            (Từ Chỉ tiêu ĐVT Kế hoạch giao Thực hiện 9 tháng Tỷ lệ
            hoàn thành (%) Xếp loại
            1 Số trạm BTS trên địa bàn trạm 9 8 88,9
            Chưa đạt
            2 Tỷ lệ hồ sơ thủ tục hành chính tiếp nhận trực tuyến % 55
            61,2 111,3 Vượt
            3 Số cuộc họp trực tuyến cuộc 10 10 100 Đạt
            """;
        Assert.Equal([(ValueKind.Actual, 8m), (ValueKind.Target, 9m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 61.2m), (ValueKind.Target, 55m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 10m), (ValueKind.Target, 10m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 88.9m or 111.3m);
    }

    [Fact]
    public void APipeRowWhoseBorderOcrLostBetweenFigures_IsSplitAndAWrappedLastCellJoined()
    {
        const string text = """
            | TT | Nội dung | ĐVT | Kế hoạch | Thực hiện | So sánh (%) |
            | 1 | Tỷ lệ hồ sơ giải quyết trực tuyến | % | 60 | 71,4 |
            118,9 |
            | 2 | Số cuộc họp trực tuyến | cuộc | 10 12 ]120 |
            | 3 | Số máy tính phục vụ công tác | chiếc | 40 | 42 | 105 |
            | 4 | Số trạm BTS trên địa bàn | trạm | 5 ] 6 120 |
            """;
        Assert.Equal([(ValueKind.Actual, 71.4m), (ValueKind.Target, 60m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 12m), (ValueKind.Target, 10m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 42m), (ValueKind.Target, 40m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 6m), (ValueKind.Target, 5m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
    }

    [Fact]
    public void APipeRowWithMoreMissingCellsThanMergedFigures_StaysUnread()
    {
        // Two cells short, but only two figures run together: which title each stands under is unknown.
        const string text = """
            | TT | Nội dung | ĐVT | Kế hoạch | Thực hiện | So sánh (%) |
            | 1 | Số máy tính phục vụ công tác | chiếc | 40 | 42 | 105 |
            | 2 | Số cuộc họp trực tuyến | cuộc | 10 12 |
            | 3 | Số trạm BTS trên địa bàn | trạm | 5 | 6 | 120 |
            """;
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 6m), (ValueKind.Target, 5m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
    }

    [Fact]
    public void AColumnTitledInPercent_NeverGivesACount()
    {
        const string text = """
            | STT | Nội dung | ĐVT | Kế hoạch | Thực hiện (%) |
            | 1 | Số máy tính phục vụ công tác | máy | 50 | 96 |
            | 2 | Tỷ lệ văn bản đi được ký số | % | 90 | 95,5 |
            """;
        Assert.Equal([(ValueKind.Target, 50m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 95.5m), (ValueKind.Target, 90m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void APlanHeadingUnderAnotherSection_GivesItsYearToATargetBesideATablesPlan()
    {
        // The table's group rows "I.", "II." read as sections, so "4. Phương hướng năm 2026" is nested under one.
        const string text = "1. Kết quả thực hiện\n| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 |\n" +
                            "I. Chính quyền số\n| 1 | Tỷ lệ hồ sơ nộp trực tuyến | % | 80 | 83,5 |\n" +
                            "II. Hạ tầng số\n| 2 | Số cuộc họp trực tuyến | cuộc | 10 | 12 |\n" +
                            "3. Phương hướng năm 2026\nPhấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt 95%.\n";
        var targets = ExtractorHarness.Values(text, "online_dossier_rate").Where(v => v.Kind == ValueKind.Target).Select(v => (v.Value, v.Period)).Order().ToArray();
        Assert.Equal([(80m, (int?)2025), (95m, 2026)], targets);
    }

    [Fact]
    public void ACountWhoseNounOcrLeftAfterBlankLines_StaysInItsSentence()
    {
        // A page break (or OCR's blank lines) between "với" and "60 thành viên": one sentence, so the commune's team and
        // the villages' members are summed instead of the commune's 7 taken as the whole.
        const string text = "Tổ công nghệ số cộng đồng cấp xã có 7 thành viên. Ở các thôn, 12 tổ công nghệ số cộng đồng đã được thành lập với\n\n\n" +
                            "60 thành viên là trưởng thôn và đoàn viên.\n";
        Assert.Equal([67m], ExtractorHarness.Values(text, "cdt_members").Select(v => v.Value));
    }

    [Fact]
    public void StudentsTakingPart_AreCountedAsPeopleOfTheMovement()
    {
        var v = ExtractorHarness.Single("Phong trào \"Bình dân học vụ số\" tại trường thu hút khoảng 820 học sinh tham gia.", "digital_literacy_participants");
        Assert.Equal((820m, Qualifier.Approximately), (v.Value, v.Qualifier));
    }
}
