using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 16 (tests/fixtures/reading-heldout: a commune police station, a
/// regional State Treasury, a provincial hospital, an inter-commune tax office, a ward's Party committee, a special
/// zone) and the causes left open across the held-out set, tested here in other sentences: a total said after its parts
/// with "toàn …" or "nâng tổng số … lên", money of sources listed one a line without a total, an earmarked transfer that
/// is no goal, a share given as a whole and its part after "trong đó", a count that is a share of the population, and a
/// table's rows of sources without a total row.
/// </summary>
public sealed class HeldOutSessionSixteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Theory]
    [InlineData("Văn phòng có 20 máy tính, các phòng chuyên môn có 34 máy tính, toàn cơ quan có 54 máy tính.", 54)]
    [InlineData("Khối văn phòng có 25 máy tính, khối chuyên môn 18 máy tính, nâng tổng số máy tính của Trung tâm lên 43 máy.", 43)]
    public void ATotalClauseAfterTheParts_IsTheValue_NotAddedToThem(string sentence, int total)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)total)], ExtractorHarness.KindsAndValues(Head + sentence, "computers"));
    }

    [Fact]
    public void ATotalClauseAfterPartsThatDisagree_WinsWithAFinding()
    {
        const string text = Head + "Tổ công nghệ số cấp xã có 11 thành viên, các tổ ở thôn có 94 thành viên; toàn xã có 110 thành viên tổ công nghệ số cộng đồng.";
        var run = ExtractorHarness.Run(text);
        Assert.Equal([110m], run.Indicators.Where(v => v.Key == "cdt_members").Select(v => v.Value));
        Assert.Contains(run.ExtractorFindings, f => f.Code == "parts-sum-mismatch");
    }

    [Fact]
    public void ATotalOfItsOwnClause_AfterACountOfOtherThings_IsNoTotalOfTheCountsBefore()
    {
        const string text = Head + "Tổ công nghệ số cộng đồng cấp xã có 12 thành viên; đồng thời thành lập 20 tổ ở thôn, bản với tổng số 96 thành viên.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "cdt_members"), v => v.Value == 96m);
    }

    [Fact]
    public void MoneyOfSourcesListedOneALine_AddsUp()
    {
        const string text = Head + "Kinh phí thực hiện chuyển đổi số năm 2025:\n- Nguồn ngân sách tỉnh hỗ trợ: 900 triệu đồng;\n- Nguồn ngân sách xã: 350 triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 1_250_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void MoneyOfSourcesListedOneALine_WithBlankLinesBetween_AddsUp()
    {
        const string text = Head + "Kinh phí đã giải ngân năm 2025:\n\n- Từ nguồn ngân sách tỉnh: 610 triệu đồng;\n\n\n- Từ nguồn vốn đầu tư công: 2.000 triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 2_610_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void MoneyListedByYear_IsNoListOfSources()
    {
        const string text = Head + "Kinh phí chuyển đổi số của phường:\n- Năm 2024: 800 triệu đồng;\n- Năm 2025: 1.100 triệu đồng.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "budget_spent"), v => v.Value == 1_900_000_000m);
    }

    [Theory]
    [InlineData("Ngân sách tỉnh bổ sung có mục tiêu cho xã 700 triệu đồng để mua sắm thiết bị chuyển đổi số.", 700_000_000)]
    [InlineData("Xã được phân bổ 450 triệu đồng từ Chương trình mục tiêu quốc gia xây dựng nông thôn mới cho chuyển đổi số.", 450_000_000)]
    public void AnEarmarkedTransfer_IsNoGoal(string sentence, long amount)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)amount)], ExtractorHarness.KindsAndValues(Head + sentence, "budget_spent"));
    }

    [Fact]
    public void AWholeAndItsPartAfterTrongDo_GiveTheShare()
    {
        const string text = Head + "UBND xã đang tiếp nhận 128 thủ tục hành chính, trong đó 85 thủ tục được cung cấp trực tuyến toàn trình.";
        var value = ExtractorHarness.Single(text, "full_online_services_rate");
        Assert.Equal((ValueKind.Actual, 66.4m, (decimal?)85, (decimal?)128), (value.Kind, value.Value, value.Numerator, value.Denominator));
    }

    [Fact]
    public void AWholeAndItsPartAfterTrongDo_OfDossiers_GiveTheOnlineShare()
    {
        const string text = Head + "Năm 2025 bộ phận một cửa tiếp nhận 640 hồ sơ, trong đó có 512 hồ sơ nộp qua dịch vụ công trực tuyến.";
        var value = ExtractorHarness.Single(text, "online_dossier_rate");
        Assert.Equal((80m, (decimal?)512, (decimal?)640), (value.Value, value.Numerator, value.Denominator));
    }

    [Fact]
    public void AWholeThatNamesTheShareItself_GivesNoShareOfItsPart()
    {
        const string text = Head + "Năm 2025 có 1.200 hồ sơ nộp trực tuyến, trong đó 1.100 hồ sơ được giải quyết đúng hạn.";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "online_dossier_rate"), v => v.Value == 91.7m);
    }

    [Fact]
    public void AStatedPercentAfterTheParts_StaysTheValue()
    {
        const string text = Head + "Năm 2025 tiếp nhận 640 hồ sơ, trong đó 500 hồ sơ nộp trực tuyến, đạt 78%.";
        Assert.Equal([(ValueKind.Actual, 78m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void AWholeAndAPartOfOtherThings_GiveNoShare()
    {
        const string text = Head + "Đơn vị có 46 công chức, trong đó 12 người tham gia cung cấp dịch vụ công trực tuyến toàn trình.";
        Assert.Empty(ExtractorHarness.Values(text, "full_online_services_rate"));
    }

    [Theory]
    [InlineData("Đã cấp căn cước cho 8.450 người, đạt 91,2% dân số của phường.")]
    [InlineData("Hồ sơ sức khỏe điện tử đã được lập cho 6.120 người dân, chiếm 84% dân số toàn xã.")]
    public void PeopleThatAreAShareOfThePopulation_AreNoPopulation(string sentence)
    {
        Assert.Empty(ExtractorHarness.Values(Head + sentence, "population"));
    }

    [Fact]
    public void APercentThatCountsTheWholeJustNamed_MakesItNoPart()
    {
        const string text = Head + "Phòng được trang bị 31 máy tính, 100% máy tính đã được cài phần mềm diệt virus có bản quyền.";
        Assert.Equal([(ValueKind.Actual, 31m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ThePopulationBesideAShareOfIt_IsKept()
    {
        const string text = Head + "Dân số của phường là 9.265 người. Đã lập hồ sơ sức khỏe điện tử cho 8.100 người, đạt 87,4% dân số.";
        Assert.Equal([(ValueKind.Actual, 9265m)], ExtractorHarness.KindsAndValues(text, "population"));
    }

    // A table of two sources of money: plan 500 + 200, result 480 + 150 (in million đồng), with the rows given after.
    private const string SourceTable = Head + "Kinh phí chuyển đổi số năm 2025:\n\n" +
        "| Nguồn kinh phí | Kế hoạch (triệu đồng) | Thực hiện (triệu đồng) |\n" +
        "|---|---|---|\n" +
        "| Ngân sách tỉnh | 500 | 480 |\n" +
        "| Ngân sách huyện đối ứng | 200 | 150 |\n";

    [Theory]
    [InlineData("")]
    [InlineData("| Tổng cộng | 700 | 630 |\n")]
    public void TableRowsOfSources_AddUpByColumn_OrGiveWayToTheirTotalRow(string totalRow)
    {
        Assert.Equal([(ValueKind.Actual, 630_000_000m), (ValueKind.Target, 700_000_000m)],
            ExtractorHarness.KindsAndValues(SourceTable + totalRow, "budget_spent"));
    }

    [Fact]
    public void ATotalRowThatDisagreesWithTheSources_IsTheValue()
    {
        Assert.Equal([(ValueKind.Actual, 640_000_000m), (ValueKind.Target, 700_000_000m)],
            ExtractorHarness.KindsAndValues(SourceTable + "| Tổng cộng | 700 | 640 |\n", "budget_spent"));
    }

    [Fact]
    public void MoneyColumnsTitledWithTheirUnit_GiveItToRowsWithABracketOfTheirOwn()
    {
        const string text = Head + "Kinh phí của Trung tâm năm 2025:\n\n" +
            "| Nguồn | Dự toán (triệu đồng) | Đã chi (triệu đồng) |\n" +
            "|---|---|---|\n" +
            "| Ngân sách tỉnh (chi sự nghiệp) | 320 | 300 |\n" +
            "| Nguồn thu dịch vụ | 80 | 75 |\n";
        Assert.Equal([(ValueKind.Actual, 375_000_000m), (ValueKind.Target, 400_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AResultWithItsFractionAfterAGoalAcrossASemicolon_TakesTheGoalsLabel()
    {
        const string text = Head + "Năm 2025 đơn vị phấn đấu 95% hồ sơ được nộp qua mạng; kết quả đạt 96,2% (2.405/2.500 hồ sơ).";
        Assert.Equal([(ValueKind.Actual, 96.2m), (ValueKind.Target, 95m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void PeopleGivenAThingNamedBeforeThem_CountThatThing()
    {
        const string text = Head + "Trung tâm đã cấp chứng thư số cho 37 viên chức và 02 chứng thư số của cơ quan.";
        Assert.Equal([(ValueKind.Actual, 39m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Theory]
    [InlineData("Theo số liệu của Văn phòng UBND tỉnh, toàn tỉnh có 88,7% hồ sơ thủ tục hành chính được nộp trực tuyến.")]
    [InlineData("Qua tổng hợp của Sở, cả tỉnh đã có 93,5% hồ sơ nộp trực tuyến trong năm 2025.")]
    public void AWholeProvincesFigureQuotedFromABody_IsNotTheIssuers(string sentence)
    {
        Assert.Empty(ExtractorHarness.Values(Head + sentence, "online_dossier_rate"));
    }

    [Fact]
    public void AProvincesOwnWholeFigure_QuotingNoOne_Stays()
    {
        const string text = Head + "Toàn tỉnh có 91,4% hồ sơ thủ tục hành chính được nộp trực tuyến.";
        Assert.Equal([(ValueKind.Actual, 91.4m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }
}
