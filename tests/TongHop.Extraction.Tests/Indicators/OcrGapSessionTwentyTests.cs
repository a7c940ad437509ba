using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Values read from clean text and lost after English OCR (issue 14, session 20), with sentences and tables written
/// for these tests: a pipe table whose borders OCR lost between figures or read as a bracket, two decimals run together
/// without their border, a row's last figure set on a line of its own, a quarter's numeral garbled; "toàn bộ" at a
/// line's end, "chưa có" read "chưa 6", "km²" read "km?", "điện tử" garbled after "dưới dạng"; village teams listed one
/// a line under the commune's team; and the cases where each rule must not fire.
/// </summary>
public sealed class OcrGapSessionTwentyTests
{
    private const string QuarterHeader = """
        Báo cáo kết quả 9 tháng đầu năm 2025 của Ban quản lý dự án.

        | STT | Nội dung | ĐVT | Quý I | Quý II | Quý III | Lũy kế 9 tháng | Kế hoạch năm 2025 |
        |---|---|---|---|---|---|---|---|
        | 1 | Hồ sơ tiếp nhận | hồ sơ | 410 | 455 | 502 | 1.367 | - |
        | 2 | Hồ sơ nộp trực tuyến | hồ sơ | 291 | 338 | 415 | 1.044 | - |
        """;

