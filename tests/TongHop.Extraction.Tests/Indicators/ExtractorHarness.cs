using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>Runs the default indicator extractor on a snippet of report text.</summary>
internal static class ExtractorHarness
{
    private static readonly IndicatorExtractor Extractor = new();

    public static IndicatorExtraction Run(string text) => Extractor.Extract(new DocumentParser().Parse(text));

    /// <summary>The values read for one indicator.</summary>
    public static IReadOnlyList<IndicatorValue> Values(string text, string key) =>
        [.. Run(text).Indicators.Where(v => v.Key == key)];

    /// <summary>The (kind, value) pairs read for one indicator, targets and results in a fixed order.</summary>
    public static (ValueKind, decimal)[] KindsAndValues(string text, string key) =>
        [.. Values(text, key).Select(v => (v.Kind, v.Value)).OrderBy(x => x.Kind).ThenBy(x => x.Value)];

    public static IndicatorValue Single(string text, string key) =>
        Assert.Single(Run(text).Indicators, v => v.Key == key);
}
