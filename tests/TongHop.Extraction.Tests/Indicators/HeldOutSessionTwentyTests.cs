using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Rules found on the held-out reports of session 20 (tests/fixtures/reading-heldout: a procuracy answering an outline,
/// a Statistics office, a forest-protection office, a border-guard post, a library, an industrial-park authority), tested
/// here in other sentences: "công" that is no "cộng", a share whose earlier year's rate stands in brackets, an earlier
/// year's figure past a bracket of words, quarters as a table's rows, a total raised after a change, a fraction whose
/// denominator has a thousands mark, a number word with a capital, staff "hiện còn", "quân số", a numbered unit, a
/// fraction of staff that is a share, and computers counted at two places.
/// </summary>
public sealed class HeldOutSessionTwentyTests
{
    private const string Head = "BÁO CÁO\nKết quả chuyển đổi số năm 2025\n\nI. KẾT QUẢ NĂM 2025\n";

    [Fact]
    public void ALabelThatIsATotal_StillAddsNothing()
    {
        const string text = Head + "- Tổng số chứng thư số của công chức: 32 chứng thư, trong đó khối văn phòng 12 chứng thư.\n";
        Assert.Equal([(ValueKind.Actual, 32m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void AShareOfAWhole_WithTheYearBeforesRateInBrackets_IsTheShare()
    {
        const string text = Head + "Năm 2025 Trung tâm nhận 2.400 hồ sơ, trong đó 1.800 hồ sơ nộp trực tuyến (năm 2024 tỷ lệ này là 70%).\n";
        Assert.Equal([(ValueKind.Actual, 75m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void AShareOfAWhole_WithItsOwnRateInBrackets_IsThatRate()
    {
        const string text = Head + "Năm 2025 Trung tâm nhận 2.400 hồ sơ, trong đó 1.800 hồ sơ nộp trực tuyến (đạt 76%).\n";
        Assert.Equal([(ValueKind.Actual, 76m)], ExtractorHarness.KindsAndValues(text, "online_dossier_rate"));
    }

    [Fact]
    public void AnEarlierYearsRate_PastABracketOfWords_IsNotTheReports()
    {
        const string text = Head + "Năm 2025 Sở tiếp tục ký số văn bản đi.\nNăm 2024 tỷ lệ văn bản đi được ký số của Sở (trước sắp xếp) là 91,5%.\n";
        Assert.Empty(ExtractorHarness.Values(text, "edocs_signed_rate"));
    }

    [Fact]
    public void TheReportYearsRate_PastABracketOfWords_Stays()
    {
        const string text = Head + "Năm 2025 tỷ lệ văn bản đi được ký số của Sở (sau sắp xếp) là 91,5%.\n";
        Assert.Equal([(ValueKind.Actual, 91.5m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void QuartersAsRows_WithTheYearsRow_GiveThatRow_WhateverOtherColumnsStandBeside()
    {
        const string text = Head + """
            Kỳ báo cáo	Họp trực tuyến (cuộc)	Văn bản đến (văn bản)	Tỷ lệ văn bản đi được ký số (%)
            Quý I	4	310	96,0
            Quý II	5	298	97,5
            Quý III	3	305	98,0
            Quý IV	6	320	99,1
            Cả năm 2025	18	1.233	97,7

            """;
        Assert.Equal([(ValueKind.Actual, 18m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
        Assert.Equal([(ValueKind.Actual, 97.7m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void QuartersAsRows_WithoutTheYearsRow_AddNothing()
    {
        const string text = Head + """
            Kỳ báo cáo	Họp trực tuyến (cuộc)	Văn bản đến (văn bản)	Tỷ lệ văn bản đi được ký số (%)
            Quý I	4	310	96,0
            Quý II	5	298	97,5
            Quý III	3	305	98,0

            """;
        Assert.Empty(ExtractorHarness.Values(text, "edocs_signed_rate"));
        Assert.Empty(ExtractorHarness.Values(text, "online_meetings"));
    }

    [Fact]
    public void QuartersAsRows_OfAStock_AreNoParts()
    {
        const string text = Head + """
            Kỳ báo cáo	Số máy tính (bộ)	Đường truyền Internet (đường)
            Quý I	40	3
            Quý II	42	3
            Quý III	45	4
            Quý IV	45	4

            """;
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 172m);
    }

    [Fact]
    public void ATotalRaisedAfterAChange_IsTheTotal()
    {
        const string text = Head + "Trong năm Trung tâm mua 8 máy tính, tăng 8 máy so với năm 2024, nâng tổng số máy tính đang dùng lên 64 máy.\n";
        var computers = ExtractorHarness.Single(text, "computers");
        Assert.Equal(64m, computers.Value);
        Assert.NotEqual(2024, computers.Period);
    }

    [Fact]
    public void AFractionWhoseDenominatorHasAThousandsMark_IsNoDate()
    {
        const string text = Head + "Trung tâm đã ký số 1.950/2.010 văn bản đi.\n";
        Assert.Equal([(ValueKind.Actual, 97m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void AMonthAndYear_StayADate()
    {
        const string text = Head + "Từ 10/2025, Trung tâm ký số văn bản đi đạt 98%.\n";
        Assert.Equal([(ValueKind.Actual, 98m)], ExtractorHarness.KindsAndValues(text, "edocs_signed_rate"));
    }

    [Fact]
    public void ANumberWordWithACapital_OpeningASentence_Counts()
    {
        const string text = Head + "Ba công chức của Văn phòng được giao phụ trách chuyển đổi số.\n";
        Assert.Equal([(ValueKind.Actual, 3m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }

    [Fact]
    public void ANumberWordOpeningASentence_ThatTheSentenceRaisesToATotal_IsWhatWasAdded()
    {
        const string text = Head + "Ba trạm BTS được lắp đặt trong năm, nâng tổng số trạm trên địa bàn phường lên 11 trạm.\n";
        Assert.Equal([(ValueKind.Actual, 11m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
    }

    [Fact]
    public void PartsListedBeforeARaisedTotal_AreItsParts()
    {
        const string text = Head + "Khối văn phòng dùng 40 máy tính, khối kỹ thuật 25 máy, nâng tổng số máy tính của Công ty lên 65 máy.\n";
        Assert.Equal([(ValueKind.Actual, 65m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ACountWithoutARaisedTotal_StaysTheLevel()
    {
        const string text = Head + "Trên địa bàn phường có 11 trạm BTS, phủ sóng toàn bộ khu dân cư.\n";
        Assert.Equal([(ValueKind.Actual, 11m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
    }

    [Fact]
    public void AllOfTheStaff_AsAFraction_StillCountTheStaff()
    {
        const string text = Head + "100% cán bộ, công chức (38/38 người) hoàn thành bồi dưỡng kỹ năng số cơ bản.\n";
        Assert.Equal([(ValueKind.Actual, 38m)], ExtractorHarness.KindsAndValues(text, "staff_total"));
    }

    [Fact]
    public void ANameThatBeginsWithANumberWord_IsNoCount()
    {
        const string text = Head + "Hai Bà Trưng cử cán bộ phụ trách chuyển đổi số.\n";
        Assert.Empty(ExtractorHarness.Values(text, "dt_specialist_staff"));
    }

    [Fact]
    public void StaffLeftAfterADecrease_IsTheStaff()
    {
        const string text = Head + "Số viên chức giảm 3 người so với đầu năm, hiện còn 58 người.\n";
        Assert.Equal([(ValueKind.Actual, 58m)], ExtractorHarness.KindsAndValues(text, "staff_total"));
    }

    [Fact]
    public void TheStrengthOfAForce_IsItsStaff()
    {
        const string text = Head + "Quân số của Trạm: 24 cán bộ, chiến sĩ.\n";
        Assert.Equal([(ValueKind.Actual, 24m)], ExtractorHarness.KindsAndValues(text, "staff_total"));
    }

    [Fact]
    public void TheStrengthOfAForce_InOtherWords_IsItsStaff()
    {
        Assert.Equal([(ValueKind.Actual, 31m)], ExtractorHarness.KindsAndValues(
            Head + "Hiện nay quân số của Hải đội là 31 cán bộ, chiến sĩ, được biên chế thành 3 tổ công tác.\n", "staff_total"));
    }

    [Fact]
    public void StaffWhoStillLackSomething_AreNoStaffTotal()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "Hiện còn 4 công chức chưa được cấp chứng thư số cá nhân.\n", "staff_total"));
    }

    [Fact]
    public void ANumberedUnit_IsNoCount()
    {
        const string text = Head + "Trung tâm gồm Văn phòng, Đội số 2 và các trạm.\n";
        Assert.Empty(ExtractorHarness.Values(text, "villages"));
    }

    [Fact]
    public void AFractionOfStaff_IsTheirShare_NoCountOfParticipants()
    {
        const string text = Head + "Có 150/200 viên chức hoàn thành khóa bồi dưỡng kỹ năng số trên nền tảng Bình dân học vụ số.\n";
        Assert.Equal([(ValueKind.Actual, 75m)], ExtractorHarness.KindsAndValues(text, "staff_digital_skills_trained"));
        Assert.Empty(ExtractorHarness.Values(text, "digital_literacy_participants"));
    }

    [Fact]
    public void ACountOfParticipants_StaysACount()
    {
        const string text = Head + "Có 150 người dân tham gia các lớp Bình dân học vụ số.\n";
        Assert.Equal([(ValueKind.Actual, 150m)], ExtractorHarness.KindsAndValues(text, "digital_literacy_participants"));
    }

    [Fact]
    public void ComputersCountedAtTwoPlaces_AddUp()
    {
        const string text = Head + "- Máy vi tính tại trụ sở chính: 40 bộ; tại hai chi nhánh: 26 bộ.\n";
        Assert.Equal([(ValueKind.Actual, 66m)], ExtractorHarness.KindsAndValues(text, "computers"));
    }

    [Fact]
    public void ALaterLabelOfTheSameThingsHolder_IsAnotherPart()
    {
        const string text = Head + "- Chứng thư số: đã cấp 36 chứng thư số cá nhân; chứng thư số của cơ quan: 02.\n";
        Assert.Equal([(ValueKind.Actual, 38m)], ExtractorHarness.KindsAndValues(text, "digital_signatures"));
    }

    [Fact]
    public void ALaterLabelOfAnotherThing_EndsTheParts()
    {
        const string text = Head + "- Máy tính: khối văn phòng 30 máy; máy in: 12 máy.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "computers"), v => v.Value == 42m);
    }

    [Fact]
    public void OneOfficerFollowingTheWork_IsOneSpecialist()
    {
        const string text = Head + "Chỉ huy Trạm phân công một sĩ quan theo dõi công nghệ thông tin, chuyển đổi số.\n";
        Assert.Equal([(ValueKind.Actual, 1m)], ExtractorHarness.KindsAndValues(text, "dt_specialist_staff"));
    }

    [Fact]
    public void BrokenComputersAtAPlace_AreNoCount()
    {
        const string text = Head + "- Máy tính hỏng tại trụ sở chính: 3 bộ.\n";
        Assert.Empty(ExtractorHarness.Values(text, "computers"));
    }
    [Fact]
    public void ALaterLabelOfANarrowerGroup_IsNoHolderOfTheSameThing()
    {
        const string text = Head + "- Chứng thư số: đã cấp 40 chứng thư số cá nhân; chứng thư số của cán bộ đã nghỉ hưu: 5.\n";
        Assert.DoesNotContain(ExtractorHarness.Values(text, "digital_signatures"), v => v.Value == 45m);
    }

    [Fact]
    public void APlaceInALabelWithoutOtherPlaces_IsAPart()
    {
        Assert.Empty(ExtractorHarness.Values(Head + "- Máy tính tại Bộ phận tiếp nhận và trả kết quả: 4 bộ.\n", "computers"));
        Assert.Empty(ExtractorHarness.Values(Head + "- Máy tính ở tình trạng hoạt động tốt: 40 bộ.\n", "computers"));
    }
}
