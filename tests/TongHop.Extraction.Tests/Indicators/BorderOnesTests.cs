using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// A pipe table's borders that English OCR read as the digit 1 between figures ("| 40148 | 120 |" for "| 40 | 48 | 120 |"):
/// cut where a plan-result-share table checks itself, and nowhere else. Tables written for these tests.
/// </summary>
public sealed class BorderOnesTests
{
    private const string Header = "| STT | Nội dung | Đơn vị tính | Kế hoạch | Thực hiện | Tỷ lệ so với KH (%) |\n";

    private const string Rows = """
        | 1 | Số máy tính được cài phần mềm diệt virus | máy | 40148 | 120 |
        | 2 | Số cuộc họp trực tuyến | cuộc | 12 | 15 | 125 |
        | 3 | Tỷ lệ hồ sơ thủ tục hành chính được giải quyết trực tuyến | % | 90 | 94,51 105 |
        | 4 | Số người tham gia tập huấn kỹ năng số | người | 2.000 12100 |
        | 5 | Số máy tính của cơ quan | máy | 60 | 60 | 100 |
        """;

    [Fact]
    public void BordersReadAsOnes_AreCutWhereTheShareColumnAgrees()
    {
        var text = "PHỤ LỤC\n\n" + Header + Rows;
        Assert.Equal([(ValueKind.Actual, 48m), (ValueKind.Target, 40m)], ExtractorHarness.KindsAndValues(text, "antivirus_computers"));
        Assert.Equal([(ValueKind.Actual, 94.5m), (ValueKind.Target, 90m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
        Assert.Equal([(ValueKind.Actual, 15m), (ValueKind.Target, 12m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void OnesNoCutMakesAgree_LeaveTheRowUnread()
    {
        // "2.000 12100": no choice of 1s gives a plan, a result and its share that agree.
        var text = "PHỤ LỤC\n\n" + Header + Rows;
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value is 12100m or 2100m or 100m && v.Key == "digital_literacy_participants");
    }

    [Fact]
    public void WithoutAShareOfThePlanColumn_NoOneIsABorder()
    {
        var text = "PHỤ LỤC\n\n" + Header.Replace("Tỷ lệ so với KH (%)", "Ghi chú", StringComparison.Ordinal) + Rows;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "antivirus_computers"), v => v.Value is 48m or 40m);
    }
}
