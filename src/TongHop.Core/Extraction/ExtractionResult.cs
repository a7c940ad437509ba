using TongHop.Core.Text;
using TongHop.Core.Documents;

namespace TongHop.Core.Extraction;

/// <summary>
/// Everything read from one document: the contract of <c>tonghop extract</c>
/// (see docs/extract-output.md). All spans point into <see cref="Restored"/>.
/// </summary>
public sealed record ExtractionResult(
    SourceText Source,
    RepairResult Text,
    DocumentMetadata Document,
    ReportRequestInfo? Request,
    IReadOnlyList<Section> Sections,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<IndicatorValue> Indicators,
    IReadOnlyList<Fact> Facts,
    IReadOnlyList<Finding> Findings)
{
    public string Restored => Text.Restored;
}
