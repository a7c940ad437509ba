namespace TongHop.Web.Api;

/// <summary>
/// An extracted indicator value with evidence (<c>span</c> is [start, end) into the restored text) and review state;
/// <c>kind</c>, <c>unit</c> and <c>qualifier</c> are named as in the extract contract (<c>actual</c>, <c>percent</c>, <c>gt</c> …).
/// </summary>
public sealed record ValueDto(
    long Id, int SubmissionId, int UnitId, string Key, string Kind, decimal Value, decimal? EffectiveValue, string Unit,
    decimal? Numerator, decimal? Denominator, string Qualifier, int? Period, string Evidence, int[] Span, double Confidence,
    string Review, string? ReviewedBy, DateTimeOffset? ReviewedAt);
