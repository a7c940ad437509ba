using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// A period title written as a quarter with a Roman numeral ("Quý III/2025") names only a period: the plan and result
/// titles under it are dealt out to it as to "Năm 2025" (its "III" is a numeral, not English OCR's "ii" for ư).
/// Table written for this test.
/// </summary>
public sealed class QuarterTitleTests
{
    private const string Table = """
        Báo cáo kết quả quý III năm 2025.
        Nội dung ĐVT Quý III/2024 Quý III/2025
        Thực hiện Kế hoạch Thực hiện
        Số cuộc họp trực tuyến đã tổ chức cuộc 11 15 18
        Trạm phát sóng BTS trên địa bàn trạm 4 6 5
        """;

    [Fact]
    public void TwoLineHeaderUnderRomanQuarters_DealsThePlanAndResultToTheirQuarter()
    {
        Assert.Equal([(ValueKind.Actual, 18m), (ValueKind.Target, 15m)], ExtractorHarness.KindsAndValues(Table, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 5m), (ValueKind.Target, 6m)], ExtractorHarness.KindsAndValues(Table, "bts_stations"));
    }
}
