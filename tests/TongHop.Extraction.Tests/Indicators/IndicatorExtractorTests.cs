using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Indicators;

public sealed class IndicatorExtractorTests
{
    [Theory]
    [InlineData("Tỷ lệ phủ sóng 4G trên toàn xã đạt 98,6%.", "mobile_4g_coverage", "98.6")]
    [InlineData("Toàn phường có 23 trạm phát sóng di động.", "bts_stations", "23")]
    [InlineData("Xã có dân số trên 12.430 người.", "population", "12430")]
    [InlineData("Diện tích tự nhiên của xã là 52,17 km2.", "area_km2", "52.17")]
    [InlineData("Năm 2025, xã phân bổ kinh phí 250.000.000 đồng cho chuyển đổi số.", "budget_spent", "250000000")]
    [InlineData("Nhu cầu kinh phí năm 2026 là 2,5 tỷ đồng.", "budget_requested", "2500000000")]
    [InlineData("Trang thông tin điện tử đã đăng 145 tin, bài.", "portal_news", "145")]
    public void Extract_ReadsAValueFromItsPhrasing(string text, string key, string value) =>
        Assert.Equal(decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture), ExtractorHarness.Single(text, key).Value);

    [Fact]
    public void Extract_KeepsNumeratorAndDenominatorWithTheStatedPercent()
    {
        var v = ExtractorHarness.Single("Có 640/800 hồ sơ được giải quyết trực tuyến, đạt tỷ lệ 80%.", "online_dossier_rate");
        Assert.Equal((80m, 640m, 800m), (v.Value, v.Numerator, v.Denominator));
    }

    [Fact]
    public void Extract_ComputesThePercentOfAFractionStatedAlone()
    {
        var v = ExtractorHarness.Single("Hiện có 5/8 cụm loa truyền thanh ứng dụng CNTT.", "smart_loudspeaker_clusters");
        Assert.Equal((62.5m, 5m, 8m), (v.Value, v.Numerator, v.Denominator));
    }

    [Fact]
    public void Extract_FindsNumeratorAndDenominatorInTheSentencesBefore()
    {
        const string text = "+ Tổng số hồ sơ TTHC tiếp nhận 250.\n\n+ Số hồ sơ đã số hóa kết quả 200.\n\n+ Tỷ lệ số hóa hồ sơ 80%";
        var v = ExtractorHarness.Single(text, "dossier_digitization_rate");
        Assert.Equal((80m, 200m, 250m), (v.Value, v.Numerator, v.Denominator));
    }

    [Theory]
    [InlineData("Đã cấp 12 chứng thư số cho cơ quan và 40 chứng thư số cho cán bộ, công chức.", "digital_signatures", "52")]
    [InlineData("Thành lập Tổ công nghệ số cộng đồng cấp xã (9 thành viên) và 6 tổ cấp thôn (30 thành viên).", "cdt_members", "39")]
    public void Extract_SumsThePartsOfOneStatement(string text, string key, string sum) =>
        Assert.Equal(decimal.Parse(sum, System.Globalization.CultureInfo.InvariantCulture), ExtractorHarness.Single(text, key).Value);

    [Theory]
    [InlineData("Phấn đấu đến năm 2030 tỷ lệ phủ sóng 4G đạt 100%.", ValueKind.Target)]
    [InlineData("Mục tiêu năm 2026: tỷ lệ phủ sóng 4G đạt 100%.", ValueKind.Target)]
    [InlineData("Dự kiến tỷ lệ phủ sóng 4G đạt 100% vào cuối năm.", ValueKind.Target)]
    [InlineData("Đã hoàn thành mục tiêu phủ sóng 4G 100% các thôn.", ValueKind.Actual)]
    [InlineData("Tỷ lệ phủ sóng 4G trên địa bàn đạt 100%.", ValueKind.Actual)]
    public void Extract_TellsTargetsFromResults(string text, ValueKind kind) =>
        Assert.Equal(kind, ExtractorHarness.Single(text, "mobile_4g_coverage").Kind);

    [Fact]
    public void Extract_ReadsTheQualifierAndThePeriod()
    {
        var v = ExtractorHarness.Single("Năm 2025, xã có khoảng 7.800 người dân số thường trú.", "population");
        Assert.Equal((Qualifier.Approximately, 2025), (v.Qualifier, v.Period));
    }

    [Fact]
    public void Extract_GivesEvidenceWithLineBreaksAsSpacesAndAnExactSpan()
    {
        const string text = "Toàn xã có 11 trạm phát sóng mạng thông tin di\nđộng (BTS).";
        var v = ExtractorHarness.Single(text, "bts_stations");
        Assert.Equal("Toàn xã có 11 trạm phát sóng mạng thông tin di động (BTS).", v.Evidence);
        Assert.Equal(text, v.Span.Slice(text));
        Assert.InRange(v.Confidence, 0, 1);
    }

    [Fact]
    public void Confidence_IsTheShippedModelsProbability_HighForAPlainStatementLowerForABareUnitWord()
    {
        var plain = ExtractorHarness.Single("Năm 2025, tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt 86,4%.", "online_dossier_rate");
        var bare = ExtractorHarness.Single("Hiện nay trên địa bàn có 11 trạm BTS.", "bts_stations");
        Assert.InRange(plain.Confidence, 0.9, 1);
        Assert.True(bare.Confidence < plain.Confidence, $"{bare.Confidence} < {plain.Confidence}");
    }

    [Fact]
    public void Extract_TakesATotalNotItsParts()
    {
        var v = ExtractorHarness.Single("Toàn xã có 11 trạm phát sóng di động (BTS), trong đó: VNPT 02 trạm, Viettel 09 trạm.", "bts_stations");
        Assert.Equal(11m, v.Value);
    }

    [Fact]
    public void Extract_KeepsEveryUnclaimedQuantityAsAFactWithItsNoun()
    {
        var facts = ExtractorHarness.Run("Hiện có 74 máy tính, 60 máy in, 01 bộ thiết bị họp trực tuyến; 13 máy tính cấu hình cũ.").Facts;
        Assert.Contains(facts, f => f.Value == 60 && f.Unit == "máy in");
        Assert.Contains(facts, f => f.Value == 13 && f.Unit == "máy tính cấu hình cũ");
    }

    [Theory]
    [InlineData("Thực hiện Kế hoạch số 359-KH/TU ngày 29/4/2025 của Ban Thường vụ Tỉnh ủy.")]
    [InlineData("Triển khai Đề án 06 và Nghị quyết 57 trong năm 2025.")]
    [InlineData("Công văn số 46/UBND-VHXH ngày 18/72025 của UBND xã.")]
    [InlineData("Theo Điều 5, khoản 2 Nghị định 42/2022/NĐ-CP.")]
    [InlineData("Liên hệ điện thoại 0255 3822 117.")]
    [InlineData("2.1. Hệ thống quản lý văn bản điều hành\n\n3\n")]
    public void Extract_NeverTurnsReferencesIntoIndicatorsOrFacts(string text)
    {
        var result = ExtractorHarness.Run(text);
        Assert.Empty(result.Indicators);
        Assert.Empty(result.Facts);
    }

    [Theory]
    [InlineData("Đề nghị trang bị mới 21 máy tính cho các phòng.")]
    [InlineData("Đánh giá thực trạng: 13 máy tính cấu hình cũ, hư hỏng.")]
    public void Extract_SkipsRequestsAndExcludedNouns(string text) =>
        Assert.DoesNotContain(ExtractorHarness.Run(text).Indicators, v => v.Key == "computers");

    [Fact]
    public void Extract_FollowsACatalogAddedAsData()
    {
        const string json = """
            {"indicators":[{"key":"fiber_households","group":"ha_tang","name":"Hộ có cáp quang","unit":"count",
             "phrasings":["cáp quang + hộ gia đình"],"unitWords":["hộ"]}]}
            """;
        Assert.True(IndicatorCatalog.TryParse(json, out var catalog, out _));
        var result = new IndicatorExtractor(catalog!).Extract(new DocumentParser().Parse("Có 1.520 hộ gia đình sử dụng cáp quang."));
        Assert.Equal(1520m, Assert.Single(result.Indicators).Value);
    }

    [Fact]
    public void Extract_DoesNotThrowOnHostileText()
    {
        var hostile = string.Concat(Enumerable.Repeat("tỷ lệ 1/0 đạt 99999999999999999999% ;;(( 0,0 trên tổng số 0 ", 2_000));
        var result = ExtractorHarness.Run(hostile);
        Assert.NotNull(result);
    }
}
