using TongHop.Core.Extraction;
using TongHop.Text.Dates;

namespace TongHop.Checks.Citations;

/// <summary>
/// <c>date-after-document</c>: a cited document dated after the report's own date, which cannot be (a wrong year or
/// day, as "22/12/2025" for a resolution cited in a report of 2025). Silent when the report's date is unknown.
/// One finding per mention; <see cref="Finding.About"/> is the cited number.
/// </summary>
public sealed class DateAfterDocumentCheck : IDocumentCheck
{
    public const string Code = "date-after-document";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        if (context.Document.Document.Date is not { } own)
        {
            yield break;
        }

        foreach (var citation in context.Document.Citations)
        {
            if (citation.Date is { } cited && cited > own)
            {
                yield return new Finding(
                    Code,
                    FindingSeverity.Warning,
                    $"{citation.Type} số {citation.Number} ghi ngày {VietnameseDates.Format(cited)}, sau ngày của văn bản " +
                    $"({VietnameseDates.Format(own)}).",
                    citation.Span,
                    citation.Number);
            }
        }
    }
}
