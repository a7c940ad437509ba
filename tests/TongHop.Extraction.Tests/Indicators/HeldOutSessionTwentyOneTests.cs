using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 21 (tests/fixtures/reading-heldout: a museum, a national park, a lottery
/// company, a vocational centre's answer letter, a traditional-medicine hospital, the office of a National Assembly
/// delegation and People's Council), tested here in other sentences: the years' figures side by side under one head,
/// "+" sub-items under a label that ends in its colon, a clause quoting another body's data, grades that are no counts,
/// and staff, specialists and lines in words the catalog lacked.
/// </summary>
public sealed class HeldOutSessionTwentyOneTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void TheYearsSideBySide_GiveTheReportYearsFigure()
    {
        const string text = Head + "Số hội nghị trực tuyến của Chi cục năm 2024 là 9, năm 2025 đạt 15.\n";
        Assert.Equal([(ValueKind.Actual, 15m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void TheYearsSideBySide_AfterAHolder_GiveTheReportYearsFigure()
    {
        const string text = Head + "Tin, bài đăng trên trang thông tin điện tử của Hội năm 2024 là 88, năm 2025 đạt 131.\n";
        Assert.Equal([(ValueKind.Actual, 131m)], ExtractorHarness.KindsAndValues(text, "portal_news"));
    }

    [Fact]
    public void TheYearsSideBySide_WithAClassifier_GiveTheReportYearsFigure()
    {
        const string text = Head + "Máy tính làm việc của Viện năm 2024 có 52 bộ, năm 2025 đạt 60 bộ.\n";
        Assert.Equal([(ValueKind.Actual, 60m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void EarlierYearsSideBySide_GiveNothing()
    {
        const string text = Head + "Số hội nghị trực tuyến của Chi cục năm 2023 là 6, năm 2024 là 9.\n";
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
    }

    [Fact]
    public void PlusSubItems_UnderALabel_AreItsPartsWithoutATotal()
    {
        const string text = Head + "- Máy tính phục vụ công tác:\n+ Trụ sở chính: 22 máy;\n+ Hai chi nhánh: 15 máy.\n" +
                            "- Đường truyền Internet:\n+ Tại trụ sở: 03 đường truyền.\n+ Tại kho lưu trữ: 01 đường truyền.\n";
        Assert.Equal([(ValueKind.Actual, 37m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 4m)], ExtractorHarness.KindsAndValues(text, "internet_lines"));
    }

    [Fact]
    public void PlusSubItems_UnderALabelWithItsTotal_LeaveTheTotal()
    {
        const string text = Head + "- Chứng thư số đang dùng: 30, gồm:\n+ Của tổ chức: 02;\n+ Của cá nhân: 28.\n";
        Assert.Equal([(ValueKind.Actual, 30m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void APlusSubItem_TakesItsLabelsWords()
    {
        const string text = Head + "- Bồi dưỡng kỹ năng số cơ bản cho viên chức:\n+ Năm 2024: 40 người;\n+ Năm 2025: 57/60 người, đạt 95%.\n";
        Assert.Equal([(ValueKind.Actual, 95m)], ExtractorHarness.KindsAndValues(text, "staff_digital_skills_trained"));
    }

    [Fact]
    public void APlusSubItem_UnderAPlanLabel_IsTheRequest()
    {
        const string text = Head + "III. PHƯƠNG HƯỚNG NĂM 2026\n- Kinh phí dự kiến năm 2026:\n+ Khoảng 2,8 tỷ đồng cho hạ tầng và phần mềm.\n";
        var value = ExtractorHarness.Single(text, "budget_requested");
        Assert.Equal(2_800_000_000m, value.Value);
        Assert.Equal(ValueKind.Target, value.Kind);
    }

    [Fact]
    public void AClauseQuotingAnotherBodysData_GivesNoneOfTheIssuers()
    {
        const string text = Head + "Theo số liệu của UBND phường, trên địa bàn có 18 tổ dân phố với khoảng 21.000 nhân khẩu.\n";
        Assert.Empty(ExtractorHarness.Values(text, "villages"));
        Assert.Empty(ExtractorHarness.Values(text, "population"));
    }

    [Fact]
    public void AfterTheQuotedClause_TheIssuersOwnRateStays()
    {
        const string text = Head + "Theo thông báo của Sở, tỷ lệ văn bản đi được ký số của toàn ngành đạt 97,5%; tỷ lệ này của Trường là 95,2%.\n";
        Assert.Equal([(ValueKind.Actual, 95.2m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void AReportNamedByItsNumber_QuotesNoBody()
    {
        const string text = Head + "Theo Báo cáo số 15/BC-UBND ngày 02/12/2025 của UBND phường, phường có 18 tổ dân phố.\n";
        Assert.Equal([(ValueKind.Actual, 18m)], ExtractorHarness.KindsAndValues(text, "villages"));
    }

    [Fact]
    public void GradesInASeries_AreNoCounts()
    {
        const string text = Head + "Hệ thống phân phối gồm 312 điểm bán lẻ hạng 1 và hạng 2.\n";
        Assert.Empty(ExtractorHarness.Values(text, "villages"));
    }

    [Fact]
    public void AnIssuedCount_AfterTheSameWord_Stays()
    {
        const string text = Head + "Trong năm đã cấp 15 chứng thư số cho công chức.\n";
        Assert.Equal([(ValueKind.Actual, 15m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void StaffSpecialistsAndLines_InOtherWords()
    {
        const string text = Head + "Đơn vị hiện có 74 người lao động. Bố trí 02 nhân viên chuyên trách công nghệ thông tin. " +
                            "Trụ sở dùng 02 đường truyền cáp quang.\n";
        Assert.Equal([(ValueKind.Actual, 74m)], ExtractorHarness.KindsAndValues(text, "staff_total"));
        Assert.Equal([(ValueKind.Actual, 2m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
        Assert.Equal([(ValueKind.Actual, 2m)], ExtractorHarness.KindsAndValues(text, "internet_lines"));
    }

    [Fact]
    public void ADedicatedFibreLine_IsNoInternetLine()
    {
        const string text = Head + "Trụ sở kết nối 01 đường truyền cáp quang chuyên dùng của tỉnh.\n";
        Assert.Empty(ExtractorHarness.Values(text, "internet_lines"));
    }
    [Fact]
    public void PartsOfTheUnit_OneASentence_AddUp_UnderTheSureMark()
    {
        const string text = Head + "Văn phòng Chi cục có 14 máy tính.\nPhòng Kỹ thuật có 9 máy tính.\nTrạm Kiểm dịch có 6 máy tính.\n";
        var value = ExtractorHarness.Single(text, "computers");
        Assert.Equal(29m, value.Value);
        Assert.True(value.Confidence < 0.9);
    }

    [Fact]
    public void APartAndTheWholeInSentencesOfTheirOwn_AddNothingUp()
    {
        const string text = Head + "Văn phòng Chi cục có 14 máy tính.\nToàn Chi cục hiện có 25 máy tính.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 39m);
    }
    [Fact]
    public void TheUnitSpeakingOfItself_ThenAPart_AddNothingUp()
    {
        // "Trung tâm hiện có …": the kind alone before a verb is the whole unit, not a part named "Trung tâm …".
        const string text = Head + "Trung tâm hiện có 25 máy tính.\nPhòng Hành chính quản lý 8 máy tính.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 33m);
    }

    [Fact]
    public void AfterTheQuotedClause_TheIssuersOwnRateWithItsFraction_Stays()
    {
        const string text = Head + "Theo thông báo của Sở, tỷ lệ văn bản đi được ký số của toàn ngành đạt 97,5%; tỷ lệ này của Trường là 95% (380/400 văn bản).\n";
        Assert.Equal([(ValueKind.Actual, 95m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void PartsOfTheUnit_LeaveACountAnotherIndicatorReadsBetter()
    {
        const string text = Head + "Văn phòng Chi cục có 14 máy tính.\nPhòng Kỹ thuật có 9 máy tính.\nĐã có 20 máy tính được cài phần mềm diệt virus có bản quyền.\n";
        Assert.Equal(23m, ExtractorHarness.Single(text, "computers").Value);
    }

    [Fact]
    public void ATeacherOrAnEmployeeInWords_IsOnePerson()
    {
        const string text = Head + "Nhà trường giao một giáo viên tin học kiêm nhiệm, tham mưu công tác chuyển đổi số.\n";
        Assert.Equal([(ValueKind.Actual, 1m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }
    [Fact]
    public void ABareZero_IsNoCount_ButAFigureWithItsNounStays()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "Điểm cầu được nâng cấp đường truyền cáp quang: tuy vậy 0 o ngày mưa thường gián đoạn.\n", "internet_lines"));
        Assert.Equal([(ValueKind.Actual, 3m)], ExtractorHarness.KindsAndValues(Head + "Điểm cầu dùng 3 đường truyền cáp quang.\n", "internet_lines"));
    }
}
