using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

/// <summary>Reads issuer, number, type, place, date, title, signer and recipients from a document's header and footer.</summary>
public interface IMetadataExtractor
{
    /// <param name="document">The repaired text, parsed.</param>
    /// <param name="readText">The text as read, before repair, when repair changed it (line for line the same lines):
    /// names are checked against the letters OCR gave. <c>null</c> when there is none.</param>
    DocumentMetadata Extract(ParsedDocument document, string? readText = null);
}
