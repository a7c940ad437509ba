using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>How statements in prose are read: parts and totals, changes, numbers in words, ranges, clauses.</summary>
public sealed class StatementRulesTests
{
    private static decimal[] ValuesOf(string text, string key) =>
        [.. ExtractorHarness.Run(text).Indicators.Where(v => v.Key == key).Select(v => v.Value).Order()];

    [Theory]
    // Parts without a total are summed, within one sentence or over clauses joined by ";" that count the same thing.
    [InlineData("Tổ công nghệ số cộng đồng phường có 9 thành viên; 18 tổ công nghệ số cộng đồng ở khu phố có tổng cộng 126 thành viên.", "cdt_members", 135)]
    [InlineData("Đơn vị được cấp 04 chứng thư số cho tổ chức và 27 chứng thư số cho cá nhân.", "digital_signatures", 31)]
    [InlineData("Có 45 giáo viên được cấp chữ ký số, ngoài ra nhà trường còn dùng 02 chứng thư số của đơn vị.", "digital_signatures", 47)]
    // A stated total wins over its parts (their mismatch is a finding of the checks).
    [InlineData("Toàn huyện có tổng số 120 chứng thư số, gồm 20 chứng thư số của cơ quan và 98 chứng thư số cá nhân.", "digital_signatures", 120)]
    public void Parts_AreSummedUnlessATotalIsStated(string text, string key, int expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, key));

    [Theory]
    // Staff named in parts of different nouns without a total add up; a part after "trong đó" does not.
    [InlineData("Bộ máy của xã có 24 cán bộ, công chức và 9 viên chức.", 33)]
    [InlineData("Trung tâm có 40 viên chức và người lao động, trong đó 02 viên chức phụ trách công nghệ thông tin.", 40)]
    [InlineData("Tổng số nhân lực của trung tâm là 140 người.", 140)]
    public void Staff_PartsWithoutATotalAddUp(string text, int expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, "staff_total"));

    [Theory]
    // The commune's own team named before "và" does not take the village teams counted after it.
    [InlineData("Xã đã kiện toàn tổ công nghệ số cộng đồng, gồm tổ cấp xã và 11 tổ ở các thôn.", 11)]
    [InlineData("Phường có tổ công nghệ số cộng đồng cấp phường và 23 tổ ở các khu phố.", 23)]
    public void VillageTeams_AfterTheCommunesTeamAreCounted(string text, int expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, "cdt_village_teams"));

    [Fact]
    public void VillageTeams_NotTheCommunesTeamWithItsOwnCount() =>
        Assert.Empty(ValuesOf("Tổ công nghệ số cộng đồng cấp xã gồm 12 tổ viên.", "cdt_village_teams"));

    [Fact]
    public void AFractionAfterTheWordNgàyThatIsNoDate_IsRead() =>
        // Repair may make "ngày" of English OCR's "nay" ("Dén nay 17/19 thon"): 17/19 is no day and month.
        Assert.Equal([89.5m], ValuesOf("Đến ngày 17/19 thôn, bản đã có sóng di động 4G.", "mobile_4g_coverage"));

    [Fact]
    public void AMultipleOfAnotherFigure_IsNoLevelAndTakesNoLabel()
    {
        const string text = "Có 52 thủ tục có thu phí, lệ phí được thanh toán trực tuyến, số tiền thu qua thanh toán trực tuyến là 180 triệu đồng, gấp 2 lần năm trước.";
        Assert.Equal([52m], ValuesOf(text, "online_fee_payment_procedures"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value == 2);
    }

    [Fact]
    public void Parts_OfOneClauseAndAnotherThingAreNotSummed()
    {
        const string text = "Tổ công nghệ số cộng đồng xã có 12 thành viên; năm 2025 các tổ đã hướng dẫn 1.500 người dân cài đặt ứng dụng.";
        Assert.Equal([12m], ValuesOf(text, "cdt_members"));
    }

    [Theory]
    [InlineData("Tỷ lệ hồ sơ nộp trực tuyến đạt 76%, tăng 9% so với cùng kỳ năm trước.", "online_dossier_rate", 76)]
    [InlineData("Toàn tỉnh có 410 doanh nghiệp công nghệ số, tăng 35 doanh nghiệp so với năm 2024.", "digital_enterprises", 410)]
    [InlineData("Đến nay toàn ngành sử dụng 900 chứng thư số, trong năm cấp mới 140 chứng thư.", "digital_signatures", 900)]
    [InlineData("Đến nay phường đang sử dụng 47 chứng thư số, trong năm được cấp bổ sung 9 chứng thư.", "digital_signatures", 47)]
    [InlineData("Trong năm xã được cấp bổ sung 9 chứng thư số, nâng tổng số chứng thư số đang sử dụng lên 47 chứng thư.", "digital_signatures", 47)]
    public void Changes_AreNotLevels(string text, string key, int expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, key));

    [Theory]
    // A figure the sentence gives for an earlier year is not the report's: none rather than a wrong one.
    [InlineData("Báo cáo năm 2025. Năm 2025 phường tiếp nhận nhiều hồ sơ. Tỷ lệ hồ sơ nộp trực tuyến năm 2023 chỉ là 64%.", "online_dossier_rate")]
    [InlineData("Kết quả năm 2025 của xã. Trong năm 2025 xã đã cố gắng. Số cuộc họp trực tuyến năm 2024 là 31 cuộc.", "online_meetings")]
    public void AFigureOfAnEarlierYear_IsNotTheReports(string text, string key) => Assert.Empty(ValuesOf(text, key));

    [Fact]
    public void AComparisonYear_DoesNotTakeTheFigureAway()
    {
        const string text = "Kết quả năm 2025 của xã. Năm 2025 có nhiều cố gắng. So với năm 2024 tỷ lệ hồ sơ nộp trực tuyến đạt 83%.";
        Assert.Equal([83m], ValuesOf(text, "online_dossier_rate"));
    }

    [Fact]
    public void AnElectronicSignaturesTime_IsNoFigure()
    {
        const string text = "Đơn vị đã triển khai thư điện tử công vụ.\nKý bởi: Ủy ban nhân dân xã Tân Phong\nEmail: tanphong@laichau.gov.vn\nThời gian ký: 09.10.2025 14:37:51 +07:00";
        Assert.Empty(ExtractorHarness.Run(text).Indicators);
    }

    [Theory]
    [InlineData("Xã được chia thành hai mươi mốt thôn và bản.", "villages", 21)]
    [InlineData("Phường gồm mười bảy khu phố.", "villages", 17)]
    [InlineData("Trong năm, xã tổ chức mười một cuộc họp trực tuyến với huyện.", "online_meetings", 11)]
    [InlineData("Đã thành lập một trăm linh năm tổ công nghệ số cộng đồng ở các thôn.", "cdt_village_teams", 105)]
    public void NumbersInWords_AreRead(string text, string key, int expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, key));

    [Fact]
    public void ARangeGivenAsATarget_IsItsLowerBoundWithMoreThan()
    {
        var v = ExtractorHarness.Single("Phấn đấu năm 2026 tỷ lệ văn bản điện tử được ký số đạt từ 95 – 98%.", "edocs_signed_rate");
        Assert.Equal((95m, Qualifier.GreaterThan, ValueKind.Target), (v.Value, v.Qualifier, v.Kind));
    }

    [Fact]
    public void ALabelAfterAClauseBreak_BelongsToTheNextNumber()
    {
        const string text = "Tỷ lệ hồ sơ giải quyết trước hạn đạt 97,1%, tỷ lệ người dân sử dụng dịch vụ công trực tuyến đạt 58%.";
        Assert.Equal([58m], ValuesOf(text, "online_service_users_rate"));
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Value == 97.1m);
    }

    [Fact]
    public void APercentBeforeAListOfNouns_KeepsItsLabel()
    {
        const string text = "Đến nay 100% cán bộ, công chức, viên chức của xã đều được cấp hộp thư công vụ.";
        Assert.Equal([100m], ValuesOf(text, "official_accounts_rate"));
    }

    [Fact]
    public void AnExclusion_DescribesTheNumberItFollows()
    {
        const string text = "Toàn huyện đã thành lập 21 Tổ công nghệ số cộng đồng cấp xã và 240 Tổ công nghệ số cộng đồng thôn, tổ dân phố.";
        Assert.Equal([240m], ValuesOf(text, "cdt_village_teams"));
    }

    [Fact]
    public void APlanClauseAfterARequest_IsATarget()
    {
        const string text = "Xã đã đề nghị nhà mạng khảo sát lắp trạm, phấn đấu đến cuối năm 2026 có 100% thôn được phủ sóng di động 4G.";
        var v = ExtractorHarness.Single(text, "mobile_4g_coverage");
        Assert.Equal((100m, ValueKind.Target), (v.Value, v.Kind));
    }

    // Session 8 (found by new held-out reports).
    [Theory]
    // "lần lượt": the values go, in order, to the indicators named before it.
    [InlineData("Tỷ lệ văn bản đi được ký số và tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan lần lượt là 97% và 100%.", "edocs_signed_rate", 97)]
    [InlineData("Tỷ lệ văn bản đi được ký số và tỷ lệ văn bản trao đổi dưới dạng điện tử giữa các cơ quan lần lượt là 97% và 100%.", "edocs_exchange_rate", 100)]
    [InlineData("Tỷ lệ chi trả không dùng tiền mặt cho người có công và cho đối tượng bảo trợ xã hội lần lượt đạt 100% và 93,1%.", "cashless_merit_benefits", 100)]
    [InlineData("Tỷ lệ chi trả không dùng tiền mặt cho người có công và cho đối tượng bảo trợ xã hội lần lượt đạt 100% và 93,1%.", "cashless_social_benefits", 93.1)]
    // A bracket right after an amount breaks it down: the amount is the figure, not a part.
    [InlineData("Tổng kinh phí năm 2025 là 2,4 tỷ đồng (ngân sách tỉnh 1,5 tỷ đồng, ngân sách xã 900 triệu đồng).", "budget_spent", 2400000000)]
    // "từ 70 đến 75%" as a goal is at least 70%.
    [InlineData("Năm 2026 phấn đấu từ 70 đến 75% người dân trưởng thành tiếp cận dịch vụ số.", "adults_digital_services", 70)]
    // The noun of a fraction names the whole: its numerator is no count of that noun.
    [InlineData("Xã có 12 thôn. Có 10/12 thôn đã có sóng 4G.", "villages", 12)]
    // A total broken down into a part the indicator excludes (the commune's own team) and the villages' count: the latter.
    [InlineData("Toàn xã có 15 tổ công nghệ số cộng đồng với 98 thành viên, trong đó tổ cấp xã có 8 thành viên, 14 tổ ở các thôn có 90 thành viên.", "cdt_village_teams", 14)]
    // "nhiều hơn 20 … so với" is a difference, not a level.
    [InlineData("Trang thông tin điện tử đăng 140 tin, bài, nhiều hơn 20 tin, bài so với năm trước.", "portal_news", 140)]
    public void Session8_Statements(string text, string key, double expected) =>
        Assert.Equal([(decimal)expected], ValuesOf(text, key));

    [Fact]
    public void ATotalWithAnExcludedPart_IsNotTheVillageTeams() =>
        Assert.DoesNotContain(12m, ValuesOf("Xã có 12 tổ công nghệ số cộng đồng, gồm tổ cấp xã và 11 tổ ở các thôn, bản.", "cdt_village_teams"));

    [Fact]
    public void APlanSectionsYear_KeepsASecondTargetBesideATablesPlan()
    {
        const string text = "I. KẾT QUẢ\n| STT | Chỉ tiêu | ĐVT | Kế hoạch năm 2025 | Thực hiện năm 2025 |\n|---|---|---|---|---|\n" +
                            "| 1 | Tỷ lệ hồ sơ nộp trực tuyến | % | 80 | 83,5 |\n| 2 | Số cuộc họp trực tuyến | cuộc | 10 | 12 |\n\n" +
                            "II. PHƯƠNG HƯỚNG NĂM 2026\nPhấn đấu tỷ lệ hồ sơ nộp trực tuyến đạt trên 90%.\n";
        var targets = ExtractorHarness.Values(text, "online_dossier_rate").Where(v => v.Kind == ValueKind.Target).Select(v => (v.Value, v.Period)).Order().ToArray();
        Assert.Equal([(80m, (int?)2025), (90m, 2026)], targets);
    }

    [Theory]
    // Records of residents verified or cleaned (Đề án 06) are a count of work done, not the territory's population.
    [InlineData("Năm 2025, Sở phối hợp với Công an tỉnh xác thực 1.204.530 nhân khẩu với Cơ sở dữ liệu quốc gia về dân cư.")]
    [InlineData("Đã làm sạch dữ liệu của 48.210 nhân khẩu trên địa bàn xã.")]
    public void ResidentsRecordsProcessed_AreNoPopulation(string text) => Assert.Empty(ValuesOf(text, "population"));

    [Fact]
    public void APopulation_IsStillRead() =>
        Assert.Equal([12400m], ValuesOf("Xã có dân số khoảng 12.400 nhân khẩu, sinh sống tại 28 bản.", "population"));

    [Fact]
    public void ALoneGroupOfZeros_IsOcrDebrisNotACount() =>
        // English OCR broke "520.000" and repair kept only its last group.
        Assert.Empty(ValuesOf("Các lớp Bình dân học vụ số của xã thu hút trên có 000 lượt người dân tham gia.", "digital_literacy_participants"));

    [Fact]
    public void PeopleGivenSignatures_AfterAFullStopThatIsOcrsComma_AreCounted()
    {
        // English OCR printed the comma between the two nouns as a full stop; the clause goes on in small letters.
        const string text = "Có 180 y sĩ. hộ sinh được cấp chữ ký số để ký hồ sơ điện tử, ngoài ra Trung tâm dùng 04 chứng thư số tổ chức.";
        Assert.Equal([184m], ValuesOf(text, "digital_signatures"));
    }
}
