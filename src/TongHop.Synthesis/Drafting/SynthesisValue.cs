using TongHop.Core.Extraction;

namespace TongHop.Synthesis.Drafting;

/// <summary>
/// A value a unit reported: the effective value (a reviewer's correction wins), whether a reviewer
/// confirmed or corrected it, the extractor's confidence and the sentence it was read from.
/// </summary>
public sealed record SynthesisValue(
    string IndicatorKey,
    ValueKind Kind,
    decimal Value,
    decimal? Numerator,
    decimal? Denominator,
    bool Reviewed,
    double Confidence,
    string Evidence);
