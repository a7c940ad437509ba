using TongHop.Core.Indicators;

namespace TongHop.Core.Extraction;

/// <summary>
/// A value of a catalog indicator read from a report, with the sentence it came from.
/// For ratio indicators <see cref="Value"/> is the percent; where only numerator/denominator are stated,
/// it is computed from them.
/// </summary>
/// <param name="Key">Key of the indicator in the catalog, e.g. "online_dossier_rate".</param>
/// <param name="Kind"><see cref="ValueKind.Actual"/> for results and states, <see cref="ValueKind.Target"/> for goals and plans.</param>
/// <param name="Unit">What the value measures (the indicator's unit in the catalog).</param>
/// <param name="Period">A year the value refers to, where stated.</param>
/// <param name="Evidence">The sentence the value was read from.</param>
/// <param name="Confidence">How sure the extractor is, in [0, 1].</param>
public sealed record IndicatorValue(
    string Key,
    ValueKind Kind,
    decimal Value,
    MeasureUnit Unit,
    decimal? Numerator,
    decimal? Denominator,
    Qualifier Qualifier,
    int? Period,
    string Evidence,
    TextSpan Span,
    double Confidence)
{
    /// <summary>The confidence from which a value counts as sure: values marked this high are to be right at least 97 % of
    /// the time on reports the reader has not seen (issue 14). The model behind it (Extraction's confidence-model.json) is
    /// fitted, since 2026-12-07, on first reads of held-out reports (the reader before any rule saw them) as well as the
    /// development set; docs/benchmarks.md holds the measurements ("Confidence on reports never seen"). The review page
    /// leads with the values under it, marked "Cần xem kỹ".</summary>
    public const double SureConfidence = 0.9;
}
