using TongHop.Core;
using TongHop.Core.Extraction;

namespace TongHop.Text.Numbers;

/// <summary>
/// A number read from report text with what it measures, its qualifier and the noun phrase after it.
/// </summary>
/// <param name="Value">The value in the measure's unit (đồng for money, km² for area). For a
/// <see cref="Measure.Fraction"/> it is the percent numerator/denominator × 100, rounded to one decimal.</param>
/// <param name="Span">The number with its symbol or unit word, <c>[start, end)</c> into the scanned text.</param>
/// <param name="Noun">The noun phrase written after the number ("máy tính cấu hình cũ"), or empty.</param>
public sealed record Quantity(
    decimal Value,
    Measure Measure,
    Qualifier Qualifier,
    TextSpan Span,
    string Noun,
    decimal? Numerator = null,
    decimal? Denominator = null)
{
    /// <summary>The noun phrase folded and lower-cased, for matching against catalog unit words.</summary>
    public string NounKey { get; } = Normalization.VietnameseText.FoldLower(Noun);

    public bool IsFraction => Measure == Measure.Fraction;
}
