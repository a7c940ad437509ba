using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 22 (tests/fixtures/reading-heldout: a political school, a union of
/// science and technology associations, a prison, a hydro-meteorological station, a city ward after the merger, a State
/// Bank branch), tested here in other sentences: a table whose columns are the unit's parts and whose last column is
/// the whole, a table copied one cell a line, a count for each of several parts, an amount in words with billions,
/// meetings attended that were not held, a body quoted by its name, and staff, accounts and specialists in words the
/// catalog lacked.
/// </summary>
public sealed class HeldOutSessionTwentyTwoTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void ATableOfParts_GivesItsWholeColumn()
    {
        const string text = Head + "Nội dung\tVăn phòng\tChi nhánh Bắc\tChi nhánh Nam\tTổng cộng\n" +
                            "Tài khoản thư điện tử công vụ\t20\t8\t11\t39\n" +
                            "Chứng thư số cá nhân\t5\t2\t3\t10\n";
        Assert.Equal([(ValueKind.Actual, 39m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
        Assert.Equal([(ValueKind.Actual, 10m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void ATableOfParts_WithAWholeNamedByTheUnit_GivesThatColumn()
    {
        const string text = Head + "Chỉ tiêu\tKhoa Nội\tKhoa Ngoại\tToàn đơn vị\n" +
                            "Tài khoản thư điện tử công vụ\t14\t11\t25\n";
        Assert.Equal([(ValueKind.Actual, 25m)], ExtractorHarness.KindsAndValues(text, "official_email_accounts"));
    }

    [Fact]
    public void ATableOfParts_WithoutAWholeColumn_GivesNoPartsFigure()
    {
        const string text = Head + "Nội dung\tVăn phòng\tChi nhánh Bắc\tChi nhánh Nam\n" +
                            "Máy tính đang dùng (máy)\t12\t7\t9\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value is 12m or 7m or 9m);
    }

    [Fact]
    public void ACountForEachPart_TimesTheParts_IsAPart()
    {
        const string text = Head + "Công ty có 4 chi nhánh trực thuộc.\n" +
                            "Trụ sở Công ty có 03 đường truyền Internet; mỗi chi nhánh 01 đường truyền Internet riêng.\n";
        Assert.Equal([(ValueKind.Actual, 7m)], ExtractorHarness.KindsAndValues(text, "internet_lines"));
    }

    [Fact]
    public void ACountForEachPart_AfterTheirNumber_IsTheirNumber()
    {
        const string text = Head + "Thành lập tổ công nghệ số cộng đồng ở 28 tổ dân phố, mỗi tổ dân phố 01 tổ.\n";
        Assert.Equal([(ValueKind.Actual, 28m)], ExtractorHarness.KindsAndValues(text, "cdt_village_teams"));
    }

    [Fact]
    public void ACountForEachPart_WithoutTheirNumber_IsNoValue()
    {
        const string text = Head + "Mỗi phòng giao dịch có 01 đường truyền Internet cáp quang.\n";
        Assert.Empty(ExtractorHarness.Values(text, "internet_lines"));
    }

    [Fact]
    public void AWordThatFoldsLikeEach_IsNoCountForEachPart()
    {
        const string text = Head + "Trung tâm Quan trắc môi trường sử dụng 9 máy tính để bàn.\n";
        Assert.Equal([(ValueKind.Actual, 9m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void AnAmountInWords_WithBillionsAndMillions()
    {
        const string text = Head + "Kinh phí cho chuyển đổi số năm 2025 là hai tỷ bốn trăm triệu đồng.\n";
        Assert.Equal([(ValueKind.Actual, 2_400_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void AnAmountInWords_OfBillionsAlone_StaysAsItWas()
    {
        const string text = Head + "Kinh phí cho chuyển đổi số năm 2025 là ba tỷ đồng.\n";
        Assert.Equal([(ValueKind.Actual, 3_000_000_000m)], ExtractorHarness.KindsAndValues(text, "budget_spent"));
    }

    [Fact]
    public void MeetingsAttended_AreNotMeetingsHeld()
    {
        const string text = Head + "Viện chủ trì 9 cuộc họp trực tuyến với các phân viện; dự 40 hội nghị trực tuyến do Bộ tổ chức.\n";
        Assert.Equal([(ValueKind.Actual, 9m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void MeetingsHeldAndAttended_Stay()
    {
        const string text = Head + "Chi cục đã tổ chức và tham gia 22 cuộc họp trực tuyến.\n";
        Assert.Equal([(ValueKind.Actual, 22m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void ABodyQuotedByItsName_GivesNoneOfTheIssuers()
    {
        const string text = Head + "Theo Sở Y tế tỉnh, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của toàn ngành đạt 91%; " +
                            "tỷ lệ hồ sơ trực tuyến của Bệnh viện đạt 86%.\n";
        Assert.Equal([(ValueKind.Actual, 86m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Theory]
    [InlineData("Theo Bệnh viện Đa khoa khu vực, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của toàn vùng đạt 91%.\n")]
    [InlineData("Theo Kho bạc Nhà nước khu vực, tỷ lệ hồ sơ thủ tục hành chính trực tuyến trên địa bàn đạt 91%.\n")]
    [InlineData("Theo Đảng ủy phường, tỷ lệ hồ sơ thủ tục hành chính trực tuyến trên địa bàn đạt 91%.\n")]
    [InlineData("Theo Chi nhánh Bưu điện tỉnh, tỷ lệ hồ sơ thủ tục hành chính trực tuyến gửi qua bưu chính đạt 91%.\n")]
    public void ABodyOfAnyKindQuotedByItsName_GivesNoneOfTheIssuers(string sentence) =>
        Assert.Empty(ExtractorHarness.Values(Head + sentence, "online_dossier_rate"));

    [Theory]
    [InlineData("Theo Báo cáo tổng kết, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của Trung tâm đạt 91%.\n")]
    [InlineData("Theo Bộ phận Một cửa, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của Trung tâm đạt 91%.\n")]
    [InlineData("Theo Hội nghị sơ kết, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của Trung tâm đạt 91%.\n")]
    public void AReportAnOwnOfficeOrAMeetingAfterTheo_QuotesNoBody(string sentence) =>
        Assert.Contains(ExtractorHarness.Values(Head + sentence, "online_dossier_rate"), v => v.Value == 91m);

    [Fact]
    public void ADocumentAfterTheo_QuotesNoBody()
    {
        const string text = Head + "Theo Kế hoạch năm 2025, tỷ lệ hồ sơ thủ tục hành chính trực tuyến của Trung tâm đạt 93%.\n";
        Assert.Contains(ExtractorHarness.Values(text, "online_dossier_rate"), v => v.Value == 93m);
    }

    [Fact]
    public void StaffCountedAsComrades()
    {
        const string text = Head + "Quân số của Đồn hiện có 64 đồng chí.\n";
        Assert.Equal([(ValueKind.Actual, 64m)], ExtractorHarness.KindsAndValues(text, "staff_total"));
    }

    [Fact]
    public void AComradesTitle_IsNoCount()
    {
        const string text = Head + "Đồng chí Trung tá Lê Văn Hải, Phó Đồn trưởng, phụ trách chuyển đổi số; quân số của Đồn ổn định.\n";
        Assert.Empty(ExtractorHarness.Values(text, "staff_total"));
        Assert.Empty(ExtractorHarness.Values(text, "dt_specialist_staff"));
    }

    [Fact]
    public void AccountsOfMail_GrantedToAllStaff()
    {
        const string text = Head + "100% cán bộ, chiến sĩ đã được cấp tài khoản thư điện tử nội bộ.\n";
        Assert.Equal([(ValueKind.Actual, 100m)], ExtractorHarness.KindsAndValues(text, "official_accounts_rate"));
    }

    [Fact]
    public void AccountsOfAnotherSystem_AreNoMailAccounts()
    {
        const string text = Head + "Đã cấp tài khoản cho 100% học viên trên hệ thống học trực tuyến.\n";
        Assert.Empty(ExtractorHarness.Values(text, "official_accounts_rate"));
    }

    [Fact]
    public void SkillsOfTheTeamsMembers_AreNoStaffSkills()
    {
        const string text = Head + "Bồi dưỡng kỹ năng số cho 100% thành viên tổ công nghệ số cộng đồng.\n";
        Assert.Empty(ExtractorHarness.Values(text, "staff_digital_skills_trained"));
    }

    [Fact]
    public void SkillsOfTheStaff_Stay()
    {
        const string text = Head + "Bồi dưỡng kỹ năng số cơ bản cho 100% công chức của Chi cục.\n";
        Assert.Equal([(ValueKind.Actual, 100m)], ExtractorHarness.KindsAndValues(text, "staff_digital_skills_trained"));
    }

    [Fact]
    public void SpecialistsOfTheNetwork()
    {
        const string text = Head + "Trung tâm bố trí 02 viên chức chuyên trách quản trị mạng và cơ sở dữ liệu.\n";
        Assert.Equal([(ValueKind.Actual, 2m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }

    [Fact]
    public void ATableCopiedOneCellALine_IsReadByItsColumns()
    {
        const string text = Head + "PHỤ LỤC\nSTT\nNội dung\nĐVT\nNăm 2025\nKế hoạch\nThực hiện\n" +
                            "1\nSố cuộc họp trực tuyến\ncuộc\n12\n15\n" +
                            "2\nSố máy tính cài phần mềm diệt virus có bản quyền\nmáy\n40\n38\n";
        Assert.Equal([(ValueKind.Target, 12m), (ValueKind.Actual, 15m)],
            ExtractorHarness.KindsAndValues(text, "online_meetings").OrderBy(v => v.Item1 == ValueKind.Actual));
        Assert.Equal([(ValueKind.Target, 40m), (ValueKind.Actual, 38m)],
            ExtractorHarness.KindsAndValues(text, "antivirus_computers").OrderBy(v => v.Item1 == ValueKind.Actual));
    }

    [Fact]
    public void ATableCopiedOneCellALine_WithRowsOfOtherLengths_GivesNoPlan()
    {
        const string text = Head + "PHỤ LỤC\nSTT\nNội dung\nĐVT\nKế hoạch\nThực hiện\n" +
                            "1\nSố cuộc họp trực tuyến\ncuộc\n12\n15\n" +
                            "2\nSố máy tính cài phần mềm diệt virus có bản quyền\nmáy\n38\n";
        Assert.DoesNotContain(ExtractorHarness.KindsAndValues(text, "antivirus_computers"), v => v.Item1 == ValueKind.Target);
        Assert.DoesNotContain(ExtractorHarness.KindsAndValues(text, "online_meetings"), v => v.Item1 == ValueKind.Target);
    }

    [Fact]
    public void APartsHeading_WithItsTitleOnTheNextLine_NamesAPlan()
    {
        const string text = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nPHẦN I\nKẾT QUẢ THỰC HIỆN\n" +
                            "Chi cục tổ chức 9 cuộc họp trực tuyến với các trạm.\n\nPHẦN II\nPHƯƠNG HƯỚNG NĂM 2026\n" +
                            "Tổ chức 12 cuộc họp trực tuyến với các trạm.\n";
        Assert.Equal([(ValueKind.Actual, 9m), (ValueKind.Target, 12m)],
            ExtractorHarness.KindsAndValues(text, "online_meetings").OrderBy(v => v.Item2));
    }

    // Review of session 22 (findings 1, 2 and 6).
    [Fact]
    public void ComradesAttendingAMeeting_AreNoStaff()
    {
        const string text = Head + "Hội nghị sơ kết có 45 đồng chí là cán bộ chủ chốt của các phòng tham dự.\n";
        Assert.Empty(ExtractorHarness.Values(text, "staff_total"));
    }

    [Fact]
    public void ACountForEachYear_IsNoCountForEachPart()
    {
        const string text = Head + "Trong 5 năm qua, mỗi năm có 02 cuộc họp trực tuyến với Cục Chuyển đổi số.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "online_meetings"), v => v.Value == 10m);
    }

    [Fact]
    public void SomeOfTheParts_AreNotHowManyPartsThereAre()
    {
        const string text = Head + "Năm 2025, 6 thôn được công nhận đạt chuẩn thôn thông minh.\nTổ công nghệ số cộng đồng: mỗi thôn có 01 tổ.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "cdt_village_teams"), v => v.Value == 6m);
    }

    [Fact]
    public void AnUnmarkedMoi_MultipliesNothing()
    {
        const string text = Head + "Toan xa co 35 truong hoc.\nPhong Nong nghiep va Moi truong 05 may tinh.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 175m);
    }

    [Fact]
    public void QuotingTheIssuersOwnOfficeByName_KeepsTheFigure()
    {
        const string text = Head + "Theo Phòng Tổ chức cán bộ, Bệnh viện hiện có 245 viên chức và người lao động.\n";
        Assert.Contains(ExtractorHarness.Values(text, "staff_total"), v => v.Value == 245m);
    }
}
