namespace TongHop.Search.Results;

/// <summary>One report found: where it comes from, what it is, and the snippet around its best match.</summary>
public sealed record SearchHit(
    int SubmissionId,
    int Version,
    int UnitId,
    string UnitCode,
    string UnitName,
    int RequestId,
    string RequestTitle,
    string PeriodLabel,
    string? DocumentType,
    string? DocumentNumber,
    DateOnly? DocumentDate,
    float Score,
    Snippet Snippet);
