using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>Reads issuer, number, type, place, date, title, signer and recipients from a document's header and footer.</summary>
public interface IMetadataExtractor
{
    DocumentMetadata Extract(ParsedDocument document);
}
