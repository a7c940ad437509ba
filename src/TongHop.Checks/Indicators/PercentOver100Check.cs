using TongHop.Core.Extraction;
using TongHop.Core.Indicators;
using TongHop.Text.Numbers;

namespace TongHop.Checks.Indicators;

/// <summary>
/// <c>percent-over-100</c>: a share indicator above 100%. Only catalog percents are checked: they are
/// shares of a whole, whereas a growth rate in the prose ("tăng 150%") may rightly exceed 100.
/// </summary>
public sealed class PercentOver100Check : IDocumentCheck
{
    public const string Code = "percent-over-100";

    public IEnumerable<Finding> Check(CheckContext context) =>
        context.Document.Indicators
            .Where(i => i.Unit == MeasureUnit.Percent && i.Value > 100)
            .Select(i => new Finding(Code, FindingSeverity.Warning,
                $"Tỷ lệ {VietnameseNumber.ToVietnamese(i.Value)}% vượt quá 100% (chỉ tiêu là một tỷ lệ trên tổng số).", i.Span, i.Key));
}
