using TongHop.Core.Indicators;
using TongHop.Search;
using TongHop.Search.Results;

namespace TongHop.Application.Search;

/// <summary>A <see cref="SearchOutcome"/> as the API's JSON shape; the CLI's <c>search --format json</c> prints the same.</summary>
public static class SearchResponses
{
    public static SearchResponseDto From(string query, SearchOutcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        return outcome.IsValueSearch
            ? new SearchResponseDto(query, "values", outcome.ValueTotal, [], outcome.Values.Select(ToDto).ToList())
            : new SearchResponseDto(query, "text", outcome.Text.Total, outcome.Text.Hits.Select(ToDto).ToList(), []);
    }

    private static SearchHitDto ToDto(SearchHit hit)
    {
        var (h, snippet) = (hit.Report, hit.Snippet);
        return new SearchHitDto(
            h.SubmissionId, h.Version, h.UnitId, h.UnitCode, h.UnitName, h.RequestId, h.RequestTitle, h.PeriodLabel, h.DocumentType, h.DocumentNumber,
            h.DocumentDate, Math.Round(hit.Score, 4), snippet.Text, [.. snippet.Highlights.Select(s => new[] { s.Start, s.End })],
            snippet.Match is { } m ? [m.Start, m.End] : null, SearchScopes.ReviewLink(h.SubmissionId, snippet.Match));
    }

    private static SearchValueDto ToDto(IndicatorHit v) => new(
        v.ValueId, v.SubmissionId, v.UnitId, v.UnitCode, v.UnitName, v.RequestId, v.RequestTitle, v.IndicatorKey, v.IndicatorName, v.Value, v.MeasureUnit.Code(),
        v.Evidence, [v.SpanStart, v.SpanEnd], SearchScopes.ReviewLink(v.SubmissionId, v.SpanStart, v.SpanEnd));
}
