using TongHop.Core.Extraction;
using TongHop.Text.Dates;

namespace TongHop.Checks.Citations;

/// <summary>
/// <c>citation-date-conflict</c>: one document (same number) cited with two or more different dates, e.g.
/// "Nghị quyết số 57-NQ/TW ngày 22/12/2025" and "ngày 22/12/2024" in sample 003. One finding per number, at the first
/// mention whose date differs from the first date given; <see cref="Finding.About"/> is the number.
/// </summary>
public sealed class CitationDateConflictCheck : IDocumentCheck
{
    public const string Code = "citation-date-conflict";

    public IEnumerable<Finding> Check(CheckContext context)
    {
        var dated = context.Document.Citations.Where(c => c.Number is not null && c.Date is not null);
        foreach (var group in dated.GroupBy(c => c.Number!, StringComparer.Ordinal))
        {
            var first = group.First();
            var other = group.FirstOrDefault(c => c.Date != first.Date);
            if (other is null)
            {
                continue;
            }

            var dates = string.Join(", ", group.Select(c => c.Date!.Value).Distinct().Select(VietnameseDates.Format));
            yield return new Finding(
                Code,
                FindingSeverity.Warning,
                $"Văn bản số {group.Key} được dẫn với các ngày khác nhau: {dates}.",
                other.Span,
                group.Key);
        }
    }
}
