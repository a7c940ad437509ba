namespace TongHop.Application.Search;

/// <summary>A reported value meeting an indicator condition: the value that counts, its evidence and [start, end) span, and the review link there.</summary>
public sealed record SearchValueDto(
    long ValueId, int SubmissionId, int UnitId, string UnitCode, string UnitName, int RequestId, string RequestTitle, string Key, string Name,
    decimal Value, string Unit, string Evidence, int[] Span, string Link);
