using System.Text;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Synthesis.Drafting;
using TongHop.Synthesis.Tests.Support;
using TongHop.Text.Numbers;

namespace TongHop.Synthesis.Tests.Drafting;

/// <summary>The content of the draft: status, totals, themes, quality notes, in Vietnamese.</summary>
public sealed class SynthesisDrafterTests
{
    private static readonly SynthesisDraft Draft = SynthesisDrafter.Draft(SampleProvince.Input, SampleProvince.Options);

    private static string BodyText => string.Join("\n", Draft.Body.Select(b => b switch { DraftParagraph p => p.Text, DraftHeading h => h.Text, _ => "" }));

    [Fact]
    public void Draft_Status_CountsReportedAndNamesLateAndMissingUnits()
    {
        var units = SampleProvince.Input.Units;
        var received = units.Count(u => u.ReceivedLocal is not null);
        Assert.Contains($"đã gửi báo cáo: {received}/{units.Count} đơn vị", BodyText, StringComparison.Ordinal);
        Assert.Contains("Đơn vị gửi báo cáo trễ hạn: Phường Trần Phú (nhận ngày 27/09/2025)", BodyText, StringComparison.Ordinal);
        Assert.Contains("Đơn vị chưa gửi báo cáo: Xã Cát Tiên.", BodyText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("computers")]
    [InlineData("bts_stations")]
    [InlineData("budget_spent")]
    public void Draft_SumIndicator_IsTheTotalOfEachUnitsBestCountedValue(string key)
    {
        var indicator = SampleProvince.Indicators.Single(i => i.Key == key);
        var best = BestCounted(key).ToList();
        var expected = QuantityText.Of(best.Sum(v => v.Value), indicator.Unit);
        Assert.Contains($"- {indicator.Name}: tổng cộng {expected} ({best.Count}/{SampleProvince.Input.Units.Count} đơn vị báo cáo", BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_RatioIndicator_IsSumOfNumeratorsOverSumOfDenominators()
    {
        var best = BestCounted("online_dossier_rate").ToList();
        var expected = Math.Round(best.Sum(v => v.Numerator!.Value) * 100 / best.Sum(v => v.Denominator!.Value), 1);
        Assert.Contains($"Tỷ lệ hồ sơ thủ tục hành chính thực hiện trực tuyến: chung toàn tỉnh {VietnameseNumber.ToVietnamese(expected, 1)}%", BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Targets_AreStatedApartFromResults()
    {
        var target = Assert.Single(Draft.Body.OfType<DraftParagraph>(), p => p.Text.StartsWith("Mục tiêu các đơn vị đề ra:", StringComparison.Ordinal));
        Assert.Contains("tỷ lệ hồ sơ thủ tục hành chính thực hiện trực tuyến", target.Text, StringComparison.Ordinal);
        Assert.Contains("90%", target.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("90%", Draft.Body.OfType<DraftParagraph>().Single(p => p.Text.StartsWith("- Tỷ lệ hồ sơ", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ValueBelowThreshold_IsHeldBackAndListedInQualityNotes()
    {
        var held = SampleProvince.HeldBack;
        Assert.DoesNotContain(VietnameseNumber.ToVietnamese(held.Value, 2), BodyText.Split("VII. GHI CHÚ")[0], StringComparison.Ordinal);
        Assert.Contains($"Sở Y tế: số trạm phát sóng di động (BTS) {VietnameseNumber.ToVietnamese(held.Value, 2)}", BodyText, StringComparison.Ordinal);
        Assert.Contains("Sở Y tế: Tỷ lệ 99% không khớp với 180/210 nêu trong cùng câu", BodyText, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Difficulties_AreGroupedIntoThemesWithUnitCountsAndQuotes()
    {
        var section = Section("IV.", "V.");
        Assert.Contains("- Về kinh phí: 2 đơn vị nêu (Xã An Phú, Xã Bình Hòa). Ý kiến tiêu biểu: “", section, StringComparison.Ordinal);
        Assert.Contains("- Về hạ tầng, trang thiết bị: 1 đơn vị nêu (Phường Trần Phú)", section, StringComparison.Ordinal);
        Assert.Contains("- Về phối hợp, kết nối dữ liệu: 1 đơn vị nêu (Sở Y tế)", section, StringComparison.Ordinal);
        Assert.Contains("(Xã Bình Hòa)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Proposals_AreGroupedIntoThemes()
    {
        var section = Section("VI.", "VII.");
        Assert.Contains("- Về kinh phí: 2 đơn vị nêu (Xã An Phú, Phường Trần Phú)", section, StringComparison.Ordinal);
        Assert.Contains("“Đề nghị Bộ Y tế sớm ban hành hướng dẫn kết nối dữ liệu giữa các phần mềm chuyên ngành” (Sở Y tế)", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Highlights_NameTheUnitAndItsInitiative()
    {
        var section = Section("III.", "IV.");
        Assert.Contains("Phường Trần Phú dẫn đầu về", section, StringComparison.Ordinal);
        Assert.Contains("- Xã An Phú: Xã đã triển khai mô hình “Chợ 4.0”", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_Text_IsVietnameseNfcWithoutGarbleOrEnglish()
    {
        var all = BodyText + Draft.Subtitle + string.Join("", Draft.Recipients);
        Assert.Equal(all.Normalize(NormalizationForm.FormC), all);
        Assert.DoesNotContain('\uFFFD', all);
        foreach (var garble in new[] { "Ã¡", "Ã©", "Æ°", "á»", "Ä‘", "null", "NaN", " the ", " and ", " of ", "Total", "Unit " })
        {
            Assert.DoesNotContain(garble, all, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Draft_Appendices_ListEveryUnitsDocument()
    {
        var sources = Assert.IsType<DraftTable>(Draft.Appendices[1].Blocks.Single());
        Assert.Equal(SampleProvince.Input.Units.Count, sources.Rows.Count);
        Assert.Contains(sources.Rows, r => r[1] == "Xã An Phú" && r[2] == "101/BC-UBND" && r[3] == "20/09/2025" && r[5] == "Đúng hạn");
        Assert.Contains(sources.Rows, r => r[1] == "Xã Cát Tiên" && r[5] == "Chưa gửi");
    }

    [Fact]
    public void Draft_ManyUnits_ChartShowsTheHighestAndLowestFifteen()
    {
        var units = Enumerable.Range(1, 40).Select(i => new SynthesisUnit(
            i, "U" + i, $"Xã Số {i:00}", Synthesis.Reporting.ReportingState.OnTime, new DateTime(2025, 9, 20), new SourceDocument(null, null, "x.docx"),
            [new SynthesisValue("online_dossier_rate", ValueKind.Actual, 50 + i, null, null, true, 0.9, "")], [], [], [], [])).ToList();
        var draft = SynthesisDrafter.Draft(SampleProvince.Input with { Units = units }, SampleProvince.Options);
        var chart = Assert.Single(draft.Body.OfType<DraftChart>());
        Assert.Equal(30, chart.Bars.Count);
        Assert.Equal("Xã Số 40", chart.Bars[0].Label);
        Assert.Equal("Xã Số 01", chart.Bars[^1].Label);
        Assert.Contains("15 đơn vị cao nhất và 15 đơn vị thấp nhất trong 40 đơn vị", chart.Caption, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_EqualValues_SaySo_InsteadOfHighestAndLowest()
    {
        var units = Enumerable.Range(1, 4).Select(i => new SynthesisUnit(
            i, "U" + i, $"Xã Số {i:00}", Synthesis.Reporting.ReportingState.OnTime, new DateTime(2025, 9, 20), new SourceDocument(null, null, "x.docx"),
            [new SynthesisValue("online_dossier_rate", ValueKind.Actual, i == 4 ? 90 : 100, null, null, true, 0.9, "")], [], [], [], [])).ToList();
        string Line(IReadOnlyList<SynthesisUnit> those) => SynthesisDrafter.Draft(SampleProvince.Input with { Units = those }, SampleProvince.Options)
            .Body.OfType<DraftParagraph>().Select(p => p.Text).Aggregate("", (all, t) => all + "\n" + t);

        var equal = Line(units.Take(3).ToList());
        Assert.Contains("cả 3 đơn vị đều 100%", equal, StringComparison.Ordinal);
        Assert.DoesNotContain("cao nhất", equal, StringComparison.Ordinal);
        var tied = Line(units);
        Assert.Contains("cao nhất Xã Số 01, Xã Số 02 và Xã Số 03 100%, thấp nhất Xã Số 04 90%", tied, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_GroupsFollowTheCatalogsOrderAndTitles()
    {
        var groups = new IndicatorGroup[] { new("kinh_phi", "Nguồn lực tài chính"), new("chinh_quyen_so", "Chính quyền điện tử"), new("ha_tang", "Hạ tầng kết nối") };
        var draft = SynthesisDrafter.Draft(SampleProvince.Input with { Groups = groups }, SampleProvince.Options);
        var headings = draft.Body.OfType<DraftHeading>().Where(h => h.Level == 2).Select(h => h.Text).ToList();
        Assert.Equal(["1. Nguồn lực tài chính", "2. Chính quyền điện tử", "3. Hạ tầng kết nối"], headings);
        var appendix = draft.Appendices[0].Blocks.OfType<DraftHeading>().Select(h => h.Text).ToList();
        Assert.Equal(groups.Select(g => g.Title), appendix);
    }

    [Fact]
    public void Draft_IndicatorNotForHighlights_IsNeverNamedAmongThem()
    {
        string Highlights(SynthesisInput input)
        {
            var body = SynthesisDrafter.Draft(input, SampleProvince.Options).Body;
            var start = body.ToList().FindIndex(b => b is DraftHeading { Text: var t } && t.StartsWith("III.", StringComparison.Ordinal));
            return string.Join("\n", body.Skip(start + 1).TakeWhile(b => b is not DraftHeading).OfType<DraftParagraph>().Select(p => p.Text));
        }

        var named = SampleProvince.Indicators.Where(i => Highlights(SampleProvince.Input).Contains(SynthesisDrafter.LowerFirst(i.Name), StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(named);
        var without = SampleProvince.Input with { Indicators = [.. SampleProvince.Indicators.Select(i => named.Contains(i) ? i with { Highlight = false } : i)] };
        var text = Highlights(without);
        Assert.All(named, i => Assert.DoesNotContain(SynthesisDrafter.LowerFirst(i.Name), text, StringComparison.Ordinal));
    }

    [Fact]
    public void Draft_Charts_AreTheIndicatorsTheCatalogMarks()
    {
        var marked = SampleProvince.Input with { Indicators = [.. SampleProvince.Indicators.Select(i => i with { Chart = i.Key == "budget_spent" })] };
        var chart = Assert.Single(SynthesisDrafter.Draft(marked, SampleProvince.Options).Body.OfType<DraftChart>());
        Assert.Contains("Kinh phí bố trí", chart.Caption, StringComparison.Ordinal);
        Assert.Equal(MeasureUnit.Vnd, chart.ValueUnit);
    }

    private static string Section(string from, string to)
    {
        var text = BodyText;
        var start = text.IndexOf("\n" + from + " ", StringComparison.Ordinal);
        var end = text.IndexOf("\n" + to + " ", start + 1, StringComparison.Ordinal);
        return text[start..end];
    }

    // Each unit's value that counts: reviewed first, then the most confident; unreviewed ones only at 0.5 or more.
    private static IEnumerable<SynthesisValue> BestCounted(string key) =>
        SampleProvince.Input.Units
            .Select(u => u.Values.Where(v => v.IndicatorKey == key && v.Kind == ValueKind.Actual)
                .OrderByDescending(v => v.Reviewed).ThenByDescending(v => v.Confidence).FirstOrDefault())
            .Where(v => v is not null && (v.Reviewed || v.Confidence >= SampleProvince.Options.MinConfidence))!;
}
