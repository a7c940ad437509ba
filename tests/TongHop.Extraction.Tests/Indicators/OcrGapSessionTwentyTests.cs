using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Values read from clean text and lost after English OCR (issue 14, session 20), with sentences and tables written
/// for these tests: a pipe table whose borders OCR lost between figures or read as a bracket, two decimals run together
/// without their border, a row's last figure set on a line of its own; and the cases where the rules must not fire.
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
}
