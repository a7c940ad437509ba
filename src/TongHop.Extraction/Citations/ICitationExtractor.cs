using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Citations;

/// <summary>Finds every mention of another document (type, number, date, issuer), one entry per mention, in text order.</summary>
public interface ICitationExtractor
{
    IReadOnlyList<Citation> Extract(ParsedDocument document);
}
