using TongHop.Application.Security;
using TongHop.Search.Querying;

namespace TongHop.Application.Search;

/// <summary>The search scope of a user, by the same rule as every page (<see cref="UnitScope"/>): a unit reporter finds only their unit, someone without a unit nothing.</summary>
public static class SearchScopes
{
    public static SearchScope Of(UnitScope units) =>
        units.Everything ? SearchScope.All : units.UnitId is { } unit ? SearchScope.OfUnit(unit) : SearchScope.Nothing;

    /// <summary>The review page at a span of the text: <c>/Submissions/ID#sSTART-END</c> ([start, end) offsets).</summary>
    public static string ReviewLink(int submissionId, int start, int end) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Submissions/{submissionId}#s{start}-{end}");

    public static string ReviewLink(int submissionId, TongHop.Core.TextSpan? span) =>
        span is { } s ? ReviewLink(submissionId, s.Start, s.End) : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Submissions/{submissionId}");
}
