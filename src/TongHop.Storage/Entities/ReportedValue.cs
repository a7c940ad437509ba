using TongHop.Core.Extraction;
using TongHop.Core.Indicators;

namespace TongHop.Storage.Entities;

/// <summary>
/// An indicator value read from a submission (of org unit <see cref="UnitId"/>, measured in <see cref="MeasureUnit"/>),
/// with its evidence ([<see cref="SpanStart"/>,
/// <see cref="SpanEnd"/>) into the submission's restored text) and its review state. The extracted
/// <see cref="Value"/> is never changed; a correction goes to <see cref="CorrectedValue"/>.
/// </summary>
public sealed class ReportedValue
{
    public long Id { get; set; }

    public int SubmissionId { get; set; }

    /// <summary>The file the value was read from (main report or annex; the span points into its text); null for values stored before annexes.</summary>
    public int? SubmissionFileId { get; set; }

    public int RequestId { get; set; }

    /// <summary>The org unit (đơn vị) that reported the value.</summary>
    public int UnitId { get; set; }

    public required string IndicatorKey { get; set; }

    public ValueKind Kind { get; set; }

    public decimal Value { get; set; }

    /// <summary>What the value measures (percent, count …), as the indicator's catalog unit.</summary>
    public MeasureUnit MeasureUnit { get; set; }

    public decimal? Numerator { get; set; }

    public decimal? Denominator { get; set; }

    public Qualifier Qualifier { get; set; }

    public int? Period { get; set; }

    public string Evidence { get; set; } = "";

    public int SpanStart { get; set; }

    public int SpanEnd { get; set; }

    public double Confidence { get; set; }

    public ReviewState Review { get; set; }

    public decimal? CorrectedValue { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAtUtc { get; set; }

    /// <summary>The value that counts: the correction if any; null when rejected.</summary>
    public decimal? EffectiveValue => Review switch
    {
        ReviewState.Rejected => null,
        ReviewState.Corrected => CorrectedValue,
        _ => Value,
    };
}
