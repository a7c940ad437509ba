using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 19 (tests/fixtures/reading-heldout: a Veterans' Association, a
/// water-supply company, a regional court, a Red Cross, a highland commune, a Department of Health), tested here in
/// other sentences: a table of units whose total row stands first or carries no total word, "đồng chí" that is no
/// money, "một" before a staff noun, a count of what lacks the thing, villages called plei, and list items without
/// bullets.
/// </summary>
public sealed class HeldOutSessionNineteenTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void AUnitsTable_WithItsWholeRowFirst_GivesThatRow()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính | Chứng thư số |
            | | Toàn hệ thống | 212 | 47 |
            | 1 | Văn phòng Trung tâm | 40 | 12 |
            | 2 | Chi nhánh phía Bắc | 96 | 20 |
            | 3 | Chi nhánh phía Nam | 76 | 15 |

            """;
        Assert.Equal([(ValueKind.Actual, 212m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 47m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void AUnitsTable_ARowThatIsTheSumOfTheOthers_IsItsTotal_WhereverItStands()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính | Đường truyền Internet |
            | 1 | Phòng Hành chính | 14 | 1 |
            | 2 | Cơ quan và các trạm | 52 | 6 |
            | 3 | Trạm Bắc Sơn | 20 | 3 |
            | 4 | Trạm Nam Sơn | 18 | 2 |

            """;
        Assert.Equal([(ValueKind.Actual, 52m)], ExtractorHarness.KindsAndValues(text, "computers"));
        Assert.Equal([(ValueKind.Actual, 6m)], ExtractorHarness.KindsAndValues(text, "internet_lines"));
    }

    [Fact]
    public void AUnitsTable_WithNoRowTheSumOfTheOthers_StillAddsItsParts()
    {
        const string text = Head + """
            | TT | Đơn vị | Máy tính | Đường truyền Internet |
            | 1 | Phòng Hành chính | 14 | 1 |
            | 2 | Phòng Nghiệp vụ | 30 | 2 |
            | 3 | Trạm Bắc Sơn | 20 | 3 |

            """;
        var computers = ExtractorHarness.Single(text, "computers");
        Assert.Equal(64m, computers.Value);
        Assert.True(computers.Confidence < IndicatorValue.SureConfidence);
    }

    [Fact]
    public void Comrades_AreNoMoney_AndCountThePeopleNamed()
    {
        const string text = Head + "Chi hội phân công 03 đồng chí kiêm nhiệm theo dõi chuyển đổi số của đơn vị.";
        Assert.Empty(ExtractorHarness.Values(text, "budget_spent"));
        Assert.Equal([(ValueKind.Actual, 3m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }

    [Fact]
    public void MoneyInDong_IsStillMoney()
    {
        Assert.Equal([(ValueKind.Actual, 45_000_000m)],
            ExtractorHarness.KindsAndValues(Head + "Kinh phí cho chuyển đổi số năm 2025 là 45.000.000 đồng.", "budget_spent"));
    }

    [Theory]
    [InlineData("Xã bố trí một công chức Văn phòng theo dõi chuyển đổi số.", 1)]
    [InlineData("Phường có một cán bộ kiêm nhiệm công nghệ thông tin.", 1)]
    public void OneStaffMemberInWords_IsOne(string sentence, int expected)
    {
        Assert.Equal([(ValueKind.Actual, (decimal)expected)], ExtractorHarness.KindsAndValues(Head + sentence, "dt_specialist_staff"));
    }

    [Fact]
    public void SomeStaff_IsNoNumber()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "Một số công chức được giao theo dõi chuyển đổi số còn kiêm nhiệm nhiều việc.", "dt_specialist_staff"));
    }

    [Theory]
    [InlineData("Còn 9 thôn, làng chưa thành lập tổ công nghệ số cộng đồng.", "cdt_village_teams")]
    [InlineData("Vẫn còn 7 máy tính chưa được cài phần mềm diệt virus có bản quyền.", "antivirus_computers")]
    [InlineData("Có 3 thôn không có sóng 4G và trạm BTS.", "bts_stations")]
    public void ACountOfWhatLacksTheThing_IsNoCountOfIt(string sentence, string key)
    {
        Assert.Empty(ExtractorHarness.Values(Head + sentence, key));
    }

    [Fact]
    public void ANegationOpeningAClauseOfItsOwn_LeavesTheCount()
    {
        Assert.Equal([(ValueKind.Actual, 40m)], ExtractorHarness.KindsAndValues(Head + "Cơ quan đang sử dụng 40 máy tính, chưa có máy chủ riêng.", "computers"));
    }

    [Fact]
    public void MeetingsWithoutPaper_AreMeetings()
    {
        Assert.Equal([(ValueKind.Actual, 14m)],
            ExtractorHarness.KindsAndValues(Head + "Trong năm tổ chức 14 cuộc họp trực tuyến không giấy tờ.", "online_meetings"));
    }

    [Fact]
    public void Plei_AreVillages_AddedToTheOthers()
    {
        Assert.Equal([(ValueKind.Actual, 13m)], ExtractorHarness.KindsAndValues(Head + "Xã gồm 11 plei và 2 thôn.", "villages"));
    }
    [Fact]
    public void ACountAfterALabelThatNamesIt_WithOnlyAClassifier_IsTheLabelsCount()
    {
        const string text = Head + "Trang thiết bị của Văn phòng được đầu tư bổ sung trong năm, cụ thể:\n(i) máy vi tính các loại: 25 bộ;\n" +
                            "(ii) máy in: 6 bộ.\n";
        Assert.Equal([(ValueKind.Actual, 25m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ALabelThatNamesAnotherThing_GivesNoCount()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "Thiết bị văn phòng:\n(i) máy in, máy quét: 6 bộ.\n", "computers"));
    }

    [Fact]
    public void ListItemsWithoutBulletsOrStops_EndBeforeTheProseAfterThem()
    {
        const string text = Head + "Các tổ công nghệ số cộng đồng ở thôn:\nThôn Đông: 6 thành viên\nThôn Tây: 5 thành viên\n" +
                            "Các tổ đã hướng dẫn 1.940 người dân tham gia học tập \"Bình dân học vụ số\".\n";
        Assert.Equal([(ValueKind.Actual, 1940m)], ExtractorHarness.KindsAndValues(text, "digital_literacy_participants"));
    }
    [Fact]
    public void AGoalCueWithACapitalMidSentence_IsAGarbledName_NoGoal()
    {
        // OCR repair read the department "Sở" as "Sẽ": the figure is the result of the year, not a goal.
        Assert.Equal([(ValueKind.Actual, 96.4m)],
            ExtractorHarness.KindsAndValues(Head + "Mức độ hài lòng của người dân đối với giải quyết thủ tục hành chính của Sẽ đạt 96,4%.", "satisfaction_rate"));
    }

    [Fact]
    public void AGoalCueInSmallLetters_StillMakesAGoal()
    {
        Assert.Equal([(ValueKind.Target, 98m)],
            ExtractorHarness.KindsAndValues(Head + "Mức độ hài lòng của người dân đối với giải quyết thủ tục hành chính năm 2026 sẽ đạt 98%.", "satisfaction_rate"));
    }
    [Fact]
    public void PeopleGivenTheThing_AddUpWithACountOfTheThing_AcrossASemicolon()
    {
        Assert.Equal([(ValueKind.Actual, 24m)], ExtractorHarness.KindsAndValues(
            Head + "Có 23 giáo viên được cấp chứng thư số cá nhân; nhà trường có 01 chứng thư số của tổ chức.", "digital_signatures"));
    }

    [Fact]
    public void PeopleGivenTheThing_BesideACountOfSomethingElse_AreTheirOwnCount()
    {
        Assert.Equal([(ValueKind.Actual, 23m)], ExtractorHarness.KindsAndValues(
            Head + "Có 23 giáo viên được cấp chứng thư số cá nhân; nhà trường có 02 máy chủ.", "digital_signatures"));
    }
    [Fact]
    public void ADocumentTypeUsedAsAVerb_CountsWhatFollows()
    {
        Assert.Equal([(ValueKind.Actual, 2315m)], ExtractorHarness.KindsAndValues(
            Head + "Đoàn viên đã hướng dẫn 2.315 người dân tham gia học tập \"Bình dân học vụ số\".", "digital_literacy_participants"));
    }

    [Fact]
    public void ADocumentTypeBeforeItsNumber_StaysAReference()
    {
        var values = ExtractorHarness.Run(Head + "Thực hiện hướng dẫn 15 của Sở, xã tổ chức 8 cuộc họp trực tuyến.").Indicators;
        Assert.DoesNotContain(values, v => v.Value == 15m);
        Assert.Contains(values, v => v.Key == "online_meetings" && v.Value == 8m);
    }
}
