using TongHop.Parsing;

namespace TongHop.Extraction.Indicators;

/// <summary>Reads catalog indicator values (with evidence) and every other quantity (facts) from a document.</summary>
public interface IIndicatorExtractor
{
    IndicatorExtraction Extract(ParsedDocument document);
}
