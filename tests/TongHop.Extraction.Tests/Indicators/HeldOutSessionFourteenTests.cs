using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found by writing the held-out reports of session 14 (tests/fixtures/reading-heldout: a provincial military
/// command, a ward's Fatherland Front committee, a kindergarten, a provincial tax office, an agricultural extension
/// centre, a commune's DOCX), tested here in other sentences: an earlier year's figure after a colon, the commas of a
/// list of nouns a count counts, a defence budget that is no room number, money of two sources without a total,
/// computers of the head office and of the branches, villages and residential groups without a total, and a share of
/// 100% said in words.
/// </summary>
public sealed class HeldOutSessionFourteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void AnEarlierYearsFigureAfterAColon_IsNotTheReports_AndTheListOfNounsDoesNotHideTheReportsOwn()
    {
        const string text = Head + "Xã vận động 1.530 lượt đoàn viên, thanh niên và người cao tuổi tham gia học tập \"Bình dân học vụ số\" (năm 2024: 700 lượt).";
        Assert.Equal([(ValueKind.Actual, 1530m)], ExtractorHarness.KindsAndValues(text, "digital_literacy_participants"));
    }

    [Fact]
    public void ADefenceBudgetIsAPartOfItsTotal_NotARoomNumber()
    {
        const string text = Head + "Kinh phí năm 2025 là 2.300 triệu đồng, trong đó ngân sách quốc phòng 1.500 triệu đồng, ngân sách tỉnh 800 triệu đồng.";
        Assert.Equal([(ValueKind.Actual, 2_300_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Theory]
    [InlineData("Kinh phí của Hội gồm 30 triệu đồng từ ngân sách xã và 18 triệu đồng do các nhà hảo tâm tài trợ.", 48_000_000)]
    [InlineData("Ngân sách huyện cấp 600 triệu đồng cho chuyển đổi số; ngoài ra, kinh phí do doanh nghiệp viễn thông hỗ trợ là 250 triệu đồng.", 850_000_000)]
    public void MoneyOfTwoSourcesWithoutATotal_AddsUp(string sentence, long total)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)total)], ExtractorHarness.KindsAndValues(Head + sentence, "budget_spent"));
    }

    [Theory]
    [InlineData("Kinh phí chuyển đổi số được giao 900 triệu đồng từ ngân sách tỉnh và đã giải ngân 720 triệu đồng.")]
    [InlineData("Kinh phí bố trí cho chuyển đổi số bình quân 45 triệu đồng một xã từ ngân sách tỉnh và xã Tân An được 90 triệu đồng.")]
    public void AmountsWeighedAgainstEachOther_AreNotAddedUp(string sentence)
    {
        var values = ExtractorHarness.Values(Head + sentence, "budget_spent");
        Assert.DoesNotContain(values, v => v.Value is 1_620_000_000m or 135_000_000m);
    }

    [Fact]
    public void ComputersOfTheHeadOfficeAndOfTheBranches_AddUp()
    {
        const string text = Head + "Trụ sở chính có 40 máy tính phục vụ công tác; các chi nhánh hiện có 26 máy tính.";
        Assert.Equal([(ValueKind.Actual, 66m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void APlannedCountAndTheResultCarriedFromIt_AreNoPartsToAdd()
    {
        const string text = Head + "Theo kế hoạch, phòng được cấp 20 máy tính phục vụ công tác; đến nay đã nhận đủ 20, bố trí tại 12 bàn làm việc.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 40m);
    }

    [Fact]
    public void ACountOfTheSameThingByAShorterName_LeavesThePartsUnread()
    {
        const string text = Head + "Khu A có 7 máy tính; khu B có 3 máy và khu C có 2 máy tính.";
        Assert.Empty(ExtractorHarness.Values(text, "computers"));
    }

    [Fact]
    public void VillagesAndResidentialGroupsWithoutATotal_AddUp()
    {
        const string text = Head + "Sau sắp xếp, phường có 31 khu phố và 4 thôn, dân số 40.210 người.";
        Assert.Equal([(ValueKind.Actual, 35m)], ExtractorHarness.KindsAndValues(text, "villages"));
    }

    [Theory]
    [InlineData("Tất cả công chức, viên chức của Sở đều đã được cấp hộp thư công vụ.", "official_accounts_rate")]
    [InlineData("Đến nay, toàn bộ văn bản đi đã được ký số.", "edocs_signed_rate")]
    [InlineData("Toàn bộ công chức của phòng (14 người) đã được cấp hộp thư công vụ.", "official_accounts_rate")]
    public void AllSaidInWords_IsAHundredPercent(string sentence, string key)
    {
        Assert.Equal([(ValueKind.Actual, 100m)], ExtractorHarness.KindsAndValues(Head + sentence, key));
    }

    [Theory]
    [InlineData("Đơn vị đã rà soát toàn bộ văn bản đi được ký số trong năm.", "edocs_signed_rate")]
    [InlineData("Chưa phải tất cả công chức đều được cấp hộp thư công vụ.", "official_accounts_rate")]
    [InlineData("Tất cả các thôn đều chưa có sóng 4G.", "mobile_4g_coverage")]
    public void AllAsAnObjectOrDenied_IsNoShare(string sentence, string key)
    {
        Assert.DoesNotContain(ExtractorHarness.Values(Head + sentence, key), v => v.Value == 100m);
    }

    private const string NoteTable =
        "| STT | Nội dung | ĐVT | Kế hoạch | Thực hiện | Ghi chú |\n" +
        "|---|---|---|---|---|---|\n" +
        "| 1 | Số trạm BTS | trạm | 30 | 31 | |\n";

    [Fact]
    public void APercentInTheNoteOfARowOfCounts_IsTheShareOfItsResult()
    {
        const string text = Head + NoteTable + "| 2 | Hồ sơ thủ tục hành chính nộp trực tuyến | hồ sơ | - | 2.480 | Bằng 76,5% số hồ sơ tiếp nhận |\n";
        Assert.Equal([(ValueKind.Actual, 76.5m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void ANoteWithTwoPercents_SaysNothingSure()
    {
        const string text = Head + NoteTable + "| 2 | Hồ sơ thủ tục hành chính nộp trực tuyến | hồ sơ | - | 2.480 | Năm trước 61%, nay 76,5% |\n";
        Assert.Empty(ExtractorHarness.Values(text, "online_dossier_rate"));
    }
}
