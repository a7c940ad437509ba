using TongHop.Core.Extraction;
using TongHop.Extraction.Indicators;
using TongHop.Parsing;

namespace TongHop.Extraction.Tests.Indicators;

/// <summary>Runs the default indicator extractor on a snippet of report text.</summary>
internal static class ExtractorHarness
{
    private static readonly IndicatorExtractor Extractor = new();

    public static IndicatorExtraction Run(string text) => Extractor.Extract(new DocumentParser().Parse(text));

    public static IndicatorValue Single(string text, string key) =>
        Assert.Single(Run(text).Indicators, v => v.Key == key);
}
