using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The words that name a period live in one place (<c>Indicators/PeriodNames</c>) for tables' column titles, rows of
/// periods and asides in prose: an aside that names an earlier period in any of those words ("năm ngoái", "quý trước")
/// is that period's, as "cùng kỳ" always was; an aside of the report's own period is not.
/// </summary>
public sealed class PeriodNamesTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Theory]
    [InlineData("năm ngoái tỷ lệ này là 64%")]
    [InlineData("quý trước đạt 64%")]
    [InlineData("cùng kỳ: 64%")]
    public void AShareOfAWhole_WithAnEarlierPeriodsRateInBrackets_IsTheShare(string aside)
    {
        var text = Head + $"Năm 2025 Phòng tiếp nhận 1.200 hồ sơ, trong đó 960 hồ sơ nộp trực tuyến ({aside}).\n";
        Assert.Equal([(ValueKind.Actual, 80m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void AnAsideOfTheReportsOwnPeriod_IsTheRate()
    {
        const string text = Head + "Năm 2025 Phòng tiếp nhận 1.200 hồ sơ, trong đó 960 hồ sơ nộp trực tuyến (đạt 81%).\n";
        Assert.Equal([(ValueKind.Actual, 81m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void ATableWhoseRowsAreQuarters_WithoutTheYearsRow_GivesNoValueForTheYear()
    {
        const string text = Head + "Bảng: Kết quả theo quý\n" +
                            "Kỳ | Số cuộc họp trực tuyến | Số chứng thư số cấp mới\n" +
                            "Quý I | 4 | 2\nQuý II | 5 | 3\nQuý III | 6 | 1\nQuý IV | 5 | 2\n\n";
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings")); // neither a quarter's figure nor their sum
    }
}
