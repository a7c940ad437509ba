namespace TongHop.Search.Indexing;

/// <summary>Where a stored report comes from (submission, unit, request) and what it is (type, number, date): indexed with it, returned with each hit.</summary>
public sealed record ReportHeader(
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
    DateOnly? DocumentDate);
