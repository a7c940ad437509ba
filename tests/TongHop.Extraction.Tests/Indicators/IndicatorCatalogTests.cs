using System.Text.Json;
using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
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
            Assert.Equal(e.GetProperty("unit").GetString(), d.Unit.Code());
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
    [InlineData("""{"indicators":[{"key":"a","unit":"count","aggregate":"median"}]}""", "unknown aggregate 'median'")]
    [InlineData("""{"groups":{"a":1},"indicators":[]}""", "groups must be an object")]
    public void TryParse_RejectsABadFileWithAReason(string json, string reason)
    {
        Assert.False(IndicatorCatalog.TryParse(json, out var catalog, out var error));
        Assert.Null(catalog);
        Assert.Contains(reason, error);
    }

    [Fact]
    public void TryParse_KeepsTheGroupsInTheFilesOrderWithTheirTitles()
    {
        const string json = """{"groups":{"z_last_key":"Nhóm đầu","a_first_key":"Nhóm sau"},"indicators":[{"key":"x","unit":"count","group":"a_first_key"}]}""";
        Assert.True(IndicatorCatalog.TryParse(json, out var catalog, out _));
        Assert.Equal([new IndicatorGroup("z_last_key", "Nhóm đầu"), new IndicatorGroup("a_first_key", "Nhóm sau")], catalog!.Groups.ToArray());
        Assert.Equal("Nhóm sau", catalog.GroupTitle("a_first_key"));
        Assert.Equal("khac", catalog.GroupTitle("khac"));
    }

    [Fact]
    public void TryParse_ReadsAggregationHighlightAndChart()
    {
        const string json = """{"indicators":[{"key":"x","unit":"percent","aggregate":"ratio_of_sums","highlight":false,"chart":true},{"key":"y","unit":"people"}]}""";
        Assert.True(IndicatorCatalog.TryParse(json, out var catalog, out _));
        var (x, y) = (catalog!.ByKey["x"], catalog.ByKey["y"]);
        Assert.Equal((MeasureUnit.Percent, AggregateMethod.RatioOfSums, false, true), (x.Unit, x.Aggregate, x.Highlight, x.Chart));
        Assert.Equal((MeasureUnit.People, AggregateMethod.Sum, true, false), (y.Unit, y.Aggregate, y.Highlight, y.Chart));
    }

    [Fact]
    public void Default_ListsEveryGroupItsIndicatorsUse()
    {
        var groups = IndicatorCatalog.Default.Groups.Select(g => g.Key).ToHashSet();
        Assert.All(IndicatorCatalog.Default.Indicators, d => Assert.Contains(d.Group, groups));
        Assert.Equal(IndicatorCatalog.Default.Groups.Length, groups.Count);
    }

    [Fact]
    public void TryParse_ReadsKindAndFlags()
    {
        const string json = """{"indicators":[{"key":"x","unit":"vnd","kind":"target","acceptsRequests":true,"sumParts":true,"phrasings":["nhu cầu + vốn"]}]}""";
        Assert.True(IndicatorCatalog.TryParse(json, out var catalog, out _));
        var d = Assert.Single(catalog!.Indicators);
        Assert.Equal((MeasureUnit.Vnd, ValueKind.Target, true, true), (d.Unit, d.DefaultKind, d.AcceptsRequests, d.SumsParts));
    }
}
