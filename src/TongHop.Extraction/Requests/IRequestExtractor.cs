using TongHop.Core.Documents;
using TongHop.Parsing;

namespace TongHop.Extraction.Requests;

/// <summary>
/// For a document that asks units for reports (a dispatch with a deadline and an outline), reads what it
/// asks for; returns <c>null</c> for any other document.
/// </summary>
public interface IRequestExtractor
{
    ReportRequestInfo? Extract(ParsedDocument document, DocumentMetadata metadata);
}
