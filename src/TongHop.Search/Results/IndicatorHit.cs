using TongHop.Core.Indicators;

namespace TongHop.Search.Results;

/// <summary>
/// A reported value that meets an <see cref="Querying.IndicatorCondition"/>: the value that counts (a reviewer's
/// correction if any), where it was read ([<see cref="SpanStart"/>, <see cref="SpanEnd"/>) in the submission's
/// restored text) and its evidence sentence.
/// </summary>
public sealed record IndicatorHit(
    long ValueId,
    int SubmissionId,
    int UnitId,
    string UnitCode,
    string UnitName,
    int RequestId,
    string RequestTitle,
    string IndicatorKey,
    string IndicatorName,
    decimal Value,
    MeasureUnit MeasureUnit,
    string Evidence,
    int SpanStart,
    int SpanEnd);
