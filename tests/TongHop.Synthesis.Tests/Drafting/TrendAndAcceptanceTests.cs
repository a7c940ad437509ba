using TongHop.Core.Indicators;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Tests.Support;

namespace TongHop.Synthesis.Tests.Drafting;

/// <summary>
/// The synthesis states trends in words (points for percents, amounts and percent change for counts, "không thay đổi" for
/// figures equal as written) and says which figures come from reports a leader accepted. Expected sentences are worked out
/// by hand from <see cref="SampleProvince"/>: computers 45 + 38 + 120 + 210 = 413; BTS 12 + 7 + 25 = 44 (Sở Y tế's reading
/// is held back); signed documents (99,5 + 97,25 + 100 + 98) / 4 = 98,6875%; budget 1.405.500.000 đồng.
/// </summary>
public sealed class TrendAndAcceptanceTests
{
    private static readonly EarlierRequest PreviousQuarter = new(7, "Quý II năm 2025", 3, Adjacent: true);
    private static readonly EarlierRequest QuarterYearAgo = new(3, "Quý III năm 2024", 3, Adjacent: false);

    [Fact]
    public void Draft_QuarterlyTrends_AreWordedAgainstPreviousQuarterAndSamePeriodLastYear()
    {
        var trends = new SynthesisTrends(
            PreviousQuarter, QuarterYearAgo,
            new Dictionary<string, decimal> { ["computers"] = 413, ["bts_stations"] = 40, ["edocs_signed_rate"] = 94.5m },
            new Dictionary<string, decimal> { ["computers"] = 500, ["edocs_signed_rate"] = 98.7m });
        var body = BodyOf(SampleProvince.Input with { Trends = trends });

        Assert.Contains("; không thay đổi so với quý trước (413) và giảm 87 (17,4%) so với cùng kỳ năm trước (500).", Line(body, "- Số máy tính"), StringComparison.Ordinal);
        Assert.EndsWith("; tăng 4 (10%) so với quý trước (40).", Line(body, "- Số trạm phát sóng"), StringComparison.Ordinal);
        // 98,6875 − 94,5 = 4,1875 points, written 4,2; 98,6875 − 98,7 rounds to no change.
        Assert.EndsWith("; tăng 4,2 điểm phần trăm so với quý trước (94,5%) và không thay đổi so với cùng kỳ năm trước (98,7%).",
            Line(body, "- Tỷ lệ văn bản điện tử"), StringComparison.Ordinal);
        // Nothing earlier for this one: no comparison at all. No report accepted: section I says so, not each figure.
        Assert.EndsWith("(4/5 đơn vị báo cáo; cao nhất Sở Y tế 780.000.000 đồng, thấp nhất Xã Bình Hòa 95.500.000 đồng).",
            Line(body, "- Kinh phí"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_NineMonthReport_WhosePreviousIsLastYears_IsComparedOnceWithTheSamePeriod()
    {
        var lastYear = new EarlierRequest(2, "9 tháng đầu năm 2024", 9, Adjacent: false);
        var values = new Dictionary<string, decimal> { ["budget_spent"] = 1_500_000_000 };
        var body = BodyOf(SampleProvince.Input with { Trends = new SynthesisTrends(lastYear, lastYear, values, values) });

        var line = Line(body, "- Kinh phí");
        Assert.EndsWith("; giảm 94.500.000 đồng (6,3%) so với cùng kỳ năm trước (1.500.000.000 đồng).", line, StringComparison.Ordinal);
        Assert.DoesNotContain("9 tháng đầu năm 2024", line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(12.5, 12.5, MeasureUnit.Percent, "không thay đổi so với kỳ trước (12,5%)")]
    [InlineData(60.25, 64.5, MeasureUnit.Percent, "giảm 4,3 điểm phần trăm so với kỳ trước (64,5%)")]
    [InlineData(5, 0, MeasureUnit.Count, "tăng 5 so với kỳ trước (0)")]
    [InlineData(1200, 1000, MeasureUnit.People, "tăng 200 người (20%) so với kỳ trước (1.000 người)")]
    [InlineData(3, 4, MeasureUnit.Count, "giảm 1 (25%) so với kỳ trước (4)")]
    public void Clause_WordsTheChange(double now, double then, MeasureUnit unit, string expected) =>
        Assert.Equal(expected, TrendText.Clause((decimal)now, (decimal)then, unit, "kỳ trước"));

    [Fact]
    public void Draft_EarlierRequestNotAdjacent_IsNamedByItsPeriod()
    {
        var older = new EarlierRequest(4, "Quý I năm 2025", 3, Adjacent: false);
        var trends = new SynthesisTrends(older, null, new Dictionary<string, decimal> { ["bts_stations"] = 44 }, new Dictionary<string, decimal>());
        Assert.EndsWith("; không thay đổi so với quý I năm 2025 (44).", Line(BodyOf(SampleProvince.Input with { Trends = trends }), "- Số trạm phát sóng"), StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_AcceptedReports_AreCountedInStatusMarkedPerFigureAndInTheAppendix()
    {
        // Xã An Phú (1) and Phường Trần Phú (3) accepted by the leader; Xã Bình Hòa and Sở Y tế not yet.
        var input = SampleProvince.Input with { Units = [.. SampleProvince.Input.Units.Select(u => u with { Accepted = u.Id is 1 or 3 })] };
        var draft = SynthesisDrafter.Draft(input, SampleProvince.Options);
        var body = Body(draft);
        Assert.Contains("- Báo cáo đã được lãnh đạo Sở chấp nhận: 2/4 báo cáo đã gửi; số liệu từ 2 báo cáo chưa được chấp nhận là số liệu sơ bộ", body, StringComparison.Ordinal);
        Assert.Contains("(4/5 đơn vị báo cáo, số liệu của 2/4 đơn vị đã được chấp nhận;", Line(body, "- Số máy tính"), StringComparison.Ordinal);
        Assert.Contains("(3/5 đơn vị báo cáo, số liệu của 2/3 đơn vị đã được chấp nhận;", Line(body, "- Số trạm phát sóng"), StringComparison.Ordinal);

        // With Xã Bình Hòa accepted too, every BTS figure is (Sở Y tế's is held back) and three of four computer counts are.
        var more = BodyOf(input with { Units = [.. input.Units.Select(u => u with { Accepted = u.Id is 1 or 2 or 3 })] });
        Assert.Contains("(3/5 đơn vị báo cáo, số liệu đã được chấp nhận;", Line(more, "- Số trạm phát sóng"), StringComparison.Ordinal);
        Assert.Contains("(4/5 đơn vị báo cáo, số liệu của 3/4 đơn vị đã được chấp nhận;", Line(more, "- Số máy tính"), StringComparison.Ordinal);

        var appendix = draft.Appendices[0].Blocks;
        var table = appendix.OfType<DraftTable>().First(t => t.Header.Any(h => h.StartsWith("Số máy tính", StringComparison.Ordinal)));
        var column = table.Header.ToList().FindIndex(h => h.StartsWith("Số máy tính", StringComparison.Ordinal));
        Assert.Equal("45", table.Rows.Single(r => r[1] == "Xã An Phú")[column]);
        Assert.Equal("38" + Acceptance.Mark, table.Rows.Single(r => r[1] == "Xã Bình Hòa")[column]);
        Assert.Equal("413", table.Rows.Single(r => r[1] == "Toàn tỉnh")[column]);
        Assert.Contains(appendix.OfType<DraftParagraph>(), p => p.Text == Acceptance.MarkNote);
    }

    [Fact]
    public void Draft_EveryReportAccepted_SaysSoAndMarksNothing()
    {
        var input = SampleProvince.Input with { Units = [.. SampleProvince.Input.Units.Select(u => u with { Accepted = u.Document is not null })] };
        var draft = SynthesisDrafter.Draft(input, SampleProvince.Options);
        var body = Body(draft);
        Assert.Contains("chấp nhận: 4/4 báo cáo đã gửi; toàn bộ số liệu tổng hợp là số liệu chính thức.", body, StringComparison.Ordinal);
        Assert.Contains("(4/5 đơn vị báo cáo; cao nhất", Line(body, "- Số máy tính"), StringComparison.Ordinal);
        Assert.DoesNotContain(draft.Appendices[0].Blocks.OfType<DraftTable>().SelectMany(t => t.Rows).SelectMany(r => r), c => c.EndsWith(Acceptance.Mark, StringComparison.Ordinal));
        Assert.DoesNotContain(draft.Appendices[0].Blocks.OfType<DraftParagraph>(), p => p.Text == Acceptance.MarkNote);
    }

    private static string BodyOf(SynthesisInput input) => Body(SynthesisDrafter.Draft(input, SampleProvince.Options));

    private static string Body(SynthesisDraft draft) => string.Join("\n", draft.Body.OfType<DraftParagraph>().Select(p => p.Text));

    private static string Line(string body, string start) => Assert.Single(body.Split('\n'), l => l.StartsWith(start, StringComparison.Ordinal));
}
