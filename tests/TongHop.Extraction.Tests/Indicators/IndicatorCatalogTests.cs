using System.Text.Json;
using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators.Catalog;
using TongHop.Testing;

namespace TongHop.Extraction.Tests.Indicators;

public sealed class IndicatorCatalogTests
{
    [Fact]
    public void Default_HasEveryIndicatorOfTheSpecWithItsUnitAndGroup()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedPaths.Shared, "spec", "indicators.json")));
        var expected = spec.RootElement.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(expected.Count, IndicatorCatalog.Default.Indicators.Length);
        foreach (var e in expected)
        {
            var d = IndicatorCatalog.Default.ByKey[e.GetProperty("key").GetString()!];
            Assert.Equal(e.GetProperty("unit").GetString(), d.UnitName);
            Assert.Equal(e.GetProperty("group").GetString(), d.Group);
            Assert.Equal(e.GetProperty("ratio").GetBoolean(), d.IsRatio);
            Assert.Equal(e.GetProperty("name").GetString(), d.Name);
        }
    }

    [Fact]
    public void Default_GivesEveryIndicatorAPhrasingOrASufficientUnitWord() =>
        Assert.All(IndicatorCatalog.Default.Indicators, d => Assert.True(d.Phrasings.Length > 0 || d.UnitWordSuffices, d.Key));

    [Fact]
    public void Default_DoesNotShipTheSpecExamplesAsPhrasings()
    {
        using var spec = JsonDocument.Parse(File.ReadAllText(Path.Combine(SharedPaths.Shared, "spec", "indicators.json")));
        var examples = spec.RootElement.GetProperty("indicators").EnumerateArray()
            .SelectMany(e => e.GetProperty("examples").EnumerateArray().Select(x => IndicatorPhrasing.Fold(x.GetString()!)))
            .ToHashSet();
        var phrasings = IndicatorCatalog.Default.Indicators.SelectMany(d => d.Phrasings).SelectMany(p => p.Terms).Select(t => t.Folded);
        Assert.DoesNotContain(phrasings, examples.Contains);
    }

    [Fact]
    public void Parse_FoldsPhrasingTermsAndMarksContextTerms()
    {
        var phrasing = IndicatorPhrasing.Parse("thanh toán không dùng tiền mặt + ~Bảo trợ xã hội");
        Assert.Equal([new PhrasingTerm("thanh toan khong dung tien mat", false), new PhrasingTerm("bao tro xa hoi", true)], phrasing.Terms.ToArray());
    }

    [Theory]
    [InlineData("{", "not valid JSON")]
    [InlineData("""{"indicators":[{"key":"a","unit":"liters"}]}""", "needs a key and a unit")]
    [InlineData("""{"indicators":[{"key":"a","unit":"count"},{"key":"a","unit":"count"}]}""", "more than once")]
    public void TryParse_RejectsABadFileWithAReason(string json, string reason)
    {
        Assert.False(IndicatorCatalog.TryParse(json, out var catalog, out var error));
        Assert.Null(catalog);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void TryParse_ReadsKindAndFlags()
    {
        const string json = """{"indicators":[{"key":"x","unit":"vnd","kind":"target","acceptsRequests":true,"sumParts":true,"phrasings":["nhu cầu + vốn"]}]}""";
        Assert.True(IndicatorCatalog.TryParse(json, out var catalog, out _));
        var d = Assert.Single(catalog!.Indicators);
        Assert.Equal((IndicatorUnit.Vnd, ValueKind.Target, true, true), (d.Unit, d.DefaultKind, d.AcceptsRequests, d.SumsParts));
    }
}
