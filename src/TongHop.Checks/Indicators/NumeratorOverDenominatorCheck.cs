using TongHop.Core.Extraction;
using TongHop.Text.Numbers;

namespace TongHop.Checks.Indicators;

/// <summary><c>numerator-over-denominator</c>: a ratio indicator whose part is larger than its whole ("30/25 hồ sơ").</summary>
public sealed class NumeratorOverDenominatorCheck : IDocumentCheck
{
    public const string Code = "numerator-over-denominator";

    public IEnumerable<Finding> Check(CheckContext context) =>
        context.Document.Indicators
            .Where(i => i.Numerator is { } n && i.Denominator is { } d && n > d)
            .Select(i => new Finding(Code, FindingSeverity.Warning, Message(i.Numerator!.Value, i.Denominator!.Value), i.Span, i.Key));

    private static string Message(decimal n, decimal d) =>
        $"Tử số {VietnameseNumber.ToVietnamese(n)} lớn hơn mẫu số {VietnameseNumber.ToVietnamese(d)} " +
        $"({VietnameseNumber.ToVietnamese(n)}/{VietnameseNumber.ToVietnamese(d)}): phần không thể lớn hơn tổng.";
}
