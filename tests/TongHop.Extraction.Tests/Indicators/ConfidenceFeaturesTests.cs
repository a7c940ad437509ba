using TongHop.Extraction.Indicators.Confidence;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The features of session 21 that tell a confident reading from a doubtful one on reports never seen: other values the
/// report offers for the same indicator, a value under 3, a change in the sentence, a list item, unclaimed figures of the
/// same thing near it. Each is computed where the reading knows it; each test has a sentence where it must stay unset.
/// </summary>
public class ConfidenceFeaturesTests
{
    private static double Feature(string text, string key, string name)
    {
        var extraction = ExtractorHarness.Run(text);
        var i = extraction.Indicators.ToList().FindIndex(v => v.Key == key);
        Assert.True(i >= 0, $"no {key} read from: {text}");
        return extraction.Features![i].Values[Array.IndexOf(ConfidenceFeatures.Names, name)];
    }

    [Fact]
    public void Competitors_CountsTheOtherValuesOfTheSameIndicatorThatLost()
    {
        const string two = "Toàn xã có 45 máy tính phục vụ công tác chuyên môn.\n\nVăn phòng HĐND và UBND xã có 12 máy tính.";
        Assert.Equal(Math.Log(2), Feature(two, "computers", "competitors"), 6);
        Assert.Equal(0, Feature("Toàn xã có 45 máy tính phục vụ công tác chuyên môn.", "computers", "competitors"));
    }

    [Fact]
    public void Competitors_LeavesOutTheTargetOfTheSameIndicator()
    {
        // A plan and a result of one indicator are both chosen: neither competes with the other.
        const string text = "Năm 2025, tỷ lệ hồ sơ nộp trực tuyến đạt 72%.\n\nPhấn đấu năm 2026 tỷ lệ hồ sơ nộp trực tuyến đạt trên 80%.";
        Assert.Equal(0, Feature(text, "online_dossier_rate", "competitors"));
    }

    [Fact]
    public void Small_IsSetForACountUnderThreeOnly()
    {
        Assert.Equal(1, Feature("Xã bố trí 02 công chức chuyên trách về chuyển đổi số.", "dt_specialist_staff", "small"));
        Assert.Equal(0, Feature("Xã bố trí 12 công chức chuyên trách về chuyển đổi số.", "dt_specialist_staff", "small"));
    }

    [Fact]
    public void Change_IsSetWhereANumberOfTheSentenceIsAChange()
    {
        Assert.Equal(1, Feature("Toàn xã có 45 máy tính, tăng 6 máy so với năm 2024.", "computers", "change"));
        Assert.Equal(0, Feature("Toàn xã có 45 máy tính, trong đó 6 máy tính xách tay.", "computers", "change"));
    }

    [Fact]
    public void ListItem_IsSetForAValueOfAnItemJoinedBySemicolons()
    {
        const string list = "Hạ tầng của xã:\n- Trụ sở được trang bị 45 máy tính;\n- Đường truyền cáp quang đến 100% thôn.";
        Assert.Equal(1, Feature(list, "computers", "list_item"));
        Assert.Equal(0, Feature("Trụ sở xã được trang bị 45 máy tính. Đường truyền cáp quang đến 100% thôn.", "computers", "list_item"));
    }

    [Fact]
    public void Siblings_CountsUnclaimedFiguresOfTheSameHeadNounNearTheValue()
    {
        // "57 máy" counts machines too and no value took it: the 88 may be one part of the company's computers.
        const string parts = "Khối văn phòng được trang bị 88 máy vi tính để bàn. Các trạm quản lý được trang bị 57 máy.";
        Assert.Equal(Math.Log(2), Feature(parts, "computers", "siblings"), 6);
        Assert.Equal(0, Feature("Khối văn phòng được trang bị 88 máy vi tính để bàn. Công ty quản lý 57 trạm bơm.", "computers", "siblings"));
    }

    [Fact]
    public void Siblings_LooksNoFartherThanTwoSentences()
    {
        const string far = "Khối văn phòng được trang bị 88 máy vi tính để bàn. Công ty có 12 phòng ban. Công ty có 9 xí nghiệp. " +
                           "Công ty có 3 trạm bơm. Các trạm quản lý được trang bị 57 máy.";
        Assert.Equal(0, Feature(far, "computers", "siblings"));
    }

    [Fact]
    public void ShippedModel_MarksAValueLessSureWhereTheReportGivesAnotherValueOfItOrUnclaimedPartsBesideIt()
    {
        var alone = ExtractorHarness.Single("Toàn xã có 45 máy tính phục vụ công tác chuyên môn.", "computers");
        var rivalled = ExtractorHarness.Run("Toàn xã có 45 máy tính phục vụ công tác chuyên môn.\n\nVăn phòng HĐND và UBND xã có 12 máy tính.")
            .Indicators.Single(v => v.Key == "computers" && v.Value == 45);
        var parts = ExtractorHarness.Single("Khối văn phòng được trang bị 88 máy vi tính để bàn. Các trạm quản lý được trang bị 57 máy.", "computers");
        var whole = ExtractorHarness.Single("Khối văn phòng được trang bị 88 máy vi tính để bàn. Công ty quản lý 57 trạm bơm.", "computers");
        Assert.True(rivalled.Confidence < alone.Confidence, $"{rivalled.Confidence} < {alone.Confidence}");
        Assert.True(parts.Confidence < whole.Confidence, $"{parts.Confidence} < {whole.Confidence}");
    }
}
