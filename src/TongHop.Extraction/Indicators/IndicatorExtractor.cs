using TongHop.Parsing;

namespace TongHop.Extraction.Indicators;

public sealed class IndicatorExtractor : IIndicatorExtractor
{
    public IndicatorExtraction Extract(ParsedDocument document) => IndicatorExtraction.Empty;
}
