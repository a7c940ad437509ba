namespace TongHop.Application.Search;

/// <summary>
/// A report found by text. <c>snippet</c> is an excerpt of the restored text, <c>highlights</c> the matched words as
/// [start, end) offsets into <c>snippet</c>; <c>span</c> the best match as [start, end) into the whole restored text
/// (null when the report matched by filters or a citation key only); <c>link</c> opens the review page there.
/// </summary>
public sealed record SearchHitDto(
    int SubmissionId, int Version, int UnitId, string UnitCode, string UnitName, int RequestId, string RequestTitle, string Period,
    string? DocumentType, string? DocumentNumber, DateOnly? DocumentDate, double Score, string Snippet, int[][] Highlights, int[]? Span, string Link);
