namespace TongHop.Web.Api;

/// <summary>An extracted indicator value with evidence (<c>span</c> is [start, end) into the restored text) and review state.</summary>
public sealed record ValueDto(
    long Id, int SubmissionId, int UnitId, string Key, string Kind, decimal Value, decimal? EffectiveValue, string Unit,
    decimal? Numerator, decimal? Denominator, string Qualifier, int? Period, string Evidence, int[] Span, double Confidence,
    string Review, string? ReviewedBy, DateTimeOffset? ReviewedAt);
