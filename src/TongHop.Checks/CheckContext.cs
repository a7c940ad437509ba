using TongHop.Core.Documents;
using TongHop.Core.Extraction;

namespace TongHop.Checks;

/// <summary>What a check looks at: the extracted document, and the request it answers when known.</summary>
/// <param name="Document">The extraction so far (its <see cref="ExtractionResult.Findings"/> are those of earlier stages).</param>
/// <param name="AnsweredRequest">The request for reports this document answers, if known (for outline coverage).</param>
public sealed record CheckContext(ExtractionResult Document, ReportRequestInfo? AnsweredRequest);
