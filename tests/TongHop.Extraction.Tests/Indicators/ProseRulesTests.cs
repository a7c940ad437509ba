using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Figures in prose phrased in ways the first catalog missed: staff counted as a list of nouns, what a unit "hiện có",
/// a goal stated in the clause after the result (and a gap that is not a goal), a total stated after its parts,
/// parts without a total, and a classifier after the number.
/// </summary>
public sealed class ProseRulesTests
{
    [Theory]
    [InlineData("Ban quản lý có 87 viên chức, người lao động, làm việc tại 4 trạm.", "87")]
    [InlineData("Tổ chức bộ máy của thị trấn gồm 36 cán bộ, công chức và người lao động.", "36")]
    [InlineData("Đơn vị hiện có 215 cán bộ, chiến sĩ.", "215")]
    public void StaffCountedAsAListOfNouns(string text, string value) =>
        Assert.Equal(decimal.Parse(value), ExtractorHarness.Single(text, "staff_total").Value);

    [Theory]
    [InlineData("Đơn vị hiện có 64 cán bộ được cấp chữ ký số cá nhân.")]
    [InlineData("Năm qua đã có 120 cán bộ tham gia tập huấn về an toàn thông tin.")]
    public void PeopleCountedForWhatTheyDidAreNoStaffTotal(string text) =>
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Key == "staff_total");

    [Theory]
    [InlineData("Toàn đặc khu hiện có 14 thôn, tổ dân phố.", "14")]
    [InlineData("Thị trấn có 19 khu phố, dân số 21.300 người.", "19")]
    public void VillagesTheUnitHas(string text, string value) =>
        Assert.Equal(decimal.Parse(value), ExtractorHarness.Single(text, "villages").Value);

    [Theory]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, thấp hơn chỉ tiêu 90% được giao.", "90")]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%; chỉ tiêu Ủy ban giao năm nay là 85%.", "85")]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, chưa đạt chỉ tiêu 92% theo kế hoạch.", "92")]
    public void AGoalInTheClauseAfterTheResultTakesItsLabel(string text, string goal)
    {
        var values = ExtractorHarness.Run(text).Indicators.Where(v => v.Key == "edocs_signed_rate").ToList();
        Assert.Contains(values, v => v.Kind == ValueKind.Actual && v.Value == 81.5m);
        Assert.Contains(values, v => v.Kind == ValueKind.Target && v.Value == decimal.Parse(goal));
    }

    [Theory]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, thấp hơn chỉ tiêu 8,5%.")]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, vượt chỉ tiêu 6%.")]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, bằng 95% so với kế hoạch.")]
    [InlineData("Tỷ lệ văn bản điện tử được ký số đạt 81,5%, đạt 96% kế hoạch năm.")]
    public void AGapOrAShareOfThePlanIsNoGoal(string text)
    {
        var values = ExtractorHarness.Run(text).Indicators.Where(v => v.Key == "edocs_signed_rate").ToList();
        Assert.Equal(81.5m, Assert.Single(values).Value);
    }

    [Fact]
    public void AResultAfterTheGoalTakesItsLabelAndIsAResult()
    {
        var values = ExtractorHarness.Run("Kế hoạch năm đặt ra tỷ lệ hồ sơ công việc xử lý trên môi trường điện tử là 95%; cơ quan mới đạt 83%.")
            .Indicators.Where(v => v.Key == "work_records_online_rate").ToList();
        Assert.Contains(values, v => v.Kind == ValueKind.Target && v.Value == 95m);
        Assert.Contains(values, v => v.Kind == ValueKind.Actual && v.Value == 83m);
    }

    [Fact]
    public void ATotalStatedAfterItsPartsWinsAndAMismatchIsAFinding()
    {
        var result = ExtractorHarness.Run("Đã cấp 30 chữ ký số cho giáo viên và 4 chứng thư số cho Ban Giám hiệu; tổng cộng 36 chứng thư.");
        Assert.Equal(36m, Assert.Single(result.Indicators, v => v.Key == "digital_signatures").Value);
        Assert.Contains(result.ExtractorFindings, f => f.Code == "parts-sum-mismatch" && f.About == "digital_signatures");
    }

    [Fact]
    public void ATotalThatAddsUpIsNoFinding()
    {
        var result = ExtractorHarness.Run("Đã cấp 30 chữ ký số cho giáo viên và 6 chứng thư số cho Ban Giám hiệu, tổng cộng 36 chứng thư.");
        Assert.Equal(36m, Assert.Single(result.Indicators, v => v.Key == "digital_signatures").Value);
        Assert.DoesNotContain(result.ExtractorFindings, f => f.Code == "parts-sum-mismatch");
    }

    [Fact]
    public void ATotalOfItsOwnClauseIsNotTheTotalOfTheCountsBefore()
    {
        var v = ExtractorHarness.Single(
            "Tổ công nghệ số cộng đồng cấp xã có 7 thành viên; 12 tổ công nghệ số ở thôn với tổng cộng 58 thành viên.", "cdt_members");
        Assert.Equal(65m, v.Value);
    }

    [Fact]
    public void InternetLinesGivenAsPartsAddUp() =>
        Assert.Equal(4m, ExtractorHarness.Single("Kết nối Internet gồm 03 đường truyền cáp quang của FPT và 01 đường truyền của MobiFone.", "internet_lines").Value);

    [Fact]
    public void AClassifierAfterTheNumberDoesNotHideTheValue() =>
        Assert.Equal(95m, ExtractorHarness.Single("Đến nay tổng số máy tính phục vụ công tác của cơ quan là 95 chiếc.", "computers").Value);
}
