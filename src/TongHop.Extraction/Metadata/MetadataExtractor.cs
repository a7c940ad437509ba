using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Metadata;

public sealed class MetadataExtractor : IMetadataExtractor
{
    public DocumentMetadata Extract(ParsedDocument document) => DocumentMetadata.Empty;
}