    [Fact]
    public void DecimalsRunTogetherWithoutTheirBorder_AreCutAsTheRowsOtherDecimals()
    {
        const string text = QuarterHeader + "\n" + """
            | 3 | Tỷ lệ hồ sơ giải quyết trực tuyến | % | 71,0 | 74,2 82,679,375 |
            | 4 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            """;
        Assert.Equal([(ValueKind.Actual, 79.3m), (ValueKind.Target, 75m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void ABracketForALostBorder_IsABorder()
    {
        const string text = QuarterHeader + "\n" + """
            | 3 | Tỷ lệ văn bản đi được ký số | % | 90,1 (93,4 95,0 | 92,8 | 95 |
            | 4 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            """;
        Assert.Equal([(ValueKind.Actual, 92.8m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void DigitsOfTwoCellsRunTogether_LeaveTheRowUnread()
    {
        // "34 2" is 3 | 4 | 2 with one border lost inside "34": which figure stands under which title is unknown.
        const string text = QuarterHeader + "\n" + """
            | 3 | Số cuộc họp trực tuyến | cuộc |34 2|9 12 |
            | 4 | Tỷ lệ văn bản đi được ký số | % | 90,1 | 93,4 | 95,0 | 92,8 | 95 |
            """;
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 92.8m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void DecimalsOfUnevenLength_AreNotCut()
    {
        // The row's decimals disagree (one and two digits): where one cell ends in "82,6379,3" is unknown.
        const string text = QuarterHeader + "\n" + """
            | 3 | Tỷ lệ hồ sơ giải quyết trực tuyến | % | 71,05 | 74,2 82,6379,375 |
            | 4 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            """;
        Assert.Empty(ExtractorHarness.Values(text, "online_dossier_rate"));
    }

    [Fact]
    public void ARowsLastFigureOnALineOfItsOwn_EndsTheRow()
    {
        const string text = QuarterHeader + "\n" + """
            | 3 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            | 4 | Số tin, bài đăng trên cổng thông tin điện tử | tin, bài | 20 | 25| 31 | 76 |


            100 |
            Số tin bài quý III tăng so với quý II.
            """;
        Assert.Equal([(ValueKind.Actual, 76m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "portal_news"));
        Assert.Equal([(ValueKind.Actual, 9m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void ALineEndingInABorderUnderAFullRow_IsNoPartOfIt()
    {
        // The row above already has every cell: "100 |" below it is not its end, and words never are.
        const string text = QuarterHeader + "\n" + """
            | 3 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            | 4 | Số tin, bài đăng trên cổng thông tin điện tử | tin, bài | 20 | 25 | 31 | 76 | 90 |

            100 |
            """;
        Assert.Equal([(ValueKind.Actual, 76m), (ValueKind.Target, 90m)], ExtractorHarness.KindsAndValues(text, "portal_news"));
    }

    [Fact]
    public void AQuartersNumeralGarbled_StillMakesTheQuartersPartsOfTheirCumulative()
    {
        // "Quý III" read "Quý II": side by side from the first quarter, beside "Lũy kế 9 tháng", they are the quarters.
        const string text = """
            Báo cáo kết quả 9 tháng đầu năm 2025.

            | STT | Nội dung | ĐVT | Quý I | Quý II | Quý II | Lũy kế 9 tháng | Kế hoạch năm 2025 |
            | 1 | Hồ sơ tiếp nhận | hồ sơ | 410 | 455 | 502 | 1.367 | - |
            | 2 | Tỷ lệ văn bản đi được ký số | % | 90,1 | 93,4 | 95,0 | 92,8 | 95 |
            | 3 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            """;
        Assert.Equal([(ValueKind.Actual, 92.8m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
        Assert.Equal([(ValueKind.Actual, 9m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void GarbledQuarterNumeralsBesideACumulativeWithoutItsMonths_AreNotTakenForTheQuarters()
    {
        // "Lũy kế" without its months cannot confirm that "Quý I | Quý II | Quý II" are three quarters: the cumulative
        // column is not made the result.
        const string text = """
            Báo cáo kết quả năm 2025.

            | STT | Nội dung | ĐVT | Quý I | Quý II | Quý II | Lũy kế | Kế hoạch năm 2025 |
            | 1 | Hồ sơ tiếp nhận | hồ sơ | 410 | 455 | 502 | 1.367 | - |
            | 2 | Tỷ lệ văn bản đi được ký số | % | 90,1 | 93,4 | 95,0 | 92,8 | 95 |
            | 3 | Số cuộc họp trực tuyến | cuộc | 3 | 4 | 2 | 9 | 12 |
            """;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "online_meetings"), v => v.Kind == ValueKind.Actual && v.Value == 9m);
    }

    [Fact]
    public void AllTheStaffWithTheLineWrappedAfterTheTrigger_IsAShareOfAllNotACountOfAccounts()
    {
        // An OCR'd page keeps its lines: "Toàn bộ" ends one, the count of the people covered opens the next.
        const string text = """
            Văn phòng có 31 máy tính để bàn. Toàn bộ
            28 cán bộ, công chức đã được cấp hộp thư điện tử công vụ.
            """;
        Assert.Equal([(ValueKind.Actual, 100m)], ExtractorHarness.KindsAndValues(text, "official_accounts_rate"));
        Assert.DoesNotContain(ExtractorHarness.Values(text, "official_email_accounts"), v => v.Value == 28m);
    }

    [Fact]
    public void AllTheThingsCountedAfterAWrappedTrigger_AreStillNoShare()
    {
        // A number of things after "toàn bộ" is their total, line break or not; a blank line ends the paragraph.
        const string text = """
            Toàn bộ
            110 chứng thư số đã được gia hạn trong năm.

            Toàn bộ

            cán bộ đã được cấp hộp thư điện tử công vụ.
            """;
        Assert.Empty(ExtractorHarness.Values(text, "official_accounts_rate"));
    }

    [Fact]
    public void ACountRightAfterNotYet_IsNoValue()
    {
        // "chưa có" with its "có" read as a 6 by English OCR: no count of specialist staff.
        Assert.Empty(ExtractorHarness.Values("Hội chưa 6 cán bộ chuyên trách về công nghệ thông tin.", "dt_specialist_staff"));
    }

    [Fact]
    public void NotYetBeforeItsVerb_LeavesTheCountBeside()
    {
        const string text = "Đơn vị chưa tuyển thêm, hiện có 2 cán bộ chuyên trách về công nghệ thông tin.";
        Assert.Equal([(ValueKind.Actual, 2m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }

    [Fact]
    public void TheVillageTeamsListedOneALineUnderTheCommunesTeam_AreAddedToIt_NotConfidently()
    {
        const string text = """
            2. Xã hội số
            a) Tổ công nghệ số cộng đồng cấp xã có 7 thành viên, do công chức văn hóa làm tổ trưởng.
            b) Các thôn đã thành lập tổ công nghệ số cộng đồng:
            - Thôn Đông: 4 thành viên;
            - Thôn Tây: 5 thành viên;
            - Thôn Trung 2: 3 thành viên.
            c) Xã mở 6 lớp bồi dưỡng kỹ năng số.
            """;
        var members = ExtractorHarness.Single(text, "cdt_members");
        Assert.Equal(19m, members.Value);
        Assert.True(members.Confidence < 0.9, $"confidence {members.Confidence}");
    }

    [Fact]
    public void CountsListedUnderAnotherSentence_AreNoPartsOfTheCommunesTeam()
    {
        // The line after the commune's team is a sentence of its own, not a label of a list: the list counts other groups.
        const string text = """
            a) Tổ công nghệ số cộng đồng cấp xã có 7 thành viên, do công chức văn hóa làm tổ trưởng.
            b) Đoàn Thanh niên xã có hai đội hình tình nguyện.
            - Đội thứ nhất: 4 thành viên;
            - Đội thứ hai: 5 thành viên.
            """;
        Assert.Equal([(ValueKind.Actual, 7m)], ExtractorHarness.KindsAndValues(text, "cdt_members"));
    }

    [Fact]
    public void TheCommunesTeamBrokenDownUnderALabel_IsNoListOfOtherTeams()
    {
        // The lines list who the commune's own members are: no village, and a breakdown word in the label.
        const string text = """
            a) Tổ công nghệ số cộng đồng cấp xã có 12 thành viên.
            b) Cơ cấu thành viên của Tổ như sau:
            - Công chức xã: 4 thành viên;
            - Công an xã: 2 thành viên;
            - Đoàn Thanh niên: 6 thành viên.
            """;
        Assert.Equal([(ValueKind.Actual, 12m)], ExtractorHarness.KindsAndValues(text, "cdt_members"));
    }

    [Fact]
    public void LinesThatAddUpToTheCommunesTeam_BreakItDown()
    {
        const string text = """
            a) Tổ công nghệ số cộng đồng cấp xã có 9 thành viên.
            b) Thành viên đến từ các thôn:
            - Thôn Đông: 4 thành viên;
            - Thôn Tây: 5 thành viên.
            """;
        Assert.Equal([(ValueKind.Actual, 9m)], ExtractorHarness.KindsAndValues(text, "cdt_members"));
    }

    [Fact]
    public void DocumentsExchangedOnPaper_AreNoElectronicRate()
    {
        Assert.Empty(ExtractorHarness.Values(
            "Tỷ lệ văn bản trao đổi giữa các phòng chuyên môn dưới dạng văn bản giấy còn 15%.", "edocs_exchange_rate"));
    }

    [Fact]
    public void SquareKilometresWithTheSquareGarbled_AreAnArea()
    {
        Assert.Equal([(ValueKind.Actual, 215.3m)], ExtractorHarness.KindsAndValues("Xã có diện tích tự nhiên 215,3 km? dân số 9.120 người.", "area_km2"));
        Assert.Equal([(ValueKind.Actual, 48.06m)], ExtractorHarness.KindsAndValues("Phường có diện tích tự nhiên 48,06 km\" với 12 khu phố.", "area_km2"));
    }

    [Fact]
    public void KilometresAlone_AreNoArea()
    {
        Assert.Empty(ExtractorHarness.Values("Xã đã kéo 12 km cáp quang đến trung tâm các thôn.", "area_km2"));
    }

    [Fact]
    public void DocumentsExchangedInAFormWhoseWordOcrGarbled_AreStillTheElectronicExchange()
    {
        // "điện tử" garbled ("điện ar"): the documents exchanged between agencies "dưới dạng …" still say which rate.
        const string text = "Tỷ lệ văn bản trao đổi giữa các cơ quan hành chính nhà nước dưới dạng điện ar đạt 97,2%.";
        Assert.Equal([(ValueKind.Actual, 97.2m)], ExtractorHarness.KindsAndValues(text, "edocs_exchange_rate"));
    }

    [Fact]
    public void DocumentsExchangedWithoutTheirForm_AreNoElectronicExchange()
    {
        Assert.Empty(ExtractorHarness.Values("Văn bản trao đổi giữa các phòng chuyên môn chủ yếu vẫn bằng giấy, chiếm 60%.", "edocs_exchange_rate"));
    }
}
