using TongHop.Extraction.Indicators.Confidence;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// The features of session 21 that tell a confident reading from a doubtful one on reports never seen: other values the
/// report offers for the same indicator, a value under 3, a change in the sentence, a list item, unclaimed figures of the
/// same thing near it; and of session 22: a count of 3 to 9, unclaimed figures of the same thing in the value's own
/// sentence, a body other than the issuer named in the sentence, a number of another year than the report's. Each is
/// computed where the reading knows it; each test has a sentence where it must stay unset.
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
    public void Few_IsSetForACountOfThreeToNineOnly()
    {
        Assert.Equal(1, Feature("Xã bố trí 05 công chức chuyên trách về chuyển đổi số.", "dt_specialist_staff", "few"));
        Assert.Equal(0, Feature("Xã bố trí 02 công chức chuyên trách về chuyển đổi số.", "dt_specialist_staff", "few"));
        Assert.Equal(0, Feature("Xã bố trí 12 công chức chuyên trách về chuyển đổi số.", "dt_specialist_staff", "few"));
    }

    [Fact]
    public void SiblingsSentence_CountsOnlyTheFiguresOfTheValuesOwnSentence()
    {
        const string same = "Công ty được trang bị 88 máy vi tính, trong đó khối văn phòng có 57 máy, còn lại ở các trạm.";
        Assert.Equal(Math.Log(2), Feature(same, "computers", "siblings_sentence"), 6);
        const string next = "Khối văn phòng được trang bị 88 máy vi tính để bàn; các trạm quản lý được trang bị 57 máy.";
        Assert.Equal(0, Feature(next, "computers", "siblings_sentence"));
        Assert.Equal(Math.Log(2), Feature(next, "computers", "siblings"), 6);
    }

    [Fact]
    public void OtherBody_IsSetWhereTheSentenceNamesABodyTheHeaderDoesNot()
    {
        const string header = "UBND HUYỆN MƯỜNG LA\nSỞ XÂY DỰNG\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n";
        Assert.Equal(1, Feature(header + "Trung tâm Quy hoạch Đô thị có 15 viên chức và người lao động.", "staff_total", "other_body"));
        Assert.Equal(1, Feature(header + "Phối hợp với UBND xã Tạ Bú duy trì 14 Tổ công nghệ số cộng đồng.", "cdt_village_teams", "other_body"));
        Assert.Equal(1, Feature(header + "Tỷ lệ hồ sơ nộp trực tuyến của các xã đạt 88,6%.", "online_dossier_rate", "other_body"));
    }

    [Fact]
    public void OtherBody_IsNotSetForTheIssuerOrAKindWithoutAName()
    {
        const string header = "UBND HUYỆN MƯỜNG LA\nSỞ XÂY DỰNG\n\nBÁO CÁO\nKết quả chuyển đổi số năm 2025\n\n";
        Assert.Equal(0, Feature(header + "Sở Xây dựng có 54 công chức, viên chức và người lao động.", "staff_total", "other_body"));
        Assert.Equal(0, Feature(header + "Sở hiện có 54 máy tính phục vụ công tác chuyên môn.", "computers", "other_body"));
        // A body named after the figure is whom it was shared with, not whose it is.
        Assert.Equal(0, Feature(header + "Sở tổ chức 14 cuộc họp trực tuyến với Trung tâm Quy hoạch Đô thị.", "online_meetings", "other_body"));
    }

    [Fact]
    public void OtherYear_IsSetWhereTheNumbersYearIsNotTheReports()
    {
        const string report = "Kết quả chuyển đổi số năm 2025.\n\nNăm 2025, toàn xã có 45 máy tính.\n\n";
        Assert.Equal(1, Feature(report + "Trong năm 2024, cơ quan đã triển khai ký số, tỷ lệ văn bản đi được ký số đạt 96,1%.", "edocs_signed_rate", "other_year"));
        Assert.Equal(0, Feature(report + "Trong năm 2025, cơ quan đã triển khai ký số, tỷ lệ văn bản đi được ký số đạt 96,1%.", "edocs_signed_rate", "other_year"));
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
