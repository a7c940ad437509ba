using System.Collections.Immutable;
using TongHop.Core.Documents;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Pipeline;

namespace TongHop.Pipeline.Tests.Catalog;

/// <summary>
/// An indicator an administrator adds to the catalog (kept in the database) is read from English-OCR text: the repair
/// starts the document with the new phrasing's words, so OCR's "tram sac" comes back as "trạm sạc" (not "trạm sắc", the
/// commoner pair in the language model) and the indicator's phrasing matches. A report of my own, garbled as English
/// OCR garbles.
/// </summary>
public sealed class EditedCatalogTests
{
    private const string Report = """
        UY BAN NHAN DAN XA TAN HOA
        S6: 77/BC-UBND
        BAO CAO
        Két qua chuyén déi s6 nam 2025
        Nam 2025, Uy ban nhan dan xa da trién khai cac nhiém vy chuyén déi s6 theo ké hoach.
        Xa da phdi hgp véi doanh nghiép ldp dat 4 tram sac xe dién tai trung tam xa va cac cho.
        Cac thon déu c6 song di déng 4G, nguoi dan str dung dich vy cong truc tuyén ngay cang nhiéu.
        """;

    private static readonly IndicatorDefinition ChargingStations = new(
        "ev_charging_stations", "ha_tang", "Số trạm sạc xe điện", MeasureUnit.Count, false, AggregateMethod.Sum,
        "Trạm sạc xe điện công cộng trên địa bàn", [IndicatorPhrasing.Parse("trạm sạc xe điện")], [], false, [], false,
        ValueKind.Actual, false);

    [Fact]
    public void AnAddedIndicator_IsReadFromEnglishOcrText_InItsOwnWords()
    {
        var catalog = IndicatorCatalog.Default.WithIndicators(IndicatorCatalog.Default.Indicators.Add(ChargingStations));
        var pipeline = ExtractionPipeline.CreateDefault().WithCatalog(catalog);

        var result = pipeline.Extract(new SourceText("xa-tan-hoa.txt", "", "txt", null, "plain", Report));

        Assert.True(result.Text.Repaired);
        Assert.Contains("trạm sạc xe điện", result.Restored, StringComparison.Ordinal);
        var value = Assert.Single(result.Indicators, v => v.Key == "ev_charging_stations");
        Assert.Equal(4m, value.Value);
    }

    [Fact]
    public void TheCatalogsWrittenPhrases_KeepTheirMarks()
    {
        var catalog = IndicatorCatalog.Default.WithIndicators([ChargingStations]);

        Assert.Contains("trạm sạc xe điện", catalog.WrittenPhrases);
        Assert.Contains("Số trạm sạc xe điện", catalog.WrittenPhrases);
        Assert.Contains(catalog.Groups[0].Title, catalog.WrittenPhrases);
    }
}
