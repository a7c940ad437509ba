using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The strength of a police or military unit is counted in "đồng chí" and "chiến sĩ" as often as in "cán bộ": with a
/// staff phrasing ("quân số", "hiện có") those words are the staff's unit. Alone, or with people sent somewhere, they
/// count no staff.
/// </summary>
public sealed class ForceStrengthTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Theory]
    [InlineData("Quân số của Trạm hiện có 28 đồng chí, biên chế đủ theo quy định.", 28)]
    [InlineData("Quân số đơn vị: 54 chiến sĩ.", 54)]
    [InlineData("Quân số Đội: 17 dong chi.", 17)]
    public void AForcesStrength_InComradesOrSoldiers_IsTheStaff(string sentence, int expected) =>
        Assert.Equal([(ValueKind.Actual, (decimal)expected)], ExtractorHarness.KindsAndValues(Head + sentence + "\n", "staff_total"));

    [Theory]
    [InlineData("Đơn vị cử 03 đồng chí tham gia lớp tập huấn kỹ năng số.")]
    [InlineData("Trong năm, 04 đồng chí được khen thưởng vì thành tích ứng dụng công nghệ.")]
    [InlineData("Ủng hộ quỹ 2 triệu đồng, chi trả cho 5 chiến sĩ.")]
    public void ComradesSentOrPraised_AreNoStaffCount(string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence + "\n", "staff_total"));
}
