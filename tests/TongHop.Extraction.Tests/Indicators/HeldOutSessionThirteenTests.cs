using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Phrasings found by writing the held-out reports of session 13 (tests/fixtures/reading-heldout: a state enterprise, a
/// provincial People's Committee, a regional social-insurance office, a commune's steering committee, an inspectorate,
/// a university), tested here in other sentences: staff counted with the workers ("công chức, người lao động", "tổng
/// số lao động"), a quota of staff and the staff there are now (not parts to add), a count "trên/trong tổng số" with
/// words of its clause between, a "NHIỆM VỤ NĂM …" section of plans, and a total of teams broken down into the
/// commune's own team ("tổ của phường") and the villages' teams.
/// </summary>
public sealed class HeldOutSessionThirteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ\n";

    [Theory]
    [InlineData("Trung tâm hiện có 37 công chức, người lao động; 100% được cấp hộp thư công vụ.", 37)]
    [InlineData("Tổng số lao động của Ban tính đến ngày 30/11/2025 là 52 người.", 52)]
    public void StaffCountedWithTheWorkers_IsTheStaff(string sentence, int staff)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)staff)], ExtractorHarness.KindsAndValues(Head + sentence, "staff_total"));
    }

    [Fact]
    public void AQuotaOfStaffAndTheStaffThereAreNow_AreNotAddedUp()
    {
        var values = ExtractorHarness.Values(Head + "Tổng biên chế được giao năm 2025 là 30 người, hiện có 27 công chức, người lao động.", "staff_total");
        Assert.DoesNotContain(values, v => v.Value == 57m);
        Assert.Contains(values, v => v.Value == 27m);
    }

    [Fact]
    public void PartsOfOneStaffStillAddUp()
    {
        Assert.Equal([(ValueKind.Actual, 45m)],
            ExtractorHarness.KindsAndValues(Head + "Phòng hiện có 12 công chức và 33 viên chức.", "staff_total"));
    }

    [Theory]
    [InlineData("Trong năm, 820 hồ sơ được nộp qua mạng trên tổng số 1.000 hồ sơ tiếp nhận.", "online_dossier_rate", 82, 820, 1000)]
    [InlineData("Đến nay, phường hoàn thành 30 trong tổng số 36 tiêu chí của Kế hoạch 02-KH/BCĐTW.", "plan02_criteria", 83.3, 30, 36)]
    public void ACountOfATotalWithWordsBetween_IsARatio(string sentence, string key, double percent, int numerator, int denominator)
    {
        var value = ExtractorHarness.Single(Head + sentence, key);
        Assert.Equal((decimal)percent, value.Value);
        Assert.Equal(numerator, value.Numerator);
        Assert.Equal(denominator, value.Denominator);
    }

    [Fact]
    public void ACountOfATotalAcrossAnotherNumber_IsNoRatio()
    {
        var values = ExtractorHarness.Values(Head + "Đã tiếp nhận 820 hồ sơ qua mạng năm 2024 trên tổng số 1.000 hồ sơ.", "online_dossier_rate");
        Assert.DoesNotContain(values, v => v.Numerator == 820m);
    }

    [Fact]
    public void ATaskSectionOfNextYear_HoldsTargets()
    {
        const string text = Head + "Người có công nhận trợ cấp qua tài khoản đạt 96%.\n\nII. NHIỆM VỤ NĂM 2026\n" +
                            "- 100% người có công nhận trợ cấp qua tài khoản.\n";
        Assert.Equal([(ValueKind.Actual, 96m), (ValueKind.Target, 100m)], ExtractorHarness.KindsAndValues(text, "cashless_merit_benefits"));
    }

    [Fact]
    public void TeamsWithTheWardsOwnAmongThem_CountOnlyTheResidentialGroups()
    {
        const string text = Head + "Phường thành lập 15 tổ công nghệ số cộng đồng, gồm tổ của phường và 14 tổ ở các khu phố, với 96 thành viên.";
        Assert.Equal([(ValueKind.Actual, 14m)], ExtractorHarness.KindsAndValues(text, "cdt_village_teams"));
    }

    [Fact]
    public void TheLabelOfAListNamesEveryItem_NotOnlyTheFirst()
    {
        const string text = Head + "Trả trợ cấp không dùng tiền mặt: người có công 98%; đối tượng bảo trợ xã hội 410/500 người.";
        var social = ExtractorHarness.Single(text, "cashless_social_benefits");
        Assert.Equal(82m, social.Value);
        Assert.Equal(410m, social.Numerator);
        Assert.Equal([(ValueKind.Actual, 98m)], ExtractorHarness.KindsAndValues(text, "cashless_merit_benefits"));
    }

    [Fact]
    public void AReportWithAsManyWordsOnNextYearsPlan_IsStillOnItsYear()
    {
        const string text = "BÁO CÁO\nKết quả năm 2025 và phương hướng năm 2026\n\nI. KẾT QUẢ\n" +
                            "Tổng kinh phí chi cho chuyển đổi số năm 2025 là 1,2 tỷ đồng.\n\nII. PHƯƠNG HƯỚNG NĂM 2026\n" +
                            "- Hoàn thiện hạ tầng trong năm 2026.\n- Dự kiến kinh phí năm 2026 là 2 tỷ đồng.\n";
        Assert.Contains((ValueKind.Actual, 1_200_000_000m), ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void SpecialistsNamedByTheirPosts_AddUp()
    {
        Assert.Equal([(ValueKind.Actual, 3m)], ExtractorHarness.KindsAndValues(
            Head + "Sở phân công 01 Trưởng phòng và 02 chuyên viên phụ trách chuyển đổi số.", "dt_specialist_staff"));
    }
}
