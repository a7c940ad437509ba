using TongHop.Core.Extraction;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>
/// Layouts and phrasings found by writing the held-out reports of session 11 (tests/fixtures/reading-heldout), in
/// sentences of our own: a pipe header whose share title OCR read with digits, a row-number title OCR read as a longer
/// word before a lone mark, a head shared by parallel clauses ("cho A đạt x%, cho B đạt y%"), a second target of the
/// year in prose beside a table's plan column, and a request made in the period ("đã đề nghị").
/// </summary>
public sealed class HeldOutSessionElevenTests
{
    [Fact]
    public void PipeHeader_AShareTitleReadWithDigits_IsStillATitle()
    {
        const string text = """
            Báo cáo quý III năm 2025.
            | Chỉ tiêu | Đơn vị tính | Kế hoạch năm | Thực hiện quý | Lũy kế | Tự 1ê % |
            | Số trạm phát sóng di động BTS | Trạm | 30 | 4 | 27 | 90 |
            | Số cuộc họp trực tuyến đã tổ chức | Cuộc | 16 | 5 | 12 | 75 |
            """;
        Assert.Equal([(ValueKind.Actual, 4m), (ValueKind.Target, 30m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 5m), (ValueKind.Target, 16m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void SpacedHeader_ARowNumberTitleReadAsALongerWordBeforeALoneMark_OpensTheTable()
    {
        const string text = """
            Báo cáo năm 2025.
            Sttil : Nội dung DVT Thực hiện năm 2024 Kế hoạch năm 2025 Thực hiện năm 2025
            1 Trạm phát sóng di động BTS Trạm 11 14 13
            2 Số cuộc họp trực tuyến đã tổ chức Cuộc 18 20 24
            """;
        Assert.Equal([(ValueKind.Actual, 13m), (ValueKind.Target, 14m)], ExtractorHarness.KindsAndValues(text, "bts_stations"));
        Assert.Equal([(ValueKind.Actual, 24m), (ValueKind.Target, 20m)], ExtractorHarness.KindsAndValues(text, "online_meetings"));
    }

    [Fact]
    public void AHeadSharedByParallelClauses_NamesEachClausesPercent()
    {
        const string text = "Việc chi trả các chế độ không dùng tiền mặt cho người có công đạt 98,2%, cho đối tượng bảo trợ xã hội đạt 91%.";
        Assert.Equal(98.2m, ExtractorHarness.Single(text, "cashless_merit_benefits").Value);
        Assert.Equal(91m, ExtractorHarness.Single(text, "cashless_social_benefits").Value);
    }

    [Fact]
    public void ClausesWithoutAParallelOpener_KeepTheHeadToTheFirstPercent()
    {
        // "không dùng tiền mặt" opens no "cho" clause here: the 91% is no social-benefit payment.
        const string text = "Chi trả không dùng tiền mặt cho người có công đạt 98,2%, tỷ lệ văn bản đi được ký số đạt 91%.";
        Assert.Empty(ExtractorHarness.Values(text, "cashless_social_benefits"));
    }

    [Fact]
    public void ATargetInProse_BesideATablesPlan_IsASecondTarget()
    {
        const string text = """
            Báo cáo 9 tháng năm 2025.
            | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |
            | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 75 | 71,8 |
            | Số cuộc họp trực tuyến | Cuộc | 12 | 9 |

            NHIỆM VỤ QUÝ IV
            Phấn đấu đến cuối năm tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt trên 80%.
            """;
        var targets = ExtractorHarness.Values(text, "online_dossier_rate").Where(v => v.Kind == ValueKind.Target).Select(v => v.Value).Order();
        Assert.Equal([75m, 80m], targets);
    }

    [Fact]
    public void TheSameTargetInProseAndTable_IsReadOnce()
    {
        const string text = """
            | Chỉ tiêu | Đơn vị tính | Kế hoạch | Thực hiện |
            | Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến | % | 75 | 71,8 |
            | Số cuộc họp trực tuyến | Cuộc | 12 | 9 |

            Phấn đấu tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 75%.
            """;
        var targets = ExtractorHarness.Values(text, "online_dossier_rate").Where(v => v.Kind == ValueKind.Target).Select(v => v.Value).Order();
        Assert.Equal([75m], targets);
    }

    [Fact]
    public void ARequestMadeInThePeriod_IsNoRequest_ButARequestStillIs()
    {
        const string done = "Năm 2025, xã đã đề nghị cấp mới 9 chứng thư số, nâng tổng số chứng thư số đang sử dụng lên 47 chứng thư.";
        Assert.Equal(47m, ExtractorHarness.Single(done, "digital_signatures").Value);
        const string wrapped = "Năm 2025, xã đã đề nghị cấp mới\n9 chứng thư số cho công chức, nâng tổng số chứng thư số đang dùng lên\n47 chứng thư.";
        Assert.Equal(47m, ExtractorHarness.Single(wrapped, "digital_signatures").Value);
        const string asked = "Đề nghị Sở cấp bổ sung 9 chứng thư số cho công chức mới.";
        Assert.Empty(ExtractorHarness.Values(asked, "digital_signatures"));
    }
}
