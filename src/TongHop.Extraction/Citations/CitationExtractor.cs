using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Citations;

public sealed class CitationExtractor : ICitationExtractor
{
    public IReadOnlyList<Citation> Extract(ParsedDocument document) => [];
}
