using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Requests;

public sealed class RequestExtractor : IRequestExtractor
{
    public ReportRequestInfo? Extract(ParsedDocument document, DocumentMetadata metadata) => null;
}
